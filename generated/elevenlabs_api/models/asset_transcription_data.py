from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssetTranscriptionData")


@_attrs_define
class AssetTranscriptionData:
    """
    Attributes:
        language_code (str):
        text (str):
        words (list[str]):
        word_start_times_ms (list[int]):
        word_end_times_ms (list[int]):
        word_speaker_ids (list[None | str]):
    """

    language_code: str
    text: str
    words: list[str]
    word_start_times_ms: list[int]
    word_end_times_ms: list[int]
    word_speaker_ids: list[None | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language_code = self.language_code

        text = self.text

        words = self.words

        word_start_times_ms = self.word_start_times_ms

        word_end_times_ms = self.word_end_times_ms

        word_speaker_ids = []
        for word_speaker_ids_item_data in self.word_speaker_ids:
            word_speaker_ids_item: None | str
            word_speaker_ids_item = word_speaker_ids_item_data
            word_speaker_ids.append(word_speaker_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language_code": language_code,
                "text": text,
                "words": words,
                "word_start_times_ms": word_start_times_ms,
                "word_end_times_ms": word_end_times_ms,
                "word_speaker_ids": word_speaker_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language_code = d.pop("language_code")

        text = d.pop("text")

        words = cast(list[str], d.pop("words"))

        word_start_times_ms = cast(list[int], d.pop("word_start_times_ms"))

        word_end_times_ms = cast(list[int], d.pop("word_end_times_ms"))

        word_speaker_ids = []
        _word_speaker_ids = d.pop("word_speaker_ids")
        for word_speaker_ids_item_data in _word_speaker_ids:

            def _parse_word_speaker_ids_item(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            word_speaker_ids_item = _parse_word_speaker_ids_item(word_speaker_ids_item_data)

            word_speaker_ids.append(word_speaker_ids_item)

        asset_transcription_data = cls(
            language_code=language_code,
            text=text,
            words=words,
            word_start_times_ms=word_start_times_ms,
            word_end_times_ms=word_end_times_ms,
            word_speaker_ids=word_speaker_ids,
        )

        asset_transcription_data.additional_properties = d
        return asset_transcription_data

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
