"""The emulator's stream-input and multi-stream-input sockets, driven through our public socket
clients (sync and async): real audio, alignment, contexts, timeouts, refusals and faults."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import AsyncIterator, Iterator

import pytest

from elevenlabs_ext import (
    AsyncElevenLabs,
    AsyncMultiContextSocket,
    AsyncTextToSpeechSocket,
    AudioChunk,
    AuthenticationError,
    ElevenLabs,
    MultiContextSocket,
    NotFoundError,
    RateLimitError,
    TextToSpeechSocket,
    UnprocessableEntityError,
    WebSocketClosedError,
    WebSocketProtocolError,
    astream_input,
    stream_input,
)
from elevenlabs_ext.emulator import Emulator, parse_fault
from elevenlabs_ext.emulator._websocket import TextBuffer, frame_alignment

from .conftest import VOICE
from .helpers import decode_mp3, pcm_samples, rms

RMS_FLOOR = 300
WAIT = 10.0  # a safety bound on waits that must end; never an assertion about speed
PIECES = ["Hello there. ", "The emulator speaks ", "every piece of this text, ", "word by word. ", "Goodbye!"]
TEXT = "".join(PIECES)
SMALL_SCHEDULE = {"chunk_length_schedule": [50]}  # several generations for a short text


def spoken(chunks: list[AudioChunk]) -> str:
    return "".join("".join(chunk.alignment.chars) for chunk in chunks if chunk.alignment is not None)


def audio(chunks: list[AudioChunk]) -> bytes:
    return b"".join(chunk.audio for chunk in chunks)


def assert_frame_alignments(chunks: list[AudioChunk], *, rate: int | None = None) -> None:
    """Each frame's timings are parallel lists, ordered, and (for PCM at ``rate``) inside the frame."""
    for chunk in chunks:
        for alignment in (chunk.alignment, chunk.normalized_alignment):
            if alignment is None:
                continue
            starts, durations = alignment.char_start_times_ms, alignment.chars_durations_ms
            assert len(alignment.chars) == len(starts) == len(durations) > 0
            assert starts == sorted(starts) and starts[0] >= 0
            assert all(duration >= 0 for duration in durations)
            if rate is not None:
                frame_ms = len(chunk.audio) / 2 / rate * 1000
                assert starts[-1] <= frame_ms + 2


def wait_idle(emu: Emulator) -> None:
    """The socket's concurrency slot is given back once it has closed."""
    deadline = time.monotonic() + WAIT
    while emu.context.limiter.active:
        assert time.monotonic() < deadline, "a closed socket still holds its concurrency slot"
        time.sleep(0.01)


def words(text: str) -> list[str]:
    """Pieces as an LLM might stream them: each word with the whitespace after it."""
    return re.findall(r"\S+\s*", text)


@pytest.fixture
async def aclient(emu: Emulator) -> AsyncIterator[AsyncElevenLabs]:
    async with emu.async_client(max_retries=0) as made:
        yield made


# ------------------------------------------------------------------ stream-input


def test_stream_input_speaks_decodable_mp3_and_accounts_like_http(emu: Emulator, client: ElevenLabs) -> None:
    chunks = list(stream_input(PIECES, client=client, voice_id=VOICE, generation_config=SMALL_SCHEDULE))
    assert chunks[-1].is_final and chunks[-1].audio == b""
    assert not any(chunk.is_final for chunk in chunks[:-1])
    rate, channels, samples = decode_mp3(audio(chunks))
    assert (rate, channels) == (44100, 1)
    assert len(samples) / rate > 1.5 and rms(samples) > RMS_FLOOR
    assert spoken(chunks) == TEXT  # the characters are exactly the text sent
    # Each generation is charged and recorded like one HTTP request.
    history = list(reversed(emu.state.history()))
    assert len(history) >= 2  # the small schedule made several generations
    assert "".join(item.text for item in history) == TEXT
    assert emu.state.character_count == len(TEXT)
    assert all(item.state == "created" and decode_mp3(bytes(item.audio))[2] for item in history)
    wait_idle(emu)


