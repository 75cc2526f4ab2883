"""Waiting for long-running jobs: the pure poll schedule, and the helpers against a loopback API."""

from __future__ import annotations

import json
from typing import Any

import pytest

from elevenlabs_ext import (
    JobFailedError,
    PollSchedule,
    WaitTimeoutError,
    await_dubbing,
    await_until,
    await_voice_training,
    await_voice_verification,
    wait_for_dubbing,
    wait_for_voice_training,
    wait_for_voice_verification,
    wait_until,
)
from elevenlabs_ext._errors import RateLimitError

from .conftest import Flavor, MakeClient
from .loopback import LoopbackServer, Reply
from .test_client import _voice

FAST = {"initial_delay": 0.01, "max_delay": 0.02}


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_schedule_grows_caps_and_stops_at_the_deadline() -> None:
    clock = FakeClock()
    schedule = PollSchedule(timeout=10, initial_delay=1, max_delay=4, factor=2, clock=clock)
    assert [schedule.after_status(i, "job") for i in range(5)] == [1, 2, 4, 4, 4]
    clock.now += 9.5
    assert schedule.after_status("almost", "job") == pytest.approx(0.5)  # never sleeps past the deadline
    clock.now += 1
    with pytest.raises(WaitTimeoutError) as timed_out:
        schedule.after_status("late", "the export")
    assert timed_out.value.result == "late"
    assert "the export did not finish within 10 s" in str(timed_out.value)


def test_schedule_honours_the_servers_retry_after() -> None:
    schedule = PollSchedule(timeout=100, initial_delay=1, max_delay=4, clock=FakeClock())
    error = RateLimitError.__new__(RateLimitError)
    error.retry_after = 7.5
    assert schedule.after_error(error, "job") == 7.5
    assert schedule.after_error(ConnectionError(), "job") == 1  # no hint: the normal growth


@pytest.mark.parametrize("bad", [{"timeout": 0}, {"initial_delay": 0}, {"initial_delay": 5, "max_delay": 1}])
def test_schedule_rejects_nonsense(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="initial_delay"):
        PollSchedule(**bad)


def test_wait_until_reports_failure_and_success() -> None:
    states = iter(["queued", "running", "done"])
    assert wait_until(lambda: next(states), done=lambda s: s == "done", schedule=PollSchedule(**FAST)) == "done"
    states = iter(["queued", "broken"])
    with pytest.raises(JobFailedError, match="the job failed: it broke") as failed:
        wait_until(
            lambda: next(states),
            done=lambda s: s == "done",
            failed=lambda s: "it broke" if s == "broken" else None,
            schedule=PollSchedule(**FAST),
        )
    assert failed.value.result == "broken"


async def test_await_until_is_the_async_twin() -> None:
    states = iter(["queued", "done"])

    async def fetch() -> str:
        return next(states)

    assert await await_until(fetch, done=lambda s: s == "done", schedule=PollSchedule(**FAST)) == "done"


def _dubbing(status: str, error: str | None = None) -> Reply:
    body: dict[str, Any] = {
        "dubbing_id": "dub1",
        "name": "Film",
        "status": status,
        "source_language": "en",
        "target_languages": ["es"],
        "created_at": "2026-11-24T10:00:00Z",
    }
    if error:
        body["error"] = error
    return Reply(200, body=json.dumps(body).encode(), headers={"content-type": "application/json"})


async def _wait_dubbing(flavor: Flavor, client: Any, **options: Any) -> Any:
    schedule = PollSchedule(**{**FAST, **options})
    if flavor.is_async:
        return await await_dubbing(client, "dub1", schedule=schedule)
    return wait_for_dubbing(client, "dub1", schedule=schedule)


