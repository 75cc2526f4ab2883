"""Text-to-speech sockets, asynchronous: thin shells over the protocol core and ``websockets.asyncio``.

The twin of ``_sync.py``: the classes are identical once ``async``/``await`` and the ``Async``
and ``a`` prefixes are removed, which ``scripts/check_parity.py`` checks. What differs is
in ``_tasks.py``: how a task waits (``Waiters``), reads (``recv``) and runs the text pump
(``Pump``).
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

from .._client import AsyncElevenLabs
from .._errors import WebSocketError, WebSocketProtocolError, WebSocketStateError
from ._base import (
    EVERYONE,
    MultiContextSocketBase,
    StreamInputOptions,
    TextToSpeechSocketBase,
    TextToSpeechSocketOptions,
)
from ._chunk import AudioChunk
from ._handshake import PROTOCOL_ERROR, aconnect, closed_by_peer, concurrent_readers
from ._tasks import Pump, Waiters, check_source, close_abandoned, received_frames, receiver, recv
from ._text import aiter_text_pieces

if TYPE_CHECKING:
    from ._handshake import Handshake
    from ._tts import GenerationConfigArg, LocatorsArg, VoiceSettingsArg

__all__ = ["AsyncMultiContextSocket", "AsyncSocketContext", "AsyncTextToSpeechSocket", "astream_input"]

_M = TypeVar("_M")
TextSource = str | Iterable[str] | AsyncIterable[str]

# ----------------------------------------------------------------------- shells


class _Lifetime:
    """Context manager, sending, ``close`` and the garbage-collection safety net of both sockets."""

    if TYPE_CHECKING:
        _closed: bool
        _closing_by_us: bool
        _connection: Any

        async def open(self) -> Self: ...
        def _unregister(self) -> None: ...
        def _require_open(self) -> Any: ...
        def _send_error(self, error: BaseException) -> WebSocketError: ...
        def _on_closed(self, error: BaseException) -> Any: ...
        def _require_not_closed(self) -> None: ...
        def _register(self) -> None: ...

        _handshake: Handshake

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection now: audio still in flight is dropped (``end_input`` lets the
        input, or every context, finish first)."""
        if self._closed:
            return
        self._closed = True
        self._closing_by_us = True
        self._unregister()
        connection = self._connection
        if connection is not None:
            await connection.close()
        self._after_close()

    def _after_close(self) -> None:
        """Wake whoever waits on this socket (the multi-context socket's readers)."""

    async def _send(self, message: str) -> None:
        connection = self._require_open()
        try:
            await connection.send(message)
        except closed_by_peer() as error:
            raise self._send_error(error) from None

    async def _connect(self) -> bool:
        """Connect and register with the client; False when connected already."""
        self._require_not_closed()
        if self._connection is not None:
            return False
        self._connection = await aconnect(self._handshake)
        self._register()
        return True

    async def _read_message(
        self, decode: Callable[[str | bytes], _M], read: Callable[..., Any], *args: Any
    ) -> _M | None:
        """``decode`` (the protocol's ``receive``) of the next frame, which ``read(*args)``
        receives; None once the connection closed as it should (``_on_closed`` raises
        otherwise). A frame that breaks the protocol closes the connection with 1002 first."""
        try:
            frame = await read(*args)
        except closed_by_peer() as error:
            self._on_closed(error)
            return None
        except concurrent_readers():
            raise WebSocketStateError("another reader is already receiving from this socket") from None
        try:
            return decode(frame)
        except WebSocketProtocolError:
            await self._abort(PROTOCOL_ERROR, "malformed message")
            raise

    async def _abort(self, code: int, reason: str) -> None:
        connection = self._connection
        self._closing_by_us = True
        if connection is not None:
            try:
                await connection.close(code, reason)
            except Exception:  # the connection is being torn down anyway
                pass

    def __del__(self) -> None:
        if getattr(self, "_connection", None) is not None and not self._closed:
            self._closed = True
            warnings.warn(f"unclosed {self!r}: close it, or use it as a context manager", ResourceWarning, stacklevel=1)
            close_abandoned(self._connection)


