"""Wait for long-running jobs (dubbing, studio conversion, voice training), sync and async.

``wait_until``/``await_until`` poll any fetch function until a ``done`` test passes, a
``failed`` test names a failure, or the deadline passes. The schedule (``PollSchedule``) is
pure and shared by both: the wait grows from ``initial_delay`` to ``max_delay``, a 429's
``Retry-After`` is honoured, and passing blips (connection errors, 5xx) are polled through
rather than ending the wait. The named helpers below are thin uses of it.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeAlias, TypeVar

import attrs

from ._endpoints import AsyncEndpoint, SyncEndpoint
from ._errors import APIConnectionError, ElevenLabsError, InternalServerError, RateLimitError

if TYPE_CHECKING:
    from elevenlabs_api.models.dubbing_metadata import DubbingMetadata
    from elevenlabs_api.models.dubbing_project_response import DubbingProjectResponse
    from elevenlabs_api.models.media_generation_completed_response import MediaGenerationCompletedResponse
    from elevenlabs_api.models.media_generation_failed_response import MediaGenerationFailedResponse
    from elevenlabs_api.models.media_generation_in_progress_response import MediaGenerationInProgressResponse
    from elevenlabs_api.models.music_finetune_response_model import MusicFinetuneResponseModel
    from elevenlabs_api.models.order_response import OrderResponse
    from elevenlabs_api.models.studio_chapter_with_content import StudioChapterWithContent
    from elevenlabs_api.models.studio_project_extended import StudioProjectExtended
    from elevenlabs_api.models.voice import Voice

    from ._client import AsyncElevenLabs, ElevenLabs

__all__ = [
    "JobFailedError",
    "PollSchedule",
    "WaitTimeoutError",
    "await_chapter_conversion",
    "await_dubbing",
    "await_dubbing_project",
    "await_flow_generation",
    "await_music_finetune",
    "await_production_order",
    "await_project_conversion",
    "await_until",
    "await_voice_training",
    "await_voice_verification",
    "wait_for_chapter_conversion",
    "wait_for_dubbing",
    "wait_for_dubbing_project",
    "wait_for_flow_generation",
    "wait_for_music_finetune",
    "wait_for_production_order",
    "wait_for_project_conversion",
    "wait_for_voice_training",
    "wait_for_voice_verification",
    "wait_until",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
# Worth polling through: the job is fine, the API or the network had a moment.
TRANSIENT = (RateLimitError, APIConnectionError, InternalServerError)


class JobFailedError(ElevenLabsError):
    """The job reported failure; ``result`` is the last status fetched."""

    def __init__(self, message: str, *, result: Any) -> None:
        super().__init__(message)
        self.result = result


class WaitTimeoutError(ElevenLabsError, TimeoutError):
    """The job did not finish before the deadline; ``result`` is the last status fetched."""

    def __init__(self, message: str, *, result: Any) -> None:
        super().__init__(message)
        self.result = result


@attrs.define
class PollSchedule:
    """When to poll next. No I/O: the drivers sleep for what it returns."""

    timeout: float = 3600.0
    initial_delay: float = 1.0
    max_delay: float = 30.0
    factor: float = 1.5
    clock: Callable[[], float] = time.monotonic
    _deadline: float = attrs.field(init=False)
    _delay: float = attrs.field(init=False)
    last: Any = attrs.field(init=False, default=None)

    def __attrs_post_init__(self) -> None:
        if self.timeout <= 0 or self.initial_delay <= 0 or self.max_delay < self.initial_delay:
            raise ValueError("need timeout > 0 and 0 < initial_delay <= max_delay")
        self._deadline = self.clock() + self.timeout
        self._delay = self.initial_delay

    def after_status(self, result: Any, what: str) -> float:
        """The wait before the next poll, after a status that is not final yet."""
        self.last = result
        return self._next(self._grow(), what)

    def after_error(self, error: BaseException, what: str) -> float:
        """The wait after a transient error; the server's ``Retry-After`` wins when it gave one."""
        asked = getattr(error, "retry_after", None)
        return self._next(asked if isinstance(asked, int | float) and asked > 0 else self._grow(), what)

    def _grow(self) -> float:
        delay = self._delay
        self._delay = min(self._delay * self.factor, self.max_delay)
        return delay

    def _next(self, delay: float, what: str) -> float:
        left = self._deadline - self.clock()
        if left <= 0:
            raise WaitTimeoutError(f"{what} did not finish within {self.timeout:g} s", result=self.last)
        return min(delay, left)


def _check(result: T, done: Callable[[T], bool], failed: Callable[[T], str | None] | None, what: str) -> bool:
    reason = failed(result) if failed is not None else None
    if reason:
        raise JobFailedError(f"{what} failed: {reason}", result=result)
    return done(result)


