"""The realtime speech-to-text socket's client side, without I/O.

``RealtimeSpeechToTextProtocol`` drives ``/v1/speech-to-text/realtime``: audio chunks go out
(some of them committing the segment), and each received frame becomes a typed event (the
generated ``WsStt*`` models) or raises the typed error of its error message
(``_realtime_errors.SPEECH_TO_TEXT_ERRORS``). The shells in ``_realtime_sync.py`` and
``_realtime_async.py`` move the strings over a connection.

Errors the service recovers from (one chunk or one commit lost: ``input_error``,
``chunk_size_exceeded``, ``insufficient_audio_activity``, ``commit_throttled``,
``transcriber_error``) are raised once and the session goes on; any other error message,
a malformed frame or an abnormal close ends the session, and every later call raises it again.
"""

from __future__ import annotations

import threading
from typing import Any, Final, TypeAlias

from elevenlabs_api.models.ws_stt_committed_transcript import WsSttCommittedTranscript
from elevenlabs_api.models.ws_stt_committed_transcript_with_timestamps import WsSttCommittedTranscriptWithTimestamps
from elevenlabs_api.models.ws_stt_error import WsSttError
from elevenlabs_api.models.ws_stt_input_audio_chunk import WsSttInputAudioChunk
from elevenlabs_api.models.ws_stt_partial_transcript import WsSttPartialTranscript
from elevenlabs_api.models.ws_stt_session_started import WsSttSessionStarted
from elevenlabs_api.models.ws_stt_warning import WsSttWarning
from elevenlabs_api.types import UNSET

from .._errors import WebSocketError, WebSocketProtocolError, WebSocketStateError
from .._realtime_errors import SPEECH_TO_TEXT_ERRORS, RealtimeSpeechToTextError
from ._codec import decode_object, encode, encode_audio, parse, preview
from ._schema import load_schemas
from ._session import RealtimeSession

__all__ = ["AUDIO_FORMAT_RATES", "REALTIME_STT", "RealtimeSpeechToTextProtocol", "SpeechToTextEvent"]

REALTIME_STT: Final = "speech_to_text_realtime"

# What ``receive`` returns: every message of the channel but its errors (which raise).
SpeechToTextEvent: TypeAlias = (
    WsSttSessionStarted
    | WsSttPartialTranscript
    | WsSttCommittedTranscript
    | WsSttCommittedTranscriptWithTimestamps
    | WsSttWarning
)

# sockets.yaml's ``WsSttAudioFormat``: mono, 16-bit PCM at the rate named, or 8 kHz u-law.
AUDIO_FORMAT_RATES: Final[dict[str, int]] = {
    "pcm_8000": 8000,
    "pcm_16000": 16000,
    "pcm_22050": 22050,
    "pcm_24000": 24000,
    "pcm_44100": 44100,
    "pcm_48000": 48000,
    "ulaw_8000": 8000,
}
_EVENTS: Final[dict[str, type[SpeechToTextEvent]]] = {
    "session_started": WsSttSessionStarted,
    "partial_transcript": WsSttPartialTranscript,
    "committed_transcript": WsSttCommittedTranscript,
    "committed_transcript_with_timestamps": WsSttCommittedTranscriptWithTimestamps,
    "warning": WsSttWarning,
}


