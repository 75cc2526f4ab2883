"""scripts/spec_diff.py: a newer spec against ours, as a checklist."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from .conftest import ROOT, UPSTREAM_OPENAPI

sys.path.insert(0, str(ROOT / "scripts"))
import spec_diff

UPSTREAM_2026 = UPSTREAM_OPENAPI.parent / "2026-08" / "elevenlabs-openapi.json"


def _document(paths: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _get(operation_id: str, schema: str, **extra: Any) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "tags": ["things"],
        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}},
        **extra,
    }


OURS = _document(
    {
        "/v1/things/{thing_id}": {"get": _get("things_get", "Thing")},
        "/v1/things": {"get": _get("things_list", "Thing")},
        "/v1/gone": {"delete": _get("gone_delete", "Thing")},
    },
    {
        "Thing": {
            "type": "object",
            "required": ["id", "status"],
            "properties": {
                "id": {"type": "string"},
                "status": {"type": "string", "enum": ["queued", "done", "failed"]},
                "size": {"type": "integer"},
                "shape": {"oneOf": [{"$ref": "#/components/schemas/Round"}, {"$ref": "#/components/schemas/Square"}]},
            },
        },
        "Round": {"type": "object", "properties": {"kind": {"const": "round"}}},
        "Square": {"type": "object", "properties": {"kind": {"const": "square"}}},
    },
)

NEWER = _document(
    {
        # Same route under another parameter name.
        "/v1/things/{id}": {
            "get": {
                **_get("get_thing_v1", "Thing"),
                "parameters": [{"in": "query", "name": "expand", "schema": {"type": "boolean"}}],
            }
        },
        "/v1/things": {"get": _get("list_things_v1", "Thing", deprecated=True)},
        "/v1/things/{id}/parts": {"get": _get("get_parts", "Thing")},
    },
    {
        "Thing": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "status": {"type": "string", "enum": ["queued", "done", "cancelled"]},
                "size": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                "shape": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/Round"},
                        {"$ref": "#/components/schemas/Square"},
                        {"$ref": "#/components/schemas/Star"},
                    ]
                },
                "colour": {"type": "string"},
            },
        },
        "Round": {"type": "object", "properties": {"kind": {"const": "round"}}},
        "Square": {"type": "object", "properties": {"kind": {"const": "square"}}},
        "Star": {"type": "object", "properties": {"kind": {"const": "star"}}},
    },
)


def test_operations_added_removed_and_deprecated() -> None:
    checklist = spec_diff.diff(OURS, NEWER)
    assert checklist.added == ["GET /v1/things/{id}/parts  -> things.get_things_parts"]
    assert checklist.removed == ["DELETE /v1/gone  (gone_delete)"]
    assert checklist.deprecated == ["GET /v1/things  (things_list)"]


def test_schema_and_parameter_changes_of_a_shared_operation_breaking_first() -> None:
    checklist = spec_diff.diff(OURS, NEWER)
    lines = checklist.changed["GET /v1/things/{thing_id}  (things_get)"]
    assert lines == [
        "response 200 application/json.status: enum values removed: 'failed'",
        "response 200 application/json.size: now nullable",
        "response 200 application/json: made optional: status",
        "response 200 application/json.shape: new union members: 1",
        "parameter query:expand: new parameter expand",
        "response 200 application/json: new fields: colour",
        "response 200 application/json.status: enum values added: 'cancelled'",
    ]
    rendered = spec_diff.render(checklist, "ours.yaml", "newer.json")
    assert "## Operations added (1)\n- [ ] GET /v1/things/{id}/parts" in rendered
    assert "- [ ] response 200 application/json.size: now nullable" in rendered


def test_a_spec_against_itself_has_nothing_to_do() -> None:
    checklist = spec_diff.diff(OURS, OURS)
    assert (checklist.added, checklist.removed, checklist.deprecated, checklist.changed) == ([], [], [], {})


def _spec_diff(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_diff.py"), *args], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.mark.skipif(not UPSTREAM_2026.exists(), reason="the 2026 reference spec is not beside the repository")
def test_the_2026_reference_as_a_checklist() -> None:
    spec = json.loads(UPSTREAM_2026.read_text())
    total = sum(
        1 for item in spec["paths"].values() for method in item if method in ("get", "post", "put", "patch", "delete")
    )
    assert total == 387
    # openapi.yaml has caught up with it: nothing left to do.
    assert _spec_diff("--newer", str(UPSTREAM_2026)).endswith(
        "## Operations added (0)\n\n## Operations removed (0)\n\n## Operations newly deprecated (0)\n\n"
        "## Changes to operations we have (0 operations, 0 changes)\n"
    )
    if not UPSTREAM_OPENAPI.exists():
        return
    # What catching up from the 2025 reference took.
    out = _spec_diff("--newer", str(UPSTREAM_2026), "--spec", str(UPSTREAM_OPENAPI))
    assert "## Operations added (183)" in out
    assert "## Operations removed (4)" in out
    assert "- [ ] DELETE /v1/workspace/members  (delete_workspace_member)" in out
    assert "- [ ] GET /v1/music/finetunes/{finetune_id}  -> music-generation.get_music_finetunes_by_id" in out
    # Enum values removed from requests we built (issue 12 lists them).
    assert "quality_preset: enum values removed" in out
    assert "now nullable" in out and "made optional" in out and "new union members" in out
