"""The newer output formats of the 2026 spec, decoded and measured: ``wav_*`` at every rate,
``pcm_32000``, ``mp3_24000_48`` and Ogg Opus; and the client's side of them (long-form joins of
WAV pieces)."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import pytest
from elevenlabs_api.api.text_to_speech import text_to_speech_convert, text_to_speech_stream
from elevenlabs_api.models import TextToSpeechRequest
from elevenlabs_api.models.output_format_with_wav import OUTPUT_FORMAT_WITH_WAV_VALUES

from elevenlabs_ext import ElevenLabs, UnprocessableEntityError, stream
from elevenlabs_ext.audio import AudioFormatError
from elevenlabs_ext.longform import synthesize_long

from .conftest import VOICE
from .helpers import decode_mp3

SHORT = "Hello there."
LONG = "Hello there. This sentence is a good deal longer, so the audio made from it must last longer too."
WAV_RATES = sorted(int(name.split("_")[1]) for name in OUTPUT_FORMAT_WITH_WAV_VALUES if name.startswith("wav_"))


def _convert(client: ElevenLabs, text: str, output_format: str) -> tuple[bytes, str | None]:
    with stream(
        text_to_speech_convert,
        client=client,
        voice_id=VOICE,
        body=TextToSpeechRequest(text=text),
        output_format=output_format,  # type: ignore[arg-type]  # every name is tested, typed or not
    ) as audio:
        return audio.read(), audio.content_type


def test_the_spec_lists_seven_wav_rates() -> None:
    assert WAV_RATES == [8000, 16000, 22050, 24000, 32000, 44100, 48000]


@pytest.mark.parametrize("rate", WAV_RATES)
def test_wav_is_the_pcm_of_its_rate_under_a_truthful_header(client: ElevenLabs, rate: int) -> None:
    audio, content_type = _convert(client, SHORT, f"wav_{rate}")
    pcm, _ = _convert(client, SHORT, f"pcm_{rate}")
    assert content_type == "audio/wav"
    with wave.open(io.BytesIO(audio)) as file:
        assert (file.getframerate(), file.getnchannels(), file.getsampwidth()) == (rate, 1, 2)
        frames = file.getnframes()
        samples = file.readframes(frames)
    assert len(samples) == pytest.approx(len(pcm), rel=0.02)  # as long as the same speech in PCM
    assert len(audio) == 44 + 2 * frames  # the header states exactly the samples that follow
    assert 0.5 < frames / rate < 3


def test_wav_is_refused_on_streaming_endpoints_like_the_api(client: ElevenLabs) -> None:
    with (
        pytest.raises(UnprocessableEntityError) as raised,
        stream(
            text_to_speech_stream,
            client=client,
            voice_id=VOICE,
            body=TextToSpeechRequest(text=SHORT),
            output_format="wav_24000",  # type: ignore[arg-type]  # not a streaming format: the point
        ),
    ):
        pass
    assert raised.value.body["detail"][0]["loc"] == ["query", "output_format"]


def test_pcm_32000_lasts_as_long_as_pcm_16000(client: ElevenLabs) -> None:
    high, _ = _convert(client, LONG, "pcm_32000")
    low, _ = _convert(client, LONG, "pcm_16000")
    assert len(high) / 2 / 32000 == pytest.approx(len(low) / 2 / 16000, abs=0.001)


def test_mp3_24000_48_decodes_at_24_khz_and_48_kbit(client: ElevenLabs) -> None:
    audio, content_type = _convert(client, LONG, "mp3_24000_48")
    rate, channels, samples = decode_mp3(audio)
    assert (content_type, rate, channels) == ("audio/mpeg", 24000, 1)
    assert len(audio) * 8 / (len(samples) / rate) == pytest.approx(48_000, rel=0.05)


def test_opus_is_ogg_opus_at_48_khz_lasting_as_long_as_the_pcm(client: ElevenLabs) -> None:
    soundfile = pytest.importorskip("soundfile")
    pcm, _ = _convert(client, LONG, "pcm_48000")
    sizes = {}
    for bitrate in (32, 128):
        audio, content_type = _convert(client, LONG, f"opus_48000_{bitrate}")
        assert content_type == "audio/opus" and audio.startswith(b"OggS") and b"OpusHead" in audio[:80]
        samples, rate = soundfile.read(io.BytesIO(audio), dtype="int16")
        assert rate == 48000
        assert len(samples) == pytest.approx(len(pcm) // 2, rel=0.02)
        sizes[bitrate] = len(audio)
    assert sizes[128] > 2 * sizes[32]  # the bitrate in the name is honoured


def test_long_form_joins_wav_pieces_into_one_wav(client: ElevenLabs, tmp_path: Path) -> None:
    text = " ".join(f"This is sentence number {n} of the text." for n in range(6))
    joined = synthesize_long(
        client, text, voice_id=VOICE, output=tmp_path / "book.wav", output_format="wav_22050", max_chars=90
    )
    raw = synthesize_long(
        client, text, voice_id=VOICE, output=tmp_path / "book.pcm", output_format="pcm_22050", max_chars=90
    )
    assert joined.pieces == raw.pieces > 1
    with wave.open(str(tmp_path / "book.wav")) as file:
        assert (file.getframerate(), file.getnchannels(), file.getsampwidth()) == (22050, 1, 2)
        samples = file.readframes(file.getnframes())
    # Each piece's header gone, one header in front: as long as the joined PCM of the same pieces.
    assert len(samples) == pytest.approx((tmp_path / "book.pcm").stat().st_size, rel=0.02)
    assert b"RIFF" not in samples
    assert joined.duration == pytest.approx(len(samples) / 2 / 22050)


def test_a_wav_format_cannot_fill_an_mp3_file(client: ElevenLabs, tmp_path: Path) -> None:
    with pytest.raises(AudioFormatError, match=r"\.mp3 file cannot hold wav_22050"):
        synthesize_long(client, "Hi.", voice_id=VOICE, output=tmp_path / "x.mp3", output_format="wav_22050")
