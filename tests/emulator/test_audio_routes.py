"""Voice changer, audio isolation and sound effects: real signal processing, measured."""

from __future__ import annotations

import io
import wave

import miniaudio
import numpy as np
import pytest
from elevenlabs_api.api.audio_isolation import audio_isolation_convert, audio_isolation_stream
from elevenlabs_api.api.sound_generation import sound_generation_convert
from elevenlabs_api.api.speech_to_speech import speech_to_speech_convert, speech_to_speech_stream
from elevenlabs_api.api.speech_to_text import speech_to_text_convert
from elevenlabs_api.api.text_to_speech import text_to_speech_convert
from elevenlabs_api.models import (
    AudioIsolationForm,
    SoundGenerationRequest,
    SpeechToSpeechForm,
    SpeechToTextForm,
    TextToSpeechRequest,
    Transcript,
)
from elevenlabs_api.types import File

from elevenlabs_ext import AsyncElevenLabs, BadRequestError, ElevenLabs, UnprocessableEntityError, astream, stream
from elevenlabs_ext.emulator import Emulator

from .conftest import VOICE

RACHEL = "21m00Tcm4TlvDq8ikWAM"  # a higher voice than George (VOICE)
RATE = 22_050
SENTENCE = "The emulator changes voices, but the words stay the same, one after another."


def _speech(client: ElevenLabs, voice: str = VOICE, output_format: str = "pcm_22050") -> bytes:
    response = text_to_speech_convert.sync_detailed(
        client=client, voice_id=voice, body=TextToSpeechRequest(text=SENTENCE), output_format=output_format
    )
    return response.content


def _samples(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768.0


def _wav(samples: np.ndarray, rate: int = RATE) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.clip(samples * 32767, -32768, 32767).astype("<i2").tobytes())
    return buffer.getvalue()


def _f0(samples: np.ndarray, rate: int = RATE) -> float:
    """Median pitch of the loud frames, by autocorrelation (an estimator of the test's own)."""
    frame, hop = 2048, 1024
    pitches = []
    loudest = max(np.sqrt(np.mean(samples[i : i + frame] ** 2)) for i in range(0, len(samples) - frame, hop))
    for start in range(0, len(samples) - frame, hop):
        piece = samples[start : start + frame]
        if np.sqrt(np.mean(piece**2)) < 0.2 * loudest:
            continue
        piece = piece - piece.mean()
        correlation = np.correlate(piece, piece, mode="full")[frame - 1 :]
        low, high = rate // 400, rate // 60
        lag = low + int(np.argmax(correlation[low:high]))
        if correlation[lag] > 0.4 * correlation[0]:
            pitches.append(rate / lag)
    return float(np.median(pitches))


def _envelope(samples: np.ndarray, rate: int = RATE) -> np.ndarray:
    step = rate // 50  # 20 ms
    count = len(samples) // step
    return np.sqrt(np.mean(samples[: count * step].reshape(count, step) ** 2, axis=1))


def _aligned(reference: np.ndarray, decoded: np.ndarray) -> np.ndarray:
    """``decoded`` with the codec's leading delay cut, as long as ``reference`` (zero-padded)."""
    size = 1 << (len(reference) + len(decoded)).bit_length()
    scores = np.fft.irfft(np.fft.rfft(decoded, size) * np.conj(np.fft.rfft(reference, size)), size)
    lag = int(np.argmax(scores[:4096]))
    out = decoded[lag : lag + len(reference)]
    return np.concatenate((out, np.zeros(len(reference) - len(out))))


def _snr(reference: np.ndarray, estimate: np.ndarray) -> float:
    return float(10 * np.log10(np.sum(reference**2) / np.sum((estimate - reference) ** 2)))


# ---------------------------------------------------------------------- voice changer


