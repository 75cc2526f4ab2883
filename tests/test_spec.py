"""openapi.yaml against the reference, and the normaliser's steps."""

from __future__ import annotations

import copy
import json
import sys
from typing import Any

import pytest
import yaml

from .conftest import ROOT, UPSTREAM_OPENAPI

sys.path.insert(0, str(ROOT / "scripts"))
import normalize_spec
import spec_coverage

UPSTREAM_2026 = UPSTREAM_OPENAPI.parent / "2026-08" / "elevenlabs-openapi.json"
# Routes of the 2025 reference that the API has since dropped (so has openapi.yaml).
REMOVED_SINCE_2025 = [
    "GET /v1/voice-generation/generate-voice/parameters",
    "POST /v1/voice-generation/generate-voice",
    "POST /v1/voice-generation/create-voice",
    "DELETE /v1/workspace/members",
]


@pytest.fixture(scope="module")
def ours() -> dict[str, Any]:
    return spec_coverage.load_document([ROOT / "openapi.yaml"])


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    """The reference openapi.yaml follows: the public spec of August 2026."""
    if not UPSTREAM_2026.exists():
        pytest.skip("the 2026 reference spec is not beside the repository")
    return spec_coverage.load_document([UPSTREAM_2026])


def test_spec_matches_reference_for_every_operation(ours: dict[str, Any], reference: dict[str, Any]) -> None:
    covered, total, uncovered, mismatches = spec_coverage.compare(reference, ours)
    assert (covered, total, uncovered) == (387, 387, [])
    assert [str(m) for m in mismatches] == []


def test_the_2025_reference_shows_what_changed_since(ours: dict[str, Any]) -> None:
    """Against the older reference: the dropped routes, and the known changes among them."""
    if not UPSTREAM_OPENAPI.exists():
        pytest.skip("the 2025 reference spec is not beside the repository")
    old = spec_coverage.load_document([UPSTREAM_OPENAPI])
    covered, total, uncovered, mismatches = spec_coverage.compare(old, ours)
    assert (covered, total, uncovered) == (204, 208, REMOVED_SINCE_2025)
    found = [str(m) for m in mismatches]
    # Issue 12's examples: an enum value gone (quality_preset "highest") is a mismatch; a provider
    # added (exotel) only extends the old enum, which the old reference's clients tolerate.
    assert any("studio_projects_get" in m and ".quality_preset: enum: reference ['high', 'highest'" in m for m in found)
    assert not any("ours ['exotel', 'sip_trunk', 'twilio']" in m for m in found), found[:20]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["components"]["schemas"]["TextToSpeechRequest"]["required"].clear(), "required"),
        (lambda d: d["components"]["schemas"]["OutputFormat"]["enum"].pop(), "enum"),
        (lambda d: d["components"]["schemas"]["Voice"]["properties"].pop("name"), "properties missing"),
        (lambda d: d["paths"]["/v1/history"]["get"]["parameters"].pop(0), "missing"),
        (
            lambda d: d["paths"]["/v1/text-to-speech/{voice_id}"]["post"]["responses"]["200"]["content"].update(
                {"video/mp4": {"schema": {"type": "string"}}}
            ),
            "content types",
        ),
        (
            lambda d: d["components"]["schemas"]["VoiceSettings"]["properties"]["speed"].update(
                anyOf=[{"type": "integer"}]
            ),
            "type",
        ),
    ],
)
def test_coverage_script_reports_each_kind_of_difference(
    ours: dict[str, Any], reference: dict[str, Any], mutate: Any, expected: str
) -> None:
    changed = copy.deepcopy(ours)
    mutate(changed)
    _, _, _, mismatches = spec_coverage.compare(reference, changed)
    assert any(expected in str(m) for m in mismatches), [str(m) for m in mismatches]


def test_coverage_script_allows_only_what_the_reference_under_declares(
    ours: dict[str, Any], reference: dict[str, Any]
) -> None:
    changed = copy.deepcopy(ours)
    responses = changed["paths"]["/v1/models"]["get"]["responses"]
    responses["403"] = {"description": "refused"}  # an error answer the reference leaves out: fine
    responses["201"] = {"description": "made"}  # a success the reference does not have: reported
    _, _, _, mismatches = spec_coverage.compare(reference, changed)
    reported = [str(m) for m in mismatches]
    assert any("response 201" in m for m in reported) and not any("response 403" in m for m in reported), reported


