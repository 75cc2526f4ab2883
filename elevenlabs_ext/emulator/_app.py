"""The emulator's ASGI application: routes, error handlers and the request middleware.

The middleware, outermost, gives every response a ``request-id`` and counts the request body
as it is read (413 past ``max_body_bytes``, without buffering it); for API paths it then
checks the key (401) and applies faults (``_faults.py``) before the Starlette app sees the
request. The control routes under ``/emulator/`` that change state need a key the API would
accept and refuse what a web page could send (foreign ``Host``, cross-site requests, bodies
that are not JSON), so a browser tab cannot reset or fault a developer's emulator.
Routes mirror ``openapi.yaml``'s paths; their handlers live in ``_routes_*.py``.
The websockets of ``sockets.yaml`` (``_websocket.py``) pass the middleware by and check the
key and faults in their own handshake.
"""

from __future__ import annotations

import uuid
from typing import Final

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._headers import REQUEST_ID
from . import _routes_account as account
from . import _routes_audio as audio
from . import _routes_dubbing as dubbing
from . import _routes_speech as speech
from ._context import EmulatorContext, context_of
from ._errors import EmulatorHTTPError, api_error, error_response
from ._faults import FAULT_HEADER, FaultySend, parse_fault, pause
from ._limits import BodyLimit, check_api_key
from ._options import EmulatorOptions
from ._routes_realtime import realtime_routes
from ._validation import parse_json
from ._websocket import websocket_routes

__all__ = ["API_ROUTES", "PATH_ALIASES", "create_app"]

API_PREFIXES: Final = ("/v1/", "/v2/")
# Paths served besides openapi.yaml's, and the spec path each one stands for: the official
# SDK (2.x) calls the voice changer under a newer name.
PATH_ALIASES: Final = {
    "/v1/voice-changer/{voice_id}": "/v1/speech-to-speech/{voice_id}",
    "/v1/voice-changer/{voice_id}/stream": "/v1/speech-to-speech/{voice_id}/stream",
}

API_ROUTES: Final[tuple[Route, ...]] = (
    Route("/v1/text-to-speech/{voice_id}", speech.tts_convert, methods=["POST"]),
    Route("/v1/text-to-speech/{voice_id}/with-timestamps", speech.tts_convert_with_timestamps, methods=["POST"]),
    Route("/v1/text-to-speech/{voice_id}/stream", speech.tts_stream, methods=["POST"]),
    Route("/v1/text-to-speech/{voice_id}/stream/with-timestamps", speech.tts_stream_with_timestamps, methods=["POST"]),
    Route("/v1/text-to-dialogue", speech.dialogue_convert, methods=["POST"]),
    Route("/v1/text-to-dialogue/stream", speech.dialogue_stream, methods=["POST"]),
    Route("/v1/speech-to-speech/{voice_id}", audio.speech_to_speech_convert_route, methods=["POST"]),
    Route("/v1/speech-to-speech/{voice_id}/stream", audio.speech_to_speech_stream_route, methods=["POST"]),
    # PATH_ALIASES of the two above.
    Route("/v1/voice-changer/{voice_id}", audio.speech_to_speech_convert_route, methods=["POST"]),
    Route("/v1/voice-changer/{voice_id}/stream", audio.speech_to_speech_stream_route, methods=["POST"]),
    Route("/v1/audio-isolation", audio.audio_isolation_convert, methods=["POST"]),
    Route("/v1/audio-isolation/stream", audio.audio_isolation_stream, methods=["POST"]),
    Route("/v1/sound-generation", audio.sound_generation, methods=["POST"]),
    Route("/v1/models", account.list_models, methods=["GET"]),
    Route("/v1/voices", account.list_voices, methods=["GET"]),
    Route("/v2/voices", account.search_voices, methods=["GET"]),
    Route("/v1/voices/settings/default", account.default_voice_settings, methods=["GET"]),
    Route("/v1/voices/{voice_id}/settings", account.get_voice_settings, methods=["GET"]),
    Route("/v1/voices/{voice_id}/settings/edit", account.edit_voice_settings, methods=["POST"]),
    Route("/v1/voices/{voice_id}", account.get_voice, methods=["GET"]),
    Route("/v1/user", account.get_user, methods=["GET"]),
    Route("/v1/user/subscription", account.get_subscription, methods=["GET"]),
    Route("/v1/history", account.history_list_items, methods=["GET"]),
    Route("/v1/history/download", account.history_download_items, methods=["POST"]),
    # One route for both methods, so a 405 names both in its Allow header.
    Route("/v1/history/{history_item_id}", account.history_item, methods=["GET", "DELETE"]),
    Route("/v1/history/{history_item_id}/audio", account.history_get_audio_item, methods=["GET"]),
    Route("/v1/usage/character-stats", account.usage_character_stats, methods=["GET"]),
    Route("/v1/dubbing", dubbing.create_dubbing, methods=["POST"]),
    Route("/v1/dubbing/{dubbing_id}", dubbing.get_dubbing, methods=["GET"]),
)


# ---------------------------------------------------------------------- emulator control
# Unauthenticated, outside the API's paths: for people running the emulator as a process.


