"""Stable names: endpoint modules are named by route (naming table, else one rule), and
nothing in elevenlabs_ext depends on a module's name."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
from elevenlabs_api.api.history import history_list
from elevenlabs_api.api.models import models_list

from .conftest import ROOT, Flavor, MakeClient
from .loopback import LoopbackServer, Reply

sys.path.insert(0, str(ROOT / "scripts"))
import normalize_spec
import routes


def test_parameter_names_are_erased_from_routes() -> None:
    assert routes.route("GET", "/v1/voices/{voice_id}") == routes.route("get", "/v1/voices/{id}")
    assert routes.route("get", "/v1/voices/{a}/x") != routes.route("post", "/v1/voices/{a}/x")


@pytest.mark.parametrize(
    ("method", "path", "module"),
    [
        ("get", "/v1/music/finetunes/{finetune_id}", "get_music_finetunes_by_id"),
        ("post", "/v1/convai/agents/{agent_id}/branches/{branch_id}/rebase", "post_convai_agents_branches_rebase"),
        ("get", "/v2/voices/collections", "get_v2_voices_collections"),
        ("delete", "/v1/speech-engine/{id}", "delete_speech_engine_by_id"),
    ],
)
def test_the_rule_names_a_module_by_method_and_path(method: str, path: str, module: str) -> None:
    assert routes.rule_module(method, path) == module


TABLE = {
    routes.route("get", "/v1/history"): ("history", "history_list"),
    routes.route("get", "/v1/history/{history_item_id}"): ("history", "history_get"),
    routes.route("get", "/v1/voices/{voice_id}"): ("voices", "voices_get"),
    routes.route("post", "/v1/voices/pvc"): ("pvc", "pvc_create"),
}


def test_the_rule_files_a_new_route_beside_its_closest_named_route() -> None:
    assert routes.rule_folder("/v1/history/{id}/tags", TABLE) == "history"
    assert routes.rule_folder("/v1/voices/pvc/{voice_id}/extra", TABLE) == "pvc"
    assert routes.rule_folder("/v1/voices/{voice_id}/extra", TABLE) == "voices"
    assert routes.rule_folder("/v1/speech-engine/{id}", TABLE) == "speech_engine"


def _spec(paths: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def test_upstream_operation_ids_and_tags_never_name_a_module() -> None:
    upstream = _spec(
        {
            # A known route under other parameter names, tag and operationId.
            "/v1/history/{id}": {"get": {"operationId": "get_speech_history_item", "tags": ["speech-history"]}},
            "/v1/history/{id}/tags": {"get": {"operationId": "Whatever_v1_get", "tags": ["misc"]}},
        }
    )
    document, report = normalize_spec.normalize(upstream, TABLE)
    assert report["names"] == 2
    item = document["paths"]["/v1/history/{id}"]["get"]
    assert (item["tags"], item["operationId"]) == (["history"], "history_get")
    new = document["paths"]["/v1/history/{id}/tags"]["get"]
    assert (new["tags"], new["operationId"]) == (["history"], "get_history_tags")


def test_two_routes_the_rule_cannot_tell_apart_are_an_error() -> None:
    upstream = _spec({"/v1/a/{x}/b": {"get": {}}, "/v1/a/b": {"get": {}}})
    with pytest.raises(routes.NamingError, match="get_a_b"):
        normalize_spec.normalize(upstream, TABLE)


def _renamed(endpoint: types.ModuleType) -> types.ModuleType:
    """The endpoint under another module name, as a regeneration could call it."""
    module = types.ModuleType("elevenlabs_api.api.speech_history.get_speech_history")
    module.__dict__.update({k: v for k, v in vars(endpoint).items() if not k.startswith("__")})
    return module


def _history_item(item_id: str) -> dict[str, Any]:
    return {
        "history_item_id": item_id,
        "date_unix": 1,
        "character_count_change_from": 0,
        "character_count_change_to": 5,
        "content_type": "audio/mpeg",
        "state": "created",
    }


async def test_paginate_finds_the_cursor_by_route_not_by_module_name(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(
        Reply(200, body={"history": [_history_item("a")], "has_more": True, "last_history_item_id": "a"}),
        Reply(200, body={"history": [_history_item("b")], "has_more": False, "last_history_item_id": "b"}),
    )
    client = await make_client()
    items = await flavor.collect(_renamed(history_list), client=client, page_size=1)
    assert [item.history_item_id for item in items] == ["a", "b"]
    assert [r.query.get("start_after_history_item_id") for r in server.requests] == [None, ["a"]]


async def test_paginate_rejects_an_endpoint_without_a_cursor(flavor: Flavor, make_client: MakeClient) -> None:
    client = await make_client()
    with pytest.raises(ValueError, match="GET /v1/models is not a known paginated endpoint"):
        await flavor.collect(models_list, client=client)
