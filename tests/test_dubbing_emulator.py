"""The emulator's minimal dubbing job, driven by the wait helpers (sync and async)."""

from __future__ import annotations

import asyncio
import io

import pytest
from elevenlabs_api.api.dubbing import dubbing_create, dubbing_get
from elevenlabs_api.models import DubbingCreated, DubbingCreateForm
from elevenlabs_api.types import File

from elevenlabs_ext import NotFoundError, PollSchedule, UnprocessableEntityError, await_dubbing, wait_for_dubbing
from elevenlabs_ext.emulator import Emulator
from elevenlabs_ext.emulator._routes_dubbing import POLLS_WHILE_DUBBING

FAST = {"initial_delay": 0.01, "max_delay": 0.02, "timeout": 10}


def _form() -> DubbingCreateForm:
    media = File(payload=io.BytesIO(b"\xff\xfb" + bytes(400)), file_name="talk.mp3", mime_type="audio/mpeg")
    return DubbingCreateForm(file=media, target_lang="es")


def test_a_job_is_dubbing_for_a_few_polls_then_dubbed(elevenlabs_emulator: Emulator) -> None:
    with elevenlabs_emulator.client() as client:
        created = dubbing_create.sync(client=client, body=_form())
        assert isinstance(created, DubbingCreated) and created.expected_duration_sec > 0
        statuses = [dubbing_get.sync(created.dubbing_id, client=client).status for _ in range(POLLS_WHILE_DUBBING)]  # type: ignore[union-attr]
        assert statuses == ["dubbing"] * POLLS_WHILE_DUBBING
        metadata = wait_for_dubbing(client, created.dubbing_id, schedule=PollSchedule(**FAST))
    assert metadata.status == "dubbed" and metadata.target_languages == ["es"] and metadata.name == "talk.mp3"
    assert metadata.media_metadata.content_type == "audio/mpeg"


def test_async_wait(elevenlabs_emulator: Emulator) -> None:
    async def run() -> object:
        async with elevenlabs_emulator.async_client() as client:
            created = await dubbing_create.asyncio(client=client, body=_form())
            assert isinstance(created, DubbingCreated)
            return await await_dubbing(client, created.dubbing_id, schedule=PollSchedule(**FAST))

    assert getattr(asyncio.run(run()), "status", None) == "dubbed"


def test_bad_forms_and_unknown_ids(elevenlabs_emulator: Emulator) -> None:
    with elevenlabs_emulator.client(max_retries=0) as client:
        with pytest.raises(UnprocessableEntityError) as invalid:
            dubbing_create.sync(client=client, body=DubbingCreateForm(name="nothing to dub"))
        fields = {tuple(problem["loc"]) for problem in invalid.value.body["detail"]}
        assert fields == {("body", "file"), ("body", "target_lang")}
        created = dubbing_create.sync(client=client, body=_form())
        assert isinstance(created, DubbingCreated)
        elevenlabs_emulator.reset()  # jobs belong to the account state
        with pytest.raises(NotFoundError):
            dubbing_get.sync(created.dubbing_id, client=client)
