from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsSttInputAudioChunk")


@_attrs_define
class WsSttInputAudioChunk:
    """A piece of audio in the session's `audio_format`, base64-encoded. With `commit: true`
    the segment ends after this chunk (an empty `audio_base_64` just commits).

        Attributes:
            message_type (Literal['input_audio_chunk']):
            audio_base_64 (str): The audio, base64-encoded; may be empty.
            commit (bool | Unset): End the current segment after this chunk and get its committed transcript. Default:
                False.
            sample_rate (int | Unset): Samples per second of this chunk's audio; the same as the rate in `audio_format`.
            previous_text (None | str | Unset): Text said before this session, to help with context; accepted with the first
                chunk only.
    """

    message_type: Literal["input_audio_chunk"]
    audio_base_64: str
    commit: bool | Unset = False
    sample_rate: int | Unset = UNSET
    previous_text: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        audio_base_64 = self.audio_base_64

        commit = self.commit

        sample_rate = self.sample_rate

        previous_text: None | str | Unset
        if isinstance(self.previous_text, Unset):
            previous_text = UNSET
        else:
            previous_text = self.previous_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message_type": message_type,
                "audio_base_64": audio_base_64,
            }
        )
        if commit is not UNSET:
            field_dict["commit"] = commit
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if previous_text is not UNSET:
            field_dict["previous_text"] = previous_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = cast(Literal["input_audio_chunk"], d.pop("message_type"))
        if message_type != "input_audio_chunk":
            raise ValueError(f"message_type must match const 'input_audio_chunk', got '{message_type}'")

        audio_base_64 = d.pop("audio_base_64")

        commit = d.pop("commit", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        def _parse_previous_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_text = _parse_previous_text(d.pop("previous_text", UNSET))

        ws_stt_input_audio_chunk = cls(
            message_type=message_type,
            audio_base_64=audio_base_64,
            commit=commit,
            sample_rate=sample_rate,
            previous_text=previous_text,
        )

        return ws_stt_input_audio_chunk
