from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiOverrideFlagsPrompt")


@_attrs_define
class ConvaiOverrideFlagsPrompt:
    """
    Attributes:
        prompt (bool | Unset):  Default: False.
        llm (bool | Unset):  Default: False.
        tool_ids (bool | Unset):  Default: False.
        native_mcp_server_ids (bool | Unset):  Default: False.
        knowledge_base (bool | Unset):  Default: False.
    """

    prompt: bool | Unset = False
    llm: bool | Unset = False
    tool_ids: bool | Unset = False
    native_mcp_server_ids: bool | Unset = False
    knowledge_base: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        llm = self.llm

        tool_ids = self.tool_ids

        native_mcp_server_ids = self.native_mcp_server_ids

        knowledge_base = self.knowledge_base

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if llm is not UNSET:
            field_dict["llm"] = llm
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if native_mcp_server_ids is not UNSET:
            field_dict["native_mcp_server_ids"] = native_mcp_server_ids
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        llm = d.pop("llm", UNSET)

        tool_ids = d.pop("tool_ids", UNSET)

        native_mcp_server_ids = d.pop("native_mcp_server_ids", UNSET)

        knowledge_base = d.pop("knowledge_base", UNSET)

        convai_override_flags_prompt = cls(
            prompt=prompt,
            llm=llm,
            tool_ids=tool_ids,
            native_mcp_server_ids=native_mcp_server_ids,
            knowledge_base=knowledge_base,
        )

        convai_override_flags_prompt.additional_properties = d
        return convai_override_flags_prompt

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
