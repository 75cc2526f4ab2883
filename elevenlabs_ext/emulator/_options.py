"""Settings of an emulator: limits, pacing and faults that apply to every request."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = ["EmulatorOptions", "Pacing"]


def _keys(value: Iterable[str] | str | None) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    keys = frozenset(key.strip() for key in value if key.strip())
    if not keys:
        raise ValueError("api_keys must name at least one key (or be None to accept any key)")
    return keys


def _specs(value: Iterable[str] | str) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@attrs.frozen(kw_only=True)
class Pacing:
    """How fast streamed audio is sent.

    Attributes:
        speed: audio seconds sent per wall-clock second (1.0 = real time); None sends as
            fast as it is made.
        ttfb: seconds between the request and the first audio (the headers go with it).
    """

    speed: float | None = None
    ttfb: float = 0.0

    def __attrs_post_init__(self) -> None:
        if self.speed is not None and self.speed <= 0:
            raise ValueError(f"pacing speed must be positive, got {self.speed}")
        if self.ttfb < 0:
            raise ValueError(f"pacing ttfb must be >= 0, got {self.ttfb}")


@attrs.frozen(kw_only=True)
class EmulatorOptions:
    """What an emulator accepts and how it behaves.

    Attributes:
        api_keys: the only keys accepted (``"k1,k2"`` or a list); None accepts any non-empty key.
        max_text_length: longest text one request may carry, in characters (a model's own
            limit applies when it is lower). Longer texts get 400.
        concurrency: generations served at once; one more gets 429 with ``Retry-After``.
        character_limit: the account's quota; a generation that would pass it gets 401
            ``quota_exceeded``.
        retry_after: seconds the 429 for concurrency asks the client to wait.
        pacing: streaming speed and time to first byte (see ``Pacing``).
        faults: fault specs applied to every API request (see ``FaultSpec``).
        chunk_seconds: audio per streamed chunk (and per with-timestamps line).
        max_body_bytes: largest request body accepted, counted while it is read (413 past it,
            before it is buffered whole).
        history_audio_limit: bytes of generated audio the history keeps; past it, the least
            recently used items are dropped.
    """

    api_keys: frozenset[str] | None = attrs.field(default=None, converter=_keys)
    max_text_length: int = 10_000
    concurrency: int = 5
    character_limit: int = 1_000_000
    retry_after: float = 1.0
    pacing: Pacing = Pacing()
    faults: tuple[str, ...] = attrs.field(default=(), converter=_specs)
    chunk_seconds: float = 0.25
    max_body_bytes: int = 64 * 1024 * 1024
    history_audio_limit: int = 256 * 1024 * 1024

    def __attrs_post_init__(self) -> None:
        if self.max_text_length <= 0:
            raise ValueError(f"max_text_length must be positive, got {self.max_text_length}")
        if self.concurrency <= 0:
            raise ValueError(f"concurrency must be positive, got {self.concurrency}")
        if self.character_limit < 0:
            raise ValueError(f"character_limit must be >= 0, got {self.character_limit}")
        if not 0 < self.chunk_seconds <= 60:
            raise ValueError(f"chunk_seconds must be in (0, 60], got {self.chunk_seconds}")
        if self.max_body_bytes <= 0:
            raise ValueError(f"max_body_bytes must be positive, got {self.max_body_bytes}")
        if self.history_audio_limit < 0:
            raise ValueError(f"history_audio_limit must be >= 0, got {self.history_audio_limit}")
