from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadMetadataChapterDBModel")


@_attrs_define
class ReadMetadataChapterDBModel:
    """
    Attributes:
        chapter_name (str):
        word_count (int):
        char_count (int):
        starting_char_offset (int):
        has_parsed_html (bool | Unset):  Default: False.
        has_summary (bool | Unset):  Default: False.
        duration_seconds (float | None | Unset):
        file_number (None | str | Unset):
        is_fallback_name (bool | Unset):  Default: False.
        chapter_id (None | str | Unset):
    """

    chapter_name: str
    word_count: int
    char_count: int
    starting_char_offset: int
    has_parsed_html: bool | Unset = False
    has_summary: bool | Unset = False
    duration_seconds: float | None | Unset = UNSET
    file_number: None | str | Unset = UNSET
    is_fallback_name: bool | Unset = False
    chapter_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chapter_name = self.chapter_name

        word_count = self.word_count

        char_count = self.char_count

        starting_char_offset = self.starting_char_offset

        has_parsed_html = self.has_parsed_html

        has_summary = self.has_summary

        duration_seconds: float | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        file_number: None | str | Unset
        if isinstance(self.file_number, Unset):
            file_number = UNSET
        else:
            file_number = self.file_number

        is_fallback_name = self.is_fallback_name

        chapter_id: None | str | Unset
        if isinstance(self.chapter_id, Unset):
            chapter_id = UNSET
        else:
            chapter_id = self.chapter_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chapter_name": chapter_name,
                "word_count": word_count,
                "char_count": char_count,
                "starting_char_offset": starting_char_offset,
            }
        )
        if has_parsed_html is not UNSET:
            field_dict["has_parsed_html"] = has_parsed_html
        if has_summary is not UNSET:
            field_dict["has_summary"] = has_summary
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if file_number is not UNSET:
            field_dict["file_number"] = file_number
        if is_fallback_name is not UNSET:
            field_dict["is_fallback_name"] = is_fallback_name
        if chapter_id is not UNSET:
            field_dict["chapter_id"] = chapter_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chapter_name = d.pop("chapter_name")

        word_count = d.pop("word_count")

        char_count = d.pop("char_count")

        starting_char_offset = d.pop("starting_char_offset")

        has_parsed_html = d.pop("has_parsed_html", UNSET)

        has_summary = d.pop("has_summary", UNSET)

        def _parse_duration_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))

        def _parse_file_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_number = _parse_file_number(d.pop("file_number", UNSET))

        is_fallback_name = d.pop("is_fallback_name", UNSET)

        def _parse_chapter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chapter_id = _parse_chapter_id(d.pop("chapter_id", UNSET))

        read_metadata_chapter_db_model = cls(
            chapter_name=chapter_name,
            word_count=word_count,
            char_count=char_count,
            starting_char_offset=starting_char_offset,
            has_parsed_html=has_parsed_html,
            has_summary=has_summary,
            duration_seconds=duration_seconds,
            file_number=file_number,
            is_fallback_name=is_fallback_name,
            chapter_id=chapter_id,
        )

        read_metadata_chapter_db_model.additional_properties = d
        return read_metadata_chapter_db_model

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
