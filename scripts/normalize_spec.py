"""Rewrite an OpenAPI document into the shape openapi-python-client 0.29.1 handles well.

Each step is a pure function over the parsed document: independent, idempotent, and it
returns how many places it changed, so the pipeline can report what it did. None of them
changes what goes over the wire; they only change how the generator sees the document.

Steps (in the order ``normalize`` runs them):

``titles``      component schemas are named by their key, not their ``title``: the upstream
                spec has 27 ``X-Input``/``X-Output`` pairs sharing one title, which makes the
                generator drop both (and everything that refers to them).
``auth``        per-operation ``xi-api-key`` header parameters become one apiKey security
                scheme, so endpoints take an authenticated client instead of a key argument.
``operation_ids`` upstream operationIds (``Text_to_speech_v1_text_to_speech__voice_id__post``)
                become ``<group>_<method>`` from the x-fern names when those are unique.
``binary``      binary media types declared without a schema get ``string/binary``.
``ref_siblings`` ``{$ref, default, ...}`` becomes ``{allOf: [{$ref}], default, ...}``: the
                generator ignores siblings of ``$ref`` and would lose defaults.
``form_nulls``  multipart form fields lose their ``null`` branch: a form part cannot carry
                null, and the generator would send the string "None".
``deprecated_defaults`` deprecated parameters lose their default: the generator sends every
                default, and a client should not send a deprecated parameter nobody asked for.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["STEPS", "normalize"]

Json = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
BINARY_MEDIA = re.compile(
    r"^(audio/.*|video/.*|application/(zip|x-zip|x-zip-compressed|octet-stream)|multipart/mixed)$"
)
API_KEY_HEADER = "xi-api-key"
SCHEME_NAME = "ApiKeyAuth"


def _operations(document: Json) -> Iterator[Json]:
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield operation


def _walk(node: Any) -> Iterator[Json]:
    """Every dict in the tree, parents before children."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(reversed(list(current.values())))
        elif isinstance(current, list):
            stack.extend(reversed(current))


def _resolve(document: Json, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node and str(node["$ref"]).startswith("#/"):
        target: Any = document
        for part in str(node["$ref"])[2:].split("/"):
            target = target.get(part) if isinstance(target, dict) else None
        node = target
    return node


def titles(document: Json) -> int:
    changed = 0
    for key, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        if isinstance(schema, dict) and "title" in schema and schema["title"] != key:
            schema["title"] = key
            changed += 1
    return changed


def auth(document: Json) -> int:
    changed = 0
    for operation in _operations(document):
        params = operation.get("parameters") or []
        kept = [
            p
            for p in params
            if not (
                isinstance(p, dict) and p.get("in") == "header" and str(p.get("name", "")).lower() == API_KEY_HEADER
            )
        ]
        if len(kept) != len(params):
            changed += 1
            if kept:
                operation["parameters"] = kept
            else:
                del operation["parameters"]
            operation.setdefault("security", [{SCHEME_NAME: []}])
    if changed:
        schemes = document.setdefault("components", {}).setdefault("securitySchemes", {})
        schemes.setdefault(SCHEME_NAME, {"type": "apiKey", "in": "header", "name": API_KEY_HEADER})
    return changed


def operation_ids(document: Json) -> int:
    proposed: dict[int, str] = {}
    for operation in _operations(document):
        group = operation.get("x-fern-sdk-group-name")
        method = operation.get("x-fern-sdk-method-name")
        if not group or not method:
            continue
        parts = group if isinstance(group, list) else [group]
        proposed[id(operation)] = "_".join([*map(str, parts), str(method)])
    counts: dict[str, int] = {}
    for name in proposed.values():
        counts[name] = counts.get(name, 0) + 1
    existing = {op.get("operationId") for op in _operations(document) if id(op) not in proposed}
    changed = 0
    for operation in _operations(document):
        new_name = proposed.get(id(operation))
        if new_name and counts[new_name] == 1 and new_name not in existing and operation.get("operationId") != new_name:
            operation["operationId"] = new_name
            changed += 1
    return changed


def binary(document: Json) -> int:
    changed = 0
    for operation in _operations(document):
        bodies = [operation.get("requestBody"), *(operation.get("responses") or {}).values()]
        for body in bodies:
            holder = _resolve(document, body)
            if not isinstance(holder, dict):
                continue
            for media_type, media in (holder.get("content") or {}).items():
                if BINARY_MEDIA.match(media_type) and not (isinstance(media, dict) and media.get("schema")):
                    holder["content"][media_type] = {**(media or {}), "schema": {"type": "string", "format": "binary"}}
                    changed += 1
    return changed


def ref_siblings(document: Json) -> int:
    changed = 0
    for node in _walk(document):
        if "$ref" in node and len(node) > 1:
            siblings = {k: v for k, v in node.items() if k not in ("$ref", "allOf")}
            ref = node["$ref"]
            node.clear()
            node.update({"allOf": [{"$ref": ref}], **siblings})
            changed += 1
    return changed


def form_nulls(document: Json) -> int:
    changed = 0
    for operation in _operations(document):
        body = _resolve(document, operation.get("requestBody"))
        if not isinstance(body, dict):
            continue
        media = (body.get("content") or {}).get("multipart/form-data")
        schema = _resolve(document, (media or {}).get("schema"))
        if not isinstance(schema, dict):
            continue
        for prop in (schema.get("properties") or {}).values():
            variants = prop.get("anyOf") if isinstance(prop, dict) else None
            if isinstance(variants, list) and any(isinstance(v, dict) and v.get("type") == "null" for v in variants):
                rest = [v for v in variants if not (isinstance(v, dict) and v.get("type") == "null")]
                del prop["anyOf"]
                if len(rest) == 1:
                    prop.update(
                        {k: v for k, v in rest[0].items() if k not in prop}
                        if "$ref" not in rest[0]
                        else {"allOf": rest}
                    )
                else:
                    prop["anyOf"] = rest
                changed += 1
    return changed


def deprecated_defaults(document: Json) -> int:
    changed = 0
    for operation in _operations(document):
        for entry in operation.get("parameters") or []:
            param = _resolve(document, entry)
            if not isinstance(param, dict) or not param.get("deprecated"):
                continue
            schema = param.get("schema")
            if isinstance(schema, dict) and "default" in schema:
                del schema["default"]
                changed += 1
    return changed


STEPS: dict[str, Callable[[Json], int]] = {
    "titles": titles,
    "auth": auth,
    "operation_ids": operation_ids,
    "binary": binary,
    "ref_siblings": ref_siblings,
    "form_nulls": form_nulls,
    "deprecated_defaults": deprecated_defaults,
}


def normalize(document: Json) -> tuple[Json, dict[str, int]]:
    """Return a normalised deep copy of ``document`` and the count of changes per step."""
    result = copy.deepcopy(document)
    report = {name: step(result) for name, step in STEPS.items()}
    return result, report
