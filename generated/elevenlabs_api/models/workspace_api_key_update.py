from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_api_key_permission import WorkspaceApiKeyPermission, check_workspace_api_key_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceApiKeyUpdate")


@_attrs_define
class WorkspaceApiKeyUpdate:
    """The new state of an existing key.

    Attributes:
        is_enabled (bool): False disables the key.
        name (str): Label of the key.
        permissions (list[WorkspaceApiKeyPermission] | Literal['all']): The areas the key may use, or `all`.
        character_limit (int | None | Unset): Monthly character cap; requests that cost characters fail beyond it.
    """

    is_enabled: bool
    name: str
    permissions: list[WorkspaceApiKeyPermission] | Literal["all"]
    character_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        name = self.name

        permissions: list[str] | Literal["all"]
        if isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item: str = permissions_type_0_item_data
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        character_limit: int | None | Unset
        if isinstance(self.character_limit, Unset):
            character_limit = UNSET
        else:
            character_limit = self.character_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_enabled": is_enabled,
                "name": name,
                "permissions": permissions,
            }
        )
        if character_limit is not UNSET:
            field_dict["character_limit"] = character_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled")

        name = d.pop("name")

        def _parse_permissions(data: object) -> list[WorkspaceApiKeyPermission] | Literal["all"]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = []
                _permissions_type_0 = data
                for permissions_type_0_item_data in _permissions_type_0:
                    permissions_type_0_item = check_workspace_api_key_permission(permissions_type_0_item_data)

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            permissions_type_1 = cast(Literal["all"], data)
            if permissions_type_1 != "all":
                raise ValueError(f"permissions_type_1 must match const 'all', got '{permissions_type_1}'")
            return permissions_type_1

        permissions = _parse_permissions(d.pop("permissions"))

        def _parse_character_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        character_limit = _parse_character_limit(d.pop("character_limit", UNSET))

        workspace_api_key_update = cls(
            is_enabled=is_enabled,
            name=name,
            permissions=permissions,
            character_limit=character_limit,
        )

        workspace_api_key_update.additional_properties = d
        return workspace_api_key_update

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
