"""Audio checks shared by the emulator tests."""

from __future__ import annotations

import math
from array import array

import miniaudio


def decode_mp3(data: bytes) -> tuple[int, int, array[int]]:
    """(sample rate, channels, samples) of an MP3 body, at its own rate and channel count."""
    info = miniaudio.mp3_get_info(data)
    decoded = miniaudio.decode(data, nchannels=info.nchannels, sample_rate=info.sample_rate)
    return info.sample_rate, info.nchannels, decoded.samples


def rms(samples: array[int] | list[int]) -> float:
    return math.sqrt(sum(s * s for s in samples) / max(len(samples), 1))


def pcm_samples(data: bytes) -> array[int]:
    samples = array("h")
    samples.frombytes(data)
    return samples
