from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_api_key_permission import WorkspaceApiKeyPermission, check_workspace_api_key_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceApiKeyCreate")


@_attrs_define
class WorkspaceApiKeyCreate:
    """Name, scope and optional monthly character cap of a new key.

    Attributes:
        name (str):
        permissions (list[WorkspaceApiKeyPermission] | Literal['all']): The areas the key may use, or `all`.
        character_limit (int | None | Unset): Monthly character cap; requests that cost characters fail beyond it.
        allowed_ips (list[str] | None | Unset):
        third_party_disable_allowed (bool | None | Unset):
    """

    name: str
    permissions: list[WorkspaceApiKeyPermission] | Literal["all"]
    character_limit: int | None | Unset = UNSET
    allowed_ips: list[str] | None | Unset = UNSET
    third_party_disable_allowed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        allowed_ips: list[str] | None | Unset
        if isinstance(self.allowed_ips, Unset):
            allowed_ips = UNSET
        elif isinstance(self.allowed_ips, list):
            allowed_ips = self.allowed_ips

        else:
            allowed_ips = self.allowed_ips

        third_party_disable_allowed: bool | None | Unset
        if isinstance(self.third_party_disable_allowed, Unset):
            third_party_disable_allowed = UNSET
        else:
            third_party_disable_allowed = self.third_party_disable_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "permissions": permissions,
            }
        )
        if character_limit is not UNSET:
            field_dict["character_limit"] = character_limit
        if allowed_ips is not UNSET:
            field_dict["allowed_ips"] = allowed_ips
        if third_party_disable_allowed is not UNSET:
            field_dict["third_party_disable_allowed"] = third_party_disable_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        def _parse_allowed_ips(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_ips_type_0 = cast(list[str], data)

                return allowed_ips_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_ips = _parse_allowed_ips(d.pop("allowed_ips", UNSET))

        def _parse_third_party_disable_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        third_party_disable_allowed = _parse_third_party_disable_allowed(d.pop("third_party_disable_allowed", UNSET))

        workspace_api_key_create = cls(
            name=name,
            permissions=permissions,
            character_limit=character_limit,
            allowed_ips=allowed_ips,
            third_party_disable_allowed=third_party_disable_allowed,
        )

        workspace_api_key_create.additional_properties = d
        return workspace_api_key_create

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
