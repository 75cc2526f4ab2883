"""The synchronous long-form driver: the planner's loop, with requests on worker threads."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from .._streaming import stream
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

    from .._client import ElevenLabs

__all__ = ["synthesize_long"]


def _fetch_limit(client: ElevenLabs, model_id: str) -> int | None:
    from elevenlabs_api.api.models import models_list

    try:
        models = models_list.sync_detailed(client=client).parsed
    except MODEL_LIST_UNAVAILABLE:
        return None
    return listed_model_limit(models, model_id)


def _fetch_piece(client: ElevenLabs, session: Session, start: StartPiece) -> PieceRecord:
    """Synthesize one piece into the work folder (runs on a worker thread)."""
    from elevenlabs_api.api.text_to_speech import text_to_speech_convert, text_to_speech_convert_with_timestamps

    output_format = cast("OutputFormat", session.format.name)
    if session.timestamps:
        response = text_to_speech_convert_with_timestamps.sync_detailed(
            session.job.voice_id,
            client=client,
            body=session.job.timestamps_body(start),
            output_format=output_format,
        )
        return session.save_timestamped(start, response.parsed, response.headers)
    with stream(
        text_to_speech_convert,
        client=client,
        voice_id=session.job.voice_id,
        body=session.job.speech_body(start),
        output_format=output_format,
    ) as audio:
        size = audio.to_file(session.work.audio_path(start.index))
        return session.record(start, audio.request_id, size)


def synthesize_long(
    client: ElevenLabs,
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
    """Speak a text of any length into one audio file, resumably.

    The text is cut at paragraph, then sentence boundaries into pieces under the model's
    per-request limit; up to ``concurrency`` pieces are synthesized at once (fewer while the
    API answers 429), each saved to a work folder beside ``output`` as it finishes; then the
    pieces are joined in order. If anything fails, the error says how many pieces are saved:
    calling again with the same arguments sends no request for them::

        from elevenlabs_ext import ElevenLabs
        from elevenlabs_ext.longform import synthesize_long

        with ElevenLabs() as client:
            result = synthesize_long(client, Path("book.txt").read_text(), voice_id=VOICE, output="book.mp3")
        print(result.duration, result.reused)

    Args:
        client: the client (its own retries apply to every request first).
        text: what to say.
        voice_id: the voice.
        output: the file to write (``.mp3``, ``.wav`` from ``pcm_*``, ...) or a binary stream.
        model_id: the model.
        output_format: e.g. ``mp3_44100_128``; by default the one ``output``'s suffix implies.
        voice_settings: a ``VoiceSettings`` or a dict of its fields.
        language_code: ISO 639-1 code, for models that take one.
        seed: for repeatable generations.
        concurrency: most pieces in flight at once; 1 stitches every seam by request id.
        max_chars: largest piece (default 2,500), capped by the model's limit.
        stitching: send neighbouring text and request ids for continuity across pieces.
        timestamps: also get character timings (``result.alignment``, for the whole text).
        work_dir: where to keep pieces; by default ``<output>.parts-<hash>`` beside ``output``.
        keep_work: keep the work folder after success.
        on_progress: called with a ``LongFormProgress`` at the start and after every piece.

    Raises:
        ValueError: bad arguments (empty text, a ``.wav`` output for MP3, ...).
        ElevenLabsError: the first request error that ended the run (a note names the
            work folder); a 429 ends it only after repeated waits.
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
        session.make_plan(_fetch_limit(client, model_id))
    planner = session.start()
    running: dict[Future[PieceRecord], StartPiece] = {}
    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="elevenlabs-longform")
    try:
        while True:
            action = planner.next_action(time.monotonic())
            if isinstance(action, StartPiece):
                running[pool.submit(_fetch_piece, client, session, action)] = action
            elif isinstance(action, Finished):
                break
            elif isinstance(action, Failed):
                raise session.failure(action.error)
            elif running:
                done, _ = wait(running, timeout=action.seconds, return_when=FIRST_COMPLETED)
                session.settle_done(running, done, time.monotonic)
            else:
                time.sleep(action.seconds or 0.0)
    except KeyboardInterrupt as interrupt:
        pool.shutdown(wait=True, cancel_futures=True)
        raise session.failure(interrupt) from None
    finally:
        # On Ctrl-C or an unexpected error, requests in flight still finish and save their
        # piece (threads cannot be interrupted, and the audio is paid for).
        pool.shutdown(wait=True, cancel_futures=True)
    return session.finish()
