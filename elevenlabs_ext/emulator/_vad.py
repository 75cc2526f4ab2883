"""Voice activity detection by loudness (pure): when has someone spoken and then stopped?

Audio is judged in 20 ms frames: a frame is speech when its level is above a threshold set
by ``threshold`` (0.1 to 0.9, as the realtime API's ``vad_threshold``): 0.1 hears anything
above -65 dBFS, 0.9 only above -25 dBFS (0.4, the default, -45 dBFS). Speech counts once
``min_speech_ms`` of it has come; silence interrupts it only after ``min_silence_ms``; and a
turn ends after ``silence_seconds`` of silence following speech. eSpeak's speech and a
microphone in a quiet room are told apart from silence this way; background noise above the
threshold counts as speech, as a real VAD with a low threshold would count it.
"""

from __future__ import annotations

import math
from typing import Final

import attrs
import numpy as np
import numpy.typing as npt

__all__ = ["VadSettings", "VoiceActivity", "level_dbfs"]

FRAME_SECONDS: Final = 0.02


@attrs.frozen
class VadSettings:
    silence_seconds: float = 1.5
    threshold: float = 0.4
    min_speech_ms: int = 100
    min_silence_ms: int = 100

    @property
    def threshold_dbfs(self) -> float:
        return -65.0 + 50.0 * (self.threshold - 0.1) / 0.8


def level_dbfs(samples: npt.NDArray[np.int16]) -> float:
    """Root-mean-square level, in dB below full scale (-120 for silence)."""
    if len(samples) == 0:
        return -120.0
    rms = float(np.sqrt(np.mean((samples.astype(np.float64) / 32768.0) ** 2)))
    return 20.0 * math.log10(rms) if rms > 1e-6 else -120.0


class VoiceActivity:
    """Feeds on a stream of samples; says when a turn (speech, then enough silence) has ended."""

    def __init__(self, settings: VadSettings, sample_rate: int) -> None:
        self.settings = settings
        self._frame = max(round(FRAME_SECONDS * sample_rate), 1)
        self._pending = np.zeros(0, dtype=np.int16)
        self._speech_ms = 0.0  # speech heard in this turn
        self._run_ms = 0.0  # length of the current run of speech frames
        self._silence_ms = 0.0  # silence since the last speech
        self.speaking = False  # speech has been confirmed in this turn
        self.last_score = 0.0

    def feed(self, samples: npt.NDArray[np.int16]) -> bool:
        """Take more audio; True when a turn has just ended (the caller commits and calls ``reset``)."""
        self._pending = np.concatenate([self._pending, samples])
        ended = False
        step = FRAME_SECONDS * 1000
        threshold = self.settings.threshold_dbfs
        while len(self._pending) >= self._frame:
            frame, self._pending = self._pending[: self._frame], self._pending[self._frame :]
            level = level_dbfs(frame)
            self.last_score = min(max((level - threshold + 10.0) / 20.0, 0.0), 1.0)
            if level > threshold:
                self._run_ms += step
                if self._run_ms >= self.settings.min_speech_ms:
                    self._speech_ms += step
                    self.speaking = True
                    self._silence_ms = 0.0
            else:
                self._run_ms = 0.0
                if self.speaking:
                    self._silence_ms += step
                    quiet_enough = self._silence_ms >= max(self.settings.min_silence_ms, 0)
                    if quiet_enough and self._silence_ms >= self.settings.silence_seconds * 1000:
                        ended = True
                        self.reset()
        return ended

    def reset(self) -> None:
        self._speech_ms = self._run_ms = self._silence_ms = 0.0
        self.speaking = False