def test_voice_changer_moves_pitch_to_the_target_voice_keeping_the_words(client: ElevenLabs) -> None:
    george_mp3 = _speech(client, output_format="mp3_44100_128")
    george = _samples(_speech(client))
    rachel_reference = _samples(_speech(client, RACHEL))
    response = speech_to_speech_convert.sync_detailed(
        RACHEL,
        client=client,
        body=SpeechToSpeechForm(audio=File(payload=io.BytesIO(george_mp3), file_name="george.mp3")),
        output_format="pcm_22050",
    )
    assert response.status_code == 200 and response.headers["content-type"] == "audio/pcm"
    changed = _samples(response.content)
    before, after, target = _f0(george), _f0(changed), _f0(rachel_reference)
    assert after > 1.6 * before  # George ~95 Hz; Rachel ~210 Hz
    assert abs(after - target) < 0.2 * target
    # Same words: the same length (the MP3 round trip adds its padding) and the same rhythm.
    assert abs(len(changed) - len(george)) < 0.05 * len(george)
    shortest = min(len(_envelope(changed)), len(_envelope(george)))
    lag = 1105 * RATE // 44_100 // (RATE // 50)  # the MP3 decoder's delay, in envelope steps
    correlation = np.corrcoef(_envelope(changed)[lag:shortest], _envelope(george)[: shortest - lag])[0, 1]
    assert correlation > 0.6
    assert int(response.headers["character-cost"]) >= 1
    # The words themselves: the target voice said them, so the emulator transcribes them exactly.
    form = SpeechToTextForm(model_id="scribe_v1", file=File(payload=io.BytesIO(_wav(changed)), file_name="c.wav"))
    transcript = speech_to_text_convert.sync(client=client, body=form)
    assert isinstance(transcript, Transcript) and transcript.text == SENTENCE


@pytest.mark.parametrize(
    ("output_format", "content_type", "rate", "width"),
    [
        ("pcm_16000", "audio/pcm", 16_000, 2),
        ("ulaw_8000", "audio/basic", 8_000, 1),
        ("mp3_22050_32", "audio/mpeg", 22_050, 0),
    ],
)
def test_voice_changer_streams_every_format(
    client: ElevenLabs, output_format: str, content_type: str, rate: int, width: int
) -> None:
    george = _speech(client)
    form = SpeechToSpeechForm(audio=File(payload=io.BytesIO(_wav(_samples(george))), file_name="g.wav"))
    with stream(
        speech_to_speech_stream, client=client, voice_id=RACHEL, body=form, output_format=output_format
    ) as audio:
        chunks = list(audio)
        assert audio.response.headers["content-type"] == content_type
        assert "content-length" not in audio.response.headers
    data = b"".join(chunks)
    assert len(chunks) > 1
    seconds = len(george) / 2 / RATE
    if width:
        assert abs(len(data) / width / rate - seconds) < 0.05
    else:
        decoded = miniaudio.decode(data, nchannels=1, sample_rate=rate)
        assert abs(decoded.duration - seconds) < 0.2


def test_voice_changer_refuses_what_the_api_refuses(client: ElevenLabs, emu: Emulator) -> None:
    george = _wav(_samples(_speech(client)))
    bad_settings = SpeechToSpeechForm(
        audio=File(payload=io.BytesIO(george), file_name="g.wav"), voice_settings='{"stability": NaN}'
    )
    with pytest.raises(UnprocessableEntityError):
        speech_to_speech_convert.sync_detailed(RACHEL, client=client, body=bad_settings)
    not_audio = SpeechToSpeechForm(audio=File(payload=io.BytesIO(b"not audio at all"), file_name="x.mp3"))
    with pytest.raises(BadRequestError) as undecodable:
        speech_to_speech_convert.sync_detailed(RACHEL, client=client, body=not_audio)
    assert undecodable.value.code == "invalid_audio"
    tts_model = SpeechToSpeechForm(audio=File(payload=io.BytesIO(george), file_name="g.wav"), model_id="eleven_v3")
    with pytest.raises(BadRequestError) as wrong_model:
        speech_to_speech_convert.sync_detailed(RACHEL, client=client, body=tts_model)
    assert wrong_model.value.code == "model_cannot_do_voice_conversion"
    assert emu.state.character_count == _tts_cost()  # only the TTS that made the input was charged


