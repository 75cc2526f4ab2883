from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsConvaiUserAudioChunk")


@_attrs_define
class WsConvaiUserAudioChunk:
    """A piece of the user's audio in the `user_input_audio_format` the metadata named, base64-encoded. This message has no
    `type`.

        Attributes:
            user_audio_chunk (str):
    """

    user_audio_chunk: str

    def to_dict(self) -> dict[str, Any]:
        user_audio_chunk = self.user_audio_chunk

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_audio_chunk": user_audio_chunk,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_audio_chunk = d.pop("user_audio_chunk")

        ws_convai_user_audio_chunk = cls(
            user_audio_chunk=user_audio_chunk,
        )

        return ws_convai_user_audio_chunk
