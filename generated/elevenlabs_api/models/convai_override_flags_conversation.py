from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiOverrideFlagsConversation")


@_attrs_define
class ConvaiOverrideFlagsConversation:
    """
    Attributes:
        text_only (bool | Unset):  Default: False.
        max_duration_seconds (bool | Unset):  Default: False.
    """

    text_only: bool | Unset = False
    max_duration_seconds: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_only = self.text_only

        max_duration_seconds = self.max_duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_only is not UNSET:
            field_dict["text_only"] = text_only
        if max_duration_seconds is not UNSET:
            field_dict["max_duration_seconds"] = max_duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_only = d.pop("text_only", UNSET)

        max_duration_seconds = d.pop("max_duration_seconds", UNSET)

        convai_override_flags_conversation = cls(
            text_only=text_only,
            max_duration_seconds=max_duration_seconds,
        )

        convai_override_flags_conversation.additional_properties = d
        return convai_override_flags_conversation

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
