"""Every 2xx JSON body of the 2026 reference parses into the type its operation declares.

The bodies: the reference's own examples (media examples and ``x-fern-examples`` responses),
a body generated from each success schema, and, for a union, one generated body per member,
which must come back as that member (not as the first member that happens to parse). They
go through each generated endpoint's response parser, as a real answer would.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest
from elevenlabs_api.client import Client

from .conftest import UPSTREAM_OPENAPI
from .contract import generic

UPSTREAM_2026 = UPSTREAM_OPENAPI.parent / "2026-08" / "elevenlabs-openapi.json"


def _reference_examples() -> dict[tuple[str, str], list[Any]]:
    """(method, path) -> the 2xx JSON bodies the reference gives as examples."""
    if not UPSTREAM_2026.exists():
        return {}
    found: dict[tuple[str, str], list[Any]] = {}
    for path, item in json.loads(UPSTREAM_2026.read_text(encoding="utf-8"))["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            bodies = found.setdefault((method, path), [])
            for code, response in op["responses"].items():
                media = ((response or {}).get("content") or {}).get("application/json") or {}
                if str(code).startswith("2") and "example" in media:
                    bodies.append(media["example"])
            for example in op.get("x-fern-examples") or []:
                body = (example.get("response") or {}).get("body")
                if body is not None:
                    bodies.append(body)
    return found


def _cases() -> list[tuple[str, str, Any, Any]]:
    """(operation id, label, body, expected type) for every JSON success answer."""
    examples = _reference_examples()
    cases: list[tuple[str, str, Any, Any]] = []
    for operation_id, (method, path, op) in sorted(generic._operations().items()):
        _, response = generic._success(op)
        media = (response.get("content") or {}).get("application/json")
        if media is None:
            continue
        schema = media.get("schema") or {}
        expected = generic._returns(op)
        generated = generic.sample(schema)
        cases.append((operation_id, "generated", {} if generated is None else generated, expected))
        for index, body in enumerate(examples.get((method, path), [])):
            cases.append((operation_id, f"example{index}", body, expected))
        members = generic._resolve(schema).get("anyOf") or generic._resolve(schema).get("oneOf") or []
        for member in members:
            model = generic._model(member)
            if model is not None and isinstance(expected, tuple):
                cases.append((operation_id, f"member-{model.__name__}", generic.sample(member), model))
    return cases


CASES = _cases()


def test_the_cases_cover_every_json_operation() -> None:
    if not UPSTREAM_2026.exists():
        pytest.skip("the 2026 reference spec is not beside the repository")
    assert len({case[0] for case in CASES}) > 300
    assert any(label.startswith("example") for _, label, _, _ in CASES)
    assert any(label.startswith("member-") for _, label, _, _ in CASES)


@pytest.mark.parametrize(
    ("operation_id", "body", "expected"),
    [pytest.param(op, body, expected, id=f"{op}-{label}") for op, label, body, expected in CASES],
)
def test_body_parses_into_its_declared_type(operation_id: str, body: Any, expected: Any) -> None:
    if not UPSTREAM_2026.exists():
        pytest.skip("the 2026 reference spec is not beside the repository")
    _, _, op = generic._operations()[operation_id]
    endpoint = importlib.import_module(f"elevenlabs_api.api.{op['tags'][0]}.{operation_id}")
    code, _ = generic._success(op)
    answer = httpx.Response(int(code), json=body)
    parsed = endpoint._parse_response(client=Client(base_url="http://127.0.0.1"), response=answer)
    if expected is object:
        return  # the spec names no type: any JSON is the answer
    origin = getattr(expected, "__origin__", None)
    if origin is list:
        (item,) = expected.__args__
        assert isinstance(parsed, list) and all(isinstance(x, item) for x in parsed), parsed
    else:
        assert isinstance(parsed, expected), f"{type(parsed).__name__}: {parsed!r:.300}"
