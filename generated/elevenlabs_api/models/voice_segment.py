from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoiceSegment")


@_attrs_define
class VoiceSegment:
    """
    Attributes:
        voice_id (str):
        start_time_seconds (float):
        end_time_seconds (float):
        character_start_index (int):
        character_end_index (int):
        dialogue_input_index (int):
    """

    voice_id: str
    start_time_seconds: float
    end_time_seconds: float
    character_start_index: int
    character_end_index: int
    dialogue_input_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        start_time_seconds = self.start_time_seconds

        end_time_seconds = self.end_time_seconds

        character_start_index = self.character_start_index

        character_end_index = self.character_end_index

        dialogue_input_index = self.dialogue_input_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "start_time_seconds": start_time_seconds,
                "end_time_seconds": end_time_seconds,
                "character_start_index": character_start_index,
                "character_end_index": character_end_index,
                "dialogue_input_index": dialogue_input_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        start_time_seconds = d.pop("start_time_seconds")

        end_time_seconds = d.pop("end_time_seconds")

        character_start_index = d.pop("character_start_index")

        character_end_index = d.pop("character_end_index")

        dialogue_input_index = d.pop("dialogue_input_index")

        voice_segment = cls(
            voice_id=voice_id,
            start_time_seconds=start_time_seconds,
            end_time_seconds=end_time_seconds,
            character_start_index=character_start_index,
            character_end_index=character_end_index,
            dialogue_input_index=dialogue_input_index,
        )

        voice_segment.additional_properties = d
        return voice_segment

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
