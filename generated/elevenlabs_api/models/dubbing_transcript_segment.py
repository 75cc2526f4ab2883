from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DubbingTranscriptSegment")


@_attrs_define
class DubbingTranscriptSegment:
    """
    Attributes:
        id (str):
        text (str):
        speaker_id (str):
        start_s (float):
        end_s (float):
        external_id (None | str | Unset):
    """

    id: str
    text: str
    speaker_id: str
    start_s: float
    end_s: float
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "speaker_id": speaker_id,
                "start_s": start_s,
                "end_s": end_s,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        speaker_id = d.pop("speaker_id")

        start_s = d.pop("start_s")

        end_s = d.pop("end_s")

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        dubbing_transcript_segment = cls(
            id=id,
            text=text,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
            external_id=external_id,
        )

        dubbing_transcript_segment.additional_properties = d
        return dubbing_transcript_segment

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
