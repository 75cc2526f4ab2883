from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioSegment")


@_attrs_define
class AudioSegment:
    """
    Attributes:
        start_ms (int):
        end_ms (int):
        description (str):
        segment_type (None | str | Unset):
        has_speech (bool | Unset):  Default: False.
        has_music (bool | Unset):  Default: False.
        pacing (None | str | Unset):
    """

    start_ms: int
    end_ms: int
    description: str
    segment_type: None | str | Unset = UNSET
    has_speech: bool | Unset = False
    has_music: bool | Unset = False
    pacing: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_ms = self.start_ms

        end_ms = self.end_ms

        description = self.description

        segment_type: None | str | Unset
        if isinstance(self.segment_type, Unset):
            segment_type = UNSET
        else:
            segment_type = self.segment_type

        has_speech = self.has_speech

        has_music = self.has_music

        pacing: None | str | Unset
        if isinstance(self.pacing, Unset):
            pacing = UNSET
        else:
            pacing = self.pacing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_ms": start_ms,
                "end_ms": end_ms,
                "description": description,
            }
        )
        if segment_type is not UNSET:
            field_dict["segment_type"] = segment_type
        if has_speech is not UNSET:
            field_dict["has_speech"] = has_speech
        if has_music is not UNSET:
            field_dict["has_music"] = has_music
        if pacing is not UNSET:
            field_dict["pacing"] = pacing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_ms = d.pop("start_ms")

        end_ms = d.pop("end_ms")

        description = d.pop("description")

        def _parse_segment_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        segment_type = _parse_segment_type(d.pop("segment_type", UNSET))

        has_speech = d.pop("has_speech", UNSET)

        has_music = d.pop("has_music", UNSET)

        def _parse_pacing(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pacing = _parse_pacing(d.pop("pacing", UNSET))

        audio_segment = cls(
            start_ms=start_ms,
            end_ms=end_ms,
            description=description,
            segment_type=segment_type,
            has_speech=has_speech,
            has_music=has_music,
            pacing=pacing,
        )

        audio_segment.additional_properties = d
        return audio_segment

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
