"""Long-form synthesis: the splitter, MP3/PCM/WAV joining and the planner without I/O, then
whole runs against the in-process emulator (fault mid-way and resume, 429 backoff,
concurrency bound, timestamps, the async driver)."""

from __future__ import annotations

import asyncio
import contextlib
import io
import itertools
import json
import random
import re
import struct
from collections.abc import Iterator
from pathlib import Path

import httpx
import miniaudio
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from elevenlabs_ext import APIConnectionError, AuthenticationError, ElevenLabs
from elevenlabs_ext.emulator import Emulator, Pacing
from elevenlabs_ext.longform import (
    Boundary,
    asynthesize_long,
    join_files,
    layout,
    split_text,
    synthesize_long,
    wav_header,
)
from elevenlabs_ext.longform._formats import parse_output_format
from elevenlabs_ext.longform._plan import Failed, Finished, Planner, StartPiece, Wait
from elevenlabs_ext.longform._work import WorkFolder

from .longform_helpers import Recorder, mp3_duration, sine_mp3

VOICE = "JBFqnCBsd6RMkjVDRZzb"


def _paragraphs(count: int, sentences: int = 3) -> str:
    return "\n\n".join(
        " ".join(f"Paragraph {p} has sentence number {s}, which is short." for s in range(sentences))
        for p in range(count)
    )


# ---------------------------------------------------------------------- splitting (no I/O)


def test_pieces_fit_keep_order_and_lose_nothing() -> None:
    text = _paragraphs(6)
    pieces = split_text(text, 200)
    assert len(pieces) > 1
    assert all(0 < len(piece) <= 200 for piece in pieces)
    assert [piece.index for piece in pieces] == list(range(len(pieces)))
    for before, after in itertools.pairwise(pieces):
        assert before.end <= after.start and text[before.end : after.start].isspace()
    assert " ".join(p.text for p in pieces).split() == text.split()


def test_a_paragraph_that_fits_is_never_split() -> None:
    paragraphs = _paragraphs(5).split("\n\n")
    pieces = split_text("\n\n".join(paragraphs), 200)
    for paragraph in paragraphs:
        assert any(paragraph in piece.text for piece in pieces), paragraph


def test_long_paragraphs_are_cut_at_sentences_not_words() -> None:
    text = _paragraphs(1, sentences=12)
    pieces = split_text(text, 150)
    assert len(pieces) > 2
    assert all(piece.text.endswith(".") for piece in pieces)


def test_abbreviations_and_initials_are_not_sentence_ends() -> None:
    text = "Dr. Watson met J. R. Smith at noon. " * 6
    pieces = split_text(text, 80)
    assert all(not piece.text.endswith(("Dr.", "J.", "R.")) for piece in pieces)
    assert all(piece.text.endswith("noon.") for piece in pieces)


def test_quotes_closing_a_sentence_stay_with_it() -> None:
    text = 'She said "Stop." Then she left. ' * 10
    pieces = split_text(text, 60)
    assert "".join(p.text for p in pieces).replace(" ", "") == text.replace(" ", "")
    assert all(piece.text.endswith(('."', ".")) for piece in pieces)


def test_clauses_then_words_then_hard_cuts() -> None:
    clauses = "one clause here, another clause there, and a third one; then more words follow"
    assert all(len(p) <= 40 for p in split_text(clauses, 40))
    assert split_text(clauses, 40)[0].text.endswith(",")
    long_word = "x" * 95
    assert [len(p) for p in split_text(long_word, 40)] == [40, 40, 15]


def test_cjk_sentences_split_without_spaces() -> None:
    text = "今日は良い天気です。明日は雨が降るでしょう。" * 4
    pieces = split_text(text, 30)
    assert all(piece.text.endswith("。") for piece in pieces)
    assert "".join(p.text for p in pieces) == text