def test_error_statuses_we_add_are_not_mismatches(ours: dict[str, Any], reference: dict[str, Any]) -> None:
    changed = copy.deepcopy(ours)
    responses = changed["paths"]["/v1/models"]["get"]["responses"]
    responses["401"] = {"description": "Bad key."}
    assert spec_coverage.compare(reference, changed)[3] == []
    responses["204"] = {"description": "Not upstream."}
    assert [str(m) for m in spec_coverage.compare(reference, changed)[3]] == [
        "GET /v1/models (models_list)  response 204: not in reference"
    ]


def test_coverage_cli_exit_status(tmp_path: Any) -> None:
    if not UPSTREAM_2026.exists():
        pytest.skip("the 2026 reference spec is not beside the repository")
    assert spec_coverage.main(["--reference", str(UPSTREAM_2026)]) == 0
    assert spec_coverage.main(["--reference", str(UPSTREAM_2026), "--require-all"]) == 0  # all 387 covered
    # A spec that lacks an operation fails --require-all.
    partial = spec_coverage.load_document([ROOT / "openapi.yaml"])
    del partial["paths"]["/v1/models"]
    trimmed = tmp_path / "partial.json"
    trimmed.write_text(json.dumps(partial))
    assert spec_coverage.main(["--reference", str(UPSTREAM_2026), "--spec", str(trimmed)]) == 0
    assert spec_coverage.main(["--reference", str(UPSTREAM_2026), "--spec", str(trimmed), "--require-all"]) == 1
    assert spec_coverage.main(["--reference", str(tmp_path / "missing.json")]) == 2


def test_operation_ids_are_unique_and_tagged(ours: dict[str, Any]) -> None:
    operations = [
        op
        for item in ours["paths"].values()
        for method, op in item.items()
        if method in ("get", "post", "patch", "delete", "put")
    ]
    ids = [op["operationId"] for op in operations]
    assert len(ids) == len(set(ids))
    short_prefixes = {"conversational_ai": "convai"}  # the tag names the area; ids stay short
    for op in operations:
        tag = op["tags"][0]
        # Hand-named routes start with their area; routes named by the rule with their method.
        prefixes = (short_prefixes.get(tag, tag), "get_", "post_", "patch_", "delete_", "put_")
        assert op["operationId"].startswith(prefixes), op["operationId"]
        # auth is the ApiKeyAuth scheme, never a per-operation header parameter
        assert not [p for p in op.get("parameters", []) if p.get("name") == "xi-api-key"]
    assert ours["components"]["securitySchemes"]["ApiKeyAuth"] == {
        "type": "apiKey",
        "in": "header",
        "name": "xi-api-key",
        "description": ours["components"]["securitySchemes"]["ApiKeyAuth"]["description"],
    }


def test_with_timestamps_streams_are_declared_as_ndjson(ours: dict[str, Any]) -> None:
    response = ours["paths"]["/v1/text-to-speech/{voice_id}/stream/with-timestamps"]["post"]["responses"]["200"]
    assert list(response["content"]) == ["application/x-ndjson"]


