from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileInputConfig")


@_attrs_define
class FileInputConfig:
    """
    Attributes:
        enabled (bool | Unset):  Default: True.
        max_files_in_memory (int | Unset):  Default: 10.
        max_files_per_conversation (int | Unset):  Default: 10.
    """

    enabled: bool | Unset = True
    max_files_in_memory: int | Unset = 10
    max_files_per_conversation: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        max_files_in_memory = self.max_files_in_memory

        max_files_per_conversation = self.max_files_per_conversation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_files_in_memory is not UNSET:
            field_dict["max_files_in_memory"] = max_files_in_memory
        if max_files_per_conversation is not UNSET:
            field_dict["max_files_per_conversation"] = max_files_per_conversation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        max_files_in_memory = d.pop("max_files_in_memory", UNSET)

        max_files_per_conversation = d.pop("max_files_per_conversation", UNSET)

        file_input_config = cls(
            enabled=enabled,
            max_files_in_memory=max_files_in_memory,
            max_files_per_conversation=max_files_per_conversation,
        )

        file_input_config.additional_properties = d
        return file_input_config

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
