"""scripts/sync_spec.py: facts from a newer reference, names and words from us."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT, UPSTREAM_OPENAPI

sys.path.insert(0, str(ROOT / "scripts"))
import spec_coverage
import sync_spec

UPSTREAM_2026 = UPSTREAM_OPENAPI.parent / "2026-08" / "elevenlabs-openapi.json"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {"content": {"application/json": {"schema": schema}}}
    if description is not None:
        response["description"] = description
    return response


OURS: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "ours", "version": "1"},
    "servers": [{"url": "https://api.example"}],
    "security": [{"ApiKeyAuth": []}],
    "tags": [{"name": "things", "description": "Our things."}, {"name": "gone", "description": "Old."}],
    "paths": {
        "/v1/things/{thing}": {
            "get": {
                "operationId": "things_get",
                "tags": ["things"],
                "summary": "Get one thing.",
                "description": "Our longer words.",
                "parameters": [
                    {
                        "name": "thing",
                        "in": "path",
                        "required": True,
                        "description": "Which.",
                        "schema": {"type": "string"},
                    },
                    {"name": "old", "in": "query", "description": "Gone now.", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": _json(_ref("Thing"), "The thing."),
                    "401": _json(_ref("Thing"), "Bad key (declared on purpose)."),
                    "422": _json(_ref("Thing"), "Invalid."),
                },
            }
        },
        "/v1/gone": {
            "delete": {"operationId": "gone_delete", "tags": ["gone"], "responses": {"204": {"description": "x"}}}
        },
    },
    "components": {
        "securitySchemes": {"ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "xi-api-key"}},
        "schemas": {
            "Thing": {
                "type": "object",
                "description": "A thing, in our words.",
                "properties": {
                    "id": {"type": "string", "description": "Its id."},
                    "size": {"type": "integer", "description": "Dropped upstream."},
                    "part": _ref("Part"),
                },
            },
            "Part": {"type": "object", "properties": {"n": {"type": "integer", "description": "Our n."}}},
        },
    },
}

REFERENCE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "theirs", "version": "2", "description": "Their prose."},
    "paths": {
        "/v1/things/{thing_id}": {
            "get": {
                "operationId": "get_thing_route",
                "tags": ["Things"],
                "summary": "Their summary",
                "description": "Their description.",
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string", "title": "T"}},
                    {"name": "xi-api-key", "in": "header", "required": False, "schema": {"type": "string"}},
                    {
                        "name": "mode",
                        "in": "query",
                        "description": "Their mode words.",
                        "schema": {"type": "string", "enum": ["a", "b"], "default": "a"},
                    },
                ],
                "responses": {
                    "200": _json(_ref("ThingResponseModel"), "Successful Response"),
                    "422": _json(_ref("HTTPValidationError"), "Validation Error"),
                },
            }
        },
        "/v1/widgets/{widget_id}/parts": {
            "post": {
                "operationId": "whatever",
                "summary": "Their words",
                "deprecated": True,
                "x-fern-streaming": True,
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("Body_Make_v1-Input")}},
                },
                "responses": {"200": _json(_ref("Body_Make_v1-Output"), "Stream")},
            }
        },
    },
    "components": {
        "schemas": {
            "ThingResponseModel": {
                "type": "object",
                "title": "Thing title",
                "description": "Their thing.",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "description": "Their id words."},
                    "part": {"anyOf": [_ref("PartModel"), {"type": "null"}]},
                    "fresh": {"type": "boolean", "examples": [True], "x-fern-ignore": True},
                },
            },
            "PartModel": {"type": "object", "properties": {"n": {"type": "number"}}},
            "HTTPValidationError": {"type": "object", "properties": {"detail": {"type": "string"}}},
            "Body_Make_v1-Input": {"type": "object", "properties": {"x": {"type": "string"}}},
            "Body_Make_v1-Output": {"type": "object", "properties": {"x": {"type": "string"}}},
            "Unused": {"type": "string"},
        }
    },
}

SUMMARIES = {"POST /v1/widgets/{widget_id}/parts": "Make parts of a widget.", "tag widgets": "Widgets."}


@pytest.fixture(scope="module")
def synced() -> tuple[dict[str, Any], sync_spec.SyncReport]:
    return sync_spec.sync(OURS, REFERENCE, SUMMARIES)


def _strings(node: Any, key: str) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key and isinstance(v, str):
                found.append(v)
            found += _strings(v, key)
    elif isinstance(node, list):
        for v in node:
            found += _strings(v, key)
    return found


def test_keeps_our_names_and_words_on_shared_routes(synced: tuple[dict[str, Any], Any]) -> None:
    doc, report = synced
    op = doc["paths"]["/v1/things/{thing_id}"]["get"]
    assert (op["operationId"], op["tags"], op["summary"], op["description"]) == (
        "things_get",
        ["things"],
        "Get one thing.",
        "Our longer words.",
    )
    params = {p["name"]: p for p in op["parameters"]}
    assert set(params) == {"thing_id", "mode"}  # reference facts; the auth header is our scheme
    assert "description" not in params["thing_id"]  # renamed upstream: our words don't match by name
    assert "description" not in params["mode"] and params["mode"]["schema"] == {
        "type": "string",
        "enum": ["a", "b"],
        "default": "a",
    }
    assert op["responses"]["200"]["description"] == "The thing."
    assert report.kept == ["GET /v1/things/{thing_id}"]


def test_schema_names_map_onto_ours_and_keep_property_words(synced: tuple[dict[str, Any], Any]) -> None:
    doc, _ = synced
    schemas = doc["components"]["schemas"]
    assert doc["paths"]["/v1/things/{thing_id}"]["get"]["responses"]["200"]["content"]["application/json"] == {
        "schema": _ref("Thing")
    }
    thing = schemas["Thing"]
    assert thing["description"] == "A thing, in our words."
    assert thing["required"] == ["id"]
    assert set(thing["properties"]) == {"id", "part", "fresh"}  # `size` is gone, `fresh` is new
    assert thing["properties"]["id"] == {"description": "Its id.", "type": "string"}
    assert thing["properties"]["fresh"] == {"type": "boolean"}
    assert thing["properties"]["part"] == {"anyOf": [_ref("Part"), {"type": "null"}]}  # nullable, our name
    assert schemas["Part"]["properties"]["n"] == {"description": "Our n.", "type": "number"}


def test_new_schemas_get_clean_unique_names_and_unused_ones_are_dropped(synced: tuple[dict[str, Any], Any]) -> None:
    doc, _ = synced
    names = set(doc["components"]["schemas"])
    assert {"BodyMakeV1Input", "BodyMakeV1Output", "HTTPValidationError"} <= names
    assert "Unused" not in names and "ThingResponseModel" not in names
    assert sync_spec.clean_name("ASTNode-Input") == "ASTNodeInput"
    assert sync_spec.clean_name("body_x__y") == "BodyXY"
    assert sync_spec.clean_name("3d") == "Schema3d"


def test_new_routes_are_named_by_the_rule_and_summarised_in_our_words(synced: tuple[dict[str, Any], Any]) -> None:
    doc, report = synced
    op = doc["paths"]["/v1/widgets/{widget_id}/parts"]["post"]
    assert op["operationId"] == "post_widgets_parts"
    assert op["tags"] == ["widgets"]
    assert op["summary"] == "Make parts of a widget."
    assert op["deprecated"] is True
    # A stream the reference calls application/json: our NDJSON convention.
    assert set(op["responses"]["200"]["content"]) == {"application/x-ndjson"}
    assert op["responses"]["200"]["description"] == "Success."
    assert {"name": "widgets", "description": "Widgets."} in doc["tags"]
    assert report.added == ["POST /v1/widgets/{widget_id}/parts"] and not report.no_summary


def test_removed_routes_go_and_declared_error_statuses_stay(synced: tuple[dict[str, Any], Any]) -> None:
    doc, report = synced
    assert "/v1/gone" not in doc["paths"]
    assert report.removed == ["DELETE /v1/gone"]
    assert "gone" not in {t["name"] for t in doc["tags"]}
    responses = doc["paths"]["/v1/things/{thing_id}"]["get"]["responses"]
    assert set(responses) == {"200", "401", "422"}
    assert responses["401"]["description"] == "Bad key (declared on purpose)."
    assert doc["servers"] == OURS["servers"] and doc["info"] == OURS["info"]
    assert doc["components"]["securitySchemes"] == OURS["components"]["securitySchemes"]


def test_no_reference_prose_is_copied(synced: tuple[dict[str, Any], Any]) -> None:
    doc, _ = synced
    text = json.dumps(doc)
    for words in ("Their", "Thing title", "Successful Response", "Validation Error", "x-fern", "examples"):
        assert words not in text


def test_a_missing_summary_is_reported_and_fails_the_write(tmp_path: Path) -> None:
    _, report = sync_spec.sync(OURS, REFERENCE, {})
    assert report.no_summary == ["POST /v1/widgets/{widget_id}/parts"]
    spec, ref = tmp_path / "ours.yaml", tmp_path / "ref.json"
    spec.write_text(yaml.safe_dump(OURS), encoding="utf-8")
    ref.write_text(json.dumps(REFERENCE), encoding="utf-8")
    out = tmp_path / "out.yaml"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "sync_spec.py"),
            "--reference",
            str(ref),
            "--spec",
            str(spec),
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and "no summary given for new operation: POST /v1/widgets" in done.stdout


def test_dump_round_trips(synced: tuple[dict[str, Any], Any]) -> None:
    doc, _ = synced
    assert yaml.safe_load(sync_spec.dump_yaml(doc)) == doc


def _schema_doc(ours_schema: dict[str, Any], ref_schema: dict[str, Any], **schemas: Any) -> tuple[Any, Any]:
    """One GET route in both documents; ``schemas`` are extra reference components."""

    def doc(schema: dict[str, Any], components: dict[str, Any], op_id: str) -> dict[str, Any]:
        return {
            "openapi": "3.1.0",
            "paths": {"/v1/x": {"get": {"operationId": op_id, "tags": ["x"], "responses": {"200": _json(schema)}}}},
            "components": {"schemas": components},
        }

    return doc(_ref("Ours"), {"Ours": ours_schema, "Mode": {"type": "string", "enum": ["a"]}}, "x_get"), doc(
        ref_schema, schemas, "whatever"
    )


def test_identical_upstream_copies_of_one_of_our_schemas_stay_one() -> None:
    item = {"type": "object", "properties": {"n": {"type": "integer"}}}
    ours, ref = _schema_doc(
        {"type": "object", "properties": {"a": _ref("Mode"), "b": _ref("Mode")}},
        {"type": "object", "properties": {"a": _ref("ModeA"), "b": _ref("ModeB")}},
        ModeA={"type": "string", "enum": ["a", "b"], "title": "A"},
        ModeB={"type": "string", "enum": ["a", "b"], "title": "B"},
    )
    ours["components"]["schemas"]["Item"] = item
    doc, _ = sync_spec.sync(ours, ref)
    props = doc["components"]["schemas"]["Ours"]["properties"]
    assert props == {"a": _ref("Mode"), "b": _ref("Mode")}
    assert doc["components"]["schemas"]["Mode"] == {"type": "string", "enum": ["a", "b"]}


def test_a_schema_upstream_now_writes_inline_keeps_our_name() -> None:
    ours, ref = _schema_doc(
        {"type": "object", "properties": {"mode": _ref("Mode")}},
        {"type": "object", "properties": {"mode": {"type": "string", "enum": ["a", "c"]}}},
    )
    doc, _ = sync_spec.sync(ours, ref)
    schemas = doc["components"]["schemas"]
    assert schemas["Ours"]["properties"]["mode"] == _ref("Mode")
    assert schemas["Mode"] == {"type": "string", "enum": ["a", "c"]}


def test_union_members_are_matched_by_tag_when_upstream_adds_members() -> None:
    def member(kind: str, extra: str) -> dict[str, Any]:
        return {"type": "object", "properties": {"type": {"const": kind}, extra: {"type": "string"}}}

    ours, ref = _schema_doc({"oneOf": [_ref("Cat"), _ref("Dog")]}, {"oneOf": [_ref("D"), _ref("B"), _ref("C")]})
    ours["components"]["schemas"].update(Cat=member("cat", "purr"), Dog=member("dog", "bark"))
    ref["components"]["schemas"].update(C=member("cat", "purr"), D=member("dog", "bark"), B=member("bird", "tweet"))
    doc, _ = sync_spec.sync(ours, ref)
    # The union itself is inline upstream: it keeps our name too.
    assert doc["components"]["schemas"]["Ours"] == {"oneOf": [_ref("Dog"), _ref("B"), _ref("Cat")]}


def test_our_examples_stay_only_while_they_fit_the_facts() -> None:
    ours, ref = _schema_doc(
        {
            "type": "object",
            "properties": {"a": {"type": "string", "example": "x"}, "b": {"type": "integer", "example": 1}},
        },
        {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}},
    )
    ours["paths"]["/v1/x"]["get"]["responses"]["200"]["content"]["application/json"]["example"] = {"a": "x"}
    ref["components"]["schemas"] = {}
    doc, _ = sync_spec.sync(ours, ref)
    media = doc["paths"]["/v1/x"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["example"] == {"a": "x"}
    assert doc["components"]["schemas"]["Ours"]["properties"] == {
        "a": {"type": "string", "example": "x"},
        "b": {"type": "string"},  # 1 is no string any more: that example went
    }


def test_openapi_yaml_is_a_fixed_point_of_the_2026_reference() -> None:
    """Syncing our spec again changes nothing: it already holds the reference's facts."""
    if not UPSTREAM_2026.exists():
        pytest.skip("the 2026 reference spec is not beside the repository")
    ours = yaml.load((ROOT / "openapi.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    reference = json.loads(UPSTREAM_2026.read_text(encoding="utf-8"))
    again, report = sync_spec.sync(ours, reference)
    assert not report.added and not report.removed
    assert again == ours
    covered, total, _, mismatches = spec_coverage.compare(reference, ours)
    assert (covered, total, [str(m) for m in mismatches]) == (387, 387, [])
