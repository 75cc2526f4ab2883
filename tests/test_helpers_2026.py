"""The existing helpers on operations the 2026 API added: the dialogue with-timestamps stream,
the music detailed event stream, and the wait helpers of the new long-running jobs."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from elevenlabs_api.api.music import post_music_detailed_stream
from elevenlabs_api.api.text_to_dialogue import post_text_to_dialogue_stream_with_timestamps
from elevenlabs_api.models import (
    BodyTextToDialogueStreamWithTimestamps,
    CharacterAlignment,
    DialogueInput,
    StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel,
)

from elevenlabs_ext import (
    JobFailedError,
    PollSchedule,
    await_dubbing_project,
    await_flow_generation,
    await_music_finetune,
    await_production_order,
    wait_for_dubbing_project,
    wait_for_flow_generation,
    wait_for_music_finetune,
    wait_for_production_order,
)

from .conftest import Flavor, MakeClient
from .contract import generic
from .loopback import Chunked, LoopbackServer, Reply, pieces

FAST = PollSchedule(initial_delay=0.01, max_delay=0.02)


def _json(body: dict[str, Any]) -> Reply:
    return Reply(200, body=json.dumps(body).encode(), headers={"content-type": "application/json"})


async def test_dialogue_with_timestamps_streams_typed_chunks(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    alignment = {
        "characters": ["H", "i"],
        "character_start_times_seconds": [0, 0.1],
        "character_end_times_seconds": [0.1, 0.2],
    }
    segment = {
        "voice_id": "v1",
        "start_time_seconds": 0,
        "end_time_seconds": 0.2,
        "character_start_index": 0,
        "character_end_index": 2,
        "dialogue_input_index": 0,
    }
    lines = [
        {"audio_base64": base64.b64encode(b"first").decode(), "alignment": alignment, "voice_segments": [segment]},
        {"audio_base64": base64.b64encode(b"second").decode(), "voice_segments": []},
    ]
    body = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
    server.enqueue(Chunked(pieces(body, 7), headers={"content-type": "application/x-ndjson"}))
    request = BodyTextToDialogueStreamWithTimestamps(inputs=[DialogueInput(text="Hi", voice_id="v1")])
    chunks = []
    async with flavor.stream_with_timestamps(
        post_text_to_dialogue_stream_with_timestamps, client=await make_client(), body=request
    ) as stream:
        async for chunk in stream:
            chunks.append(chunk)
    assert [chunk.audio for chunk in chunks] == [b"first", b"second"]
    assert isinstance(chunks[0].alignment, CharacterAlignment) and chunks[1].alignment is None
    assert all(isinstance(c.raw, StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel) for c in chunks)
    assert chunks[0].raw.voice_segments[0].voice_id == "v1"
    assert server.requests[0].path == "/v1/text-to-dialogue/stream/with-timestamps"


async def test_music_detailed_stream_reads_the_event_stream(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    events = b'event: song_metadata\ndata: {"title": "x"}\n\nevent: audio_chunk\ndata: {"audio": "AAA="}\n\n'
    server.enqueue(Chunked(pieces(events, 5), headers={"content-type": "text/event-stream"}))
    async with flavor.stream(post_music_detailed_stream, client=await make_client()) as body:
        assert (body.content_type or "").startswith("text/event-stream")
        data = await body.read()
    assert data == events


def _job(field: str, value: str, **extra: Any) -> Reply:
    return _json({field: value, **extra})


CASES: dict[str, tuple[Any, Any, tuple[str, ...], str, str, str, str]] = {
    # name: (sync helper, async helper, ids, field, running, done, path)
    "dubbing project": (
        wait_for_dubbing_project,
        await_dubbing_project,
        ("proj_1",),
        "status",
        "processing",
        "ready",
        "/v1/dubbing/project/proj_1",
    ),
    "music finetune": (
        wait_for_music_finetune,
        await_music_finetune,
        ("ft_1",),
        "status",
        "in_progress",
        "completed",
        "/v1/music/finetunes/ft_1",
    ),
    "flow video": (
        wait_for_flow_generation,
        await_flow_generation,
        ("video", "gen_1"),
        "status",
        "generating",
        "completed",
        "/v1/flows/video/gen_1",
    ),
    "production order": (
        wait_for_production_order,
        await_production_order,
        ("prodorder_1",),
        "state",
        "submitted",
        "done",
        "/v1/productions/orders/prodorder_1",
    ),
}


SCHEMAS = {
    "dubbing project": "DubbingProjectResponse",
    "music finetune": "MusicFinetuneResponseModel",
    "production order": "OrderResponse",
}
FLOW_STATES = {
    "generating": "MediaGenerationInProgressResponse",
    "completed": "MediaGenerationCompletedResponse",
    "failed": "MediaGenerationFailedResponse",
}


def _body(name: str, field: str, value: str) -> dict[str, Any]:
    """A minimal valid answer of each job's endpoint (built from openapi.yaml) in a state."""
    schema = FLOW_STATES[value] if name == "flow video" else SCHEMAS[name]
    body: dict[str, Any] = generic.sample({"$ref": f"#/components/schemas/{schema}"})
    return {**body, field: value}


@pytest.mark.parametrize("name", sorted(CASES))
async def test_new_jobs_are_polled_until_done(
    name: str, flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    sync_helper, async_helper, ids, field, running, done, path = CASES[name]
    server.enqueue(_json(_body(name, field, running)), _json(_body(name, field, done)))
    client = await make_client()
    helper = async_helper if flavor.is_async else sync_helper
    result = helper(client, *ids, schedule=FAST)
    if flavor.is_async:
        result = await result
    assert getattr(result, field) == done
    assert [r.path for r in server.requests] == [path, path]


async def _wait_flow(flavor: Flavor, client: Any) -> Any:
    if flavor.is_async:
        return await await_flow_generation(client, "video", "gen_1", schedule=FAST)
    return wait_for_flow_generation(client, "video", "gen_1", schedule=FAST)


async def test_a_failed_flow_generation_raises_with_its_reason(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(_json(_body("flow video", "status", "failed")))
    client = await make_client()
    with pytest.raises(JobFailedError, match=r"status 'failed': timeout"):  # the API's failure_reason
        await _wait_flow(flavor, client)


def test_an_unknown_flow_kind_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="video, image, text_to_speech"):
        wait_for_flow_generation(None, "audio", "gen_1")  # type: ignore[arg-type]
