"""What the emulator's realtime sockets (speech to text, agent conversations) share: JSON
messages out, one at a time and never after the close, and every frame in handed on."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import anyio
from starlette.websockets import WebSocket, WebSocketDisconnect

from ._context import EmulatorContext
from ._ws_handshake import POLICY_VIOLATION

__all__ = ["JsonSocketSession"]


class JsonSocketSession:
    """One accepted socket; a subclass reads each frame in ``_on_frame``."""

    def __init__(self, websocket: WebSocket, context: EmulatorContext) -> None:
        self.ws = websocket
        self.context = context
        self._send_lock = anyio.Lock()
        self._closed = False

    async def send(self, message: Mapping[str, Any]) -> bool:
        """Send ``message`` as JSON; False once the socket is closed (the caller stops)."""
        async with self._send_lock:
            if self._closed:
                return False
            try:
                await self.ws.send_text(json.dumps(message))
            except (WebSocketDisconnect, RuntimeError):
                self._closed = True
                return False
            return True

    async def close_for_policy(self, reason: str) -> None:
        """Close with 1008 (policy violation), once: what follows a fatal error message."""
        async with self._send_lock:
            if not self._closed:
                self._closed = True
                try:
                    await self.ws.close(POLICY_VIOLATION, reason)
                except (WebSocketDisconnect, RuntimeError):
                    pass

    async def _read(self) -> None:
        """Hand every frame to ``_on_frame`` until the client leaves."""
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                self._closed = True
                return
            frame = message.get("text")
            await self._on_frame(frame if frame is not None else (message.get("bytes") or b""))

    async def _on_frame(self, frame: str | bytes) -> None:
        raise NotImplementedError