@pytest.mark.parametrize("sync_alignment", [True, False])
def test_alignment_follows_the_frames(client: ElevenLabs, sync_alignment: bool) -> None:
    text = "Grüße aus Köln, naïve café — 42 déjà vu. Ça va? Sí, señor; 東京 too. "
    pieces = [text[i : i + 7] for i in range(0, len(text), 7)]
    chunks = list(
        stream_input(
            pieces,
            client=client,
            voice_id=VOICE,
            output_format="pcm_16000",
            sync_alignment=sync_alignment,
            generation_config=SMALL_SCHEDULE,
        )
    )
    assert spoken(chunks) == text
    for chunk in chunks:
        assert (chunk.alignment is None) == (chunk.normalized_alignment is None)
    assert_frame_alignments(chunks, rate=16000 if sync_alignment else None)
    frames = [chunk for chunk in chunks if not chunk.is_final]
    with_timings = [chunk for chunk in frames if chunk.alignment is not None]
    if sync_alignment:
        assert len(with_timings) > len(frames) // 2  # most frames start a character
    else:
        assert len(with_timings) < len(frames)  # only each generation's first frame
    samples = pcm_samples(audio(chunks))
    assert len(samples) / 16000 > 2 and rms(samples) > RMS_FLOOR


def test_flush_speaks_at_once_and_keeps_the_stream_open(client: ElevenLabs) -> None:
    with TextToSpeechSocket(client, VOICE, output_format="pcm_22050") as tts:
        tts.send_text("Short. ")
        tts.flush()
        first = tts.receive(timeout=WAIT)
        assert first is not None and not first.is_final and first.audio
        tts.send_text("And more.")
        tts.end_input()
        rest = list(tts)
    assert spoken([first, *rest]) == "Short.  And more."  # the flush's space is text too
    assert rest[-1].is_final


def test_first_audio_arrives_while_the_input_is_still_going(client: ElevenLabs) -> None:
    events: list[str] = []
    first_audio = threading.Event()

    def pieces() -> Iterator[str]:
        yield "This first sentence is long enough to be spoken on its own, before the rest. "
        first_audio.wait(WAIT)
        events.append("input finished")
        yield "The rest."

    for chunk in stream_input(pieces(), client=client, voice_id=VOICE, generation_config=SMALL_SCHEDULE):
        if chunk.audio and not first_audio.is_set():
            events.append("first audio")
            first_audio.set()
    assert events == ["first audio", "input finished"]


async def test_async_first_audio_precedes_the_end_of_input_in_auto_mode(aclient: AsyncElevenLabs) -> None:
    events: list[str] = []
    first_audio = asyncio.Event()

    async def tokens() -> AsyncIterator[str]:
        for token in words("One short sentence. "):  # auto_mode speaks each sentence as it ends
            yield token
        await asyncio.wait_for(first_audio.wait(), WAIT)
        events.append("input finished")
        yield "Then another."

    chunks: list[AudioChunk] = []
    async for chunk in astream_input(
        tokens(), client=aclient, voice_id=VOICE, auto_mode=True, output_format="mp3_22050_32"
    ):
        if chunk.audio and not first_audio.is_set():
            events.append("first audio")
            first_audio.set()
        chunks.append(chunk)
    assert events == ["first audio", "input finished"]
    assert spoken(chunks) == "One short sentence. Then another."
    assert decode_mp3(audio(chunks))[0] == 22050


# ------------------------------------------------------------------ multi-stream-input


async def test_async_contexts_run_side_by_side_and_never_mix(emu: Emulator, aclient: AsyncElevenLabs) -> None:
    texts = {
        "left": "The left context talks about apples and pears, at some length. ",
        "right": "Meanwhile the right one counts: one, two, three, four, five. ",
    }
    async with AsyncMultiContextSocket(aclient, VOICE, output_format="pcm_16000", sync_alignment=True) as socket:
        contexts = {cid: await socket.create_context(cid, voice_settings={"speed": 1.1}) for cid in texts}

        async def speak(cid: str) -> list[AudioChunk]:
            return [chunk async for chunk in contexts[cid].stream(words(texts[cid]))]

        results = await asyncio.gather(*(speak(cid) for cid in texts))
        await socket.end_input()
        assert [chunk async for chunk in socket] == []  # nothing left over, and a clean end
    for cid, chunks in zip(texts, results, strict=True):
        assert all(chunk.context_id == cid for chunk in chunks)
        assert chunks[-1].is_final
        assert spoken(chunks) == texts[cid]
        assert_frame_alignments(chunks, rate=16000)
        assert rms(pcm_samples(audio(chunks))) > RMS_FLOOR
    assert len(emu.state.history()) == 2


