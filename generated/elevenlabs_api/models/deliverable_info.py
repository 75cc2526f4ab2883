from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliverableInfo")


@_attrs_define
class DeliverableInfo:
    """
    Attributes:
        signed_url (str):
        content_type (str):
        name (str):
        version (int | Unset):  Default: 1.
    """

    signed_url: str
    content_type: str
    name: str
    version: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signed_url = self.signed_url

        content_type = self.content_type

        name = self.name

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signed_url": signed_url,
                "content_type": content_type,
                "name": name,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signed_url = d.pop("signed_url")

        content_type = d.pop("content_type")

        name = d.pop("name")

        version = d.pop("version", UNSET)

        deliverable_info = cls(
            signed_url=signed_url,
            content_type=content_type,
            name=name,
            version=version,
        )

        deliverable_info.additional_properties = d
        return deliverable_info

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
