from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.character_alignment import CharacterAlignment
    from ..models.voice_segment import VoiceSegment


T = TypeVar("T", bound="AudioWithTimestampsAndVoiceSegmentsResponseModel")


@_attrs_define
class AudioWithTimestampsAndVoiceSegmentsResponseModel:
    """
    Attributes:
        audio_base64 (str):
        voice_segments (list[VoiceSegment]):
        alignment (CharacterAlignment | None | Unset):
        normalized_alignment (CharacterAlignment | None | Unset):
    """

    audio_base64: str
    voice_segments: list[VoiceSegment]
    alignment: CharacterAlignment | None | Unset = UNSET
    normalized_alignment: CharacterAlignment | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        audio_base64 = self.audio_base64

        voice_segments = []
        for voice_segments_item_data in self.voice_segments:
            voice_segments_item = voice_segments_item_data.to_dict()
            voice_segments.append(voice_segments_item)

        alignment: dict[str, Any] | None | Unset
        if isinstance(self.alignment, Unset):
            alignment = UNSET
        elif isinstance(self.alignment, CharacterAlignment):
            alignment = self.alignment.to_dict()
        else:
            alignment = self.alignment

        normalized_alignment: dict[str, Any] | None | Unset
        if isinstance(self.normalized_alignment, Unset):
            normalized_alignment = UNSET
        elif isinstance(self.normalized_alignment, CharacterAlignment):
            normalized_alignment = self.normalized_alignment.to_dict()
        else:
            normalized_alignment = self.normalized_alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_base64": audio_base64,
                "voice_segments": voice_segments,
            }
        )
        if alignment is not UNSET:
            field_dict["alignment"] = alignment
        if normalized_alignment is not UNSET:
            field_dict["normalized_alignment"] = normalized_alignment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        audio_base64 = d.pop("audio_base64")

        voice_segments = []
        _voice_segments = d.pop("voice_segments")
        for voice_segments_item_data in _voice_segments:
            voice_segments_item = VoiceSegment.from_dict(voice_segments_item_data)

            voice_segments.append(voice_segments_item)

        def _parse_alignment(data: object) -> CharacterAlignment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alignment_type_0 = CharacterAlignment.from_dict(data)

                return alignment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CharacterAlignment | None | Unset, data)

        alignment = _parse_alignment(d.pop("alignment", UNSET))

        def _parse_normalized_alignment(data: object) -> CharacterAlignment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                normalized_alignment_type_0 = CharacterAlignment.from_dict(data)

                return normalized_alignment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CharacterAlignment | None | Unset, data)

        normalized_alignment = _parse_normalized_alignment(d.pop("normalized_alignment", UNSET))

        audio_with_timestamps_and_voice_segments_response_model = cls(
            audio_base64=audio_base64,
            voice_segments=voice_segments,
            alignment=alignment,
            normalized_alignment=normalized_alignment,
        )

        audio_with_timestamps_and_voice_segments_response_model.additional_properties = d
        return audio_with_timestamps_and_voice_segments_response_model

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
    global _nested_models_loaded, CharacterAlignment, VoiceSegment
    from ..models.character_alignment import CharacterAlignment  # noqa: F401
    from ..models.voice_segment import VoiceSegment  # noqa: F401

    _nested_models_loaded = True
