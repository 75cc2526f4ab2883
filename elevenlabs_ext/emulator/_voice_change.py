"""The voice changer's signal processing (blocking numpy; routes run it in worker threads).

The words and their timing stay; the pitch (and with it the formants) moves to the target
voice's. Each voice's pitch is measured once, on a sentence eSpeak speaks with it, by the
same estimator that measures the uploaded recording (autocorrelation over voiced frames).
The shift keeps the duration: WSOLA (overlap-add of windowed frames, each placed where it
best continues the previous one) stretches the recording by the pitch ratio without changing
its pitch, then resampling by the same ratio brings it back to its length at the new pitch.
"""

from __future__ import annotations

import functools

import numpy as np
import numpy.typing as npt

from ._espeak import EspeakEngine, EspeakVoice, engine

__all__ = ["estimate_f0", "shift_pitch", "voice_f0"]

Samples = npt.NDArray[np.float64]

_FRAME = 1024
_LOWEST_F0 = 60.0
_HIGHEST_F0 = 400.0
# Ratios past these sound like another instrument rather than another speaker.
_MIN_RATIO = 0.4
_MAX_RATIO = 2.5
_REFERENCE_TEXT = "The quick brown fox jumps over the lazy dog, and then it rests for a while."


def estimate_f0(samples: Samples, sample_rate: int) -> float | None:
    """Median fundamental frequency (Hz) of the voiced frames, or None when nothing is voiced."""
    frame = _FRAME
    if len(samples) < frame:
        return None
    count = (len(samples) - frame) // (frame // 2) + 1
    starts = np.arange(count) * (frame // 2)
    frames = samples[starts[:, None] + np.arange(frame)]
    energy = np.sqrt(np.mean(frames**2, axis=1))
    loud = frames[energy > 0.1 * max(float(energy.max()), 1e-9)]
    if not len(loud):
        return None
    loud = loud - loud.mean(axis=1, keepdims=True)
    spectrum = np.fft.rfft(loud * np.hanning(frame), n=2 * frame, axis=1)
    correlation = np.fft.irfft(np.abs(spectrum) ** 2, axis=1)[:, :frame]
    low, high = int(sample_rate / _HIGHEST_F0), int(sample_rate / _LOWEST_F0)
    window = correlation[:, low:high]
    lags = np.argmax(window, axis=1) + low
    strength = window[np.arange(len(window)), lags - low] / np.maximum(correlation[:, 0], 1e-12)
    voiced = lags[strength > 0.45]
    if not len(voiced):
        return None
    return float(sample_rate / np.median(voiced))


@functools.cache
def _reference_f0(voice: EspeakVoice, espeak: EspeakEngine) -> float:
    raw = espeak.synthesize(_REFERENCE_TEXT, voice)
    samples = np.frombuffer(raw.pcm, dtype="<i2").astype(np.float64) / 32768.0
    return estimate_f0(samples, espeak.sample_rate) or 120.0


def voice_f0(voice: EspeakVoice, espeak: EspeakEngine | None = None) -> float:
    """The measured pitch (Hz) of an emulated voice (cached per voice)."""
    return _reference_f0(voice, espeak or engine())


def _wsola(samples: Samples, stretch: float) -> Samples:
    """``samples`` made ``stretch`` times longer at the same pitch."""
    frame, tolerance = _FRAME, _FRAME // 4
    synthesis_hop = frame // 2
    analysis_hop = synthesis_hop / stretch
    window = np.hanning(frame)
    padded = np.concatenate((np.zeros(tolerance), samples, np.zeros(frame + 2 * tolerance)))
    frames = int(np.ceil(len(samples) * stretch / synthesis_hop)) + 1
    out = np.zeros(frames * synthesis_hop + frame)
    weight = np.zeros_like(out)
    previous = 0
    for index in range(frames):
        nominal = int(index * analysis_hop) + tolerance
        if nominal + frame + tolerance > len(padded):
            break
        if index == 0:
            position = nominal
        else:
            natural = padded[previous + synthesis_hop : previous + synthesis_hop + frame]
            region = padded[nominal - tolerance : nominal + tolerance + frame]
            position = nominal - tolerance + int(np.argmax(np.correlate(region, natural, mode="valid")))
        begin = index * synthesis_hop
        out[begin : begin + frame] += padded[position : position + frame] * window
        weight[begin : begin + frame] += window
        previous = position
    stretched: Samples = out / np.maximum(weight, 1e-3)
    return stretched[: round(len(samples) * stretch)]


def shift_pitch(samples: Samples, ratio: float) -> Samples:
    """``samples`` at ``ratio`` times the pitch (clamped to 0.4-2.5), same length."""
    ratio = float(np.clip(ratio, _MIN_RATIO, _MAX_RATIO))
    if len(samples) < _FRAME or abs(ratio - 1.0) < 1e-3:
        return samples.copy()
    stretched = _wsola(samples, ratio)
    positions = np.arange(len(samples)) * ratio
    shifted: Samples = np.interp(positions, np.arange(len(stretched)), stretched, right=0.0)
    return shifted
