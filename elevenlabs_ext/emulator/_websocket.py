"""Hook for the ``stream-input`` and ``multi-stream-input`` websockets (built separately).

``create_app`` adds whatever ``websocket_routes`` returns to the app's routes, after the
HTTP routes. The websocket protocol layer plugs in here by returning its
``starlette.routing.WebSocketRoute``s for::

    /v1/text-to-speech/{voice_id}/stream-input
    /v1/text-to-speech/{voice_id}/multi-stream-input

What a websocket handler can reuse (all reachable from ``context_of(websocket)``):

* ``_limits.check_api_key(websocket.headers.get("xi-api-key") or query ``xi_api_key``,
  context.options.api_keys)``: the HTTP middleware does not see websocket scopes, so
  websocket routes check the key themselves;
* ``_catalog.VOICES_BY_ID`` / ``MODELS_BY_ID`` and ``_encoding.parse_output_format``;
* ``_synthesis.synthesize`` (blocking: run it with ``anyio.to_thread.run_sync``) and
  ``_synthesis.render``, whose ``SpeechChunk``s carry audio plus per-character timings
  (the ``alignment`` of a websocket message);
* ``context.state.charge(...)``, ``context.limiter`` and ``context.faults``;
* ``_delivery.parse_pacing`` for real-time pacing.
"""

from __future__ import annotations

from starlette.routing import BaseRoute

from ._context import EmulatorContext

__all__ = ["websocket_routes"]


def websocket_routes(context: EmulatorContext) -> list[BaseRoute]:
    """The websocket routes of the emulator; none until the protocol layer lands."""
    return []
