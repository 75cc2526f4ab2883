"""The long-form work folder is checked before it is trusted: pieces damaged in place are
synthesized again, planted folders are refused, links are never followed, and a manifest
that repeats text never bills it twice. Each case runs through the sync and async drivers."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import pickle
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from elevenlabs_ext import ElevenLabsError
from elevenlabs_ext.emulator import Emulator
from elevenlabs_ext.longform import LongFormResult, WorkFolderError, asynthesize_long, split_text, synthesize_long

from .longform_helpers import mp3_duration

VOICE = "JBFqnCBsd6RMkjVDRZzb"
TEXT = "\n\n".join(f"Paragraph {p} is here. It says a few short things, then it ends." for p in range(6))
MAX_CHARS = 150

Synthesize = Callable[..., LongFormResult]


def _sync(emu: Emulator, output: Path, **options: Any) -> LongFormResult:
    with emu.client(max_retries=0) as client:
        return synthesize_long(client, TEXT, voice_id=VOICE, output=output, max_chars=MAX_CHARS, **options)


def _async(emu: Emulator, output: Path, **options: Any) -> LongFormResult:
    async def run() -> LongFormResult:
        async with emu.async_client(max_retries=0) as client:
            return await asynthesize_long(client, TEXT, voice_id=VOICE, output=output, max_chars=MAX_CHARS, **options)

    return asyncio.run(run())


@pytest.fixture(params=[_sync, _async], ids=["sync", "async"])
def synthesize(request: pytest.FixtureRequest, elevenlabs_emulator: Emulator) -> Callable[..., LongFormResult]:
    driver: Callable[..., LongFormResult] = request.param
    return lambda output, **options: driver(elevenlabs_emulator, output, **options)


def _work(output: Path) -> Path:
    (work,) = output.parent.glob(f"{output.name}.parts-*")
    return work


def _requests(emu: Emulator) -> list[int]:
    return [usage.credits for usage in emu.state.usage()]


def test_work_folder_is_owner_only(synthesize: Synthesize, tmp_path: Path) -> None:
    old = os.umask(0)  # even with the most permissive umask
    try:
        result = synthesize(tmp_path / "out.mp3", keep_work=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE(result.work_dir.stat().st_mode) == 0o700


def test_a_piece_damaged_in_place_at_the_same_size_is_synthesized_again(
    synthesize: Synthesize, elevenlabs_emulator: Emulator, tmp_path: Path
) -> None:
    output = tmp_path / "out.mp3"
    first = synthesize(output, keep_work=True)
    piece = _work(output) / "piece-0001.mp3"
    data = bytearray(piece.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)  # silence a stretch of frames: same size
    piece.write_bytes(bytes(data))
    record = json.loads((_work(output) / "piece-0001.json").read_text())
    assert record["size"] == len(data) and record["audio_sha256"] != hashlib.sha256(data).hexdigest()

    before = len(_requests(elevenlabs_emulator))
    second = synthesize(output)
    assert (second.reused, second.requested) == (first.pieces - 1, 1)
    assert _requests(elevenlabs_emulator)[before:] == [len(split_text(TEXT, MAX_CHARS)[1])]
    assert mp3_duration(output.read_bytes()) == pytest.approx(second.duration, abs=0.03)


@pytest.mark.parametrize("mode", [0o770, 0o707, 0o777])
def test_a_folder_others_may_write_is_refused_before_any_request(
    synthesize: Synthesize, elevenlabs_emulator: Emulator, tmp_path: Path, mode: int
) -> None:
    output = tmp_path / "out.mp3"
    synthesize(output, keep_work=True)
    work = _work(output)
    work.chmod(mode)
    output.unlink()
    before = len(_requests(elevenlabs_emulator))
    with pytest.raises(WorkFolderError) as refused:
        synthesize(output)
    assert str(work) in str(refused.value) and "other users" in str(refused.value)
    assert refused.value.path == work and isinstance(refused.value, ElevenLabsError)
    assert len(_requests(elevenlabs_emulator)) == before and not output.exists()
    assert pickle.loads(pickle.dumps(refused.value)).path == work


def test_a_folder_of_another_user_is_refused(
    synthesize: Synthesize, elevenlabs_emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "out.mp3"
    synthesize(output, keep_work=True)
    if os.getuid() == 0:  # root can hand it to nobody for real
        os.chown(_work(output), 65534, 65534)
    else:
        monkeypatch.setattr(os, "getuid", lambda: os.stat(tmp_path).st_uid + 1)
    with pytest.raises(WorkFolderError, match="belongs to another user"):
        synthesize(output)


def test_a_symlinked_folder_is_refused(synthesize: Synthesize, tmp_path: Path) -> None:
    output = tmp_path / "out.mp3"
    first = synthesize(output, keep_work=True)
    elsewhere = tmp_path / "elsewhere"
    first.work_dir.rename(elsewhere)
    first.work_dir.symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(WorkFolderError, match="symbolic link"):
        synthesize(output)


def test_a_symlinked_piece_is_never_read(synthesize: Synthesize, elevenlabs_emulator: Emulator, tmp_path: Path) -> None:
    output = tmp_path / "out.mp3"
    synthesize(output, keep_work=True)
    work = _work(output)
    secret = tmp_path / "secret"
    secret.write_bytes(b"ELEVENLABS_API_KEY=sk_secret " * 40)
    piece = work / "piece-0001.mp3"
    piece.unlink()
    piece.symlink_to(secret)
    # A record forged to match the linked file exactly.
    record_path = work / "piece-0001.json"
    record = json.loads(record_path.read_text())
    record.update(size=secret.stat().st_size, audio_sha256=hashlib.sha256(secret.read_bytes()).hexdigest())
    record_path.write_text(json.dumps(record))

    before = len(_requests(elevenlabs_emulator))
    result = synthesize(output)
    assert result.requested == 1 and len(_requests(elevenlabs_emulator)) == before + 1
    assert b"sk_secret" not in output.read_bytes()
    assert secret.read_bytes() == b"ELEVENLABS_API_KEY=sk_secret " * 40  # replaced the link, not written through


def test_a_manifest_repeating_one_span_does_not_bill_it_again(
    synthesize: Synthesize, elevenlabs_emulator: Emulator, tmp_path: Path
) -> None:
    output = tmp_path / "out.mp3"
    synthesize(output, keep_work=True)
    work = _work(output)
    manifest = json.loads((work / "manifest.json").read_text())
    manifest["pieces"] = [manifest["pieces"][0]] * 40
    (work / "manifest.json").write_text(json.dumps(manifest))
    for record in work.glob("piece-*.json"):
        record.unlink()

    before = len(_requests(elevenlabs_emulator))
    result = synthesize(output)
    pieces = split_text(TEXT, MAX_CHARS)
    assert _requests(elevenlabs_emulator)[before:] == [len(piece) for piece in pieces]  # every span once
    assert result.pieces == len(pieces) and result.characters == sum(len(piece) for piece in pieces)


@pytest.mark.parametrize(
    "spans",
    [
        "overlap",  # the second piece starts inside the first
        "reversed",  # in the wrong order
        "gap",  # a word left out
    ],
)
def test_manifests_that_do_not_cover_the_text_once_are_replaced(
    elevenlabs_emulator: Emulator, tmp_path: Path, spans: str
) -> None:
    output = tmp_path / "out.mp3"
    _sync(elevenlabs_emulator, output, keep_work=True)
    work = _work(output)
    manifest = json.loads((work / "manifest.json").read_text())
    items = manifest["pieces"]

    def span(start: int, end: int) -> dict[str, Any]:
        return {"start": start, "end": end, "sha256": hashlib.sha256(TEXT[start:end].encode()).hexdigest()}

    if spans == "overlap":
        items[1] = span(items[0]["end"] - 5, items[1]["end"])
    elif spans == "reversed":
        items[0], items[1] = items[1], items[0]
    else:
        items[1] = span(items[1]["start"] + 10, items[1]["end"])
    (work / "manifest.json").write_text(json.dumps(manifest))

    before = len(_requests(elevenlabs_emulator))
    result = _sync(elevenlabs_emulator, output)
    assert result.reused == 0  # a fresh plan: the old folder was started over
    assert sum(_requests(elevenlabs_emulator)[before:]) == sum(len(piece) for piece in split_text(TEXT, MAX_CHARS))


def test_a_missing_output_folder_fails_before_any_request(tmp_path: Path) -> None:
    from elevenlabs_ext import AsyncElevenLabs, ElevenLabs

    target = tmp_path / "missing" / "out.mp3"
    message = f"the folder {target.parent} does not exist"
    with ElevenLabs(api_key="k", base_url="http://127.0.0.1:9") as client, pytest.raises(FileNotFoundError) as sync:
        synthesize_long(client, TEXT, voice_id=VOICE, output=target)  # nothing listens on port 9

    async def run() -> None:
        async with AsyncElevenLabs(api_key="k", base_url="http://127.0.0.1:9") as client:
            await asynthesize_long(client, TEXT, voice_id=VOICE, output=target)

    with pytest.raises(FileNotFoundError) as async_:
        asyncio.run(run())
    assert message in str(sync.value) and message in str(async_.value)
    assert not target.parent.exists()
