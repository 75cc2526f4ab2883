from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiConversationInitPromptOverride")


@_attrs_define
class ConvaiConversationInitPromptOverride:
    """Prompt-level overrides.

    Attributes:
        prompt (None | str | Unset): System prompt to use instead.
        native_mcp_server_ids (list[str] | None | Unset): MCP servers the agent may use natively.
    """

    prompt: None | str | Unset = UNSET
    native_mcp_server_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        native_mcp_server_ids: list[str] | None | Unset
        if isinstance(self.native_mcp_server_ids, Unset):
            native_mcp_server_ids = UNSET
        elif isinstance(self.native_mcp_server_ids, list):
            native_mcp_server_ids = self.native_mcp_server_ids

        else:
            native_mcp_server_ids = self.native_mcp_server_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if native_mcp_server_ids is not UNSET:
            field_dict["native_mcp_server_ids"] = native_mcp_server_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_native_mcp_server_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                native_mcp_server_ids_type_0 = cast(list[str], data)

                return native_mcp_server_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        native_mcp_server_ids = _parse_native_mcp_server_ids(d.pop("native_mcp_server_ids", UNSET))

        convai_conversation_init_prompt_override = cls(
            prompt=prompt,
            native_mcp_server_ids=native_mcp_server_ids,
        )

        convai_conversation_init_prompt_override.additional_properties = d
        return convai_conversation_init_prompt_override

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
