from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speaker_separation_status import SpeakerSeparationStatus, check_speaker_separation_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.speaker_separation_speakers_type_0 import SpeakerSeparationSpeakersType0


T = TypeVar("T", bound="SpeakerSeparation")


@_attrs_define
class SpeakerSeparation:
    """Result of splitting a multi-speaker sample into speakers.

    Attributes:
        voice_id (str):
        sample_id (str):
        status (SpeakerSeparationStatus):
        speakers (None | SpeakerSeparationSpeakersType0 | Unset): Detected speakers keyed by speaker id.
        selected_speaker_ids (list[str] | None | Unset): Speakers kept for the voice.
    """

    voice_id: str
    sample_id: str
    status: SpeakerSeparationStatus
    speakers: None | SpeakerSeparationSpeakersType0 | Unset = UNSET
    selected_speaker_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        voice_id = self.voice_id

        sample_id = self.sample_id

        status: str = self.status

        speakers: dict[str, Any] | None | Unset
        if isinstance(self.speakers, Unset):
            speakers = UNSET
        elif isinstance(self.speakers, SpeakerSeparationSpeakersType0):
            speakers = self.speakers.to_dict()
        else:
            speakers = self.speakers

        selected_speaker_ids: list[str] | None | Unset
        if isinstance(self.selected_speaker_ids, Unset):
            selected_speaker_ids = UNSET
        elif isinstance(self.selected_speaker_ids, list):
            selected_speaker_ids = self.selected_speaker_ids

        else:
            selected_speaker_ids = self.selected_speaker_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "sample_id": sample_id,
                "status": status,
            }
        )
        if speakers is not UNSET:
            field_dict["speakers"] = speakers
        if selected_speaker_ids is not UNSET:
            field_dict["selected_speaker_ids"] = selected_speaker_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        sample_id = d.pop("sample_id")

        status = check_speaker_separation_status(d.pop("status"))

        def _parse_speakers(data: object) -> None | SpeakerSeparationSpeakersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                speakers_type_0 = SpeakerSeparationSpeakersType0.from_dict(data)

                return speakers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpeakerSeparationSpeakersType0 | Unset, data)

        speakers = _parse_speakers(d.pop("speakers", UNSET))

        def _parse_selected_speaker_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                selected_speaker_ids_type_0 = cast(list[str], data)

                return selected_speaker_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        selected_speaker_ids = _parse_selected_speaker_ids(d.pop("selected_speaker_ids", UNSET))

        speaker_separation = cls(
            voice_id=voice_id,
            sample_id=sample_id,
            status=status,
            speakers=speakers,
            selected_speaker_ids=selected_speaker_ids,
        )

        speaker_separation.additional_properties = d
        return speaker_separation

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
    global _nested_models_loaded, SpeakerSeparationSpeakersType0
    from ..models.speaker_separation_speakers_type_0 import SpeakerSeparationSpeakersType0  # noqa: F401

    _nested_models_loaded = True