class AsyncTextToSpeechSocket(_Lifetime, TextToSpeechSocketBase[AsyncElevenLabs]):
    """Async twin of ``TextToSpeechSocket``: the same arguments, ``await``-ed methods.

    ::

        async with AsyncTextToSpeechSocket(client, VOICE, model_id="eleven_flash_v2_5") as tts:
            async for chunk in tts.stream(llm_tokens()):   # an async iterator of str
                await speaker.write(chunk.audio)
    """

    _client_type = AsyncElevenLabs
    _twin_hint = "the sync sockets take an ElevenLabs client"

    # -- lifetime

    async def open(self) -> Self:
        """Connect and send the first message (``async with`` does this)."""
        if await self._connect():
            await self._send(self._first_message)
        return self

    # -- sending

    async def send_text(self, text: str, *, flush: bool = False, try_trigger_generation: bool = False) -> None:
        """Send more text now; ``flush`` also speaks everything buffered (the stream stays open)."""
        await self._send(self._protocol.send_text(text, flush=flush, try_trigger_generation=try_trigger_generation))

    async def flush(self) -> None:
        """Speak everything buffered now, however short, and keep the stream open."""
        await self._send(self._protocol.flush())

    async def end_input(self) -> None:
        """No more text: the service speaks what is buffered, sends the final chunk, closes."""
        await self._send(self._protocol.end_input())

    # -- receiving

    async def receive(self) -> AudioChunk | None:
        """The next chunk; None once the stream is over (after the final chunk, or after
        ``aclose()``). Bound the wait with ``asyncio.timeout()``; cancelling loses nothing."""
        return await self._receive(None)

    async def _receive(self, deadline: float | None) -> AudioChunk | None:
        if not self._before_receive():
            return None
        return await self._read_message(self._protocol.receive, recv, self._require_open(), deadline)

    async def __aiter__(self) -> AsyncIterator[AudioChunk]:
        """Chunks as they arrive, up to and including the final one."""
        while True:
            chunk = await self._receive(None)
            if chunk is None:
                return
            yield chunk
            if chunk.is_final:
                return

    # -- text in, audio out

    def stream(self, text: TextSource, *, sentence_boundaries: bool = False) -> AsyncIterator[AudioChunk]:
        """Send ``text`` (a str, or pieces as they come: a sync or async iterable, e.g. LLM
        tokens) and yield the audio as it arrives, while later pieces are still being sent
        (from a task). Each piece is sent the moment it is produced; ``sentence_boundaries=True``
        instead holds text back until a sentence ends. Ends the input after the last piece,
        yields up to the final chunk, then closes the socket (also when you stop early or the
        task is cancelled)."""
        check_source(text)
        return self._stream(text, sentence_boundaries)

    async def _stream(self, text: TextSource, sentence_boundaries: bool) -> AsyncIterator[AudioChunk]:
        pump: Pump | None = None
        try:
            await self.open()
            pieces = aiter_text_pieces(text, sentence_boundaries=sentence_boundaries)
            if isinstance(text, str):
                await self._pump_text(pieces)
            else:
                pump = Pump("elevenlabs-ext text input", self._close_timeout, self._pump_text, pieces)
            async for chunk in self:
                yield chunk
            if pump is not None:
                await pump.join()
            if self._input_error is not None:
                raise self._input_error
        finally:
            if pump is not None:
                pump.cancel()
            await self.aclose()

    async def _pump_text(self, pieces: AsyncIterator[str]) -> None:
        try:
            async for piece in pieces:
                if self._closing_by_us:
                    return
                await self.send_text(piece)
            if not self._closing_by_us:
                await self.end_input()
        except WebSocketError:
            return  # the receiving side sees the same close and raises it
        except Exception as error:
            if self._closing_by_us:
                return
            self._input_error = error
            await self._abort(1000, "text input failed")


