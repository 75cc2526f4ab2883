from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.section_source import SectionSource


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
        source_from (None | SectionSource | Unset):
    """

    section_name: str
    positive_local_styles: list[str]
    negative_local_styles: list[str]
    duration_ms: int
    lines: list[str]
    source_from: None | SectionSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        section_name = self.section_name

        positive_local_styles = self.positive_local_styles

        negative_local_styles = self.negative_local_styles

        duration_ms = self.duration_ms

        lines = self.lines

        source_from: dict[str, Any] | None | Unset
        if isinstance(self.source_from, Unset):
            source_from = UNSET
        elif isinstance(self.source_from, SectionSource):
            source_from = self.source_from.to_dict()
        else:
            source_from = self.source_from

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
        if source_from is not UNSET:
            field_dict["source_from"] = source_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        section_name = d.pop("section_name")

        positive_local_styles = cast(list[str], d.pop("positive_local_styles"))

        negative_local_styles = cast(list[str], d.pop("negative_local_styles"))

        duration_ms = d.pop("duration_ms")

        lines = cast(list[str], d.pop("lines"))

        def _parse_source_from(data: object) -> None | SectionSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_from_type_0 = SectionSource.from_dict(data)

                return source_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SectionSource | Unset, data)

        source_from = _parse_source_from(d.pop("source_from", UNSET))

        song_section = cls(
            section_name=section_name,
            positive_local_styles=positive_local_styles,
            negative_local_styles=negative_local_styles,
            duration_ms=duration_ms,
            lines=lines,
            source_from=source_from,
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


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, SectionSource
    from ..models.section_source import SectionSource  # noqa: F401

    _nested_models_loaded = True
