from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_creation_meta_type import ProjectCreationMetaType, check_project_creation_meta_type
from ..models.studio_project_creation_meta_status import (
    StudioProjectCreationMetaStatus,
    check_studio_project_creation_meta_status,
)

T = TypeVar("T", bound="StudioProjectCreationMeta")


@_attrs_define
class StudioProjectCreationMeta:
    """Progress of the project's creation.

    Attributes:
        creation_progress (float): Fraction done, 0 to 1.
        status (StudioProjectCreationMetaStatus):
        type_ (ProjectCreationMetaType):
    """

    creation_progress: float
    status: StudioProjectCreationMetaStatus
    type_: ProjectCreationMetaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation_progress = self.creation_progress

        status: str = self.status

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creation_progress": creation_progress,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        creation_progress = d.pop("creation_progress")

        status = check_studio_project_creation_meta_status(d.pop("status"))

        type_ = check_project_creation_meta_type(d.pop("type"))

        studio_project_creation_meta = cls(
            creation_progress=creation_progress,
            status=status,
            type_=type_,
        )

        studio_project_creation_meta.additional_properties = d
        return studio_project_creation_meta

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
