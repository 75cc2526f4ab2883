from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_conversation_init_config_override_input import ConvaiConversationInitConfigOverrideInput
    from ..models.convai_language_preset_translation import ConvaiLanguagePresetTranslation


T = TypeVar("T", bound="ConvaiLanguagePresetInput")


@_attrs_define
class ConvaiLanguagePresetInput:
    """Overrides applied for one language (request form).

    Attributes:
        overrides (ConvaiConversationInitConfigOverrideInput): Per-conversation overrides of the agent's settings (as
            sent).
        first_message_translation (ConvaiLanguagePresetTranslation | None | Unset):
        soft_timeout_translation (ConvaiLanguagePresetTranslation | None | Unset):
    """

    overrides: ConvaiConversationInitConfigOverrideInput
    first_message_translation: ConvaiLanguagePresetTranslation | None | Unset = UNSET
    soft_timeout_translation: ConvaiLanguagePresetTranslation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        overrides = self.overrides.to_dict()

        first_message_translation: dict[str, Any] | None | Unset
        if isinstance(self.first_message_translation, Unset):
            first_message_translation = UNSET
        elif isinstance(self.first_message_translation, ConvaiLanguagePresetTranslation):
            first_message_translation = self.first_message_translation.to_dict()
        else:
            first_message_translation = self.first_message_translation

        soft_timeout_translation: dict[str, Any] | None | Unset
        if isinstance(self.soft_timeout_translation, Unset):
            soft_timeout_translation = UNSET
        elif isinstance(self.soft_timeout_translation, ConvaiLanguagePresetTranslation):
            soft_timeout_translation = self.soft_timeout_translation.to_dict()
        else:
            soft_timeout_translation = self.soft_timeout_translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overrides": overrides,
            }
        )
        if first_message_translation is not UNSET:
            field_dict["first_message_translation"] = first_message_translation
        if soft_timeout_translation is not UNSET:
            field_dict["soft_timeout_translation"] = soft_timeout_translation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        overrides = ConvaiConversationInitConfigOverrideInput.from_dict(d.pop("overrides"))

        def _parse_first_message_translation(data: object) -> ConvaiLanguagePresetTranslation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_message_translation_type_0 = ConvaiLanguagePresetTranslation.from_dict(data)

                return first_message_translation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiLanguagePresetTranslation | None | Unset, data)

        first_message_translation = _parse_first_message_translation(d.pop("first_message_translation", UNSET))

        def _parse_soft_timeout_translation(data: object) -> ConvaiLanguagePresetTranslation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                soft_timeout_translation_type_0 = ConvaiLanguagePresetTranslation.from_dict(data)

                return soft_timeout_translation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiLanguagePresetTranslation | None | Unset, data)

        soft_timeout_translation = _parse_soft_timeout_translation(d.pop("soft_timeout_translation", UNSET))

        convai_language_preset_input = cls(
            overrides=overrides,
            first_message_translation=first_message_translation,
            soft_timeout_translation=soft_timeout_translation,
        )

        convai_language_preset_input.additional_properties = d
        return convai_language_preset_input

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
    global _nested_models_loaded, ConvaiConversationInitConfigOverrideInput, ConvaiLanguagePresetTranslation
    from ..models.convai_conversation_init_config_override_input import ConvaiConversationInitConfigOverrideInput  # noqa: F401
    from ..models.convai_language_preset_translation import ConvaiLanguagePresetTranslation  # noqa: F401

    _nested_models_loaded = True
