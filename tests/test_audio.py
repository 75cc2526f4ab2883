"""``elevenlabs_ext.audio``: play through a stub player on PATH, through miniaudio's null device
and a fake sounddevice; save atomically. Sync and async.

The stub player is a small Python script installed as ``ffplay`` and ``mpv`` in a folder put
first on PATH: it appends every stdin read to a record file as it arrives (so a test can see
what reached it, and when), writes its argv and pid beside it, and can be told to fail.
"""

from __future__ import annotations

import array
import asyncio
import io
import json
import math
import os
import stat
import subprocess
import sys
import time
import warnings
import wave
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from elevenlabs_api.api.text_to_speech import text_to_speech_stream
from elevenlabs_api.models import TextToSpeechRequest
from elevenlabs_api.types import UNSET

from elevenlabs_ext import AsyncElevenLabs, ElevenLabs, ElevenLabsError, astream, stream
from elevenlabs_ext.audio import (
    AudioDeviceError,
    AudioFormatError,
    PlayerError,
    PlayerNotFoundError,
    aplay,
    asave,
    play,
    save,
)
from elevenlabs_ext.audio import _devices as devices
from elevenlabs_ext.audio._detect import AudioFormat, from_content_type, parse_wav_header, sniff
from elevenlabs_ext.audio._formats import OutputFormat, parse_output_format
from elevenlabs_ext.audio._g711 import g711_decoder
from elevenlabs_ext.audio._sources import explicit_format

from .conftest import API_KEY
from .loopback import LoopbackServer, Reply

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the stub player is a POSIX script")

STUB = """\
import json, os, sys
record = os.environ["STUB_PLAYER_RECORD"]
mode = os.environ.get("STUB_PLAYER_MODE", "")
with open(record + ".argv", "w") as f:
    json.dump([os.path.basename(sys.argv[0]), *sys.argv[1:]], f)
with open(record + ".pid", "w") as f:
    f.write(str(os.getpid()))
with open(record + ".env", "w") as f:
    json.dump(dict(os.environ), f)
if mode == "fail-early":
    sys.stderr.write("stub: cannot open audio device\\n")
    sys.exit(3)
if mode == "noisy":  # more than a pipe holds, before reading anything
    for i in range(4096):
        sys.stderr.write(f"stub: noise {i:05d} ..................................................\\n")
    sys.stderr.flush()
received = 0
with open(record, "ab") as out:
    while not (mode == "quit-early" and received >= 4096):
        data = os.read(0, 65536)
        if not data:
            break
        out.write(data)
        out.flush()
        received += len(data)
if mode == "fail":
    sys.stderr.write("stub: reading header\\nstub: pipe:: Invalid data found when processing input\\n")
    sys.exit(1)
"""

PCM = bytes(range(256)) * 64  # 16 KiB of "PCM"
MP3_HEAD = b"ID3\x04\x00\x00\x00\x00\x00\x00"  # enough for sniff() to say MP3


class StubPlayers:
    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.record = folder / "record.bin"
        self.record.write_bytes(b"")
        self._monkeypatch = monkeypatch
        monkeypatch.setenv("STUB_PLAYER_RECORD", str(self.record))

    def mode(self, mode: str) -> None:
        self._monkeypatch.setenv("STUB_PLAYER_MODE", mode)

    @property
    def received(self) -> bytes:
        return self.record.read_bytes()

    @property
    def argv(self) -> list[str]:
        return list(json.loads(Path(f"{self.record}.argv").read_text()))

    @property
    def environment(self) -> dict[str, str]:
        return dict(json.loads(Path(f"{self.record}.env").read_text()))

    @property
    def pid(self) -> int:
        return int(Path(f"{self.record}.pid").read_text())

    def wait_for(self, data: bytes, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.received.endswith(data):
                return True
            time.sleep(0.005)
        return False

    async def await_for(self, data: bytes, within: float = 10.0) -> bool:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if self.received.endswith(data):
                return True
            await asyncio.sleep(0.005)
        return False


def _install_stubs(folder: Path, names: tuple[str, ...] = ("ffplay", "mpv")) -> None:
    folder.mkdir(exist_ok=True)
    for name in names:
        path = folder / name
        path.write_text(f"#!{sys.executable}\n{STUB}")
        path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture
def no_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes `import miniaudio` raise ImportError, as if it were not installed.
    monkeypatch.setitem(sys.modules, "miniaudio", None)
    monkeypatch.setitem(sys.modules, "sounddevice", None)


@pytest.fixture
def players(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_libraries: None) -> StubPlayers:
    """ffplay and mpv stubs first on PATH, and no audio library."""
    _install_stubs(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.delenv("STUB_PLAYER_MODE", raising=False)
    return StubPlayers(tmp_path, monkeypatch)


@pytest.fixture
def empty_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))


