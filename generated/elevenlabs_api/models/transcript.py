from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detected_entity import DetectedEntity
    from ..models.transcript_export import TranscriptExport
    from ..models.transcript_word import TranscriptWord


T = TypeVar("T", bound="Transcript")


@_attrs_define
class Transcript:
    """Transcript of one audio channel (or the whole file).

    Attributes:
        language_code (str): Detected (or given) language.
        language_probability (float): Confidence in the language detection.
        text (str): The full transcribed text.
        words (list[TranscriptWord]):
        channel_index (int | None | Unset): Audio channel this transcript belongs to, in multichannel mode.
        additional_formats (list[None | TranscriptExport] | None | Unset): The extra renderings asked for with
            `additional_formats`.
        transcription_id (None | str | Unset):
        entities (list[DetectedEntity] | None | Unset):
        audio_duration_secs (float | None | Unset):
    """

    language_code: str
    language_probability: float
    text: str
    words: list[TranscriptWord]
    channel_index: int | None | Unset = UNSET
    additional_formats: list[None | TranscriptExport] | None | Unset = UNSET
    transcription_id: None | str | Unset = UNSET
    entities: list[DetectedEntity] | None | Unset = UNSET
    audio_duration_secs: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        language_code = self.language_code

        language_probability = self.language_probability

        text = self.text

        words = []
        for words_item_data in self.words:
            words_item = words_item_data.to_dict()
            words.append(words_item)

        channel_index: int | None | Unset
        if isinstance(self.channel_index, Unset):
            channel_index = UNSET
        else:
            channel_index = self.channel_index

        additional_formats: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.additional_formats, Unset):
            additional_formats = UNSET
        elif isinstance(self.additional_formats, list):
            additional_formats = []
            for additional_formats_type_0_item_data in self.additional_formats:
                additional_formats_type_0_item: dict[str, Any] | None
                if isinstance(additional_formats_type_0_item_data, TranscriptExport):
                    additional_formats_type_0_item = additional_formats_type_0_item_data.to_dict()
                else:
                    additional_formats_type_0_item = additional_formats_type_0_item_data
                additional_formats.append(additional_formats_type_0_item)

        else:
            additional_formats = self.additional_formats

        transcription_id: None | str | Unset
        if isinstance(self.transcription_id, Unset):
            transcription_id = UNSET
        else:
            transcription_id = self.transcription_id

        entities: list[dict[str, Any]] | None | Unset
        if isinstance(self.entities, Unset):
            entities = UNSET
        elif isinstance(self.entities, list):
            entities = []
            for entities_type_0_item_data in self.entities:
                entities_type_0_item = entities_type_0_item_data.to_dict()
                entities.append(entities_type_0_item)

        else:
            entities = self.entities

        audio_duration_secs: float | None | Unset
        if isinstance(self.audio_duration_secs, Unset):
            audio_duration_secs = UNSET
        else:
            audio_duration_secs = self.audio_duration_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language_code": language_code,
                "language_probability": language_probability,
                "text": text,
                "words": words,
            }
        )
        if channel_index is not UNSET:
            field_dict["channel_index"] = channel_index
        if additional_formats is not UNSET:
            field_dict["additional_formats"] = additional_formats
        if transcription_id is not UNSET:
            field_dict["transcription_id"] = transcription_id
        if entities is not UNSET:
            field_dict["entities"] = entities
        if audio_duration_secs is not UNSET:
            field_dict["audio_duration_secs"] = audio_duration_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        language_code = d.pop("language_code")

        language_probability = d.pop("language_probability")

        text = d.pop("text")

        words = []
        _words = d.pop("words")
        for words_item_data in _words:
            words_item = TranscriptWord.from_dict(words_item_data)

            words.append(words_item)

        def _parse_channel_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        channel_index = _parse_channel_index(d.pop("channel_index", UNSET))

        def _parse_additional_formats(data: object) -> list[None | TranscriptExport] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_formats_type_0 = []
                _additional_formats_type_0 = data
                for additional_formats_type_0_item_data in _additional_formats_type_0:

                    def _parse_additional_formats_type_0_item(data: object) -> None | TranscriptExport:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            additional_formats_type_0_item_type_0 = TranscriptExport.from_dict(data)

                            return additional_formats_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(None | TranscriptExport, data)

                    additional_formats_type_0_item = _parse_additional_formats_type_0_item(
                        additional_formats_type_0_item_data
                    )

                    additional_formats_type_0.append(additional_formats_type_0_item)

                return additional_formats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | TranscriptExport] | None | Unset, data)

        additional_formats = _parse_additional_formats(d.pop("additional_formats", UNSET))

        def _parse_transcription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcription_id = _parse_transcription_id(d.pop("transcription_id", UNSET))

        def _parse_entities(data: object) -> list[DetectedEntity] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entities_type_0 = []
                _entities_type_0 = data
                for entities_type_0_item_data in _entities_type_0:
                    entities_type_0_item = DetectedEntity.from_dict(entities_type_0_item_data)

                    entities_type_0.append(entities_type_0_item)

                return entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DetectedEntity] | None | Unset, data)

        entities = _parse_entities(d.pop("entities", UNSET))

        def _parse_audio_duration_secs(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        audio_duration_secs = _parse_audio_duration_secs(d.pop("audio_duration_secs", UNSET))

        transcript = cls(
            language_code=language_code,
            language_probability=language_probability,
            text=text,
            words=words,
            channel_index=channel_index,
            additional_formats=additional_formats,
            transcription_id=transcription_id,
            entities=entities,
            audio_duration_secs=audio_duration_secs,
        )

        transcript.additional_properties = d
        return transcript

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
    global _nested_models_loaded, DetectedEntity, TranscriptExport, TranscriptWord
    from ..models.detected_entity import DetectedEntity  # noqa: F401
    from ..models.transcript_export import TranscriptExport  # noqa: F401
    from ..models.transcript_word import TranscriptWord  # noqa: F401

    _nested_models_loaded = True
