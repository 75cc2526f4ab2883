"""The routes of speech to text and agent conversations: HTTP and websockets (``create_app`` adds them)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ._context import context_of
from ._errors import api_error
from ._realtime_state import realtime_state
from ._realtime_stt import TOKEN_KIND, realtime_stt_route
from ._routes_transcription import speech_to_text

__all__ = ["realtime_routes"]

_TOKEN_KINDS = (TOKEN_KIND,)


async def single_use_token(request: Request) -> Response:
    """``POST /v1/single-use-token/{token_type}``: a token that opens one socket, for 15 minutes."""
    kind = request.path_params["token_type"]
    if kind not in _TOKEN_KINDS:
        raise api_error(422, "invalid_token_type", f"token_type must be one of {', '.join(_TOKEN_KINDS)}")
    return JSONResponse({"token": realtime_state(context_of(request)).issue(kind)})


def realtime_routes() -> list[BaseRoute]:
    return [
        Route("/v1/speech-to-text", speech_to_text, methods=["POST"]),
        Route("/v1/single-use-token/{token_type}", single_use_token, methods=["POST"]),
        realtime_stt_route(),
    ]
