"""The routes of speech to text and agent conversations: HTTP and websockets (``create_app`` adds them).

Agents: ``POST /v1/convai/agents/create`` and ``GET /v1/convai/agents`` (one page, newest
first); ``GET /v1/convai/conversation/get-signed-url`` (and its older ``get_signed_url``
spelling) answers with a ``ws://`` URL of this emulator carrying a single-use
``conversation_signature``; ``GET /v1/convai/conversation/token`` issues a conversation token.
``POST /v1/single-use-token/realtime_scribe`` issues a token for the realtime STT socket.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ._context import context_of
from ._conversation import conversation_route
from ._errors import api_error, validation_failed
from ._realtime_state import realtime_state
from ._realtime_stt import TOKEN_KIND, realtime_stt_route
from ._routes_transcription import speech_to_text

__all__ = ["realtime_routes"]

_TOKEN_KINDS = (TOKEN_KIND,)


def _agent_id(request: Request) -> str:
    agent_id = request.query_params.get("agent_id")
    if not agent_id:
        from elevenlabs_api.models import ValidationError

        raise validation_failed([ValidationError(loc=["query", "agent_id"], msg="Field required", type_="missing")])
    return agent_id


async def single_use_token(request: Request) -> Response:
    """A token that opens one socket, for 15 minutes."""
    kind = request.path_params["token_type"]
    if kind not in _TOKEN_KINDS:
        raise api_error(422, "invalid_token_type", f"token_type must be one of {', '.join(_TOKEN_KINDS)}")
    return JSONResponse({"token": realtime_state(context_of(request)).issue(kind)})


async def create_agent(request: Request) -> Response:
    try:
        body = json.loads(await request.body())
    except (ValueError, RecursionError):
        raise api_error(400, "invalid_json", "The request body is not JSON.") from None
    if not isinstance(body, dict) or not isinstance(body.get("conversation_config"), dict):
        from elevenlabs_api.models import ValidationError

        problem = ValidationError(loc=["body", "conversation_config"], msg="Field required", type_="missing")
        raise validation_failed([problem])
    agent = realtime_state(context_of(request)).agents.create_from_config(body)
    return JSONResponse({"agent_id": agent.agent_id})


async def list_agents(request: Request) -> Response:
    from elevenlabs_api.models import ValidationError

    size = request.query_params.get("page_size", "30")
    if not size.isdigit() or not 1 <= int(size) <= 100:
        problem = ValidationError(loc=["query", "page_size"], msg="Input should be 1 to 100", type_="value_error")
        raise validation_failed([problem])
    agents = realtime_state(context_of(request)).agents.listed()
    search = request.query_params.get("search")
    if search:
        agents = [agent for agent in agents if search.lower() in agent.name.lower()]
    start = int(request.query_params.get("cursor") or 0) if (request.query_params.get("cursor") or "0").isdigit() else 0
    page = agents[start : start + int(size)]
    more = start + int(size) < len(agents)
    return JSONResponse(
        {
            "agents": [agent.summary() for agent in page],
            "has_more": more,
            "next_cursor": str(start + int(size)) if more else None,
        }
    )


async def signed_url(request: Request) -> Response:
    agent_id = _agent_id(request)
    signature = realtime_state(context_of(request)).issue(f"conversation:{agent_id}")
    base = str(request.base_url).rstrip("/").replace("http://", "ws://", 1).replace("https://", "wss://", 1)
    query = urlencode({"agent_id": agent_id, "conversation_signature": signature})
    return JSONResponse({"signed_url": f"{base}/v1/convai/conversation?{query}"})


async def conversation_token(request: Request) -> Response:
    agent_id = _agent_id(request)
    return JSONResponse({"token": realtime_state(context_of(request)).issue(f"conversation:{agent_id}")})


def realtime_routes() -> list[BaseRoute]:
    return [
        Route("/v1/speech-to-text", speech_to_text, methods=["POST"]),
        Route("/v1/single-use-token/{token_type}", single_use_token, methods=["POST"]),
        Route("/v1/convai/agents/create", create_agent, methods=["POST"]),
        Route("/v1/convai/agents", list_agents, methods=["GET"]),
        Route("/v1/convai/conversation/get-signed-url", signed_url, methods=["GET"]),
        Route("/v1/convai/conversation/get_signed_url", signed_url, methods=["GET"]),
        Route("/v1/convai/conversation/token", conversation_token, methods=["GET"]),
        realtime_stt_route(),
        conversation_route(),
    ]
