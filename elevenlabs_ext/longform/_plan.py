"""Which piece to synthesize next, with what stitching context, and when: a sans-I/O planner.

The planner does no I/O and reads no clock: drivers pass ``now`` (a monotonic time) and
report outcomes, and it answers with actions. The sync driver (threads) and the async one
(tasks) are thin loops around the same planner::

    while not isinstance(action := planner.next_action(now()), Finished | Failed):
        if isinstance(action, StartPiece): launch(action)           # one request
        else: wait for a launched request to end, at most action.seconds
        # then report each outcome: planner.finished(i, request_id),
        # planner.rate_limited(i, error, retry_after, now()) or planner.failed(i, error)

Rules:

* At most ``limit`` pieces are in flight; ``limit`` starts at ``concurrency``. A 429 puts the
  piece back, pauses every start for the wait the API asked for (or an exponential
  backoff), and lowers ``limit`` to the number of requests the API was still serving, since
  that is what the account allows right now. ``limit`` grows back by one after that many
  successes in a row (additive increase, multiplicative decrease, as TCP does).
* Pieces start in text order, so the earliest unfinished piece is never starved.
* Any other error is final for the run: nothing new starts, pieces in flight finish (they
  are paid for and saved), then ``Failed`` carries the first error.
* Stitching: every piece gets the neighbouring text (``previous_text``/``next_text``), and
  the request ids of up to 3 finished pieces directly before and after it. With more than
  one piece in flight a piece often starts before its predecessor ends, and then only the
  text is available; ``concurrency=1`` stitches every seam by request id.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Mapping, Sequence
from typing import Final

import attrs

__all__ = [
    "CONTEXT_CHARS",
    "MAX_STITCH_IDS",
    "Failed",
    "Finished",
    "Planner",
    "StartPiece",
    "Wait",
]

# Neighbouring text sent for continuity: enough for intonation across the seam, short
# enough that request bodies stay small.
CONTEXT_CHARS: Final = 500
MAX_STITCH_IDS: Final = 3  # the API takes at most 3 previous (or next) request ids
MAX_RATE_LIMIT_WAITS: Final = 8  # 429s one piece may meet before the run gives up
MAX_WAIT: Final = 600.0  # a longer Retry-After ends the run; resume later instead
# Even "retry after 0 s" waits this long, so a piece refused at once cannot spin.
_MIN_WAIT: Final = 0.1
_BACKOFF_START: Final = 1.0
_BACKOFF_CAP: Final = 30.0


class _Status(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


@attrs.frozen
class StartPiece:
    """Send the request for piece ``index`` now."""

    index: int
    text: str
    previous_text: str | None
    next_text: str | None
    previous_request_ids: tuple[str, ...]
    next_request_ids: tuple[str, ...]


@attrs.frozen
class Wait:
    """Nothing to start: wait until a piece in flight ends, or ``seconds`` pass (None: no timer)."""

    seconds: float | None


@attrs.frozen
class Finished:
    """Every piece is done."""


@attrs.frozen
class Failed:
    """The run stopped on ``error``; no piece is in flight."""

    error: BaseException


Action = StartPiece | Wait | Finished | Failed


def _tail(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    space = cut.find(" ")
    return cut[space + 1 :] if 0 <= space < len(cut) - 1 else cut


def _head(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return cut[:space] if space > 0 else cut


class Planner:
    """Schedules the pieces of one long-form run.

    Args:
        texts: the pieces' texts, in order.
        concurrency: most requests in flight at once.
        finished: pieces already done (from an earlier run), with their request ids (None
            when unknown or too old to stitch with).
        stitching: send neighbouring text and request ids.
        max_rate_limit_waits: 429s one piece may meet before the run fails with the last one.
        rng: jitter source for backoff (tests pass a seeded one).
    """

    def __init__(
        self,
        texts: Sequence[str],
        *,
        concurrency: int,
        finished: Mapping[int, str | None] | None = None,
        stitching: bool = True,
        max_rate_limit_waits: int = MAX_RATE_LIMIT_WAITS,
        rng: random.Random | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        finished = finished or {}
        self._texts = list(texts)
        self._status = [_Status.DONE if i in finished else _Status.PENDING for i in range(len(texts))]
        self._request_ids: list[str | None] = [finished.get(i) for i in range(len(texts))]
        self._not_before = [0.0] * len(texts)
        self._rate_waits = [0] * len(texts)
        self._concurrency = concurrency
        self._limit = concurrency
        self._successes = 0
        self._pause_until = 0.0
        self._stitching = stitching
        self._max_rate_limit_waits = max_rate_limit_waits
        self._rng = rng or random.Random()
        self._error: BaseException | None = None
        self.started = 0  # requests sent, 429s retried included
        self.rate_limited_count = 0

    # ------------------------------------------------------------------ state

    @property
    def total(self) -> int:
        return len(self._texts)

    @property
    def done(self) -> int:
        return self._status.count(_Status.DONE)

    @property
    def running(self) -> int:
        return self._status.count(_Status.RUNNING)

    @property
    def limit(self) -> int:
        """Requests allowed in flight right now (lowered by 429s, never above ``concurrency``)."""
        return self._limit

    def request_id(self, index: int) -> str | None:
        return self._request_ids[index]

    # ------------------------------------------------------------------ decisions

    def next_action(self, now: float) -> Action:
        if self._error is not None:
            return Wait(None) if self.running else Failed(self._error)
        pending = [i for i, status in enumerate(self._status) if status is _Status.PENDING]
        if not pending:
            return Wait(None) if self.running else Finished()
        if self.running < self._limit and now >= self._pause_until:
            for index in pending:
                if self._not_before[index] <= now:
                    return self._start(index)
        if self.running >= self._limit:
            return Wait(None)
        ready_at = max(self._pause_until, min(self._not_before[i] for i in pending))
        return Wait(max(ready_at - now, 0.0))

    def _start(self, index: int) -> StartPiece:
        self._status[index] = _Status.RUNNING
        self.started += 1
        if not self._stitching:
            return StartPiece(index, self._texts[index], None, None, (), ())
        before = self._texts[index - 1] if index > 0 else None
        after = self._texts[index + 1] if index + 1 < len(self._texts) else None
        return StartPiece(
            index,
            self._texts[index],
            _tail(before, CONTEXT_CHARS) if before else None,
            _head(after, CONTEXT_CHARS) if after else None,
            tuple(reversed(self._ids(range(index - 1, -1, -1)))),
            self._ids(range(index + 1, len(self._texts))),
        )

    def _ids(self, indexes: range) -> tuple[str, ...]:
        """Request ids of the finished pieces next to one piece, nearest first, stopping at a gap."""
        ids: list[str] = []
        for i in indexes:
            request_id = self._request_ids[i]
            if self._status[i] is not _Status.DONE or request_id is None or len(ids) == MAX_STITCH_IDS:
                break
            ids.append(request_id)
        return tuple(ids)

    # ------------------------------------------------------------------ outcomes

    def _settle(self, index: int) -> None:
        if self._status[index] is not _Status.RUNNING:
            raise ValueError(f"piece {index} is not in flight")

    def finished(self, index: int, request_id: str | None) -> None:
        """Piece ``index`` is synthesized and saved."""
        self._settle(index)
        self._status[index] = _Status.DONE
        self._request_ids[index] = request_id
        self._successes += 1
        if self._limit < self._concurrency and self._successes >= self._limit:
            self._limit += 1
            self._successes = 0

    def rate_limited(self, index: int, error: BaseException, retry_after: float | None, now: float) -> None:
        """Piece ``index`` got a 429 (after the client's own retries): try it again later."""
        self._settle(index)
        self.rate_limited_count += 1
        self._rate_waits[index] += 1
        if self._rate_waits[index] > self._max_rate_limit_waits or (retry_after or 0.0) > MAX_WAIT:
            self.failed(index, error, settled=True)
            return
        if retry_after is None:
            # Full backoff at first, then up to a quarter shorter, so pieces that were
            # refused together do not all come back at the same instant.
            backoff = min(_BACKOFF_START * 2 ** (self._rate_waits[index] - 1), _BACKOFF_CAP)
            retry_after = backoff * (1 - 0.25 * self._rng.random())
        retry_after = max(retry_after, _MIN_WAIT)
        self._status[index] = _Status.PENDING
        self._not_before[index] = now + retry_after
        self._pause_until = max(self._pause_until, now + retry_after)
        # What the API still serves is what the account allows at the moment.
        self._limit = max(1, min(self._limit, self.running))
        self._successes = 0

    def failed(self, index: int, error: BaseException, *, settled: bool = False) -> None:
        """Piece ``index`` failed for good: the run ends once the pieces in flight are done."""
        if not settled:
            self._settle(index)
        self._status[index] = _Status.FAILED
        if self._error is None:
            self._error = error