def test_sync_contexts_are_routed_by_id(client: ElevenLabs) -> None:
    with MultiContextSocket(client, VOICE, output_format="ulaw_8000", sync_alignment=True) as socket:
        first = socket.create_context("first", text="Opening words of the first. ")
        second = socket.create_context("second")
        first.flush()
        second.send_text("The second context speaks now. ", flush=True)
        first.close()
        second.close()
        # Read the second context to its end first: the first one's frames wait for their reader.
        by_context = {"second": list(second), "first": list(first)}
        socket.end_input()
        assert list(socket) == []
    assert spoken(by_context["first"]) == "Opening words of the first. "
    assert spoken(by_context["second"]) == "The second context speaks now. "
    for cid, chunks in by_context.items():
        assert all(chunk.context_id == cid for chunk in chunks) and chunks[-1].is_final
        assert len(audio(chunks)) > 8000  # over a second of 8 kHz G.711


async def test_keep_alive_holds_an_idle_context_open(aclient: AsyncElevenLabs) -> None:
    async with AsyncMultiContextSocket(aclient, VOICE, inactivity_timeout=1) as socket:
        context = await socket.create_context()
        for _ in range(3):  # 1.5 s in all, half a timeout at a time
            await asyncio.sleep(0.5)
            await context.keep_alive()
        assert context.state == "open"
        await context.send_text("Still here.")
        await context.aclose()
        chunks = [chunk async for chunk in context]
    assert spoken(chunks) == "Still here." and chunks[-1].is_final


# ------------------------------------------------------------------ timeouts, refusals, faults


def test_inactivity_timeout_closes_with_1008_and_a_message(client: ElevenLabs) -> None:
    with TextToSpeechSocket(client, VOICE, inactivity_timeout=1) as tts, pytest.raises(WebSocketClosedError) as caught:
        tts.receive(timeout=WAIT)
    assert caught.value.code == 1008
    assert caught.value.error == "input_timeout_exceeded"


async def test_an_idle_context_is_closed_then_the_idle_socket(aclient: AsyncElevenLabs) -> None:
    async with AsyncMultiContextSocket(aclient, VOICE, inactivity_timeout=1) as socket:
        idle = await socket.create_context("idle")
        chunks = [chunk async for chunk in idle]  # the service closed it: its final message only
        assert [chunk.is_final for chunk in chunks] == [True]
        with pytest.raises(WebSocketClosedError) as caught:
            await asyncio.wait_for(socket.receive(), WAIT)
    assert caught.value.code == 1008 and caught.value.error == "input_timeout_exceeded"


def test_a_wrong_key_is_refused_at_the_handshake(emu: Emulator, client: ElevenLabs) -> None:
    emu.configure(api_keys="the-only-key")
    with pytest.raises(AuthenticationError), TextToSpeechSocket(client, VOICE):
        pass
    with pytest.raises(AuthenticationError), MultiContextSocket(client, VOICE):
        pass
    wait_idle(emu)


def test_a_missing_key_is_asked_for_in_the_first_message(emu: Emulator) -> None:
    """Without a key in the header or the query, the first message must carry one: one
    without is answered with the API's error and a 1008 close (the slot is given back)."""
    import json

    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import connect

    url = emu.base_url.replace("http://", "ws://") + f"/v1/text-to-speech/{VOICE}/stream-input"
    with connect(url, proxy=None) as raw:
        raw.send(json.dumps({"text": " "}))
        answer = json.loads(raw.recv(WAIT))
        with pytest.raises(ConnectionClosed):
            raw.recv(WAIT)
    assert answer["error"] == "needs_authorization" and answer["code"] == 1008
    assert raw.close_code == 1008
    wait_idle(emu)


def test_an_open_socket_holds_a_concurrency_slot(emu: Emulator, client: ElevenLabs) -> None:
    emu.configure(concurrency=1)
    with TextToSpeechSocket(client, VOICE):
        with pytest.raises(RateLimitError) as caught, MultiContextSocket(client, VOICE):
            pass
        assert caught.value.response.headers["retry-after"] == "1"
        assert caught.value.retry_after == 1.0
    wait_idle(emu)
    with MultiContextSocket(client, VOICE):  # the slot is free again
        pass