def _pieces(data: bytes, sizes: tuple[int, ...] = (1, 7, 1024, 333, 4096)) -> list[bytes]:
    out, at, index = [], 0, 0
    while at < len(data):
        size = sizes[index % len(sizes)]
        out.append(data[at : at + size])
        at += size
        index += 1
    return out


def _process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


# --- through a player --------------------------------------------------------------------------


def test_bytes_reach_ffplay_intact(players: StubPlayers) -> None:
    play(PCM + MP3_HEAD)
    assert players.received == PCM + MP3_HEAD
    argv = players.argv
    assert argv[0] == "ffplay"
    assert argv[-1] == "-"
    assert {"-nodisp", "-autoexit"} <= set(argv)
    assert "-f" not in argv  # probed: nothing said the audio was headerless


def test_chunks_reach_the_player_in_order(players: StubPlayers) -> None:
    data = os.urandom(300_000)
    chunks = _pieces(data)
    assert len(chunks) > 200
    play(iter(chunks), output_format="mp3_44100_128")
    assert players.received == data


def test_bytearray_and_memoryview_are_accepted(players: StubPlayers) -> None:
    play(bytearray(PCM), output_format="pcm_16000")
    play(memoryview(PCM), output_format="pcm_16000")
    assert players.received == PCM * 2


def test_playback_starts_before_the_iterator_is_exhausted(players: StubPlayers) -> None:
    first, second = b"\xff\xfbFIRST" * 100, b"SECOND" * 100
    seen_before_second: list[bool] = []

    def chunks() -> Iterator[bytes]:
        yield first
        # Only continue once the player has the first chunk: buffering would deadlock here.
        seen_before_second.append(players.wait_for(first))
        yield second

    play(chunks())
    assert seen_before_second == [True]
    assert players.received == first + second


def test_pcm_format_is_told_to_ffplay_and_mpv(players: StubPlayers) -> None:
    play(PCM, output_format="pcm_24000")
    argv = players.argv
    assert argv[argv.index("-f") + 1] == "s16le"
    assert argv[argv.index("-ar") + 1] == "24000"
    assert argv[-1] == "-"

    play(PCM, output_format="pcm_22050", backend="mpv")
    argv = players.argv
    assert argv[0] == "mpv"
    assert "--demuxer=rawaudio" in argv
    assert "--demuxer-rawaudio-format=s16le" in argv
    assert "--demuxer-rawaudio-rate=22050" in argv
    assert "--demuxer-rawaudio-channels=1" in argv
    assert argv[-2:] == ["--", "fd://0"]
    assert players.received == PCM * 2


def test_mp3_goes_to_mpv_without_raw_options(players: StubPlayers) -> None:
    play([MP3_HEAD, b"frames"], backend="mpv")
    argv = players.argv
    assert not [a for a in argv if a.startswith("--demuxer")]
    assert {"--no-video", "--cache=no"} <= set(argv)


@pytest.mark.parametrize("codec", ["ulaw", "alaw"])
def test_g711_is_decoded_to_pcm_before_the_player(players: StubPlayers, codec: str) -> None:
    audioop = _audioop()
    encoded = bytes(range(256)) * 10
    play(_pieces(encoded), output_format=f"{codec}_8000")
    expected = audioop.ulaw2lin(encoded, 2) if codec == "ulaw" else audioop.alaw2lin(encoded, 2)
    assert players.received == expected
    argv = players.argv
    assert argv[argv.index("-ar") + 1] == "8000"


def test_player_failure_raises_with_its_stderr(players: StubPlayers) -> None:
    players.mode("fail")
    with pytest.raises(PlayerError) as caught:
        play([MP3_HEAD, b"x" * 5000])
    error = caught.value
    assert isinstance(error, ElevenLabsError)
    assert error.returncode == 1
    assert error.player == "ffplay"
    assert error.argv[0].endswith("ffplay")
    assert "Invalid data found when processing input" in str(error)
    assert "exited with status 1" in str(error)
    assert error.stderr.endswith("Invalid data found when processing input")


