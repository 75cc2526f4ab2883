"""elevenlabs_ext: the handwritten layer over the generated ``elevenlabs_api`` package.

from elevenlabs_api.api.text_to_speech import text_to_speech_stream
from elevenlabs_api.models import TextToSpeechRequest
from elevenlabs_ext import ElevenLabs, stream

with ElevenLabs() as client, stream(
    text_to_speech_stream, client=client, voice_id="21m00Tcm4TlvDq8ikWAM", body=TextToSpeechRequest(text="Hi")
) as audio:
    audio.to_file("hi.mp3")
"""

from ._audio_errors import AudioDeviceError, AudioError, AudioFormatError, PlayerError, PlayerNotFoundError
from ._client import DEFAULT_TIMEOUT, AsyncElevenLabs, ElevenLabs
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
    ElevenLabsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StreamDecodeError,
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
from ._streaming import (
    AsyncAudioStream,
    AsyncTimestampStream,
    AudioStream,
    StreamConsumedError,
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
from ._ws_async import AsyncMultiContextSocket, AsyncSocketContext, AsyncTextToSpeechSocket, astream_input
from ._ws_protocol import AudioChunk
from ._ws_sync import MultiContextSocket, SocketContext, TextToSpeechSocket, stream_input

__all__ = [
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAudioStream",
    "AsyncElevenLabs",
    "AsyncMultiContextSocket",
    "AsyncSocketContext",
    "AsyncTextToSpeechSocket",
    "AsyncTimestampStream",
    "AudioChunk",
    "AudioDeviceError",
    "AudioError",
    "AudioFormatError",
    "AudioStream",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "CursorSpec",
    "DetailedMusic",
    "ElevenLabs",
    "ElevenLabsError",
    "Environment",
    "InternalServerError",
    "JobFailedError",
    "MimePart",
    "MultiContextSocket",
    "NotFoundError",
    "PermissionDeniedError",
    "PlayerError",
    "PlayerNotFoundError",
    "PollSchedule",
    "RateLimitError",
    "SocketContext",
    "StreamConsumedError",
    "StreamDecodeError",
    "TextToSpeechSocket",
    "TimestampChunk",
    "TimestampStream",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebSocketClosedError",
    "WebSocketError",
    "WebSocketProtocolError",
    "WebSocketStateError",
    "WebhookVerificationError",
    "__version__",
    "acompose_music_detailed",
    "apaginate",
    "astream",
    "astream_input",
    "astream_with_timestamps",
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
    "paginate",
    "split_multipart_mixed",
    "stream",
    "stream_input",
    "stream_with_timestamps",
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

# Show public names as elevenlabs_ext.X in reprs and tracebacks, as httpx does.
for _name in __all__:
    _obj = globals()[_name]
    if hasattr(_obj, "__module__") and isinstance(_obj, type):
        _obj.__module__ = __name__
del _name, _obj
