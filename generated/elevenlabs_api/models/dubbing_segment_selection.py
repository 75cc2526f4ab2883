from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DubbingSegmentSelection")


@_attrs_define
class DubbingSegmentSelection:
    """Segments and languages to work on (translate or dub).

    Attributes:
        segments (list[str]): Segment ids.
        languages (list[str] | None): Language codes; null means every target language.
    """

    segments: list[str]
    languages: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segments = self.segments

        languages: list[str] | None
        if isinstance(self.languages, list):
            languages = self.languages

        else:
            languages = self.languages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segments": segments,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        segments = cast(list[str], d.pop("segments"))

        def _parse_languages(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                languages_type_0 = cast(list[str], data)

                return languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        languages = _parse_languages(d.pop("languages"))

        dubbing_segment_selection = cls(
            segments=segments,
            languages=languages,
        )

        dubbing_segment_selection.additional_properties = d
        return dubbing_segment_selection

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
