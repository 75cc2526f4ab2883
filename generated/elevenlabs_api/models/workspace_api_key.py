from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lock_reason import LockReason, check_lock_reason
from ..models.workspace_api_key_permission import WorkspaceApiKeyPermission, check_workspace_api_key_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceApiKey")


@_attrs_define
class WorkspaceApiKey:
    """A service account's API key, as listed (a hint of the secret, never the secret).

    Attributes:
        name (str):
        hint (str): The last characters of the secret.
        key_id (str):
        service_account_user_id (str):
        hashed_xi_api_key (str):
        created_at_unix (int | None | Unset):
        is_disabled (bool | Unset):  Default: False.
        permissions (list[WorkspaceApiKeyPermission] | None | Unset): Areas the key may use; null when unrestricted.
        disable_reason (LockReason | None | Unset):
        character_limit (int | None | Unset): Monthly character cap of the key, if any.
        character_count (int | None | Unset): Characters used this month.
        allowed_ips (list[str] | None | Unset):
        third_party_disable_allowed (bool | None | Unset):
    """

    name: str
    hint: str
    key_id: str
    service_account_user_id: str
    hashed_xi_api_key: str
    created_at_unix: int | None | Unset = UNSET
    is_disabled: bool | Unset = False
    permissions: list[WorkspaceApiKeyPermission] | None | Unset = UNSET
    disable_reason: LockReason | None | Unset = UNSET
    character_limit: int | None | Unset = UNSET
    character_count: int | None | Unset = UNSET
    allowed_ips: list[str] | None | Unset = UNSET
    third_party_disable_allowed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        hint = self.hint

        key_id = self.key_id

        service_account_user_id = self.service_account_user_id

        hashed_xi_api_key = self.hashed_xi_api_key

        created_at_unix: int | None | Unset
        if isinstance(self.created_at_unix, Unset):
            created_at_unix = UNSET
        else:
            created_at_unix = self.created_at_unix

        is_disabled = self.is_disabled

        permissions: list[str] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item: str = permissions_type_0_item_data
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        disable_reason: None | str | Unset
        if isinstance(self.disable_reason, Unset):
            disable_reason = UNSET
        elif isinstance(self.disable_reason, str):
            disable_reason = self.disable_reason
        else:
            disable_reason = self.disable_reason

        character_limit: int | None | Unset
        if isinstance(self.character_limit, Unset):
            character_limit = UNSET
        else:
            character_limit = self.character_limit

        character_count: int | None | Unset
        if isinstance(self.character_count, Unset):
            character_count = UNSET
        else:
            character_count = self.character_count

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
                "hint": hint,
                "key_id": key_id,
                "service_account_user_id": service_account_user_id,
                "hashed_xi_api_key": hashed_xi_api_key,
            }
        )
        if created_at_unix is not UNSET:
            field_dict["created_at_unix"] = created_at_unix
        if is_disabled is not UNSET:
            field_dict["is_disabled"] = is_disabled
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if disable_reason is not UNSET:
            field_dict["disable_reason"] = disable_reason
        if character_limit is not UNSET:
            field_dict["character_limit"] = character_limit
        if character_count is not UNSET:
            field_dict["character_count"] = character_count
        if allowed_ips is not UNSET:
            field_dict["allowed_ips"] = allowed_ips
        if third_party_disable_allowed is not UNSET:
            field_dict["third_party_disable_allowed"] = third_party_disable_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        hint = d.pop("hint")

        key_id = d.pop("key_id")

        service_account_user_id = d.pop("service_account_user_id")

        hashed_xi_api_key = d.pop("hashed_xi_api_key")

        def _parse_created_at_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at_unix = _parse_created_at_unix(d.pop("created_at_unix", UNSET))

        is_disabled = d.pop("is_disabled", UNSET)

        def _parse_permissions(data: object) -> list[WorkspaceApiKeyPermission] | None | Unset:
            if data is None:
                return data
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
            return cast(list[WorkspaceApiKeyPermission] | None | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_disable_reason(data: object) -> LockReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disable_reason_type_0 = check_lock_reason(data)

                return disable_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LockReason | None | Unset, data)

        disable_reason = _parse_disable_reason(d.pop("disable_reason", UNSET))

        def _parse_character_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        character_limit = _parse_character_limit(d.pop("character_limit", UNSET))

        def _parse_character_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        character_count = _parse_character_count(d.pop("character_count", UNSET))

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

        workspace_api_key = cls(
            name=name,
            hint=hint,
            key_id=key_id,
            service_account_user_id=service_account_user_id,
            hashed_xi_api_key=hashed_xi_api_key,
            created_at_unix=created_at_unix,
            is_disabled=is_disabled,
            permissions=permissions,
            disable_reason=disable_reason,
            character_limit=character_limit,
            character_count=character_count,
            allowed_ips=allowed_ips,
            third_party_disable_allowed=third_party_disable_allowed,
        )

        workspace_api_key.additional_properties = d
        return workspace_api_key

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
