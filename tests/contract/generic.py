"""Contract calls built from openapi.yaml itself, for operations without a hand-written entry.

For an operation, ``build(operation_id)`` makes an ``Op`` whose call fills the generated
``sync_detailed`` with the smallest arguments the spec accepts: every path parameter, every
required query parameter, and a body made from the request schema (required properties only;
enums take their first value, ``const`` its value, binary fields a few bytes, which the
generated ``from_dict`` turns into a ``File``). ``returns`` is the type the first 2xx answer
must parse into: the generated model of a named schema, a tuple of them for a union, a list
of one, ``File`` for binary bodies, or ``object`` when the spec names no type.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import inspect
import re
import typing
from pathlib import Path
from typing import Any

import yaml
from elevenlabs_api import models
from elevenlabs_api.types import File, Response

from elevenlabs_ext import ElevenLabs

from .support import Op

__all__ = ["build", "document", "is_ndjson", "sample"]

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
REF = "#/components/schemas/"
MAX_DEPTH = 14
Json = dict[str, Any]


@functools.cache
def document() -> Json:
    loaded: Json = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return loaded


@functools.cache
def _operations() -> dict[str, tuple[str, str, Json]]:
    return {
        op["operationId"]: (method, path, op)
        for path, item in document()["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def _resolve(schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        target = document()["components"]["schemas"][schema["$ref"][len(REF) :]]
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def sample(schema: Any, depth: int = 0) -> Any:
    """The smallest JSON value ``schema`` accepts (binary strings as bytes)."""
    schema = _resolve(schema)
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return None
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list):
        return next((value for value in schema["enum"] if value is not None), None)
    for key in ("oneOf", "anyOf"):
        members = [m for m in schema.get(key) or [] if not _is_null(m)]
        if members:
            return sample(members[0], depth + 1)
        if key in schema:
            return None
    if "allOf" in schema:
        merged: Any = None
        for member in schema["allOf"]:
            value = sample(member, depth + 1)
            merged = {**merged, **value} if isinstance(merged, dict) and isinstance(value, dict) else value
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else None
    if kind == "object":
        props = schema.get("properties") or {}
        # Required properties, and every const one: the tag that tells union members apart.
        chosen = [n for n in props if n in (schema.get("required") or []) or "const" in (_resolve(props[n]) or {})]
        value = {name: sample(props[name], depth + 1) for name in chosen}
        extra = schema.get("additionalProperties")
        if len(value) < int(schema.get("minProperties", 0)) and isinstance(extra, dict):
            value["key1"] = sample(extra, depth + 1)
        return value
    if kind == "array":
        # One item, so required arrays (multipart parts above all) are not left empty.
        return [sample(schema.get("items", {}), depth + 1) for _ in range(max(1, int(schema.get("minItems", 0))))]
    if kind == "string":
        return _string(schema)
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        value = max(1, int(low) + 1) if "exclusiveMinimum" in schema else max(1, int(low))
        if "maximum" in schema:
            value = min(value, int(schema["maximum"]))
        return value if kind == "integer" else float(value)
    if kind == "boolean":
        return False
    return None


def _string(schema: Json) -> Any:
    fmt = schema.get("format")
    if fmt == "binary":
        return b"ID3\x04\x00\x00\x00\x00\x00\x00fake mp3 frames"
    if fmt == "date-time":
        return "2026-01-01T00:00:00Z"
    if fmt == "date":
        return "2026-01-01"
    if fmt in ("uri", "url"):
        return "https://example.com/a"
    if fmt == "email":
        return "ada@example.com"
    if "default" in schema and isinstance(schema["default"], str):
        return schema["default"]
    if isinstance(schema.get("pattern"), str):
        return from_pattern(schema["pattern"])
    return "x" * max(int(schema.get("minLength", 0)), 6)


_PATTERN_TOKEN = re.compile(r"\\(.)|\[([^\]]*)\]|\((?:\?:)?|\)|\||([^\\\[\](){}?*+|^$])|\{(\d+)(?:,(\d*))?\}|([?*+])")


def from_pattern(pattern: str) -> str:
    """A string matching a simple regular expression: literals, classes, groups, counts.

    Enough for the id patterns of the spec (``^prodorder_[a-z0-9]{26}$``); each group and
    alternation takes its first branch.
    """
    out: list[str] = []
    last = ""
    depth_skip = 0
    simple = re.sub(r"\([^()]*\)[?*]", "", pattern.strip("^$"))  # optional groups: left out
    for match in _PATTERN_TOKEN.finditer(simple):
        escaped, klass, literal, count, _, suffix = match.groups()
        token = match.group(0)
        if token == "|":
            depth_skip = 1
            continue
        if token.startswith("("):
            continue
        if token == ")":
            depth_skip = 0
            continue
        if depth_skip:
            continue
        if count is not None:
            out.append(last * (int(count) - 1))
            continue
        if suffix is not None:
            if suffix in "?*":
                out.pop()
            continue
        if escaped is not None:
            last = {"d": "1", "w": "a", "s": " "}.get(escaped, escaped)
        elif klass is not None:
            body = klass.lstrip("^")
            last = "a" if "a-z" in body else "A" if "A-Z" in body else "1" if "0-9" in body else body[:1] or "a"
        else:
            last = literal or ""
        out.append(last)
    return "".join(out)


def _python_value(schema: Any) -> Any:
    """A parameter's sample as the generated signature wants it (dates as objects)."""
    resolved = _resolve(schema)
    value = sample(schema)
    fmt = resolved.get("format") if isinstance(resolved, dict) else None
    if fmt == "date-time" and isinstance(value, str):
        return datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    if fmt == "date" and isinstance(value, str):
        return datetime.date(2026, 1, 1)
    return value


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@functools.cache
def _model_classes() -> dict[str, type]:
    return {_key(name): getattr(models, name) for name in dir(models) if isinstance(getattr(models, name), type)}


