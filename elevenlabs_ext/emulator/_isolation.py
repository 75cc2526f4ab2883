"""Audio isolation's signal processing: spectral gating (blocking numpy, run in worker threads).

The noise floor of each frequency is what the quietest frames hold there on average
(speech pauses between words, so those frames are mostly noise). A time-frequency cell
keeps its energy in proportion to how far it stands above that floor (a Wiener-like gain,
smoothed across neighbouring cells so the result does not warble), then the short-time
spectrum is turned back into samples by overlap-add.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["suppress_noise"]

Samples = npt.NDArray[np.float64]

_FRAME = 1024
_HOP = _FRAME // 4
_NOISE_PERCENTILE = 20
_OVER_SUBTRACTION = 1.5
_GAIN_FLOOR = 0.05


def _smooth(gain: Samples) -> Samples:
    # A 3x3 box average over (frame, frequency).
    padded = np.pad(gain, 1, mode="edge")
    total = np.zeros_like(gain)
    for i in range(3):
        for j in range(3):
            total += padded[i : i + gain.shape[0], j : j + gain.shape[1]]
    smoothed: Samples = total / 9.0
    return smoothed


def suppress_noise(samples: Samples) -> Samples:
    """``samples`` with stationary background noise removed, same length."""
    if len(samples) < _FRAME:
        return samples.copy()
    window = np.hanning(_FRAME)
    padded = np.concatenate((np.zeros(_FRAME), samples, np.zeros(_FRAME)))
    count = (len(padded) - _FRAME) // _HOP + 1
    starts = np.arange(count) * _HOP
    spectrum = np.fft.rfft(padded[starts[:, None] + np.arange(_FRAME)] * window, axis=1)
    power = np.abs(spectrum) ** 2
    loudness = power.sum(axis=1)
    quiet = power[loudness <= np.percentile(loudness, _NOISE_PERCENTILE)]
    noise = quiet.mean(axis=0, keepdims=True)
    gain = np.clip(1.0 - _OVER_SUBTRACTION * noise / np.maximum(power, 1e-20), 0.0, 1.0)
    gain = np.maximum(_smooth(gain), _GAIN_FLOOR)
    frames = np.fft.irfft(spectrum * gain, n=_FRAME, axis=1) * window
    out = np.zeros(len(padded))
    weight = np.zeros(len(padded))
    for index, start in enumerate(starts):
        out[start : start + _FRAME] += frames[index]
        weight[start : start + _FRAME] += window**2
    cleaned: Samples = (out / np.maximum(weight, 1e-3))[_FRAME : _FRAME + len(samples)]
    return cleaned
