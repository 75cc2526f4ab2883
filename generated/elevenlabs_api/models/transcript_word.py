from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_word_type import TranscriptWordType, check_transcript_word_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcript_character import TranscriptCharacter


T = TypeVar("T", bound="TranscriptWord")


@_attrs_define
class TranscriptWord:
    """One word, gap or sound event of a transcript.

    Attributes:
        text (str):
        type_ (TranscriptWordType): `audio_event` marks non-speech sounds such as laughter.
        logprob (float): Log-probability of the prediction (0 is most confident).
        start (float | None | Unset): Start, in seconds.
        end (float | None | Unset): End, in seconds.
        speaker_id (None | str | Unset): Speaker label when diarization is on.
        characters (list[TranscriptCharacter] | None | Unset): Per-character timings, with `timestamps_granularity:
            character`.
        channel_index (int | None | Unset):
    """

    text: str
    type_: TranscriptWordType
    logprob: float
    start: float | None | Unset = UNSET
    end: float | None | Unset = UNSET
    speaker_id: None | str | Unset = UNSET
    characters: list[TranscriptCharacter] | None | Unset = UNSET
    channel_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        text = self.text

        type_: str = self.type_

        logprob = self.logprob

        start: float | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: float | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        speaker_id: None | str | Unset
        if isinstance(self.speaker_id, Unset):
            speaker_id = UNSET
        else:
            speaker_id = self.speaker_id

        characters: list[dict[str, Any]] | None | Unset
        if isinstance(self.characters, Unset):
            characters = UNSET
        elif isinstance(self.characters, list):
            characters = []
            for characters_type_0_item_data in self.characters:
                characters_type_0_item = characters_type_0_item_data.to_dict()
                characters.append(characters_type_0_item)

        else:
            characters = self.characters

        channel_index: int | None | Unset
        if isinstance(self.channel_index, Unset):
            channel_index = UNSET
        else:
            channel_index = self.channel_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type_,
                "logprob": logprob,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if characters is not UNSET:
            field_dict["characters"] = characters
        if channel_index is not UNSET:
            field_dict["channel_index"] = channel_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        text = d.pop("text")

        type_ = check_transcript_word_type(d.pop("type"))

        logprob = d.pop("logprob")

        def _parse_start(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_speaker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speaker_id = _parse_speaker_id(d.pop("speaker_id", UNSET))

        def _parse_characters(data: object) -> list[TranscriptCharacter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                characters_type_0 = []
                _characters_type_0 = data
                for characters_type_0_item_data in _characters_type_0:
                    characters_type_0_item = TranscriptCharacter.from_dict(characters_type_0_item_data)

                    characters_type_0.append(characters_type_0_item)

                return characters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TranscriptCharacter] | None | Unset, data)

        characters = _parse_characters(d.pop("characters", UNSET))

        def _parse_channel_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        channel_index = _parse_channel_index(d.pop("channel_index", UNSET))

        transcript_word = cls(
            text=text,
            type_=type_,
            logprob=logprob,
            start=start,
            end=end,
            speaker_id=speaker_id,
            characters=characters,
            channel_index=channel_index,
        )

        transcript_word.additional_properties = d
        return transcript_word

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
    global _nested_models_loaded, TranscriptCharacter
    from ..models.transcript_character import TranscriptCharacter  # noqa: F401

    _nested_models_loaded = True
