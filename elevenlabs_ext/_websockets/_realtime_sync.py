"""Realtime sockets, synchronous: realtime speech to text and agent conversations, thin shells
over ``_stt.py``/``_convai.py`` and ``websockets.sync``.

The twin of ``_realtime_async.py`` (checked by ``scripts/check_parity.py``). What differs is in
the few module-level helpers below: how a thread waits for a frame, runs a client tool, and
takes audio from a device thread.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, Unpack

from .._client import ElevenLabs
from .._errors import WebSocketError, WebSocketStateError
from .._realtime_errors import SpeechToTextInsufficientAudioError, WebSocketTimeoutError
from ._realtime_base import ConnectionOptions, ConversationBase, RealtimeSpeechToTextOptions, RealtimeTranscriberBase
from ._sync import _Lifetime

if TYPE_CHECKING:
    from elevenlabs_api.models import WsConvaiConfigOverride

    from .._conversation_audio import AudioInterface
    from ._convai import ConversationEvent
    from ._realtime_base import ToolFunction
    from ._stt import SpeechToTextEvent

__all__ = ["Conversation", "RealtimeTranscriber", "transcribe_realtime"]

AudioSource = bytes | Iterable[bytes]


# ------------------------------------------------------------------ flavour helpers


def recv_within(connection: Any, timeout: float | None) -> str | bytes:
    """The next frame, waiting at most ``timeout`` seconds (``WebSocketTimeoutError``)."""
    try:
        frame: str | bytes = connection.recv(timeout)
    except TimeoutError:
        raise WebSocketTimeoutError(f"nothing arrived from the service within {timeout} s") from None
    return frame


class Worker:
    """A helper thread (audio input, a client tool, a background reader)."""

    def __init__(self, name: str, target: Callable[..., None], *args: Any) -> None:
        self._thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._thread.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def join(self, timeout: float | None) -> None:
        """Wait up to ``timeout`` seconds (a thread cannot be stopped; it checks the state)."""
        if self._thread is not threading.current_thread():  # a callback may close from the reader
            self._thread.join(timeout)

    def cancel(self) -> None:
        """Threads cannot be stopped; a worker stops at its next step (it checks the state)."""


def audio_sender(
    send: Callable[[str], None], build: Callable[[bytes], str], stopped: Callable[[], bool]
) -> Callable[[bytes], None]:
    """The callback an audio interface hands the user's audio to: sent at once, from the
    device's thread (a sync connection takes sends from any thread)."""

    def callback(audio: bytes) -> None:
        if not stopped():
            send(build(audio))

    return callback


def call_tool(function: ToolFunction, parameters: dict[str, Any]) -> Any:
    """Run a client tool in this (worker) thread; an async tool gets an event loop of its own."""
    result = function(parameters)
    if inspect.isawaitable(result):
        import asyncio

        return asyncio.run(_awaited(result))
    return result


async def _awaited(result: Any) -> Any:
    return await result


def iter_audio(audio: AudioSource, chunk_bytes: int) -> Iterator[bytes]:
    from ._realtime_base import split_audio

    if isinstance(audio, bytes | bytearray | memoryview):
        yield from split_audio(bytes(audio), chunk_bytes)
        return
    if not isinstance(audio, Iterable):
        raise TypeError(f"audio must be bytes or an iterable of bytes, got {type(audio).__name__}")
    yield from audio


def _check_source(audio: object) -> None:
    if not isinstance(audio, bytes | bytearray | memoryview | Iterable):
        raise TypeError(f"audio must be bytes or an iterable of bytes, got {type(audio).__name__}")


# --------------------------------------------------------------- speech to text


