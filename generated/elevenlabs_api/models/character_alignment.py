from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CharacterAlignment")


@_attrs_define
class CharacterAlignment:
    """Per-character timings; the three lists run in parallel.

    Attributes:
        characters (list[str]):
        character_start_times_seconds (list[float]):
        character_end_times_seconds (list[float]):
    """

    characters: list[str]
    character_start_times_seconds: list[float]
    character_end_times_seconds: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        characters = self.characters

        character_start_times_seconds = self.character_start_times_seconds

        character_end_times_seconds = self.character_end_times_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "characters": characters,
                "character_start_times_seconds": character_start_times_seconds,
                "character_end_times_seconds": character_end_times_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        characters = cast(list[str], d.pop("characters"))

        character_start_times_seconds = cast(list[float], d.pop("character_start_times_seconds"))

        character_end_times_seconds = cast(list[float], d.pop("character_end_times_seconds"))

        character_alignment = cls(
            characters=characters,
            character_start_times_seconds=character_start_times_seconds,
            character_end_times_seconds=character_end_times_seconds,
        )

        character_alignment.additional_properties = d
        return character_alignment

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
