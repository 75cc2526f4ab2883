"""The realtime speech-to-text socket, ``/v1/speech-to-text/realtime`` of sockets.yaml.

**Handshake.** The socket is always accepted; what is wrong with it is then said in the
protocol's own error messages, each followed by a 1008 close: a missing or refused key, or
a token that is not a live single-use token of kind ``realtime_scribe``, is an
``auth_error``; a query parameter of the wrong type, out of range or an unknown
``model_id`` (the emulator knows ``REALTIME_MODELS``) is an ``invalid_request``. Otherwise
the service's first message is ``session_started`` with the settings in force.

**Audio.** Every ``input_audio_chunk`` is checked against sockets.yaml (keys it does not
describe are ignored, as the service ignores them); a frame that is not such a message, bad
base64, a ``previous_text`` after the first chunk or audio that does not fit the format is an
``input_error``, a chunk of more than ``MAX_CHUNK_SECONDS`` of audio ``chunk_size_exceeded``;
those lose the one chunk and the session goes on. The audio of the current segment is kept;
every ``PARTIAL_EVERY_SECONDS`` of new audio a ``partial_transcript`` of the segment so far
is sent (one recognition at a time; a partial still running is not queued twice).

**Commits.** ``commit: true`` ends the segment (any strategy), and so does reaching
``MAX_SEGMENT_SECONDS`` of audio; with ``vad`` (and
``turn_prediction``, which the emulator treats the same) ``_vad.VoiceActivity`` also ends it
after speech and ``vad_silence_threshold_secs`` of silence. A committed segment with no
speech in it gets ``insufficient_audio_activity``; otherwise ``committed_transcript`` and, with
``include_timestamps=true``, ``committed_transcript_with_timestamps`` whose word times count
from the start of the session's audio. Recognition (``_recognizer.transcribe``: the
emulator's own speech exactly, anything else with Whisper) runs in a worker thread; without
the ``stt`` extra, speech that is not the emulator's gets a ``transcriber_error``. More than
``MAX_QUEUED_COMMITS`` commits waiting for the recogniser end the session with
``queue_overflow``, so memory stays bounded whatever the client sends.
"""

from __future__ import annotations

import binascii
import functools
import json
import logging
import math
import uuid
from collections import deque
from collections.abc import Mapping
from typing import Any, Final

import anyio
import anyio.to_thread
import attrs
import numpy as np
import numpy.typing as npt
from elevenlabs_api.sockets import CHANNELS, SCHEMAS
from starlette.datastructures import QueryParams
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

from .. import _base64
from .._websockets._schema import SchemaError, load_schemas
from .._websockets._stt import AUDIO_FORMAT_RATES
from ._context import EmulatorContext, context_of
from ._limits import check_api_key
from ._realtime_state import realtime_state
from ._recognizer import Recognition, RecognizerUnavailableError, transcribe
from ._routes_transcription import transcript_words
from ._speech_input import AudioDecodeError, decode_pcm16, decode_ulaw
from ._vad import VadSettings, VoiceActivity, level_dbfs
from ._ws_session import JsonSocketSession

__all__ = [
    "MAX_CHUNK_SECONDS",
    "PARTIAL_EVERY_SECONDS",
    "REALTIME_MODELS",
    "SttSettings",
    "parse_socket_query",
    "realtime_stt_route",
]

logger = logging.getLogger("elevenlabs_ext.emulator")

CHANNEL: Final = "speech_to_text_realtime"
REALTIME_MODELS: Final = ("scribe_v2_realtime", "scribe_v3_live")
TOKEN_KIND: Final = "realtime_scribe"
MAX_CHUNK_SECONDS: Final = 10.0
PARTIAL_EVERY_SECONDS: Final = 0.8
MAX_SEGMENT_SECONDS: Final = 60.0  # a segment this long is committed, whatever the strategy
MAX_QUEUED_COMMITS: Final = 8  # more waiting to be transcribed: queue_overflow


class _QueryError(ValueError):
    pass


