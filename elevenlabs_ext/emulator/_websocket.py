"""The ``stream-input`` and ``multi-stream-input`` websockets of sockets.yaml, speaking real audio.

What goes on the wire is decided by the server side of the protocol (``StreamInputServer`` and
``MultiStreamInputServer`` in ``_ws_server_protocol``), checked against the same sockets.yaml
as the client: it reads every client frame as the service does (leniently) against the
channel's rules, and builds every server message. Speech comes
from ``_synthesis``/``_encoding`` as for HTTP, and each generation is charged and recorded in
history as one HTTP text-to-speech request is (``_routes_speech._charge_and_record``: a
``character-cost`` worth of quota, a history item with its text, audio and alignment). What
this module adds is what the service does with the messages.

**Handshake** (``_ws_handshake``) and **text to generations** (``_ws_text``): see there. One
task per stream/context speaks its generations in order; contexts run side by side, so their
frames interleave. A generation longer than the text limit (the model's, or
``max_text_length``) ends the socket instead. A generation is charged and recorded only once
it has been synthesised: a failed one costs nothing.

**Frames.** A generation is synthesised, cut into blocks of ``chunk_seconds`` and encoded with
an encoder of its own (so each generation is complete, decodable audio), one block per audio
message. ``alignment`` and ``normalizedAlignment`` (equal: nothing is normalised) hold the
generation's characters in order, so their concatenation over all frames is exactly the text
spoken; times are milliseconds from the start of the frame that carries them. With
``sync_alignment=true`` each frame carries the characters that start in it; otherwise a
generation's timings all come with its first frame ("when they are ready"), later frames have
none. ``language_code`` picks eSpeak's language, ``voice_settings.speed`` its rate;
``seed``, ``apply_text_normalization`` and ``enable_ssml_parsing`` are accepted and change
nothing; ``enable_logging=false`` leaves generations out of history.

**Ends.** The end of a stream-input's input is answered, once everything is spoken, by the
final message and a 1000 close. A context's final message follows its ``close_context``;
``close_socket`` closes every context, then the socket (1000). ``inactivity_timeout`` seconds
without a message end a stream-input with an ``input_timeout_exceeded`` error message and a
1008 close; on multi-stream-input they close the idle context (its buffered text is still
spoken, then its final message), and the socket once no context is left. A frame that breaks
the protocol gets ``invalid_input_message``, a generation past the quota ``quota_exceeded``,
one past the text limit ``max_character_limit_exceeded``: an error message, then 1008. Any
other failure of the emulator's own is an ``internal_error`` message and a 1011 close: the
connection never just drops (unless a ``reset`` fault asks for it).

**Faults** (``x-emulator-fault`` on the handshake, or injected; see ``_faults.py``):
``close=CODE`` closes with that code once ``close_after`` audio frames (default 0) are out;
``reset_after``/``truncate_after``/``stall_after`` count decoded audio bytes of audio frames;
``malformed_line=N`` makes the N-th message the server sends not JSON. ``x-emulator-pacing``
spaces each generation's frames as it does streamed HTTP bodies.
"""

from __future__ import annotations

import functools
import logging
import math
import time
import uuid
from collections import deque
from collections.abc import Sequence
from typing import Any, Final

import anyio
import anyio.to_thread
from anyio.abc import TaskGroup
from elevenlabs_api.models import (
    WsCloseConnection,
    WsCloseContext,
    WsCloseSocket,
    WsFlushContext,
    WsGenerationConfig,
    WsInitializeConnection,
    WsInitializeContext,
    WsKeepContextAlive,
    WsSendContextText,
    WsSendText,
    WsVoiceSettings,
)
from elevenlabs_api.sockets import CHANNELS
from starlette.routing import BaseRoute, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from .._errors import WebSocketProtocolError
from .._logging import SecretRedactingFilter
from .._websockets._codec import NORMAL_CLOSURE
from .._websockets._tts import MULTI_STREAM_INPUT, STREAM_INPUT
from ._context import EmulatorContext, context_of
from ._errors import EmulatorHTTPError
from ._faults import FAULT_HEADER, DropConnectionError, pause
from ._limits import check_api_key, check_text_length
from ._routes_speech import _charge_and_record, _full_alignment, _Job, _next_chunk
from ._state import Alignment
from ._synthesis import Utterance, render, synthesize
from ._ws_handshake import POLICY_VIOLATION, SocketSetup, bearer, handshake, refuse
from ._ws_server_protocol import MultiStreamInputServer, StreamInputServer
from ._ws_text import DEFAULT_SCHEDULE, TextBuffer, frame_alignment

