"""Text-to-speech sockets, synchronous: thin shells over ``_ws_protocol`` and ``websockets.sync``.

Kept line for line parallel to ``_ws_async.py``; what differs is only how waiting is done
(threads and ``threading.Condition`` here, tasks and ``asyncio.Event`` there).
"""

from __future__ import annotations

import threading
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ._client import ElevenLabs
from ._errors import WebSocketError, WebSocketProtocolError, WebSocketStateError
from ._ws_protocol import AudioChunk, iter_text_pieces
from ._ws_shell import PROTOCOL_ERROR, MultiContextSocketBase, TextToSpeechSocketBase, close_details, connect_error

if TYPE_CHECKING:
    from elevenlabs_api.models import WsGenerationConfig, WsPronunciationDictionaryLocator, WsVoiceSettings

__all__ = ["MultiContextSocket", "SocketContext", "TextToSpeechSocket", "stream_input"]


def _connect(url: str, options: dict[str, Any]) -> Any:
    from websockets.sync.client import connect

    try:
        # Entered as a context manager, which every websockets release since 13 supports
        # (17.1+ warns when connect() is used without one); close() ends it.
        return connect(url, **options).__enter__()
    except Exception as error:
        raise connect_error(error, url) from error


class _Lifetime:
    """Context manager, ``close`` and the garbage-collection safety net of both sync sockets."""

    if TYPE_CHECKING:
        _closed: bool
        _closing_by_us: bool
        _connection: Any

        def open(self) -> Self: ...
        def _unregister(self) -> None: ...

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
        connection = self._connection
        if connection is not None:
            connection.close()
        self._unregister()
        self._after_close()

    def _after_close(self) -> None:
        """Wake whoever waits on this socket (the multi-context socket's readers)."""

    def __del__(self) -> None:
        if getattr(self, "_connection", None) is not None and not self._closed:
            warnings.warn(f"unclosed {self!r}: use it as a context manager", ResourceWarning, stacklevel=1)
            self.close()


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
        model_id, output_format, language_code, seed, apply_text_normalization, sync_alignment,
        auto_mode, inactivity_timeout, enable_logging, enable_ssml_parsing: the query
            parameters of sockets.yaml; None leaves each to the service's default.
        voice_settings, generation_config, pronunciation_dictionary_locators: sent in the first
            message (generated ``WsVoiceSettings``/``WsGenerationConfig``/locators, or mappings).
        open_timeout: seconds for the handshake. ping_interval/ping_timeout: keep-alive pings.
        close_timeout: seconds to wait for the service's close. max_size: largest frame accepted.
    """

    _client_type = ElevenLabs
    _twin_hint = "the Async* sockets take an AsyncElevenLabs client"

    def _init_waiting(self) -> None:
        self._receiving = threading.Lock()

    # -- lifetime

    def open(self) -> Self:
        """Connect and send the first message (``with`` does this)."""
        if self._closed:
            raise WebSocketStateError("the socket is closed; open a new one")
        if self._connection is not None:
            return self
        self._connection = _connect(self._url, self._connect_kwargs())
        self._register()
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

    def _send(self, message: str) -> None:
        from websockets.exceptions import ConnectionClosed

        connection = self._require_open()
        try:
            connection.send(message)
        except ConnectionClosed as error:
            if self._closing_by_us:
                raise WebSocketStateError("the socket is closed") from None
            # Only the reader records the close: audio sent before it may still be unread.
            raise self._protocol.closed_while_sending(*close_details(error)) from None

    # -- receiving

    def receive(self, timeout: float | None = None) -> AudioChunk | None:
        """The next chunk, waiting up to ``timeout`` seconds (``TimeoutError``); None once the
        stream is over (after the final chunk, or after ``close()``)."""
        from websockets.exceptions import ConcurrencyError, ConnectionClosed

        if self._input_error is not None:
            raise self._input_error
        if self._protocol.failure is not None:
            raise self._protocol.failure
        if self._closing_by_us or self._protocol.finished:
            return None
        connection = self._require_open()
        if not self._receiving.acquire(blocking=False):
            raise WebSocketStateError("another thread is already receiving from this socket")
        try:
            frame = connection.recv(timeout)
        except ConnectionClosed as error:
            return self._on_closed(error)
        except ConcurrencyError:
            raise WebSocketStateError("another thread is already receiving from this socket") from None
        finally:
            self._receiving.release()
        try:
            return self._protocol.receive(frame)
        except WebSocketProtocolError:
            self._abort(PROTOCOL_ERROR, "malformed message")
            raise

    def __iter__(self) -> Iterator[AudioChunk]:
        """Chunks as they arrive, up to and including the final one."""
        while True:
            chunk = self.receive()
            if chunk is None:
                return
            yield chunk
            if chunk.is_final:
                return

    def _abort(self, code: int, reason: str) -> None:
        connection = self._connection
        self._closing_by_us = True
        if connection is not None:
            try:
                connection.close(code, reason)
            except Exception:  # the connection is being torn down anyway
                pass

    # -- text in, audio out

    def stream(self, text: str | Iterable[str], *, sentence_boundaries: bool = False) -> Iterator[AudioChunk]:
        """Send ``text`` (a str, or pieces as they come, e.g. LLM tokens) and yield the audio as it
        arrives, while later pieces are still being sent (from a helper thread). Each piece is
        sent the moment the iterable produces it; ``sentence_boundaries=True`` instead holds
        text back until a sentence ends. Ends the input after the last piece, yields up to the
        final chunk, then closes the socket (also when you stop early)."""
        if not isinstance(text, str | Iterable):
            raise TypeError(f"text must be a str or an iterable of str, got {type(text).__name__}")
        return self._stream(text, sentence_boundaries)

    def _stream(self, text: str | Iterable[str], sentence_boundaries: bool) -> Iterator[AudioChunk]:
        pump: threading.Thread | None = None
        try:
            self.open()
            pieces = iter_text_pieces(text, sentence_boundaries=sentence_boundaries)
            if isinstance(text, str):
                self._pump_text(pieces)
            else:
                pump = threading.Thread(
                    target=self._pump_text, args=(pieces,), name="elevenlabs-ext text input", daemon=True
                )
                pump.start()
            yield from self
            if pump is not None:
                pump.join(self._close_timeout)
            if self._input_error is not None:
                raise self._input_error
        finally:
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
        except BaseException as error:
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
        return self._socket.receive(self.id, timeout=timeout)

    def __iter__(self) -> Iterator[AudioChunk]:
        while True:
            chunk = self.receive()
            if chunk is None:
                return
            yield chunk

    def stream(self, text: str | Iterable[str], *, sentence_boundaries: bool = False) -> Iterator[AudioChunk]:
        """Send ``text`` piece by piece (from a helper thread), close the context after the
        last piece, and yield its audio as it arrives."""
        if not isinstance(text, str | Iterable):
            raise TypeError(f"text must be a str or an iterable of str, got {type(text).__name__}")
        return self._socket._stream_context(self, text, sentence_boundaries)

    def __repr__(self) -> str:
        return f"<SocketContext {self.id!r} {self.state}>"


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

    Takes the query and connection arguments of ``TextToSpeechSocket``; voice settings,
    generation config and dictionaries are per context (``create_context``).
    """

    _client_type = ElevenLabs
    _twin_hint = "the Async* sockets take an AsyncElevenLabs client"

    def _init_waiting(self) -> None:
        self._state = threading.Condition()  # guards protocol, queue and the reader flag

    # -- lifetime

    def open(self) -> Self:
        """Connect (``with`` does this)."""
        if self._closed:
            raise WebSocketStateError("the socket is closed; open a new one")
        if self._connection is not None:
            return self
        self._connection = _connect(self._url, self._connect_kwargs())
        self._register()
        return self

    def _after_close(self) -> None:
        with self._state:
            self._state.notify_all()

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
        voice_settings: WsVoiceSettings | Mapping[str, Any] | None = None,
        generation_config: WsGenerationConfig | Mapping[str, Any] | None = None,
        pronunciation_dictionary_locators: Iterable[WsPronunciationDictionaryLocator | Mapping[str, Any]] | None = None,
    ) -> SocketContext:
        """Open a context (named ``ctx-1``, ``ctx-2``, ... unless given) with its own settings."""
        with self._state:
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
        self._send(message)
        return SocketContext(self, context_id)

    def context(self, context_id: str) -> SocketContext:
        """A handle on a context opened earlier."""
        with self._state:
            if self._protocol.context_state(context_id) is None:
                raise WebSocketStateError(f"context {context_id!r} was never opened on this socket")
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

    def _send(self, message: str) -> None:
        from websockets.exceptions import ConnectionClosed

        connection = self._require_open()
        try:
            connection.send(message)
        except ConnectionClosed as error:
            if self._closing_by_us:
                raise WebSocketStateError("the socket is closed") from None
            # Only a reader records the close: audio sent before it may still be unread.
            raise self._protocol.closed_while_sending(*close_details(error)) from None

    # -- receiving

    def receive(self, context_id: str | None = None, *, timeout: float | None = None) -> AudioChunk | None:
        """The next chunk of ``context_id`` (of any context when None), waiting up to ``timeout``
        seconds (``TimeoutError``); None once that context (or the socket) has finished."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self._state:
                chunk = self._ready(context_id)
                if chunk is not None or self._done(context_id):
                    return chunk
                if self._reading:  # another thread reads the wire and will wake us
                    remaining = None if deadline is None else deadline - time.monotonic()
                    if remaining is not None and remaining <= 0:
                        raise TimeoutError("no chunk within the timeout")
                    self._state.wait(remaining)
                    continue
                self._reading = True
            self._read_one(deadline)

    def _read_one(self, deadline: float | None) -> None:
        from websockets.exceptions import ConnectionClosed

        connection = self._require_open()
        try:
            frame = connection.recv(None if deadline is None else max(deadline - time.monotonic(), 0.0))
        except ConnectionClosed as error:
            with self._state:
                self._reading = False
                if not self._closing_by_us:
                    self._record(self._closed_by_service, error)
                self._state.notify_all()
            return
        except BaseException:
            with self._state:
                self._reading = False
                self._state.notify_all()
            raise
        with self._state:
            self._reading = False
            self._record(self._push, frame)
            self._state.notify_all()
        if isinstance(self._failure, WebSocketProtocolError):
            self._abort(PROTOCOL_ERROR, "malformed message")

    def _push(self, frame: str | bytes) -> None:
        self._queue.push(self._protocol.receive(frame))

    def _record(self, step: Any, argument: Any) -> None:
        try:
            step(argument)
        except WebSocketError as error:
            if self._failure is None:
                self._failure = error

    def __iter__(self) -> Iterator[AudioChunk]:
        """Every context's chunks in arrival order, until the socket finishes."""
        while True:
            chunk = self.receive()
            if chunk is None:
                return
            yield chunk

    def _abort(self, code: int, reason: str) -> None:
        connection = self._connection
        self._closing_by_us = True
        if connection is not None:
            try:
                connection.close(code, reason)
            except Exception:
                pass

    # -- text in, audio out

    def _stream_context(
        self, context: SocketContext, text: str | Iterable[str], sentence_boundaries: bool
    ) -> Iterator[AudioChunk]:
        errors: list[BaseException] = []
        stop = threading.Event()

        def pump() -> None:
            try:
                for piece in iter_text_pieces(text, sentence_boundaries=sentence_boundaries):
                    if stop.is_set():
                        return
                    context.send_text(piece)
                context.close()
            except WebSocketError:
                return  # the context was closed meanwhile, or the socket ended: readers see why
            except BaseException as error:
                errors.append(error)
                self._abort(1000, "text input failed")
                with self._state:
                    self._state.notify_all()

        thread = threading.Thread(target=pump, name=f"elevenlabs-ext context {context.id}", daemon=True)
        thread.start()
        try:
            yield from context
            thread.join(self._close_timeout)
            if errors:
                raise errors[0]
        finally:
            stop.set()
            if context.state == "open" and not self._closed:
                try:
                    context.close()  # stopped early: the service need not finish this context
                except WebSocketError:
                    pass


def stream_input(
    text: str | Iterable[str],
    *,
    client: ElevenLabs,
    voice_id: str,
    sentence_boundaries: bool = False,
    **options: Any,
) -> Iterator[AudioChunk]:
    """Speak ``text`` (a str, or pieces as they are produced) over a fresh stream-input socket,
    yielding audio chunks as they arrive. ``options`` are ``TextToSpeechSocket``'s::

        for chunk in stream_input(llm_tokens(), client=client, voice_id=VOICE, model_id="eleven_flash_v2_5"):
            speaker.write(chunk.audio)

    Breaking out of the loop closes the socket.
    """
    socket = TextToSpeechSocket(client, voice_id, **options)
    return socket.stream(text, sentence_boundaries=sentence_boundaries)
