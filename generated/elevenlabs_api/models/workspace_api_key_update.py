from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_api_key_permission import WorkspaceApiKeyPermission, check_workspace_api_key_permission
from ..models.workspace_api_key_update_allowed_ips_type_1 import (
    WorkspaceApiKeyUpdateAllowedIpsType1,
    check_workspace_api_key_update_allowed_ips_type_1,
)
from ..models.workspace_api_key_update_character_limit_type_1 import (
    WorkspaceApiKeyUpdateCharacterLimitType1,
    check_workspace_api_key_update_character_limit_type_1,
)
from ..models.workspace_api_key_update_permissions_type_1 import (
    WorkspaceApiKeyUpdatePermissionsType1,
    check_workspace_api_key_update_permissions_type_1,
)
from ..models.workspace_api_key_update_third_party_disable_allowed_type_1 import (
    WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1,
    check_workspace_api_key_update_third_party_disable_allowed_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceApiKeyUpdate")


@_attrs_define
class WorkspaceApiKeyUpdate:
    """The new state of an existing key.

    Attributes:
        is_enabled (bool | Literal['no_update'] | Unset): False disables the key. Default: 'no_update'.
        name (None | str | Unset): Label of the key.
        permissions (list[WorkspaceApiKeyPermission] | Unset | WorkspaceApiKeyUpdatePermissionsType1): The areas the key
            may use, or `all`.
        character_limit (int | None | Unset | WorkspaceApiKeyUpdateCharacterLimitType1): Monthly character cap; requests
            that cost characters fail beyond it. Default: 'no_update'.
        allowed_ips (list[str] | Unset | WorkspaceApiKeyUpdateAllowedIpsType1):
        third_party_disable_allowed (bool | Unset | WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1):  Default:
            'no_update'.
    """

    is_enabled: bool | Literal["no_update"] | Unset = "no_update"
    name: None | str | Unset = UNSET
    permissions: list[WorkspaceApiKeyPermission] | Unset | WorkspaceApiKeyUpdatePermissionsType1 = UNSET
    character_limit: int | None | Unset | WorkspaceApiKeyUpdateCharacterLimitType1 = "no_update"
    allowed_ips: list[str] | Unset | WorkspaceApiKeyUpdateAllowedIpsType1 = UNSET
    third_party_disable_allowed: bool | Unset | WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1 = "no_update"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled: bool | Literal["no_update"] | Unset
        if isinstance(self.is_enabled, Unset):
            is_enabled = UNSET
        else:
            is_enabled = self.is_enabled

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        permissions: list[str] | str | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item: str = permissions_type_0_item_data
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        character_limit: int | None | str | Unset
        if isinstance(self.character_limit, Unset):
            character_limit = UNSET
        elif isinstance(self.character_limit, str):
            character_limit = self.character_limit
        else:
            character_limit = self.character_limit

        allowed_ips: list[str] | str | Unset
        if isinstance(self.allowed_ips, Unset):
            allowed_ips = UNSET
        elif isinstance(self.allowed_ips, list):
            allowed_ips = self.allowed_ips

        else:
            allowed_ips = self.allowed_ips

        third_party_disable_allowed: bool | str | Unset
        if isinstance(self.third_party_disable_allowed, Unset):
            third_party_disable_allowed = UNSET
        elif isinstance(self.third_party_disable_allowed, str):
            third_party_disable_allowed = self.third_party_disable_allowed
        else:
            third_party_disable_allowed = self.third_party_disable_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
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

        def _parse_is_enabled(data: object) -> bool | Literal["no_update"] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                is_enabled_type_1 = cast(Literal["no_update"], data)
                if is_enabled_type_1 != "no_update":
                    raise ValueError(f"is_enabled_type_1 must match const 'no_update', got '{is_enabled_type_1}'")
                return is_enabled_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Literal["no_update"] | Unset, data)

        is_enabled = _parse_is_enabled(d.pop("is_enabled", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_permissions(
            data: object,
        ) -> list[WorkspaceApiKeyPermission] | Unset | WorkspaceApiKeyUpdatePermissionsType1:
            if isinstance(data, Unset):
                return data
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
            if not isinstance(data, str):
                raise TypeError()
            permissions_type_1 = check_workspace_api_key_update_permissions_type_1(data)

            return permissions_type_1

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_character_limit(data: object) -> int | None | Unset | WorkspaceApiKeyUpdateCharacterLimitType1:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                character_limit_type_1 = check_workspace_api_key_update_character_limit_type_1(data)

                return character_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset | WorkspaceApiKeyUpdateCharacterLimitType1, data)

        character_limit = _parse_character_limit(d.pop("character_limit", UNSET))

        def _parse_allowed_ips(data: object) -> list[str] | Unset | WorkspaceApiKeyUpdateAllowedIpsType1:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_ips_type_0 = cast(list[str], data)

                return allowed_ips_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            allowed_ips_type_1 = check_workspace_api_key_update_allowed_ips_type_1(data)

            return allowed_ips_type_1

        allowed_ips = _parse_allowed_ips(d.pop("allowed_ips", UNSET))

        def _parse_third_party_disable_allowed(
            data: object,
        ) -> bool | Unset | WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                third_party_disable_allowed_type_1 = check_workspace_api_key_update_third_party_disable_allowed_type_1(
                    data
                )

                return third_party_disable_allowed_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Unset | WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1, data)

        third_party_disable_allowed = _parse_third_party_disable_allowed(d.pop("third_party_disable_allowed", UNSET))

        workspace_api_key_update = cls(
            is_enabled=is_enabled,
            name=name,
            permissions=permissions,
            character_limit=character_limit,
            allowed_ips=allowed_ips,
            third_party_disable_allowed=third_party_disable_allowed,
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