def test_player_dying_early_stops_reading_the_source(players: StubPlayers) -> None:
    players.mode("fail-early")
    pulled = 0
    closed = False

    def chunks() -> Iterator[bytes]:
        nonlocal pulled, closed
        try:
            for _ in range(100_000):  # 100 MiB if it were all read
                pulled += 1
                yield MP3_HEAD + bytes(1014)
        finally:
            closed = True

    with pytest.raises(PlayerError, match="exited with status 3: stub: cannot open audio device"):
        play(chunks())
    assert closed
    assert pulled < 100_000


def test_player_quit_by_its_user_ends_playback_quietly(players: StubPlayers) -> None:
    players.mode("quit-early")
    closed = False

    def chunks() -> Iterator[bytes]:
        nonlocal closed
        try:
            while True:
                yield MP3_HEAD + bytes(1014)
        finally:
            closed = True

    play(chunks())  # exit status 0 after closing stdin: not an error
    assert closed


async def test_player_quit_by_its_user_ends_async_playback_quietly(players: StubPlayers) -> None:
    players.mode("quit-early")
    closed = False

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal closed
        try:
            while True:
                yield MP3_HEAD + bytes(1014)
        finally:
            closed = True

    await aplay(chunks())  # exit status 0 after closing stdin: not an error
    assert closed
    await aplay([MP3_HEAD + bytes(1014)] * 2000)  # the player quits while the head is still being written


def test_a_player_that_cannot_start_is_a_player_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Found on PATH and executable, but its interpreter does not exist: the OS refuses to run it.
    folder = tmp_path / "broken"
    folder.mkdir()
    for name in ("ffplay", "mpv"):
        (folder / name).write_text("#!/nonexistent/interpreter\n")
        (folder / name).chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    with pytest.raises(PlayerError, match="ffplay could not be started") as raised:
        play(PCM, output_format="pcm_16000", backend="ffplay")
    assert raised.value.returncode == -1 and raised.value.argv[0].endswith("ffplay")
    with pytest.raises(PlayerError, match="mpv could not be started"):
        asyncio.run(aplay(PCM, output_format="pcm_16000", backend="mpv"))


def test_a_player_killed_by_a_signal_says_which() -> None:
    from elevenlabs_ext.audio._players import _failure

    assert str(_failure("mpv", ["mpv"], -9, "")) == "mpv was killed by SIGKILL and wrote nothing to stderr"
    assert str(_failure("mpv", ["mpv"], -250, "x\n")) == "mpv was killed by signal 250: x"


def test_empty_async_audio_plays_nothing(players: StubPlayers) -> None:
    asyncio.run(aplay(b""))
    asyncio.run(aplay(_agen([])))
    assert players.received == b"" and not Path(f"{players.record}.argv").exists()


def test_the_audio_package_loads_its_machinery_on_first_use() -> None:
    import elevenlabs_ext.audio as package

    assert set(dir(package)) == set(package.__all__)
    assert package.BACKENDS == ("miniaudio", "sounddevice", "ffplay", "mpv")
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        package.nothing_here  # noqa: B018


def test_noisy_player_stderr_cannot_deadlock(players: StubPlayers) -> None:
    players.mode("noisy")
    data = os.urandom(1024 * 1024)
    play(_pieces(data, (4096,)), output_format="mp3_44100_128")
    assert players.received == data


def test_source_error_stops_the_player_and_propagates(players: StubPlayers) -> None:
    def chunks() -> Iterator[bytes]:
        yield MP3_HEAD
        assert players.wait_for(MP3_HEAD)
        raise ConnectionError("network went away")

    with pytest.raises(ConnectionError, match="network went away"):
        play(chunks())
    assert _process_gone(players.pid)


