"""A scripted realtime websocket server on 127.0.0.1 for the client's fault tests.

It runs ``websockets.asyncio.server`` in its own thread and event loop, so a sync client may
block the test's thread and an async client the test's loop. Each connection runs
``server.script(websocket)``; what the client sent (handshake, frames) is recorded, and every
client frame is checked against sockets.yaml (``server.errors`` collects what failed).
"""

from __future__ import annotations

import asyncio
import contextlib
import http
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from elevenlabs_api.sockets import CHANNELS

from elevenlabs_ext._websockets._schema import SchemaError, load_schemas

from ..socket_server import ThreadedSocketServer

Script = Callable[[Any], Awaitable[None]]

SESSION_STARTED = json.dumps({"message_type": "session_started", "session_id": "s1", "config": {}})
METADATA = json.dumps(
    {
        "type": "conversation_initiation_metadata",
        "conversation_initiation_metadata_event": {
            "conversation_id": "conv_1",
            "agent_output_audio_format": "pcm_16000",
            "user_input_audio_format": "pcm_16000",
        },
    }
)


@dataclass(eq=False)
class Recorded:
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    raw_target: str
    frames: list[Any] = field(default_factory=list)
    close_code: int | None = None
    done: bool = False


def _send_schemas(path: str) -> tuple[str, ...]:
    for channel in CHANNELS.values():
        if channel["address"] == path:
            return tuple(channel["send"])
    return ()


class ScriptedRealtimeServer(ThreadedSocketServer):
    def __init__(self) -> None:
        super().__init__()
        self.script: Script = hold_open
        self.reject: tuple[int, str] | None = None
        self.redirect_to: str | None = None
        self.connections: list[Recorded] = []
        self.errors: list[str] = []

    @property
    def last(self) -> Recorded:
        return self.connections[-1]

    def closed_with(self, record: Recorded | None = None, within: float = 5.0) -> int | None:
        """The code the connection ended with, once the server's side of it is over."""
        record = record or self.last
        deadline = time.monotonic() + within
        while not record.done and time.monotonic() < deadline:
            time.sleep(0.005)
        return record.close_code

    def _process_request(self, connection: Any, request: Any) -> Any:
        parts = urlsplit(request.path)
        record = Recorded(
            parts.path,
            dict(parse_qsl(parts.query)),
            {name.lower(): value for name, value in request.headers.raw_items()},
            request.path,
        )
        self.connections.append(record)
        connection.recorded = record
        if self.reject is not None:
            return connection.respond(http.HTTPStatus(self.reject[0]), self.reject[1])
        if self.redirect_to is not None:
            response = connection.respond(http.HTTPStatus.TEMPORARY_REDIRECT, "")
            response.headers["Location"] = self.redirect_to
            return response
        return None

    async def _handle(self, websocket: Any) -> None:
        record: Recorded = websocket.recorded
        websocket.record = record
        websocket.check = lambda frame: self._check(record, frame)
        with contextlib.suppress(Exception):
            await self.script(websocket)
        if websocket.close_code is None:  # the script returned first: wait for the client's close
            with contextlib.suppress(Exception):
                await asyncio.wait_for(websocket.wait_closed(), 5)
        record.close_code = websocket.close_code
        record.done = True

    def _check(self, record: Recorded, frame: str | bytes) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(frame)
        record.frames.append(data)
        names = _send_schemas(record.path)
        schemas = load_schemas()
        for name in names:
            try:
                schemas.check(name, data)
                return data
            except SchemaError:
                continue
        self.errors.append(f"frame matches none of {names}: {frame!r:.200}")
        return data


async def receive(websocket: Any) -> dict[str, Any] | None:
    """The client's next frame, checked and recorded; None once it closed."""
    from websockets.exceptions import ConnectionClosed

    try:
        frame = await websocket.recv()
    except ConnectionClosed:
        return None
    result: dict[str, Any] = websocket.check(frame)
    return result


async def hold_open(websocket: Any) -> None:
    """Read (and record) everything until the client closes."""
    while await receive(websocket) is not None:
        pass