def test_split_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="empty"):
        split_text(" \n\n ", 100)
    with pytest.raises(ValueError, match="positive"):
        split_text("hi", 0)
    assert Boundary.PARAGRAPH > Boundary.SENTENCE > Boundary.WORD


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab .,!?\n\t—é"), min_size=1, max_size=400).filter(str.strip),
    st.integers(min_value=1, max_value=60),
)
def test_split_properties(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert all(0 < len(piece) <= limit and piece.text == text[piece.start : piece.end] for piece in pieces)
    assert all(not piece.text[0].isspace() and not piece.text[-1].isspace() for piece in pieces)
    assert "".join("".join(p.text for p in pieces).split()) == "".join(text.split())


# ---------------------------------------------------------------------- joining (no network)


def _xing_frame(mp3: bytes) -> bytes:
    """A Xing header frame shaped like the first frame of ``mp3`` (MPEG-1 mono)."""
    first = layout(mp3)
    offset, length = first.frames[0]
    frame = bytearray(length)
    frame[:4] = mp3[offset : offset + 4]
    frame[21:25] = b"Xing"
    frame[25:29] = struct.pack(">I", 0x3)  # frame and byte counts follow
    frame[29:37] = struct.pack(">II", 7, 1234)  # deliberately wrong for a joined file
    return bytes(frame)


def _tagged(mp3: bytes) -> bytes:
    id3v2 = b"ID3\x04\x00\x00\x00\x00\x00\x14" + b"\x00" * 20
    id3v1 = b"TAG" + b"title".ljust(125, b"\x00")
    return id3v2 + _xing_frame(mp3) + mp3 + id3v1


def test_mp3_layout_finds_tags_header_frames_and_audio() -> None:
    mp3 = sine_mp3(0.5)
    plain = layout(mp3)
    found = layout(_tagged(mp3))
    assert found.id3.startswith(b"ID3") and len(found.id3) == 30
    assert found.info_frames == 1
    assert len(found.frames) == len(plain.frames) and found.samples == plain.samples
    assert found.skipped == 0 and found.sample_rate == 44100
    with pytest.raises(ValueError, match="not an MP3"):
        layout(b"definitely not audio" * 10)


def test_mp3_pieces_join_frames_only_and_decode_to_the_sum(tmp_path: Path) -> None:
    pieces = [sine_mp3(seconds, frequency=300 + 100 * n) for n, seconds in enumerate((0.4, 0.7, 0.3))]
    paths = []
    for n, piece in enumerate(pieces):
        paths.append(tmp_path / f"{n}.mp3")
        paths[-1].write_bytes(_tagged(piece))
    naive = b"".join(path.read_bytes() for path in paths)
    assert naive.count(b"Xing") == 3 and naive.count(b"TAG") == 3

    out = io.BytesIO()
    durations = join_files(paths, parse_output_format("mp3_44100_128"), out)
    joined = out.getvalue()
    assert joined.startswith(b"ID3") and joined.count(b"ID3") == 1
    assert b"Xing" not in joined and b"TAG" not in joined
    assert joined[30:] == b"".join(pieces)  # every audio frame, in order, nothing else
    expected = sum(layout(piece).duration for piece in pieces)
    assert sum(durations) == pytest.approx(expected)
    assert mp3_duration(joined) == pytest.approx(expected, abs=0.03)


def test_pcm_joins_raw_and_wav_gets_a_correct_header(tmp_path: Path) -> None:
    parts = [bytes(range(256)) * 3, b"\x01\x02" * 500]
    paths = []
    for n, data in enumerate(parts):
        paths.append(tmp_path / f"{n}.pcm")
        paths[-1].write_bytes(data)
    fmt = parse_output_format("pcm_24000")
    raw = io.BytesIO()
    assert join_files(paths, fmt, raw) == [len(parts[0]) / 48000, len(parts[1]) / 48000]
    assert raw.getvalue() == b"".join(parts)

    wav = io.BytesIO()
    join_files(paths, fmt, wav, wav=True)
    data = wav.getvalue()
    size = len(b"".join(parts))
    assert data[:44] == wav_header(size, 24000)
    riff, total, wave = struct.unpack("<4sI4s", data[:12])
    assert (riff, wave, total) == (b"RIFF", b"WAVE", 36 + size)
    channels, rate, byte_rate, align, bits = struct.unpack("<HIIHH", data[22:36])
    assert (channels, rate, byte_rate, align, bits) == (1, 24000, 48000, 2, 16)
    assert struct.unpack("<4sI", data[36:44]) == (b"data", size) and data[44:] == b"".join(parts)
    decoded = miniaudio.decode(data, nchannels=1, sample_rate=24000)
    assert decoded.num_frames == size // 2
    with pytest.raises(ValueError, match="WAV"):
        join_files(paths, parse_output_format("mp3_44100_128"), io.BytesIO(), wav=True)


# ---------------------------------------------------------------------- the planner (no I/O)


def _drain_starts(planner: Planner, now: float = 0.0) -> list[StartPiece]:
    started = []
    while isinstance(action := planner.next_action(now), StartPiece):
        started.append(action)
    return started


def test_planner_never_exceeds_concurrency_and_goes_in_order() -> None:
    planner = Planner([f"piece {i}" for i in range(5)], concurrency=2)
    first = _drain_starts(planner)
    assert [s.index for s in first] == [0, 1] and planner.next_action(0) == Wait(None)
    planner.finished(1, "r1")
    assert [s.index for s in _drain_starts(planner)] == [2]
    for index in (0, 2):
        planner.finished(index, f"r{index}")
    assert [s.index for s in _drain_starts(planner)] == [3, 4]
    planner.finished(3, "r3")
    planner.finished(4, "r4")
    assert planner.next_action(0) == Finished() and planner.started == 5


def test_planner_stitches_with_text_and_up_to_three_request_ids() -> None:
    texts = [f"Sentence number {i} is here." for i in range(6)]
    planner = Planner(texts, concurrency=1)
    seen = []
    for index in range(6):
        (start,) = _drain_starts(planner)
        seen.append(start)
        planner.finished(index, f"id{index}")
    assert seen[0].previous_text is None and seen[0].next_text == texts[1]
    assert seen[0].previous_request_ids == ()
    assert seen[1].previous_request_ids == ("id0",)
    assert seen[4].previous_request_ids == ("id1", "id2", "id3")
    assert seen[5].previous_text == texts[4] and seen[5].next_text is None

    resumed = Planner(texts, concurrency=1, finished={0: "a", 1: "b", 4: "e", 5: None})
    (start,) = _drain_starts(resumed)
    assert start.index == 2 and start.previous_request_ids == ("a", "b") and start.next_request_ids == ()
    resumed.finished(2, "c")
    (start,) = _drain_starts(resumed)
    assert start.index == 3 and start.previous_request_ids == ("a", "b", "c") and start.next_request_ids == ("e",)

    plain = Planner(texts, concurrency=1, stitching=False)
    (start,) = _drain_starts(plain)
    assert (start.previous_text, start.next_text, start.previous_request_ids) == (None, None, ())


def test_planner_context_is_cut_at_words() -> None:
    long = " ".join(f"word{i}" for i in range(400))
    planner = Planner([long, "middle", long], concurrency=3)
    _, middle, _ = _drain_starts(planner)
    assert middle.previous_text is not None and middle.next_text is not None
    assert len(middle.previous_text) <= 500 and long.endswith(middle.previous_text)
    assert middle.previous_text.startswith("word") and long.startswith(middle.next_text)


def test_planner_backs_off_on_429_and_lowers_then_restores_the_limit() -> None:
    error = RuntimeError("429")
    planner = Planner([str(i) for i in range(6)], concurrency=3)
    assert [s.index for s in _drain_starts(planner, 10.0)] == [0, 1, 2]
    planner.rate_limited(2, error, 1.5, now=10.0)
    assert planner.limit == 2 and planner.rate_limited_count == 1
    assert planner.next_action(10.1) == Wait(None)  # two in flight, the API allows two
    planner.finished(0, "r0")
    assert planner.next_action(10.2) == Wait(pytest.approx(1.3))  # paused until 11.5
    (start,) = _drain_starts(planner, 11.5)
    assert start.index == 2  # the refused piece goes first again
    planner.finished(1, "r1")
    planner.finished(2, "r2")  # two successes at limit 2: back to 3
    assert planner.limit == 3
    assert [s.index for s in _drain_starts(planner, 12.0)] == [3, 4, 5]


def test_planner_backoff_without_retry_after_grows_and_gives_up() -> None:
    error = RuntimeError("429")
    planner = Planner(["only"], concurrency=1, max_rate_limit_waits=3, rng=random.Random(7))
    waits = []
    now = 0.0
    for _ in range(3):
        (start,) = _drain_starts(planner, now)
        planner.rate_limited(start.index, error, None, now)
        action = planner.next_action(now)
        assert isinstance(action, Wait) and action.seconds is not None
        waits.append(action.seconds)
        now += action.seconds
    assert 0.75 <= waits[0] <= 1.0 and 1.5 <= waits[1] <= 2.0 and 3.0 <= waits[2] <= 4.0
    _drain_starts(planner, now)
    planner.rate_limited(0, error, None, now)
    assert planner.next_action(now) == Failed(error)


def test_planner_failure_stops_new_starts_and_waits_for_pieces_in_flight() -> None:
    error = RuntimeError("boom")
    planner = Planner([str(i) for i in range(5)], concurrency=2)
    _drain_starts(planner)
    planner.failed(1, error)
    assert planner.next_action(0) == Wait(None)  # piece 0 is still in flight
    planner.finished(0, "r0")
    assert planner.next_action(0) == Failed(error) and planner.done == 1
    with pytest.raises(ValueError, match="not in flight"):
        planner.finished(3, "x")


# ---------------------------------------------------------------------- whole runs


@contextlib.contextmanager
def _recording_client(emu: Emulator, recorder: Recorder, **options: object) -> Iterator[ElevenLabs]:
    # The client leaves a caller's httpx client open: close it here.
    with httpx.Client(transport=recorder) as http, emu.client(httpx_client=http, **options) as client:
        yield client


def test_fault_on_the_third_piece_then_resume_sends_nothing_for_finished_pieces(
    elevenlabs_emulator: Emulator, tmp_path: Path
) -> None:
    text = _paragraphs(6)
    pieces = split_text(text, 200)
    assert len(pieces) >= 5
    output = tmp_path / "book.mp3"

    first = Recorder(fault_on=3)  # the connection drops in the middle of piece 2's audio
    with (
        _recording_client(elevenlabs_emulator, first, max_retries=0) as client,
        pytest.raises(APIConnectionError) as failure,
    ):
        synthesize_long(client, text, voice_id=VOICE, output=output, max_chars=200, concurrency=1)
    assert first.texts == [p.text for p in pieces[:3]]
    note = " ".join(failure.value.__notes__)
    assert f"2 of {len(pieces)} pieces are saved" in note and "again to resume" in note
    assert not output.exists()
    work = next(tmp_path.glob("book.mp3.parts-*"))
    assert sorted(p.name for p in work.glob("piece-*.json")) == ["piece-0000.json", "piece-0001.json"]
    manifest = json.loads((work / "manifest.json").read_text())
    assert len(manifest["pieces"]) == len(pieces) and manifest["piece_chars"] == 200
    saved_ids = [json.loads((work / f"piece-000{i}.json").read_text())["request_id"] for i in (0, 1)]

    second = Recorder()
    with _recording_client(elevenlabs_emulator, second) as client:
        result = synthesize_long(client, text, voice_id=VOICE, output=output, max_chars=200, concurrency=1)
    # Not one request for the two finished pieces, and no model lookup: the plan was saved.
    assert second.texts == [p.text for p in pieces[2:]]
    assert "/v1/models" not in second.paths
    assert second.bodies[0]["previous_request_ids"] == saved_ids  # stitched across the two runs
    assert (result.pieces, result.reused, result.requested) == (len(pieces), 2, len(pieces) - 2)
    assert result.request_ids[:2] == tuple(saved_ids)
    assert not work.exists()  # cleaned up after success

    charged = [u.credits for u in elevenlabs_emulator.state.usage()]
    assert len(charged) == len(pieces) + 1  # every piece once, plus piece 2's dropped attempt
    assert mp3_duration(output.read_bytes()) == pytest.approx(result.duration, abs=0.03)
    assert result.duration > 5


def test_joined_mp3_decodes_to_the_sum_of_its_pieces(elevenlabs_emulator: Emulator, tmp_path: Path) -> None:
    text = _paragraphs(4)
    with elevenlabs_emulator.client() as client:
        result = synthesize_long(
            client, text, voice_id=VOICE, output=tmp_path / "out.mp3", max_chars=180, keep_work=True
        )
    piece_files = sorted(result.work_dir.glob("piece-*.mp3"))
    assert len(piece_files) == result.pieces > 2
    total = sum(mp3_duration(path.read_bytes()) for path in piece_files)
    assert mp3_duration((tmp_path / "out.mp3").read_bytes()) == pytest.approx(total, abs=0.001)
    assert result.duration == pytest.approx(total, abs=0.001)


def test_concurrency_bound_is_respected(elevenlabs_emulator: Emulator, tmp_path: Path) -> None:
    elevenlabs_emulator.configure(pacing=Pacing(ttfb=0.15))  # requests overlap for sure
    recorder = Recorder()
    with _recording_client(elevenlabs_emulator, recorder) as client:
        result = synthesize_long(
            client, _paragraphs(6), voice_id=VOICE, output=tmp_path / "out.mp3", max_chars=150, concurrency=2
        )
    assert result.pieces >= 5 and len(recorder.bodies) == result.pieces
    assert recorder.max_in_flight == 2


def test_429s_beyond_the_clients_retries_back_off_and_finish(elevenlabs_emulator: Emulator, tmp_path: Path) -> None:
    # The account allows one generation at a time; we ask for three.
    elevenlabs_emulator.configure(concurrency=1, retry_after=0.05, pacing=Pacing(ttfb=0.1))
    recorder = Recorder()
    with _recording_client(elevenlabs_emulator, recorder, max_retries=0) as client:
        result = synthesize_long(
            client, _paragraphs(4), voice_id=VOICE, output=tmp_path / "out.mp3", max_chars=150, concurrency=3
        )
    assert 429 in recorder.statuses
    assert recorder.statuses.count(200) == result.pieces
    assert len(elevenlabs_emulator.state.usage()) == result.pieces  # a refused request costs nothing
    assert result.requests == len(recorder.bodies)
    assert mp3_duration((tmp_path / "out.mp3").read_bytes()) == pytest.approx(result.duration, abs=0.03)


def test_timestamps_cover_the_whole_text_in_order(elevenlabs_emulator: Emulator, tmp_path: Path) -> None:
    text = _paragraphs(3)
    with elevenlabs_emulator.client() as client:
        result = synthesize_long(
            client, text, voice_id=VOICE, output=tmp_path / "t.wav", max_chars=120, timestamps=True
        )
    assert result.pieces > 2 and result.alignment is not None
    assert "".join(result.alignment["characters"]) == text.strip()
    starts = result.alignment["character_start_times_seconds"]
    assert starts == sorted(starts) and starts[-1] < result.duration
    data = (tmp_path / "t.wav").read_bytes()
    assert data[:4] == b"RIFF" and struct.unpack("<I", data[40:44])[0] == len(data) - 44


def test_a_changed_or_damaged_piece_is_synthesized_again(elevenlabs_emulator: Emulator, tmp_path: Path) -> None:
    text = _paragraphs(3)
    output = tmp_path / "out.mp3"
    with elevenlabs_emulator.client() as client:
        synthesize_long(client, text, voice_id=VOICE, output=output, max_chars=150, keep_work=True)
        work = next(tmp_path.glob("out.mp3.parts-*"))
        audio = work / "piece-0001.mp3"
        audio.write_bytes(audio.read_bytes()[:-10])  # cut short: the record no longer matches
        recorder = Recorder()
    with _recording_client(elevenlabs_emulator, recorder) as client:
        result = synthesize_long(client, text, voice_id=VOICE, output=output, max_chars=150)
    assert len(recorder.bodies) == 1 and result.reused == result.pieces - 1
    # Another voice is another job: another folder, nothing reused.
    with elevenlabs_emulator.client() as client:
        other = synthesize_long(client, text, voice_id="21m00Tcm4TlvDq8ikWAM", output=output, max_chars=150)
    assert other.reused == 0


def test_work_folder_is_named_from_the_job(tmp_path: Path) -> None:
    folder = WorkFolder.beside(tmp_path / "book.mp3", "ab" * 32, ".mp3")
    assert folder.path == tmp_path / "book.mp3.parts-abababababab"
    assert folder.audio_path(3).name == "piece-0003.mp3" and folder.record_path(3).name == "piece-0003.json"


def test_bad_arguments_fail_before_any_request(tmp_path: Path) -> None:
    client = ElevenLabs(api_key="k", base_url="http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(ValueError, match="wav"):
        synthesize_long(client, "Hi.", voice_id=VOICE, output=tmp_path / "x.wav", output_format="mp3_44100_128")
    with pytest.raises(ValueError, match="empty"):
        synthesize_long(client, "   ", voice_id=VOICE, output=tmp_path / "x.mp3")
    with pytest.raises(ValueError, match="concurrency"):
        synthesize_long(client, "Hi.", voice_id=VOICE, output=tmp_path / "x.mp3", concurrency=0)
    with pytest.raises(ValueError, match="unknown output format"):
        synthesize_long(client, "Hi.", voice_id=VOICE, output=tmp_path / "x.bin", output_format="flac")


@pytest.mark.elevenlabs_emulator(character_limit=400)
def test_async_driver_matches_and_resumes(elevenlabs_emulator: Emulator, tmp_path: Path) -> None:
    text = _paragraphs(5)
    pieces = split_text(text, 150)
    output = tmp_path / "a.mp3"

    async def run() -> object:
        async with elevenlabs_emulator.async_client(max_retries=0) as client:
            return await asynthesize_long(client, text, voice_id=VOICE, output=output, max_chars=150, concurrency=2)

    with pytest.raises(AuthenticationError) as quota:  # the quota runs out part of the way
        asyncio.run(run())
    assert re.search(r"\d+ of \d+ pieces are saved", " ".join(quota.value.__notes__))
    done = len(elevenlabs_emulator.state.usage())
    assert 0 < done < len(pieces)
    elevenlabs_emulator.configure(character_limit=1_000_000)
    result = asyncio.run(run())
    assert result.reused == done  # type: ignore[attr-defined]
    assert len(elevenlabs_emulator.state.usage()) == len(pieces)
    assert mp3_duration(output.read_bytes()) == pytest.approx(result.duration, abs=0.03)  # type: ignore[attr-defined]


def test_ctrl_c_keeps_finished_pieces_and_says_so(elevenlabs_emulator: Emulator, tmp_path: Path) -> None:
    text = _paragraphs(5)
    total = len(split_text(text, 150))

    def interrupt_after_two(progress: object) -> None:
        if getattr(progress, "pieces_done", 0) == 2:
            raise KeyboardInterrupt

    with elevenlabs_emulator.client() as client, pytest.raises(KeyboardInterrupt) as interrupted:
        synthesize_long(
            client,
            text,
            voice_id=VOICE,
            output=tmp_path / "o.mp3",
            max_chars=150,
            concurrency=1,
            on_progress=interrupt_after_two,
        )
    assert f"2 of {total} pieces are saved" in " ".join(interrupted.value.__notes__)
