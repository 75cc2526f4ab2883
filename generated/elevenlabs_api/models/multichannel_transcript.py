from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcript import Transcript


T = TypeVar("T", bound="MultichannelTranscript")


@_attrs_define
class MultichannelTranscript:
    """One transcript per audio channel (`use_multi_channel: true`).

    Attributes:
        transcripts (list[Transcript]):
        transcription_id (None | str | Unset):
        audio_duration_secs (float | None | Unset):
    """

    transcripts: list[Transcript]
    transcription_id: None | str | Unset = UNSET
    audio_duration_secs: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        transcripts = []
        for transcripts_item_data in self.transcripts:
            transcripts_item = transcripts_item_data.to_dict()
            transcripts.append(transcripts_item)

        transcription_id: None | str | Unset
        if isinstance(self.transcription_id, Unset):
            transcription_id = UNSET
        else:
            transcription_id = self.transcription_id

        audio_duration_secs: float | None | Unset
        if isinstance(self.audio_duration_secs, Unset):
            audio_duration_secs = UNSET
        else:
            audio_duration_secs = self.audio_duration_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcripts": transcripts,
            }
        )
        if transcription_id is not UNSET:
            field_dict["transcription_id"] = transcription_id
        if audio_duration_secs is not UNSET:
            field_dict["audio_duration_secs"] = audio_duration_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        transcripts = []
        _transcripts = d.pop("transcripts")
        for transcripts_item_data in _transcripts:
            transcripts_item = Transcript.from_dict(transcripts_item_data)

            transcripts.append(transcripts_item)

        def _parse_transcription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcription_id = _parse_transcription_id(d.pop("transcription_id", UNSET))

        def _parse_audio_duration_secs(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        audio_duration_secs = _parse_audio_duration_secs(d.pop("audio_duration_secs", UNSET))

        multichannel_transcript = cls(
            transcripts=transcripts,
            transcription_id=transcription_id,
            audio_duration_secs=audio_duration_secs,
        )

        multichannel_transcript.additional_properties = d
        return multichannel_transcript

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
    global _nested_models_loaded, Transcript
    from ..models.transcript import Transcript  # noqa: F401

    _nested_models_loaded = True
