from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DubbingSegmentUpdateRequest")


@_attrs_define
class DubbingSegmentUpdateRequest:
    """
    Attributes:
        text (None | str | Unset):
        speaker_id (None | str | Unset):
        start_s (float | None | Unset):
        end_s (float | None | Unset):
    """

    text: None | str | Unset = UNSET
    speaker_id: None | str | Unset = UNSET
    start_s: float | None | Unset = UNSET
    end_s: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        speaker_id: None | str | Unset
        if isinstance(self.speaker_id, Unset):
            speaker_id = UNSET
        else:
            speaker_id = self.speaker_id

        start_s: float | None | Unset
        if isinstance(self.start_s, Unset):
            start_s = UNSET
        else:
            start_s = self.start_s

        end_s: float | None | Unset
        if isinstance(self.end_s, Unset):
            end_s = UNSET
        else:
            end_s = self.end_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if start_s is not UNSET:
            field_dict["start_s"] = start_s
        if end_s is not UNSET:
            field_dict["end_s"] = end_s

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_speaker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speaker_id = _parse_speaker_id(d.pop("speaker_id", UNSET))

        def _parse_start_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_s = _parse_start_s(d.pop("start_s", UNSET))

        def _parse_end_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_s = _parse_end_s(d.pop("end_s", UNSET))

        dubbing_segment_update_request = cls(
            text=text,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
        )

        dubbing_segment_update_request.additional_properties = d
        return dubbing_segment_update_request

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
