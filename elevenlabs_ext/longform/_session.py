"""Everything of a long-form run except the requests: the job, its plan, progress, the join.

``Session`` is shared by the sync and async drivers (``_sync.py``, ``_async.py``), which only
fetch the model's limit when the plan is new, run the planner's loop and call ``finish``.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, MutableMapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final, Protocol, TypeVar

import attrs

from .. import _base64
from .._errors import AuthenticationError, ElevenLabsError, NotFoundError, PermissionDeniedError, RateLimitError
from .._files import AtomicFile, open_regular
from .._headers import request_id as response_request_id
from ._formats import AudioFormat, check_container, default_format_for, parse_output_format
from ._join import join_files
from ._plan import Planner, StartPiece
from ._split import TextPiece, split_text
from ._work import PieceRecord, Plan, WorkFolder, job_digest, text_hash

if TYPE_CHECKING:
    from elevenlabs_api.models import Model, TextToSpeechRequest, TextToSpeechWithTimestampsRequest

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MODEL",
    "DEFAULT_PIECE_CHARS",
    "FALLBACK_MODEL_LIMIT",
    "MODEL_LIST_UNAVAILABLE",
    "Job",
    "LongFormProgress",
    "LongFormResult",
    "Session",
    "listed_model_limit",
    "model_limit",
]

DEFAULT_MODEL: Final = "eleven_multilingual_v2"
# Pieces of this size keep a failed or retried request cheap, give progress and resume a
# useful grain, and fit the free tier's per-request limit (2,500 characters) whatever the
# model's own, higher, limit is. ``max_chars`` raises it up to the model's limit.
DEFAULT_PIECE_CHARS: Final = 2_500
# Used when the model list cannot be read (a key restricted to text to speech cannot list
# models) or does not name the model: the smallest per-request limit it reports.
FALLBACK_MODEL_LIMIT: Final = 2_500
DEFAULT_CONCURRENCY: Final = 2
# Request ids from an earlier run are sent for stitching only while this fresh; the
# service keeps generations for stitching for a limited time, and a stale id buys nothing.
STITCH_ID_MAX_AGE: Final = 2 * 3600.0
# Errors of ``GET /v1/models`` after which the run goes on without the model's limit (e.g. a
# key allowed text to speech only): the pieces will tell.
MODEL_LIST_UNAVAILABLE: Final = (AuthenticationError, PermissionDeniedError, NotFoundError)


@attrs.frozen
class LongFormProgress:
    """Where a run stands; ``reused_*`` counts pieces found finished from an earlier run."""

    pieces_done: int
    pieces_total: int
    characters_done: int
    characters_total: int
    bytes_done: int
    reused_pieces: int
    reused_characters: int


@attrs.frozen
class LongFormResult:
    """What a finished run produced.

    Attributes:
        output: the joined file (None when written to a stream).
        pieces: pieces in all; ``requested`` of them were synthesized by this run and
            ``reused`` were found finished in the work folder.
        requests: requests this run sent for pieces (429s that were retried included).
        characters: characters spoken (the pieces' text, without the whitespace between them).
        bytes: bytes of the joined audio.
        duration: seconds of audio (0.0 for opus, whose length is not computed).
        request_ids: each piece's request id, in order (None where unknown).
        alignment: character timings of the whole text (the API's ``alignment`` shape), when asked for.
        normalized_alignment: the same for the normalised text, when the API sent it.
        work_dir: the work folder (deleted unless ``keep_work``).
    """

    output: Path | None
    pieces: int
    requested: int
    reused: int
    requests: int
    characters: int
    bytes: int
    duration: float
    request_ids: tuple[str | None, ...]
    alignment: dict[str, Any] | None
    normalized_alignment: dict[str, Any] | None
    work_dir: Path


def model_limit(models: Sequence[Model], model_id: str) -> int | None:
    """The model's per-request character limit from ``GET /v1/models``; None if not listed."""
    for model in models:
        if model.model_id != model_id:
            continue
        for value in (
            model.maximum_text_length_per_request,
            model.max_characters_request_subscribed_user,
            model.max_characters_request_free_user,
        ):
            if isinstance(value, int) and value > 0:
                return value
    return None


def listed_model_limit(parsed: Any, model_id: str) -> int | None:
    """``model_limit`` of a parsed ``GET /v1/models`` answer; None if it is not a model list."""
    return model_limit(parsed, model_id) if isinstance(parsed, list) else None


class _Outcome(Protocol):
    """A finished request: a ``concurrent.futures.Future`` or an ``asyncio.Task``."""

    def exception(self) -> BaseException | None: ...

    def result(self) -> PieceRecord: ...


_OutcomeT = TypeVar("_OutcomeT", bound=_Outcome)


@attrs.frozen
class Job:
    """The request parameters shared by every piece."""

    text: str
    voice_id: str
    model_id: str
    output_format: str
    voice_settings: dict[str, Any] | None
    language_code: str | None
    seed: int | None

    def fields(self) -> dict[str, Any]:
        return attrs.asdict(self)

    def _fields(self, start: StartPiece) -> dict[str, Any]:
        from elevenlabs_api.models import VoiceSettings

        fields: dict[str, Any] = {"text": start.text, "model_id": self.model_id}
        optional = {
            "voice_settings": VoiceSettings.from_dict(self.voice_settings) if self.voice_settings else None,
            "language_code": self.language_code,
            "seed": self.seed,
            "previous_text": start.previous_text,
            "next_text": start.next_text,
            "previous_request_ids": list(start.previous_request_ids) or None,
            "next_request_ids": list(start.next_request_ids) or None,
        }
        # Left out rather than sent as null: the with-timestamps body does not take null ids.
        fields.update((key, value) for key, value in optional.items() if value is not None)
        return fields

    def speech_body(self, start: StartPiece) -> TextToSpeechRequest:
        from elevenlabs_api.models import TextToSpeechRequest

        return TextToSpeechRequest(**self._fields(start))

    def timestamps_body(self, start: StartPiece) -> TextToSpeechWithTimestampsRequest:
        from elevenlabs_api.models import TextToSpeechWithTimestampsRequest

        return TextToSpeechWithTimestampsRequest(**self._fields(start))


def _settings_dict(voice_settings: Any) -> dict[str, Any] | None:
    if voice_settings is None:
        return None
    if isinstance(voice_settings, dict):
        return {key: value for key, value in voice_settings.items() if value is not None}
    to_dict = getattr(voice_settings, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"voice_settings must be a dict or a VoiceSettings, not {type(voice_settings).__name__}")
    settings: dict[str, Any] = to_dict()
    return settings


class Session:
    """One run: the job, its work folder and plan, the planner, progress and the final join."""

    def __init__(
        self,
        text: str,
        *,
        voice_id: str,
        output: str | os.PathLike[str] | BinaryIO,
        model_id: str,
        output_format: str | None,
        voice_settings: Any,
        language_code: str | None,
        seed: int | None,
        concurrency: int,
        max_chars: int | None,
        stitching: bool,
        timestamps: bool,
        work_dir: str | os.PathLike[str] | None,
        keep_work: bool,
        on_progress: Callable[[LongFormProgress], None] | None,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        if max_chars is not None and max_chars < 1:
            raise ValueError(f"max_chars must be positive, got {max_chars}")
        if not text.strip():
            raise ValueError("the text is empty: there is nothing to say")
        if isinstance(output, str | os.PathLike):
            self.output_path: Path | None = Path(output)
            self._stream: BinaryIO | None = None
        else:
            self.output_path, self._stream = None, output
        if self.output_path is not None and not self.output_path.parent.is_dir():
            # As for any file written by this package: the folder must exist (none is created).
            raise FileNotFoundError(
                f"cannot write {self.output_path}: the folder {self.output_path.parent} does not exist"
            )
        name = output_format or default_format_for(self.output_path)
        self.format: AudioFormat = parse_output_format(name)
        check_container(self.output_path, self.format)
        self.wav = self.output_path is not None and self.output_path.suffix.lower() == ".wav"
        self.job = Job(text, voice_id, model_id, name, _settings_dict(voice_settings), language_code, seed)
        self.timestamps = timestamps
        self.concurrency = concurrency
        self.stitching = stitching
        self.keep_work = keep_work
        self._max_chars = max_chars
        self._on_progress = on_progress
        digest = job_digest(self.job.fields())
        self.work = (
            WorkFolder(Path(work_dir), digest, self.format.extension)
            if work_dir is not None
            else WorkFolder.beside(self.output_path, digest, self.format.extension)
        )
        plan = self.work.load_plan(text)
        self.plan: Plan | None = plan if plan is not None and plan.requested_max_chars == max_chars else None
        self._records: dict[int, PieceRecord] = {}
        self._reused: dict[int, PieceRecord] = {}
        self.planner: Planner | None = None

    # ------------------------------------------------------------------ planning

    @property
    def needs_model_limit(self) -> bool:
        """True when there is no plan to resume, so the model's limit must be looked up."""
        return self.plan is None

    def make_plan(self, limit: int | None) -> None:
        """Cut the text for a model whose per-request limit is ``limit`` (None: unknown)."""
        model_max = limit or FALLBACK_MODEL_LIMIT
        piece_chars = min(self._max_chars or DEFAULT_PIECE_CHARS, model_max)
        pieces = tuple(split_text(self.job.text, piece_chars))
        self.plan = Plan(self.work.digest, self._max_chars, piece_chars, pieces)
        self.work.start(self.plan, self.job.fields())

    @property
    def pieces(self) -> tuple[TextPiece, ...]:
        if self.plan is None:
            raise RuntimeError("no plan yet: call make_plan() first")
        return self.plan.pieces

    def start(self, *, now: float | None = None) -> Planner:
        """The planner for the pieces still to do; reports the progress already made."""
        pieces = self.pieces
        self._reused = self.work.finished(pieces, need_alignment=self.timestamps)
        self._records = dict(self._reused)
        wall = time.time() if now is None else now
        self.planner = Planner(
            [piece.text for piece in pieces],
            concurrency=self.concurrency,
            finished={
                index: record.request_id if wall - record.finished_at < STITCH_ID_MAX_AGE else None
                for index, record in self._reused.items()
            },
            stitching=self.stitching,
        )
        self._report()
        return self.planner

    # ------------------------------------------------------------------ pieces

    def record(
        self,
        start: StartPiece,
        request_id: str | None,
        size: int,
        alignment: Any = None,
        *,
        audio_sha256: str | None = None,
    ) -> PieceRecord:
        """Build (and save) the record of a piece whose audio is in place. Called by workers.

        The audio's hash is read back from the file unless given: the record describes
        what is on disk, so a piece damaged later (even at the same size) is not reused.
        """
        if audio_sha256 is None:
            size, audio_sha256 = self.work.audio_digest(start.index)
        record = PieceRecord(
            index=start.index,
            text_sha256=text_hash(start.text),
            request_id=request_id,
            size=size,
            finished_at=time.time(),
            audio_sha256=audio_sha256,
            alignment=_alignment_dict(getattr(alignment, "alignment", None)),
            normalized_alignment=_alignment_dict(getattr(alignment, "normalized_alignment", None)),
        )
        self.work.save_record(record)
        return record

    def save_timestamped(self, start: StartPiece, parsed: Any, headers: Any) -> PieceRecord:
        """Save a with-timestamps answer (``AudioWithTimestamps``): its audio, then its record."""
        encoded = getattr(parsed, "audio_base64", None)
        if not isinstance(encoded, str):
            raise ElevenLabsError(f"piece {start.index}: the answer carries no audio_base64")
        try:
            audio = _base64.decode(encoded)
        except ValueError as error:
            raise ElevenLabsError(f"piece {start.index}: audio_base64 is not valid base64 ({error})") from None
        self.work.save_audio(start.index, audio)
        request_id = response_request_id(headers)
        return self.record(start, request_id, len(audio), parsed, audio_sha256=hashlib.sha256(audio).hexdigest())

    def settle(self, start: StartPiece, outcome: PieceRecord | BaseException, now: float) -> None:
        """Feed one request's outcome to the planner (in the driver's own thread or task)."""
        assert self.planner is not None
        if isinstance(outcome, PieceRecord):
            self.piece_finished(outcome)
        elif isinstance(outcome, RateLimitError):
            self.planner.rate_limited(start.index, outcome, outcome.retry_after, now)
        elif isinstance(outcome, Exception):
            self.planner.failed(start.index, outcome)
        else:
            raise outcome  # KeyboardInterrupt, SystemExit: not the planner's business

    def settle_done(
        self, running: MutableMapping[_OutcomeT, StartPiece], done: Iterable[_OutcomeT], clock: Callable[[], float]
    ) -> None:
        """``settle`` each finished request of ``done`` (at ``clock()``), dropping it from ``running``."""
        for request in done:
            start = running.pop(request)
            self.settle(start, request.exception() or request.result(), clock())

    def failure(self, error: BaseException) -> BaseException:
        """``error`` with a note saying what was saved and how to resume."""
        error.add_note(self.incomplete_note())
        return error

    def piece_finished(self, record: PieceRecord) -> None:
        """Tell the planner and the progress callback (called by the driver's own thread)."""
        assert self.planner is not None
        self._records[record.index] = record
        self.planner.finished(record.index, record.request_id)
        self._report()

    def _report(self) -> None:
        if self._on_progress is None:
            return
        pieces = self.pieces
        self._on_progress(
            LongFormProgress(
                pieces_done=len(self._records),
                pieces_total=len(pieces),
                characters_done=sum(len(pieces[i]) for i in self._records),
                characters_total=sum(len(piece) for piece in pieces),
                bytes_done=sum(record.size for record in self._records.values()),
                reused_pieces=len(self._reused),
                reused_characters=sum(len(pieces[i]) for i in self._reused),
            )
        )

    def incomplete_note(self) -> str:
        # Counted on disk: after Ctrl-C, pieces still in flight finished and saved themselves.
        pieces = self.plan.pieces if self.plan else ()
        done, total = len(self.work.finished(pieces, need_alignment=self.timestamps)), len(pieces)
        return (
            f"{done} of {total} pieces are saved in {self.work.path}; "
            "run the same command again to resume without paying for them again."
        )

    # ------------------------------------------------------------------ the end

    def finish(self) -> LongFormResult:
        """Join the pieces into the output (atomically for files) and clean up."""
        pieces = self.pieces
        paths = [self.work.audio_path(piece.index) for piece in pieces]
        if self.output_path is not None:
            durations, size = self._write_file(paths, self.output_path)
        else:
            assert self._stream is not None
            counted = _CountingWriter(self._stream)
            durations = join_files(paths, self.format, counted, wav=False, opener=open_regular)
            size = counted.written
        records = [self._records[piece.index] for piece in pieces]
        alignment = normalized = None
        if self.timestamps:
            alignment = _merge(self.job.text, pieces, [r.alignment for r in records], durations)
            if all(r.normalized_alignment is not None for r in records):
                normalized = _merge(None, pieces, [r.normalized_alignment for r in records], durations)
        planner = self.planner
        result = LongFormResult(
            output=self.output_path,
            pieces=len(pieces),
            requested=len(pieces) - len(self._reused),
            reused=len(self._reused),
            requests=planner.started if planner else 0,
            characters=sum(len(piece) for piece in pieces),
            bytes=size,
            duration=sum(durations),
            request_ids=tuple(r.request_id for r in records),
            alignment=alignment,
            normalized_alignment=normalized,
            work_dir=self.work.path,
        )
        if not self.keep_work:
            self.work.remove()
        return result

    def _write_file(self, paths: list[Path], target: Path) -> tuple[list[float], int]:
        with AtomicFile(target) as file:
            durations = join_files(paths, self.format, file, wav=self.wav, opener=open_regular)
        return durations, file.written


class _CountingWriter:
    def __init__(self, target: BinaryIO) -> None:
        self._target = target
        self.written = 0

    def write(self, data: bytes | memoryview) -> int:
        self.written += len(data)
        return self._target.write(data)


def _alignment_dict(alignment: Any) -> dict[str, Any] | None:
    if alignment is None or not hasattr(alignment, "to_dict"):
        return None
    value: dict[str, Any] = alignment.to_dict()
    return value


def _merge(
    text: str | None, pieces: Sequence[TextPiece], alignments: Sequence[dict[str, Any] | None], durations: list[float]
) -> dict[str, Any]:
    """One alignment for the joined audio: each piece's times shifted by where it starts.

    The whitespace between two pieces (``text`` given) is timed at the end of the earlier
    piece, so the characters spell the original text exactly and start times never go back.
    """
    characters: list[str] = []
    starts: list[float] = []
    ends: list[float] = []
    offset = 0.0
    for number, (piece, alignment, duration) in enumerate(zip(pieces, alignments, durations, strict=True)):
        if text is not None and number > 0:
            gap = text[pieces[number - 1].end : piece.start]
            # Never after the next piece starts: a last character may be timed to end a
            # hair past its piece's audio.
            at = min(ends[-1], round(offset, 4)) if ends else round(offset, 4)
            characters.extend(gap)
            starts.extend([at] * len(gap))
            ends.extend([at] * len(gap))
        if alignment is not None:
            characters.extend(alignment["characters"])
            starts.extend(round(offset + t, 4) for t in alignment["character_start_times_seconds"])
            ends.extend(round(offset + t, 4) for t in alignment["character_end_times_seconds"])
        offset += duration
    return {"characters": characters, "character_start_times_seconds": starts, "character_end_times_seconds": ends}
