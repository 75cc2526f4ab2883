from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DubbingTargetTranscriptSegment")


@_attrs_define
class DubbingTargetTranscriptSegment:
    """
    Attributes:
        id (str):
        speaker_id (str):
        start_s (float):
        end_s (float):
        source_text (str):
        translation (None | str | Unset):
    """

    id: str
    speaker_id: str
    start_s: float
    end_s: float
    source_text: str
    translation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        source_text = self.source_text

        translation: None | str | Unset
        if isinstance(self.translation, Unset):
            translation = UNSET
        else:
            translation = self.translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "speaker_id": speaker_id,
                "start_s": start_s,
                "end_s": end_s,
                "source_text": source_text,
            }
        )
        if translation is not UNSET:
            field_dict["translation"] = translation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        speaker_id = d.pop("speaker_id")

        start_s = d.pop("start_s")

        end_s = d.pop("end_s")

        source_text = d.pop("source_text")

        def _parse_translation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        translation = _parse_translation(d.pop("translation", UNSET))

        dubbing_target_transcript_segment = cls(
            id=id,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
            source_text=source_text,
            translation=translation,
        )

        dubbing_target_transcript_segment.additional_properties = d
        return dubbing_target_transcript_segment

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
