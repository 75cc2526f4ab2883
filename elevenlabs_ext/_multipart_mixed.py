"""Split a ``multipart/mixed`` body (RFC 2046) into its parts, byte-exactly; no I/O.

``POST /v1/music/detailed`` answers with two parts: JSON metadata (the composition plan
and song metadata) and the audio. The line break before each delimiter belongs to the
delimiter, not to the part: an audio part ends exactly where its bytes end, with no
trailing ``\\r\\n--boundary--`` (which the official SDK leaves inside the audio).
"""

from __future__ import annotations

import json
from email.message import Message
from typing import TYPE_CHECKING, Any

import attrs

from ._errors import StreamDecodeError

if TYPE_CHECKING:
    from typing import TypedDict, Unpack

    from elevenlabs_api.models.music_compose_detailed_request import MusicComposeDetailedRequest
    from elevenlabs_api.models.output_format import OutputFormat
    from elevenlabs_api.types import Unset

    from ._client import AsyncElevenLabs, ElevenLabs

    class _ComposeParams(TypedDict, total=False):
        """The parameters of ``music_compose_detailed`` (mypy checks them against it below)."""

        body: MusicComposeDetailedRequest | Unset
        output_format: OutputFormat | Unset


__all__ = ["DetailedMusic", "MimePart", "acompose_music_detailed", "compose_music_detailed", "split_multipart_mixed"]


@attrs.frozen
class MimePart:
    headers: dict[str, str]
    content: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "text/plain")

    @property
    def filename(self) -> str | None:
        disposition = self.headers.get("content-disposition")
        if not disposition:
            return None
        message = Message()
        message["content-disposition"] = disposition
        name = message.get_param("filename", header="content-disposition")
        return name if isinstance(name, str) else None


def _boundary(content_type: str) -> str:
    message = Message()
    message["content-type"] = content_type
    if message.get_content_maintype() != "multipart":
        raise StreamDecodeError(f"expected a multipart body, got content type {content_type!r}")
    boundary = message.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise StreamDecodeError(f"multipart content type without a boundary: {content_type!r}")
    return boundary


def _part(raw: bytes, index: int) -> MimePart:
    head, separator, content = raw.partition(b"\r\n\r\n")
    if not separator:
        if raw.startswith(b"\r\n"):  # no headers at all
            return MimePart({}, raw[2:])
        raise StreamDecodeError(f"multipart part {index} has no blank line after its headers")
    headers: dict[str, str] = {}
    for line in head.decode("latin-1").split("\r\n"):
        if not line:
            continue
        name, colon, value = line.partition(":")
        if not colon:
            raise StreamDecodeError(f"multipart part {index} has a malformed header line {line!r}")
        headers[name.strip().lower()] = value.strip()
    return MimePart(headers, content)


def split_multipart_mixed(content_type: str, body: bytes) -> list[MimePart]:
    """The parts of ``body``; raises ``StreamDecodeError`` when it is cut short or malformed."""
    boundary = _boundary(content_type).encode("latin-1")
    dash = b"--" + boundary
    # The first delimiter may start the body; every later one is preceded by CRLF.
    if body.startswith(dash):
        position = len(dash)
    else:
        start = body.find(b"\r\n" + dash)
        if start < 0:
            raise StreamDecodeError("multipart body has no opening boundary")
        position = start + 2 + len(dash)
    parts: list[MimePart] = []
    delimiter = b"\r\n" + dash
    while True:
        if body.startswith(b"--", position):
            return parts  # the close delimiter; anything after it is the epilogue
        line_end = body.find(b"\r\n", position)
        if line_end < 0:
            raise StreamDecodeError("multipart body ends right after a boundary")
        # transport padding (spaces/tabs) may follow a boundary before its CRLF
        if body[position:line_end].strip(b" \t"):
            raise StreamDecodeError("multipart boundary is followed by unexpected bytes")
        start = line_end + 2
        end = body.find(delimiter, start)
        if end < 0:
            raise StreamDecodeError(f"multipart part {len(parts) + 1} is cut short: no closing boundary")
        parts.append(_part(body[start:end], len(parts) + 1))
        position = end + len(delimiter)


@attrs.frozen
class DetailedMusic:
    """``POST /v1/music/detailed``, split: ``metadata`` is the JSON part, ``audio`` the audio."""

    metadata: Any
    audio: bytes
    audio_content_type: str
    filename: str | None
    song_id: str | None


def _detailed(content_type: str, body: bytes, song_id: str | None) -> DetailedMusic:
    parts = split_multipart_mixed(content_type, body)
    json_parts = [p for p in parts if p.content_type.split(";")[0].strip() == "application/json"]
    audio_parts = [p for p in parts if p.content_type.startswith("audio/")]
    if len(json_parts) != 1 or len(audio_parts) != 1:
        kinds = [p.content_type for p in parts]
        raise StreamDecodeError(f"expected one JSON part and one audio part, got {kinds}")
    try:
        metadata = json.loads(json_parts[0].content)
    except (ValueError, RecursionError) as error:
        raise StreamDecodeError(f"the metadata part is not valid JSON: {error}") from error
    audio = audio_parts[0]
    return DetailedMusic(metadata, audio.content, audio.content_type, audio.filename, song_id)


def compose_music_detailed(client: ElevenLabs, **params: Unpack[_ComposeParams]) -> DetailedMusic:
    """Call ``music_compose_detailed`` and split its answer into metadata and audio."""
    from elevenlabs_api.api.music import music_compose_detailed

    response = music_compose_detailed.sync_detailed(client=client, **params)
    return _detailed(response.headers.get("content-type", ""), response.content, response.headers.get("song-id"))


async def acompose_music_detailed(client: AsyncElevenLabs, **params: Unpack[_ComposeParams]) -> DetailedMusic:
    """Async twin of ``compose_music_detailed``."""
    from elevenlabs_api.api.music import music_compose_detailed

    response = await music_compose_detailed.asyncio_detailed(client=client, **params)
    return _detailed(response.headers.get("content-type", ""), response.content, response.headers.get("song-id"))