__all__ = ["DEFAULT_CONTEXT", "DEFAULT_SCHEDULE", "TextBuffer", "frame_alignment", "websocket_routes"]

# The contextId of the context a client opens without naming one (a client's ids are never empty).
DEFAULT_CONTEXT: Final = ""
INTERNAL_ERROR: Final = 1011
_MAX_REASON_BYTES: Final = 123  # a close frame's reason
_WATCH_INTERVAL: Final = 0.1  # how often the inactivity watch looks when no deadline is armed
_MALFORMED_FRAME: Final = '{"audio": "this message is not JSON'
# The server's loggers that can print a handshake's headers (xi-api-key) at debug level.
_HANDSHAKE_LOGGERS: Final = ("uvicorn.error", "websockets.server", "websockets")
_log = logging.getLogger("elevenlabs_ext.emulator")


def _close_reason(text: str) -> str:
    return text.encode()[:_MAX_REASON_BYTES].decode(errors="ignore")


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


async def _serve(websocket: WebSocket, session_class: type[_Session]) -> None:
    context = context_of(websocket)
    request_id = uuid.uuid4().hex
    websocket.scope.setdefault("state", {})["request_id"] = request_id  # history items name it
    try:
        setup = await handshake(websocket, context)
    except EmulatorHTTPError as error:
        await refuse(websocket, error, request_id)
        return
    try:
        await websocket.accept(headers=[(b"request-id", request_id.encode())])
        await session_class(websocket, context, setup).run()
    finally:
        context.limiter.release()


async def _stream_input(websocket: WebSocket) -> None:
    await _serve(websocket, _StreamInputSession)


async def _multi_stream_input(websocket: WebSocket) -> None:
    await _serve(websocket, _MultiStreamInputSession)


def websocket_routes(context: EmulatorContext) -> list[BaseRoute]:
    """The socket routes, at the addresses sockets.yaml gives them (``create_app`` adds them)."""
    for name in _HANDSHAKE_LOGGERS:  # the server's debug log must not print a client's key
        logger = logging.getLogger(name)
        if not any(isinstance(existing, SecretRedactingFilter) for existing in logger.filters):
            logger.addFilter(SecretRedactingFilter())
    return [
        WebSocketRoute(str(CHANNELS[STREAM_INPUT]["address"]), _stream_input),
        WebSocketRoute(str(CHANNELS[MULTI_STREAM_INPUT]["address"]), _multi_stream_input),
    ]


# ----------------------------------------------------------------------- sessions


class _Speaker:
    """One line of speech: a stream-input's, or one context's. Its text buffer, the pieces
    waiting to be spoken (None: its input ended) and when it last heard from the client."""

    def __init__(self, context_id: str | None, settings: dict[str, Any], buffer: TextBuffer) -> None:
        self.context_id = context_id
        self.settings = settings
        self.buffer = buffer
        self.touched = time.monotonic()
        self._pieces: deque[str | None] = deque()
        self._ready = anyio.Event()

    @property
    def speed(self) -> float:
        return float(self.settings.get("speed") or 1.0)

    def queue(self, piece: str | None) -> None:
        self._pieces.append(piece)
        self._ready.set()

    async def next(self) -> str | None:
        while not self._pieces:
            await self._ready.wait()
            self._ready = anyio.Event()
        return self._pieces.popleft()


