from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectVideoThumbnailSheetResponseModel")


@_attrs_define
class ProjectVideoThumbnailSheetResponseModel:
    """
    Attributes:
        start_thumbnail_index (int):
        thumbnail_count (int):
        signed_cloud_url (str):
    """

    start_thumbnail_index: int
    thumbnail_count: int
    signed_cloud_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_thumbnail_index = self.start_thumbnail_index

        thumbnail_count = self.thumbnail_count

        signed_cloud_url = self.signed_cloud_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_thumbnail_index": start_thumbnail_index,
                "thumbnail_count": thumbnail_count,
                "signed_cloud_url": signed_cloud_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_thumbnail_index = d.pop("start_thumbnail_index")

        thumbnail_count = d.pop("thumbnail_count")

        signed_cloud_url = d.pop("signed_cloud_url")

        project_video_thumbnail_sheet_response_model = cls(
            start_thumbnail_index=start_thumbnail_index,
            thumbnail_count=thumbnail_count,
            signed_cloud_url=signed_cloud_url,
        )

        project_video_thumbnail_sheet_response_model.additional_properties = d
        return project_video_thumbnail_sheet_response_model

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
