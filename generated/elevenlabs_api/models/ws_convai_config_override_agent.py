from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_convai_config_override_agent_prompt import WsConvaiConfigOverrideAgentPrompt


T = TypeVar("T", bound="WsConvaiConfigOverrideAgent")


@_attrs_define
class WsConvaiConfigOverrideAgent:
    """
    Attributes:
        prompt (WsConvaiConfigOverrideAgentPrompt | Unset):
        first_message (str | Unset): What the agent says first.
        language (str | Unset): The conversation's language (ISO 639-1).
    """

    prompt: WsConvaiConfigOverrideAgentPrompt | Unset = UNSET
    first_message: str | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt, Unset):
            prompt = self.prompt.to_dict()

        first_message = self.first_message

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _prompt = d.pop("prompt", UNSET)
        prompt: WsConvaiConfigOverrideAgentPrompt | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = WsConvaiConfigOverrideAgentPrompt.from_dict(_prompt)

        first_message = d.pop("first_message", UNSET)

        language = d.pop("language", UNSET)

        ws_convai_config_override_agent = cls(
            prompt=prompt,
            first_message=first_message,
            language=language,
        )

        ws_convai_config_override_agent.additional_properties = d
        return ws_convai_config_override_agent

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
    global _nested_models_loaded, WsConvaiConfigOverrideAgentPrompt
    from ..models.ws_convai_config_override_agent_prompt import WsConvaiConfigOverrideAgentPrompt  # noqa: F401

    _nested_models_loaded = True
