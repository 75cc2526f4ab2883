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
        native_mcp_server_ids (bool | Unset):  Default: False.
    """

    prompt: bool | Unset = False
    native_mcp_server_ids: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

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
        prompt = d.pop("prompt", UNSET)

        native_mcp_server_ids = d.pop("native_mcp_server_ids", UNSET)

        convai_override_flags_prompt = cls(
            prompt=prompt,
            native_mcp_server_ids=native_mcp_server_ids,
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