def test_audio_stream_is_played_with_its_requested_format(players: StubPlayers, server: LoopbackServer) -> None:
    server.enqueue(Reply(200, body=PCM, headers={"content-type": "audio/pcm"}, write_size=1000))
    with ElevenLabs(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
        audio = stream(
            text_to_speech_stream,
            client=client,
            voice_id="v",
            body=TextToSpeechRequest(text="Hi"),
            output_format="pcm_16000",
        )
        play(audio)
        assert audio.closed
    assert players.received == PCM
    argv = players.argv
    assert argv[argv.index("-ar") + 1] == "16000"


def test_audio_stream_content_type_names_the_format(players: StubPlayers, server: LoopbackServer) -> None:
    server.enqueue(Reply(200, body=bytes(range(256)), headers={"content-type": "audio/basic"}))
    # No output_format in the request: the content type (u-law at 8 kHz) decides.
    with (
        ElevenLabs(api_key=API_KEY, base_url=server.url, max_retries=0) as client,
        stream(
            text_to_speech_stream, client=client, voice_id="v", body=TextToSpeechRequest(text="Hi"), output_format=UNSET
        ) as audio,
    ):
        play(audio)
    assert players.received == g711_decoder("ulaw")(bytes(range(256)))


def test_no_player_and_no_library_says_what_to_install(empty_path: None, no_libraries: None) -> None:
    started = False

    def chunks() -> Iterator[bytes]:
        nonlocal started
        started = True
        yield MP3_HEAD

    with pytest.raises(PlayerNotFoundError) as caught:
        play(chunks())
    message = str(caught.value)
    assert "pip install 'elevenlabs-ext[audio]'" in message
    assert "ffplay" in message
    assert "mpv" in message
    assert "miniaudio: not installed" in caught.value.tried
    assert not started  # nothing was read (or paid for) before the check


def test_named_backend_missing_says_how_to_install_it(empty_path: None) -> None:
    with pytest.raises(PlayerNotFoundError, match=r"mpv is not available \(mpv: not found on PATH\): install mpv"):
        play(PCM, backend="mpv")


def test_opus_without_a_player_explains(empty_path: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "miniaudio", ModuleType("miniaudio"))  # "installed"
    monkeypatch.setitem(sys.modules, "sounddevice", None)
    with pytest.raises(PlayerNotFoundError, match="Nothing here can play opus audio at 48000 Hz") as caught:
        play(b"OggS" + bytes(60), output_format="opus_48000_64")
    assert "miniaudio: cannot play opus audio at 48000 Hz" in caught.value.tried


def test_device_that_cannot_open_falls_back_to_a_player(players: StubPlayers, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "miniaudio", ModuleType("miniaudio"))

    def no_device(name: str, audio_format: AudioFormat) -> Any:
        raise AudioDeviceError("miniaudio found no sound device", backend="miniaudio")

    monkeypatch.setattr("elevenlabs_ext.audio._backends.open_device", no_device)
    play(PCM, output_format="pcm_16000")
    assert players.received == PCM
    with pytest.raises(AudioDeviceError, match="no sound device"):
        play(PCM, output_format="pcm_16000", backend="miniaudio")


def test_bad_arguments(players: StubPlayers) -> None:
    with pytest.raises(AudioFormatError, match="unknown output format 'mp3_fast'"):
        play(PCM, output_format="mp3_fast")
    with pytest.raises(ValueError, match="unknown backend 'vlc'"):
        play(PCM, backend="vlc")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not str"):
        play("hello.mp3")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not str"):
        save("hello", "out.mp3")  # type: ignore[arg-type]


def test_empty_audio_plays_nothing(players: StubPlayers) -> None:
    play([b"", b""])
    assert not Path(f"{players.record}.argv").exists()


# --- async -------------------------------------------------------------------------------------


async def _agen(chunks: list[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def test_aplay_chunks_in_order(players: StubPlayers) -> None:
    data = os.urandom(200_000)
    await aplay(_agen(_pieces(data)), output_format="mp3_44100_128")
    assert players.received == data
    await aplay(PCM, output_format="pcm_16000", backend="mpv")
    assert players.received == data + PCM


async def test_aplay_starts_before_the_iterator_is_exhausted(players: StubPlayers) -> None:
    first, second = MP3_HEAD + b"FIRST" * 50, b"SECOND" * 50
    seen: list[bool] = []

    async def chunks() -> AsyncIterator[bytes]:
        yield first
        seen.append(await players.await_for(first))
        yield second

    await aplay(chunks())
    assert seen == [True]
    assert players.received == first + second


async def test_aplay_player_failure(players: StubPlayers) -> None:
    players.mode("fail")
    with pytest.raises(PlayerError, match="Invalid data found"):
        await aplay(_agen([MP3_HEAD, b"x" * 100]))
    players.mode("fail-early")
    with pytest.raises(PlayerError, match="exited with status 3"):
        await aplay(_agen([MP3_HEAD + bytes(1014)] * 20_000))


async def test_aplay_cancelled_stops_the_player(players: StubPlayers) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield MP3_HEAD
        await asyncio.sleep(60)
        yield b"never"

    task = asyncio.create_task(aplay(chunks()))
    assert await players.await_for(MP3_HEAD)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert _process_gone(players.pid)


async def test_aplay_async_audio_stream(players: StubPlayers, server: LoopbackServer) -> None:
    server.enqueue(Reply(200, body=PCM, headers={"content-type": "audio/pcm"}, write_size=999))
    async with AsyncElevenLabs(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
        audio = astream(
            text_to_speech_stream,
            client=client,
            voice_id="v",
            body=TextToSpeechRequest(text="Hi"),
            output_format="pcm_44100",
        )
        await aplay(audio)
        assert audio.closed
    assert players.received == PCM
    assert "44100" in players.argv


async def test_aplay_no_player(empty_path: None, no_libraries: None) -> None:
    with pytest.raises(PlayerNotFoundError, match="elevenlabs-ext\\[audio\\]"):
        await aplay(_agen([MP3_HEAD]))


# --- in-process: miniaudio (null device) and a fake sounddevice --------------------------------


def _tone(rate: int, seconds: float) -> bytes:
    samples = array.array("h", (int(8000 * math.sin(i / 8)) for i in range(int(rate * seconds))))
    return samples.tobytes()


@pytest.fixture
def null_device(monkeypatch: pytest.MonkeyPatch, empty_path: None) -> list[int]:
    """miniaudio on its null backend (no sound card needed); counts the bytes handed to the device."""
    miniaudio = pytest.importorskip("miniaudio")
    monkeypatch.setattr(devices, "_MINIAUDIO_BACKENDS", [miniaudio.Backend.NULL])
    monkeypatch.setitem(sys.modules, "sounddevice", None)
    handed: list[int] = []
    pull = devices.DeviceSink._pull

    def counting(self: devices.DeviceSink, frames: int) -> bytes | None:
        data = pull(self, frames)
        handed.append(len(data or b""))
        return data

    monkeypatch.setattr(devices.DeviceSink, "_pull", counting)
    return handed


def test_miniaudio_plays_pcm_to_the_last_frame(null_device: list[int]) -> None:
    pcm = _tone(16000, 0.3)
    play(_pieces(pcm, (1001, 3)), output_format="pcm_16000")  # odd pieces: samples split across chunks
    assert sum(null_device) == len(pcm)


def test_miniaudio_ends_on_a_stream_cut_mid_sample(null_device: list[int]) -> None:
    pcm = _tone(8000, 0.1)
    play([pcm, b"\x01"], output_format="pcm_8000")  # the odd byte can never be played, nor block the end
    assert sum(null_device) == len(pcm)


def test_miniaudio_decodes_mp3(null_device: list[int]) -> None:
    lameenc = pytest.importorskip("lameenc")
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(64)
    encoder.set_in_sample_rate(22050)
    encoder.set_channels(1)
    encoder.set_quality(7)
    mp3 = bytes(encoder.encode(_tone(22050, 0.4)) + encoder.flush())
    play(_pieces(mp3, (500,)))  # format sniffed from the first bytes
    seconds = sum(null_device) / (44100 * 2 * 2)  # decoded to 44.1 kHz stereo s16
    assert 0.38 < seconds < 0.5


async def test_aplay_through_miniaudio(null_device: list[int]) -> None:
    pcm = _tone(8000, 0.2)
    await aplay(_agen(_pieces(pcm, (777,))), output_format="pcm_8000")
    assert sum(null_device) == len(pcm)


def test_miniaudio_reports_undecodable_mp3(null_device: list[int]) -> None:
    with pytest.raises(AudioDeviceError, match="could not decode the MP3"):
        play([b"\x00" * 4096] * 4, output_format="mp3_44100_128", backend="miniaudio")


def _wav(pcm: bytes, rate: int, channels: int = 1, width: int = 2) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as file:
        file.setnchannels(channels)
        file.setsampwidth(width)
        file.setframerate(rate)
        file.writeframes(pcm)
    return buffer.getvalue()


def test_miniaudio_plays_the_pcm_inside_a_wav(null_device: list[int]) -> None:
    pcm = _tone(16000, 0.2)
    play(_pieces(_wav(pcm, 16000), (1, 3, 40, 1000)))  # the header arrives in pieces too
    assert sum(null_device) == len(pcm)


async def test_a_wav_output_format_still_has_its_header_read(null_device: list[int]) -> None:
    # output_format="wav_16000" says WAV; the device is still given only the samples after the header.
    pcm = _tone(16000, 0.2)
    play(_pieces(_wav(pcm, 16000), (7, 100, 1000)), output_format="wav_16000")
    assert sum(null_device) == len(pcm)
    null_device.clear()
    await aplay(_pieces(_wav(pcm, 16000), (7, 100, 1000)), output_format="wav_16000")
    assert sum(null_device) == len(pcm)


@pytest.mark.parametrize("run", ["sync", "async"])
def test_players_get_no_elevenlabs_variables(players: StubPlayers, monkeypatch: pytest.MonkeyPatch, run: str) -> None:
    monkeypatch.setenv("ELEVENLABS_API_KEY", "sk_must_not_leak")
    monkeypatch.setenv("elevenlabs_webhook_secret", "whsec_must_not_leak")
    monkeypatch.setenv("UNRELATED_SETTING", "kept")
    if run == "sync":
        play(PCM, output_format="pcm_16000", backend="ffplay")
    else:
        asyncio.run(aplay(PCM, output_format="pcm_16000", backend="mpv"))
    environment = players.environment
    assert players.received == PCM
    assert not [key for key in environment if key.upper().startswith("ELEVENLABS")]
    assert "must_not_leak" not in json.dumps(environment)
    assert environment["UNRELATED_SETTING"] == "kept"
    assert environment["STUB_PLAYER_RECORD"] == str(players.record)  # the rest is inherited
    assert os.environ["ELEVENLABS_API_KEY"] == "sk_must_not_leak"  # ours is left as it was


def test_wav_goes_to_a_player_whole(players: StubPlayers) -> None:
    data = _wav(_tone(8000, 0.05), 8000, width=1)  # 8-bit: no device could take it, a player can
    play(data)
    assert players.received == data
    assert "-f" not in players.argv


class FakeSounddevice(ModuleType):
    """Enough of sounddevice's RawOutputStream callback API: a thread asks for 256 frames at a time."""

    class CallbackStop(Exception):  # sounddevice's name for it
        pass

    class PortAudioError(Exception):
        pass

    def __init__(self) -> None:
        super().__init__("sounddevice")
        self.played = bytearray()
        self.settings: dict[str, Any] = {}
        fake = self

        class RawOutputStream:
            def __init__(self, **settings: Any) -> None:
                fake.settings = settings
                self.active = False

            def start(self) -> None:
                import threading

                self.active = True
                self._thread = threading.Thread(target=self._run, daemon=True)
                self._thread.start()

            def _run(self) -> None:
                callback: Callable[..., None] = fake.settings["callback"]
                try:
                    while self.active:
                        buffer = bytearray(256 * 2 * fake.settings["channels"])
                        try:
                            callback(memoryview(buffer), 256, None, None)
                        except fake.CallbackStop:
                            break
                        fake.played += buffer
                        time.sleep(0.001)
                finally:
                    self.active = False
                    fake.settings["finished_callback"]()

            def close(self) -> None:
                self.active = False
                self._thread.join()

        self.RawOutputStream = RawOutputStream


def test_sounddevice_plays_pcm(empty_path: None, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSounddevice()
    monkeypatch.setitem(sys.modules, "miniaudio", None)
    monkeypatch.setitem(sys.modules, "sounddevice", fake)
    pcm = bytes(range(1, 256)) * 40  # no zero bytes, so trailing silence can be told apart
    pcm = pcm[: len(pcm) - len(pcm) % 2]
    play(_pieces(pcm), output_format="pcm_24000")
    assert fake.settings["samplerate"] == 24000
    assert fake.settings["channels"] == 1
    assert fake.settings["dtype"] == "int16"
    # Silence (zeros) fills any callback that came before data arrived; the audio has no zero byte.
    assert bytes(fake.played).replace(b"\0", b"") == pcm
    # A stereo WAV: the header is read and skipped, the frames keep both channels.
    stereo = bytes(range(1, 201)) * 8
    play([_wav(stereo, 22050, channels=2)])
    assert fake.settings["channels"] == 2
    assert fake.settings["samplerate"] == 22050
    assert bytes(fake.played).replace(b"\0", b"").endswith(stereo)
    # sounddevice has no MP3 decoder: with nothing else it says what would work.
    with pytest.raises(PlayerNotFoundError, match="sounddevice: cannot play mp3"):
        play(MP3_HEAD + bytes(100))


# --- save --------------------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_save_bytes_and_chunks_exactly(tmp_path: Path) -> None:
    data = os.urandom(500_000)
    assert save(data, tmp_path / "a.mp3") == len(data)
    assert (tmp_path / "a.mp3").read_bytes() == data
    assert save(iter(_pieces(data)), str(tmp_path / "b.mp3")) == len(data)
    assert (tmp_path / "b.mp3").read_bytes() == data
    assert save([], tmp_path / "empty.mp3") == 0
    assert (tmp_path / "empty.mp3").read_bytes() == b""
    assert _leftovers(tmp_path) == []


def test_save_replaces_only_after_success(tmp_path: Path) -> None:
    target = tmp_path / "speech.mp3"
    target.write_bytes(b"the previous take")
    closed = False

    def failing() -> Iterator[bytes]:
        nonlocal closed
        try:
            yield b"x" * 300_000  # more than the write buffer: some of it is on disk already
            raise ConnectionError("cut off")
        finally:
            closed = True

    with pytest.raises(ConnectionError):
        save(failing(), target)
    assert target.read_bytes() == b"the previous take"
    assert _leftovers(tmp_path) == []
    assert closed

    with pytest.raises(ConnectionError):
        save(failing(), tmp_path / "new.mp3")
    assert not (tmp_path / "new.mp3").exists()
    assert _leftovers(tmp_path) == []

    assert save([b"new ", b"take"], target) == 8
    assert target.read_bytes() == b"new take"


def test_save_gives_the_file_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    save(b"abc", tmp_path / "a.mp3")
    assert stat.S_IMODE((tmp_path / "a.mp3").stat().st_mode) == 0o666 & ~umask


def test_save_audio_stream(tmp_path: Path, server: LoopbackServer) -> None:
    server.enqueue(Reply(200, body=PCM, headers={"content-type": "audio/mpeg"}, write_size=1000))
    with ElevenLabs(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
        audio = stream(text_to_speech_stream, client=client, voice_id="v", body=TextToSpeechRequest(text="Hi"))
        assert save(audio, tmp_path / "out.mp3") == len(PCM)
        assert audio.closed
    assert (tmp_path / "out.mp3").read_bytes() == PCM


async def test_asave(tmp_path: Path, server: LoopbackServer) -> None:
    data = os.urandom(100_000)
    assert await asave(_agen(_pieces(data)), tmp_path / "a.mp3") == len(data)
    assert (tmp_path / "a.mp3").read_bytes() == data
    assert await asave(data, tmp_path / "b.mp3") == len(data)
    assert (tmp_path / "b.mp3").read_bytes() == data

    async def failing() -> AsyncIterator[bytes]:
        yield b"half"
        raise ConnectionError("cut off")

    with pytest.raises(ConnectionError):
        await asave(failing(), tmp_path / "a.mp3")
    assert (tmp_path / "a.mp3").read_bytes() == data
    assert _leftovers(tmp_path) == []

    server.enqueue(Reply(200, body=PCM, headers={"content-type": "audio/mpeg"}, write_size=1000))
    async with AsyncElevenLabs(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
        audio = astream(text_to_speech_stream, client=client, voice_id="v", body=TextToSpeechRequest(text="Hi"))
        assert await asave(audio, tmp_path / "c.mp3") == len(PCM)
        assert audio.closed
    assert (tmp_path / "c.mp3").read_bytes() == PCM


# --- pure parts ----------------------------------------------------------------------------------


def _audioop() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return pytest.importorskip("audioop")  # removed in 3.13: then these checks are skipped


def test_g711_matches_the_reference_decoder() -> None:
    audioop = _audioop()
    every = bytes(range(256))
    assert g711_decoder("ulaw")(every) == audioop.ulaw2lin(every, 2)
    assert g711_decoder("alaw")(every) == audioop.alaw2lin(every, 2)


def test_output_formats() -> None:
    assert parse_output_format("mp3_44100_128") == OutputFormat("mp3_44100_128", "mp3", 44100, 128)
    assert parse_output_format("mp3_24000_48") == OutputFormat("mp3_24000_48", "mp3", 24000, 48)
    assert parse_output_format("wav_16000").bytes_per_second == 32000
    assert parse_output_format("alaw_8000").bytes_per_second == 8000
    assert parse_output_format("opus_48000_64").bytes_per_second is None
    assert explicit_format("mp3_44100_128") == AudioFormat("mp3", 44100)
    assert explicit_format("pcm_32000") == AudioFormat("pcm", 32000)
    assert explicit_format("wav_44100") == AudioFormat("wav", 44100)
    assert explicit_format("ulaw_8000") == AudioFormat("ulaw", 8000)
    assert explicit_format("ulaw_8000").decoded() == AudioFormat("pcm", 8000)  # type: ignore[union-attr]
    assert explicit_format("opus_48000_64") == AudioFormat("opus", 48000)
    assert explicit_format(None) is None
    assert parse_output_format(SimpleNamespace(value="alaw_8000")).codec == "alaw"
    for bad in ("", "mp3", "pcm_24000_1", "wav_44100_1", "pcm_0", "pcm_fast", "mp3_44100", "mp3_44100_0", "flac_44100"):
        with pytest.raises(AudioFormatError, match="unknown output format"):
            parse_output_format(bad)
    assert from_content_type("audio/mpeg; charset=binary") == AudioFormat("mp3")
    assert from_content_type("audio/pcm") is None
    assert from_content_type(None) is None


def test_g711_decoder_refuses_other_codecs() -> None:
    with pytest.raises(ValueError, match=r"not a G\.711 codec: pcm"):
        g711_decoder("pcm")


def test_sniff() -> None:
    assert sniff(b"fLaC\x00\x00") == AudioFormat("flac")
    assert sniff(b"ID3\x04") == AudioFormat("mp3")
    assert sniff(b"\xff\xfb\x90\x00") == AudioFormat("mp3")
    assert sniff(b"\xff\xf1\x50\x80") is None  # ADTS AAC, not MPEG audio
    assert sniff(b"OggS" + bytes(24) + b"OpusHead") == AudioFormat("opus")
    assert sniff(b"OggS" + bytes(24) + b"\x01vorbis") == AudioFormat("ogg")
    assert sniff(b"RIFF\x00\x00\x00\x00WAVEfmt ") == AudioFormat("wav")
    assert sniff(PCM) is None


def test_wav_header() -> None:
    pcm = bytes(100)
    assert parse_wav_header(_wav(pcm, 24000)) == AudioFormat("wav", 24000, 1, header_size=44)
    assert parse_wav_header(_wav(pcm, 24000)[:30]) is None  # not all there yet
    assert parse_wav_header(_wav(pcm, 44100, channels=2)) == AudioFormat("wav", 44100, 2, header_size=44)
    assert parse_wav_header(_wav(pcm, 8000, width=1)) == AudioFormat("wav")  # 8-bit: for players only
    # A LIST chunk (odd size, padded) before the data chunk.
    plain = _wav(pcm, 16000)
    listed = plain[:36] + b"LIST" + (5).to_bytes(4, "little") + b"INFO\x00\x00" + plain[36:]
    assert parse_wav_header(listed) == AudioFormat("wav", 16000, 1, header_size=44 + 14)
    # WAVE_FORMAT_EXTENSIBLE with the PCM sub-format.
    fmt = (
        (0xFFFE).to_bytes(2, "little")
        + (1).to_bytes(2, "little")
        + (48000).to_bytes(4, "little")
        + (96000).to_bytes(4, "little")
        + (2).to_bytes(2, "little")
        + (16).to_bytes(2, "little")
        + (22).to_bytes(2, "little")
        + (16).to_bytes(2, "little")
        + (4).to_bytes(4, "little")
        + (1).to_bytes(2, "little")
        + bytes(14)
    )
    extensible = b"RIFF\xff\xff\xff\xffWAVEfmt " + len(fmt).to_bytes(4, "little") + fmt + b"data\xff\xff\xff\xff"
    assert parse_wav_header(extensible) == AudioFormat("wav", 48000, 1, header_size=12 + 8 + 40 + 8)


def test_byte_queue_reads_large_chunks_without_recopying() -> None:
    queue = devices.ByteQueue(limit=1 << 30)
    big = os.urandom(8 * 1024 * 1024)
    queue.put(big)
    queue.put(b"tail")
    queue.end()
    start = time.perf_counter()
    parts = []
    while not queue.exhausted(2):
        parts.append(queue.read_available(4096, 2))
    elapsed = time.perf_counter() - start
    assert b"".join(parts) == big + b"tail"
    assert elapsed < 2.0  # re-slicing the 8 MiB chunk per read would be 2048 copies of ~4 MiB


def test_import_elevenlabs_ext_does_not_import_playback_or_webhooks() -> None:
    # The audio package itself is imported for its errors; its machinery only on first use.
    heavy = (
        "('elevenlabs_ext.webhooks', 'miniaudio', 'sounddevice', 'asyncio', 'subprocess',"
        " 'elevenlabs_ext.audio._devices', 'elevenlabs_ext.audio._play', 'elevenlabs_ext.audio._players')"
    )
    code = (
        "import sys, elevenlabs_ext\n"
        f"print(sorted(m for m in sys.modules if m in {heavy}))\n"
        "import elevenlabs_ext.audio\n"
        f"print(sorted(m for m in sys.modules if m in {heavy}))\n"
        "from elevenlabs_ext.audio import play\n"
        "print(play.__module__, 'elevenlabs_ext.audio._players' in sys.modules, 'miniaudio' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:3] == ["[]", "[]", "elevenlabs_ext.audio._play True False"]
