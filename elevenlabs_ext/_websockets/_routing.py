"""Chunks received on a multi-context socket, waiting for the reader of their context."""

from __future__ import annotations

import collections

from ._chunk import AudioChunk

__all__ = ["ChunkQueue"]


class ChunkQueue:
    """Received chunks waiting for their reader: per context, in arrival order overall.

    ``pop(None)`` takes the oldest chunk of any context; ``pop(context_id)`` the oldest of
    one context. A context's chunks never reach another context's reader.
    """

    def __init__(self) -> None:
        self._by_context: dict[str | None, collections.deque[tuple[int, AudioChunk]]] = {}
        self._sequence = 0
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def push(self, chunk: AudioChunk) -> None:
        self._sequence += 1
        self._size += 1
        queue = self._by_context.get(chunk.context_id)
        if queue is None:
            queue = self._by_context[chunk.context_id] = collections.deque()
        queue.append((self._sequence, chunk))

    def pop(self, context_id: str | None) -> AudioChunk | None:
        if context_id is None:
            oldest: collections.deque[tuple[int, AudioChunk]] | None = None
            for queue in self._by_context.values():
                if queue and (oldest is None or queue[0][0] < oldest[0][0]):
                    oldest = queue
            if oldest is None:
                return None
            queue = oldest
        else:
            found = self._by_context.get(context_id)
            if not found:
                return None
            queue = found
        self._size -= 1
        return queue.popleft()[1]

    def has(self, context_id: str | None) -> bool:
        if context_id is None:
            return self._size > 0
        return bool(self._by_context.get(context_id))
