from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dubbing_media_reference import DubbingMediaReference
    from ..models.dubbing_speaker_track_voices import DubbingSpeakerTrackVoices


T = TypeVar("T", bound="DubbingSpeakerTrack")


@_attrs_define
class DubbingSpeakerTrack:
    """Everything one speaker says, with the voice used per language.

    Attributes:
        id (str):
        media_ref (DubbingMediaReference): A stored media file of a Dubbing Studio resource.
        speaker_name (str):
        voices (DubbingSpeakerTrackVoices): Voice id per language code.
        segments (list[str]): Ids of the speaker's segments.
    """

    id: str
    media_ref: DubbingMediaReference
    speaker_name: str
    voices: DubbingSpeakerTrackVoices
    segments: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        media_ref = self.media_ref.to_dict()

        speaker_name = self.speaker_name

        voices = self.voices.to_dict()

        segments = self.segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "media_ref": media_ref,
                "speaker_name": speaker_name,
                "voices": voices,
                "segments": segments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        media_ref = DubbingMediaReference.from_dict(d.pop("media_ref"))

        speaker_name = d.pop("speaker_name")

        voices = DubbingSpeakerTrackVoices.from_dict(d.pop("voices"))

        segments = cast(list[str], d.pop("segments"))

        dubbing_speaker_track = cls(
            id=id,
            media_ref=media_ref,
            speaker_name=speaker_name,
            voices=voices,
            segments=segments,
        )

        dubbing_speaker_track.additional_properties = d
        return dubbing_speaker_track

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
    global _nested_models_loaded, DubbingMediaReference, DubbingSpeakerTrackVoices
    from ..models.dubbing_media_reference import DubbingMediaReference  # noqa: F401
    from ..models.dubbing_speaker_track_voices import DubbingSpeakerTrackVoices  # noqa: F401

    _nested_models_loaded = True