def _convert(value: str, schema: Mapping[str, Any]) -> Any:
    if "$ref" in schema:
        return value  # the enums: the schema check judges them
    kind = schema.get("type")
    if kind == "boolean":
        lowered = value.strip().lower()
        if lowered not in ("true", "false", "1", "0"):
            raise _QueryError(f"expected true or false, got {value!r}")
        return lowered in ("true", "1")
    if kind == "integer":
        try:
            return int(value)
        except ValueError:
            raise _QueryError(f"expected an integer, got {value!r}") from None
    if kind == "number":
        try:
            number = float(value)
        except ValueError:
            raise _QueryError(f"expected a number, got {value!r}") from None
        if not math.isfinite(number):
            raise _QueryError(f"expected a finite number, got {value!r}")
        return number
    return value


def parse_socket_query(query: QueryParams, schema_name: str) -> dict[str, Any]:
    """The query parameters a socket's query schema describes, typed and checked (unknown ones ignored)."""
    properties: Mapping[str, Mapping[str, Any]] = SCHEMAS[schema_name].get("properties") or {}
    values: dict[str, Any] = {}
    for key, schema in properties.items():
        raw = query.getlist(key)
        if not raw:
            continue
        try:
            if schema.get("type") == "array":
                values[key] = [_convert(item, schema.get("items") or {}) for item in raw]
            else:
                values[key] = _convert(raw[-1], schema)
        except _QueryError as error:
            raise _QueryError(f"{key}: {error}") from None
    try:
        load_schemas().check(schema_name, values)
    except SchemaError as error:
        raise _QueryError(str(error)) from None
    return values


@attrs.frozen
class SttSettings:
    model_id: str
    audio_format: str
    sample_rate: int
    language_code: str | None
    commit_strategy: str
    vad: VadSettings
    include_timestamps: bool
    include_language_detection: bool
    enable_logging: bool
    no_verbatim: bool
    keyterms: tuple[str, ...]

    @classmethod
    def from_query(cls, values: Mapping[str, Any]) -> SttSettings:
        model_id = values.get("model_id")
        if model_id is None:
            raise _QueryError("model_id is required")
        if model_id not in REALTIME_MODELS:
            raise _QueryError(f"model_id {model_id!r} is not a realtime model; use one of {', '.join(REALTIME_MODELS)}")
        audio_format = str(values.get("audio_format", "pcm_16000"))
        defaults = VadSettings()
        return cls(
            model_id=str(model_id),
            audio_format=audio_format,
            sample_rate=AUDIO_FORMAT_RATES[audio_format],
            language_code=values.get("language_code"),
            commit_strategy=str(values.get("commit_strategy", "manual")),
            vad=VadSettings(
                silence_seconds=float(values.get("vad_silence_threshold_secs", defaults.silence_seconds)),
                threshold=float(values.get("vad_threshold", defaults.threshold)),
                min_speech_ms=int(values.get("min_speech_duration_ms", defaults.min_speech_ms)),
                min_silence_ms=int(values.get("min_silence_duration_ms", defaults.min_silence_ms)),
            ),
            include_timestamps=bool(values.get("include_timestamps", False)),
            include_language_detection=bool(values.get("include_language_detection", False)),
            enable_logging=bool(values.get("enable_logging", True)),
            no_verbatim=bool(values.get("no_verbatim", False)),
            keyterms=tuple(values.get("keyterms") or ()),
        )

    def config(self) -> dict[str, Any]:
        return {
            "model_id": self.model_id,
            "audio_format": self.audio_format,
            "sample_rate": self.sample_rate,
            "language_code": self.language_code,
            "commit_strategy": self.commit_strategy,
            "vad_silence_threshold_secs": self.vad.silence_seconds,
            "vad_threshold": self.vad.threshold,
            "min_speech_duration_ms": self.vad.min_speech_ms,
            "min_silence_duration_ms": self.vad.min_silence_ms,
            "include_timestamps": self.include_timestamps,
            "include_language_detection": self.include_language_detection,
            "enable_logging": self.enable_logging,
            "no_verbatim": self.no_verbatim,
            "keyterms": list(self.keyterms),
        }


