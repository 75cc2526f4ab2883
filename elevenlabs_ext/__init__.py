"""elevenlabs_ext: the handwritten layer over the generated ``elevenlabs_api`` package.

from elevenlabs_api.api.text_to_speech import text_to_speech_stream
from elevenlabs_api.models import TextToSpeechRequest
from elevenlabs_ext import ElevenLabs, stream

with ElevenLabs() as client, stream(
    text_to_speech_stream, client=client, voice_id="21m00Tcm4TlvDq8ikWAM", body=TextToSpeechRequest(text="Hi")
) as audio:
    audio.to_file("hi.mp3")
"""

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._client import DEFAULT_TIMEOUT, AsyncElevenLabs, ElevenLabs
from ._conversation_audio import (
    AudioDeviceUnavailableError,
    AudioInterface,
    DeviceAudioInterface,
    InMemoryAudioInterface,
)
from ._environment import Environment
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    CrossOriginRedirectError,
    ElevenLabsError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseDecodeError,
    StreamClosedError,
    StreamConsumedError,
    StreamDecodeError,
    StreamStateError,
    UnprocessableEntityError,
    WebSocketClosedError,
    WebSocketError,
    WebSocketProtocolError,
    WebSocketStateError,
)
from ._multipart_mixed import (
    DetailedMusic,
    MimePart,
    acompose_music_detailed,
    compose_music_detailed,
    split_multipart_mixed,
)
from ._pagination import CursorSpec, apaginate, paginate
from ._realtime_errors import (
    ConversationError,
    RealtimeSpeechToTextError,
    SpeechToTextAuthError,
    SpeechToTextChunkSizeExceededError,
    SpeechToTextCommitThrottledError,
    SpeechToTextInputError,
    SpeechToTextInsufficientAudioError,
    SpeechToTextInvalidRequestError,
    SpeechToTextQueueOverflowError,
    SpeechToTextQuotaExceededError,
    SpeechToTextRateLimitedError,
    SpeechToTextResourceExhaustedError,
    SpeechToTextSessionTimeLimitError,
    SpeechToTextTranscriberError,
    SpeechToTextUnacceptedTermsError,
    WebSocketConnectionLostError,
    WebSocketMessageTooBigError,
    WebSocketPolicyViolationError,
    WebSocketServerClosedError,
    WebSocketTimeoutError,
)
from ._single_use_tokens import SingleUseTokenType, acreate_single_use_token, create_single_use_token
from ._streaming import (
    AsyncAudioStream,
    AsyncTimestampStream,
    AudioStream,
    TimestampChunk,
    TimestampStream,
    astream,
    astream_with_timestamps,
    stream,
    stream_with_timestamps,
)
from ._version import __version__
from ._waiting import (
    JobFailedError,
    PollSchedule,
    WaitTimeoutError,
    await_chapter_conversion,
    await_dubbing,
    await_dubbing_project,
    await_flow_generation,
    await_music_finetune,
    await_production_order,
    await_project_conversion,
    await_until,
    await_voice_training,
    await_voice_verification,
    wait_for_chapter_conversion,
    wait_for_dubbing,
    wait_for_dubbing_project,
    wait_for_flow_generation,
    wait_for_music_finetune,
    wait_for_production_order,
    wait_for_project_conversion,
    wait_for_voice_training,
    wait_for_voice_verification,
    wait_until,
)
from ._webhook_errors import WebhookVerificationError
from .audio._errors import AudioDeviceError, AudioError, AudioFormatError, PlayerError, PlayerNotFoundError

if TYPE_CHECKING:
    from ._websockets import (
        AsyncConversation,
        AsyncMultiContextSocket,
        AsyncRealtimeTranscriber,
        AsyncSocketContext,
        AsyncTextToSpeechSocket,
        AudioChunk,
        Conversation,
        MultiContextSocket,
        RealtimeSpeechToTextOptions,
        RealtimeTranscriber,
        SocketContext,
        TextToSpeechSocket,
        astream_input,
        atranscribe_realtime,
        stream_input,
        transcribe_realtime,
    )

