"""Where two recordings of the same words line up in time (blocking numpy).

Dynamic time warping over the fingerprint's band energies, averaged over 20 ms (finer is
four times the work for nothing WSOLA's 12 ms hops could use), each band normalised to zero
mean and unit variance per recording so that two voices' levels and timbres matter less
than the sequence of sounds. The steps are (1, 1), (1, 2) and (2, 1):
the local tempo may differ by up to a factor of two, and because no step stays on the same
row, a whole row of the cost table is computed at once. Only the back pointers are kept
(one byte a cell), and recordings longer than ``MAX_SECONDS`` are not aligned at all.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import numpy.typing as npt

from ._fingerprint import HOP_SECONDS, band_energies

__all__ = ["MAX_SECONDS", "align"]

Samples = npt.NDArray[np.float64]

MAX_SECONDS: Final = 60.0  # 3,000 x 3,000 back pointers: 9 MB, about 2 s
_POOLED_FRAMES: Final = 2
FRAME_SECONDS: Final = HOP_SECONDS * _POOLED_FRAMES


def _features(samples: Samples, sample_rate: int) -> npt.NDArray[np.float64] | None:
    bands = band_energies(samples, sample_rate).astype(np.float64)
    count = len(bands) // _POOLED_FRAMES
    if count < 2:
        return None
    pooled = bands[: count * _POOLED_FRAMES].reshape(count, _POOLED_FRAMES, bands.shape[1]).mean(axis=1)
    centred = pooled - pooled.mean(axis=0)
    normalised: npt.NDArray[np.float64] = centred / (centred.std(axis=0) + 1e-6)
    return normalised


def align(first: Samples, second: Samples, sample_rate: int) -> tuple[Samples, Samples] | None:
    """Times (seconds) in ``first`` and in ``second`` that say the same thing, both increasing
    from 0; None when either is too short or too long, or their tempos differ too much."""
    if max(len(first), len(second)) > MAX_SECONDS * sample_rate:
        return None
    a, b = _features(first, sample_rate), _features(second, sample_rate)
    if a is None or b is None:
        return None
    rows, columns = len(a), len(b)
    back = np.zeros((rows, columns), dtype=np.int8)
    previous = np.full(columns, np.inf)
    before_previous = np.full(columns, np.inf)
    current = np.full(columns, np.inf)
    current[0] = float(np.linalg.norm(a[0] - b[0]))
    candidates = np.empty((3, columns))
    for row in range(1, rows):
        before_previous, previous = previous, current
        cost = np.linalg.norm(b - a[row], axis=1)
        candidates.fill(np.inf)
        candidates[0, 1:] = previous[:-1]  # one step in each
        candidates[1, 2:] = previous[:-2]  # one in first, two in second
        candidates[2, 1:] = before_previous[:-1]  # two in first, one in second
        step = np.argmin(candidates, axis=0)
        current = cost + candidates[step, np.arange(columns)]
        back[row] = step
    if not np.isfinite(current[-1]):
        return None
    row, column = rows - 1, columns - 1
    path = [(row, column)]
    while row > 0 or column > 0:
        step = int(back[row, column])
        row, column = (
            (row - 1, column - 1) if step == 0 else (row - 1, column - 2) if step == 1 else (row - 2, column - 1)
        )
        if row < 0 or column < 0:
            return None
        path.append((row, column))
    times = np.asarray(path[::-1], dtype=np.float64) * FRAME_SECONDS
    return times[:, 0], times[:, 1]