def lenient_message(frame: str | bytes, schema_name: str) -> dict[str, Any]:
    """A client frame as a dict checked against its schema, keys the schema does not name dropped."""
    try:
        message = json.loads(frame)
    except (ValueError, UnicodeDecodeError) as error:
        raise SchemaError(f"not JSON: {error}") from None
    except RecursionError:
        raise SchemaError("JSON nested too deeply") from None
    if not isinstance(message, dict):
        raise SchemaError("expected a JSON object")
    known = (SCHEMAS[schema_name].get("properties") or {}).keys()
    unknown = [key for key in message if key not in known]
    if unknown:
        logger.debug("ignoring keys %s of a %s message", unknown, schema_name)
        message = {key: value for key, value in message.items() if key in known}
    load_schemas().check(schema_name, message)
    return message


@attrs.define
class _Segment:
    start_sample: int  # where it begins in the session's audio
    chunks: list[npt.NDArray[np.int16]] = attrs.Factory(list)
    samples: int = 0
    partial_at: int = 0  # samples when the last partial was asked for

    def add(self, samples: npt.NDArray[np.int16]) -> None:
        self.chunks.append(samples)
        self.samples += len(samples)

    def audio(self) -> npt.NDArray[np.int16]:
        return np.concatenate(self.chunks) if self.chunks else np.zeros(0, dtype=np.int16)


