from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_invite_workspace_permission_type_0 import (
    WorkspaceInviteWorkspacePermissionType0,
    check_workspace_invite_workspace_permission_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceInvite")


@_attrs_define
class WorkspaceInvite:
    """One person to invite, optionally into groups and with a permission.

    Attributes:
        email (str): Address the invitation goes to.
        group_ids (list[str] | None | Unset): Groups the person joins on accepting.
        workspace_permission (None | Unset | WorkspaceInviteWorkspacePermissionType0): Permission the person gets in the
            workspace.
    """

    email: str
    group_ids: list[str] | None | Unset = UNSET
    workspace_permission: None | Unset | WorkspaceInviteWorkspacePermissionType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        group_ids: list[str] | None | Unset
        if isinstance(self.group_ids, Unset):
            group_ids = UNSET
        elif isinstance(self.group_ids, list):
            group_ids = self.group_ids

        else:
            group_ids = self.group_ids

        workspace_permission: None | str | Unset
        if isinstance(self.workspace_permission, Unset):
            workspace_permission = UNSET
        elif isinstance(self.workspace_permission, str):
            workspace_permission = self.workspace_permission
        else:
            workspace_permission = self.workspace_permission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if workspace_permission is not UNSET:
            field_dict["workspace_permission"] = workspace_permission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_group_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_ids_type_0 = cast(list[str], data)

                return group_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        group_ids = _parse_group_ids(d.pop("group_ids", UNSET))

        def _parse_workspace_permission(data: object) -> None | Unset | WorkspaceInviteWorkspacePermissionType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workspace_permission_type_0 = check_workspace_invite_workspace_permission_type_0(data)

                return workspace_permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkspaceInviteWorkspacePermissionType0, data)

        workspace_permission = _parse_workspace_permission(d.pop("workspace_permission", UNSET))

        workspace_invite = cls(
            email=email,
            group_ids=group_ids,
            workspace_permission=workspace_permission,
        )

        workspace_invite.additional_properties = d
        return workspace_invite

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
