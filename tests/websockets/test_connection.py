"""Where a socket connects and how it authenticates: URL, environments, headers, handshake errors."""

from __future__ import annotations

import socket as socket_module

import pytest

from elevenlabs_ext import (
    APIConnectionError,
    AsyncElevenLabs,
    AsyncMultiContextSocket,
    AsyncTextToSpeechSocket,
    AuthenticationError,
    ConfigurationError,
    ElevenLabs,
    Environment,
    MultiContextSocket,
    PermissionDeniedError,
    TextToSpeechSocket,
)
from elevenlabs_ext._websockets._handshake import socket_url

from .conftest import API_KEY, VOICE
from .server import ScriptedServer

STREAM_INPUT = "/v1/text-to-speech/{voice_id}/stream-input"
MULTI_STREAM_INPUT = "/v1/text-to-speech/{voice_id}/multi-stream-input"

HOSTS = {
    Environment.PRODUCTION: "api.elevenlabs.io",
    Environment.US: "api.us.elevenlabs.io",
    Environment.EU: "api.eu.residency.elevenlabs.io",
    Environment.IN: "api.in.residency.elevenlabs.io",
    Environment.SG: "api.sg.residency.elevenlabs.io",
}


@pytest.mark.parametrize("environment", list(Environment))
def test_every_environment_including_residency_regions_gets_a_wss_url(environment: Environment) -> None:
    with ElevenLabs(api_key=API_KEY, environment=environment) as client:
        tts = TextToSpeechSocket(client, VOICE, model_id="eleven_flash_v2_5")
        multi = MultiContextSocket(client, VOICE)
        host = HOSTS[environment]
        assert tts.url == f"wss://{host}/v1/text-to-speech/{VOICE}/stream-input?model_id=eleven_flash_v2_5"
        assert multi.url == f"wss://{host}/v1/text-to-speech/{VOICE}/multi-stream-input"
        assert API_KEY not in tts.url and API_KEY not in repr(tts)


async def test_async_sockets_build_the_same_urls() -> None:
    async with AsyncElevenLabs(api_key=API_KEY, environment="eu") as client:
        assert AsyncTextToSpeechSocket(client, VOICE).url.startswith("wss://api.eu.residency.elevenlabs.io/v1/")
        assert AsyncMultiContextSocket(client, VOICE).url.endswith("/multi-stream-input")


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://api.elevenlabs.io", "wss://api.elevenlabs.io/v1/text-to-speech/v/stream-input"),
        ("https://gateway.example.com/eleven/", "wss://gateway.example.com/eleven/v1/text-to-speech/v/stream-input"),
        ("http://127.0.0.1:8123", "ws://127.0.0.1:8123/v1/text-to-speech/v/stream-input"),
        ("http://localhost:8123", "ws://localhost:8123/v1/text-to-speech/v/stream-input"),
        ("http://[::1]:8123", "ws://[::1]:8123/v1/text-to-speech/v/stream-input"),
        ("wss://api.elevenlabs.io", "wss://api.elevenlabs.io/v1/text-to-speech/v/stream-input"),
    ],
)
def test_https_becomes_wss_and_http_becomes_ws_on_loopback(base_url: str, expected: str) -> None:
    assert socket_url(base_url, STREAM_INPUT, {"voice_id": "v"}, {}) == expected


@pytest.mark.parametrize("base_url", ["http://example.com", "http://10.0.0.8:8000", "ws://api.elevenlabs.io"])
def test_plain_text_sockets_to_other_hosts_are_refused(base_url: str) -> None:
    with pytest.raises(ConfigurationError, match="unencrypted"):
        socket_url(base_url, STREAM_INPUT, {"voice_id": "v"}, {})


def test_voice_ids_are_quoted_and_keys_in_urls_refused() -> None:
    url = socket_url("https://api.elevenlabs.io", MULTI_STREAM_INPUT, {"voice_id": "a/b c"}, {"model_id": "m"})
    assert url == "wss://api.elevenlabs.io/v1/text-to-speech/a%2Fb%20c/multi-stream-input?model_id=m"
    with pytest.raises(ConfigurationError, match="key"):
        socket_url("https://api.elevenlabs.io/?xi-api-key=secret", STREAM_INPUT, {"voice_id": "v"}, {})
    with pytest.raises(ValueError, match="voice_id"):
        socket_url("https://api.elevenlabs.io", STREAM_INPUT, {"voice_id": ""}, {})


