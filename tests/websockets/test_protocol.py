"""The sans-I/O core: messages built and checked both ways, states, routing, text pieces."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from elevenlabs_api.models import (
    WsAlignment,
    WsAudioOutput,
    WsContextFinalOutput,
    WsFinalOutput,
    WsGenerationConfig,
    WsVoiceSettings,
)

from elevenlabs_ext import WebSocketClosedError, WebSocketProtocolError, WebSocketStateError
from elevenlabs_ext._websockets._routing import ChunkQueue
from elevenlabs_ext._websockets._text import SentenceBoundaries, aiter_text_pieces, iter_text_pieces
from elevenlabs_ext._websockets._tts import MultiStreamInputProtocol, StreamInputProtocol
from elevenlabs_ext.emulator._ws_server_protocol import MultiStreamInputServer, StreamInputServer

ALIGNMENT = {"chars": ["H", "i"], "charStartTimesMs": [0, 5], "charsDurationsMs": [5, 7]}


def frame(**fields: Any) -> str:
    return json.dumps(fields)


def audio(payload: bytes = b"pcm") -> str:
    return base64.b64encode(payload).decode()


def opened() -> StreamInputProtocol:
    protocol = StreamInputProtocol()
    protocol.initialize()
    return protocol


# ------------------------------------------------------------------ outgoing, single


def test_stream_input_messages_are_exact() -> None:
    protocol = StreamInputProtocol()
    first = protocol.initialize(
        voice_settings=WsVoiceSettings(stability=0.4, speed=1.1),
        generation_config={"chunk_length_schedule": [50, 120]},
        pronunciation_dictionary_locators=[{"pronunciation_dictionary_id": "d1", "version_id": "v1"}],
    )
    assert json.loads(first) == {
        "text": " ",
        "voice_settings": {"stability": 0.4, "speed": 1.1},
        "generation_config": {"chunk_length_schedule": [50, 120]},
        "pronunciation_dictionary_locators": [{"pronunciation_dictionary_id": "d1", "version_id": "v1"}],
    }
    assert json.loads(protocol.send_text("Hello ")) == {"text": "Hello "}
    assert json.loads(protocol.send_text("now ", flush=True, try_trigger_generation=True)) == {
        "text": "now ",
        "flush": True,
        "try_trigger_generation": True,
    }
    assert json.loads(protocol.flush()) == {"text": " ", "flush": True}
    assert json.loads(protocol.end_input()) == {"text": ""}
    assert protocol.input_ended


def test_text_is_forwarded_unchanged_including_unicode() -> None:
    protocol = opened()
    assert json.loads(protocol.send_text("Grüße, 世界 ")) == {"text": "Grüße, 世界 "}


def test_settings_with_a_typo_or_a_wrong_type_fail_before_anything_is_sent() -> None:
    with pytest.raises(ValueError, match="voice_settings: unexpected key 'stabilty'"):
        StreamInputProtocol().initialize(voice_settings={"stabilty": 0.5})
    with pytest.raises(ValueError, match=r"chunk_length_schedule\[1\]: 20 is below the minimum 50"):
        StreamInputProtocol().initialize(generation_config={"chunk_length_schedule": [60, 20]})
    with pytest.raises(ValueError, match="speed: expected number, got string"):
        StreamInputProtocol().initialize(voice_settings={"speed": "fast"})
    with pytest.raises(ValueError, match="version_id"):
        StreamInputProtocol().initialize(pronunciation_dictionary_locators=[{"pronunciation_dictionary_id": "d"}])
    with pytest.raises(TypeError):
        StreamInputProtocol().initialize(voice_settings=0.5)


def test_http_voice_settings_model_is_accepted_without_its_nulls() -> None:
    from elevenlabs_api.models import VoiceSettings

    first = StreamInputProtocol().initialize(voice_settings=VoiceSettings(stability=0.3, style=None))
    sent = json.loads(first)["voice_settings"]
    # Fields left unset carry the spec's defaults (the 2026 API declares them); nulls never go.
    assert sent["stability"] == 0.3
    assert "style" not in sent and None not in sent.values()


def test_stream_input_states() -> None:
    protocol = StreamInputProtocol()
    with pytest.raises(WebSocketStateError, match="not initialised"):
        protocol.send_text("early ")
    protocol.initialize()
    with pytest.raises(WebSocketStateError, match="already initialised"):
        protocol.initialize()
    with pytest.raises(ValueError, match="must not be empty"):
        protocol.send_text("")
    with pytest.raises(TypeError):
        protocol.send_text(b"bytes")  # type: ignore[arg-type]
    protocol.end_input()
    with pytest.raises(WebSocketStateError, match="input has ended"):
        protocol.send_text("late ")
    with pytest.raises(WebSocketStateError, match="input has ended"):
        protocol.end_input()


# ------------------------------------------------------------------ incoming, single


def test_audio_final_and_alignment_become_typed_chunks() -> None:
    protocol = opened()
    chunk = protocol.receive(
        frame(audio=audio(b"\x00\x01"), isFinal=None, alignment=ALIGNMENT, normalizedAlignment=None)
    )
    assert chunk.audio == b"\x00\x01"
    assert not chunk.is_final
    assert isinstance(chunk.alignment, WsAlignment)
    assert chunk.alignment.chars == ["H", "i"]
    assert chunk.alignment.char_start_times_ms == [0, 5]
    assert chunk.alignment.chars_durations_ms == [5, 7]
    assert chunk.normalized_alignment is None
    assert isinstance(chunk.message, WsAudioOutput)
    last = protocol.receive(frame(isFinal=True, audio=None))
    assert last.is_final and last.audio == b""
    assert isinstance(last.message, WsFinalOutput)
    assert protocol.finished


def test_an_audio_frame_without_timings_is_the_same_chunk_the_constructor_makes() -> None:
    # audio_only_chunk fills the chunk's slots itself: every field must be set, to the
    # constructor's value (a field added to AudioChunk fails here until the factory sets it).
    import attrs

    from elevenlabs_ext._websockets._chunk import AudioChunk, audio_only_chunk

    made = audio_only_chunk(b"\x00\x01", True, "c1", lambda: WsAudioOutput(audio="AAE="))
    expected = AudioChunk(audio=b"\x00\x01", is_final=True, context_id="c1")
    for field in attrs.fields(AudioChunk):
        assert getattr(made, field.name) == getattr(expected, field.name) or field.name == "_read_message"
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert isinstance(made.message, WsAudioOutput)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.audio = b""  # type: ignore[misc]
    received = opened().receive(frame(audio=audio(b"\x00\x01")))
    assert attrs.asdict(received) == attrs.asdict(AudioChunk(audio=b"\x00\x01", is_final=False)) | {
        "_read_message": attrs.asdict(received)["_read_message"]
    }


def test_a_frame_that_is_both_audio_and_final_keeps_its_audio() -> None:
    protocol = opened()
    chunk = protocol.receive(frame(audio=audio(b"end"), isFinal=True))
    assert chunk.audio == b"end" and chunk.is_final
    assert protocol.finished


def test_keys_added_by_the_service_later_are_kept_not_rejected() -> None:
    chunk = opened().receive(frame(audio=audio(), newField={"x": 1}))
    assert chunk.message.additional_properties == {"newField": {"x": 1}}


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "JSON list, expected an object"),
        (b'{"audio": ""}', "binary frame"),
        (frame(audio=5), r"audio: expected string, got integer"),
        (frame(audio="%%%"), "not valid base64"),
        (frame(audio=audio(), isFinal="yes"), "isFinal: expected boolean or null"),
        (frame(audio=audio(), alignment={"chars": ["a"], "charStartTimesMs": [0]}), "charsDurationsMs"),
        (frame(audio=audio(), alignment={**ALIGNMENT, "charsDurationsMs": [1]}), "differ in length"),
        (frame(audio=audio(), alignment={**ALIGNMENT, "charStartTimesMs": [0, 1.5]}), r"charStartTimesMs\[1\]"),
        (frame(audio=audio(), alignment={**ALIGNMENT, "chars": ["H", True]}), r"chars\[1\]: expected string"),
        (frame(isFinal=False), "neither audio, a final message nor an error"),
        (frame(audio=None), "audio: expected string, got null"),
        (frame(hello="world"), "neither audio"),
        (frame(isFinal=True, audio="AAAA", extra=1), None),  # valid: audio with is_final
    ],
)
def test_malformed_frames_raise_never_skip(raw: str | bytes, match: str | None) -> None:
    protocol = opened()
    if match is None:
        assert protocol.receive(raw).is_final
        return
    with pytest.raises(WebSocketProtocolError, match=match) as caught:
        protocol.receive(raw)
    assert caught.value.raw is not None
    # The failure sticks: the stream cannot carry on as if nothing happened.
    with pytest.raises(WebSocketProtocolError):
        protocol.receive(frame(audio=audio()))


def test_error_message_becomes_a_closed_error_with_code_reason_and_error() -> None:
    protocol = opened()
    with pytest.raises(WebSocketClosedError) as caught:
        protocol.receive(frame(message="Have not received a new text input", error="input_timeout_exceeded", code=1008))
    error = caught.value
    assert (error.code, error.error) == (1008, "input_timeout_exceeded")
    assert error.reason == "Have not received a new text input"
    with pytest.raises(WebSocketClosedError) as again:
        protocol.connection_closed(1008, "timeout")
    assert again.value is error


def test_malformed_error_message_is_a_protocol_error() -> None:
    with pytest.raises(WebSocketProtocolError, match="WsServerError"):
        opened().receive(frame(error="x", code="1008"))


def test_anything_after_the_final_message_is_a_protocol_error() -> None:
    protocol = opened()
    protocol.receive(frame(isFinal=True))
    with pytest.raises(WebSocketProtocolError, match="after the final"):
        protocol.receive(frame(audio=audio()))


@pytest.mark.parametrize(
    ("ended", "final", "code", "raises"),
    [
        (True, True, 1000, False),  # the normal end
        (True, False, 1000, False),  # clean close after the input ended, final skipped
        (True, True, 1011, False),  # already finished: the close changes nothing
        (False, False, 1000, True),  # the service ended the stream early
        (True, False, 1011, True),
        (False, False, 1008, True),
        (False, False, 1006, True),
    ],
)
def test_connection_closed(ended: bool, final: bool, code: int, raises: bool) -> None:
    protocol = opened()
    if ended:
        protocol.end_input()
    if final:
        protocol.receive(frame(isFinal=True))
    if not raises:
        protocol.connection_closed(code, "")
        assert protocol.finished
        return
    with pytest.raises(WebSocketClosedError) as caught:
        protocol.connection_closed(code, "why")
    assert (caught.value.code, caught.value.reason) == (code, "why")


# ------------------------------------------------------------------ multi-context


def test_multi_context_messages_are_exact() -> None:
    protocol = MultiStreamInputProtocol()
    first = protocol.initialize_context("a", voice_settings={"stability": 0.2}, generation_config=WsGenerationConfig())
    assert json.loads(first) == {
        "text": " ",
        "context_id": "a",
        "voice_settings": {"stability": 0.2},
        "generation_config": {},
    }
    assert json.loads(protocol.initialize_context("b", text="Hi ")) == {"text": "Hi ", "context_id": "b"}
    assert json.loads(protocol.send_text("a", "Hello ")) == {"text": "Hello ", "context_id": "a"}
    assert json.loads(protocol.send_text("a", "now ", flush=True)) == {"text": "now ", "context_id": "a", "flush": True}
    assert json.loads(protocol.flush("a")) == {"context_id": "a", "flush": True}
    assert json.loads(protocol.flush("a", "last ")) == {"context_id": "a", "flush": True, "text": "last "}
    assert json.loads(protocol.keep_alive("a")) == {"context_id": "a", "text": ""}
    assert json.loads(protocol.close_context("a")) == {"context_id": "a", "close_context": True}
    assert protocol.context_state("a") == "closing"
    assert json.loads(protocol.end_input()) == {"close_socket": True}
    assert protocol.context_state("b") == "closing"


def test_contexts_refuse_misuse_before_sending() -> None:
    protocol = MultiStreamInputProtocol()
    with pytest.raises(WebSocketStateError, match="never opened"):
        protocol.send_text("ghost", "boo ")
    protocol.initialize_context("a")
    with pytest.raises(WebSocketStateError, match="already open"):
        protocol.initialize_context("a")
    with pytest.raises(ValueError, match="context_id"):
        protocol.initialize_context("")
    protocol.close_context("a")
    for send in (lambda: protocol.send_text("a", "x "), lambda: protocol.flush("a"), lambda: protocol.keep_alive("a")):
        with pytest.raises(WebSocketStateError, match="closing"):
            send()
    protocol.end_input()
    with pytest.raises(WebSocketStateError, match="input has ended"):
        protocol.initialize_context("b")


def test_multi_frames_route_by_context_and_accept_the_snake_case_spellings() -> None:
    protocol = MultiStreamInputProtocol()
    protocol.initialize_context("a")
    protocol.initialize_context("b")
    first = protocol.receive(frame(audio=audio(b"A"), contextId="a", isFinal=None))
    second = protocol.receive(frame(audio=audio(b"B"), context_id="b", is_final=False))
    assert (first.context_id, first.audio, second.context_id, second.audio) == ("a", b"A", "b", b"B")
    final = protocol.receive(frame(is_final=True, contextId="a"))
    assert final.is_final and final.context_id == "a" and isinstance(final.message, WsContextFinalOutput)
    assert protocol.context_state("a") == "done" and protocol.context_finished("a")
    assert not protocol.context_finished("b")
    # A finished id may start a new, unrelated context.
    protocol.initialize_context("a")
    assert protocol.context_state("a") == "open"


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        (frame(audio=audio(), contextId="nobody"), "never opened"),
        (frame(audio=audio()), "contextId"),
        (frame(isFinal=True), "contextId"),
        (frame(audio=audio(), contextId="a", context_id="b"), "disagree"),
        (frame(audio=audio(), contextId=7), "contextId: expected string"),
    ],
)
def test_multi_frames_that_cannot_be_routed_raise(raw: str, match: str) -> None:
    protocol = MultiStreamInputProtocol()
    protocol.initialize_context("a")
    with pytest.raises(WebSocketProtocolError, match=match):
        protocol.receive(raw)


_ONE_STEP_FRAMES = [
    frame(audio=audio(b"A"), contextId="a"),
    frame(audio=audio(b"B"), contextId="b", isFinal=None, alignment=None, normalizedAlignment=None),
    frame(audio=audio(b"A"), contextId="a", isFinal=False),
    frame(audio="AB==", contextId="a"),  # decodes, but is not the canonical text of its byte
    frame(audio=audio(b"end"), contextId="a", isFinal=True),
    frame(audio="", contextId="a"),
    frame(audio=audio(), contextId="a", alignment=ALIGNMENT),
    frame(audio=audio(), context_id="a"),
    frame(audio=audio(), contextId="a", newField=1),
    frame(audio=audio(), contextId="a", error="boom", message="no"),
    frame(audio=audio(), contextId="nobody"),
    frame(audio=audio(), contextId="done"),
    frame(audio=audio(), contextId=["a"]),
    frame(audio=5, contextId="a"),
    frame(audio="%%%", contextId="a"),
    frame(audio=audio(), contextId="a", isFinal="yes"),
    frame(audio=audio(), contextId="a", alignment=5),
    " " + frame(audio=audio(), contextId="a"),
    frame(audio=audio(), contextId="a") + " ",
    frame(audio=audio(), contextId="a") + "{}",
    '{"audio": "' + audio() + '", "contextId": "a", "contextId": "b"}',
    "[1]",
    "",
]


@pytest.mark.parametrize("raw", _ONE_STEP_FRAMES)
def test_the_one_step_reading_of_audio_frames_agrees_with_the_general_one(raw: str) -> None:
    # MultiStreamInputProtocol.receive reads a plain audio frame itself and hands every other
    # frame to the general path: both must give the same chunk, or the same error.
    from elevenlabs_ext._websockets._tts import _ReceivingProtocol

    def outcome(read: Any) -> tuple[object, ...]:
        protocol = MultiStreamInputProtocol()
        for name in ("a", "b", "done"):
            protocol.initialize_context(name)
        protocol.close_context("b")
        protocol.receive(frame(isFinal=True, contextId="done"))
        try:
            chunk = read(protocol, raw)
        except (WebSocketProtocolError, WebSocketClosedError) as error:
            return (type(error), str(error), protocol.failure is error)
        message = chunk.message
        return (chunk, chunk.audio, message.to_dict() if message else None, protocol.context_state("a"))

    assert outcome(MultiStreamInputProtocol.receive) == outcome(_ReceivingProtocol.receive)


def test_multi_audio_after_a_contexts_final_raises() -> None:
    protocol = MultiStreamInputProtocol()
    protocol.initialize_context("a")
    protocol.receive(frame(isFinal=True, contextId="a"))
    with pytest.raises(WebSocketProtocolError, match="after its final"):
        protocol.receive(frame(audio=audio(), contextId="a"))


def test_multi_connection_closed() -> None:
    protocol = MultiStreamInputProtocol()
    protocol.initialize_context("a")
    with pytest.raises(WebSocketClosedError, match="before end_input"):
        protocol.connection_closed(1000, "")
    ended = MultiStreamInputProtocol()
    ended.initialize_context("a")
    ended.end_input()
    ended.connection_closed(1000, "")
    assert ended.finished and ended.context_finished("a")


def test_chunk_queue_keeps_contexts_apart_and_arrival_order_overall() -> None:
    from elevenlabs_ext import AudioChunk

    queue = ChunkQueue()
    for index, context in enumerate(["a", "b", "a", "c", "b"]):
        queue.push(AudioChunk(audio=bytes([index]), is_final=False, context_id=context))
    first_b = queue.pop("b")
    assert first_b is not None and first_b.audio == b"\x01"
    assert queue.pop("nobody") is None
    rest = []
    while (chunk := queue.pop(None)) is not None:
        rest.append((chunk.context_id, chunk.audio))
    assert rest == [("a", b"\x00"), ("a", b"\x02"), ("c", b"\x03"), ("b", b"\x04")]
    assert len(queue) == 0 and not queue.has(None)


# ------------------------------------------------------------------ text pieces


def test_pieces_are_forwarded_as_they_come_without_buffering() -> None:
    produced: list[str] = []

    def tokens() -> Any:
        for token in ["Hel", "lo", "", " wor", "ld"]:
            produced.append(token)
            yield token

    pieces = iter_text_pieces(tokens())
    assert next(pieces) == "Hel"
    assert produced == ["Hel"]  # nothing read ahead
    assert list(pieces) == ["lo", " wor", "ld"]  # empty pieces would end the input: dropped
    assert list(iter_text_pieces("whole text")) == ["whole text"]
    with pytest.raises(TypeError):
        list(iter_text_pieces([b"bytes"]))  # type: ignore[list-item]


def test_sentence_boundaries_are_opt_in() -> None:
    tokens = ["Hello", " there.", " How", " are", ' you?"', " Fine", "\n", "tail"]
    assert list(iter_text_pieces(tokens, sentence_boundaries=True)) == [
        "Hello there. ",
        'How are you?" ',
        "Fine\n",
        "tail",
    ]
    splitter = SentenceBoundaries()
    assert splitter.feed("Dr. Who") == ["Dr. "]  # a simple policy: any full stop before a space
    assert splitter.feed("。次") == []
    assert splitter.flush() == ["Who。次"]


async def test_async_pieces_take_async_iterables() -> None:
    async def tokens() -> Any:
        for token in ["One. ", "", "Two"]:
            yield token

    assert [p async for p in aiter_text_pieces(tokens())] == ["One. ", "Two"]
    assert [p async for p in aiter_text_pieces(["a", "b"], sentence_boundaries=True)] == ["ab"]


# ------------------------------------------------------------------ server side


def test_stream_input_server_checks_the_client_side_of_the_protocol() -> None:
    server = StreamInputServer(strict=True)
    with pytest.raises(WebSocketProtocolError, match="WsInitializeConnection"):
        StreamInputServer().receive(frame(text="Hello "))  # the first message must initialise
    assert type(server.receive(frame(text=" ", voice_settings={"speed": 1.0}))).__name__ == "WsInitializeConnection"
    assert type(server.receive(frame(text="Hi ", flush=True))).__name__ == "WsSendText"
    with pytest.raises(WebSocketProtocolError, match="unexpected key 'generator_config'"):
        server.receive(frame(text="x ", generator_config={}))
    assert type(server.receive(frame(text=""))).__name__ == "WsCloseConnection"
    with pytest.raises(WebSocketProtocolError, match="after the input ended"):
        server.receive(frame(text="late "))
    client = StreamInputProtocol()
    client.initialize()
    sent = server.audio(b"abc", alignment=ALIGNMENT)
    assert client.receive(sent).audio == b"abc"
    assert client.receive(server.final()).is_final
    with pytest.raises(WebSocketClosedError, match="quota"):
        opened().receive(server.error("quota used up", error="quota_exceeded"))


def test_multi_stream_input_server_tracks_contexts() -> None:
    server = MultiStreamInputServer()
    kinds = [
        type(server.receive(raw)).__name__
        for raw in [
            frame(text=" ", context_id="a", voice_settings={"stability": 0.1}),
            frame(text="Hello ", context_id="a"),
            frame(text="more ", context_id="a", flush=True),
            frame(context_id="a", flush=True),
            frame(context_id="a", text=""),
            frame(context_id="a", close_context=True),
            frame(text="new one ", context_id="a"),
            frame(close_socket=True),
        ]
    ]
    assert kinds == [
        "WsInitializeContext",
        "WsSendContextText",
        "WsSendContextText",
        "WsFlushContext",
        "WsKeepContextAlive",
        "WsCloseContext",
        "WsInitializeContext",
        "WsCloseSocket",
    ]
    with pytest.raises(WebSocketProtocolError, match="not open"):
        MultiStreamInputServer().receive(frame(context_id="x", close_context=True))
    with pytest.raises(WebSocketProtocolError, match="after close_socket"):
        server.receive(frame(text="x ", context_id="b"))


def test_a_failed_send_does_not_record_the_close() -> None:
    protocol = opened()
    error = protocol.closed_while_sending(1011, "boom")
    assert isinstance(error, WebSocketClosedError) and error.code == 1011
    assert not protocol.finished and protocol.failure is None
    assert protocol.receive(frame(audio=audio(b"queued"))).audio == b"queued"  # still readable
    protocol.end_input()
    assert isinstance(protocol.closed_while_sending(1000, ""), WebSocketStateError)
    multi = MultiStreamInputProtocol()
    assert isinstance(multi.closed_while_sending(1008, "no"), WebSocketClosedError)
    assert not multi.finished
