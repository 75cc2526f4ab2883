"""What the realtime features keep per emulator: single-use tokens and conversation signatures.

Kept beside the emulator's context (one ``RealtimeState`` per ``EmulatorContext``, looked up
by identity) rather than in it, so the account state and its reset stay as they are. Tokens
and signatures are single use: checking one spends it.
"""

from __future__ import annotations

import secrets
import threading
import time
import weakref
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ._agents import AgentBook
    from ._context import EmulatorContext

__all__ = ["TOKEN_TTL_SECONDS", "RealtimeState", "realtime_state"]

TOKEN_TTL_SECONDS: Final = 15 * 60  # single-use tokens expire after 15 minutes, as the API's do


class RealtimeState:
    def __init__(self) -> None:
        from ._agents import AgentBook

        self._lock = threading.Lock()
        self._tokens: dict[str, tuple[str, float]] = {}  # token -> (kind, expiry)
        self.agents: AgentBook = AgentBook()

    def issue(self, kind: str) -> str:
        """A new single-use token (``kind`` is e.g. ``realtime_scribe`` or a conversation's agent id)."""
        token = "emu_" + secrets.token_urlsafe(24)
        now = time.monotonic()
        with self._lock:
            self._tokens = {key: value for key, value in self._tokens.items() if value[1] > now}
            self._tokens[token] = (kind, now + TOKEN_TTL_SECONDS)
        return token

    def spend(self, token: str, kind: str) -> bool:
        """True once for a live token of this kind; False for anything else."""
        with self._lock:
            found = self._tokens.get(token)
            if found is None or found[0] != kind or found[1] <= time.monotonic():
                return False
            del self._tokens[token]
            return True


# context -> (the account it belongs to, its realtime state): a reset gives the context a new
# account, and the agents and tokens go with the old one.
_STATES: weakref.WeakKeyDictionary[EmulatorContext, tuple[object, RealtimeState]] = weakref.WeakKeyDictionary()
_STATES_LOCK = threading.Lock()


def realtime_state(context: EmulatorContext) -> RealtimeState:
    with _STATES_LOCK:
        found = _STATES.get(context)
        if found is None or found[0] is not context.state:
            found = _STATES[context] = (context.state, RealtimeState())
        return found[1]
