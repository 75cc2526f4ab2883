"""Stream any generated endpoint's response body, sync or async.

``stream(endpoint, client=..., **params)`` builds the request from the endpoint module's own
``_get_kwargs`` (so every binary endpoint works without per-endpoint code) and returns a
context manager: entering sends the request and raises the typed error for a failed status
at once; inside, the body is iterated as it arrives; leaving (or breaking out, or an error,
or garbage collection) closes the connection.

``stream_with_timestamps`` does the same for the newline-delimited JSON streams and yields
``TimestampChunk``s parsed with the endpoint's own ``_parse_response``.

For type checkers the endpoint's parameters are the helper's (``RequestEndpoint[P]``, see
``_endpoints.py``): a misspelt or wrongly typed keyword is an error, as in a direct call.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, Self

import attrs
import httpx

from ._endpoints import RequestEndpoint
from ._errors import (
    ResponseDecodeError,
    StreamClosedError,
    StreamConsumedError,
    StreamDecodeError,
    StreamStateError,
)
from ._headers import CHARACTER_COST, HISTORY_ITEM_ID, request_id
from ._ndjson import Line, NDJSONDecoder
from ._retry import MAX_RETRIES_EXTENSION

if TYPE_CHECKING:
    import asyncio

    from elevenlabs_api.models.character_alignment import CharacterAlignment

    from ._client import AsyncElevenLabs, ElevenLabs

__all__ = [
    "AsyncAudioStream",
    "AsyncTimestampStream",
    "AudioStream",
    "StreamConsumedError",
    "TimestampChunk",
    "TimestampStream",
    "astream",
    "astream_with_timestamps",
    "stream",
    "stream_with_timestamps",
]

P = ParamSpec("P")
# Keeps tasks that close abandoned async streams alive until they finish.
_closing_tasks: set[asyncio.Task[None]] = set()

# A compressed body cut short reads as complete (httpx's decoder does not check the end), so
# the ext streams ask for the body as it is; audio barely compresses anyway.
_STREAM_HEADERS = {"accept-encoding": "identity"}
_ALIGNMENT_ARRAYS = ("characters", "character_start_times_seconds", "character_end_times_seconds")


@attrs.frozen
class TimestampChunk:
    """One line of a with-timestamps stream.

    Attributes:
        audio: this chunk's audio bytes (decoded from base64).
        alignment: character timings of the original text in this chunk, or None.
        normalized_alignment: the same for the text as normalised before speaking, or None.
        raw: the line parsed into the endpoint's generated chunk model (for the text-to-speech
            streams an ``AudioChunkWithTimestamps``; narrow it with ``isinstance``).
    """

    audio: bytes
    alignment: CharacterAlignment | None
    normalized_alignment: CharacterAlignment | None
    raw: object


def _unset_to_none(value: Any) -> Any:
    from elevenlabs_api.types import Unset

    return None if isinstance(value, Unset) else value


class _ResponseMetadata:
    """Status and headers of the response a stream reads, with the API's own headers named."""

    @property
    def response(self) -> httpx.Response:
        raise NotImplementedError

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def content_type(self) -> str | None:
        value: str | None = self.headers.get("content-type")
        return value

    @property
    def request_id(self) -> str | None:
        return request_id(self.headers)

    @property
    def character_cost(self) -> int | None:
        """Characters billed for this request (``character-cost`` header), when reported."""
        value = self.headers.get(CHARACTER_COST)
        try:
            return int(value) if value is not None else None
        except ValueError:
            return None

    @property
    def history_item_id(self) -> str | None:
        value: str | None = self.headers.get(HISTORY_ITEM_ID)
        return value