class RealtimeSpeechToTextProtocol(RealtimeSession[SpeechToTextEvent]):
    """The client side of ``/v1/speech-to-text/realtime``.

    ::

        protocol = RealtimeSpeechToTextProtocol("pcm_16000", include_timestamps=False)
        send(protocol.send_audio(pcm))            # as often as audio comes
        send(protocol.commit())                   # manual strategy: end the segment
        while protocol.pending_commits:
            event = protocol.receive(recv())      # WsSttPartialTranscript, WsSttCommittedTranscript, ...
        # on a close frame instead: protocol.connection_closed(code, reason)
    """

    channel = REALTIME_STT

    ended_message = "the service ended the session: nothing more can be sent"
    while_sending = "while audio was being sent"
    during = "during the session"

    def __init__(self, audio_format: str = "pcm_16000", *, include_timestamps: bool = False) -> None:
        if audio_format not in AUDIO_FORMAT_RATES:
            raise ValueError(f"audio_format must be one of {', '.join(AUDIO_FORMAT_RATES)}, got {audio_format!r}")
        self._schemas = load_schemas()
        self._sample_rate = AUDIO_FORMAT_RATES[audio_format]
        self._include_timestamps = include_timestamps
        self._sent_first = False
        self._pending_commits = 0
        self._counting = threading.Lock()  # a sending thread counts up, the reading one down
        super().__init__()
        self.session: WsSttSessionStarted | None = None

    @property
    def pending_commits(self) -> int:
        """Commits sent whose committed transcript (or recoverable error) has not arrived yet."""
        return self._pending_commits

    # -- sending

    def send_audio(self, audio: bytes, *, commit: bool = False, previous_text: str | None = None) -> str:
        """An ``input_audio_chunk`` carrying ``audio`` (in the session's format); ``commit``
        also ends the segment. ``previous_text`` (context for the recogniser) goes with the
        first chunk only."""
        if not isinstance(audio, bytes | bytearray | memoryview):
            raise TypeError(f"audio must be bytes, got {type(audio).__name__}")
        if self._failure is not None:
            raise self._failure
        if self._finished:
            raise WebSocketStateError("the session is over: nothing more can be sent")
        if previous_text is not None and self._sent_first:
            raise WebSocketStateError("previous_text is accepted with the first audio chunk only")
        message = WsSttInputAudioChunk(
            message_type="input_audio_chunk",
            audio_base_64=encode_audio(audio),
            commit=commit,
            sample_rate=self._sample_rate,
            previous_text=previous_text if previous_text is not None else UNSET,
        )
        frame = encode(self._schemas, message)
        self._sent_first = True
        if commit:
            with self._counting:
                self._pending_commits += 1
        return frame

    def commit(self) -> str:
        """End the current segment now: its committed transcript follows."""
        return self.send_audio(b"", commit=True)

    # -- receiving

    def _ends(self, error: WebSocketError) -> bool:
        # The service's recoverable errors (a throttled commit, a chunk too big) leave the
        # session open: the caller sees the error and goes on.
        return not (isinstance(error, RealtimeSpeechToTextError) and error.recoverable)

    def _receive(self, frame: str | bytes) -> SpeechToTextEvent:
        data = decode_object(frame)
        kind = data.get("message_type")
        if not isinstance(kind, str):
            raise WebSocketProtocolError("received a message without a message_type", raw=preview(frame))
        if kind in SPEECH_TO_TEXT_ERRORS:
            raise self._error(data, frame)
        cls = _EVENTS.get(kind)
        if cls is None:
            raise WebSocketProtocolError(f"received an unknown message_type {kind!r}", raw=preview(frame))
        event = parse(self._schemas, cls, data, frame)
        if isinstance(event, WsSttSessionStarted):
            if self.session is not None:
                raise WebSocketProtocolError("received a second session_started", raw=preview(frame))
            self.session = event
        elif self.session is None:
            raise WebSocketProtocolError(f"received {kind} before session_started", raw=preview(frame))
        elif isinstance(event, WsSttCommittedTranscriptWithTimestamps):
            self._answered()
        elif isinstance(event, WsSttCommittedTranscript) and not self._include_timestamps:
            self._answered()  # else its twin with timestamps follows
        return event

    def _answered(self) -> None:
        # A commit of the service's own (VAD) has nothing of ours to answer.
        with self._counting:
            self._pending_commits = max(self._pending_commits - 1, 0)

    def _error(self, data: dict[str, Any], frame: str | bytes) -> RealtimeSpeechToTextError:
        parsed = parse(self._schemas, WsSttError, data, frame)
        kind = str(getattr(parsed.message_type, "value", parsed.message_type))
        cls = SPEECH_TO_TEXT_ERRORS[kind]
        if cls.recoverable and kind in ("insufficient_audio_activity", "transcriber_error"):
            self._answered()  # that commit gets no transcript
        return cls(f"realtime speech to text failed [{kind}]: {parsed.error}", message_type=kind, reason=parsed.error)

    # -- closing

    def unanswered(self) -> str | None:
        return f"with {self._pending_commits} commit(s) unanswered" if self._pending_commits else None
