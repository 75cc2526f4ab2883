"""``play`` and ``aplay``: audio to the first backend that can play it, chunk by chunk.

The two are twins kept identical after unasync (``scripts/check_parity.py``). ``aplay`` takes
async iterables and ``AsyncAudioStream`` too, and never blocks the event loop: players are
asyncio subprocesses and sound devices play from their own thread. A plain iterable given to
``aplay`` is iterated on the loop, so pass only in-memory ones.
"""

from __future__ import annotations

from .._streaming import AsyncAudioStream, AudioStream
from ._backends import Backend, aopen_sink, available, open_sink
from ._sources import (
    AsyncAudioSource,
    AudioSource,
    aiter_chunks,
    apeek,
    check_source,
    explicit_format,
    iter_chunks,
    peek,
    stream_format,
)

__all__ = ["aplay", "play"]


def play(
    audio: AudioSource,
    *,
    output_format: str | None = None,
    backend: Backend | None = None,
) -> None:
    """Play audio and return when it has been played.

    Args:
        audio: the whole audio, its chunks (played as they arrive), or a stream from
            ``stream``/``astream`` (consumed and closed; opened first if it was not).
        output_format: the API's name of the audio's format (``"mp3_44100_128"``,
            ``"pcm_24000"``, ``"ulaw_8000"``, ...); needed for headerless PCM given as bytes.
        backend: use only this backend instead of the first that works (see ``BACKENDS``).

    Raises:
        PlayerNotFoundError: nothing installed can play it (the message says what to install).
        PlayerError: ffplay or mpv failed (its exit status and the end of its stderr).
        AudioDeviceError: miniaudio could not decode the MP3, or (when ``backend`` names a
            library) no sound device could be opened; without ``backend`` the next one is tried.
        AudioFormatError: ``output_format`` is not one of the API's formats.
        TypeError: ``audio`` is a ``str`` (a path? read the file first).

    If the player is closed by its user (mpv's ``q``) playback just ends. An interrupt
    (Ctrl-C) or a cancellation stops the player or device before it propagates.
    """
    check_source(audio)
    audio_format = explicit_format(output_format)
    candidates, tried = available(backend)
    chunks, close = iter_chunks(audio)
    try:
        if audio_format is None and isinstance(audio, AudioStream):
            audio_format = stream_format(audio.open())
        head, audio_format = peek(chunks, audio_format)
        if not head:
            return
        sink, decode = open_sink(candidates, tried, audio_format, explicit=backend is not None)
        try:
            for chunk in head:
                if chunk and not sink.write(decode(chunk) if decode else chunk):
                    break  # the player stopped reading: its exit status says whether that was an error
            else:
                for chunk in chunks:
                    if chunk and not sink.write(decode(chunk) if decode else chunk):
                        break  # the player stopped reading: its exit status says whether that was an error
            sink.finish()
        finally:
            sink.close()
    finally:
        close()


async def aplay(
    audio: AsyncAudioSource,
    *,
    output_format: str | None = None,
    backend: Backend | None = None,
) -> None:
    """Play audio and return when it has been played.

    Args:
        audio: the whole audio, its chunks (played as they arrive), or a stream from
            ``stream``/``astream`` (consumed and closed; opened first if it was not).
        output_format: the API's name of the audio's format (``"mp3_44100_128"``,
            ``"pcm_24000"``, ``"ulaw_8000"``, ...); needed for headerless PCM given as bytes.
        backend: use only this backend instead of the first that works (see ``BACKENDS``).

    Raises:
        PlayerNotFoundError: nothing installed can play it (the message says what to install).
        PlayerError: ffplay or mpv failed (its exit status and the end of its stderr).
        AudioDeviceError: miniaudio could not decode the MP3, or (when ``backend`` names a
            library) no sound device could be opened; without ``backend`` the next one is tried.
        AudioFormatError: ``output_format`` is not one of the API's formats.
        TypeError: ``audio`` is a ``str`` (a path? read the file first).

    If the player is closed by its user (mpv's ``q``) playback just ends. An interrupt
    (Ctrl-C) or a cancellation stops the player or device before it propagates.
    """
    check_source(audio)
    audio_format = explicit_format(output_format)
    candidates, tried = available(backend)
    chunks, close = aiter_chunks(audio)
    try:
        if audio_format is None and isinstance(audio, AsyncAudioStream):
            audio_format = stream_format(await audio.open())
        head, audio_format = await apeek(chunks, audio_format)
        if not head:
            return
        sink, decode = await aopen_sink(candidates, tried, audio_format, explicit=backend is not None)
        try:
            for chunk in head:
                if chunk and not await sink.write(decode(chunk) if decode else chunk):
                    break  # the player stopped reading: its exit status says whether that was an error
            else:
                async for chunk in chunks:
                    if chunk and not await sink.write(decode(chunk) if decode else chunk):
                        break  # the player stopped reading: its exit status says whether that was an error
            await sink.finish()
        finally:
            await sink.aclose()
    finally:
        await close()
