from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CueOptionsRequest")


@_attrs_define
class CueOptionsRequest:
    """
    Attributes:
        min_duration_ms (int | Unset):  Default: 1000.
        max_duration_ms (int | Unset):  Default: 7000.
        max_lines_per_cue (int | Unset):  Default: 2.
        max_chars_per_line (int | Unset):  Default: 42.
        max_chars_per_s (int | None | Unset):
        min_gap_between_cues_frames (int | None | Unset):
    """

    min_duration_ms: int | Unset = 1000
    max_duration_ms: int | Unset = 7000
    max_lines_per_cue: int | Unset = 2
    max_chars_per_line: int | Unset = 42
    max_chars_per_s: int | None | Unset = UNSET
    min_gap_between_cues_frames: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_duration_ms = self.min_duration_ms

        max_duration_ms = self.max_duration_ms

        max_lines_per_cue = self.max_lines_per_cue

        max_chars_per_line = self.max_chars_per_line

        max_chars_per_s: int | None | Unset
        if isinstance(self.max_chars_per_s, Unset):
            max_chars_per_s = UNSET
        else:
            max_chars_per_s = self.max_chars_per_s

        min_gap_between_cues_frames: int | None | Unset
        if isinstance(self.min_gap_between_cues_frames, Unset):
            min_gap_between_cues_frames = UNSET
        else:
            min_gap_between_cues_frames = self.min_gap_between_cues_frames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_duration_ms is not UNSET:
            field_dict["min_duration_ms"] = min_duration_ms
        if max_duration_ms is not UNSET:
            field_dict["max_duration_ms"] = max_duration_ms
        if max_lines_per_cue is not UNSET:
            field_dict["max_lines_per_cue"] = max_lines_per_cue
        if max_chars_per_line is not UNSET:
            field_dict["max_chars_per_line"] = max_chars_per_line
        if max_chars_per_s is not UNSET:
            field_dict["max_chars_per_s"] = max_chars_per_s
        if min_gap_between_cues_frames is not UNSET:
            field_dict["min_gap_between_cues_frames"] = min_gap_between_cues_frames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_duration_ms = d.pop("min_duration_ms", UNSET)

        max_duration_ms = d.pop("max_duration_ms", UNSET)

        max_lines_per_cue = d.pop("max_lines_per_cue", UNSET)

        max_chars_per_line = d.pop("max_chars_per_line", UNSET)

        def _parse_max_chars_per_s(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_chars_per_s = _parse_max_chars_per_s(d.pop("max_chars_per_s", UNSET))

        def _parse_min_gap_between_cues_frames(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_gap_between_cues_frames = _parse_min_gap_between_cues_frames(d.pop("min_gap_between_cues_frames", UNSET))

        cue_options_request = cls(
            min_duration_ms=min_duration_ms,
            max_duration_ms=max_duration_ms,
            max_lines_per_cue=max_lines_per_cue,
            max_chars_per_line=max_chars_per_line,
            max_chars_per_s=max_chars_per_s,
            min_gap_between_cues_frames=min_gap_between_cues_frames,
        )

        cue_options_request.additional_properties = d
        return cue_options_request

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
