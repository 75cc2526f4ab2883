from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SongSection")


@_attrs_define
class SongSection:
    """One section of a composition plan (verse, chorus...).

    Attributes:
        section_name (str):
        positive_local_styles (list[str]): Styles wanted in this section.
        negative_local_styles (list[str]): Styles to avoid in this section.
        duration_ms (int): Section length, 3 s to 120 s.
        lines (list[str]): Lyrics of the section, one entry per line.
    """

    section_name: str
    positive_local_styles: list[str]
    negative_local_styles: list[str]
    duration_ms: int
    lines: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        section_name = self.section_name

        positive_local_styles = self.positive_local_styles

        negative_local_styles = self.negative_local_styles

        duration_ms = self.duration_ms

        lines = self.lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "section_name": section_name,
                "positive_local_styles": positive_local_styles,
                "negative_local_styles": negative_local_styles,
                "duration_ms": duration_ms,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        section_name = d.pop("section_name")

        positive_local_styles = cast(list[str], d.pop("positive_local_styles"))

        negative_local_styles = cast(list[str], d.pop("negative_local_styles"))

        duration_ms = d.pop("duration_ms")

        lines = cast(list[str], d.pop("lines"))

        song_section = cls(
            section_name=section_name,
            positive_local_styles=positive_local_styles,
            negative_local_styles=negative_local_styles,
            duration_ms=duration_ms,
            lines=lines,
        )

        song_section.additional_properties = d
        return song_section

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
