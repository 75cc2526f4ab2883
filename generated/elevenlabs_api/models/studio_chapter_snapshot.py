from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudioChapterSnapshot")


@_attrs_define
class StudioChapterSnapshot:
    """The audio of a chapter as of one conversion.

    Attributes:
        chapter_snapshot_id (str):
        project_id (str):
        chapter_id (str):
        created_at_unix (int):
        name (str):
    """

    chapter_snapshot_id: str
    project_id: str
    chapter_id: str
    created_at_unix: int
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chapter_snapshot_id = self.chapter_snapshot_id

        project_id = self.project_id

        chapter_id = self.chapter_id

        created_at_unix = self.created_at_unix

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chapter_snapshot_id": chapter_snapshot_id,
                "project_id": project_id,
                "chapter_id": chapter_id,
                "created_at_unix": created_at_unix,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chapter_snapshot_id = d.pop("chapter_snapshot_id")

        project_id = d.pop("project_id")

        chapter_id = d.pop("chapter_id")

        created_at_unix = d.pop("created_at_unix")

        name = d.pop("name")

        studio_chapter_snapshot = cls(
            chapter_snapshot_id=chapter_snapshot_id,
            project_id=project_id,
            chapter_id=chapter_id,
            created_at_unix=created_at_unix,
            name=name,
        )

        studio_chapter_snapshot.additional_properties = d
        return studio_chapter_snapshot

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