class _Session:
    """One accepted socket: a reader of client frames, a speaker task per stream/context, an
    inactivity watch, and one way out (every path ends in a close, or a drop for ``reset``)."""

    server: StreamInputServer | MultiStreamInputServer

    def __init__(self, websocket: WebSocket, context: EmulatorContext, setup: SocketSetup) -> None:
        self.ws = websocket
        self.context = context
        self.setup = setup
        self.options = context.options
        self.state = context.state  # a reset while the socket is open must not move it
        self._group: TaskGroup | None = None
        self._send_lock = anyio.Lock()
        self._closed = False
        self._last_activity = time.monotonic()
        self._messages_sent = 0
        self._audio_frames = 0
        self._audio_bytes = 0
        self._stalled = False
        self._reset: DropConnectionError | None = None
        self._authenticated = not setup.key_in_first_message

    # -- what each channel decides

    async def _handle(self, message: Any) -> None:
        raise NotImplementedError

    def _deadline(self) -> float:
        """When the inactivity timeout strikes next (monotonic seconds; inf: not armed)."""
        raise NotImplementedError

    async def _timed_out(self, now: float) -> None:
        raise NotImplementedError

    def _audio_message(self, speaker: _Speaker, audio: bytes, alignment: dict[str, Any] | None) -> str:
        raise NotImplementedError

    async def _speaker_done(self, speaker: _Speaker) -> None:
        raise NotImplementedError

    # -- running

    async def run(self) -> None:
        async with anyio.create_task_group() as group:
            self._group = group
            group.start_soon(self._watch)
            await self._read()
            group.cancel_scope.cancel()
        if self._reset is not None:
            raise self._reset  # uvicorn drops the connection (and does not log it as a crash)

    async def _read(self) -> None:
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                self._closed = True  # the client left, or our close went out
                return
            if self._closed:
                continue
            text = message.get("text")
            frame: str | bytes = text if text is not None else (message.get("bytes") or b"")
            self._last_activity = time.monotonic()
            try:
                received = self.server.receive(frame)
                if not self._authenticated:
                    problem = self._first_message_key()
                    if problem is not None:
                        await self.fail_with(problem)
                        continue
                    self._authenticated = True
                await self._handle(received)
            except WebSocketProtocolError as error:
                await self.fail(str(error), "invalid_input_message")
            except DropConnectionError:
                raise
            except Exception as error:  # never a dropped connection: an error message and a close
                await self.fail_internal(error)

    def _first_message_key(self) -> EmulatorHTTPError | None:
        credentials = self.server.credentials
        key = credentials.get("xi_api_key") or credentials.get("xi-api-key") or bearer(credentials.get("authorization"))
        return check_api_key(key, self.options.api_keys)

    async def _watch(self) -> None:
        while True:
            now = time.monotonic()
            deadline = self._deadline()
            if deadline <= now:
                await self._timed_out(now)
            else:
                await anyio.sleep(min(deadline - now, _WATCH_INTERVAL))

    def _timeout_message(self) -> str:
        return (
            f"Have not received a new text input within the timeout of {self.setup.inactivity_timeout:g} seconds. "
            "Streaming input will be terminated."
        )

    # -- sending and closing

    async def send(self, frame: str) -> bool:
        """Send one message; False once the socket is closed (the caller stops)."""
        async with self._send_lock:
            if self._closed:
                return False
            self._messages_sent += 1
            fault = self.setup.fault
            if fault is not None and fault.malformed_line == self._messages_sent:
                frame = _MALFORMED_FRAME
            try:
                await self.ws.send_text(frame)
            except WebSocketDisconnect:
                self._closed = True
                return False
            return True

    async def close(self, code: int, reason: str = "") -> None:
        async with self._send_lock:
            if self._closed:
                return
            self._closed = True
            try:
                await self.ws.close(code, _close_reason(reason))
            except WebSocketDisconnect:
                pass

    async def fail(self, message: str, error: str, code: int = POLICY_VIOLATION) -> None:
        """The service's way out: a ``WsServerError`` message, then a close with its code."""
        if await self.send(self.server.error(message, error=error, code=code)):
            await self.close(code, error)

    async def fail_internal(self, error: BaseException) -> None:
        """What the service does on a failure of its own: an error message and a 1011 close."""
        _log.warning("socket failed: %r", error)
        await self.fail(f"Internal error: {type(error).__name__}", "internal_error", INTERNAL_ERROR)

    async def fail_with(self, error: EmulatorHTTPError) -> None:
        detail = error.detail if isinstance(error.detail, dict) else {}
        await self.fail(str(detail.get("message", error)), str(detail.get("status", "error")))

    # -- text in

    def new_speaker(self, context_id: str | None, voice_settings: Any, generation_config: Any) -> _Speaker:
        settings = self.state.voice_settings(self.setup.voice.voice_id)
        if isinstance(voice_settings, WsVoiceSettings):
            settings.update({key: value for key, value in voice_settings.to_dict().items() if value is not None})
        schedule: Sequence[float] = DEFAULT_SCHEDULE
        if isinstance(generation_config, WsGenerationConfig) and isinstance(
            generation_config.chunk_length_schedule, list
        ):
            schedule = tuple(float(size) for size in generation_config.chunk_length_schedule) or DEFAULT_SCHEDULE
        speaker = _Speaker(context_id, settings, TextBuffer(schedule, auto_mode=self.setup.auto_mode))
        assert self._group is not None
        self._group.start_soon(self._run_speaker, speaker)
        return speaker

    async def feed(self, speaker: _Speaker, text: str, *, flush: bool = False, trigger: bool = False) -> None:
        speaker.touched = time.monotonic()
        await self._queue(speaker, speaker.buffer.add(text, flush=flush, trigger=trigger))

    async def end(self, speaker: _Speaker) -> None:
        """No more text for this speaker: what is buffered is spoken, then its final message."""
        await self._queue(speaker, speaker.buffer.end())
        speaker.queue(None)

    async def _queue(self, speaker: _Speaker, piece: str | None) -> None:
        if piece is None:
            return
        try:
            check_text_length(len(piece), min(self.setup.model.max_characters, self.options.max_text_length))
        except EmulatorHTTPError as error:
            await self.fail_with(error)
            return
        speaker.queue(piece)

    # -- audio out

    async def _run_speaker(self, speaker: _Speaker) -> None:
        try:
            while (piece := await speaker.next()) is not None:
                if not await self._speak(speaker, piece):
                    return
            await self._speaker_done(speaker)
        except DropConnectionError as error:
            # Raised here, outside the task group, it would come out wrapped in an ExceptionGroup.
            self._reset = error
            self._closed = True
            assert self._group is not None
            self._group.cancel_scope.cancel()
        except Exception as error:
            await self.fail_internal(error)

    async def _speak(self, speaker: _Speaker, text: str) -> bool:
        """One generation, charged and recorded like an HTTP request once it has been
        synthesised (a failed one costs nothing); False once the socket closed."""
        setup = self.setup
        utterance = Utterance(text, setup.voice.espeak, speed=speaker.speed, language=setup.language)
        job = _Job((utterance,), text, setup.model, setup.voice, None, speaker.settings, setup.log)
        speech = await anyio.to_thread.run_sync(
            functools.partial(synthesize, job.utterances, espeak=self.context.espeak)
        )
        try:
            history_id = _charge_and_record(self.ws, self.state, job, setup.fmt).get("history-item-id")
        except EmulatorHTTPError as error:
            await self.fail_with(error)
            return False
        started = time.monotonic()
        whole: Alignment | None = None
        try:
            whole = _full_alignment(speech, setup.fmt)
            chunks = render(speech, setup.fmt, chunk_seconds=self.options.chunk_seconds)
            first = True
            while (chunk := await anyio.to_thread.run_sync(_next_chunk, chunks)) is not None:
                if self._closed:
                    return False
                await self._pace(started, chunk.audio_start)
                if setup.sync_alignment:
                    alignment = frame_alignment(chunk.characters, chunk.starts, chunk.ends, chunk.audio_start)
                else:
                    alignment = frame_alignment(whole.characters, whole.starts, whole.ends, 0.0) if first else None
                first = False
                if history_id:
                    self.state.append_audio(history_id, chunk.audio)
                if not await self._send_audio(speaker, chunk.audio, alignment):
                    return False
        finally:
            if history_id:
                self.state.finish_history(history_id, whole)
        return True

    async def _pace(self, started: float, at: float) -> None:
        pacing = self.setup.pacing
        if pacing.speed is not None or pacing.ttfb:
            target = started + pacing.ttfb + (at / pacing.speed if pacing.speed else 0.0)
            await pause(target - time.monotonic(), lambda: self.context.closing)

    async def _send_audio(self, speaker: _Speaker, audio: bytes, alignment: dict[str, Any] | None) -> bool:
        fault = self.setup.fault
        if fault is not None:
            if fault.close is not None and self._audio_frames >= (fault.close_after or 0):
                await self.close(fault.close, f"injected fault: {fault.source}")
                return False
            reached = self._audio_bytes + len(audio)
            stall_after = (
                fault.stall_after if fault.stall_after is not None else (0 if fault.stall is not None else None)
            )
            if stall_after is not None and not self._stalled and reached >= stall_after:
                self._stalled = True
                await pause(fault.stall_seconds or 0.0, lambda: self.context.closing)
            if fault.reset_after is not None and reached > fault.reset_after:
                raise DropConnectionError(
                    f"connection reset after {self._audio_bytes} audio bytes ({FAULT_HEADER}: {fault.source})"
                )
            if fault.truncate_after is not None and self._audio_bytes >= fault.truncate_after:
                return True  # the audio is dropped; the stream goes on and ends as usual
        if not audio and alignment is None:
            return True
        if not await self.send(self._audio_message(speaker, audio, alignment)):
            return False
        self._audio_frames += 1
        self._audio_bytes += len(audio)
        return True


