from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TxtExportOptions")


@_attrs_define
class TxtExportOptions:
    """Transcript as plain text.

    Attributes:
        format_ (Literal['txt']):
        max_characters_per_line (int | None | Unset):  Default: 100.
        include_speakers (bool | Unset):  Default: True.
        include_timestamps (bool | Unset):  Default: True.
        segment_on_silence_longer_than_s (float | None | Unset):
        max_segment_duration_s (float | None | Unset):
        max_segment_chars (int | None | Unset):
    """

    format_: Literal["txt"]
    max_characters_per_line: int | None | Unset = 100
    include_speakers: bool | Unset = True
    include_timestamps: bool | Unset = True
    segment_on_silence_longer_than_s: float | None | Unset = UNSET
    max_segment_duration_s: float | None | Unset = UNSET
    max_segment_chars: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        max_characters_per_line: int | None | Unset
        if isinstance(self.max_characters_per_line, Unset):
            max_characters_per_line = UNSET
        else:
            max_characters_per_line = self.max_characters_per_line

        include_speakers = self.include_speakers

        include_timestamps = self.include_timestamps

        segment_on_silence_longer_than_s: float | None | Unset
        if isinstance(self.segment_on_silence_longer_than_s, Unset):
            segment_on_silence_longer_than_s = UNSET
        else:
            segment_on_silence_longer_than_s = self.segment_on_silence_longer_than_s

        max_segment_duration_s: float | None | Unset
        if isinstance(self.max_segment_duration_s, Unset):
            max_segment_duration_s = UNSET
        else:
            max_segment_duration_s = self.max_segment_duration_s

        max_segment_chars: int | None | Unset
        if isinstance(self.max_segment_chars, Unset):
            max_segment_chars = UNSET
        else:
            max_segment_chars = self.max_segment_chars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if max_characters_per_line is not UNSET:
            field_dict["max_characters_per_line"] = max_characters_per_line
        if include_speakers is not UNSET:
            field_dict["include_speakers"] = include_speakers
        if include_timestamps is not UNSET:
            field_dict["include_timestamps"] = include_timestamps
        if segment_on_silence_longer_than_s is not UNSET:
            field_dict["segment_on_silence_longer_than_s"] = segment_on_silence_longer_than_s
        if max_segment_duration_s is not UNSET:
            field_dict["max_segment_duration_s"] = max_segment_duration_s
        if max_segment_chars is not UNSET:
            field_dict["max_segment_chars"] = max_segment_chars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = cast(Literal["txt"], d.pop("format"))
        if format_ != "txt":
            raise ValueError(f"format must match const 'txt', got '{format_}'")

        def _parse_max_characters_per_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_characters_per_line = _parse_max_characters_per_line(d.pop("max_characters_per_line", UNSET))

        include_speakers = d.pop("include_speakers", UNSET)

        include_timestamps = d.pop("include_timestamps", UNSET)

        def _parse_segment_on_silence_longer_than_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        segment_on_silence_longer_than_s = _parse_segment_on_silence_longer_than_s(
            d.pop("segment_on_silence_longer_than_s", UNSET)
        )

        def _parse_max_segment_duration_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_segment_duration_s = _parse_max_segment_duration_s(d.pop("max_segment_duration_s", UNSET))

        def _parse_max_segment_chars(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_segment_chars = _parse_max_segment_chars(d.pop("max_segment_chars", UNSET))

        txt_export_options = cls(
            format_=format_,
            max_characters_per_line=max_characters_per_line,
            include_speakers=include_speakers,
            include_timestamps=include_timestamps,
            segment_on_silence_longer_than_s=segment_on_silence_longer_than_s,
            max_segment_duration_s=max_segment_duration_s,
            max_segment_chars=max_segment_chars,
        )

        txt_export_options.additional_properties = d
        return txt_export_options

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