class AsyncSocketContext:
    """One context of an ``AsyncMultiContextSocket``: its own text in, its own audio out.

    ``async for chunk in context`` yields this context's chunks only, up to its final one;
    chunks of other contexts wait for their own readers (other tasks may read them meanwhile).
    """

    def __init__(self, socket: AsyncMultiContextSocket, context_id: str) -> None:
        self._socket = socket
        self.id = context_id

    @property
    def state(self) -> str | None:
        """``"open"``, ``"closing"`` or ``"done"``."""
        return self._socket._protocol.context_state(self.id)

    async def send_text(self, text: str, *, flush: bool = False) -> None:
        await self._socket.send_text(self.id, text, flush=flush)

    async def flush(self, text: str | None = None) -> None:
        await self._socket.flush(self.id, text)

    async def keep_alive(self) -> None:
        await self._socket.keep_alive(self.id)

    async def aclose(self) -> None:
        """End this context: no more text; its remaining audio and final chunk still come."""
        await self._socket.close_context(self.id)

    async def receive(self) -> AudioChunk | None:
        """This context's next chunk; None once it has finished."""
        return await self._socket._receive(self.id, None)

    async def __aiter__(self) -> AsyncIterator[AudioChunk]:
        socket = self._socket
        while True:
            with socket._state:
                chunk = socket._queue.pop(self.id)  # one received already: no wait, no reading
                if chunk is not None and not socket._reading:
                    socket._state.hand_over()
            if chunk is None:
                chunk = await socket._receive(self.id, None)
                if chunk is None:
                    return
            yield chunk

    def stream(self, text: TextSource, *, sentence_boundaries: bool = False) -> AsyncIterator[AudioChunk]:
        """Send ``text`` piece by piece (from a task), close the context after the last piece,
        and yield its audio as it arrives."""
        check_source(text)
        return self._socket._stream_context(self, text, sentence_boundaries)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id!r} {self.state}>"