async def test_async_refusals_are_the_http_errors(emu: Emulator, aclient: AsyncElevenLabs) -> None:
    with pytest.raises(UnprocessableEntityError, match="opus_48000_64"):
        async with AsyncTextToSpeechSocket(aclient, VOICE, output_format="opus_48000_64"):
            pass
    with pytest.raises(NotFoundError):
        async with AsyncTextToSpeechSocket(aclient, "no-such-voice"):
            pass
    emu.configure(api_keys="the-only-key")
    with pytest.raises(AuthenticationError):
        async with AsyncMultiContextSocket(aclient, VOICE):
            pass


def test_an_injected_close_ends_the_stream_with_that_code(client: ElevenLabs) -> None:
    faulty = client.with_headers({"x-emulator-fault": "close=1011; close_after=1"})
    received: list[AudioChunk] = []
    with pytest.raises(WebSocketClosedError) as caught:
        received.extend(stream_input(TEXT, client=faulty, voice_id=VOICE))  # keeps what came before
    assert caught.value.code == 1011
    assert len(received) == 1 and received[0].audio


@pytest.mark.parametrize(
    ("spec", "error"),
    [
        ("malformed_line=2", WebSocketProtocolError),
        ("reset_after=1000", WebSocketClosedError),  # dropped: 1006, no close frame
        ("status=429; retry_after=2", RateLimitError),
    ],
)
def test_other_faults_reach_the_socket(emu: Emulator, client: ElevenLabs, spec: str, error: type[Exception]) -> None:
    faulty = client.with_headers({"x-emulator-fault": spec})
    with pytest.raises(error) as caught:
        list(stream_input(TEXT, client=faulty, voice_id=VOICE))
    if isinstance(caught.value, WebSocketClosedError):
        assert caught.value.code == 1006
    if isinstance(caught.value, RateLimitError):
        assert caught.value.response.headers["retry-after"] == "2"
        assert caught.value.retry_after == 2.0
    wait_idle(emu)


def test_quota_runs_out_mid_stream(emu: Emulator, client: ElevenLabs) -> None:
    first_generation = "".join(PIECES[:3])  # what the small schedule speaks first
    emu.configure(character_limit=len(first_generation) + 5)
    received: list[AudioChunk] = []
    with pytest.raises(WebSocketClosedError) as caught:
        received.extend(stream_input(PIECES, client=client, voice_id=VOICE, generation_config=SMALL_SCHEDULE))
    assert caught.value.code == 1008 and caught.value.error == "quota_exceeded"
    assert spoken(received) == first_generation
    assert emu.state.character_count == len(first_generation)


# ------------------------------------------------------------------ pure parts


def test_text_buffer_follows_the_schedule_and_keeps_words_whole() -> None:
    buffer = TextBuffer([50, 60])
    assert buffer.add("x" * 20 + " ") is None
    assert buffer.add("y" * 30 + " zz") == "x" * 20 + " " + "y" * 30 + " "  # cut after the last space
    assert buffer.pending == "zz"
    assert buffer.add(" " + "w" * 50) is None  # the second generation waits for 60
    assert buffer.add(" end", trigger=True) == "zz " + "w" * 50 + " "
    assert buffer.add("   ", flush=True) == "end   "
    assert buffer.end() is None
    assert buffer.add("  ", flush=True) is None  # whitespace alone waits for the words it separates
    assert buffer.add("last") is None
    assert buffer.end() == "  last"


def test_text_buffer_auto_mode_speaks_each_sentence() -> None:
    buffer = TextBuffer(auto_mode=True)
    assert buffer.add("Hi") is None
    assert buffer.add(" there. How") == "Hi there. "
    assert buffer.add(" are you?") is None  # no whitespace after the "?" yet
    assert buffer.end() == "How are you?"


def test_frame_alignment_is_relative_to_the_frame() -> None:
    assert frame_alignment("", (), (), 0.0) is None
    assert frame_alignment("ab", (1.0, 1.2504), (1.2504, 1.5), 1.0) == {
        "chars": ["a", "b"],
        "charStartTimesMs": [0, 250],
        "charsDurationsMs": [250, 250],
    }


def test_close_faults_name_a_code_that_can_be_sent() -> None:
    spec = parse_fault("close=4000; close_after=2")
    assert (spec.close, spec.close_after) == (4000, 2)
    for bad in ("close=1006", "close=999", "close=5000"):
        with pytest.raises(ValueError, match="close"):
            parse_fault(bad)