class _StreamBase(_ResponseMetadata):
    """Request building and response metadata: everything but the I/O."""

    # Class-level defaults, so __del__ is safe even when __init__ raised on bad arguments.
    _response: httpx.Response | None = None
    _closed = False
    _client: Any

    def __init__(
        self,
        endpoint: ModuleType,
        params: dict[str, Any],
        *,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        chunk_size: int | None,
    ) -> None:
        get_kwargs = getattr(endpoint, "_get_kwargs", None)
        if get_kwargs is None:
            raise TypeError(f"{getattr(endpoint, '__name__', endpoint)!r} is not a generated endpoint module")
        if chunk_size is not None and chunk_size <= 0:
            raise ValueError(f"chunk_size must be positive, got {chunk_size}")
        if max_retries is not None and max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries}")
        self._endpoint = endpoint
        self._kwargs: dict[str, Any] = get_kwargs(**params)
        self._timeout = timeout
        self._max_retries = max_retries
        self._chunk_size = chunk_size
        self._response = None
        self._consumed = False
        self._closed = False

    def _build_request(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        extensions: dict[str, Any] = {}
        if self._max_retries is not None:
            extensions[MAX_RETRIES_EXTENSION] = self._max_retries
        kwargs = dict(self._kwargs)
        kwargs["headers"] = {**_STREAM_HEADERS, **kwargs.get("headers", {})}
        if self._timeout is not None:
            kwargs["timeout"] = self._timeout
        return http.build_request(**kwargs, extensions=extensions)

    @property
    def response(self) -> httpx.Response:
        if self._response is None:
            raise StreamStateError("the stream is not open yet: use it as a context manager or iterate it")
        return self._response

    @property
    def closed(self) -> bool:
        return self._closed

    def _start_consuming(self) -> None:
        if self._consumed:
            raise StreamConsumedError("this stream's body has already been iterated; open a new stream")
        if self._closed:
            raise StreamClosedError("this stream is closed: read it inside its with block")
        self._consumed = True

    def _check_open(self) -> None:
        """Between chunks: the caller may have closed the stream (left its with block) while
        holding an iterator; reading on would hit a closed connection."""
        if self._closed:
            raise StreamClosedError("this stream was closed before its body was read to the end")

    def _decoding_error(self, error: httpx.DecodingError) -> ResponseDecodeError:
        content_type = self._response.headers.get("content-type") if self._response is not None else None
        return ResponseDecodeError(
            f"the streamed body could not be decoded: {error}", response=self._response, content_type=content_type
        )

    def _decode(self, decoder: NDJSONDecoder, data: bytes | None) -> Iterator[TimestampChunk]:
        """Typed chunks for the lines ``data`` completes (None: the body has ended). One at a
        time, so the chunks before a bad line reach the caller before its error."""
        for line in decoder.close() if data is None else decoder.feed(data):
            yield self._parse_line(line)

    def _parse_line(self, line: Line) -> TimestampChunk:
        from ._base64 import decode as decode_base64  # loaded with the first line, not with the package

        number, value = line
        # The endpoint's own parser turns one line into its generated chunk model.
        synthetic = httpx.Response(
            200, content=json.dumps(value).encode(), headers={"content-type": "application/json"}
        )
        try:
            model = self._endpoint._parse_response(client=self._client, response=synthetic)
        except (KeyError, TypeError, ValueError) as error:
            raise StreamDecodeError(
                f"line {number} does not match the chunk schema: {error!r}", line_number=number
            ) from error
        encoded = _unset_to_none(getattr(model, "audio_base64", None))
        if model is None or (encoded is not None and not isinstance(encoded, str)):
            raise StreamDecodeError(f"line {number} is not an audio chunk: {value!r:.120}", line_number=number)
        try:
            audio = decode_base64(encoded) if encoded else b""
        except ValueError as error:
            raise StreamDecodeError(
                f"line {number}: audio_base64 is not valid base64 ({error})", line_number=number
            ) from error
        return TimestampChunk(
            audio=audio,
            alignment=_checked_alignment(model, "alignment", number),
            normalized_alignment=_checked_alignment(model, "normalized_alignment", number),
            raw=model,
        )

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("open" if self._response is not None else "not sent")
        return f"<{type(self).__name__} {self._kwargs.get('method')} {self._kwargs.get('url')} {state}>"


def _checked_alignment(model: Any, field: str, number: int) -> Any:
    """The chunk's alignment, or None; ``StreamDecodeError`` when it has the wrong shape (the
    generated model keeps whatever it cannot parse, and does not compare the arrays)."""
    value = _unset_to_none(getattr(model, field, None))
    if value is None:
        return None
    arrays: list[Any] = [getattr(value, name, None) for name in _ALIGNMENT_ARRAYS]
    if isinstance(value, dict | str | list) or not all(isinstance(array, list) for array in arrays):
        raise StreamDecodeError(
            f"line {number}: {field} is not an object with the arrays {', '.join(_ALIGNMENT_ARRAYS)}: {value!r:.120}",
            line_number=number,
        )
    characters, starts, ends = arrays
    if not len(characters) == len(starts) == len(ends):
        raise StreamDecodeError(
            f"line {number}: the arrays of {field} differ in length "
            f"({len(characters)} characters, {len(starts)} start times, {len(ends)} end times)",
            line_number=number,
        )
    if not all(isinstance(c, str) for c in characters) or not all(
        isinstance(t, int | float) and not isinstance(t, bool) for t in [*starts, *ends]
    ):
        raise StreamDecodeError(
            f"line {number}: {field} holds characters that are not strings or times that are not numbers",
            line_number=number,
        )
    return value


class AudioStream(_StreamBase):
    """A response body streamed from the API (sync). Use as a context manager."""

    def __init__(self, endpoint: ModuleType, client: ElevenLabs, params: dict[str, Any], **options: Any) -> None:
        super().__init__(endpoint, params, **options)
        self._client = client

    def open(self) -> Self:
        """Send the request (done by ``with`` or the first iteration); raises on error statuses."""
        if self._response is None:
            if self._closed:
                raise StreamClosedError("this stream is closed")
            http = self._client.get_httpx_client()
            self._response = http.send(self._build_request(http), stream=True)
        return self

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body's chunks as they arrive (or re-cut to ``chunk_size``). Once per stream."""
        self.open()
        self._start_consuming()
        try:
            for chunk in self.response.iter_bytes(chunk_size or self._chunk_size):
                yield chunk
                self._check_open()
        except httpx.DecodingError as error:
            raise self._decoding_error(error) from error
        finally:
            self.close()

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_bytes()

    def read(self) -> bytes:
        """The whole body."""
        return b"".join(self.iter_bytes())

    def to_file(self, path: str | os.PathLike[str]) -> int:
        """Stream the body to ``path`` (replaced atomically at the end); return bytes written."""
        from ._files import AtomicFile

        with AtomicFile(Path(path)) as file:
            for chunk in self.iter_bytes():
                file.write(chunk)
        return file.written

    def close(self) -> None:
        self._closed = True
        if self._response is not None:
            self._response.close()

    def __del__(self) -> None:
        if self._response is not None and not self._closed:
            warnings.warn(f"unclosed {self!r}: use it as a context manager", ResourceWarning, stacklevel=1)
            self.close()


class AsyncAudioStream(_StreamBase):
    """A response body streamed from the API (async). Use with ``async with``."""

    def __init__(self, endpoint: ModuleType, client: AsyncElevenLabs, params: dict[str, Any], **options: Any) -> None:
        super().__init__(endpoint, params, **options)
        self._client = client

    async def open(self) -> Self:
        """Send the request (done by ``async with`` or the first iteration); raises on error statuses."""
        if self._response is None:
            if self._closed:
                raise StreamClosedError("this stream is closed")
            http = self._client.get_async_httpx_client()
            self._response = await http.send(self._build_request(http), stream=True)
        return self

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body's chunks as they arrive (or re-cut to ``chunk_size``). Once per stream."""
        await self.open()
        self._start_consuming()
        try:
            async for chunk in self.response.aiter_bytes(chunk_size or self._chunk_size):
                yield chunk
                self._check_open()
        except httpx.DecodingError as error:
            raise self._decoding_error(error) from error
        finally:
            await self.aclose()

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.iter_bytes()

    async def read(self) -> bytes:
        """The whole body."""
        return b"".join([chunk async for chunk in self.iter_bytes()])

    async def to_file(self, path: str | os.PathLike[str]) -> int:
        """Stream the body to ``path`` (replaced atomically at the end); return bytes written."""
        from ._files import AtomicFile

        with AtomicFile(Path(path)) as file:
            async for chunk in self.iter_bytes():
                file.write(chunk)
        return file.written

    async def aclose(self) -> None:
        self._closed = True
        if self._response is not None:
            await self._response.aclose()

    def __del__(self) -> None:
        if self._response is None or self._closed:
            return
        warnings.warn(f"unclosed {self!r}: use it with `async with`", ResourceWarning, stacklevel=1)
        self._closed = True
        import asyncio  # here, not at the top: sync users should not pay for importing it

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop left to close on; the connection dies with its pool
        task = loop.create_task(self._response.aclose())
        _closing_tasks.add(task)
        task.add_done_callback(_closing_tasks.discard)


class TimestampStream(_ResponseMetadata):
    """Typed chunks of a with-timestamps stream (sync). Use as a context manager."""

    def __init__(self, audio: AudioStream) -> None:
        self.stream = audio

    @property
    def response(self) -> httpx.Response:
        return self.stream.response

    def __enter__(self) -> Self:
        self.stream.open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stream.close()

    def close(self) -> None:
        self.stream.close()

    def __iter__(self) -> Iterator[TimestampChunk]:
        decoder = NDJSONDecoder()
        for data in self.stream.iter_bytes():
            yield from self.stream._decode(decoder, data)
        yield from self.stream._decode(decoder, None)


class AsyncTimestampStream(_ResponseMetadata):
    """Typed chunks of a with-timestamps stream (async). Use with ``async with``."""

    def __init__(self, audio: AsyncAudioStream) -> None:
        self.stream = audio

    @property
    def response(self) -> httpx.Response:
        return self.stream.response

    async def __aenter__(self) -> Self:
        await self.stream.open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stream.aclose()

    async def aclose(self) -> None:
        await self.stream.aclose()

    async def __aiter__(self) -> AsyncIterator[TimestampChunk]:
        decoder = NDJSONDecoder()
        async for data in self.stream.iter_bytes():
            for chunk in self.stream._decode(decoder, data):
                yield chunk
        for chunk in self.stream._decode(decoder, None):
            yield chunk


def _by_name(endpoint: object, args: tuple[Any, ...], params: dict[str, Any]) -> dict[str, Any]:
    """The endpoint's parameters by name: path parameters may also be given positionally."""
    get_kwargs = getattr(endpoint, "_get_kwargs", None)
    if not args or get_kwargs is None:
        return params
    import inspect

    return dict(inspect.signature(get_kwargs).bind_partial(*args, **params).arguments)


def stream(
    endpoint: RequestEndpoint[P],
    client: ElevenLabs,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    chunk_size: int | None = None,
    *args: P.args,
    **params: P.kwargs,
) -> AudioStream:
    """Stream the response body of any generated endpoint (sync).

    ``params`` are the endpoint's own arguments (path parameters, ``body=``, query
    parameters), checked against the endpoint's signature by type checkers. Retries happen only
    before the first byte reaches you::

        from elevenlabs_api.api.text_to_speech import text_to_speech_stream
        from elevenlabs_api.models import TextToSpeechRequest

        with stream(text_to_speech_stream, client=client, voice_id=VOICE,
                    body=TextToSpeechRequest(text="Hello")) as audio:
            print(audio.request_id, audio.character_cost)
            audio.to_file("hello.mp3")

    Args:
        timeout: this request's timeout (each wait for data), overriding the client's.
        max_retries: this request's retry budget, overriding the client's.
        chunk_size: re-cut the body into chunks of this size; default: as received.
    """
    return AudioStream(
        endpoint,  # type: ignore[arg-type]
        client,
        _by_name(endpoint, args, params),
        timeout=timeout,
        max_retries=max_retries,
        chunk_size=chunk_size,
    )


def astream(
    endpoint: RequestEndpoint[P],
    client: AsyncElevenLabs,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    chunk_size: int | None = None,
    *args: P.args,
    **params: P.kwargs,
) -> AsyncAudioStream:
    """Async twin of ``stream``: ``async with astream(...) as audio: async for chunk in audio``."""
    return AsyncAudioStream(
        endpoint,  # type: ignore[arg-type]
        client,
        _by_name(endpoint, args, params),
        timeout=timeout,
        max_retries=max_retries,
        chunk_size=chunk_size,
    )


def stream_with_timestamps(
    endpoint: RequestEndpoint[P],
    client: ElevenLabs,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    *args: P.args,
    **params: P.kwargs,
) -> TimestampStream:
    """Iterate ``TimestampChunk``s of a newline-delimited JSON stream (sync)::

    with stream_with_timestamps(text_to_speech_stream_with_timestamps, client=client,
                                voice_id=VOICE, body=TextToSpeechRequest(text="Hi")) as chunks:
        for chunk in chunks:
            sink.write(chunk.audio)
    """
    return TimestampStream(
        AudioStream(
            endpoint,  # type: ignore[arg-type]
            client,
            _by_name(endpoint, args, params),
            timeout=timeout,
            max_retries=max_retries,
            chunk_size=None,
        )
    )


def astream_with_timestamps(
    endpoint: RequestEndpoint[P],
    client: AsyncElevenLabs,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    *args: P.args,
    **params: P.kwargs,
) -> AsyncTimestampStream:
    """Async twin of ``stream_with_timestamps``."""
    return AsyncTimestampStream(
        AsyncAudioStream(
            endpoint,  # type: ignore[arg-type]
            client,
            _by_name(endpoint, args, params),
            timeout=timeout,
            max_retries=max_retries,
            chunk_size=None,
        )
    )
