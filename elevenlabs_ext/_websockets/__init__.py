"""The websocket layer: one package for every socket kind.

- ``_schema``: sockets.yaml's schemas, compiled into strict (send) and lenient (receive) checks;
- ``_codec``: messages as JSON text frames, read into and built from the generated ``Ws*`` models;
- ``_handshake``: URLs, the key, the handshake, close codes and handshake errors, for every channel;
- ``_tts`` (+ ``_chunk``, ``_text``, ``_routing``): the text-to-speech channels without I/O;
- ``_base``: what the shells share; ``_sync``/``_async``: the shells, twins checked by
  ``scripts/check_parity.py``; ``_threads``/``_tasks``: the waiting, reading and pumping
  each flavour does its own way;
- ``_stt``/``_convai``: realtime speech to text and agent conversations without I/O;
  ``_realtime_base`` what their shells share; ``_realtime_sync``/``_realtime_async`` the shells.

Importing this package loads neither ``websockets`` nor ``asyncio`` nor the generated models.
"""

from __future__ import annotations

from ._async import AsyncMultiContextSocket, AsyncSocketContext, AsyncTextToSpeechSocket, astream_input
from ._base import TextToSpeechSocketOptions
from ._chunk import AudioChunk
from ._realtime_async import AsyncConversation, AsyncRealtimeTranscriber, atranscribe_realtime
from ._realtime_base import ConnectionOptions, RealtimeSpeechToTextOptions
from ._realtime_sync import Conversation, RealtimeTranscriber, transcribe_realtime
from ._sync import MultiContextSocket, SocketContext, TextToSpeechSocket, stream_input

__all__ = [
    "AsyncConversation",
    "AsyncMultiContextSocket",
    "AsyncRealtimeTranscriber",
    "AsyncSocketContext",
    "AsyncTextToSpeechSocket",
    "AudioChunk",
    "ConnectionOptions",
    "Conversation",
    "MultiContextSocket",
    "RealtimeSpeechToTextOptions",
    "RealtimeTranscriber",
    "SocketContext",
    "TextToSpeechSocket",
    "TextToSpeechSocketOptions",
    "astream_input",
    "atranscribe_realtime",
    "stream_input",
    "transcribe_realtime",
]