async def _health(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


_LOOPBACK_HOSTS: Final = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
_CROSS_SITE: Final = frozenset({"cross-site", "same-site"})


def _host_name(host_header: str) -> str:
    if host_header.startswith("["):
        return host_header[: host_header.find("]") + 1] if "]" in host_header else host_header
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


def _control_problem(request: Request, server_host: str | None) -> Response | None:
    """Why a state-changing control request is refused, or None when it may go on."""
    context = context_of(request)
    problem = check_api_key(request.headers.get("xi-api-key"), context.options.api_keys)
    if problem is not None:
        return error_response(problem)
    host = _host_name(request.headers.get("host", "").strip().lower())
    allowed = _LOOPBACK_HOSTS | ({server_host.lower()} if server_host else set())
    if host not in allowed:
        # DNS rebinding: a page served from evil.example reaching 127.0.0.1 keeps its Host.
        return error_response(api_error(403, "forbidden_host", f"Host {host!r} is not this emulator."))
    origin = request.headers.get("origin")
    if request.headers.get("sec-fetch-site", "").lower() in _CROSS_SITE or (
        origin is not None and _host_name(origin.split("://", 1)[-1].lower()) not in allowed
    ):
        return error_response(api_error(403, "cross_site_request", "Cross-site requests may not control the emulator."))
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if request.method == "POST" and media_type != "application/json":
        # text/plain and form posts are "simple" requests a page may send without a preflight.
        return error_response(
            api_error(415, "unsupported_media_type", "Control requests must send Content-Type: application/json.")
        )
    return None


async def _reset(request: Request) -> Response:
    refused = _control_problem(request, request.scope.get("server", (None,))[0])
    if refused is not None:
        return refused
    context_of(request).reset()
    return JSONResponse({"status": "ok"})


async def _inject(request: Request) -> Response:
    refused = _control_problem(request, request.scope.get("server", (None,))[0])
    if refused is not None:
        return refused
    try:
        payload = parse_json(await request.body())
    except EmulatorHTTPError:
        payload = None
    if not isinstance(payload, dict) or not isinstance(payload.get("spec"), str):
        return JSONResponse({"detail": 'expected {"spec": "status=503; retry_after=1", "times": 1}'}, status_code=400)
    times = payload.get("times", 1)
    try:
        context_of(request).faults.inject(parse_fault(payload["spec"]), times if isinstance(times, int) else None)
    except ValueError as error:
        return JSONResponse({"detail": str(error)}, status_code=400)
    return JSONResponse({"status": "ok"})


async def _state(request: Request) -> Response:
    context = context_of(request)
    return JSONResponse(
        {
            "character_count": context.state.character_count,
            "character_limit": context.options.character_limit,
            "history_items": len(context.state.history()),
            "active_generations": context.limiter.active,
        }
    )


CONTROL_ROUTES: Final = (
    Route("/emulator/health", _health, methods=["GET"]),
    Route("/emulator/state", _state, methods=["GET"]),
    Route("/emulator/reset", _reset, methods=["POST"]),
    Route("/emulator/faults", _inject, methods=["POST"]),
)


# ---------------------------------------------------------------------- errors


async def _on_api_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, EmulatorHTTPError)
    return error_response(error)


async def _on_http_exception(request: Request, error: Exception) -> Response:
    # Unknown path or method: FastAPI's shape, as the real API answers.
    assert isinstance(error, HTTPException)
    return JSONResponse({"detail": error.detail}, status_code=error.status_code, headers=error.headers)


async def _on_crash(request: Request, error: Exception) -> Response:
    return error_response(api_error(500, "internal_error", f"The emulator failed: {type(error).__name__}: {error}"))


async def _drain(receive: Receive) -> None:
    # Read the request body we answer without, so the connection stays usable (up to the
    # body limit; past it the server closes the connection instead).
    while True:
        try:
            message = await receive()
        except EmulatorHTTPError:
            return
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


class _EmulatorMiddleware:
    def __init__(self, app: ASGIApp, context: EmulatorContext) -> None:
        self.app = app
        self.context = context

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {
                    **message,
                    "headers": [*message.get("headers", []), (REQUEST_ID.encode(), request_id.encode())],
                }
            await send(message)

        limit = BodyLimit(self.context.options.max_body_bytes, receive)
        declared = limit.declared_problem(Headers(scope=scope).get("content-length"))
        if declared is not None:
            # Refused before a byte of the body is read; the server closes the connection.
            await error_response(declared)(scope, receive, send_with_id)
            return
        receive = limit.receive

        if not scope["path"].startswith(API_PREFIXES):
            await self.app(scope, receive, send_with_id)
            return
        headers = Headers(scope=scope)
        problem = check_api_key(headers.get("xi-api-key"), self.context.options.api_keys)
        fault = None
        if problem is None:
            try:
                fault = self.context.faults.resolve(
                    headers.get(FAULT_HEADER), scope["path"], self.context.global_faults
                )
            except ValueError as error:
                problem = api_error(400, "invalid_fault", str(error))
        if problem is not None:
            await _drain(receive)
            await error_response(problem)(scope, receive, send_with_id)
            return
        if fault is None:
            await self.app(scope, receive, send_with_id)
            return
        if fault.status is not None:
            await _drain(receive)
            await pause(fault.delay, self._closing)
            injected = api_error(
                fault.status, "injected_fault", f"Injected fault ({fault.source})", fault.retry_headers()
            )
            await error_response(injected)(scope, receive, send_with_id)
            return
        await self.app(scope, receive, FaultySend(send_with_id, fault, self._closing))

    def _closing(self) -> bool:
        return self.context.closing


def create_app(options: EmulatorOptions | None = None, *, context: EmulatorContext | None = None) -> ASGIApp:
    """The emulator as an ASGI app (serve it with uvicorn, or use ``Emulator``)."""
    context = context or EmulatorContext(options)
    routes: list[BaseRoute] = [*API_ROUTES, *realtime_routes(), *websocket_routes(context), *CONTROL_ROUTES]
    app = Starlette(
        routes=routes,
        exception_handlers={EmulatorHTTPError: _on_api_error, HTTPException: _on_http_exception, Exception: _on_crash},
    )
    app.state.context = context
    return _EmulatorMiddleware(app, context)
