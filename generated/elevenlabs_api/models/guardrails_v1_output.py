from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_guardrail_output import ContentGuardrailOutput
    from ..models.custom_guardrail_output import CustomGuardrailOutput
    from ..models.focus_guardrail import FocusGuardrail
    from ..models.moderation_guardrail_output import ModerationGuardrailOutput
    from ..models.prompt_injection_guardrail import PromptInjectionGuardrail


T = TypeVar("T", bound="GuardrailsV1Output")


@_attrs_define
class GuardrailsV1Output:
    """
    Attributes:
        version (Literal['1'] | Unset):  Default: '1'.
        focus (FocusGuardrail | Unset):
        prompt_injection (PromptInjectionGuardrail | Unset):
        content (ContentGuardrailOutput | Unset):
        moderation (ModerationGuardrailOutput | None | Unset):
        custom (CustomGuardrailOutput | Unset):
    """

    version: Literal["1"] | Unset = "1"
    focus: FocusGuardrail | Unset = UNSET
    prompt_injection: PromptInjectionGuardrail | Unset = UNSET
    content: ContentGuardrailOutput | Unset = UNSET
    moderation: ModerationGuardrailOutput | None | Unset = UNSET
    custom: CustomGuardrailOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        version = self.version

        focus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.focus, Unset):
            focus = self.focus.to_dict()

        prompt_injection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_injection, Unset):
            prompt_injection = self.prompt_injection.to_dict()

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ModerationGuardrailOutput):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if focus is not UNSET:
            field_dict["focus"] = focus
        if prompt_injection is not UNSET:
            field_dict["prompt_injection"] = prompt_injection
        if content is not UNSET:
            field_dict["content"] = content
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        version = cast(Literal["1"] | Unset, d.pop("version", UNSET))
        if version != "1" and not isinstance(version, Unset):
            raise ValueError(f"version must match const '1', got '{version}'")

        _focus = d.pop("focus", UNSET)
        focus: FocusGuardrail | Unset
        if isinstance(_focus, Unset):
            focus = UNSET
        else:
            focus = FocusGuardrail.from_dict(_focus)

        _prompt_injection = d.pop("prompt_injection", UNSET)
        prompt_injection: PromptInjectionGuardrail | Unset
        if isinstance(_prompt_injection, Unset):
            prompt_injection = UNSET
        else:
            prompt_injection = PromptInjectionGuardrail.from_dict(_prompt_injection)

        _content = d.pop("content", UNSET)
        content: ContentGuardrailOutput | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ContentGuardrailOutput.from_dict(_content)

        def _parse_moderation(data: object) -> ModerationGuardrailOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = ModerationGuardrailOutput.from_dict(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModerationGuardrailOutput | None | Unset, data)

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        _custom = d.pop("custom", UNSET)
        custom: CustomGuardrailOutput | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = CustomGuardrailOutput.from_dict(_custom)

        guardrails_v1_output = cls(
            version=version,
            focus=focus,
            prompt_injection=prompt_injection,
            content=content,
            moderation=moderation,
            custom=custom,
        )

        guardrails_v1_output.additional_properties = d
        return guardrails_v1_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        ContentGuardrailOutput, \
        CustomGuardrailOutput, \
        FocusGuardrail, \
        ModerationGuardrailOutput, \
        PromptInjectionGuardrail
    from ..models.content_guardrail_output import ContentGuardrailOutput  # noqa: F401
    from ..models.custom_guardrail_output import CustomGuardrailOutput  # noqa: F401
    from ..models.focus_guardrail import FocusGuardrail  # noqa: F401
    from ..models.moderation_guardrail_output import ModerationGuardrailOutput  # noqa: F401
    from ..models.prompt_injection_guardrail import PromptInjectionGuardrail  # noqa: F401

    _nested_models_loaded = True
