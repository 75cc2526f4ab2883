"""The work folder: where a long-form run keeps its plan and every finished piece.

Layout (``book.mp3`` → ``book.mp3.parts-<digest>/``)::

    manifest.json      the job, the piece size and every piece's span and text hash
    piece-0003.mp3     the audio of piece 3, exactly as the API sent it
    piece-0003.json    its record: request id, bytes, time, alignment; written last

A piece counts as finished only when its record exists and matches its audio and its
text. Every file is written to a temporary name and renamed, and each worker writes only
its own piece's files, so a crash or Ctrl-C at any moment leaves either a finished piece
or none, never a half one, and needs no lock.

The folder's name comes from a hash of everything that shapes the audio (text, voice,
model, format, voice settings, language, seed), so running the same command again finds
it, and a changed command never mixes in pieces of another job.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from ._split import TextPiece

__all__ = ["MANIFEST_VERSION", "PieceRecord", "Plan", "WorkFolder", "job_digest", "text_hash", "write_atomic"]

MANIFEST_VERSION: Final = 1
MANIFEST: Final = "manifest.json"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def job_digest(fields: dict[str, Any]) -> str:
    """A stable hash of the job's fields (canonical JSON)."""
    canonical = json.dumps({"v": MANIFEST_VERSION, **fields}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def write_atomic(path: Path, data: bytes) -> None:
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


@attrs.frozen
class PieceRecord:
    """What is known about a finished piece."""

    index: int
    text_sha256: str
    request_id: str | None
    size: int
    finished_at: float  # Unix time
    alignment: dict[str, Any] | None = None
    normalized_alignment: dict[str, Any] | None = None

    def to_json(self) -> bytes:
        return json.dumps(attrs.asdict(self), ensure_ascii=False).encode()

    @classmethod
    def from_json(cls, data: bytes) -> PieceRecord:
        raw = json.loads(data)
        if not isinstance(raw, dict):
            raise ValueError("not a piece record")
        return cls(
            index=int(raw["index"]),
            text_sha256=str(raw["text_sha256"]),
            request_id=raw.get("request_id") if isinstance(raw.get("request_id"), str) else None,
            size=int(raw["size"]),
            finished_at=float(raw["finished_at"]),
            alignment=raw.get("alignment") if isinstance(raw.get("alignment"), dict) else None,
            normalized_alignment=(
                raw.get("normalized_alignment") if isinstance(raw.get("normalized_alignment"), dict) else None
            ),
        )


@attrs.frozen
class Plan:
    """The manifest: how the text was cut, and for which job."""

    digest: str
    requested_max_chars: int | None
    piece_chars: int
    pieces: tuple[TextPiece, ...]


class WorkFolder:
    """One job's work folder (created on first write)."""

    def __init__(self, path: Path, digest: str, extension: str) -> None:
        self.path = path
        self.digest = digest
        self._extension = extension

    @classmethod
    def beside(cls, output: Path | None, digest: str, extension: str) -> WorkFolder:
        """The folder next to ``output`` (in the current directory when there is no file)."""
        if output is None:
            return cls(Path.cwd() / f"elevenlabs-ext.parts-{digest[:12]}", digest, extension)
        return cls(output.parent / f"{output.name}.parts-{digest[:12]}", digest, extension)

    def audio_path(self, index: int) -> Path:
        return self.path / f"piece-{index:04d}{self._extension}"

    def record_path(self, index: int) -> Path:
        return self.path / f"piece-{index:04d}.json"

    # ------------------------------------------------------------------ the plan

    def load_plan(self, text: str) -> Plan | None:
        """The manifest if it belongs to this job and still matches ``text``; None otherwise."""
        try:
            raw = json.loads((self.path / MANIFEST).read_bytes())
            if raw.get("version") != MANIFEST_VERSION or raw.get("digest") != self.digest:
                return None
            pieces = []
            for number, item in enumerate(raw["pieces"]):
                start, end = int(item["start"]), int(item["end"])
                piece = TextPiece(number, start, end, text[start:end])
                if not piece.text or text_hash(piece.text) != item["sha256"]:
                    return None
                pieces.append(piece)
            requested = raw.get("requested_max_chars")
            return Plan(
                self.digest,
                int(requested) if requested is not None else None,
                int(raw["piece_chars"]),
                tuple(pieces),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def start(self, plan: Plan, job: dict[str, Any]) -> None:
        """Begin the job afresh: an empty folder holding only ``plan``'s manifest."""
        if self.path.exists():
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True)
        manifest = {
            "version": MANIFEST_VERSION,
            "digest": plan.digest,
            "created_at": time.time(),
            "job": {key: value for key, value in job.items() if key != "text"},
            "characters": sum(len(piece) for piece in plan.pieces),
            "requested_max_chars": plan.requested_max_chars,
            "piece_chars": plan.piece_chars,
            "pieces": [
                {"start": piece.start, "end": piece.end, "sha256": text_hash(piece.text)} for piece in plan.pieces
            ],
        }
        write_atomic(self.path / MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False).encode())

    # ------------------------------------------------------------------ pieces

    def save_record(self, record: PieceRecord) -> None:
        """Mark a piece finished; its audio must already be in place."""
        write_atomic(self.record_path(record.index), record.to_json())

    def save_audio(self, index: int, audio: bytes) -> None:
        write_atomic(self.audio_path(index), audio)

    def finished(self, pieces: Sequence[TextPiece], *, need_alignment: bool) -> dict[int, PieceRecord]:
        """The pieces whose record, audio and text all agree."""
        found: dict[int, PieceRecord] = {}
        for piece in pieces:
            try:
                record = PieceRecord.from_json(self.record_path(piece.index).read_bytes())
                size = self.audio_path(piece.index).stat().st_size
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if (
                record.index == piece.index
                and record.text_sha256 == text_hash(piece.text)
                and record.size == size
                and (record.alignment is not None or not need_alignment)
            ):
                found[piece.index] = record
        return found

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
