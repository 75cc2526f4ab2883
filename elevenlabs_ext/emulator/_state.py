"""The emulated account: its character counter, voice settings, history with audio, usage.

Requests are served on the server's thread while tests read the state from theirs, so every
method takes the one lock. Nothing here does I/O; routes turn records into API models.

The audio the history keeps is bounded (``history_audio_limit`` bytes): past it, the least
recently used items (created, listed alone or downloaded) are dropped whole.
"""

from __future__ import annotations

import secrets
import string
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Final

import attrs
from elevenlabs_api.models import (
    HistoryAlignment,
    HistoryAlignments,
    HistoryDialogueLine,
    HistoryItem,
    HistoryItemSettingsType0,
)
from elevenlabs_api.models.history_item_state import HistoryItemState
from elevenlabs_api.models.history_item_voice_category_type_0 import HistoryItemVoiceCategoryType0

from ._catalog import DEFAULT_VOICE_SETTINGS, VOICES

__all__ = ["VOICE_SETTING_KEYS", "EmulatorState", "HistoryRecord", "QuotaExceededError", "UsageRecord", "new_id"]

# The settings a voice stores; anything else in an edit is not kept.
VOICE_SETTING_KEYS: Final = frozenset(DEFAULT_VOICE_SETTINGS)

_ID_ALPHABET = string.ascii_letters + string.digits


def new_id(length: int = 20) -> str:
    """An id shaped like the API's (20 letters and digits)."""
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(length))


class QuotaExceededError(Exception):
    def __init__(self, *, limit: int, used: int, cost: int) -> None:
        super().__init__(
            f"This request exceeds your quota of {limit}. You have {max(limit - used, 0)} credits remaining,"
            f" while {cost} credits are required for this request."
        )


@attrs.define
class Alignment:
    characters: str
    starts: tuple[float, ...]
    ends: tuple[float, ...]

    def to_model(self) -> HistoryAlignment:
        return HistoryAlignment(
            characters=list(self.characters),
            character_start_times_seconds=list(self.starts),
            character_end_times_seconds=list(self.ends),
        )


@attrs.define
class HistoryRecord:
    history_item_id: str
    request_id: str
    date_unix: int
    count_from: int
    count_to: int
    content_type: str
    model_id: str
    text: str
    voice_id: str | None
    voice_name: str | None
    voice_category: HistoryItemVoiceCategoryType0 | None
    settings: dict[str, Any] | None
    dialogue: list[tuple[str, str, str]] | None = None
    state: HistoryItemState = "processing"
    audio: bytearray = attrs.field(factory=bytearray)
    alignment: Alignment | None = None

    def to_model(self) -> HistoryItem:
        alignments = None
        if self.alignment is not None:
            timed = self.alignment.to_model()
            alignments = HistoryAlignments(alignment=timed, normalized_alignment=timed)
        return HistoryItem(
            history_item_id=self.history_item_id,
            date_unix=self.date_unix,
            character_count_change_from=self.count_from,
            character_count_change_to=self.count_to,
            content_type=self.content_type,
            state=self.state,
            request_id=self.request_id,
            voice_id=self.voice_id,
            model_id=self.model_id,
            voice_name=self.voice_name,
            voice_category=self.voice_category,
            text=self.text,
            settings=HistoryItemSettingsType0.from_dict(self.settings) if self.settings is not None else None,
            share_link_id=None,
            source="TTS",
            alignments=alignments,
            dialogue=(
                [HistoryDialogueLine(text=t, voice_id=v, voice_name=n) for t, v, n in self.dialogue]
                if self.dialogue is not None
                else None
            ),
        )


@attrs.frozen
class UsageRecord:
    time_ms: int
    credits: int
    voice_id: str
    model_id: str


