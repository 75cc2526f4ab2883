"""What the emulator checks before it accepts a text-to-speech socket, and how it refuses one.

Checked in the order HTTP checks a request, each refusal an HTTP answer in the API's JSON
shape (the client raises it as its status error, e.g. ``AuthenticationError``): the key (401;
``--keys`` honoured), ``x-emulator-fault`` (400 for a bad spec; its ``delay`` and
``status``), ``x-emulator-pacing`` (400), the query (422, an ``output_format`` the emulator
cannot make included), the voice (404), ``model_id``/``language_code`` (400), and a
concurrency slot, held while the socket is open (429 with ``Retry-After``).

The key is taken as the service takes it: the ``xi-api-key`` header, else a token in the
``authorization`` query parameter; with neither, the socket is accepted and its first message
must carry one (``xi_api_key``, ``xi-api-key`` or ``authorization``), checked when it arrives.
"""

from __future__ import annotations

from typing import Final

import attrs
from elevenlabs_api.models import ValidationError, WsTextToSpeechQuery
from starlette.websockets import WebSocket

from .._websockets._schema import SchemaError, load_schemas
from ._catalog import EmulatedModel, EmulatedVoice, espeak_language
from ._context import EmulatorContext
from ._delivery import PACING_HEADER, parse_pacing
from ._encoding import AudioFormat
from ._errors import EmulatorHTTPError, api_error, error_response, validation_failed
from ._faults import FAULT_HEADER, DropConnectionError, FaultSpec, pause
from ._limits import check_api_key
from ._options import Pacing
from ._routes_speech import _model, _output_format, _voice
from ._validation import parse_query_fields

__all__ = ["POLICY_VIOLATION", "SocketSetup", "bearer", "handshake", "refuse"]

DEFAULT_MODEL: Final = "eleven_multilingual_v2"  # as for HTTP text to speech
DEFAULT_INACTIVITY_TIMEOUT: Final = 20  # seconds, as sockets.yaml says
POLICY_VIOLATION: Final = 1008
_DENIAL_EXTENSION: Final = "websocket.http.response"


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


@attrs.frozen
class SocketSetup:
    """What the handshake settled for the whole connection."""

    voice: EmulatedVoice
    model: EmulatedModel
    fmt: AudioFormat
    language: str | None  # eSpeak's language; None keeps the voice's own
    inactivity_timeout: float
    sync_alignment: bool
    auto_mode: bool
    log: bool
    pacing: Pacing
    fault: FaultSpec | None
    # No key in the header or the query: the first message must carry one (AUTH_KEYS).
    key_in_first_message: bool = False


def _query(websocket: WebSocket) -> WsTextToSpeechQuery:
    values = parse_query_fields(websocket.query_params, WsTextToSpeechQuery)
    try:
        load_schemas().check("WsTextToSpeechQuery", values)  # ranges: inactivity_timeout, seed
    except SchemaError as error:
        problem = ValidationError(loc=["query", *error.path], msg=error.problem, type_="value_error")
        raise validation_failed([problem]) from None
    query: WsTextToSpeechQuery = WsTextToSpeechQuery.from_dict(values)
    return query


async def handshake(websocket: WebSocket, context: EmulatorContext) -> SocketSetup:
    """Everything that can refuse the socket, in HTTP's order; takes a concurrency slot last."""
    options = context.options
    headers = websocket.headers
    # The three ways a client authenticates, as the service takes them: the header, a token in
    # the query, or (neither given) the first message, checked when it arrives.
    given = headers.get("xi-api-key")
    if given is None:
        given = bearer(websocket.query_params.get("authorization"))
    if given is not None:
        problem = check_api_key(given, options.api_keys)
        if problem is not None:
            raise problem
    try:
        fault = context.faults.resolve(headers.get(FAULT_HEADER), websocket.scope["path"], context.global_faults)
    except ValueError as error:
        raise api_error(400, "invalid_fault", str(error)) from None
    if fault is not None and fault.delay:
        await pause(fault.delay, lambda: context.closing)
    if fault is not None and fault.status is not None:
        raise api_error(fault.status, "injected_fault", f"Injected fault ({fault.source})", fault.retry_headers())
    try:
        pacing = parse_pacing(headers.get(PACING_HEADER), options.pacing)
    except ValueError as error:
        raise api_error(400, "invalid_pacing", str(error)) from None
    query = _query(websocket)
    fmt = _output_format(_optional_str(query.output_format))
    voice = _voice(websocket.path_params["voice_id"])
    language_code = _optional_str(query.language_code)
    model = _model(query.model_id, DEFAULT_MODEL, language_code)
    context.limiter.acquire(options.concurrency, options.retry_after)
    return SocketSetup(
        voice=voice,
        model=model,
        fmt=fmt,
        language=espeak_language(language_code, voice),
        inactivity_timeout=float(
            query.inactivity_timeout if isinstance(query.inactivity_timeout, int) else DEFAULT_INACTIVITY_TIMEOUT
        ),
        sync_alignment=query.sync_alignment is True,
        auto_mode=query.auto_mode is True,
        log=query.enable_logging is not False,
        pacing=pacing,
        fault=fault,
        key_in_first_message=given is None,
    )


def bearer(value: str | None) -> str | None:
    if value is None:
        return None
    return value[len("Bearer ") :] if value.startswith("Bearer ") else value


class _Refused(DropConnectionError):
    """Raised out of the app after a denial response, which has already closed the connection.

    uvicorn's websockets-sansio protocol does not count a denial as a completed handshake and
    logs an error when the app just returns (https://github.com/Kludex/uvicorn/pull/3138).
    An exception it logs instead, and ``_server``'s log filter drops it like any
    ``DropConnectionError``.
    """


async def refuse(websocket: WebSocket, error: EmulatorHTTPError, request_id: str) -> None:
    response = error_response(error)
    response.headers["request-id"] = request_id
    if _DENIAL_EXTENSION not in websocket.scope.get("extensions", {}):
        await websocket.close(POLICY_VIOLATION)  # without the denial extension: a bare 403
        return
    await websocket.send_denial_response(response)
    raise _Refused(f"socket refused with {error.status_code}")