# The socket classes (about 11 ms of imports) load when one is first asked for: most programs
# that import the package never open a socket.
_SOCKET_NAMES = frozenset(
    {
        "AsyncConversation",
        "AsyncMultiContextSocket",
        "AsyncRealtimeTranscriber",
        "AsyncSocketContext",
        "AsyncTextToSpeechSocket",
        "AudioChunk",
        "Conversation",
        "MultiContextSocket",
        "RealtimeSpeechToTextOptions",
        "RealtimeTranscriber",
        "SocketContext",
        "TextToSpeechSocket",
        "astream_input",
        "atranscribe_realtime",
        "stream_input",
        "transcribe_realtime",
    }
)


def __getattr__(name: str) -> object:
    if name in _SOCKET_NAMES:
        from . import _websockets

        loaded = {socket_name: getattr(_websockets, socket_name) for socket_name in _SOCKET_NAMES}
        _publish(loaded.values())
        globals().update(loaded)
        return loaded[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAudioStream",
    "AsyncConversation",
    "AsyncElevenLabs",
    "AsyncMultiContextSocket",
    "AsyncRealtimeTranscriber",
    "AsyncSocketContext",
    "AsyncTextToSpeechSocket",
    "AsyncTimestampStream",
    "AudioChunk",
    "AudioDeviceError",
    "AudioDeviceUnavailableError",
    "AudioError",
    "AudioFormatError",
    "AudioInterface",
    "AudioStream",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "Conversation",
    "ConversationError",
    "CrossOriginRedirectError",
    "CursorSpec",
    "DetailedMusic",
    "DeviceAudioInterface",
    "ElevenLabs",
    "ElevenLabsError",
    "Environment",
    "InMemoryAudioInterface",
    "InternalServerError",
    "InvalidRequestError",
    "JobFailedError",
    "MimePart",
    "MultiContextSocket",
    "NotFoundError",
    "PermissionDeniedError",
    "PlayerError",
    "PlayerNotFoundError",
    "PollSchedule",
    "RateLimitError",
    "RealtimeSpeechToTextError",
    "RealtimeSpeechToTextOptions",
    "RealtimeTranscriber",
    "RedirectError",
    "ResponseDecodeError",
    "SingleUseTokenType",
    "SocketContext",
    "SpeechToTextAuthError",
    "SpeechToTextChunkSizeExceededError",
    "SpeechToTextCommitThrottledError",
    "SpeechToTextInputError",
    "SpeechToTextInsufficientAudioError",
    "SpeechToTextInvalidRequestError",
    "SpeechToTextQueueOverflowError",
    "SpeechToTextQuotaExceededError",
    "SpeechToTextRateLimitedError",
    "SpeechToTextResourceExhaustedError",
    "SpeechToTextSessionTimeLimitError",
    "SpeechToTextTranscriberError",
    "SpeechToTextUnacceptedTermsError",
    "StreamClosedError",
    "StreamConsumedError",
    "StreamDecodeError",
    "StreamStateError",
    "TextToSpeechSocket",
    "TimestampChunk",
    "TimestampStream",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebSocketClosedError",
    "WebSocketConnectionLostError",
    "WebSocketError",
    "WebSocketMessageTooBigError",
    "WebSocketPolicyViolationError",
    "WebSocketProtocolError",
    "WebSocketServerClosedError",
    "WebSocketStateError",
    "WebSocketTimeoutError",
    "WebhookVerificationError",
    "__version__",
    "acompose_music_detailed",
    "acreate_single_use_token",
    "apaginate",
    "astream",
    "astream_input",
    "astream_with_timestamps",
    "atranscribe_realtime",
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
    "compose_music_detailed",
    "create_single_use_token",
    "paginate",
    "split_multipart_mixed",
    "stream",
    "stream_input",
    "stream_with_timestamps",
    "transcribe_realtime",
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


def _publish(objects: Iterable[object]) -> None:
    """Show public classes as elevenlabs_ext.X in reprs and tracebacks, as httpx does."""
    for obj in objects:
        if isinstance(obj, type):
            obj.__module__ = __name__


_publish(globals()[name] for name in __all__ if name not in _SOCKET_NAMES)
del Iterable, TYPE_CHECKING  # not exports