def wait_until(
    fetch: Callable[[], T],
    *,
    done: Callable[[T], bool],
    failed: Callable[[T], str | None] | None = None,
    what: str = "the job",
    schedule: PollSchedule | None = None,
) -> T:
    """Call ``fetch`` until ``done(result)``; raise ``JobFailedError`` when ``failed(result)``
    returns a reason, ``WaitTimeoutError`` at the deadline."""
    poll = schedule or PollSchedule()
    while True:
        try:
            result = fetch()
        except TRANSIENT as error:
            delay = poll.after_error(error, what)
        else:
            if _check(result, done, failed, what):
                return result
            delay = poll.after_status(result, what)
        time.sleep(delay)


async def await_until(
    fetch: Callable[[], Awaitable[T]],
    *,
    done: Callable[[T], bool],
    failed: Callable[[T], str | None] | None = None,
    what: str = "the job",
    schedule: PollSchedule | None = None,
) -> T:
    """Async twin of ``wait_until``: ``fetch`` returns an awaitable."""
    import asyncio

    poll = schedule or PollSchedule()
    while True:
        try:
            result = await fetch()
        except TRANSIENT as error:
            delay = poll.after_error(error, what)
        else:
            if _check(result, done, failed, what):
                return result
            delay = poll.after_status(result, what)
        await asyncio.sleep(delay)


# -- the API's long-running jobs ---------------------------------------------------------
#
# Each job is described once (which endpoint to poll, with which arguments, and how to read
# the answer); ``_wait``/``_await`` poll it with the sync or async client.


class _StatusEndpoint(SyncEndpoint[..., T_co], AsyncEndpoint[..., T_co], Protocol[T_co]):
    """An endpoint module whose ``sync``/``asyncio`` return the status ``T_co``."""


@attrs.frozen
class _Job(Generic[T]):
    endpoint: _StatusEndpoint[T]
    args: tuple[str, ...]
    done: Callable[[T], bool]
    failed: Callable[[T], str | None] | None
    what: str


def _wait(job: _Job[T], client: ElevenLabs, schedule: PollSchedule | None) -> T:
    return wait_until(
        lambda: job.endpoint.sync(*job.args, client=client),
        done=job.done,
        failed=job.failed,
        what=job.what,
        schedule=schedule,
    )


async def _await(job: _Job[T], client: AsyncElevenLabs, schedule: PollSchedule | None) -> T:
    async def fetch() -> T:
        return await job.endpoint.asyncio(*job.args, client=client)

    return await await_until(fetch, done=job.done, failed=job.failed, what=job.what, schedule=schedule)


def _dubbing_failed(metadata: Any) -> str | None:
    if metadata.status != "failed":
        return None
    error = getattr(metadata, "error", None)
    return error if isinstance(error, str) and error else "status 'failed'"


def _dubbing_job(dubbing_id: str) -> _Job[DubbingMetadata]:
    from elevenlabs_api.api.dubbing import dubbing_get

    return _Job(
        dubbing_get,
        (dubbing_id,),
        done=lambda metadata: bool(metadata.status == "dubbed"),
        failed=_dubbing_failed,
        what=f"dubbing {dubbing_id}",
    )


def _training_states(voice: Any, model_id: str | None) -> dict[str, str]:
    fine_tuning = getattr(voice, "fine_tuning", None)
    state = getattr(fine_tuning, "state", None)
    states: dict[str, str] = dict(getattr(state, "additional_properties", {}) or {})
    if model_id is not None:
        return {model_id: states.get(model_id, "not_started")}
    return states


def _training_job(voice_id: str, model_id: str | None) -> _Job[Voice]:
    from elevenlabs_api.api.voices import voices_get

    def done(voice: Any) -> bool:
        states = _training_states(voice, model_id)
        return bool(states) and all(value == "fine_tuned" for value in states.values())

    def failed(voice: Any) -> str | None:
        bad = [name for name, value in _training_states(voice, model_id).items() if value == "failed"]
        return f"training failed for {', '.join(sorted(bad))}" if bad else None

    return _Job(voices_get, (voice_id,), done=done, failed=failed, what=f"training of voice {voice_id}")


def _verification_job(voice_id: str) -> _Job[Voice]:
    from elevenlabs_api.api.voices import voices_get

    # A failure already on record when waiting starts belongs to an earlier attempt: only a
    # new one means the attempt being waited for failed.
    seen: list[int] = []

    def done(voice: Any) -> bool:
        return bool(getattr(getattr(voice, "voice_verification", None), "is_verified", False))

    def failed(voice: Any) -> str | None:
        verification = getattr(voice, "voice_verification", None)
        current = list(getattr(verification, "verification_failures", None) or [])
        if not seen:
            seen.append(len(current))
            return None
        new = current[seen[0] :]
        return "; ".join(new) if new else None

    return _Job(voices_get, (voice_id,), done=done, failed=failed, what=f"verification of voice {voice_id}")


