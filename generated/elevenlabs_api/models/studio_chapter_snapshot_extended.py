from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.character_alignment import CharacterAlignment


T = TypeVar("T", bound="StudioChapterSnapshotExtended")


@_attrs_define
class StudioChapterSnapshotExtended:
    """A chapter snapshot with the timing of every character.

    Attributes:
        chapter_snapshot_id (str):
        project_id (str):
        chapter_id (str):
        created_at_unix (int):
        name (str):
        character_alignments (list[CharacterAlignment]):
    """

    chapter_snapshot_id: str
    project_id: str
    chapter_id: str
    created_at_unix: int
    name: str
    character_alignments: list[CharacterAlignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        chapter_snapshot_id = self.chapter_snapshot_id

        project_id = self.project_id

        chapter_id = self.chapter_id

        created_at_unix = self.created_at_unix

        name = self.name

        character_alignments = []
        for character_alignments_item_data in self.character_alignments:
            character_alignments_item = character_alignments_item_data.to_dict()
            character_alignments.append(character_alignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chapter_snapshot_id": chapter_snapshot_id,
                "project_id": project_id,
                "chapter_id": chapter_id,
                "created_at_unix": created_at_unix,
                "name": name,
                "character_alignments": character_alignments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        chapter_snapshot_id = d.pop("chapter_snapshot_id")

        project_id = d.pop("project_id")

        chapter_id = d.pop("chapter_id")

        created_at_unix = d.pop("created_at_unix")

        name = d.pop("name")

        character_alignments = []
        _character_alignments = d.pop("character_alignments")
        for character_alignments_item_data in _character_alignments:
            character_alignments_item = CharacterAlignment.from_dict(character_alignments_item_data)

            character_alignments.append(character_alignments_item)

        studio_chapter_snapshot_extended = cls(
            chapter_snapshot_id=chapter_snapshot_id,
            project_id=project_id,
            chapter_id=chapter_id,
            created_at_unix=created_at_unix,
            name=name,
            character_alignments=character_alignments,
        )

        studio_chapter_snapshot_extended.additional_properties = d
        return studio_chapter_snapshot_extended

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
    global _nested_models_loaded, CharacterAlignment
    from ..models.character_alignment import CharacterAlignment  # noqa: F401

    _nested_models_loaded = True
