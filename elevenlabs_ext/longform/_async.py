"""The asynchronous long-form driver: the same planner loop as ``_sync``, with tasks."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from .._streaming import astream
from ._plan import Failed, Finished, StartPiece
from ._session import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MODEL,
    MODEL_LIST_UNAVAILABLE,
    LongFormProgress,
    LongFormResult,
    Session,
    listed_model_limit,
)
from ._work import PieceRecord

if TYPE_CHECKING:
    from elevenlabs_api.models import OutputFormat

    from .._client import AsyncElevenLabs

__all__ = ["asynthesize_long"]


async def _fetch_limit(client: AsyncElevenLabs, model_id: str) -> int | None:
    from elevenlabs_api.api.models import models_list

    try:
        models = (await models_list.asyncio_detailed(client=client)).parsed
    except MODEL_LIST_UNAVAILABLE:
        return None
    return listed_model_limit(models, model_id)


async def _fetch_piece(client: AsyncElevenLabs, session: Session, start: StartPiece) -> PieceRecord:
    """Synthesize one piece into the work folder."""
    from elevenlabs_api.api.text_to_speech import text_to_speech_convert, text_to_speech_convert_with_timestamps

    output_format = cast("OutputFormat", session.format.name)
    if session.timestamps:
        response = await text_to_speech_convert_with_timestamps.asyncio_detailed(
            session.job.voice_id,
            client=client,
            body=session.job.timestamps_body(start),
            output_format=output_format,
        )
        return session.save_timestamped(start, response.parsed, response.headers)
    async with astream(
        text_to_speech_convert,
        client=client,
        voice_id=session.job.voice_id,
        body=session.job.speech_body(start),
        output_format=output_format,
    ) as audio:
        size = await audio.to_file(session.work.audio_path(start.index))
        return session.record(start, audio.request_id, size)


async def asynthesize_long(
    client: AsyncElevenLabs,
    text: str,
    *,
    voice_id: str,
    output: str | os.PathLike[str] | BinaryIO,
    model_id: str = DEFAULT_MODEL,
    output_format: str | None = None,
    voice_settings: Any = None,
    language_code: str | None = None,
    seed: int | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_chars: int | None = None,
    stitching: bool = True,
    timestamps: bool = False,
    work_dir: str | os.PathLike[str] | None = None,
    keep_work: bool = False,
    on_progress: Callable[[LongFormProgress], None] | None = None,
) -> LongFormResult:
    """Async twin of ``synthesize_long`` (same arguments, an ``AsyncElevenLabs`` client).

    Cancelling the call cancels the requests in flight (their pieces are not saved); pieces
    finished before are kept, and calling again resumes from them.
    """
    session = Session(
        text,
        voice_id=voice_id,
        output=output,
        model_id=model_id,
        output_format=output_format,
        voice_settings=voice_settings,
        language_code=language_code,
        seed=seed,
        concurrency=concurrency,
        max_chars=max_chars,
        stitching=stitching,
        timestamps=timestamps,
        work_dir=work_dir,
        keep_work=keep_work,
        on_progress=on_progress,
    )
    if session.needs_model_limit:
        session.make_plan(await _fetch_limit(client, model_id))
    planner = session.start()
    loop = asyncio.get_running_loop()
    running: dict[asyncio.Task[PieceRecord], StartPiece] = {}
    try:
        while True:
            action = planner.next_action(loop.time())
            if isinstance(action, StartPiece):
                running[asyncio.ensure_future(_fetch_piece(client, session, action))] = action
            elif isinstance(action, Finished):
                break
            elif isinstance(action, Failed):
                raise session.failure(action.error)
            elif running:
                done, _ = await asyncio.wait(running, timeout=action.seconds, return_when=asyncio.FIRST_COMPLETED)
                session.settle_done(running, done, loop.time)
            else:
                await asyncio.sleep(action.seconds or 0.0)
    finally:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
    # Joining is plain file I/O that can take a moment for a long book: off the event loop.
    return await asyncio.to_thread(session.finish)
