from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dubbing_transcript_word import DubbingTranscriptWord


T = TypeVar("T", bound="DubbingTranscriptUtterance")


@_attrs_define
class DubbingTranscriptUtterance:
    """
    Attributes:
        text (str | Unset):  Default: ''.
        speaker_id (str | Unset):  Default: 'unknown'.
        start_s (float | Unset):  Default: 0.0.
        end_s (float | Unset):  Default: 0.0.
        words (list[DubbingTranscriptWord] | Unset):
    """

    text: str | Unset = ""
    speaker_id: str | Unset = "unknown"
    start_s: float | Unset = 0.0
    end_s: float | Unset = 0.0
    words: list[DubbingTranscriptWord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        text = self.text

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if start_s is not UNSET:
            field_dict["start_s"] = start_s
        if end_s is not UNSET:
            field_dict["end_s"] = end_s
        if words is not UNSET:
            field_dict["words"] = words

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        speaker_id = d.pop("speaker_id", UNSET)

        start_s = d.pop("start_s", UNSET)

        end_s = d.pop("end_s", UNSET)

        _words = d.pop("words", UNSET)
        words: list[DubbingTranscriptWord] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = DubbingTranscriptWord.from_dict(words_item_data)

                words.append(words_item)

        dubbing_transcript_utterance = cls(
            text=text,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
            words=words,
        )

        dubbing_transcript_utterance.additional_properties = d
        return dubbing_transcript_utterance

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
    global _nested_models_loaded, DubbingTranscriptWord
    from ..models.dubbing_transcript_word import DubbingTranscriptWord  # noqa: F401

    _nested_models_loaded = True