class _SttSession(JsonSocketSession):
    def __init__(self, websocket: WebSocket, context: EmulatorContext, settings: SttSettings) -> None:
        super().__init__(websocket, context)
        self.settings = settings
        self._chunks_seen = 0
        self._session_samples = 0
        self._segment = _Segment(0)
        self._vad = VoiceActivity(settings.vad, settings.sample_rate) if settings.commit_strategy != "manual" else None
        # In order: ("partial", segment) asks for a partial of the segment as it is then,
        # ("commit", segment) for its committed transcript.
        self._jobs: deque[tuple[str, _Segment]] = deque()
        self._wake = anyio.Event()

    async def error(self, kind: str, text: str) -> None:
        await self.send({"message_type": kind, "error": text})

    async def run(self) -> None:
        await self.send(
            {"message_type": "session_started", "session_id": uuid.uuid4().hex, "config": self.settings.config()}
        )
        async with anyio.create_task_group() as group:
            group.start_soon(self._work)
            await self._read()
            group.cancel_scope.cancel()

    async def _on_frame(self, frame: str | bytes) -> None:
        try:
            chunk = lenient_message(frame, "WsSttInputAudioChunk")
        except SchemaError as error:
            await self.error("input_error", f"Invalid input_audio_chunk message: {error}")
            return
        self._chunks_seen += 1
        if chunk.get("previous_text") is not None and self._chunks_seen > 1:
            await self.error("input_error", "previous_text is accepted with the first audio chunk only.")
            return
        try:
            raw = _base64.decode(chunk["audio_base_64"])
            samples = decode_ulaw(raw) if self.settings.audio_format == "ulaw_8000" else decode_pcm16(raw)
        except (binascii.Error, ValueError, AudioDecodeError) as error:
            await self.error("input_error", f"audio_base_64 is not {self.settings.audio_format} audio: {error}")
            return
        if len(samples) > MAX_CHUNK_SECONDS * self.settings.sample_rate:
            await self.error(
                "chunk_size_exceeded", f"A chunk may carry at most {MAX_CHUNK_SECONDS:g} seconds of audio."
            )
            return
        if len(samples):
            self._segment.add(samples)
            self._session_samples += len(samples)
        ended = self._vad.feed(samples) if self._vad is not None and len(samples) else False
        too_long = self._segment.samples >= MAX_SEGMENT_SECONDS * self.settings.sample_rate
        if chunk.get("commit") is True or ended or too_long:
            if sum(kind == "commit" for kind, _ in self._jobs) >= MAX_QUEUED_COMMITS:
                await self.fail("queue_overflow", "Audio is committed faster than it can be transcribed.")
                return
            self._commit()
        elif self._segment.samples - self._segment.partial_at >= PARTIAL_EVERY_SECONDS * self.settings.sample_rate:
            self._segment.partial_at = self._segment.samples
            if ("partial", self._segment) not in self._jobs:  # one waiting partial per segment
                self._jobs.append(("partial", self._segment))
            self._wake.set()

    def _commit(self) -> None:
        self._jobs.append(("commit", self._segment))
        self._segment = _Segment(self._session_samples)
        if self._vad is not None:
            self._vad.reset()
        self._wake.set()

    async def _work(self) -> None:
        while True:
            await self._wake.wait()
            self._wake = anyio.Event()
            while self._jobs:
                kind, segment = self._jobs.popleft()
                if kind == "commit":
                    await self._finish(segment)
                else:
                    recognition = await self._recognize(segment.audio(), timestamps=False)
                    # Sent even if the segment was committed meanwhile: its commit is queued behind.
                    if recognition is not None and recognition.text:
                        await self.send({"message_type": "partial_transcript", "text": recognition.text})

    async def _recognize(self, audio: npt.NDArray[np.int16], *, timestamps: bool) -> Recognition | None:
        try:
            return await anyio.to_thread.run_sync(
                functools.partial(
                    transcribe,
                    audio,
                    self.settings.sample_rate,
                    language=self.settings.language_code,
                    timestamps=timestamps,
                )
            )
        except RecognizerUnavailableError as error:
            await self.error("transcriber_error", str(error))
            return None

    def _has_speech(self, audio: npt.NDArray[np.int16]) -> bool:
        frame = max(self.settings.sample_rate // 50, 1)
        threshold = self.settings.vad.threshold_dbfs
        return any(level_dbfs(audio[at : at + frame]) > threshold for at in range(0, len(audio), frame))

    async def _finish(self, segment: _Segment) -> None:
        audio = segment.audio()
        if not self._has_speech(audio):
            await self.error("insufficient_audio_activity", "The committed audio has no speech in it.")
            return
        recognition = await self._recognize(audio, timestamps=self.settings.include_timestamps)
        if recognition is None:
            return
        await self.send({"message_type": "committed_transcript", "text": recognition.text})
        if self.settings.include_timestamps:
            offset = segment.start_sample / self.settings.sample_rate
            words = [
                attrs.evolve(word, start=round(word.start + offset, 3), end=round(word.end + offset, 3))
                for word in recognition.words
            ]
            await self.send(
                {
                    "message_type": "committed_transcript_with_timestamps",
                    "text": recognition.text,
                    "language_code": self.settings.language_code or recognition.language_code,
                    "words": transcript_words(words),
                }
            )

    async def fail(self, kind: str, text: str) -> None:
        await self.error(kind, text)
        await self.close_for_policy(kind)


def _authorized(websocket: WebSocket, context: EmulatorContext) -> str | None:
    """Why the handshake's credentials are refused, or None."""
    token = websocket.query_params.get("token")
    if token:
        if realtime_state(context).spend(token, TOKEN_KIND):
            return None
        return "The token is not a live single-use token for realtime speech to text."
    problem = check_api_key(websocket.headers.get("xi-api-key"), context.options.api_keys)
    if problem is None:
        return None
    detail = problem.detail if isinstance(problem.detail, dict) else {}
    return str(detail.get("message", "Invalid API key"))


async def _serve(websocket: WebSocket) -> None:
    context = context_of(websocket)
    await websocket.accept()
    placeholder = SttSettings.from_query({"model_id": REALTIME_MODELS[0]})
    refusal = _authorized(websocket, context)
    if refusal is not None:
        await _SttSession(websocket, context, placeholder).fail("auth_error", refusal)
        return
    try:
        settings = SttSettings.from_query(parse_socket_query(websocket.query_params, "WsSttRealtimeQuery"))
    except _QueryError as error:
        await _SttSession(websocket, context, placeholder).fail("invalid_request", str(error))
        return
    await _SttSession(websocket, context, settings).run()


def realtime_stt_route() -> WebSocketRoute:
    return WebSocketRoute(str(CHANNELS[CHANNEL]["address"]), _serve)
