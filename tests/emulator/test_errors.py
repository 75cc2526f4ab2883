"""Error answers in the API's shapes, parsed into the client's typed errors."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
from elevenlabs_api.api.models import models_list
from elevenlabs_api.api.text_to_speech import text_to_speech_convert, text_to_speech_stream
from elevenlabs_api.api.user import user_get_subscription
from elevenlabs_api.models import ExtendedSubscription, TextToSpeechRequest

from elevenlabs_ext import (
    AuthenticationError,
    BadRequestError,
    ElevenLabs,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
    stream,
)
from elevenlabs_ext.emulator import Emulator

from .conftest import VOICE


def _convert(client: ElevenLabs, text: str, voice: str = VOICE, **params: object) -> bytes:
    return text_to_speech_convert.sync_detailed(
        client=client, voice_id=voice, body=TextToSpeechRequest(text=text), **params
    ).content


def test_missing_key_is_401_needs_authorization(emu: Emulator) -> None:
    response = httpx.get(f"{emu.base_url}/v1/models")
    assert response.status_code == 401
    assert response.json()["detail"]["status"] == "needs_authorization"
    assert response.headers["request-id"]


def test_only_listed_keys_are_accepted(emu: Emulator) -> None:
    emu.configure(api_keys="k1,k2")
    with emu.client(max_retries=0) as wrong, pytest.raises(AuthenticationError) as raised:
        models_list.sync(client=wrong)
    assert raised.value.code == "invalid_api_key" and raised.value.request_id
    with ElevenLabs(api_key="k2", base_url=emu.base_url) as right:
        assert models_list.sync(client=right)


def test_quota_exhaustion_is_401_quota_exceeded(client: ElevenLabs, emu: Emulator) -> None:
    emu.configure(character_limit=20)
    _convert(client, "Fifteen letters")
    with pytest.raises(AuthenticationError) as raised:
        _convert(client, "Fifteen letters")
    assert raised.value.status_code == 401 and raised.value.code == "quota_exceeded"
    assert "quota of 20" in str(raised.value)
    subscription = user_get_subscription.sync(client=client)
    assert isinstance(subscription, ExtendedSubscription) and subscription.character_count == 15


def test_concurrency_limit_is_429_with_retry_after(client: ElevenLabs, emu: Emulator) -> None:
    emu.configure(concurrency=1)
    slow = client.with_headers({"x-emulator-pacing": "speed=1"})
    body = TextToSpeechRequest(text="A sentence long enough to keep the only slot busy for a while.")
    with stream(text_to_speech_stream, client=slow, voice_id=VOICE, body=body) as holding:
        chunks = iter(holding)  # kept: a dropped iterator closes the stream and frees the slot
        next(chunks)
        with pytest.raises(RateLimitError) as raised:
            _convert(client, "Me too.")
        assert raised.value.code == "too_many_concurrent_requests"
        assert raised.value.retry_after == 1.0 and raised.value.headers["retry-after"] == "1"
    deadline = time.monotonic() + 5
    while emu.context.limiter.active and time.monotonic() < deadline:  # the server sees the hang-up
        time.sleep(0.01)
    assert _convert(client, "Now it is free.")


def test_concurrency_limit_retried_by_the_client(emu: Emulator) -> None:
    # One slot, one long paced stream in a thread: the second request's retries wait it out.
    emu.configure(concurrency=1, retry_after=0.3)
    done = threading.Event()

    def hold() -> None:
        with (
            emu.client(max_retries=0) as holder,
            stream(
                text_to_speech_stream,
                client=holder.with_headers({"x-emulator-pacing": "speed=4"}),
                voice_id=VOICE,
                body=TextToSpeechRequest(text="Short hold."),
            ) as audio,
        ):
            audio.read()
        done.set()

    thread = threading.Thread(target=hold)
    thread.start()
    while not emu.context.limiter.active:
        time.sleep(0.005)
    with emu.client(max_retries=5) as client:
        assert _convert(client, "Waiting my turn.")
    thread.join()
    assert done.is_set()


def test_validation_error_is_422_with_detail(client: ElevenLabs) -> None:
    http = client.get_httpx_client()
    with pytest.raises(UnprocessableEntityError) as raised:
        http.post(f"/v1/text-to-speech/{VOICE}", json={"model_id": 5, "voice_settings": {"stability": "high"}})
    validation = raised.value.validation
    assert validation is not None
    problems = {tuple(item.loc): item.type_ for item in validation.detail}
    assert problems == {
        ("body", "text"): "missing",
        ("body", "model_id"): "string_type",
        ("body", "voice_settings", "stability"): "float_type",
    }
    with pytest.raises(UnprocessableEntityError) as raised:
        http.post(f"/v1/text-to-speech/{VOICE}", content=b"{not json", headers={"content-type": "application/json"})
    assert raised.value.body["detail"][0]["type"] == "json_invalid"


def test_unsupported_output_format_is_422_naming_it(client: ElevenLabs, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("elevenlabs_ext.emulator._encoding.opus_available", lambda: False)  # no Opus encoder
    with pytest.raises(UnprocessableEntityError) as raised:
        _convert(client, "Hello", output_format="opus_48000_64")
    assert "opus_48000_64" in str(raised.value)
    assert raised.value.body["detail"][0]["loc"] == ["query", "output_format"]


def test_unknown_voice_is_404(client: ElevenLabs) -> None:
    with pytest.raises(NotFoundError) as raised:
        _convert(client, "Hello", voice="not-a-voice")
    assert raised.value.code == "voice_not_found"


def test_oversized_text_is_400(client: ElevenLabs, emu: Emulator) -> None:
    emu.configure(max_text_length=20)
    with pytest.raises(BadRequestError) as raised:
        _convert(client, "x" * 21)
    assert raised.value.code == "max_character_limit_exceeded" and "21 characters" in str(raised.value)
    assert emu.state.character_count == 0  # refused requests cost nothing


def test_unknown_model_is_400(client: ElevenLabs) -> None:
    with pytest.raises(BadRequestError) as raised:
        text_to_speech_convert.sync_detailed(
            client=client, voice_id=VOICE, body=TextToSpeechRequest(text="Hi", model_id="eleven_nonexistent")
        )
    assert raised.value.code == "model_not_found"


def test_unknown_path_is_404_like_fastapi(client: ElevenLabs) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.get_httpx_client().get("/v1/not-an-endpoint")
    assert raised.value.body == {"detail": "Not Found"}
