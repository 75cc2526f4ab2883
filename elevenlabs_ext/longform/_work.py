"""The work folder: where a long-form run keeps its plan and every finished piece.

Layout (``book.mp3`` → ``book.mp3.parts-<digest>/``)::

    manifest.json      the job, the piece size and every piece's span and text hash
    piece-0003.mp3     the audio of piece 3, exactly as the API sent it
    piece-0003.json    its record: request id, bytes, audio hash, time, alignment; written last

A piece counts as finished only when its record exists and matches its audio (size and
SHA-256) and its text. Every file is written to a temporary name and renamed, and each
worker writes only its own piece's files, so a crash or Ctrl-C at any moment leaves either
a finished piece or none, never a half one, and needs no lock.

The folder's name comes from a hash of everything that shapes the audio (text, voice,
model, format, voice settings, language, seed), so running the same command again finds
it, and a changed command never mixes in pieces of another job.

The folder is trusted only as far as it is checked: it is created owner-only (0o700); an
existing one must be a real directory owned by the user and writable by nobody else, or
the run stops with ``WorkFolderError``; pieces are opened without following symbolic
links, regular files only; and a manifest is used only if its pieces are in order, do not
overlap, and cover the text exactly once (anything else is a fresh start, never a bill for
the same text twice).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from .._errors import ElevenLabsError
from .._files import open_regular, write_atomic
from ._split import TextPiece

__all__ = [
    "MANIFEST_VERSION",
    "PieceRecord",
    "Plan",
    "WorkFolder",
    "WorkFolderError",
    "file_sha256",
    "job_digest",
    "text_hash",
    "write_atomic",
]

MANIFEST_VERSION: Final = 1
MANIFEST: Final = "manifest.json"
FOLDER_MODE: Final = 0o700
_OTHERS_MAY_WRITE: Final = stat.S_IWGRP | stat.S_IWOTH


class WorkFolderError(ElevenLabsError):
    """A long-form work folder that is not safe to use (``path`` names it)."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (str(self), self.path)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def job_digest(fields: dict[str, Any]) -> str:
    """A stable hash of the job's fields (canonical JSON)."""
    canonical = json.dumps({"v": MANIFEST_VERSION, **fields}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def file_sha256(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a regular file, opened without following a symbolic link."""
    digest = hashlib.sha256()
    size = 0
    with open_regular(path) as file:
        while block := file.read(1 << 20):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def _read(path: Path) -> bytes:
    with open_regular(path) as file:
        return file.read()


@attrs.frozen
class PieceRecord:
    """What is known about a finished piece."""

    index: int
    text_sha256: str
    request_id: str | None
    size: int
    finished_at: float  # Unix time
    audio_sha256: str | None = None  # None only in records of older versions: never reused
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
            audio_sha256=raw.get("audio_sha256") if isinstance(raw.get("audio_sha256"), str) else None,
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

    # ------------------------------------------------------------------ trust

    def check(self) -> bool:
        """True if the folder exists and is safe to read; False if it does not exist.

        Raises ``WorkFolderError`` for a symbolic link, a non-directory, a folder of
        another user, or one that others may write to: whoever can write there could plant
        pieces (a link to any file the user can read would end up in the output).
        """
        try:
            info = os.lstat(self.path)
        except FileNotFoundError:
            return False
        where = f"the work folder {self.path}"
        if stat.S_ISLNK(info.st_mode):
            raise WorkFolderError(f"{where} is a symbolic link; refusing to use it", self.path)
        if not stat.S_ISDIR(info.st_mode):
            raise WorkFolderError(f"{where} exists and is not a folder; move it away", self.path)
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            raise WorkFolderError(
                f"{where} belongs to another user (uid {info.st_uid}); refusing to use it: remove it or pick another"
                " output folder",
                self.path,
            )
        if info.st_mode & _OTHERS_MAY_WRITE:
            raise WorkFolderError(
                f"{where} may be written by other users (mode {stat.S_IMODE(info.st_mode):o}); refusing to use it:"
                f" `chmod go-w` it if you trust its contents, or remove it",
                self.path,
            )
        return True

    # ------------------------------------------------------------------ the plan

    def load_plan(self, text: str) -> Plan | None:
        """The manifest if it belongs to this job and still matches ``text``; None otherwise.

        Raises ``WorkFolderError`` if the folder is not safe (see ``check``).
        """
        if not self.check():
            return None
        try:
            raw = json.loads(_read(self.path / MANIFEST))
            if raw.get("version") != MANIFEST_VERSION or raw.get("digest") != self.digest:
                return None
            piece_chars = int(raw["piece_chars"])
            pieces = []
            for number, item in enumerate(raw["pieces"]):
                start, end = int(item["start"]), int(item["end"])
                piece = TextPiece(number, start, end, text[start:end])
                if not piece.text or len(piece.text) > piece_chars or text_hash(piece.text) != item["sha256"]:
                    return None
                pieces.append(piece)
            if not covers_once(text, pieces):
                return None
            requested = raw.get("requested_max_chars")
            return Plan(self.digest, int(requested) if requested is not None else None, piece_chars, tuple(pieces))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None

    def start(self, plan: Plan, job: dict[str, Any]) -> None:
        """Begin the job afresh: an empty owner-only folder holding only ``plan``'s manifest."""
        if self.check():
            shutil.rmtree(self.path)
        self.path.mkdir(mode=FOLDER_MODE)
        os.chmod(self.path, FOLDER_MODE)  # whatever the umask
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

    def audio_digest(self, index: int) -> tuple[int, str]:
        """Size and SHA-256 of a piece's audio as it is on disk."""
        return file_sha256(self.audio_path(index))

    def finished(self, pieces: Sequence[TextPiece], *, need_alignment: bool) -> dict[int, PieceRecord]:
        """The pieces whose record, audio (size and hash) and text all agree."""
        found: dict[int, PieceRecord] = {}
        if not self.check():
            return found
        for piece in pieces:
            try:
                record = PieceRecord.from_json(_read(self.record_path(piece.index)))
                if record.audio_sha256 is None or record.index != piece.index:
                    continue
                if record.text_sha256 != text_hash(piece.text) or (record.alignment is None and need_alignment):
                    continue
                if self.audio_digest(piece.index) != (record.size, record.audio_sha256):
                    continue
            except (OSError, ValueError, KeyError, TypeError, RecursionError):
                continue
            found[piece.index] = record
        return found

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def covers_once(text: str, pieces: Sequence[TextPiece]) -> bool:
    """Whether ``pieces`` are in order, disjoint, and together with whitespace only between
    and around them make up ``text``: every character spoken once, none twice."""
    position = 0
    for piece in pieces:
        if piece.start < position or piece.end <= piece.start or text[position : piece.start].strip():
            return False
        position = piece.end
    return bool(pieces) and not text[position:].strip()
