"""Audio checked as audio: decoded MP3, PCM byte counts, G.711, dialogue, progressive arrival."""

from __future__ import annotations

import base64
import io
import time

import pytest
from elevenlabs_api.api.text_to_dialogue import text_to_dialogue_convert, text_to_dialogue_stream
from elevenlabs_api.api.text_to_speech import (
    text_to_speech_convert,
    text_to_speech_convert_with_timestamps,
    text_to_speech_stream,
)
from elevenlabs_api.models import (
    DialogueInput,
    TextToDialogueRequest,
    TextToSpeechRequest,
    TextToSpeechWithTimestampsRequest,
)
from elevenlabs_api.models.output_format import OUTPUT_FORMAT_VALUES

from elevenlabs_ext import AsyncElevenLabs, ElevenLabs, astream, stream
from elevenlabs_ext.emulator import Emulator

from .conftest import VOICE
from .helpers import decode_mp3, pcm_samples, rms

SHORT = "Hello there."
LONG = "Hello there. This sentence is a good deal longer, so the audio made from it must last longer too."
RMS_FLOOR = 300  # full scale is 32767; eSpeak speech sits in the thousands, silence at 0


def _speak(client: ElevenLabs, text: str, output_format: str, voice: str = VOICE) -> bytes:
    with stream(
        text_to_speech_stream,
        client=client,
        voice_id=voice,
        body=TextToSpeechRequest(text=text),
        output_format=output_format,
    ) as audio:
        return audio.read()


@pytest.mark.parametrize(
    ("output_format", "rate"), [("mp3_44100_128", 44100), ("mp3_22050_32", 22050), ("mp3_44100_64", 44100)]
)
def test_mp3_decodes_at_the_requested_rate_and_is_speech(client: ElevenLabs, output_format: str, rate: int) -> None:
    short, long = _speak(client, SHORT, output_format), _speak(client, LONG, output_format)
    short_rate, channels, short_samples = decode_mp3(short)
    long_rate, _, long_samples = decode_mp3(long)
    assert (short_rate, long_rate, channels) == (rate, rate, 1)
    assert len(long_samples) / rate > 2 * len(short_samples) / rate > 0.5  # grows with the text
    assert rms(long_samples) > RMS_FLOOR


def test_mp3_bitrate_matches_the_format(client: ElevenLabs) -> None:
    low, high = _speak(client, LONG, "mp3_44100_32"), _speak(client, LONG, "mp3_44100_128")
    duration = len(decode_mp3(high)[2]) / 44100
    assert len(low) * 8 / duration == pytest.approx(32_000, rel=0.05)
    assert len(high) * 8 / duration == pytest.approx(128_000, rel=0.05)


@pytest.mark.parametrize(
    ("output_format", "rate", "width"),
    [
        ("pcm_16000", 16000, 2),
        ("pcm_22050", 22050, 2),
        ("pcm_48000", 48000, 2),
        ("ulaw_8000", 8000, 1),
        ("alaw_8000", 8000, 1),
    ],
)
def test_raw_formats_have_rate_times_duration_bytes(
    client: ElevenLabs, output_format: str, rate: int, width: int
) -> None:
    # The alignment's last end is the audio's duration; the body must hold exactly that much.
    result = text_to_speech_convert_with_timestamps.sync(
        client=client, voice_id=VOICE, body=TextToSpeechWithTimestampsRequest(text=LONG), output_format=output_format
    )
    assert result is not None and result.alignment is not None
    audio = base64.b64decode(result.audio_base64)
    duration = result.alignment.character_end_times_seconds[-1]
    assert len(audio) % width == 0
    # Times are rounded to 0.1 ms, and the resampler rounds the last sample up.
    assert abs(len(audio) - rate * duration * width) <= width * (2 + rate * 0.0001)
    streamed = _speak(client, LONG, output_format)
    # Convert and stream make the same speech (eSpeak varies by a few samples between runs).
    assert abs(len(streamed) - len(audio)) < rate * width * 0.02
    if width == 2:
        assert rms(pcm_samples(audio)) > RMS_FLOOR


