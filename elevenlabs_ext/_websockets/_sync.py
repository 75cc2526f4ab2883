"""Text-to-speech sockets, synchronous: thin shells over the protocol core and ``websockets.sync``.

The twin of ``_async.py``: the classes are identical once ``async``/``await`` and the ``Async``
and ``a`` prefixes are removed, which ``scripts/check_parity.py`` checks. What differs is in
``_threads.py``: how a thread waits (``Waiters``), reads (``recv``) and runs the text pump
(``Pump``).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

from .._client import ElevenLabs
from .._errors import WebSocketError, WebSocketProtocolError, WebSocketStateError
from ._base import (
    EVERYONE,
    MultiContextSocketBase,
    StreamInputOptions,
    TextToSpeechSocketBase,
    TextToSpeechSocketOptions,
)
from ._chunk import AudioChunk
from ._handshake import PROTOCOL_ERROR, closed_by_peer, concurrent_readers, connect
from ._text import iter_text_pieces
from ._threads import Pump, Waiters, check_source, close_abandoned, deadline, received_frames, receiver, recv

if TYPE_CHECKING:
    from ._handshake import Handshake
    from ._tts import GenerationConfigArg, LocatorsArg, VoiceSettingsArg

__all__ = ["MultiContextSocket", "SocketContext", "TextToSpeechSocket", "stream_input"]

_M = TypeVar("_M")
TextSource = str | Iterable[str]


# ----------------------------------------------------------------------- shells


class _Lifetime:
    """Context manager, sending, ``close`` and the garbage-collection safety net of both sockets."""

    if TYPE_CHECKING:
        _closed: bool
        _closing_by_us: bool
        _connection: Any

        def open(self) -> Self: ...
        def _unregister(self) -> None: ...
        def _require_open(self) -> Any: ...
        def _send_error(self, error: BaseException) -> WebSocketError: ...
        def _on_closed(self, error: BaseException) -> Any: ...
        def _require_not_closed(self) -> None: ...
        def _register(self) -> None: ...

        _handshake: Handshake

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection now: audio still in flight is dropped (``end_input`` lets the
        input, or every context, finish first)."""
        if self._closed:
            return
        self._closed = True
        self._closing_by_us = True
        self._unregister()
        connection = self._connection
        if connection is not None:
            connection.close()
        self._after_close()

    def _after_close(self) -> None:
        """Wake whoever waits on this socket (the multi-context socket's readers)."""

    def _send(self, message: str) -> None:
        connection = self._require_open()
        try:
            connection.send(message)
        except closed_by_peer() as error:
            raise self._send_error(error) from None

    def _connect(self) -> bool:
        """Connect and register with the client; False when connected already."""
        self._require_not_closed()
        if self._connection is not None:
            return False
        self._connection = connect(self._handshake)
        self._register()
        return True

    def _read_message(self, decode: Callable[[str | bytes], _M], read: Callable[..., Any], *args: Any) -> _M | None:
        """``decode`` (the protocol's ``receive``) of the next frame, which ``read(*args)``
        receives; None once the connection closed as it should (``_on_closed`` raises
        otherwise). A frame that breaks the protocol closes the connection with 1002 first."""
        try:
            frame = read(*args)
        except closed_by_peer() as error:
            self._on_closed(error)
            return None
        except concurrent_readers():
            raise WebSocketStateError("another reader is already receiving from this socket") from None
        try:
            return decode(frame)
        except WebSocketProtocolError:
            self._abort(PROTOCOL_ERROR, "malformed message")
            raise

    def _abort(self, code: int, reason: str) -> None:
        connection = self._connection
        self._closing_by_us = True
        if connection is not None:
            try:
                connection.close(code, reason)
            except Exception:  # the connection is being torn down anyway
                pass

    def __del__(self) -> None:
        if getattr(self, "_connection", None) is not None and not self._closed:
            self._closed = True
            warnings.warn(f"unclosed {self!r}: close it, or use it as a context manager", ResourceWarning, stacklevel=1)
            close_abandoned(self._connection)


