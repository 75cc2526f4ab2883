from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudioChapterStatistics")


@_attrs_define
class StudioChapterStatistics:
    """How much of a chapter is converted.

    Attributes:
        characters_unconverted (int):
        characters_converted (int):
        paragraphs_converted (int):
        paragraphs_unconverted (int):
    """

    characters_unconverted: int
    characters_converted: int
    paragraphs_converted: int
    paragraphs_unconverted: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        characters_unconverted = self.characters_unconverted

        characters_converted = self.characters_converted

        paragraphs_converted = self.paragraphs_converted

        paragraphs_unconverted = self.paragraphs_unconverted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "characters_unconverted": characters_unconverted,
                "characters_converted": characters_converted,
                "paragraphs_converted": paragraphs_converted,
                "paragraphs_unconverted": paragraphs_unconverted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        characters_unconverted = d.pop("characters_unconverted")

        characters_converted = d.pop("characters_converted")

        paragraphs_converted = d.pop("paragraphs_converted")

        paragraphs_unconverted = d.pop("paragraphs_unconverted")

        studio_chapter_statistics = cls(
            characters_unconverted=characters_unconverted,
            characters_converted=characters_converted,
            paragraphs_converted=paragraphs_converted,
            paragraphs_unconverted=paragraphs_unconverted,
        )

        studio_chapter_statistics.additional_properties = d
        return studio_chapter_statistics

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