def test_convert_returns_whole_audio_with_a_length(client: ElevenLabs) -> None:
    response = text_to_speech_convert.sync_detailed(
        client=client, voice_id=VOICE, body=TextToSpeechRequest(text=SHORT), output_format="mp3_44100_128"
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == "audio/mpeg"
    assert int(response.headers["content-length"]) == len(response.content)
    assert int(response.headers["character-cost"]) == len(SHORT)
    assert response.headers["request-id"] and response.headers["history-item-id"]
    assert decode_mp3(response.content)[0] == 44100


def test_voices_sound_different(client: ElevenLabs) -> None:
    george = _speak(client, SHORT, "pcm_16000", "JBFqnCBsd6RMkjVDRZzb")
    sarah = _speak(client, SHORT, "pcm_16000", "EXAVITQu4vr4xnSDxMaL")
    assert george != sarah


def test_dialogue_has_every_turn(client: ElevenLabs) -> None:
    turns = [
        DialogueInput(text="Hi, how are you?", voice_id=VOICE),
        DialogueInput(text="Fine, thanks.", voice_id="EXAVITQu4vr4xnSDxMaL"),
    ]
    body = TextToDialogueRequest(inputs=turns)
    whole = text_to_dialogue_convert.sync_detailed(client=client, body=body, output_format="pcm_16000")
    with stream(text_to_dialogue_stream, client=client, body=body, output_format="pcm_16000") as audio:
        streamed = audio.read()
    one_turn = _speak(client, "Hi, how are you?", "pcm_16000")
    assert whole.status_code == 200
    assert abs(len(whole.content) - len(streamed)) < 16000 * 2 * 0.02
    assert len(streamed) > len(one_turn) + 16000 * 2 * 0.3  # second turn plus the gap
    assert (
        int(whole.headers["character-cost"]) == len("Hi, how are you?Fine, thanks.") * 1
    )  # eleven_v3: 1 per character


def test_stream_arrives_progressively_when_paced(client: ElevenLabs) -> None:
    # 4x real time with a 0.2 s time to first byte: chunks must trickle in, not come at once.
    paced = client.with_headers({"x-emulator-pacing": "speed=4; ttfb=0.2"})
    arrivals: list[float] = []
    started = time.monotonic()
    with stream(
        text_to_speech_stream,
        client=paced,
        voice_id=VOICE,
        body=TextToSpeechRequest(text=LONG),
        output_format="pcm_16000",
    ) as audio:
        total = 0
        for chunk in audio:
            arrivals.append(time.monotonic() - started)
            total += len(chunk)
    duration = total / 2 / 16000
    assert arrivals[0] >= 0.2
    assert arrivals[-1] >= 0.2 + 0.8 * duration / 4
    assert len(arrivals) > 5


def test_unpaced_stream_is_fast(client: ElevenLabs) -> None:
    text = ("The quick brown fox jumps over the lazy dog. " * 23)[:1000]
    started = time.monotonic()
    with stream(text_to_speech_stream, client=client, voice_id=VOICE, body=TextToSpeechRequest(text=text)) as audio:
        first = None
        for _ in audio:
            first = first if first is not None else time.monotonic() - started
    total = time.monotonic() - started
    assert first is not None and first < 1.0
    assert total < 5.0  # about a minute of audio, made much faster than real time


async def test_async_client_streams(emu: Emulator) -> None:
    client: AsyncElevenLabs
    async with (
        emu.async_client() as client,
        astream(
            text_to_speech_stream,
            client=client,
            voice_id=VOICE,
            body=TextToSpeechRequest(text=SHORT),
            output_format="mp3_22050_32",
        ) as audio,
    ):
        data = await audio.read()
        assert audio.character_cost == len(SHORT)
    assert decode_mp3(data)[0] == 22050


@pytest.mark.parametrize("output_format", sorted(OUTPUT_FORMAT_VALUES))
def test_every_output_format_of_the_spec(client: ElevenLabs, output_format: str) -> None:
    # Each enum value is produced as stated.
    audio = _speak(client, SHORT, output_format)
    codec, rate = output_format.split("_")[:2]
    if codec == "mp3":
        assert decode_mp3(audio)[0] == int(rate)
    elif codec == "opus":
        import soundfile

        samples, opus_rate = soundfile.read(io.BytesIO(audio), dtype="int16")
        assert opus_rate == 48000 and 0.5 < len(samples) / opus_rate < 3
    else:
        width = 2 if codec == "pcm" else 1
        assert 0.5 < len(audio) / width / int(rate) < 3
