from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_override_flags_prompt import ConvaiOverrideFlagsPrompt


T = TypeVar("T", bound="ConvaiOverrideFlagsAgent")


@_attrs_define
class ConvaiOverrideFlagsAgent:
    """
    Attributes:
        first_message (bool | Unset):  Default: False.
        language (bool | Unset):  Default: False.
        max_conversation_duration_message (bool | Unset):  Default: False.
        prompt (ConvaiOverrideFlagsPrompt | Unset):
    """

    first_message: bool | Unset = False
    language: bool | Unset = False
    max_conversation_duration_message: bool | Unset = False
    prompt: ConvaiOverrideFlagsPrompt | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        first_message = self.first_message

        language = self.language

        max_conversation_duration_message = self.max_conversation_duration_message

        prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt, Unset):
            prompt = self.prompt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if language is not UNSET:
            field_dict["language"] = language
        if max_conversation_duration_message is not UNSET:
            field_dict["max_conversation_duration_message"] = max_conversation_duration_message
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        first_message = d.pop("first_message", UNSET)

        language = d.pop("language", UNSET)

        max_conversation_duration_message = d.pop("max_conversation_duration_message", UNSET)

        _prompt = d.pop("prompt", UNSET)
        prompt: ConvaiOverrideFlagsPrompt | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = ConvaiOverrideFlagsPrompt.from_dict(_prompt)

        convai_override_flags_agent = cls(
            first_message=first_message,
            language=language,
            max_conversation_duration_message=max_conversation_duration_message,
            prompt=prompt,
        )

        convai_override_flags_agent.additional_properties = d
        return convai_override_flags_agent

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
    global _nested_models_loaded, ConvaiOverrideFlagsPrompt
    from ..models.convai_override_flags_prompt import ConvaiOverrideFlagsPrompt  # noqa: F401

    _nested_models_loaded = True
