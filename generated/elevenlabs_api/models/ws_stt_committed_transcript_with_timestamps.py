from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_stt_word import WsSttWord


T = TypeVar("T", bound="WsSttCommittedTranscriptWithTimestamps")


@_attrs_define
class WsSttCommittedTranscriptWithTimestamps:
    """A committed segment again, with the timing of each word (sent when `include_timestamps=true`).

    Attributes:
        message_type (Literal['committed_transcript_with_timestamps']):
        text (str):
        language_code (None | str | Unset): The language spoken, given or detected.
        words (list[WsSttWord] | Unset):
    """

    message_type: Literal["committed_transcript_with_timestamps"]
    text: str
    language_code: None | str | Unset = UNSET
    words: list[WsSttWord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        message_type = self.message_type

        text = self.text

        language_code: None | str | Unset
        if isinstance(self.language_code, Unset):
            language_code = UNSET
        else:
            language_code = self.language_code

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "text": text,
            }
        )
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if words is not UNSET:
            field_dict["words"] = words

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        message_type = cast(Literal["committed_transcript_with_timestamps"], d.pop("message_type"))
        if message_type != "committed_transcript_with_timestamps":
            raise ValueError(
                f"message_type must match const 'committed_transcript_with_timestamps', got '{message_type}'"
            )

        text = d.pop("text")

        def _parse_language_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language_code = _parse_language_code(d.pop("language_code", UNSET))

        _words = d.pop("words", UNSET)
        words: list[WsSttWord] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = WsSttWord.from_dict(words_item_data)

                words.append(words_item)

        ws_stt_committed_transcript_with_timestamps = cls(
            message_type=message_type,
            text=text,
            language_code=language_code,
            words=words,
        )

        ws_stt_committed_transcript_with_timestamps.additional_properties = d
        return ws_stt_committed_transcript_with_timestamps

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
    global _nested_models_loaded, WsSttWord
    from ..models.ws_stt_word import WsSttWord  # noqa: F401

    _nested_models_loaded = True
