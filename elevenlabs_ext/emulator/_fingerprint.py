"""Acoustic fingerprints of the emulator's own speech, so that it can be transcribed exactly.

Every synthesis leaves a fingerprint here (``remember``); ``FingerprintBook.match`` finds the
synthesis a piece of audio came from, even after it went through MP3, u-law, resampling,
trimming or added noise, and answers with the words spoken in it and their times. Users'
tests that send the emulator's own speech back to it therefore get the exact text, whatever
a statistical recogniser would have made of eSpeak.

**Features.** The audio is cut into 32 ms frames every 10 ms (at its own rate, so no
resampling); each frame's power is summed in 12 log-spaced bands between 150 and 3,800 Hz
(below the Nyquist frequency of 8 kHz telephony audio) and kept as decibels, floored 60 dB
under the loudest band so silence and noise look alike. Codecs and noise change fine detail;
the coarse band energies of speech survive them.

**Matching.** For each stored synthesis the per-frame loudness of both signals is
cross-correlated (FFT) to find the best few alignments; at each, the Pearson correlation of
the band energies over the overlap decides. A match needs a correlation of at least
``MATCH_THRESHOLD`` and one signal to lie inside the other: the audio is part of the
synthesis (its words in that window are returned), or the synthesis padded with near-silence.
Anything else is left to the real recogniser.

The book is bounded (least recently used entries go first) and thread-safe; fingerprints are
computed when a match is asked for, and the matching is plain numpy in the caller's worker
thread, so text to speech pays nothing but a reference to its audio.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict, deque
from collections.abc import Sequence
from typing import Final

import attrs
import numpy as np
import numpy.typing as npt

__all__ = [
    "MATCH_THRESHOLD",
    "FingerprintBook",
    "FingerprintMatch",
    "TimedWord",
    "band_energies",
    "book",
]

FRAME_SECONDS: Final = 0.032
HOP_SECONDS: Final = 0.010
BAND_EDGES_HZ: Final = tuple(float(edge) for edge in np.geomspace(150.0, 3800.0, 13))
FLOOR_DB: Final = 60.0
MATCH_THRESHOLD: Final = 0.8
MIN_FRAMES: Final = 40  # 0.4 s: shorter audio says too little to be sure
_CANDIDATE_LAGS: Final = 3
_SILENCE_MARGIN_DB: Final = 12.0  # padding outside a match must be this far under the speech
DEFAULT_CAPACITY: Final = 256
MAX_PENDING_BYTES: Final = 64 * 1024 * 1024

Floats = npt.NDArray[np.float32]


@attrs.frozen
class TimedWord:
    """One word and when it is spoken, in seconds from the start of the audio it came from."""

    text: str
    start: float
    end: float


@attrs.frozen
class FingerprintMatch:
    """Which synthesis the audio came from, and the words heard in the audio (times in the audio)."""

    text: str
    words: tuple[TimedWord, ...]
    score: float


@attrs.frozen
class _Entry:
    text: str
    features: Floats  # frames x bands, dB
    words: tuple[TimedWord, ...]


def _as_float(samples: npt.NDArray[np.generic]) -> Floats:
    if samples.dtype == np.int16:
        return samples.astype(np.float32) / 32768.0
    return samples.astype(np.float32, copy=False)


def band_energies(samples: npt.NDArray[np.generic], sample_rate: int) -> Floats:
    """Frames x bands of band power in dB (floored), for mono samples (int16 or float)."""
    signal = _as_float(samples)
    size = max(round(FRAME_SECONDS * sample_rate), 16)
    bands = len(BAND_EDGES_HZ) - 1
    if len(signal) < size:
        return np.zeros((0, bands), dtype=np.float32)
    # Frame starts at exact multiples of 10 ms (rounded per frame, never accumulated), so
    # audio at any rate gives the same number of frames for the same duration.
    hop = HOP_SECONDS * sample_rate
    count = int((len(signal) - size) // hop) + 1
    starts = np.round(np.arange(count) * hop).astype(np.int64)
    frames = signal[starts[:, None] + np.arange(size)]
    spectrum = np.abs(np.fft.rfft(frames * np.hanning(size).astype(np.float32), axis=1)) ** 2
    frequencies = np.fft.rfftfreq(size, 1.0 / sample_rate)
    which = np.searchsorted(np.asarray(BAND_EDGES_HZ), frequencies, side="right") - 1
    assignment = np.zeros((len(frequencies), bands), dtype=np.float32)
    inside = (which >= 0) & (which < bands)
    assignment[np.nonzero(inside)[0], which[inside]] = 1.0
    power = spectrum.astype(np.float32) @ assignment
    decibels = 10.0 * np.log10(power + 1e-12)
    floor = float(decibels.max()) - FLOOR_DB
    floored: Floats = np.maximum(decibels, floor).astype(np.float32)
    return floored


def _loudness(features: Floats) -> Floats:
    envelope = features.max(axis=1)
    centred: Floats = (envelope - envelope.mean()).astype(np.float32)
    return centred


def _best_lags(query: Floats, stored: Floats) -> list[int]:
    """Offsets (frames of stored that align with query frame 0; negative: stored starts later)."""
    a, b = _loudness(query), _loudness(stored)
    size = 1 << int(np.ceil(np.log2(len(a) + len(b))))
    correlation = np.fft.irfft(np.fft.rfft(b, size) * np.conj(np.fft.rfft(a, size)), size)
    # correlation[k] pairs query[t] with stored[t + k]; indices past len(b) wrap to negative k.
    lags = np.concatenate([np.arange(0, len(b)), np.arange(-len(a) + 1, 0)])
    values = np.concatenate([correlation[: len(b)], correlation[size - len(a) + 1 :]])
    order = np.argsort(values)[::-1][:_CANDIDATE_LAGS]
    return [int(lags[index]) for index in order]


def _pearson(a: Floats, b: Floats) -> float:
    x = a - a.mean()
    y = b - b.mean()
    denominator = float(np.sqrt((x * x).sum() * (y * y).sum()))
    return float((x * y).sum()) / denominator if denominator > 0 else 0.0


def words_of(text: str, starts: Sequence[float], ends: Sequence[float]) -> tuple[TimedWord, ...]:
    """The whitespace-separated words of ``text`` with times from its per-character times."""
    return tuple(
        TimedWord(match.group(), float(starts[match.start()]), float(ends[match.end() - 1]))
        for match in re.finditer(r"\S+", text)
        if match.end() - 1 < len(ends)
    )


class FingerprintBook:
    """Fingerprints of recent syntheses (at most ``capacity``), newest kept."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self._capacity = capacity
        self._lock = threading.Lock()
        self._entries: OrderedDict[bytes, _Entry] = OrderedDict()
        self._pending: deque[tuple[str, bytes, int, tuple[TimedWord, ...]]] = deque()
        self._pending_bytes = 0

    def __len__(self) -> int:
        self._absorb_pending()
        with self._lock:
            return len(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._pending.clear()
            self._pending_bytes = 0

    def remember(self, text: str, pcm: bytes, sample_rate: int, words: tuple[TimedWord, ...]) -> None:
        """Keep one synthesis (16-bit mono PCM) to fingerprint.

        Cheap on purpose: it runs before a synthesis's first byte goes out. The features are
        computed by the next ``match`` (nobody waits for a fingerprint nobody asks for); until
        then at most ``MAX_PENDING_BYTES`` of audio wait, the oldest dropped first.
        """
        if not text.strip() or not pcm:
            return
        with self._lock:
            self._pending.append((text, pcm, sample_rate, words))
            self._pending_bytes += len(pcm)
            while self._pending_bytes > MAX_PENDING_BYTES and len(self._pending) > 1:
                self._pending_bytes -= len(self._pending.popleft()[1])

    def _absorb_pending(self) -> None:
        with self._lock:
            pending, self._pending, self._pending_bytes = self._pending, deque(), 0
        for text, pcm, sample_rate, words in pending:
            key = hashlib.blake2b(pcm, digest_size=16).digest()
            with self._lock:
                if key in self._entries:
                    self._entries.move_to_end(key)
                    continue
            features = band_energies(np.frombuffer(pcm, dtype=np.int16), sample_rate)
            if len(features) < MIN_FRAMES:
                continue
            with self._lock:
                self._entries[key] = _Entry(text, features, words)
                while len(self._entries) > self._capacity:
                    self._entries.popitem(last=False)

    def match(self, samples: npt.NDArray[np.generic], sample_rate: int) -> FingerprintMatch | None:
        """The synthesis these samples came from, or None."""
        query = band_energies(samples, sample_rate)
        if len(query) < MIN_FRAMES:
            return None
        self._absorb_pending()
        with self._lock:
            entries = list(self._entries.items())
        best: tuple[float, _Entry, int] | None = None
        for _key, entry in reversed(entries):  # newest first: most likely
            for lag in _best_lags(query, entry.features):
                score = self._score(query, entry.features, lag)
                if score >= MATCH_THRESHOLD and (best is None or score > best[0]):
                    best = (score, entry, lag)
            if best is not None and best[0] > 0.95:
                break  # as sure as it gets
        if best is None:
            return None
        score, entry, lag = best
        with self._lock:
            for key, value in self._entries.items():
                if value is entry:
                    self._entries.move_to_end(key)
                    break
        shift = -lag * HOP_SECONDS  # stored time t is query time t + shift
        duration = len(query) * HOP_SECONDS
        words = tuple(
            TimedWord(word.text, round(max(word.start + shift, 0.0), 3), round(min(word.end + shift, duration), 3))
            for word in entry.words
            if 0.0 <= (word.start + word.end) / 2 + shift <= duration  # most of the word is in the audio
        )
        if not words:
            return None
        return FingerprintMatch(" ".join(word.text for word in words), words, round(score, 3))

    @staticmethod
    def _score(query: Floats, stored: Floats, lag: int) -> float:
        """Correlation at one alignment; 0 unless one signal lies inside the other."""
        q_start = max(-lag, 0)
        s_start = max(lag, 0)
        length = min(len(query) - q_start, len(stored) - s_start)
        if length < MIN_FRAMES:
            return 0.0
        inside_stored = q_start == 0 and length >= len(query) - 2
        inside_query = s_start == 0 and length >= len(stored) - 2
        if not (inside_stored or inside_query):
            return 0.0
        if not inside_stored:
            # The synthesis padded: whatever lies outside must be near-silent.
            speech_level = float(query[q_start : q_start + length].max())
            outside = np.concatenate([query[:q_start], query[q_start + length :]])
            if len(outside) and float(outside.max()) > speech_level - _SILENCE_MARGIN_DB:
                return 0.0
        return _pearson(query[q_start : q_start + length], stored[s_start : s_start + length])


_BOOK = FingerprintBook()


def book() -> FingerprintBook:
    """The process's book: every emulator in the process writes its syntheses to it."""
    return _BOOK