def _model(schema: Any) -> type | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return _model_classes().get(_key(schema["$ref"][len(REF) :]))
    return None


def _success(op: Json) -> tuple[str, Json]:
    code = min(c for c in op["responses"] if str(c).startswith("2"))
    return str(code), op["responses"][code]


def is_ndjson(operation_id: str) -> bool:
    _, response = _success(_operations()[operation_id][2])
    return "application/x-ndjson" in (response.get("content") or {})


@functools.cache
def _binary_media() -> frozenset[str]:
    """Media types the generator reads as bytes (scripts/openapi-python-client.yaml)."""
    config = yaml.safe_load((SPEC.parent / "scripts" / "openapi-python-client.yaml").read_text(encoding="utf-8"))
    overrides: dict[str, str] = config.get("content_type_overrides") or {}
    return frozenset(k for k, v in overrides.items() if v == "application/octet-stream")


def _returns(op: Json) -> Any:
    _, response = _success(op)
    content = response.get("content") or {}
    json_media = content.get("application/json") or content.get("application/x-ndjson")
    if json_media is None:
        if not content:
            return object
        media_type, media = next(iter(content.items()))
        binary = (_resolve(media.get("schema")) or {}).get("format") == "binary"
        if binary:
            return File
        return bytes if media_type in _binary_media() else str
    schema = json_media.get("schema") or {}
    model = _model(schema)
    if model is not None:
        return model
    resolved = _resolve(schema)
    if isinstance(resolved, dict):
        members = resolved.get("anyOf") or resolved.get("oneOf")  # the generator reads anyOf first
        if members:
            found = [_model(m) for m in members if not _is_null(m)]
            if found and all(found):
                return tuple(t for t in found if t is not None)
        if resolved.get("type") == "array":
            item = _model(resolved.get("items"))
            if item is not None:
                return list[item]  # type: ignore[valid-type]
    return object


def _body(op: Json, annotation: Any) -> Any:
    content = (op.get("requestBody") or {}).get("content") or {}
    media = next(iter(content.values()), {})
    data = sample(media.get("schema") or {})
    candidates = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    errors: list[str] = []
    for candidate in candidates:
        from_dict = getattr(candidate, "from_dict", None)
        if from_dict is None:
            if isinstance(data, bytes) or candidate is File:
                return File(payload=__import__("io").BytesIO(data or b"x"), file_name="a.mp3", mime_type="audio/mpeg")
            return data
        try:
            return from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            errors.append(f"{candidate.__name__}: {error!r}")
    raise AssertionError(f"no body type of {annotation} takes {data!r:.300}: {errors}")


def build(operation_id: str) -> Op:
    """The contract call of one operation, made from its spec entry."""
    _, _, op = _operations()[operation_id]
    tag = op["tags"][0]
    endpoint = importlib.import_module(f"elevenlabs_api.api.{tag}.{operation_id}")
    hints = typing.get_type_hints(endpoint.sync_detailed)
    params = {(_key(p["name"])): p for p in op.get("parameters") or []}

    def call(client: ElevenLabs) -> Response[Any]:
        args: list[Any] = []
        kwargs: dict[str, Any] = {"client": client}
        for name, parameter in inspect.signature(endpoint.sync_detailed).parameters.items():
            if name == "client":
                continue
            if name == "body":
                kwargs["body"] = _body(op, hints["body"])
                continue
            spec_param = params.get(_key(name)) or params.get(_key(name.rstrip("_")))
            assert spec_param is not None, f"{operation_id}: no spec parameter for {name}"
            if parameter.default is not inspect.Parameter.empty and not spec_param.get("required"):
                continue  # optional: leave it to the server's default
            value = _python_value(spec_param.get("schema") or {})
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
                kwargs[name] = value
            else:
                args.append(value)
        response: Response[Any] = endpoint.sync_detailed(*args, **kwargs)
        return response

    return Op(call, _returns(op))
