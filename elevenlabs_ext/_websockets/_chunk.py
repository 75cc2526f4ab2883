"""``AudioChunk``: what a text-to-speech socket hands its reader for each audio message."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

import attrs

if TYPE_CHECKING:
    from elevenlabs_api.models import (
        WsAlignment,
        WsAudioOutput,
        WsContextAudioOutput,
        WsContextFinalOutput,
        WsFinalOutput,
    )

__all__ = ["AudioChunk", "AudioMessage"]

AudioMessage: TypeAlias = "WsAudioOutput | WsFinalOutput | WsContextAudioOutput | WsContextFinalOutput"


def _repr_audio(value: bytes) -> str:
    return f"<{len(value)} bytes>"


@attrs.frozen
class AudioChunk:
    """One message of audio from a text-to-speech socket.

    Attributes:
        audio: the frame's audio, decoded from base64, in the socket's output format.
            Empty on a final message without audio.
        is_final: True on the last message of the stream (or of its context): nothing follows.
        alignment: character timings of the text as sent (generated ``WsAlignment``), or None.
        normalized_alignment: the same for the text as spoken after normalisation, or None.
        context_id: the context the audio belongs to (multi-context sockets), else None.
        message: the message parsed into its generated model (``WsAudioOutput``, ``WsFinalOutput``,
            ``WsContextAudioOutput`` or ``WsContextFinalOutput``), with any key the service added
            later in its ``additional_properties``.
    """

    audio: bytes = attrs.field(repr=_repr_audio)
    is_final: bool
    alignment: WsAlignment | None = None
    normalized_alignment: WsAlignment | None = None
    context_id: str | None = None
    _message: AudioMessage | None = attrs.field(default=None, alias="message", repr=False, eq=False)
    # Reads ``message`` on first use: most readers never look at it, and every frame was
    # already checked against its schema before the chunk was made.
    _read_message: Callable[[], AudioMessage] | None = attrs.field(
        default=None, alias="read_message", repr=False, eq=False
    )

    @property
    def message(self) -> AudioMessage | None:
        if self._message is None and self._read_message is not None:
            object.__setattr__(self, "_message", self._read_message())
        return self._message
