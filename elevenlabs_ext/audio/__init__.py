"""Play and save audio: bytes, an iterable of chunks, or a stream straight from the API.

::

    from elevenlabs_api.api.text_to_speech import text_to_speech_stream
    from elevenlabs_api.models import TextToSpeechRequest
    from elevenlabs_ext import ElevenLabs, stream
    from elevenlabs_ext.audio import play, save

    with ElevenLabs() as client:
        with stream(text_to_speech_stream, client=client, voice_id=VOICE,
                    body=TextToSpeechRequest(text="Hello")) as audio:
            play(audio)  # sound starts with the first chunk, not when the stream ends
        ...
        save(chunks, "hello.mp3")  # written beside the target, renamed over it at the end

``play`` tries, in order: ``miniaudio`` (``pip install 'elevenlabs-ext[audio]'``) and
``sounddevice`` (when installed) in-process, then ``ffplay`` (FFmpeg) and ``mpv`` from PATH,
fed through their stdin. Without any of them it raises ``PlayerNotFoundError`` saying what to
install.

The audio's format comes from ``output_format=`` (the API's own names, e.g. ``"pcm_24000"``),
else from the stream's request and content type, else from the first bytes (MP3, WAV, Ogg).
Headerless PCM, u-law and A-law need one of the first two: nothing can tell their sample rate
from the bytes. miniaudio plays MP3, PCM, u-law, A-law and 16-bit WAV; sounddevice all but
MP3; ffplay and mpv everything, Opus included.

Nothing here keeps the whole audio in memory unless it was given as bytes: chunks go to the
player, the device or the file as they arrive (time and memory grow linearly with the audio).

Importing this package costs next to nothing (``import elevenlabs_ext`` imports its errors):
the playback machinery is imported when ``play``, ``save`` and the rest are first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import AudioDeviceError, AudioError, AudioFormatError, PlayerError, PlayerNotFoundError

if TYPE_CHECKING:
    from ._backends import BACKENDS, Backend
    from ._play import aplay, play
    from ._save import asave, save

__all__ = [
    "BACKENDS",
    "AudioDeviceError",
    "AudioError",
    "AudioFormatError",
    "Backend",
    "PlayerError",
    "PlayerNotFoundError",
    "aplay",
    "asave",
    "play",
    "save",
]

_WHERE = {
    "BACKENDS": "._backends",
    "Backend": "._backends",
    "aplay": "._play",
    "play": "._play",
    "asave": "._save",
    "save": "._save",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
