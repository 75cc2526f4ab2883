"""Text-to-speech sockets, asynchronous: thin shells over ``_ws_protocol`` and ``websockets.asyncio``.

Kept line for line parallel to ``_ws_sync.py``; what differs is only how waiting is done
(tasks and ``asyncio.Event`` here, threads and ``threading.Condition`` there).
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ._client import AsyncElevenLabs
from ._errors import WebSocketError, WebSocketProtocolError, WebSocketStateError
from ._ws_protocol import AudioChunk, aiter_text_pieces
from ._ws_shell import PROTOCOL_ERROR, MultiContextSocketBase, TextToSpeechSocketBase, close_details, connect_error

if TYPE_CHECKING:
    import asyncio

    from elevenlabs_api.models import WsGenerationConfig, WsPronunciationDictionaryLocator, WsVoiceSettings

__all__ = ["AsyncMultiContextSocket", "AsyncSocketContext", "AsyncTextToSpeechSocket", "astream_input"]

TextSource = str | Iterable[str] | AsyncIterable[str]

_EVERYONE: Any = object()  # a frame that ended the socket: every waiting reader must look

# Keeps tasks that close abandoned sockets alive until they finish.
_closing_tasks: set[asyncio.Task[None]] = set()


def _check_source(text: Any) -> None:
    if not isinstance(text, str | Iterable | AsyncIterable):
        raise TypeError(f"text must be a str or an (async) iterable of str, got {type(text).__name__}")


def _close_later(connection: Any) -> None:
    import asyncio

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return  # no loop left to close on: the transport dies with it
    task = loop.create_task(connection.close())
    _closing_tasks.add(task)
    task.add_done_callback(_closing_tasks.discard)


class _Lifetime:
    """Context manager, ``aclose`` and the garbage-collection safety net of both async sockets."""

    if TYPE_CHECKING:
        _closed: bool
        _closing_by_us: bool
        _connection: Any

        async def open(self) -> Self: ...
        def _unregister(self) -> None: ...

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

    def __del__(self) -> None:
        if getattr(self, "_connection", None) is not None and not self._closed:
            self._closed = True
            warnings.warn(f"unclosed {self!r}: use it with `async with`", ResourceWarning, stacklevel=1)
            _close_later(self._connection)


class AsyncTextToSpeechSocket(_Lifetime, TextToSpeechSocketBase[AsyncElevenLabs]):
    """Async twin of ``TextToSpeechSocket``: the same arguments, ``await``-ed methods.

    ::

        async with AsyncTextToSpeechSocket(client, VOICE, model_id="eleven_flash_v2_5") as tts:
            async for chunk in tts.stream(llm_tokens()):   # an async iterator of str
                await speaker.write(chunk.audio)
    """

    _client_type = AsyncElevenLabs
    _twin_hint = "the sync sockets take an ElevenLabs client"

    def _init_waiting(self) -> None:
        self._receiving = False

    # -- lifetime

    async def open(self) -> Self:
        """Connect and send the first message (``async with`` does this)."""
        if self._closed:
            raise WebSocketStateError("the socket is closed; open a new one")
        if self._connection is not None:
            return self
        from websockets.asyncio.client import connect

        try:
            self._connection = await connect(self._url, **self._connect_kwargs())
        except Exception as error:
            raise connect_error(error, self._url) from error
        self._register()
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

    async def _send(self, message: str) -> None:
        from websockets.exceptions import ConnectionClosed

        connection = self._require_open()
        try:
            await connection.send(message)
        except ConnectionClosed as error:
            if self._closing_by_us:
                raise WebSocketStateError("the socket is closed") from None
            # Only the reader records the close: audio sent before it may still be unread.
            raise self._protocol.closed_while_sending(*close_details(error)) from None

    # -- receiving

    async def receive(self) -> AudioChunk | None:
        """The next chunk; None once the stream is over (after the final chunk, or after
        ``aclose()``). Bound the wait with ``asyncio.timeout()``; cancelling loses nothing."""
        from websockets.exceptions import ConnectionClosed

        if self._input_error is not None:
            raise self._input_error
        if self._protocol.failure is not None:
            raise self._protocol.failure
        if self._closing_by_us or self._protocol.finished:
            return None
        connection = self._require_open()
        if self._receiving:
            raise WebSocketStateError("another task is already receiving from this socket")
        self._receiving = True
        try:
            frame = await connection.recv()
        except ConnectionClosed as error:
            return self._on_closed(error)
        finally:
            self._receiving = False
        try:
            return self._protocol.receive(frame)
        except WebSocketProtocolError:
            await self._abort(PROTOCOL_ERROR, "malformed message")
            raise

    async def __aiter__(self) -> AsyncIterator[AudioChunk]:
        """Chunks as they arrive, up to and including the final one."""
        while True:
            chunk = await self.receive()
            if chunk is None:
                return
            yield chunk
            if chunk.is_final:
                return

    async def _abort(self, code: int, reason: str) -> None:
        connection = self._connection
        self._closing_by_us = True
        if connection is not None:
            try:
                await connection.close(code, reason)
            except Exception:  # the connection is being torn down anyway
                pass

    # -- text in, audio out

    def stream(self, text: TextSource, *, sentence_boundaries: bool = False) -> AsyncIterator[AudioChunk]:
        """Send ``text`` (a str, or pieces as they come: a sync or async iterable, e.g. LLM
        tokens) and yield the audio as it arrives, while later pieces are still being sent
        (from a task). Each piece is sent the moment it is produced; ``sentence_boundaries=True``
        instead holds text back until a sentence ends. Ends the input after the last piece,
        yields up to the final chunk, then closes the socket (also when you stop early or the
        task is cancelled)."""
        _check_source(text)
        return self._stream(text, sentence_boundaries)

    async def _stream(self, text: TextSource, sentence_boundaries: bool) -> AsyncIterator[AudioChunk]:
        import asyncio

        pump: asyncio.Task[None] | None = None
        try:
            await self.open()
            pieces = aiter_text_pieces(text, sentence_boundaries=sentence_boundaries)
            if isinstance(text, str):
                await self._pump_text(pieces)
            else:
                pump = asyncio.get_running_loop().create_task(self._pump_text(pieces))
            async for chunk in self:
                yield chunk
            if pump is not None:
                await pump
            if self._input_error is not None:
                raise self._input_error
        finally:
            if pump is not None and not pump.done():
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
        return await self._socket.receive(self.id)

    async def __aiter__(self) -> AsyncIterator[AudioChunk]:
        while True:
            chunk = await self.receive()
            if chunk is None:
                return
            yield chunk

    def stream(self, text: TextSource, *, sentence_boundaries: bool = False) -> AsyncIterator[AudioChunk]:
        """Send ``text`` piece by piece (from a task), close the context after the last piece,
        and yield its audio as it arrives."""
        _check_source(text)
        return self._socket._stream_context(self, text, sentence_boundaries)

    def __repr__(self) -> str:
        return f"<AsyncSocketContext {self.id!r} {self.state}>"


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

    def _init_waiting(self) -> None:
        # Tasks waiting while another one reads the wire, by the context they wait for (None:
        # any). A frame wakes only its context's waiters; a reader that is done hands over.
        self._waiting: dict[str | None, list[asyncio.Future[None]]] = {}

    # -- lifetime

    async def open(self) -> Self:
        """Connect (``async with`` does this)."""
        if self._closed:
            raise WebSocketStateError("the socket is closed; open a new one")
        if self._connection is not None:
            return self
        from websockets.asyncio.client import connect

        try:
            self._connection = await connect(self._url, **self._connect_kwargs())
        except Exception as error:
            raise connect_error(error, self._url) from error
        self._register()
        return self

    def _after_close(self) -> None:
        self._wake_all()

    # -- contexts and text

    @property
    def contexts(self) -> list[AsyncSocketContext]:
        """The contexts that are open or still finishing."""
        return [AsyncSocketContext(self, cid) for cid in self._protocol.open_contexts]

    async def create_context(
        self,
        context_id: str | None = None,
        *,
        text: str = " ",
        voice_settings: WsVoiceSettings | Mapping[str, Any] | None = None,
        generation_config: WsGenerationConfig | Mapping[str, Any] | None = None,
        pronunciation_dictionary_locators: Iterable[WsPronunciationDictionaryLocator | Mapping[str, Any]] | None = None,
    ) -> AsyncSocketContext:
        """Open a context (named ``ctx-1``, ``ctx-2``, ... unless given) with its own settings."""
        if context_id is None:
            self._context_counter += 1
            context_id = f"ctx-{self._context_counter}"
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
        if self._protocol.context_state(context_id) is None:
            raise WebSocketStateError(f"context {context_id!r} was never opened on this socket")
        return AsyncSocketContext(self, context_id)

    async def send_text(self, context_id: str, text: str, *, flush: bool = False) -> None:
        await self._send(self._protocol.send_text(context_id, text, flush=flush))

    async def flush(self, context_id: str, text: str | None = None) -> None:
        await self._send(self._protocol.flush(context_id, text))

    async def close_context(self, context_id: str) -> None:
        await self._send(self._protocol.close_context(context_id))

    async def keep_alive(self, context_id: str) -> None:
        await self._send(self._protocol.keep_alive(context_id))

    async def end_input(self) -> None:
        """End every context and then the connection (``close_socket``); their audio still comes."""
        await self._send(self._protocol.end_input())

    async def _send(self, message: str) -> None:
        from websockets.exceptions import ConnectionClosed

        connection = self._require_open()
        try:
            await connection.send(message)
        except ConnectionClosed as error:
            if self._closing_by_us:
                raise WebSocketStateError("the socket is closed") from None
            # Only a reader records the close: audio sent before it may still be unread.
            raise self._protocol.closed_while_sending(*close_details(error)) from None

    # -- receiving

    async def receive(self, context_id: str | None = None) -> AudioChunk | None:
        """The next chunk of ``context_id`` (of any context when None); None once that context
        (or the socket) has finished. Bound the wait with ``asyncio.timeout()``."""
        import asyncio

        while True:
            try:
                chunk = self._ready(context_id)
                finished = chunk is not None or self._done(context_id)
            except BaseException:
                self._hand_over()
                raise
            if finished:
                self._hand_over()
                return chunk
            if self._reading:  # another task reads the wire and will wake us
                waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                self._waiting.setdefault(context_id, []).append(waiter)
                try:
                    await waiter
                finally:
                    self._forget(context_id, waiter)
                continue
            self._reading = True
            try:
                routed = await self._read_one()
            except BaseException:  # cancelled, or a timeout: someone else must read now
                self._reading = False
                self._hand_over()
                raise
            self._reading = False
            if routed is _EVERYONE:
                self._wake_all()
            else:
                self._wake(routed)
                self._wake(None)

    def _wake(self, key: str | None) -> None:
        for waiter in self._waiting.pop(key, ()):
            if not waiter.done():
                waiter.set_result(None)

    def _wake_all(self) -> None:
        for key in list(self._waiting):
            self._wake(key)

    def _hand_over(self) -> None:
        """Wake one waiting task to take over reading, if nobody reads."""
        if self._reading:
            return
        for key, waiters in list(self._waiting.items()):
            while waiters:
                waiter = waiters.pop(0)
                if not waiter.done():
                    waiter.set_result(None)
                    return
            del self._waiting[key]

    def _forget(self, key: str | None, waiter: asyncio.Future[None]) -> None:
        waiters = self._waiting.get(key)
        if waiters is not None and waiter in waiters:
            waiters.remove(waiter)
            if not waiters:
                del self._waiting[key]

    async def _read_one(self) -> Any:
        """Read one frame; return the context its chunk went to, or ``_EVERYONE`` when the
        socket ended or failed (every waiter must look)."""
        from websockets.exceptions import ConnectionClosed

        connection = self._require_open()
        try:
            frame = await connection.recv()
        except ConnectionClosed as error:
            if not self._closing_by_us:
                self._record(self._closed_by_service, error)
            return _EVERYONE
        routed = self._record(self._push, frame)
        if isinstance(self._failure, WebSocketProtocolError):
            await self._abort(PROTOCOL_ERROR, "malformed message")
        return routed

    def _push(self, frame: str | bytes) -> Any:
        chunk = self._protocol.receive(frame)
        self._queue.push(chunk)
        return chunk.context_id

    def _record(self, step: Any, argument: Any) -> Any:
        try:
            return step(argument)
        except WebSocketError as error:
            if self._failure is None:
                self._failure = error
            return _EVERYONE

    async def __aiter__(self) -> AsyncIterator[AudioChunk]:
        """Every context's chunks in arrival order, until the socket finishes."""
        while True:
            chunk = await self.receive()
            if chunk is None:
                return
            yield chunk

    async def _abort(self, code: int, reason: str) -> None:
        connection = self._connection
        self._closing_by_us = True
        if connection is not None:
            try:
                await connection.close(code, reason)
            except Exception:
                pass

    # -- text in, audio out

    async def _stream_context(
        self, context: AsyncSocketContext, text: TextSource, sentence_boundaries: bool
    ) -> AsyncIterator[AudioChunk]:
        import asyncio

        errors: list[BaseException] = []

        async def pump() -> None:
            try:
                async for piece in aiter_text_pieces(text, sentence_boundaries=sentence_boundaries):
                    await context.send_text(piece)
                await context.aclose()
            except WebSocketError:
                return  # the context was closed meanwhile, or the socket ended: readers see why
            except Exception as error:
                errors.append(error)
                await self._abort(1000, "text input failed")
                self._wake_all()

        task = asyncio.get_running_loop().create_task(pump())
        try:
            async for chunk in context:
                yield chunk
            await task
            if errors:
                raise errors[0]
        finally:
            if not task.done():
                task.cancel()
            if context.state == "open" and not self._closed:
                with contextlib.suppress(WebSocketError):
                    await context.aclose()  # stopped early: the service need not finish this context


def astream_input(
    text: TextSource,
    *,
    client: AsyncElevenLabs,
    voice_id: str,
    sentence_boundaries: bool = False,
    **options: Any,
) -> AsyncIterator[AudioChunk]:
    """Async twin of ``stream_input``: ``text`` may also be an async iterable (LLM tokens)::

        async for chunk in astream_input(tokens(), client=client, voice_id=VOICE):
            await speaker.write(chunk.audio)

    Leaving the loop early (or cancelling the task) closes the socket; wrap the call in
    ``contextlib.aclosing`` to close it at once rather than when the iterator is collected.
    """
    socket = AsyncTextToSpeechSocket(client, voice_id, **options)
    return socket.stream(text, sentence_boundaries=sentence_boundaries)
