"""G.711 (u-law, A-law) decoding to 16-bit PCM, so every playback backend sees plain ``s16le``."""

from __future__ import annotations

from typing import Literal

__all__ = ["g711_decoder"]


def _ulaw_sample(byte: int) -> int:
    value = ~byte & 0xFF
    magnitude = ((((value & 0x0F) << 3) + 0x84) << ((value >> 4) & 0x07)) - 0x84
    return -magnitude if value & 0x80 else magnitude


def _alaw_sample(byte: int) -> int:
    value = byte ^ 0x55
    exponent = (value >> 4) & 0x07
    mantissa = value & 0x0F
    magnitude = (mantissa << 4) + 8 if exponent == 0 else ((mantissa << 4) + 0x108) << (exponent - 1)
    return magnitude if value & 0x80 else -magnitude


def _table(codec: str) -> tuple[bytes, ...]:
    decode = _ulaw_sample if codec == "ulaw" else _alaw_sample
    return tuple(decode(byte).to_bytes(2, "little", signed=True) for byte in range(256))


_TABLES: dict[str, tuple[bytes, ...]] = {}


def g711_decoder(codec: Literal["ulaw", "alaw"] | str) -> _G711Decoder:
    """A decoder from u-law or A-law bytes to 16-bit little-endian PCM (ITU-T G.711)."""
    if codec not in ("ulaw", "alaw"):
        raise ValueError(f"not a G.711 codec: {codec}")
    table = _TABLES.get(codec)
    if table is None:
        table = _TABLES[codec] = _table(codec)
    return _G711Decoder(table)


class _G711Decoder:
    """Each input byte is one whole sample, so chunks decode independently."""

    def __init__(self, table: tuple[bytes, ...]) -> None:
        self._lookup = table.__getitem__

    def __call__(self, chunk: bytes) -> bytes:
        return b"".join(map(self._lookup, chunk))
