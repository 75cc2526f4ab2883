from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileInputConfigWorkflowOverride")


@_attrs_define
class FileInputConfigWorkflowOverride:
    """
    Attributes:
        enabled (bool | None | Unset):
        max_files_in_memory (int | None | Unset):
        max_files_per_conversation (int | None | Unset):
    """

    enabled: bool | None | Unset = UNSET
    max_files_in_memory: int | None | Unset = UNSET
    max_files_per_conversation: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        max_files_in_memory: int | None | Unset
        if isinstance(self.max_files_in_memory, Unset):
            max_files_in_memory = UNSET
        else:
            max_files_in_memory = self.max_files_in_memory

        max_files_per_conversation: int | None | Unset
        if isinstance(self.max_files_per_conversation, Unset):
            max_files_per_conversation = UNSET
        else:
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

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_max_files_in_memory(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_files_in_memory = _parse_max_files_in_memory(d.pop("max_files_in_memory", UNSET))

        def _parse_max_files_per_conversation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_files_per_conversation = _parse_max_files_per_conversation(d.pop("max_files_per_conversation", UNSET))

        file_input_config_workflow_override = cls(
            enabled=enabled,
            max_files_in_memory=max_files_in_memory,
            max_files_per_conversation=max_files_per_conversation,
        )

        file_input_config_workflow_override.additional_properties = d
        return file_input_config_workflow_override

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