class TextToSpeechSocket(_Lifetime, TextToSpeechSocketBase[ElevenLabs]):
    """A ``stream-input`` socket: text in as it is produced, audio out as soon as it is spoken.

    ::

        with TextToSpeechSocket(client, VOICE, model_id="eleven_flash_v2_5", output_format="pcm_16000") as tts:
            for chunk in tts.stream(llm_tokens()):   # text is sent as each token arrives
                speaker.write(chunk.audio)

    or step by step: ``send_text()``, ``flush()``, ``end_input()``, then iterate for the audio
    (from another thread while you keep sending, if you like).

    Args:
        client: the ``ElevenLabs`` client: base URL (https→wss), key (sent in the ``xi-api-key``
            handshake header, never in the URL). Closing the client closes the socket.
        voice_id: the voice to speak with.
        voice_settings, generation_config, pronunciation_dictionary_locators: sent in the first
            message (generated ``WsVoiceSettings``/``WsGenerationConfig``/locators, or mappings).
        **options: ``TextToSpeechSocketOptions``: model_id, output_format, language_code, seed,
            apply_text_normalization, sync_alignment, auto_mode, inactivity_timeout,
            enable_logging, enable_ssml_parsing (the query of sockets.yaml; None leaves each to
            the service), open_timeout, ping_interval, ping_timeout, close_timeout, max_size.
    """

    _client_type = ElevenLabs
    _twin_hint = "the Async* sockets take an AsyncElevenLabs client"

    # -- lifetime

    def open(self) -> Self:
        """Connect and send the first message (``with`` does this)."""
        if self._connect():
            self._send(self._first_message)
        return self

    # -- sending

    def send_text(self, text: str, *, flush: bool = False, try_trigger_generation: bool = False) -> None:
        """Send more text now; ``flush`` also speaks everything buffered (the stream stays open)."""
        self._send(self._protocol.send_text(text, flush=flush, try_trigger_generation=try_trigger_generation))

    def flush(self) -> None:
        """Speak everything buffered now, however short, and keep the stream open."""
        self._send(self._protocol.flush())

    def end_input(self) -> None:
        """No more text: the service speaks what is buffered, sends the final chunk, closes."""
        self._send(self._protocol.end_input())

    # -- receiving

    def receive(self, timeout: float | None = None) -> AudioChunk | None:
        """The next chunk, waiting up to ``timeout`` seconds (``TimeoutError``); None once the
        stream is over (after the final chunk, or after ``close()``)."""
        return self._receive(deadline(timeout))

    def _receive(self, deadline: float | None) -> AudioChunk | None:
        if not self._before_receive():
            return None
        return self._read_message(self._protocol.receive, recv, self._require_open(), deadline)

    def __iter__(self) -> Iterator[AudioChunk]:
        """Chunks as they arrive, up to and including the final one."""
        while True:
            chunk = self._receive(None)
            if chunk is None:
                return
            yield chunk
            if chunk.is_final:
                return

    # -- text in, audio out

    def stream(self, text: TextSource, *, sentence_boundaries: bool = False) -> Iterator[AudioChunk]:
        """Send ``text`` (a str, or pieces as they come, e.g. LLM tokens) and yield the audio as it
        arrives, while later pieces are still being sent (from a helper thread). Each piece is
        sent the moment the iterable produces it; ``sentence_boundaries=True`` instead holds
        text back until a sentence ends. Ends the input after the last piece, yields up to the
        final chunk, then closes the socket (also when you stop early)."""
        check_source(text)
        return self._stream(text, sentence_boundaries)

    def _stream(self, text: TextSource, sentence_boundaries: bool) -> Iterator[AudioChunk]:
        pump: Pump | None = None
        try:
            self.open()
            pieces = iter_text_pieces(text, sentence_boundaries=sentence_boundaries)
            if isinstance(text, str):
                self._pump_text(pieces)
            else:
                pump = Pump("elevenlabs-ext text input", self._close_timeout, self._pump_text, pieces)
            yield from self
            if pump is not None:
                pump.join()
            if self._input_error is not None:
                raise self._input_error
        finally:
            if pump is not None:
                pump.cancel()
            self.close()

    def _pump_text(self, pieces: Iterator[str]) -> None:
        try:
            for piece in pieces:
                if self._closing_by_us:
                    return
                self.send_text(piece)
            if not self._closing_by_us:
                self.end_input()
        except WebSocketError:
            return  # the receiving side sees the same close and raises it
        except Exception as error:
            if self._closing_by_us:
                return
            self._input_error = error
            self._abort(1000, "text input failed")