class EmulatorState:
    """Mutable account state of one emulator."""

    def __init__(self, *, clock: Callable[[], float] = time.time, history_audio_limit: int | None = None) -> None:
        self._lock = threading.RLock()
        self._clock = clock
        self.history_audio_limit = history_audio_limit
        self._recent: OrderedDict[str, None] = OrderedDict()  # least recently used first
        self._audio_bytes = 0
        self.created_unix = int(clock())
        self.character_count = 0
        self._voice_settings: dict[str, dict[str, Any]] = {}
        self._history: dict[str, HistoryRecord] = {}  # insertion order = oldest first
        self._usage: list[UsageRecord] = []

    def now(self) -> float:
        return self._clock()

    # ------------------------------------------------------------------ quota and usage

    def check_quota(self, cost: int, *, limit: int) -> None:
        """Raise when ``cost`` more would pass ``limit`` (before doing work that charge would refuse)."""
        with self._lock:
            if self.character_count + cost > limit:
                raise QuotaExceededError(limit=limit, used=self.character_count, cost=cost)

    def charge(self, cost: int, *, limit: int, voice_id: str, model_id: str) -> tuple[int, int]:
        """Add ``cost`` to the counter; returns (before, after). Raises when past ``limit``."""
        with self._lock:
            before = self.character_count
            if before + cost > limit:
                raise QuotaExceededError(limit=limit, used=before, cost=cost)
            self.character_count = before + cost
            self._usage.append(UsageRecord(int(self._clock() * 1000), cost, voice_id, model_id))
            return before, self.character_count

    def refund(self, cost: int, *, voice_id: str, model_id: str, history_item_id: str | None) -> None:
        """Undo a charge (and its history item) for a generation that failed after it."""
        with self._lock:
            self.character_count = max(self.character_count - cost, 0)
            for index in range(len(self._usage) - 1, -1, -1):
                record = self._usage[index]
                if (record.credits, record.voice_id, record.model_id) == (cost, voice_id, model_id):
                    del self._usage[index]
                    break
            if history_item_id is not None:
                self.delete_history(history_item_id)

    def usage(self) -> list[UsageRecord]:
        with self._lock:
            return list(self._usage)

    # ------------------------------------------------------------------ voices

    def voice_settings(self, voice_id: str) -> dict[str, Any]:
        with self._lock:
            return {**DEFAULT_VOICE_SETTINGS, **self._voice_settings.get(voice_id, {})}

    def update_voice_settings(self, voice_id: str, changes: dict[str, Any]) -> None:
        with self._lock:
            stored = self._voice_settings.setdefault(voice_id, {})
            stored.update(
                {key: value for key, value in changes.items() if key in VOICE_SETTING_KEYS and value is not None}
            )

    # ------------------------------------------------------------------ history

    def add_history(self, record: HistoryRecord) -> None:
        with self._lock:
            self._history[record.history_item_id] = record
            self._recent[record.history_item_id] = None
            self._audio_bytes += len(record.audio)
            self._evict(keep=record.history_item_id)

    def append_audio(self, history_item_id: str, audio: bytes) -> None:
        with self._lock:
            record = self._history.get(history_item_id)
            if record is not None:
                record.audio += audio
                self._audio_bytes += len(audio)
                self._evict(keep=history_item_id)

    @property
    def history_audio_bytes(self) -> int:
        with self._lock:
            return self._audio_bytes

    def _evict(self, keep: str) -> None:
        # Called under the lock. The item being written stays, even alone past the limit.
        limit = self.history_audio_limit
        if limit is None:
            return
        while self._audio_bytes > limit:
            victim = next((item for item in self._recent if item != keep), None)
            if victim is None:
                return
            self.delete_history(victim)

    def finish_history(self, history_item_id: str, alignment: Alignment | None) -> None:
        with self._lock:
            record = self._history.get(history_item_id)
            if record is not None:
                record.state = "created"
                record.alignment = alignment

    def history_item(self, history_item_id: str) -> HistoryRecord | None:
        """The item (counts as a use for the audio limit), or None."""
        with self._lock:
            record = self._history.get(history_item_id)
            if record is not None:
                self._recent.move_to_end(history_item_id)
            return record

    def delete_history(self, history_item_id: str) -> bool:
        with self._lock:
            record = self._history.pop(history_item_id, None)
            if record is None:
                return False
            self._recent.pop(history_item_id, None)
            self._audio_bytes -= len(record.audio)
            return True

    def history(self) -> list[HistoryRecord]:
        """Every item, newest first (the API's order)."""
        with self._lock:
            return list(reversed(self._history.values()))

    @property
    def voice_slots_used(self) -> int:
        return sum(1 for voice in VOICES if voice.category != "premade")