# Studio: a conversion moves a project or chapter to "converting" (or "in_queue") and back to
# "default" when it is done. Call these after studio_projects_convert / studio_chapters_convert.
_STUDIO_BUSY = frozenset({"converting", "in_queue", "creating"})


def _studio_done(item: Any) -> bool:
    return getattr(item, "state", None) not in _STUDIO_BUSY


def _project_job(project_id: str) -> _Job[StudioProjectExtended]:
    from elevenlabs_api.api.studio import studio_projects_get

    return _Job(studio_projects_get, (project_id,), _studio_done, None, f"conversion of project {project_id}")


def _chapter_job(project_id: str, chapter_id: str) -> _Job[StudioChapterWithContent]:
    from elevenlabs_api.api.studio import studio_chapters_get

    return _Job(
        studio_chapters_get, (project_id, chapter_id), _studio_done, None, f"conversion of chapter {chapter_id}"
    )


def wait_for_dubbing(client: ElevenLabs, dubbing_id: str, *, schedule: PollSchedule | None = None) -> DubbingMetadata:
    """Poll a dubbing project until it is ``dubbed`` (returns its metadata) or ``failed``."""
    return _wait(_dubbing_job(dubbing_id), client, schedule)


async def await_dubbing(
    client: AsyncElevenLabs, dubbing_id: str, *, schedule: PollSchedule | None = None
) -> DubbingMetadata:
    """Async twin of ``wait_for_dubbing``."""
    return await _await(_dubbing_job(dubbing_id), client, schedule)


def wait_for_voice_training(
    client: ElevenLabs, voice_id: str, *, model_id: str | None = None, schedule: PollSchedule | None = None
) -> Voice:
    """Poll a professional voice clone until training is ``fine_tuned`` for ``model_id`` (or
    every model it trains for); returns the voice."""
    return _wait(_training_job(voice_id, model_id), client, schedule)


async def await_voice_training(
    client: AsyncElevenLabs, voice_id: str, *, model_id: str | None = None, schedule: PollSchedule | None = None
) -> Voice:
    """Async twin of ``wait_for_voice_training``."""
    return await _await(_training_job(voice_id, model_id), client, schedule)


def wait_for_voice_verification(client: ElevenLabs, voice_id: str, *, schedule: PollSchedule | None = None) -> Voice:
    """Poll a professional voice clone until it is verified; a new verification failure
    raises ``JobFailedError`` with the API's reason. Returns the voice."""
    return _wait(_verification_job(voice_id), client, schedule)


async def await_voice_verification(
    client: AsyncElevenLabs, voice_id: str, *, schedule: PollSchedule | None = None
) -> Voice:
    """Async twin of ``wait_for_voice_verification``."""
    return await _await(_verification_job(voice_id), client, schedule)


def wait_for_project_conversion(
    client: ElevenLabs, project_id: str, *, schedule: PollSchedule | None = None
) -> StudioProjectExtended:
    """Poll a studio project until its conversion has finished; returns the project."""
    return _wait(_project_job(project_id), client, schedule)


async def await_project_conversion(
    client: AsyncElevenLabs, project_id: str, *, schedule: PollSchedule | None = None
) -> StudioProjectExtended:
    """Async twin of ``wait_for_project_conversion``."""
    return await _await(_project_job(project_id), client, schedule)


def wait_for_chapter_conversion(
    client: ElevenLabs, project_id: str, chapter_id: str, *, schedule: PollSchedule | None = None
) -> StudioChapterWithContent:
    """Poll a studio chapter until its conversion has finished; returns the chapter."""
    return _wait(_chapter_job(project_id, chapter_id), client, schedule)


async def await_chapter_conversion(
    client: AsyncElevenLabs, project_id: str, chapter_id: str, *, schedule: PollSchedule | None = None
) -> StudioChapterWithContent:
    """Async twin of ``wait_for_chapter_conversion``."""
    return await _await(_chapter_job(project_id, chapter_id), client, schedule)


# Jobs of the 2026 API that report a status: finished, failed (with a reason), or still going.


def _status_job(
    endpoint: _StatusEndpoint[T], args: tuple[str, ...], field: str, *, done: set[str], failed: set[str], what: str
) -> _Job[T]:
    def reason(result: T) -> str | None:
        value = getattr(result, field, None)
        if value not in failed:
            return None
        for name in ("failure_reason", "error", "error_message"):
            detail = _unset_to_none(getattr(result, name, None))
            if detail:
                return f"{field} {value!r}: {detail}"
        return f"{field} {value!r}"

    return _Job[T](endpoint, args, lambda result: getattr(result, field, None) in done, reason, what)


