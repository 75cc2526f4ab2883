from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_resource_role import WorkspaceResourceRole, check_workspace_resource_role
from ..models.workspace_resource_type import WorkspaceResourceType, check_workspace_resource_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceShare")


@_attrs_define
class WorkspaceShare:
    """The role to grant and to whom: exactly one of a user or service account email, a group (`default` for everyone's
    baseline access) or a workspace API key id.

        Attributes:
            role (WorkspaceResourceRole): Level of access to a shared resource.
            resource_type (WorkspaceResourceType): Kinds of resource that can be shared inside a workspace.
            user_email (None | str | Unset):
            group_id (None | str | Unset):
            workspace_api_key_id (None | str | Unset): Id of a workspace API key (shown in the workspace settings), not the
                key itself.
    """

    role: WorkspaceResourceRole
    resource_type: WorkspaceResourceType
    user_email: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    workspace_api_key_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        resource_type: str = self.resource_type

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        workspace_api_key_id: None | str | Unset
        if isinstance(self.workspace_api_key_id, Unset):
            workspace_api_key_id = UNSET
        else:
            workspace_api_key_id = self.workspace_api_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "resource_type": resource_type,
            }
        )
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if workspace_api_key_id is not UNSET:
            field_dict["workspace_api_key_id"] = workspace_api_key_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_workspace_resource_role(d.pop("role"))

        resource_type = check_workspace_resource_type(d.pop("resource_type"))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        def _parse_workspace_api_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_api_key_id = _parse_workspace_api_key_id(d.pop("workspace_api_key_id", UNSET))

        workspace_share = cls(
            role=role,
            resource_type=resource_type,
            user_email=user_email,
            group_id=group_id,
            workspace_api_key_id=workspace_api_key_id,
        )

        workspace_share.additional_properties = d
        return workspace_share

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