class AsyncMultiContextSocket(_Lifetime, MultiContextSocketBase[AsyncElevenLabs]):
    """Async twin of ``MultiContextSocket``: per-context async iterators over one connection.

    ::

        async with AsyncMultiContextSocket(client, VOICE, model_id="eleven_flash_v2_5") as socket:
            first = await socket.create_context()
            second = await socket.create_context(voice_settings={"speed": 1.1})
            ...
            async def play(context):
                async for chunk in context:       # only this context's chunks
                    ...
            await asyncio.gather(play(first), play(second))
    """

    _client_type = AsyncElevenLabs
    _twin_hint = "the sync sockets take an ElevenLabs client"

    def __init__(self, client: AsyncElevenLabs, voice_id: str, **options: Unpack[TextToSpeechSocketOptions]) -> None:
        super().__init__(client, voice_id, **options)
        self._state = Waiters()  # guards the protocol, the queue and the reader flag

    # -- lifetime

    async def open(self) -> Self:
        """Connect (``async with`` does this)."""
        await self._connect()
        return self

    def _after_close(self) -> None:
        with self._state:
            self._state.wake_all()

    # -- contexts and text

    @property
    def contexts(self) -> list[AsyncSocketContext]:
        """The contexts that are open or still finishing."""
        with self._state:
            return [AsyncSocketContext(self, cid) for cid in self._protocol.open_contexts]

    async def create_context(
        self,
        context_id: str | None = None,
        *,
        text: str = " ",
        voice_settings: VoiceSettingsArg = None,
        generation_config: GenerationConfigArg = None,
        pronunciation_dictionary_locators: LocatorsArg = None,
    ) -> AsyncSocketContext:
        """Open a context (named ``ctx-1``, ``ctx-2``, ... unless given) with its own settings."""
        with self._state:
            context_id = self._next_context_id(context_id)
            message = self._protocol.initialize_context(
                context_id,
                text=text,
                voice_settings=voice_settings,
                generation_config=generation_config,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            )
        await self._send(message)
        return AsyncSocketContext(self, context_id)

    def context(self, context_id: str) -> AsyncSocketContext:
        """A handle on a context opened earlier."""
        with self._state:
            self._check_context(context_id)
        return AsyncSocketContext(self, context_id)

    async def send_text(self, context_id: str, text: str, *, flush: bool = False) -> None:
        with self._state:
            message = self._protocol.send_text(context_id, text, flush=flush)
        await self._send(message)

    async def flush(self, context_id: str, text: str | None = None) -> None:
        with self._state:
            message = self._protocol.flush(context_id, text)
        await self._send(message)

    async def close_context(self, context_id: str) -> None:
        with self._state:
            message = self._protocol.close_context(context_id)
        await self._send(message)

    async def keep_alive(self, context_id: str) -> None:
        with self._state:
            message = self._protocol.keep_alive(context_id)
        await self._send(message)

    async def end_input(self) -> None:
        """End every context and then the connection (``close_socket``); their audio still comes."""
        with self._state:
            message = self._protocol.end_input()
        await self._send(message)

    # -- receiving

    async def receive(self, context_id: str | None = None) -> AudioChunk | None:
        """The next chunk of ``context_id`` (of any context when None); None once that context
        (or the socket) has finished. Bound the wait with ``asyncio.timeout()``."""
        return await self._receive(context_id, None)

    async def _receive(self, context_id: str | None, deadline: float | None) -> AudioChunk | None:
        while True:
            with self._state:
                try:
                    chunk = self._ready(context_id)
                    finished = chunk is not None or self._done(context_id)
                except BaseException:
                    self._hand_over()
                    raise
                if finished:
                    self._hand_over()
                    return chunk
                if self._reading:  # another reader reads the wire and will wake us
                    await self._state.wait(context_id, deadline)
                    continue
                self._reading = True
            await self._read_one(context_id, deadline)

    async def _read_one(self, context_id: str | None, deadline: float | None) -> None:
        """Read and route frames until one for ``context_id`` (any, when None) has arrived and
        no frame already received is left (``backlog``), or the socket ends. Frames of other
        contexts go to their queues (and wake their readers) on the way, without this reader
        giving up the wire in between: routing what is already here costs no wait, and spares
        each other reader a turn at the wire."""
        connection = self._require_open()
        read = receiver(connection, deadline)
        backlog = received_frames(connection)
        state, route = self._state, self._route_frame  # looked up once: this loop runs per frame
        routed: Any = None
        got = context_id is None
        while True:
            try:
                frame = await read()
            except closed_by_peer() as error:
                with state:
                    routed = self._route_close(error)
                    self._reading = False
                    state.wake(routed)
                break
            except BaseException:  # a timeout, or cancelled: someone else must read now
                with state:
                    self._reading = False
                    state.hand_over()
                raise
            with state:
                routed = route(frame)
                if routed == context_id:
                    got = True
                if routed is EVERYONE or (got and not backlog):
                    self._reading = False
                    state.wake(routed)
                    break
                state.wake(routed)
        if routed is EVERYONE and isinstance(self._failure, WebSocketProtocolError):
            await self._abort(PROTOCOL_ERROR, "malformed message")

    async def __aiter__(self) -> AsyncIterator[AudioChunk]:
        """Every context's chunks in arrival order, until the socket finishes."""
        while True:
            chunk = await self._receive(None, None)
            if chunk is None:
                return
            yield chunk

    # -- text in, audio out

    async def _stream_context(
        self, context: AsyncSocketContext, text: TextSource, sentence_boundaries: bool
    ) -> AsyncIterator[AudioChunk]:
        errors: list[BaseException] = []
        pieces = aiter_text_pieces(text, sentence_boundaries=sentence_boundaries)
        pump = Pump(
            f"elevenlabs-ext context {context.id}", self._close_timeout, self._pump_context, context, pieces, errors
        )
        try:
            async for chunk in context:
                yield chunk
            await pump.join()
            if errors:
                raise errors[0]
        finally:
            pump.cancel()
            if context.state == "open" and not self._closed:
                try:
                    await context.aclose()  # stopped early: the service need not finish this context
                except WebSocketError:
                    pass

    async def _pump_context(
        self, context: AsyncSocketContext, pieces: AsyncIterator[str], errors: list[BaseException]
    ) -> None:
        try:
            async for piece in pieces:
                if context.state != "open":
                    return  # the reader stopped early and closed the context
                await context.send_text(piece)
            await context.aclose()
        except WebSocketError:
            return  # the context was closed meanwhile, or the socket ended: readers see why
        except Exception as error:
            # This context's text failed: end only this context (its reader raises the error);
            # the other contexts carry on.
            errors.append(error)
            if context.state == "open":
                try:
                    await context.aclose()
                except WebSocketError:
                    pass
            with self._state:
                self._state.wake_all()


def astream_input(
    text: TextSource,
    *,
    client: AsyncElevenLabs,
    voice_id: str,
    sentence_boundaries: bool = False,
    **options: Unpack[StreamInputOptions],
) -> AsyncIterator[AudioChunk]:
    """Async twin of ``stream_input``: ``text`` may also be an async iterable (LLM tokens)::

        async for chunk in astream_input(tokens(), client=client, voice_id=VOICE):
            await speaker.write(chunk.audio)

    Leaving the loop early (or cancelling the task) closes the socket; wrap the call in
    ``contextlib.aclosing`` to close it at once rather than when the iterator is collected.
    """
    socket = AsyncTextToSpeechSocket(client, voice_id, **options)
    return socket.stream(text, sentence_boundaries=sentence_boundaries)