class SocketContext:
    """One context of a ``MultiContextSocket``: its own text in, its own audio out.

    ``send_text``/``flush``/``keep_alive`` address this context only; ``close()`` ends it
    (its buffered text is still spoken); iterating yields this context's chunks only, up to
    its final one, while chunks of other contexts wait for their own readers.
    """

    def __init__(self, socket: MultiContextSocket, context_id: str) -> None:
        self._socket = socket
        self.id = context_id

    @property
    def state(self) -> str | None:
        """``"open"``, ``"closing"`` or ``"done"``."""
        return self._socket._protocol.context_state(self.id)

    def send_text(self, text: str, *, flush: bool = False) -> None:
        self._socket.send_text(self.id, text, flush=flush)

    def flush(self, text: str | None = None) -> None:
        self._socket.flush(self.id, text)

    def keep_alive(self) -> None:
        self._socket.keep_alive(self.id)

    def close(self) -> None:
        """End this context: no more text; its remaining audio and final chunk still come."""
        self._socket.close_context(self.id)

    def receive(self, timeout: float | None = None) -> AudioChunk | None:
        """This context's next chunk; None once it has finished."""
        return self._socket._receive(self.id, deadline(timeout))

    def __iter__(self) -> Iterator[AudioChunk]:
        socket = self._socket
        while True:
            with socket._state:
                chunk = socket._queue.pop(self.id)  # one received already: no wait, no reading
                if chunk is not None and not socket._reading:
                    socket._state.hand_over()
            if chunk is None:
                chunk = socket._receive(self.id, None)
                if chunk is None:
                    return
            yield chunk

    def stream(self, text: TextSource, *, sentence_boundaries: bool = False) -> Iterator[AudioChunk]:
        """Send ``text`` piece by piece (from a helper thread), close the context after the
        last piece, and yield its audio as it arrives."""
        check_source(text)
        return self._socket._stream_context(self, text, sentence_boundaries)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id!r} {self.state}>"


