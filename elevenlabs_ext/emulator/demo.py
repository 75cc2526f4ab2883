"""Stream a paragraph of speech to ``hello.mp3`` and say how fast it came.

Without ``ELEVENLABS_API_KEY`` (or with ``--offline``) it starts the bundled emulator
in-process and talks to it; with the key it talks to the API at the client's base URL
(``ELEVENLABS_BASE_URL`` or production), and says so, with that URL, before sending
anything. Either way the speaking is done by exactly the public client code a user would
write (``stream_with_timestamps`` over the generated ``text_to_speech_stream_with_timestamps``)::

    python -m elevenlabs_ext.emulator.demo [--output hello.mp3] [--realtime] [--offline]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final

from elevenlabs_api.api.text_to_speech import text_to_speech_stream_with_timestamps
from elevenlabs_api.models import TextToSpeechRequest

from .._auth import API_KEY_ENV
from .._client import ElevenLabs
from .._errors import ElevenLabsError
from .._files import AtomicFile
from .._streaming import stream_with_timestamps

__all__ = ["PARAGRAPH", "main", "speak"]

VOICE_ID: Final = "JBFqnCBsd6RMkjVDRZzb"  # George, a default voice of the real API too
MODEL_ID: Final = "eleven_multilingual_v2"
OUTPUT_FORMAT: Final = "mp3_44100_128"
BITRATE: Final = 128_000
PARAGRAPH: Final = (
    "Hello! This is elevenlabs-ext speaking. The words you hear were streamed as they were made, "
    "each chunk carrying its audio and the time at which every character is spoken. "
    "With no key and no network, an emulator on this machine did the talking; "
    "with a key, the same code talks to ElevenLabs itself."
)


def _words(
    characters: Sequence[str], starts: Sequence[float], ends: Sequence[float]
) -> Iterator[tuple[str, float, float]]:
    word: list[str] = []
    begin = end = 0.0
    for character, start, stop in zip(characters, starts, ends, strict=True):
        if character.isspace():
            if word:
                yield "".join(word), begin, end
            word = []
            continue
        if not word:
            begin = start
        word.append(character)
        end = stop
    if word:
        yield "".join(word), begin, end


def speak(client: ElevenLabs, output: Path) -> int:
    """Stream ``PARAGRAPH`` to ``output`` through ``client`` and print the timings."""
    characters: list[str] = []
    starts: list[float] = []
    ends: list[float] = []
    written = 0
    first_byte: float | None = None
    started = time.perf_counter()
    with (
        stream_with_timestamps(
            text_to_speech_stream_with_timestamps,
            client=client,
            voice_id=VOICE_ID,
            body=TextToSpeechRequest(text=PARAGRAPH, model_id=MODEL_ID),
            output_format=OUTPUT_FORMAT,
        ) as chunks,
        AtomicFile(output) as file,
    ):
        for chunk in chunks:
            if first_byte is None and chunk.audio:
                first_byte = time.perf_counter() - started
            file.write(chunk.audio)
            written += len(chunk.audio)
            if chunk.alignment is not None:
                characters.extend(chunk.alignment.characters)
                starts.extend(chunk.alignment.character_start_times_seconds)
                ends.extend(chunk.alignment.character_end_times_seconds)
        request_id, cost = chunks.stream.request_id, chunks.stream.character_cost
    total = time.perf_counter() - started
    print(f"wrote {output}: {written:,} bytes of {OUTPUT_FORMAT} (voice {VOICE_ID}, model {MODEL_ID})")
    print(f"time to first byte: {first_byte if first_byte is not None else float('nan'):.3f} s")
    print(f"total time:         {total:.3f} s")
    print(f"audio duration:     {written * 8 / BITRATE:.2f} s (last character ends at {ends[-1] if ends else 0:.2f} s)")
    print(f"request id {request_id}, {cost} characters charged")
    print("first words:")
    for word, begin, end in list(_words(characters, starts, ends))[:8]:
        print(f"  {begin:6.3f} - {end:6.3f} s  {word}")
    return 0


def main(output: str = "hello.mp3", *, realtime: bool = False, offline: bool = False) -> int:
    target = Path(output)
    if os.environ.get(API_KEY_ENV) and not offline:
        try:
            with ElevenLabs() as client:
                print(
                    f"{API_KEY_ENV} is set: the paragraph ({len(PARAGRAPH)} characters) goes to {client.base_url},"
                    " charged to that key's account. To stay offline: unset it, or `make demo OFFLINE=1` (--offline)."
                )
                return speak(client, target)
        except ElevenLabsError as error:
            print(f"The API refused or could not be reached: {error}", file=sys.stderr)
            return 1
    try:
        from . import Emulator, Pacing
    except ImportError as error:
        print(f"No {API_KEY_ENV} and no emulator: {error}", file=sys.stderr)
        return 1
    pacing = Pacing(speed=1.0, ttfb=0.25) if realtime else Pacing()
    with Emulator(pacing=pacing) as emulator, emulator.client() as client:
        why = "--offline" if offline and os.environ.get(API_KEY_ENV) else f"no {API_KEY_ENV}"
        print(
            f"Offline ({why}): speaking through the bundled emulator at {emulator.base_url};"
            " nothing leaves this machine."
        )
        return speak(client, target)


def _cli(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m elevenlabs_ext.emulator.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="hello.mp3", help="where to write the audio (default: %(default)s)")
    parser.add_argument("--realtime", action="store_true", help="pace the emulator at real-time speed")
    parser.add_argument("--offline", action="store_true", help=f"use the emulator even when {API_KEY_ENV} is set")
    args = parser.parse_args(argv)
    return main(args.output, realtime=args.realtime, offline=args.offline)


if __name__ == "__main__":
    sys.exit(_cli())
