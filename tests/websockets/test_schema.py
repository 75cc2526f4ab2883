"""The socket description and what is generated from it: models, channels, the checker."""

from __future__ import annotations

import sys
from typing import Any

import pytest
import yaml

from elevenlabs_ext._websockets._schema import SchemaError, SchemaSet, load_schemas

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import generate

SOCKETS = yaml.safe_load((ROOT / "sockets.yaml").read_text(encoding="utf-8"))


def test_every_socket_schema_is_a_generated_model() -> None:
    import elevenlabs_api.models as models

    for name in SOCKETS["components"]["schemas"]:
        assert name in models.__all__, name
        getattr(models, name)


def test_generated_sockets_module_matches_the_description() -> None:
    from elevenlabs_api import sockets

    expected: dict[str, Any] = {}
    exec(generate.render_sockets_module(SOCKETS), expected)
    assert expected["CHANNELS"] == sockets.CHANNELS
    assert expected["SCHEMAS"] == sockets.SCHEMAS
    assert set(sockets.CHANNELS) == {
        "text_to_speech_stream_input",
        "text_to_speech_multi_stream_input",
        "speech_to_text_realtime",
        "convai_conversation",
    }
    stream_input = sockets.CHANNELS["text_to_speech_stream_input"]
    assert stream_input["address"] == "/v1/text-to-speech/{voice_id}/stream-input"
    assert stream_input["send"] == ("WsInitializeConnection", "WsSendText", "WsCloseConnection")


def test_query_parameters_are_those_of_the_reference() -> None:
    query = SOCKETS["components"]["schemas"]["WsTextToSpeechQuery"]["properties"]
    assert set(query) == {
        "model_id",
        "language_code",
        "enable_logging",
        "enable_ssml_parsing",
        "output_format",
        "inactivity_timeout",
        "sync_alignment",
        "auto_mode",
        "apply_text_normalization",
        "seed",
        "authorization",
    }
    assert query["seed"]["maximum"] == 4294967295
    assert query["inactivity_timeout"]["maximum"] == 180


def test_socket_schemas_may_not_shadow_http_schemas() -> None:
    document = {"paths": {}, "components": {"schemas": {"WsAlignment": {"type": "object"}}}}
    with pytest.raises(generate.GenerationError, match="clashes"):
        generate.add_socket_schemas(document, SOCKETS)


def test_checker_keywords() -> None:
    schemas = SchemaSet(
        {
            "Thing": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "count": {"type": "integer", "minimum": 0, "maximum": 3},
                    "ratio": {"type": "number"},
                    "flag": {"const": True},
                    "kind": {"enum": ["a", "b"]},
                    "maybe": {"type": ["string", "null"], "maxLength": 0},
                    "child": {"anyOf": [{"$ref": "Child"}, {"type": "null"}]},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "children": {"type": "array", "items": {"$ref": "Child"}},
                },
            },
            "Child": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
        }
    )
    good = {
        "name": "x",
        "count": 3,
        "ratio": 1,
        "flag": True,
        "kind": "b",
        "maybe": None,
        "child": {"id": 1, "extra": "open"},
        "tags": [],
        "children": [{"id": 2}],
    }
    schemas.check("Thing", good)
    cases = {
        "name: required key": {},
        "name: must not be empty": {"name": ""},
        "count: expected integer, got boolean": {"name": "x", "count": True},
        "count: 4 is above the maximum 3": {"name": "x", "count": 4},
        "ratio: expected number, got string": {"name": "x", "ratio": "1"},
        "flag: expected True, got 1": {"name": "x", "flag": 1},
        "kind: expected one of": {"name": "x", "kind": "c"},
        "maybe: must be empty": {"name": "x", "maybe": "no"},
        "child.id: expected integer": {"name": "x", "child": {"id": "1"}},
        "tags[1]: expected string, got integer": {"name": "x", "tags": ["a", 2]},
        "children[0]: required key 'id'": {"name": "x", "children": [{}]},
        "unexpected key 'other'": {"name": "x", "other": 1},
    }
    for expected, value in cases.items():
        with pytest.raises(SchemaError) as caught:
            schemas.check("Thing", value)
        shown = str(caught.value)
        if expected.startswith("name: required"):
            assert "required key 'name' is missing" in shown
        else:
            assert expected in shown, (expected, shown)


def test_checker_refuses_keywords_it_does_not_know() -> None:
    with pytest.raises(ValueError, match="unsupported schema keywords"):
        SchemaSet({"X": {"type": "string", "pattern": "^a"}})
    with pytest.raises(ValueError, match="unknown schema"):
        SchemaSet({"X": {"$ref": "Y"}})


def test_generated_schemas_compile() -> None:
    schemas = load_schemas()
    assert "WsSendText" in schemas
    assert schemas.aliases("WsContextAudioOutput") == {"context_id": "contextId", "is_final": "isFinal"}


# ------------------------------------------------------------------ strict and lenient


def test_strict_refuses_what_lenient_ignores_and_reports() -> None:
    message = {"text": " ", "try_trigger_generation": True, "voice_settings": None, "later": {"x": 1}}
    with pytest.raises(SchemaError, match="unexpected key"):
        load_schemas().check("WsInitializeConnection", dict(message))
    accepted = dict(message)
    ignored = load_schemas(lenient=True).accept("WsInitializeConnection", accepted)
    assert sorted(ignored) == ["later", "try_trigger_generation", "voice_settings"]
    assert accepted == {"text": " "}  # what the model is then read from


def test_lenient_reading_still_checks_what_it_keeps() -> None:
    lenient = load_schemas(lenient=True)
    nested = {"text": "Hi ", "voice_settings": {"stability": None, "speed": 1.0, "vibe": "x"}}
    assert sorted(lenient.accept("WsSendText", nested)) == ["stability", "vibe"]
    assert nested == {"text": "Hi ", "voice_settings": {"speed": 1.0}}
    with pytest.raises(SchemaError, match="text: expected string, got null"):
        lenient.accept("WsSendText", {"text": None})  # a required key is never "not given"
    with pytest.raises(SchemaError, match=r"voice_settings\.speed: .*maximum"):
        lenient.accept("WsSendText", {"text": "x", "voice_settings": {"speed": 5}})
    server_message = {"audio": "", "isFinal": None, "alignment": None}  # nulls the schema allows stay
    assert lenient.accept("WsAudioOutput", server_message) == [] and server_message["isFinal"] is None


@pytest.mark.parametrize("lenient", [False, True])
@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_numbers_must_be_finite_in_both_modes(lenient: bool, number: float) -> None:
    with pytest.raises(SchemaError, match="finite"):
        load_schemas(lenient=lenient).accept("WsVoiceSettings", {"stability": number})