def _tts_cost() -> int:
    return len(SENTENCE)


# ---------------------------------------------------------------------- audio isolation


def _noisy(clean: np.ndarray, snr_db: float, kind: str) -> np.ndarray:
    rng = np.random.default_rng(7)
    noise = rng.standard_normal(len(clean))
    if kind == "pink":
        spectrum = np.fft.rfft(noise)
        frequencies = np.fft.rfftfreq(len(clean))
        spectrum[1:] /= np.sqrt(frequencies[1:])
        spectrum[0] = 0
        noise = np.fft.irfft(spectrum, n=len(clean))
    noise *= np.sqrt(np.mean(clean**2) / np.mean(noise**2)) / 10 ** (snr_db / 20)
    return clean + noise


@pytest.mark.parametrize("kind", ["white", "pink"])
def test_audio_isolation_improves_the_signal_to_noise_ratio(client: ElevenLabs, kind: str) -> None:
    clean = _samples(_speech(client, RACHEL))
    noisy = _noisy(clean, 5.0, kind)
    response = audio_isolation_convert.sync_detailed(
        client=client, body=AudioIsolationForm(audio=File(payload=io.BytesIO(_wav(noisy)), file_name="n.wav"))
    )
    assert response.status_code == 200 and response.headers["content-type"] == "audio/mpeg"
    decoded = miniaudio.decode(response.content, nchannels=1, sample_rate=RATE)
    cleaned = _aligned(clean, np.asarray(decoded.samples, dtype=np.float64) / 32768.0)
    before, after = _snr(clean, noisy), _snr(clean, cleaned)
    assert after > before + 3.0, (before, after)


async def test_audio_isolation_streams_raw_pcm_input(emu: Emulator) -> None:
    with emu.client() as sync_client:
        clean = _samples(_speech(sync_client, RACHEL, output_format="pcm_16000"))
    noisy = _noisy(clean, 5.0, "white")
    raw = np.clip(noisy * 32767, -32768, 32767).astype("<i2").tobytes()
    form = AudioIsolationForm(audio=File(payload=io.BytesIO(raw), file_name="n.pcm"), file_format="pcm_s16le_16")
    async with (
        emu.async_client(max_retries=0) as client,
        astream(audio_isolation_stream, client=client, body=form) as audio,
    ):
        data = b"".join([chunk async for chunk in audio])
    decoded = miniaudio.decode(data, nchannels=1, sample_rate=16_000)
    cleaned = _aligned(clean, np.asarray(decoded.samples, dtype=np.float64) / 32768.0)
    assert _snr(clean, cleaned) > _snr(clean, noisy) + 3.0
    assert isinstance(client, AsyncElevenLabs)


# ---------------------------------------------------------------------- sound effects


def _effect(client: ElevenLabs, text: str, seconds: float | None, output_format: str = "pcm_16000") -> bytes:
    body = (
        SoundGenerationRequest(text=text)
        if seconds is None
        else SoundGenerationRequest(text=text, duration_seconds=seconds)
    )
    response = sound_generation_convert.sync_detailed(client=client, body=body, output_format=output_format)
    assert response.status_code == 200
    return response.content


def test_sound_effect_lasts_the_requested_duration(client: ElevenLabs) -> None:
    rain = _samples(_effect(client, "rain on a tin roof", 1.5))
    assert len(rain) == 24_000 and np.sqrt(np.mean(rain**2)) > 0.05
    assert len(_samples(_effect(client, "rain on a tin roof", None))) == 32_000  # the default, 2 s
    assert _effect(client, "rain on a tin roof", 1.5) == _effect(client, "rain on a tin roof", 1.5)
    assert _effect(client, "a door creaks", 1.5) != _effect(client, "rain on a tin roof", 1.5)
    mp3 = _effect(client, "thunder", 3.0, output_format="mp3_44100_128")
    assert abs(miniaudio.decode(mp3, nchannels=1, sample_rate=44_100).duration - 3.0) < 0.1
    with pytest.raises(UnprocessableEntityError):
        _effect(client, "too long", 31.0)
