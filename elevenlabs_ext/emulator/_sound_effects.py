"""Sound effects from a prompt: a deterministic synthesized sound (blocking numpy).

The prompt's hash picks everything: a band of filtered noise (where it sits and how wide),
two or three tones with vibrato, and an attack/decay envelope with a tremolo. The same
prompt gives the same sound; ``prompt_influence`` is how much of it is tone rather than noise.
"""

from __future__ import annotations

import hashlib

import numpy as np
import numpy.typing as npt

__all__ = ["DEFAULT_DURATION_SECONDS", "synthesize_effect"]

Samples = npt.NDArray[np.float64]

DEFAULT_DURATION_SECONDS = 2.0


def synthesize_effect(prompt: str, seconds: float, sample_rate: int, prompt_influence: float = 0.3) -> Samples:
    """``seconds`` of sound for ``prompt`` at ``sample_rate``, peaking near -3 dBFS."""
    seed = int.from_bytes(hashlib.sha256(prompt.encode("utf-8", "replace")).digest()[:8], "little")
    rng = np.random.default_rng(seed)
    count = max(round(seconds * sample_rate), 1)
    t = np.arange(count) / sample_rate
    # Band-limited noise: white noise shaped in the frequency domain.
    spectrum = np.fft.rfft(rng.standard_normal(count))
    frequencies = np.fft.rfftfreq(count, 1 / sample_rate)
    centre = rng.uniform(200, min(4000, sample_rate / 2 - 500))
    width = centre * rng.uniform(0.2, 1.0)
    noise = np.fft.irfft(spectrum * np.exp(-(((frequencies - centre) / width) ** 2)), n=count)
    noise /= max(float(np.abs(noise).max()), 1e-9)
    tones = np.zeros(count)
    for _ in range(int(rng.integers(2, 4))):
        pitch = rng.uniform(80, 1200)
        vibrato = 1 + 0.01 * np.sin(2 * np.pi * rng.uniform(2, 7) * t)
        tones += np.sin(2 * np.pi * pitch * np.cumsum(vibrato) / sample_rate) * rng.uniform(0.3, 1.0)
    tones /= max(float(np.abs(tones).max()), 1e-9)
    mix = (1 - prompt_influence) * noise + prompt_influence * tones
    attack = min(rng.uniform(0.005, 0.2), seconds / 4)
    envelope = np.minimum(t / attack, 1.0) * np.exp(-t * rng.uniform(0.1, 2.0) / max(seconds, 0.5))
    envelope *= 1 + 0.3 * np.sin(2 * np.pi * rng.uniform(0.5, 8) * t)
    sound = mix * envelope
    fade = min(count, int(0.01 * sample_rate))
    sound[count - fade :] *= np.linspace(1, 0, fade)
    peak = float(np.abs(sound).max())
    result: Samples = sound * (0.7 / peak) if peak > 0 else sound
    return result