class RealtimeTranscriber(_Lifetime, RealtimeTranscriberBase[ElevenLabs]):
    """A realtime speech-to-text session: audio in as it is captured, transcripts out as they come.

    ::

        with RealtimeTranscriber(client, language_code="en", audio_format="pcm_16000") as stt:
            for event in stt.stream(microphone_chunks()):       # sent from a helper thread
                if isinstance(event, WsSttCommittedTranscript):
                    print(event.text)

    or step by step: ``send(pcm)`` as audio comes, ``commit()`` to end a segment (with the
    ``manual`` strategy; ``commit_strategy="vad"`` lets the service do it), and ``receive()``
    or iterate for the events (from another thread while you keep sending, if you like).
    Events are the generated ``WsSttSessionStarted``, ``WsSttPartialTranscript``,
    ``WsSttCommittedTranscript``, ``WsSttCommittedTranscriptWithTimestamps`` and
    ``WsSttWarning``; ``on(event_type, callback)`` also calls a function for each. An error
    message raises its ``RealtimeSpeechToTextError`` subclass (``recoverable`` ones leave the
    session open), an abnormal close a ``WebSocketClosedError`` by its code.

    Args:
        client: the ``ElevenLabs`` client. Its key goes in the ``xi-api-key`` handshake header only.
        token: a single-use ``realtime_scribe`` token (``create_single_use_token``) instead of
            the key: it goes in the URL's query and no key is sent.
        previous_text: text said before this session, sent with the first chunk as context.
        **options: ``RealtimeSpeechToTextOptions``: model_id, audio_format, language_code,
            commit_strategy and the VAD settings, include_timestamps, ... and the connection
            settings.
    """

    _client_type = ElevenLabs
    _twin_hint = "AsyncRealtimeTranscriber takes an AsyncElevenLabs client"

    def open(self) -> Self:
        """Connect (``with`` does this)."""
        self._connect()
        return self

    # -- sending

    def send(self, audio: bytes, *, commit: bool = False) -> None:
        """Send a chunk of audio now (in the session's ``audio_format``); ``commit`` also ends the segment."""
        self._send(self._audio_frame(audio, commit))

    def commit(self) -> None:
        """End the current segment: its committed transcript follows."""
        self._send(self._audio_frame(b"", True))

    # -- receiving

    def receive(self, timeout: float | None = None) -> SpeechToTextEvent | None:
        """The next event, waiting up to ``timeout`` seconds (``WebSocketTimeoutError``); None
        once the session is over."""
        if not self._before_receive():
            return None
        event = self._read_message(self._protocol.receive, recv_within, self._require_open(), timeout)
        return None if event is None else self._on_event(event)

    def __iter__(self) -> Iterator[SpeechToTextEvent]:
        """Events as they arrive, until the session ends."""
        while True:
            event = self.receive()
            if event is None:
                return
            yield event

    # -- audio in, events out

    def stream(self, audio: AudioSource, *, timeout: float | None = 30.0) -> Iterator[SpeechToTextEvent]:
        """Send ``audio`` (bytes, or chunks as they are captured) from a helper thread, commit
        after the last chunk, and yield the events as they arrive until every commit is
        answered; then close. A committed segment with no speech yields nothing. ``timeout``
        bounds the wait for each event (``WebSocketTimeoutError``)."""
        _check_source(audio)
        return self._stream(audio, timeout)

    def _stream(self, audio: AudioSource, timeout: float | None) -> Iterator[SpeechToTextEvent]:
        pump: Worker | None = None
        try:
            self.open()
            pump = Worker("elevenlabs-ext audio input", self._pump_audio, audio)
            while not self._stream_over():
                try:
                    event = self.receive(timeout)
                except SpeechToTextInsufficientAudioError as error:
                    if self._ends_stream(error):
                        break
                    continue  # a segment without speech: nothing to transcribe
                if event is None:
                    break
                yield event
            pump.join(self._close_timeout)
            if self._input_error is not None:
                raise self._input_error
        finally:
            if pump is not None:
                pump.cancel()
            self.close()

    def _pump_audio(self, audio: AudioSource) -> None:
        try:
            for piece in iter_audio(audio, self._chunk_bytes):
                if self._closing_by_us:
                    return
                self.send(piece)
            if not self._closing_by_us:
                for frame in self._final_frames():
                    self._send(frame)
        except WebSocketError:
            return  # the receiving side sees the same close and raises it
        except Exception as error:
            if self._closing_by_us:
                return
            self._input_error = error
            self._abort(1000, "audio input failed")


def transcribe_realtime(
    client: ElevenLabs,
    audio: AudioSource,
    *,
    timeout: float | None = 30.0,
    token: str | None = None,
    **options: Unpack[RealtimeSpeechToTextOptions],
) -> Iterator[str]:
    """Transcribe ``audio`` (bytes, or chunks as they come) over the realtime socket and yield
    the text of each committed segment as soon as it is committed."""
    _check_source(audio)
    transcriber = RealtimeTranscriber(client, token=token, **options)
    return _committed_texts(transcriber, audio, timeout)


def _committed_texts(transcriber: RealtimeTranscriber, audio: AudioSource, timeout: float | None) -> Iterator[str]:
    from elevenlabs_api.models.ws_stt_committed_transcript import WsSttCommittedTranscript

    with transcriber:
        for event in transcriber.stream(audio, timeout=timeout):
            if isinstance(event, WsSttCommittedTranscript) and event.text:
                yield event.text


