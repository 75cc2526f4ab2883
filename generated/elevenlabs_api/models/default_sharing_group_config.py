from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.default_sharing_group_config_permission_level import (
    DefaultSharingGroupConfigPermissionLevel,
    check_default_sharing_group_config_permission_level,
)

T = TypeVar("T", bound="DefaultSharingGroupConfig")


@_attrs_define
class DefaultSharingGroupConfig:
    """
    Attributes:
        group_id (str):
        permission_level (DefaultSharingGroupConfigPermissionLevel):
    """

    group_id: str
    permission_level: DefaultSharingGroupConfigPermissionLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        permission_level: str = self.permission_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
                "permission_level": permission_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("group_id")

        permission_level = check_default_sharing_group_config_permission_level(d.pop("permission_level"))

        default_sharing_group_config = cls(
            group_id=group_id,
            permission_level=permission_level,
        )

        default_sharing_group_config.additional_properties = d
        return default_sharing_group_config

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
