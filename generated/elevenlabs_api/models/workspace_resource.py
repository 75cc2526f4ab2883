from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_resource_anonymous_access_level_override_type_0 import (
    WorkspaceResourceAnonymousAccessLevelOverrideType0,
    check_workspace_resource_anonymous_access_level_override_type_0,
)
from ..models.workspace_resource_type import WorkspaceResourceType, check_workspace_resource_type

if TYPE_CHECKING:
    from ..models.workspace_resource_role_to_group_ids import WorkspaceResourceRoleToGroupIds
    from ..models.workspace_share_option import WorkspaceShareOption


T = TypeVar("T", bound="WorkspaceResource")


@_attrs_define
class WorkspaceResource:
    """Ownership and sharing of one workspace resource.

    Attributes:
        resource_id (str):
        resource_name (None | str):
        resource_type (WorkspaceResourceType): Kinds of resource that can be shared inside a workspace.
        creator_user_id (None | str):
        anonymous_access_level_override (None | WorkspaceResourceAnonymousAccessLevelOverrideType0):
        role_to_group_ids (WorkspaceResourceRoleToGroupIds): For each role, the groups holding it (a user shared with
            directly appears by user id).
        share_options (list[WorkspaceShareOption]): Users, groups and service accounts without access yet.
    """

    resource_id: str
    resource_name: None | str
    resource_type: WorkspaceResourceType
    creator_user_id: None | str
    anonymous_access_level_override: None | WorkspaceResourceAnonymousAccessLevelOverrideType0
    role_to_group_ids: WorkspaceResourceRoleToGroupIds
    share_options: list[WorkspaceShareOption]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        resource_id = self.resource_id

        resource_name: None | str
        resource_name = self.resource_name

        resource_type: str = self.resource_type

        creator_user_id: None | str
        creator_user_id = self.creator_user_id

        anonymous_access_level_override: None | str
        if isinstance(self.anonymous_access_level_override, str):
            anonymous_access_level_override = self.anonymous_access_level_override
        else:
            anonymous_access_level_override = self.anonymous_access_level_override

        role_to_group_ids = self.role_to_group_ids.to_dict()

        share_options = []
        for share_options_item_data in self.share_options:
            share_options_item = share_options_item_data.to_dict()
            share_options.append(share_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_id": resource_id,
                "resource_name": resource_name,
                "resource_type": resource_type,
                "creator_user_id": creator_user_id,
                "anonymous_access_level_override": anonymous_access_level_override,
                "role_to_group_ids": role_to_group_ids,
                "share_options": share_options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        resource_id = d.pop("resource_id")

        def _parse_resource_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_name = _parse_resource_name(d.pop("resource_name"))

        resource_type = check_workspace_resource_type(d.pop("resource_type"))

        def _parse_creator_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        creator_user_id = _parse_creator_user_id(d.pop("creator_user_id"))

        def _parse_anonymous_access_level_override(
            data: object,
        ) -> None | WorkspaceResourceAnonymousAccessLevelOverrideType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                anonymous_access_level_override_type_0 = (
                    check_workspace_resource_anonymous_access_level_override_type_0(data)
                )

                return anonymous_access_level_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WorkspaceResourceAnonymousAccessLevelOverrideType0, data)

        anonymous_access_level_override = _parse_anonymous_access_level_override(
            d.pop("anonymous_access_level_override")
        )

        role_to_group_ids = WorkspaceResourceRoleToGroupIds.from_dict(d.pop("role_to_group_ids"))

        share_options = []
        _share_options = d.pop("share_options")
        for share_options_item_data in _share_options:
            share_options_item = WorkspaceShareOption.from_dict(share_options_item_data)

            share_options.append(share_options_item)

        workspace_resource = cls(
            resource_id=resource_id,
            resource_name=resource_name,
            resource_type=resource_type,
            creator_user_id=creator_user_id,
            anonymous_access_level_override=anonymous_access_level_override,
            role_to_group_ids=role_to_group_ids,
            share_options=share_options,
        )

        workspace_resource.additional_properties = d
        return workspace_resource

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
    global _nested_models_loaded, WorkspaceResourceRoleToGroupIds, WorkspaceShareOption
    from ..models.workspace_resource_role_to_group_ids import WorkspaceResourceRoleToGroupIds  # noqa: F401
    from ..models.workspace_share_option import WorkspaceShareOption  # noqa: F401

    _nested_models_loaded = True
