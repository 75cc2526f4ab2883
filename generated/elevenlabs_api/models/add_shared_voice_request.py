from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddSharedVoiceRequest")


@_attrs_define
class AddSharedVoiceRequest:
    """Name to give the copied library voice.

    Attributes:
        new_name (str):
        bookmarked (bool | Unset):  Default: True.
    """

    new_name: str
    bookmarked: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_name = self.new_name

        bookmarked = self.bookmarked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_name": new_name,
            }
        )
        if bookmarked is not UNSET:
            field_dict["bookmarked"] = bookmarked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_name = d.pop("new_name")

        bookmarked = d.pop("bookmarked", UNSET)

        add_shared_voice_request = cls(
            new_name=new_name,
            bookmarked=bookmarked,
        )

        add_shared_voice_request.additional_properties = d
        return add_shared_voice_request

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
