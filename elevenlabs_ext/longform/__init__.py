"""Long-form synthesis: speak a text of any length into one audio file, resumably.

::

    from elevenlabs_ext import ElevenLabs
    from elevenlabs_ext.longform import synthesize_long

    with ElevenLabs() as client:
        synthesize_long(client, open("book.txt").read(), voice_id=VOICE, output="book.mp3")

``synthesize_long`` (sync, threads) and ``asynthesize_long`` (async, tasks) drive one sans-I/O
planner (``_plan``); ``split_text`` is the splitter they use, usable on its own.
"""

from __future__ import annotations

from ._async import asynthesize_long
from ._join import join_files, wav_header
from ._mp3 import Mp3Layout, layout
from ._session import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MODEL,
    DEFAULT_PIECE_CHARS,
    FALLBACK_MODEL_LIMIT,
    LongFormProgress,
    LongFormResult,
    model_limit,
)
from ._split import Boundary, TextPiece, split_text
from ._sync import synthesize_long
from ._work import WorkFolderError

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MODEL",
    "DEFAULT_PIECE_CHARS",
    "FALLBACK_MODEL_LIMIT",
    "Boundary",
    "LongFormProgress",
    "LongFormResult",
    "Mp3Layout",
    "TextPiece",
    "WorkFolderError",
    "asynthesize_long",
    "join_files",
    "layout",
    "model_limit",
    "split_text",
    "synthesize_long",
    "wav_header",
]
