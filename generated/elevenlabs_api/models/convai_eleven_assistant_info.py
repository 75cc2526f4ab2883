from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiElevenAssistantInfo")


@_attrs_define
class ConvaiElevenAssistantInfo:
    """
    Attributes:
        is_eleven_assistant (bool | Unset):  Default: False.
    """

    is_eleven_assistant: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_eleven_assistant = self.is_eleven_assistant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_eleven_assistant is not UNSET:
            field_dict["is_eleven_assistant"] = is_eleven_assistant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_eleven_assistant = d.pop("is_eleven_assistant", UNSET)

        convai_eleven_assistant_info = cls(
            is_eleven_assistant=is_eleven_assistant,
        )

        convai_eleven_assistant_info.additional_properties = d
        return convai_eleven_assistant_info

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
