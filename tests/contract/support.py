"""What every contract registry (``test_operations.py`` and ``ops_<area>.py``) shares."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from elevenlabs_api.types import File, Response

from elevenlabs_ext import ElevenLabs

__all__ = ["Op", "audio"]


@dataclass(frozen=True)
class Op:
    """One operation's contract call: ``call(client)`` sends minimal valid arguments through
    the generated ``sync_detailed``; ``returns`` is the declared success type (a generated
    model, a union of them as a tuple, ``list[Model]``, or ``File`` for binary bodies)."""

    call: Callable[[ElevenLabs], Response[Any]]
    returns: Any


def audio(name: str = "sample.mp3") -> File:
    """A small upload; a fresh one per call, because sending reads the payload."""
    return File(
        payload=io.BytesIO(b"ID3\x04\x00\x00\x00\x00\x00\x00fake mp3 frames"), file_name=name, mime_type="audio/mpeg"
    )
