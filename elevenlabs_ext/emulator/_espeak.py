"""A ctypes binding to the eSpeak NG library that ``espeakng-loader`` ships (library and data).

One call, ``EspeakEngine.synthesize``, turns a text into 16-bit mono PCM at eSpeak's own rate
(22,050 Hz) plus the events the timings are derived from: where each word starts (text
position and audio time) and where each pause begins.

eSpeak NG keeps its state (the current voice, rate, pitch and the callback) in process
globals and is not thread-safe, so every synthesis holds one process-wide lock. It speaks
about a thousand times faster than real time (1,000 characters in ~40 ms), so nobody waits
on that lock for long.
"""

from __future__ import annotations

import ctypes
import importlib
import threading
from typing import Any, Final

import attrs

__all__ = ["EspeakEngine", "EspeakError", "EspeakVoice", "RawSpeech", "WordMark", "engine"]

# espeak_AUDIO_OUTPUT: AUDIO_OUTPUT_SYNCHRONOUS makes espeak_Synth return only when done,
# calling our callback with each buffer on the calling thread.
_AUDIO_OUTPUT_SYNCHRONOUS: Final = 2
# espeakINITIALIZE_PHONEME_EVENTS (pause phonemes mark where words end) |
# espeakINITIALIZE_DONT_EXIT (an error must raise here, not exit the process).
_INIT_OPTIONS: Final = 0x0001 | 0x8000
_BUFFER_MS: Final = 200
_CHARS_UTF8: Final = 1
_POS_CHARACTER: Final = 1
_PARAM_RATE: Final = 1
_PARAM_PITCH: Final = 3
_PARAM_RANGE: Final = 4
_EVENT_LIST_TERMINATED: Final = 0
_EVENT_WORD: Final = 1
_EVENT_PHONEME: Final = 7
DEFAULT_RATE_WPM: Final = 175


class EspeakError(RuntimeError):
    """eSpeak NG could not be loaded or refused a call."""


class _Event(ctypes.Structure):
    # espeak_EVENT from speak_lib.h; ``name`` is the 8-byte union (phoneme names live there).
    _fields_ = (
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("name", ctypes.c_char * 8),
    )


_Callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))


@attrs.frozen
class EspeakVoice:
    """How an emulated voice sounds: an eSpeak voice name (``lang+variant``) and its pitch."""

    language: str
    variant: str = ""
    pitch: int = 50
    pitch_range: int = 50

    def name_for(self, language: str | None = None) -> str:
        base = language or self.language
        return f"{base}+{self.variant}" if self.variant else base


@attrs.frozen
class WordMark:
    """A word eSpeak spoke: 0-based code-point ``position`` and ``length`` in the text, start time."""

    position: int
    length: int
    time: float


@attrs.frozen
class RawSpeech:
    pcm: bytes
    sample_rate: int
    words: tuple[WordMark, ...]
    pauses: tuple[float, ...]

    @property
    def duration(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate


class _Collector:
    """What the callback gathers during one espeak_Synth call."""

    def __init__(self) -> None:
        self.pcm: list[bytes] = []
        self.words: list[WordMark] = []
        self.pauses: list[float] = []


def _espeak_text(text: str) -> bytes:
    # eSpeak reads a NUL-terminated UTF-8 string. A NUL would end it early and a lone
    # surrogate cannot be encoded; replacing each by a space keeps one code point for one,
    # so eSpeak's character positions still index the caller's text.
    clean = "".join(" " if ch == "\0" or "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return clean.encode("utf-8") + b"\0"


class EspeakEngine:
    """The process's eSpeak NG, loaded on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lib: Any = None
        self._sample_rate = 0
        self._collector: _Collector | None = None
        # ctypes must keep the callback object alive as long as eSpeak may call it.
        self._callback = _Callback(self._on_synth)

    @property
    def sample_rate(self) -> int:
        with self._lock:
            self._load()
        return self._sample_rate

    def _load(self) -> Any:
        if self._lib is not None:
            return self._lib
        try:
            # espeakng-loader has no type information; it only tells where its files are.
            loader = importlib.import_module("espeakng_loader")
        except ImportError as error:
            raise EspeakError("the emulator needs espeakng-loader: pip install 'elevenlabs-ext[emulator]'") from error
        lib = ctypes.CDLL(loader.get_library_path())
        lib.espeak_Initialize.argtypes = (ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int)
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = (_Callback,)
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = (ctypes.c_char_p,)
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = (ctypes.c_int, ctypes.c_int, ctypes.c_int)
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = (
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        )
        lib.espeak_Synth.restype = ctypes.c_int
        rate = lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, _BUFFER_MS, loader.get_data_path().encode(), _INIT_OPTIONS
        )
        if rate <= 0:
            raise EspeakError(f"espeak_Initialize failed ({rate})")
        lib.espeak_SetSynthCallback(self._callback)
        self._sample_rate = rate
        self._lib = lib
        return lib

    def _on_synth(self, wav: Any, count: int, events: Any) -> int:
        collector = self._collector
        if collector is None:
            return 1  # not ours: abort
        if count > 0:
            collector.pcm.append(ctypes.string_at(wav, count * 2))
        index = 0
        while events[index].type != _EVENT_LIST_TERMINATED:
            event = events[index]
            seconds = event.audio_position / 1000
            if event.type == _EVENT_WORD:
                collector.words.append(WordMark(max(event.text_position - 1, 0), max(event.length, 0), seconds))
            elif event.type == _EVENT_PHONEME and event.name.startswith(b"_"):
                collector.pauses.append(seconds)
            index += 1
        return 0

    def _select_voice(self, lib: Any, voice: EspeakVoice, language: str | None) -> None:
        if language is not None and lib.espeak_SetVoiceByName(voice.name_for(language).encode()) == 0:
            return
        if lib.espeak_SetVoiceByName(voice.name_for().encode()) != 0:
            raise EspeakError(f"eSpeak NG has no voice {voice.name_for()!r}")

    def synthesize(
        self, text: str, voice: EspeakVoice, *, speed: float = 1.0, language: str | None = None
    ) -> RawSpeech:
        """Speak ``text`` (blocking). ``language`` (an eSpeak language) overrides the voice's.

        Like the real API, equal requests give nearly but not exactly equal audio: eSpeak's
        pitch flutter runs on across calls, so lengths differ by a few samples.
        """
        with self._lock:
            lib = self._load()
            self._select_voice(lib, voice, language)
            lib.espeak_SetParameter(_PARAM_RATE, min(max(round(DEFAULT_RATE_WPM * speed), 80), 450), 0)
            lib.espeak_SetParameter(_PARAM_PITCH, voice.pitch, 0)
            lib.espeak_SetParameter(_PARAM_RANGE, voice.pitch_range, 0)
            data = _espeak_text(text)
            self._collector = collector = _Collector()
            try:
                status = lib.espeak_Synth(data, len(data), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
            finally:
                self._collector = None
            if status != 0:
                raise EspeakError(f"espeak_Synth failed ({status})")
            return RawSpeech(
                b"".join(collector.pcm), self._sample_rate, tuple(collector.words), tuple(collector.pauses)
            )


_engine: EspeakEngine | None = None
_engine_lock = threading.Lock()


def engine() -> EspeakEngine:
    """The one engine of this process (eSpeak NG itself exists once per process)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = EspeakEngine()
        return _engine
