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

__all__ = ["AudioChunk", "AudioMessage", "audio_only_chunk"]

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


_new = object.__new__
_set_fields = tuple(
    AudioChunk.__dict__[name].__set__
    for name in ("audio", "is_final", "alignment", "normalized_alignment", "context_id", "_message", "_read_message")
)


def audio_only_chunk(
    audio: bytes, is_final: bool, context_id: str | None, read_message: Callable[[], AudioMessage]
) -> AudioChunk:
    """``AudioChunk(audio=..., is_final=..., context_id=..., read_message=...)``, made for
    every audio frame without timings: it fills the slots directly, skipping the frozen
    ``__init__``'s seven ``object.__setattr__`` calls (half the cost of the chunk)."""
    chunk = _new(AudioChunk)
    set_audio, set_final, set_alignment, set_normalized, set_context, set_message, set_reader = _set_fields
    set_audio(chunk, audio)
    set_final(chunk, is_final)
    set_alignment(chunk, None)
    set_normalized(chunk, None)
    set_context(chunk, context_id)
    set_message(chunk, None)
    set_reader(chunk, read_message)
    return chunk