def _doc(**components: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": {}, "components": components}


def test_normalise_titles_auth_and_operation_ids() -> None:
    document = _doc(schemas={"X-Input": {"title": "X", "type": "object"}, "X-Output": {"title": "X", "type": "object"}})
    document["paths"]["/v1/a"] = {
        "post": {
            "operationId": "Long_generated_name_v1_a_post",
            "x-fern-sdk-group-name": ["voices", "settings"],
            "x-fern-sdk-method-name": "get",
            "parameters": [{"name": "xi-api-key", "in": "header", "schema": {"type": "string"}}],
            "responses": {"200": {"content": {"audio/mpeg": {}}}},
        }
    }
    result, report = normalize_spec.normalize(document)
    assert report == {
        "names": 1,
        "titles": 2,
        "auth": 1,
        "binary": 1,
        "object_defaults": 0,
        "union_titles": 0,
        "union_tags": 0,
        "ref_siblings": 0,
        "form_nulls": 0,
        "deprecated_defaults": 0,
    }
    operation = result["paths"]["/v1/a"]["post"]
    assert [s["title"] for s in result["components"]["schemas"].values()] == ["X-Input", "X-Output"]
    # No tag, so not in the naming table: the rule names it, whatever upstream called it.
    assert (operation["tags"], operation["operationId"]) == (["a"], "post_a")
    assert "parameters" not in operation
    assert operation["security"] == [{"ApiKeyAuth": []}]
    assert operation["responses"]["200"]["content"]["audio/mpeg"]["schema"] == {"type": "string", "format": "binary"}
    # idempotent, and the input is not modified
    again, second = normalize_spec.normalize(result)
    assert again == result
    assert set(second.values()) == {0}
    assert document["paths"]["/v1/a"]["post"]["operationId"] == "Long_generated_name_v1_a_post"


def test_normalise_object_defaults_union_titles_and_union_tags() -> None:
    ref = "#/components/schemas/"
    document = _doc(
        schemas={
            "Anim": {"type": "object", "properties": {"fx": {"type": "string"}}},
            "Clip": {
                "type": "object",
                "properties": {
                    "anim": {"$ref": ref + "Anim", "default": {"fx": "none"}},
                    # A property called "default" is a schema, not the keyword.
                    "default": {"type": "string", "default": "x"},
                },
            },
            "Node": {
                "oneOf": [{"$ref": ref + "Leaf", "description": "a leaf"}, {"$ref": ref + "Pair"}],
                # A mapping may name its target bare.
                "discriminator": {"propertyName": "type", "mapping": {"leaf": ref + "Leaf", "pair": "Pair"}},
            },
            "Leaf": {"type": "object", "properties": {"type": {"type": "string"}}},
            "Pair": {
                "type": "object",
                "properties": {"type": {"type": "string"}, "items": {"type": "array", "items": {"$ref": ref + "Node"}}},
            },
            "Shape": {
                "anyOf": [
                    {"title": "S", "type": "object", "properties": {"kind": {"enum": ["round", "oval"]}}},
                    {"title": "S", "type": "object", "properties": {"kind": {"const": "square"}}},
                    {"type": "null"},
                ]
            },
            "Loose": {
                "oneOf": [
                    {"type": "object", "properties": {"kind": {"enum": ["a", "b"]}}},
                    {"type": "object", "properties": {"kind": {"enum": ["b", "c"]}}},
                ]
            },
        }
    )
    result, report = normalize_spec.normalize(document)
    schemas = result["components"]["schemas"]
    assert report["object_defaults"] == 1 and report["union_titles"] == 2
    assert "default" not in schemas["Clip"]["properties"]["anim"]
    assert schemas["Clip"]["properties"]["default"] == {"type": "string", "default": "x"}
    assert [m.get("title") for m in schemas["Shape"]["anyOf"]] == [None, None, None]
    # Discriminator mapping, then a property every member declares with disjoint values.
    assert schemas["Leaf"]["x-union-tags"] == {"type": ["leaf"]}
    assert schemas["Pair"]["x-union-tags"] == {"type": ["pair"]}
    assert [m.get("x-union-tags") for m in schemas["Shape"]["anyOf"]] == [
        {"kind": ["oval", "round"]},
        {"kind": ["square"]},
        None,
    ]
    # Overlapping values tell nothing apart: left to ordered trying.
    assert all("x-union-tags" not in m for m in schemas["Loose"]["oneOf"])
    again, second = normalize_spec.normalize(result)
    assert again == result and set(second.values()) == {0}


def test_normalise_ref_siblings_and_form_nulls() -> None:
    document = _doc(
        schemas={
            "Fmt": {"type": "string", "enum": ["a", "b"]},
            "Form": {
                "type": "object",
                "properties": {
                    "fmt": {"$ref": "#/components/schemas/Fmt", "default": "a"},
                    "seed": {"anyOf": [{"type": "integer"}, {"type": "null"}], "description": "s"},
                },
            },
        }
    )
    document["paths"]["/v1/f"] = {
        "post": {
            "requestBody": {"content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Form"}}}},
            "responses": {"200": {"description": "ok"}},
        }
    }
    result, report = normalize_spec.normalize(document)
    props = result["components"]["schemas"]["Form"]["properties"]
    assert props["fmt"] == {"allOf": [{"$ref": "#/components/schemas/Fmt"}], "default": "a"}
    assert props["seed"] == {"type": "integer", "description": "s"}
    assert report["ref_siblings"] == 1
    assert report["form_nulls"] == 1


def _long_descriptions(node: Any, found: list[str]) -> list[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str) and len(value) > 60:
                found.append(value)
            _long_descriptions(value, found)
    elif isinstance(node, list):
        for value in node:
            _long_descriptions(value, found)
    return found


def test_spec_file_is_plain_yaml() -> None:
    # Our own words: no reference descriptions copied (spot-check the longest ones are not shared).
    ours_text = (ROOT / "openapi.yaml").read_text()
    assert yaml.load(ours_text, Loader=yaml.CSafeLoader)["openapi"] == "3.1.0"
    for reference in (UPSTREAM_OPENAPI, UPSTREAM_2026):
        if reference.exists():
            descriptions = _long_descriptions(json.loads(reference.read_text()), [])
            copied = [d[:60] for d in descriptions if d in ours_text]
            assert copied == []