async def test_dubbing_is_polled_until_dubbed(flavor: Flavor, server: LoopbackServer, make_client: MakeClient) -> None:
    server.enqueue(_dubbing("dubbing"), _dubbing("dubbing"), _dubbing("dubbed"))
    metadata = await _wait_dubbing(flavor, await make_client())
    assert metadata.status == "dubbed"
    assert [r.path for r in server.requests] == ["/v1/dubbing/dub1"] * 3


async def test_a_failed_dubbing_raises_with_the_apis_reason(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(_dubbing("dubbing"), _dubbing("failed", error="unsupported audio track"))
    with pytest.raises(JobFailedError, match="unsupported audio track") as failed:
        await _wait_dubbing(flavor, await make_client())
    assert failed.value.result.status == "failed"


async def test_rate_limits_and_blips_are_polled_through(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(
        Reply(429, headers={"retry-after-ms": "30"}),
        Reply(503),
        _dubbing("dubbed"),
    )
    metadata = await _wait_dubbing(flavor, await make_client(max_retries=0))
    assert metadata.status == "dubbed"
    first, second = server.requests[0], server.requests[1]
    assert second.received_at - first.received_at >= 0.025  # the server's 30 ms, not the 10 ms schedule


async def test_a_job_that_never_finishes_times_out(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(*[_dubbing("dubbing") for _ in range(40)])
    with pytest.raises(WaitTimeoutError) as timed_out:
        await _wait_dubbing(flavor, await make_client(), timeout=0.15)
    assert timed_out.value.result.status == "dubbing"


def _voice_training(state: str) -> Reply:
    voice = _voice(1, category="professional")
    voice["fine_tuning"] = {
        "is_allowed_to_fine_tune": True,
        "state": {"eleven_multilingual_v2": state},
        "verification_failures": [],
        "verification_attempts_count": 0,
        "manual_verification_requested": False,
    }
    return Reply(200, body=json.dumps(voice).encode(), headers={"content-type": "application/json"})


async def test_voice_training_is_polled_until_fine_tuned(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(_voice_training("queued"), _voice_training("fine_tuning"), _voice_training("fine_tuned"))
    client = await make_client()
    voice = await _wait_training(flavor, client)
    assert voice.fine_tuning.state.additional_properties == {"eleven_multilingual_v2": "fine_tuned"}
    assert len(server.requests) == 3

    server.enqueue(_voice_training("failed"))
    with pytest.raises(JobFailedError, match="training failed for eleven_multilingual_v2"):
        await _wait_training(flavor, client, model_id="eleven_multilingual_v2")


async def _wait_training(flavor: Flavor, client: Any, **options: Any) -> Any:
    schedule = PollSchedule(**FAST)
    if flavor.is_async:
        return await await_voice_training(client, "voice_001", schedule=schedule, **options)
    return wait_for_voice_training(client, "voice_001", schedule=schedule, **options)


def _verification(is_verified: bool, failures: list[str]) -> Reply:
    voice = _voice(2, category="professional")
    voice["voice_verification"] = {
        "requires_verification": True,
        "is_verified": is_verified,
        "verification_failures": failures,
        "verification_attempts_count": len(failures),
    }
    return Reply(200, body=json.dumps(voice).encode(), headers={"content-type": "application/json"})


async def _wait_verification(flavor: Flavor, client: Any) -> Any:
    schedule = PollSchedule(**FAST)
    if flavor.is_async:
        return await await_voice_verification(client, "voice_002", schedule=schedule)
    return wait_for_voice_verification(client, "voice_002", schedule=schedule)


async def test_voice_verification_waits_past_old_failures_and_stops_on_a_new_one(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    client = await make_client()
    old = ["captcha did not match"]
    server.enqueue(_verification(False, old), _verification(False, old), _verification(True, old))
    voice = await _wait_verification(flavor, client)
    assert voice.voice_verification.is_verified is True

    server.enqueue(_verification(False, old), _verification(False, [*old, "recording too quiet"]))
    with pytest.raises(JobFailedError, match="recording too quiet"):
        await _wait_verification(flavor, client)
