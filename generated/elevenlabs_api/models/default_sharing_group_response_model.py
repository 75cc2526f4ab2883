from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.default_sharing_group_response_model_permission_level import (
    DefaultSharingGroupResponseModelPermissionLevel,
    check_default_sharing_group_response_model_permission_level,
)

if TYPE_CHECKING:
    from ..models.workspace_group_response_model import WorkspaceGroupResponseModel


T = TypeVar("T", bound="DefaultSharingGroupResponseModel")


@_attrs_define
class DefaultSharingGroupResponseModel:
    """
    Attributes:
        group (WorkspaceGroupResponseModel):
        permission_level (DefaultSharingGroupResponseModelPermissionLevel):
    """

    group: WorkspaceGroupResponseModel
    permission_level: DefaultSharingGroupResponseModelPermissionLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        group = self.group.to_dict()

        permission_level: str = self.permission_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "permission_level": permission_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        group = WorkspaceGroupResponseModel.from_dict(d.pop("group"))

        permission_level = check_default_sharing_group_response_model_permission_level(d.pop("permission_level"))

        default_sharing_group_response_model = cls(
            group=group,
            permission_level=permission_level,
        )

        default_sharing_group_response_model.additional_properties = d
        return default_sharing_group_response_model

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
    global _nested_models_loaded, WorkspaceGroupResponseModel
    from ..models.workspace_group_response_model import WorkspaceGroupResponseModel  # noqa: F401

    _nested_models_loaded = True