def _unset_to_none(value: Any) -> Any:
    from elevenlabs_api.types import Unset

    return None if isinstance(value, Unset) else value


def _dubbing_project_job(project_id: str) -> _Job[DubbingProjectResponse]:
    from elevenlabs_api.api.dubbing import get_dubbing_project_by_id

    return _status_job(
        get_dubbing_project_by_id,
        (project_id,),
        "status",
        done={"ready"},
        failed={"failed"},
        what=f"dubbing project {project_id}",
    )


def _music_finetune_job(finetune_id: str) -> _Job[MusicFinetuneResponseModel]:
    from elevenlabs_api.api.music import get_music_finetunes_by_id

    return _status_job(
        get_music_finetunes_by_id,
        (finetune_id,),
        "status",
        done={"completed"},
        failed={"failed", "blocked"},
        what=f"music finetune {finetune_id}",
    )


FlowGeneration: TypeAlias = (
    "MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse"
)
FlowKind = Literal["video", "image", "text_to_speech"]
FLOW_KINDS: tuple[FlowKind, ...] = ("video", "image", "text_to_speech")


def _flow_job(kind: FlowKind, generation_id: str) -> _Job[FlowGeneration]:
    from elevenlabs_api.api.flows import get_flows_image_by_id, get_flows_text_to_speech_by_id, get_flows_video_by_id

    endpoints = {
        "video": get_flows_video_by_id,
        "image": get_flows_image_by_id,
        "text_to_speech": get_flows_text_to_speech_by_id,
    }
    if kind not in endpoints:
        raise ValueError(f"kind must be one of {', '.join(FLOW_KINDS)}, not {kind!r}")
    return _status_job(
        endpoints[kind],
        (generation_id,),
        "status",
        done={"completed"},
        failed={"failed"},
        what=f"{kind} generation {generation_id}",
    )


def _production_order_job(order_id: str) -> _Job[OrderResponse]:
    from elevenlabs_api.api.productions import get_productions_orders_by_id

    return _status_job(
        get_productions_orders_by_id,
        (order_id,),
        "state",
        done={"done"},
        failed={"rejected", "cancelled", "expired"},
        what=f"production order {order_id}",
    )


def wait_for_dubbing_project(
    client: ElevenLabs, project_id: str, *, schedule: PollSchedule | None = None
) -> DubbingProjectResponse:
    """Poll a dubbing project (``/v1/dubbing/project``) until it is ``ready``; returns it."""
    return _wait(_dubbing_project_job(project_id), client, schedule)


async def await_dubbing_project(
    client: AsyncElevenLabs, project_id: str, *, schedule: PollSchedule | None = None
) -> DubbingProjectResponse:
    """Async twin of ``wait_for_dubbing_project``."""
    return await _await(_dubbing_project_job(project_id), client, schedule)


def wait_for_music_finetune(
    client: ElevenLabs, finetune_id: str, *, schedule: PollSchedule | None = None
) -> MusicFinetuneResponseModel:
    """Poll a music finetune until training is ``completed`` (``failed``/``blocked`` raise)."""
    return _wait(_music_finetune_job(finetune_id), client, schedule)


async def await_music_finetune(
    client: AsyncElevenLabs, finetune_id: str, *, schedule: PollSchedule | None = None
) -> MusicFinetuneResponseModel:
    """Async twin of ``wait_for_music_finetune``."""
    return await _await(_music_finetune_job(finetune_id), client, schedule)


def wait_for_flow_generation(
    client: ElevenLabs, kind: FlowKind, generation_id: str, *, schedule: PollSchedule | None = None
) -> FlowGeneration:
    """Poll a flows generation (``kind``: video, image or text_to_speech) until it is
    ``completed``; returns the completed generation (with its content URL)."""
    return _wait(_flow_job(kind, generation_id), client, schedule)


async def await_flow_generation(
    client: AsyncElevenLabs, kind: FlowKind, generation_id: str, *, schedule: PollSchedule | None = None
) -> FlowGeneration:
    """Async twin of ``wait_for_flow_generation``."""
    return await _await(_flow_job(kind, generation_id), client, schedule)


def wait_for_production_order(
    client: ElevenLabs, order_id: str, *, schedule: PollSchedule | None = None
) -> OrderResponse:
    """Poll a submitted production order until it is ``done`` (rejected, cancelled or expired
    raise ``JobFailedError``); returns the order."""
    return _wait(_production_order_job(order_id), client, schedule)


async def await_production_order(
    client: AsyncElevenLabs, order_id: str, *, schedule: PollSchedule | None = None
) -> OrderResponse:
    """Async twin of ``wait_for_production_order``."""
    return await _await(_production_order_job(order_id), client, schedule)
