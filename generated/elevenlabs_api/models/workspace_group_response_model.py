from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_group_permission import WorkspaceGroupPermission, check_workspace_group_permission
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_group_response_model import ScimGroupResponseModel


T = TypeVar("T", bound="WorkspaceGroupResponseModel")


@_attrs_define
class WorkspaceGroupResponseModel:
    """
    Attributes:
        name (str):
        id (str):
        members (list[str]):
        permissions (list[WorkspaceGroupPermission] | None):
        group_usage_limit (int | Literal['unlimited'] | None | Unset):
        group_pvc_limit (int | Literal['unlimited'] | None | Unset):
        character_count (int | None | Unset):
        is_scim_synced (bool | Unset):  Default: False.
        scim_group (None | ScimGroupResponseModel | Unset):
        scim_frozen (bool | Unset):  Default: False.
    """

    name: str
    id: str
    members: list[str]
    permissions: list[WorkspaceGroupPermission] | None
    group_usage_limit: int | Literal["unlimited"] | None | Unset = UNSET
    group_pvc_limit: int | Literal["unlimited"] | None | Unset = UNSET
    character_count: int | None | Unset = UNSET
    is_scim_synced: bool | Unset = False
    scim_group: None | ScimGroupResponseModel | Unset = UNSET
    scim_frozen: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        id = self.id

        members = self.members

        permissions: list[str] | None
        if isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item: str = permissions_type_0_item_data
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        group_usage_limit: int | Literal["unlimited"] | None | Unset
        if isinstance(self.group_usage_limit, Unset):
            group_usage_limit = UNSET
        else:
            group_usage_limit = self.group_usage_limit

        group_pvc_limit: int | Literal["unlimited"] | None | Unset
        if isinstance(self.group_pvc_limit, Unset):
            group_pvc_limit = UNSET
        else:
            group_pvc_limit = self.group_pvc_limit

        character_count: int | None | Unset
        if isinstance(self.character_count, Unset):
            character_count = UNSET
        else:
            character_count = self.character_count

        is_scim_synced = self.is_scim_synced

        scim_group: dict[str, Any] | None | Unset
        if isinstance(self.scim_group, Unset):
            scim_group = UNSET
        elif isinstance(self.scim_group, ScimGroupResponseModel):
            scim_group = self.scim_group.to_dict()
        else:
            scim_group = self.scim_group

        scim_frozen = self.scim_frozen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "members": members,
                "permissions": permissions,
            }
        )
        if group_usage_limit is not UNSET:
            field_dict["group_usage_limit"] = group_usage_limit
        if group_pvc_limit is not UNSET:
            field_dict["group_pvc_limit"] = group_pvc_limit
        if character_count is not UNSET:
            field_dict["character_count"] = character_count
        if is_scim_synced is not UNSET:
            field_dict["is_scim_synced"] = is_scim_synced
        if scim_group is not UNSET:
            field_dict["scim_group"] = scim_group
        if scim_frozen is not UNSET:
            field_dict["scim_frozen"] = scim_frozen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        members = cast(list[str], d.pop("members"))

        def _parse_permissions(data: object) -> list[WorkspaceGroupPermission] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = []
                _permissions_type_0 = data
                for permissions_type_0_item_data in _permissions_type_0:
                    permissions_type_0_item = check_workspace_group_permission(permissions_type_0_item_data)

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkspaceGroupPermission] | None, data)

        permissions = _parse_permissions(d.pop("permissions"))

        def _parse_group_usage_limit(data: object) -> int | Literal["unlimited"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                group_usage_limit_type_1 = cast(Literal["unlimited"], data)
                if group_usage_limit_type_1 != "unlimited":
                    raise ValueError(
                        f"group_usage_limit_type_1 must match const 'unlimited', got '{group_usage_limit_type_1}'"
                    )
                return group_usage_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | Literal["unlimited"] | None | Unset, data)

        group_usage_limit = _parse_group_usage_limit(d.pop("group_usage_limit", UNSET))

        def _parse_group_pvc_limit(data: object) -> int | Literal["unlimited"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                group_pvc_limit_type_1 = cast(Literal["unlimited"], data)
                if group_pvc_limit_type_1 != "unlimited":
                    raise ValueError(
                        f"group_pvc_limit_type_1 must match const 'unlimited', got '{group_pvc_limit_type_1}'"
                    )
                return group_pvc_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | Literal["unlimited"] | None | Unset, data)

        group_pvc_limit = _parse_group_pvc_limit(d.pop("group_pvc_limit", UNSET))

        def _parse_character_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        character_count = _parse_character_count(d.pop("character_count", UNSET))

        is_scim_synced = d.pop("is_scim_synced", UNSET)

        def _parse_scim_group(data: object) -> None | ScimGroupResponseModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scim_group_type_0 = ScimGroupResponseModel.from_dict(data)

                return scim_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScimGroupResponseModel | Unset, data)

        scim_group = _parse_scim_group(d.pop("scim_group", UNSET))

        scim_frozen = d.pop("scim_frozen", UNSET)

        workspace_group_response_model = cls(
            name=name,
            id=id,
            members=members,
            permissions=permissions,
            group_usage_limit=group_usage_limit,
            group_pvc_limit=group_pvc_limit,
            character_count=character_count,
            is_scim_synced=is_scim_synced,
            scim_group=scim_group,
            scim_frozen=scim_frozen,
        )

        workspace_group_response_model.additional_properties = d
        return workspace_group_response_model

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


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ScimGroupResponseModel
    from ..models.scim_group_response_model import ScimGroupResponseModel  # noqa: F401

    _nested_models_loaded = True