def test_every_query_option_is_encoded_as_the_service_expects() -> None:
    with ElevenLabs(api_key=API_KEY) as client:
        tts = TextToSpeechSocket(
            client,
            VOICE,
            model_id="eleven_multilingual_v2",
            output_format="pcm_16000",
            language_code="de",
            seed=4294967295,
            apply_text_normalization="off",
            sync_alignment=True,
            auto_mode=False,
            inactivity_timeout=180,
            enable_logging=False,
            enable_ssml_parsing=True,
        )
    assert tts.url.split("?", 1)[1] == (
        "model_id=eleven_multilingual_v2&language_code=de&enable_logging=false&enable_ssml_parsing=true"
        "&output_format=pcm_16000&inactivity_timeout=180&sync_alignment=true&auto_mode=false"
        "&apply_text_normalization=off&seed=4294967295"
    )


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"output_format": "wav_44100"}, "output_format: expected one of"),
        ({"inactivity_timeout": 181}, "inactivity_timeout: 181 is above the maximum 180"),
        ({"seed": -1}, "seed: -1 is below the minimum 0"),
        ({"seed": 4294967296}, "seed"),
        ({"sync_alignment": "yes"}, "sync_alignment: expected boolean"),
        ({"apply_text_normalization": "sometimes"}, "apply_text_normalization"),
        ({"voice_settings": {"stabilty": 0.5}}, "unexpected key 'stabilty'"),
    ],
)
def test_invalid_options_fail_before_connecting(
    ws_server: ScriptedServer, client: ElevenLabs, options: dict[str, object], match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        TextToSpeechSocket(client, VOICE, **options)  # type: ignore[arg-type]
    assert ws_server.connections == []


def test_sockets_need_the_client_of_their_flavor() -> None:
    with ElevenLabs(api_key=API_KEY) as client, pytest.raises(ConfigurationError, match="AsyncElevenLabs"):
        AsyncTextToSpeechSocket(client, VOICE)  # type: ignore[arg-type]


def test_the_key_goes_in_the_handshake_header_only(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    with TextToSpeechSocket(client, VOICE, model_id="m1", output_format="ulaw_8000") as tts:
        tts.end_input()
        assert [chunk.is_final for chunk in tts] == [True]
    seen = ws_server.last
    assert seen.path == f"/v1/text-to-speech/{VOICE}/stream-input"
    assert seen.query == {"model_id": "m1", "output_format": "ulaw_8000"}
    assert seen.headers["xi-api-key"] == API_KEY
    assert API_KEY not in seen.raw_target
    assert all(API_KEY not in frame for frame in seen.frames)
    assert seen.headers["user-agent"].startswith("elevenlabs-ext/")


async def test_async_handshake_carries_the_key_and_the_clients_headers(ws_server: ScriptedServer) -> None:
    async with (
        AsyncElevenLabs(api_key=API_KEY, base_url=ws_server.url, headers={"x-trace": "t1"}) as client,
        AsyncMultiContextSocket(client, VOICE) as multi,
    ):
        await multi.end_input()
    seen = ws_server.last
    assert seen.headers["xi-api-key"] == API_KEY
    assert seen.headers["x-trace"] == "t1"
    assert seen.path.endswith("/multi-stream-input")


@pytest.mark.parametrize(("status", "error"), [(401, AuthenticationError), (403, PermissionDeniedError)])
def test_a_refused_handshake_raises_the_typed_http_error(
    ws_server: ScriptedServer, client: ElevenLabs, status: int, error: type[Exception]
) -> None:
    ws_server.reject = (status, '{"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}')
    with pytest.raises(error) as caught, TextToSpeechSocket(client, VOICE):
        pass
    assert caught.value.status_code == status  # type: ignore[attr-defined]
    assert caught.value.code == "invalid_api_key"  # type: ignore[attr-defined]
    assert API_KEY not in str(caught.value)


async def test_async_refused_handshake_raises_the_typed_http_error(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    ws_server.reject = (401, "no")
    with pytest.raises(AuthenticationError):
        async with AsyncTextToSpeechSocket(aclient, VOICE):
            pass


def _closed_port() -> int:
    with socket_module.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_unreachable_service_raises_connection_errors() -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    with ElevenLabs(api_key=API_KEY, base_url=url) as client, pytest.raises(APIConnectionError):
        TextToSpeechSocket(client, VOICE).open()
    async with AsyncElevenLabs(api_key=API_KEY, base_url=url) as aclient:
        with pytest.raises(APIConnectionError):
            await AsyncMultiContextSocket(aclient, VOICE).open()
