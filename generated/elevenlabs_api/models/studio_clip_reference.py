from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_clip_reference_clip_type import StudioClipReferenceClipType, check_studio_clip_reference_clip_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioClipReference")


@_attrs_define
class StudioClipReference:
    """
    Attributes:
        project_id (str):
        chapter_id (str):
        clip_type (StudioClipReferenceClipType):
        clip_id (str):
        block_id (None | str | Unset):
        preview_url (None | str | Unset):
    """

    project_id: str
    chapter_id: str
    clip_type: StudioClipReferenceClipType
    clip_id: str
    block_id: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        chapter_id = self.chapter_id

        clip_type: str = self.clip_type

        clip_id = self.clip_id

        block_id: None | str | Unset
        if isinstance(self.block_id, Unset):
            block_id = UNSET
        else:
            block_id = self.block_id

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "chapter_id": chapter_id,
                "clip_type": clip_type,
                "clip_id": clip_id,
            }
        )
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("project_id")

        chapter_id = d.pop("chapter_id")

        clip_type = check_studio_clip_reference_clip_type(d.pop("clip_type"))

        clip_id = d.pop("clip_id")

        def _parse_block_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        block_id = _parse_block_id(d.pop("block_id", UNSET))

        def _parse_preview_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_url = _parse_preview_url(d.pop("preview_url", UNSET))

        studio_clip_reference = cls(
            project_id=project_id,
            chapter_id=chapter_id,
            clip_type=clip_type,
            clip_id=clip_id,
            block_id=block_id,
            preview_url=preview_url,
        )

        studio_clip_reference.additional_properties = d
        return studio_clip_reference

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
