from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_access_level import ConvaiAccessLevel, check_convai_access_level

T = TypeVar("T", bound="ConvaiResourceAccessInfo")


@_attrs_define
class ConvaiResourceAccessInfo:
    """Who created a resource and what role you have on it.

    Attributes:
        is_creator (bool):
        creator_name (str):
        creator_email (str):
        role (ConvaiAccessLevel): Role a user has on a shared resource.
    """

    is_creator: bool
    creator_name: str
    creator_email: str
    role: ConvaiAccessLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_creator = self.is_creator

        creator_name = self.creator_name

        creator_email = self.creator_email

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_creator": is_creator,
                "creator_name": creator_name,
                "creator_email": creator_email,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_creator = d.pop("is_creator")

        creator_name = d.pop("creator_name")

        creator_email = d.pop("creator_email")

        role = check_convai_access_level(d.pop("role"))

        convai_resource_access_info = cls(
            is_creator=is_creator,
            creator_name=creator_name,
            creator_email=creator_email,
            role=role,
        )

        convai_resource_access_info.additional_properties = d
        return convai_resource_access_info

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