class _StreamInputSession(_Session):
    """``/v1/text-to-speech/{voice_id}/stream-input``: one speaker for the whole connection."""

    server: StreamInputServer

    def __init__(self, websocket: WebSocket, context: EmulatorContext, setup: SocketSetup) -> None:
        super().__init__(websocket, context, setup)
        self.server = StreamInputServer()
        self._speaker: _Speaker | None = None

    async def _handle(self, message: Any) -> None:
        if isinstance(message, WsInitializeConnection):
            self._speaker = self.new_speaker(None, message.voice_settings, message.generation_config)
            return
        speaker = self._speaker
        assert speaker is not None  # the core refuses anything before the initialisation
        if isinstance(message, WsCloseConnection):
            await self.end(speaker)
        elif isinstance(message, WsSendText):
            await self.feed(
                speaker,
                message.text,
                flush=message.flush is True,
                trigger=message.try_trigger_generation is True,
            )

    def _deadline(self) -> float:
        if self._closed or self.server.input_ended:
            return math.inf
        return self._last_activity + self.setup.inactivity_timeout

    async def _timed_out(self, now: float) -> None:
        await self.fail(self._timeout_message(), "input_timeout_exceeded")

    def _audio_message(self, speaker: _Speaker, audio: bytes, alignment: dict[str, Any] | None) -> str:
        return self.server.audio(audio, alignment=alignment, normalized_alignment=alignment)

    async def _speaker_done(self, speaker: _Speaker) -> None:
        if await self.send(self.server.final()):
            await self.close(NORMAL_CLOSURE)


