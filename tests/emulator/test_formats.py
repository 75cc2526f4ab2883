"""The newer output formats of the 2026 spec, decoded and measured: ``wav_*`` at every rate,
``pcm_32000``, ``mp3_24000_48`` and Ogg Opus; and the client's side of them (long-form joins of
WAV pieces)."""

from __future__ import annotations

import io
import wave
import zipfile
from pathlib import Path

import pytest
from elevenlabs_api.api.text_to_speech import text_to_speech_convert, text_to_speech_stream
from elevenlabs_api.models import TextToSpeechRequest
from elevenlabs_api.models.output_format_with_wav import OUTPUT_FORMAT_WITH_WAV_VALUES

from elevenlabs_ext import ElevenLabs, UnprocessableEntityError, stream
from elevenlabs_ext._cli import main
from elevenlabs_ext.audio import AudioFormatError
from elevenlabs_ext.audio._formats import extension_for_content_type, parse_output_format
from elevenlabs_ext.emulator import Emulator
from elevenlabs_ext.longform import join_files, synthesize_long

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
    assert len(high) / 2 / 32000 == pytest.approx(
        len(low) / 2 / 16000, rel=0.01
    )  # eSpeak varies by a few samples per call


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


def test_the_cli_speaks_a_wav_format_to_standard_output(
    emu: Emulator, capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    # wav_* exists only on the whole-file endpoints: the CLI must not ask the streaming one.
    monkeypatch.setenv("ELEVENLABS_API_KEY", emu.api_key)
    assert main(["speak", "Piped speech.", "-o", "-", "--format", "wav_16000", "--base-url", emu.base_url]) == 0
    out, err = capsysbinary.readouterr()
    with wave.open(io.BytesIO(out)) as file:
        assert (file.getframerate(), file.getnchannels(), file.getsampwidth()) == (16000, 1, 2)
        assert len(out) == 44 + 2 * file.getnframes()
    assert err == b""


def _wav_piece(path: Path, rate: int, samples: bytes, *, channels: int = 1, stated: int | None = None) -> Path:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as file:
        file.setnchannels(channels)
        file.setsampwidth(2)
        file.setframerate(rate)
        file.writeframes(samples)
    data = bytearray(buffer.getvalue())
    if stated is not None:  # a streaming placeholder in the data chunk's size
        data[40:44] = stated.to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def test_wav_joins_take_placeholder_sizes_and_refuse_mismatched_pieces(tmp_path: Path) -> None:
    fmt = parse_output_format("wav_8000")
    first = _wav_piece(tmp_path / "a.wav", 8000, b"\x01\x00" * 800, stated=0xFFFFFFFF)
    second = _wav_piece(tmp_path / "b.wav", 8000, b"\x02\x00" * 400, stated=0)
    out = io.BytesIO()
    assert join_files([first, second], fmt, out) == [0.1, 0.05]
    with wave.open(io.BytesIO(out.getvalue())) as file:
        assert file.getnframes() == 1200 and file.readframes(1200) == b"\x01\x00" * 800 + b"\x02\x00" * 400
    other_rate = _wav_piece(tmp_path / "c.wav", 16000, b"\x00\x00" * 10)
    with pytest.raises(ValueError, match="16000 Hz audio in a wav_8000 job"):
        join_files([first, other_rate], fmt, io.BytesIO())
    stereo = _wav_piece(tmp_path / "d.wav", 8000, b"\x00\x00" * 10, channels=2)
    with pytest.raises(ValueError, match="not a mono 16-bit PCM WAV"):
        join_files([stereo], fmt, io.BytesIO())
    (tmp_path / "e.wav").write_bytes(b"ID3" + bytes(100))
    with pytest.raises(ValueError, match="not a mono 16-bit PCM WAV"):
        join_files([tmp_path / "e.wav"], fmt, io.BytesIO())


def test_history_downloads_name_wav_and_opus_items_by_their_format(client: ElevenLabs, emu: Emulator) -> None:
    pytest.importorskip("soundfile")
    _convert(client, SHORT, "wav_16000")
    _convert(client, SHORT, "opus_48000_64")
    ids = [record.history_item_id for record in emu.state.history()]
    http = client.get_httpx_client()
    answer = http.post("/v1/history/download", json={"history_item_ids": ids})
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        names = sorted(name.rsplit(".", 1)[1] for name in archive.namelist())
    assert names == ["opus", "wav"]
    assert extension_for_content_type("audio/wav; charset=binary") == ".wav"
    assert extension_for_content_type("text/html") is None