class MultiContextSocket(_Lifetime, MultiContextSocketBase[ElevenLabs]):
    """A ``multi-stream-input`` socket: several independent syntheses over one connection.

    ::

        with MultiContextSocket(client, VOICE, model_id="eleven_flash_v2_5") as socket:
            answer = socket.create_context(voice_settings={"speed": 1.1})
            answer.send_text("Sure, let me check. ")
            answer.close()
            for chunk in answer:            # only this context's audio
                speaker.write(chunk.audio)

    Chunks are routed by ``context_id``: ``receive(context_id)`` and a context's iterator return
    that context's chunks only; ``receive()`` and iterating the socket return every context's
    chunks in arrival order. Several threads may read different contexts at once.

    Takes the query and connection options of ``TextToSpeechSocket``; voice settings,
    generation config and dictionaries are per context (``create_context``).
    """

    _client_type = ElevenLabs
    _twin_hint = "the Async* sockets take an AsyncElevenLabs client"

    def __init__(self, client: ElevenLabs, voice_id: str, **options: Unpack[TextToSpeechSocketOptions]) -> None:
        super().__init__(client, voice_id, **options)
        self._state = Waiters()  # guards the protocol, the queue and the reader flag

    # -- lifetime

    def open(self) -> Self:
        """Connect (``with`` does this)."""
        self._connect()
        return self

    def _after_close(self) -> None:
        with self._state:
            self._state.wake_all()

    # -- contexts and text

    @property
    def contexts(self) -> list[SocketContext]:
        """The contexts that are open or still finishing."""
        with self._state:
            return [SocketContext(self, cid) for cid in self._protocol.open_contexts]

    def create_context(
        self,
        context_id: str | None = None,
        *,
        text: str = " ",
        voice_settings: VoiceSettingsArg = None,
        generation_config: GenerationConfigArg = None,
        pronunciation_dictionary_locators: LocatorsArg = None,
    ) -> SocketContext:
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
        self._send(message)
        return SocketContext(self, context_id)

    def context(self, context_id: str) -> SocketContext:
        """A handle on a context opened earlier."""
        with self._state:
            self._check_context(context_id)
        return SocketContext(self, context_id)

    def send_text(self, context_id: str, text: str, *, flush: bool = False) -> None:
        with self._state:
            message = self._protocol.send_text(context_id, text, flush=flush)
        self._send(message)

    def flush(self, context_id: str, text: str | None = None) -> None:
        with self._state:
            message = self._protocol.flush(context_id, text)
        self._send(message)

    def close_context(self, context_id: str) -> None:
        with self._state:
            message = self._protocol.close_context(context_id)
        self._send(message)

    def keep_alive(self, context_id: str) -> None:
        with self._state:
            message = self._protocol.keep_alive(context_id)
        self._send(message)

    def end_input(self) -> None:
        """End every context and then the connection (``close_socket``); their audio still comes."""
        with self._state:
            message = self._protocol.end_input()
        self._send(message)

    # -- receiving

    def receive(self, context_id: str | None = None, *, timeout: float | None = None) -> AudioChunk | None:
        """The next chunk of ``context_id`` (of any context when None), waiting up to ``timeout``
        seconds (``TimeoutError``); None once that context (or the socket) has finished."""
        return self._receive(context_id, deadline(timeout))

    def _receive(self, context_id: str | None, deadline: float | None) -> AudioChunk | None:
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
                    self._state.wait(context_id, deadline)
                    continue
                self._reading = True
            self._read_one(context_id, deadline)

    def _read_one(self, context_id: str | None, deadline: float | None) -> None:
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
                frame = read()
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
            self._abort(PROTOCOL_ERROR, "malformed message")

    def __iter__(self) -> Iterator[AudioChunk]:
        """Every context's chunks in arrival order, until the socket finishes."""
        while True:
            chunk = self._receive(None, None)
            if chunk is None:
                return
            yield chunk

    # -- text in, audio out

    def _stream_context(
        self, context: SocketContext, text: TextSource, sentence_boundaries: bool
    ) -> Iterator[AudioChunk]:
        errors: list[BaseException] = []
        pieces = iter_text_pieces(text, sentence_boundaries=sentence_boundaries)
        pump = Pump(
            f"elevenlabs-ext context {context.id}", self._close_timeout, self._pump_context, context, pieces, errors
        )
        try:
            yield from context
            pump.join()
            if errors:
                raise errors[0]
        finally:
            pump.cancel()
            if context.state == "open" and not self._closed:
                try:
                    context.close()  # stopped early: the service need not finish this context
                except WebSocketError:
                    pass

    def _pump_context(self, context: SocketContext, pieces: Iterator[str], errors: list[BaseException]) -> None:
        try:
            for piece in pieces:
                if context.state != "open":
                    return  # the reader stopped early and closed the context
                context.send_text(piece)
            context.close()
        except WebSocketError:
            return  # the context was closed meanwhile, or the socket ended: readers see why
        except Exception as error:
            # This context's text failed: end only this context (its reader raises the error);
            # the other contexts carry on.
            errors.append(error)
            if context.state == "open":
                try:
                    context.close()
                except WebSocketError:
                    pass
            with self._state:
                self._state.wake_all()


def stream_input(
    text: TextSource,
    *,
    client: ElevenLabs,
    voice_id: str,
    sentence_boundaries: bool = False,
    **options: Unpack[StreamInputOptions],
) -> Iterator[AudioChunk]:
    """Speak ``text`` (a str, or pieces as they are produced) over a fresh stream-input socket,
    yielding audio chunks as they arrive. ``options`` are ``TextToSpeechSocket``'s::

        for chunk in stream_input(llm_tokens(), client=client, voice_id=VOICE, model_id="eleven_flash_v2_5"):
            speaker.write(chunk.audio)

    Breaking out of the loop closes the socket.
    """
    socket = TextToSpeechSocket(client, voice_id, **options)
    return socket.stream(text, sentence_boundaries=sentence_boundaries)