class _MultiStreamInputSession(_Session):
    """``/v1/text-to-speech/{voice_id}/multi-stream-input``: a speaker per context."""

    server: MultiStreamInputServer

    def __init__(self, websocket: WebSocket, context: EmulatorContext, setup: SocketSetup) -> None:
        super().__init__(websocket, context, setup)
        self.server = MultiStreamInputServer()
        self._open: dict[str | None, _Speaker] = {}  # contexts that take text
        self._live: set[_Speaker] = set()  # ... and those still speaking after their close
        self._ending = False  # close_socket received

    async def _handle(self, message: Any) -> None:
        if isinstance(message, WsCloseSocket):
            self._ending = True
            for speaker in list(self._open.values()):
                await self._close_context(speaker)
            await self._finish_if_done()
            return
        context_id = _optional_str(message.context_id)
        if isinstance(message, WsInitializeContext):
            speaker = self.new_speaker(context_id, message.voice_settings, message.generation_config)
            self._open[context_id] = speaker
            self._live.add(speaker)
            if message.text.strip():  # a single space opens; anything else is the first text
                await self.feed(speaker, message.text)
            return
        found = self._open.get(context_id)
        if found is None:  # the core only passes messages for open contexts
            raise WebSocketProtocolError(f"context {context_id!r} is not open")
        found.touched = time.monotonic()
        if isinstance(message, WsCloseContext):
            await self._close_context(found)
        elif isinstance(message, WsFlushContext):
            await self.feed(found, _optional_str(message.text) or "", flush=True)
        elif isinstance(message, WsSendContextText):
            await self.feed(found, message.text, flush=message.flush is True)
        elif not isinstance(message, WsKeepContextAlive):
            raise WebSocketProtocolError(f"unexpected message {type(message).__name__}")

    async def _close_context(self, speaker: _Speaker) -> None:
        self._open.pop(speaker.context_id, None)
        await self.end(speaker)

    async def _finish_if_done(self) -> None:
        if self._ending and not self._live:
            await self.close(NORMAL_CLOSURE)

    def _deadline(self) -> float:
        if self._closed or self._ending:
            return math.inf
        timeout = self.setup.inactivity_timeout
        deadlines = [speaker.touched + timeout for speaker in self._open.values()]
        if not self._live:
            deadlines.append(self._last_activity + timeout)
        return min(deadlines, default=math.inf)

    async def _timed_out(self, now: float) -> None:
        timeout = self.setup.inactivity_timeout
        for speaker in [speaker for speaker in self._open.values() if speaker.touched + timeout <= now]:
            self.server.end_context(speaker.context_id)
            await self._close_context(speaker)
        if not self._live and self._last_activity + timeout <= now:
            await self.fail(self._timeout_message(), "input_timeout_exceeded")

    def _audio_message(self, speaker: _Speaker, audio: bytes, alignment: dict[str, Any] | None) -> str:
        context_id = DEFAULT_CONTEXT if speaker.context_id is None else speaker.context_id
        return self.server.audio(context_id, audio, alignment=alignment, normalized_alignment=alignment)

    async def _speaker_done(self, speaker: _Speaker) -> None:
        self._live.discard(speaker)
        self._last_activity = time.monotonic()
        context_id = DEFAULT_CONTEXT if speaker.context_id is None else speaker.context_id
        if await self.send(self.server.final(context_id)):
            await self._finish_if_done()
