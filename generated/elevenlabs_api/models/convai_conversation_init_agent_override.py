from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_conversation_init_prompt_override import ConvaiConversationInitPromptOverride


T = TypeVar("T", bound="ConvaiConversationInitAgentOverride")


@_attrs_define
class ConvaiConversationInitAgentOverride:
    """Agent-level overrides.

    Attributes:
        first_message (None | str | Unset): What the agent says first.
        language (None | str | Unset): Language code of the conversation.
        max_conversation_duration_message (None | str | Unset):
        prompt (ConvaiConversationInitPromptOverride | None | Unset):
    """

    first_message: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    max_conversation_duration_message: None | str | Unset = UNSET
    prompt: ConvaiConversationInitPromptOverride | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        first_message: None | str | Unset
        if isinstance(self.first_message, Unset):
            first_message = UNSET
        else:
            first_message = self.first_message

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        max_conversation_duration_message: None | str | Unset
        if isinstance(self.max_conversation_duration_message, Unset):
            max_conversation_duration_message = UNSET
        else:
            max_conversation_duration_message = self.max_conversation_duration_message

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, ConvaiConversationInitPromptOverride):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

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

        def _parse_first_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_message = _parse_first_message(d.pop("first_message", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_max_conversation_duration_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_conversation_duration_message = _parse_max_conversation_duration_message(
            d.pop("max_conversation_duration_message", UNSET)
        )

        def _parse_prompt(data: object) -> ConvaiConversationInitPromptOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_type_0 = ConvaiConversationInitPromptOverride.from_dict(data)

                return prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationInitPromptOverride | None | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        convai_conversation_init_agent_override = cls(
            first_message=first_message,
            language=language,
            max_conversation_duration_message=max_conversation_duration_message,
            prompt=prompt,
        )

        convai_conversation_init_agent_override.additional_properties = d
        return convai_conversation_init_agent_override

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
    global _nested_models_loaded, ConvaiConversationInitPromptOverride
    from ..models.convai_conversation_init_prompt_override import ConvaiConversationInitPromptOverride  # noqa: F401

    _nested_models_loaded = True