# --------------------------------------------------------------- conversations


class Conversation(_Lifetime, ConversationBase[ElevenLabs]):
    """A conversation with an agent over ``/v1/convai/conversation``.

    ::

        with Conversation(client, agent_id, audio=InMemoryAudioInterface(pcm),
                          client_tools={"lookup_order": lookup_order}) as conversation:
            for event in conversation:                   # pings, tools and audio are handled
                if isinstance(event, WsConvaiAgentResponse):
                    print(event.agent_response_event.agent_response)

    Start it by ``agent_id`` (a public agent needs no credential; the client's key goes in the
    handshake header only, which also opens private agents), by a ``signed_url``
    (``Conversation.signed_url(client, agent_id)``; no key is sent), or by ``agent_id`` plus a
    ``conversation_token`` (in the URL; no key is sent). ``start()`` reads in a background
    thread instead, calling the callbacks registered with ``on()``.

    While reading, the conversation answers every ping with a pong, runs the agent's client
    tools (``client_tools`` or ``register_tool``, sync or async, in a worker thread each) and
    sends back their results (an exception becomes an ``is_error`` result), hands the agent's
    audio to ``audio.output`` and interruptions to ``audio.interrupt``. An ``error`` message
    raises ``ConversationError``; an abnormal close a ``WebSocketClosedError`` by its code.
    """

    _client_type = ElevenLabs
    _twin_hint = "AsyncConversation takes an AsyncElevenLabs client"

    def __init__(
        self,
        client: ElevenLabs,
        agent_id: str | None = None,
        *,
        signed_url: str | None = None,
        conversation_token: str | None = None,
        audio: AudioInterface | None = None,
        client_tools: Mapping[str, ToolFunction] | None = None,
        user_id: str | None = None,
        dynamic_variables: Mapping[str, Any] | None = None,
        config_override: WsConvaiConfigOverride | Mapping[str, Any] | None = None,
        custom_llm_extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[ConnectionOptions],
    ) -> None:
        super().__init__(
            client,
            agent_id,
            signed_url=signed_url,
            conversation_token=conversation_token,
            audio=audio,
            client_tools=client_tools,
            user_id=user_id,
            dynamic_variables=dynamic_variables,
            config_override=config_override,
            custom_llm_extra_body=custom_llm_extra_body,
            **options,
        )
        self._tool_runs: list[Worker] = []
        self._reader: Worker | None = None
        self._run_error: BaseException | None = None

    @classmethod
    def signed_url(cls, client: ElevenLabs, agent_id: str) -> str:
        """A signed URL for a private agent (``GET /v1/convai/conversation/get-signed-url``,
        through the client), to pass as ``signed_url=`` here or to a device."""
        from elevenlabs_api.api.conversational_ai import convai_conversation_get_signed_url

        return convai_conversation_get_signed_url.sync(client=client, agent_id=agent_id).signed_url

    # -- lifetime

    def open(self) -> Self:
        """Connect, send the initiation data and start the audio input (``with`` does this)."""
        if not self._connect():
            return self
        try:
            self._send(self._first_message)
        except WebSocketError as error:
            raise self._refused(error) from None
        if self._audio is not None:
            try:
                self._audio.start(self._user_audio_callback())
            except BaseException:
                self.close()  # no audio, no conversation
                raise
        return self

    def close(self) -> None:
        """End the conversation: close frame sent, audio stopped, tools and the reader joined."""
        was_closed = self._closed
        # Tools still running get the close timeout to send their results, then the socket closes.
        for run in list(self._tool_runs):
            run.join(self._close_timeout)
        self._tool_runs.clear()
        super().close()
        if not was_closed and self._audio is not None:
            self._audio.stop()
        if self._reader is not None:
            self._reader.join(self._close_timeout)

    def _refused(self, error: WebSocketError) -> WebSocketError:
        """The service closed before the first message: its error message, if it sent one, says why."""
        try:
            while self.receive(self._close_timeout) is not None:
                pass
        except WebSocketError as found:
            error = found
        finally:
            self.close()
        return error

    def start(self) -> None:
        """Read in a background thread (callbacks see every event) until the conversation ends."""
        self.open()
        if self._reader is None:
            self._reader = Worker("elevenlabs-ext conversation", self._read_all)

    def _read_all(self) -> None:
        try:
            for _event in self:
                pass
        except BaseException as error:  # handed to wait()
            self._run_error = error

    def wait(self, timeout: float | None = None) -> str | None:
        """Wait for the conversation started by ``start()`` to end; its id. Raises what ended it."""
        if self._reader is None:
            raise WebSocketStateError("the conversation was not started with start()")
        self._reader.join(timeout)
        if self._reader.running():
            raise WebSocketTimeoutError(f"the conversation did not end within {timeout} s")
        if self._run_error is not None:
            raise self._run_error
        return self.conversation_id

    # -- sending

    def send_user_audio(self, audio: bytes) -> None:
        """Send a chunk of the user's speech (16-bit PCM at the metadata's input rate)."""
        self._send(self._protocol.user_audio(audio))

    def send_user_message(self, text: str) -> None:
        """A user turn in text."""
        self._send(self._protocol.user_message(text))

    def send_contextual_update(self, text: str) -> None:
        """Background information for the agent; it does not prompt a reply."""
        self._send(self._protocol.contextual_update(text))

    def register_user_activity(self) -> None:
        """Tell the agent the user is active (it holds back from speaking)."""
        self._send(self._protocol.user_activity())

    def send_feedback(self, score: Literal["like", "dislike"], event_id: int | None = None) -> None:
        """Like or dislike an agent response (the latest one by default)."""
        self._send(self._feedback_frame(score, event_id))

    def _user_audio_callback(self) -> Callable[[bytes], None]:
        return audio_sender(self._send_quietly, self._protocol.user_audio, lambda: self._closed or self._closing_by_us)

    def _send_quietly(self, frame: str) -> None:
        try:
            self._send(frame)
        except WebSocketError:
            pass  # the reader sees the same close and raises it

    # -- receiving

    def receive(self, timeout: float | None = None) -> ConversationEvent | None:
        """The next event, once handled (pong sent, tool started, audio played); None once the
        conversation is over. ``timeout`` bounds the wait (``WebSocketTimeoutError``)."""
        if self._closing_by_us or self._protocol.finished:
            if self._protocol.failure is not None:
                raise self._protocol.failure
            return None
        event = self._read_message(self._protocol.receive, recv_within, self._require_open(), timeout)
        if event is not None:
            self._handle(event)
        return event

    def _on_closed(self, error: BaseException) -> None:
        from ._handshake import close_details

        if self._closing_by_us:
            return
        self._closed = True
        self._unregister()
        if self._audio is not None:
            self._audio.stop()
        self._protocol.connection_closed(*close_details(error))

    def _handle(self, event: ConversationEvent) -> None:
        from elevenlabs_api.models.ws_convai_audio import WsConvaiAudio
        from elevenlabs_api.models.ws_convai_client_tool_call import WsConvaiClientToolCall
        from elevenlabs_api.models.ws_convai_interruption import WsConvaiInterruption

        answer = self._protocol.reply(event)
        if answer is not None:
            self._send(answer)
        if isinstance(event, WsConvaiClientToolCall):
            call = event.client_tool_call
            self._tool_runs = [run for run in self._tool_runs if run.running()]
            self._tool_runs.append(Worker(f"elevenlabs-ext tool {call.tool_name}", self._run_tool, call))
        elif self._audio is not None and isinstance(event, WsConvaiAudio):
            audio = self._protocol.audio_of(event)
            if audio:
                self._audio.output(audio)
        elif self._audio is not None and isinstance(event, WsConvaiInterruption):
            self._audio.interrupt()
        self._dispatch(event)

    def _run_tool(self, call: Any) -> None:
        from elevenlabs_api.types import Unset

        function = self._tool_for(call.tool_name)
        parameters = {} if isinstance(call.parameters, Unset) else call.parameters.to_dict()
        if function is None:
            result: Any = f"no client tool named {call.tool_name!r} is registered"
            failed = True
        else:
            try:
                result, failed = call_tool(function, parameters), False
            except Exception as error:  # reported to the agent, as the protocol asks
                result, failed = f"{type(error).__name__}: {error}", True
        if self._closing_by_us or self._closed:
            return
        try:
            self._send(self._protocol.tool_result(call.tool_call_id, result, is_error=failed))
        except WebSocketError:
            pass  # the reader sees the same close

    def __iter__(self) -> Iterator[ConversationEvent]:
        """Events as they arrive (each handled first), until the conversation ends."""
        while True:
            event = self.receive()
            if event is None:
                return
            yield event
