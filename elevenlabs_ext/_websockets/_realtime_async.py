"""Realtime sockets, asynchronous: realtime speech to text and agent conversations, thin shells
over ``_stt.py``/``_convai.py`` and ``websockets.asyncio``.

The twin of ``_realtime_sync.py`` (checked by ``scripts/check_parity.py``). What differs is in
the few module-level helpers below: how a task waits for a frame, runs a client tool, and
takes audio from a device thread.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterable, AsyncIterator, Callable, Coroutine, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, Unpack

from .._client import AsyncElevenLabs
from .._errors import WebSocketError, WebSocketStateError
from .._realtime_errors import SpeechToTextInsufficientAudioError, WebSocketTimeoutError
from ._async import _Lifetime
from ._realtime_base import ConnectionOptions, ConversationBase, RealtimeSpeechToTextOptions, RealtimeTranscriberBase

if TYPE_CHECKING:
    import asyncio

    from elevenlabs_api.models import WsConvaiConfigOverride

    from .._conversation_audio import AudioInterface
    from ._convai import ConversationEvent
    from ._realtime_base import ToolFunction
    from ._stt import SpeechToTextEvent

__all__ = ["AsyncConversation", "AsyncRealtimeTranscriber", "atranscribe_realtime"]

AudioSource = bytes | Iterable[bytes] | AsyncIterable[bytes]

# Keeps the tasks that send device audio alive until they finish.
_sending: set[asyncio.Task[None]] = set()


# ------------------------------------------------------------------ flavour helpers


async def recv_within(connection: Any, timeout: float | None) -> str | bytes:  # noqa: ASYNC109  # a bounded wait, as the sync twin
    """The next frame, waiting at most ``timeout`` seconds (``WebSocketTimeoutError``)."""
    import asyncio

    try:
        async with asyncio.timeout(timeout):
            frame: str | bytes = await connection.recv()
    except TimeoutError:
        raise WebSocketTimeoutError(f"nothing arrived from the service within {timeout} s") from None
    return frame


class Worker:
    """A helper task (audio input, a client tool, a background reader)."""

    def __init__(self, name: str, target: Callable[..., Coroutine[Any, Any, None]], *args: Any) -> None:
        import asyncio

        self._task = asyncio.get_running_loop().create_task(target(*args), name=name)

    def running(self) -> bool:
        return not self._task.done()

    async def join(self, timeout: float | None) -> None:  # noqa: ASYNC109  # a bounded wait, as the sync twin
        """Wait up to ``timeout`` seconds, then cancel the task."""
        import asyncio

        if self._task is asyncio.current_task():  # a callback may close from the reader
            return
        done, _ = await asyncio.wait({self._task}, timeout=timeout)
        if not done:
            self.cancel()
            await asyncio.wait({self._task})

    def cancel(self) -> None:
        if not self._task.done():
            self._task.cancel()


def audio_sender(
    send: Callable[[str], Coroutine[Any, Any, None]], build: Callable[[bytes], str], stopped: Callable[[], bool]
) -> Callable[[bytes], None]:
    """The callback an audio interface hands the user's audio to, from a device thread or the
    loop itself: each chunk is sent by a task of the loop, in order."""
    import asyncio

    loop = asyncio.get_running_loop()

    def spawn(frame: str) -> None:
        if stopped():
            return
        task = loop.create_task(send(frame))
        _sending.add(task)
        task.add_done_callback(_sending.discard)

    def callback(audio: bytes) -> None:
        if not stopped():
            loop.call_soon_threadsafe(spawn, build(audio))

    return callback


async def call_tool(function: ToolFunction, parameters: dict[str, Any]) -> Any:
    """Run a client tool: an async one on the loop, a sync one in a worker thread."""
    import asyncio

    if inspect.iscoroutinefunction(function):
        return await function(parameters)
    result = await asyncio.to_thread(function, parameters)
    if inspect.isawaitable(result):
        return await result
    return result


async def iter_audio(audio: AudioSource, chunk_bytes: int) -> AsyncIterator[bytes]:
    from ._realtime_base import split_audio

    if isinstance(audio, bytes | bytearray | memoryview):
        for piece in split_audio(bytes(audio), chunk_bytes):
            yield piece
        return
    if isinstance(audio, AsyncIterable):
        async for piece in audio:
            yield piece
        return
    for piece in audio:
        yield piece


def _check_source(audio: object) -> None:
    if not isinstance(audio, bytes | bytearray | memoryview | Iterable | AsyncIterable):
        raise TypeError(f"audio must be bytes or an (async) iterable of bytes, got {type(audio).__name__}")


# --------------------------------------------------------------- speech to text


class AsyncRealtimeTranscriber(_Lifetime, RealtimeTranscriberBase[AsyncElevenLabs]):
    """Async twin of ``RealtimeTranscriber``: the same arguments, ``await``-ed methods, and
    audio also from an async iterable.

    ::

        async with AsyncRealtimeTranscriber(aclient, language_code="en") as stt:
            async for event in stt.stream(microphone_chunks()):
                ...
    """

    _client_type = AsyncElevenLabs
    _twin_hint = "RealtimeTranscriber takes an ElevenLabs client"

    async def open(self) -> Self:
        """Connect (``async with`` does this)."""
        await self._connect()
        return self

    # -- sending

    async def send(self, audio: bytes, *, commit: bool = False) -> None:
        """Send a chunk of audio now (in the session's ``audio_format``); ``commit`` also ends the segment."""
        await self._send(self._audio_frame(audio, commit))

    async def commit(self) -> None:
        """End the current segment: its committed transcript follows."""
        await self._send(self._audio_frame(b"", True))

    # -- receiving

    async def receive(self, timeout: float | None = None) -> SpeechToTextEvent | None:  # noqa: ASYNC109  # a bounded wait, as the sync twin
        """The next event, waiting up to ``timeout`` seconds (``WebSocketTimeoutError``); None
        once the session is over."""
        if not self._before_receive():
            return None
        event = await self._read_message(self._protocol.receive, recv_within, self._require_open(), timeout)
        return None if event is None else self._on_event(event)

    async def __aiter__(self) -> AsyncIterator[SpeechToTextEvent]:
        """Events as they arrive, until the session ends."""
        while True:
            event = await self.receive()
            if event is None:
                return
            yield event

    # -- audio in, events out

    def stream(self, audio: AudioSource, *, timeout: float | None = 30.0) -> AsyncIterator[SpeechToTextEvent]:
        """Send ``audio`` (bytes, or chunks as they are captured) from a helper task, commit
        after the last chunk, and yield the events as they arrive until every commit is
        answered; then close. ``timeout`` bounds the wait for each event."""
        _check_source(audio)
        return self._stream(audio, timeout)

    async def _stream(self, audio: AudioSource, timeout: float | None) -> AsyncIterator[SpeechToTextEvent]:  # noqa: ASYNC109  # a bounded wait, as the sync twin
        pump: Worker | None = None
        try:
            await self.open()
            pump = Worker("elevenlabs-ext audio input", self._pump_audio, audio)
            while not self._stream_over():
                try:
                    event = await self.receive(timeout)
                except SpeechToTextInsufficientAudioError as error:
                    if self._ends_stream(error):
                        break
                    continue  # a segment without speech: nothing to transcribe
                if event is None:
                    break
                yield event
            await pump.join(self._close_timeout)
            if self._input_error is not None:
                raise self._input_error
        finally:
            if pump is not None:
                pump.cancel()
            await self.aclose()

    async def _pump_audio(self, audio: AudioSource) -> None:
        try:
            async for piece in iter_audio(audio, self._chunk_bytes):
                if self._closing_by_us:
                    return
                await self.send(piece)
            if not self._closing_by_us:
                for frame in self._final_frames():
                    await self._send(frame)
        except WebSocketError:
            return  # the receiving side sees the same close and raises it
        except Exception as error:
            if self._closing_by_us:
                return
            self._input_error = error
            await self._abort(1000, "audio input failed")


def atranscribe_realtime(
    client: AsyncElevenLabs,
    audio: AudioSource,
    *,
    timeout: float | None = 30.0,
    token: str | None = None,
    **options: Unpack[RealtimeSpeechToTextOptions],
) -> AsyncIterator[str]:
    """Transcribe ``audio`` (bytes, or chunks as they come, also from an async iterable) over
    the realtime socket and yield the text of each committed segment as soon as it is committed."""
    _check_source(audio)
    transcriber = AsyncRealtimeTranscriber(client, token=token, **options)
    return _committed_texts(transcriber, audio, timeout)


async def _committed_texts(
    transcriber: AsyncRealtimeTranscriber,
    audio: AudioSource,
    timeout: float | None,  # noqa: ASYNC109  # a bounded wait, as the sync twin
) -> AsyncIterator[str]:
    from elevenlabs_api.models.ws_stt_committed_transcript import WsSttCommittedTranscript

    async with transcriber:
        async for event in transcriber.stream(audio, timeout=timeout):
            if isinstance(event, WsSttCommittedTranscript) and event.text:
                yield event.text


# --------------------------------------------------------------- conversations


class AsyncConversation(_Lifetime, ConversationBase[AsyncElevenLabs]):
    """Async twin of ``Conversation``: the same arguments, ``await``-ed methods; tools may be
    sync (run in a worker thread) or async (run on the loop), and ``start()`` reads in a task.

    ::

        async with AsyncConversation(aclient, agent_id, audio=InMemoryAudioInterface(pcm)) as conversation:
            async for event in conversation:
                ...
    """

    _client_type = AsyncElevenLabs
    _twin_hint = "Conversation takes an ElevenLabs client"

    def __init__(
        self,
        client: AsyncElevenLabs,
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
    async def signed_url(cls, client: AsyncElevenLabs, agent_id: str) -> str:
        """A signed URL for a private agent (``GET /v1/convai/conversation/get-signed-url``,
        through the client), to pass as ``signed_url=`` here or to a device."""
        from elevenlabs_api.api.conversational_ai import convai_conversation_get_signed_url

        return (await convai_conversation_get_signed_url.asyncio(client=client, agent_id=agent_id)).signed_url

    # -- lifetime

    async def open(self) -> Self:
        """Connect, send the initiation data and start the audio input (``async with`` does this)."""
        if not await self._connect():
            return self
        try:
            await self._send(self._first_message)
        except WebSocketError as error:
            raise await self._refused(error) from None
        if self._audio is not None:
            try:
                self._audio.start(self._user_audio_callback())
            except BaseException:
                await self.aclose()  # no audio, no conversation
                raise
        return self

    async def aclose(self) -> None:
        """End the conversation: close frame sent, audio stopped, tools and the reader joined."""
        was_closed = self._closed
        # Tools still running get the close timeout to send their results, then the socket closes.
        for run in list(self._tool_runs):
            await run.join(self._close_timeout)
        self._tool_runs.clear()
        await super().aclose()
        if not was_closed and self._audio is not None:
            self._audio.stop()
        if self._reader is not None:
            await self._reader.join(self._close_timeout)

    async def _refused(self, error: WebSocketError) -> WebSocketError:
        """The service closed before the first message: its error message, if it sent one, says why."""
        try:
            while await self.receive(self._close_timeout) is not None:
                pass
        except WebSocketError as found:
            error = found
        finally:
            await self.aclose()
        return error

    async def start(self) -> None:
        """Read in a background task (callbacks see every event) until the conversation ends."""
        await self.open()
        if self._reader is None:
            self._reader = Worker("elevenlabs-ext conversation", self._read_all)

    async def _read_all(self) -> None:
        try:
            async for _event in self:
                pass
        except BaseException as error:  # handed to wait()
            self._run_error = error

    async def wait(self, timeout: float | None = None) -> str | None:  # noqa: ASYNC109  # a bounded wait, as the sync twin
        """Wait for the conversation started by ``start()`` to end; its id. Raises what ended it."""
        if self._reader is None:
            raise WebSocketStateError("the conversation was not started with start()")
        await self._reader.join(timeout)
        if self._reader.running():
            raise WebSocketTimeoutError(f"the conversation did not end within {timeout} s")
        if self._run_error is not None:
            raise self._run_error
        return self.conversation_id

    # -- sending

    async def send_user_audio(self, audio: bytes) -> None:
        """Send a chunk of the user's speech (16-bit PCM at the metadata's input rate)."""
        await self._send(self._protocol.user_audio(audio))

    async def send_user_message(self, text: str) -> None:
        """A user turn in text."""
        await self._send(self._protocol.user_message(text))

    async def send_contextual_update(self, text: str) -> None:
        """Background information for the agent; it does not prompt a reply."""
        await self._send(self._protocol.contextual_update(text))

    async def register_user_activity(self) -> None:
        """Tell the agent the user is active (it holds back from speaking)."""
        await self._send(self._protocol.user_activity())

    async def send_feedback(self, score: Literal["like", "dislike"], event_id: int | None = None) -> None:
        """Like or dislike an agent response (the latest one by default)."""
        await self._send(self._feedback_frame(score, event_id))

    def _user_audio_callback(self) -> Callable[[bytes], None]:
        return audio_sender(self._send_quietly, self._protocol.user_audio, lambda: self._closed or self._closing_by_us)

    async def _send_quietly(self, frame: str) -> None:
        try:
            await self._send(frame)
        except WebSocketError:
            pass  # the reader sees the same close and raises it

    # -- receiving

    async def receive(self, timeout: float | None = None) -> ConversationEvent | None:  # noqa: ASYNC109  # a bounded wait, as the sync twin
        """The next event, once handled (pong sent, tool started, audio played); None once the
        conversation is over. ``timeout`` bounds the wait (``WebSocketTimeoutError``)."""
        if self._closing_by_us or self._protocol.finished:
            if self._protocol.failure is not None:
                raise self._protocol.failure
            return None
        event = await self._read_message(self._protocol.receive, recv_within, self._require_open(), timeout)
        if event is not None:
            await self._handle(event)
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

    async def _handle(self, event: ConversationEvent) -> None:
        from elevenlabs_api.models.ws_convai_audio import WsConvaiAudio
        from elevenlabs_api.models.ws_convai_client_tool_call import WsConvaiClientToolCall
        from elevenlabs_api.models.ws_convai_interruption import WsConvaiInterruption

        answer = self._protocol.reply(event)
        if answer is not None:
            await self._send(answer)
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

    async def _run_tool(self, call: Any) -> None:
        from elevenlabs_api.types import Unset

        function = self._tool_for(call.tool_name)
        parameters = {} if isinstance(call.parameters, Unset) else call.parameters.to_dict()
        if function is None:
            result: Any = f"no client tool named {call.tool_name!r} is registered"
            failed = True
        else:
            try:
                result, failed = await call_tool(function, parameters), False
            except Exception as error:  # reported to the agent, as the protocol asks
                result, failed = f"{type(error).__name__}: {error}", True
        if self._closing_by_us or self._closed:
            return
        try:
            await self._send(self._protocol.tool_result(call.tool_call_id, result, is_error=failed))
        except WebSocketError:
            pass  # the reader sees the same close

    async def __aiter__(self) -> AsyncIterator[ConversationEvent]:
        """Events as they arrive (each handled first), until the conversation ends."""
        while True:
            event = await self.receive()
            if event is None:
                return
            yield event
