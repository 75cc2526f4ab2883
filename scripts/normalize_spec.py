"""Rewrite an OpenAPI document into the shape openapi-python-client 0.29.1 handles well.

Each step is a pure function over the parsed document: independent, idempotent, and it
returns how many places it changed, so the pipeline can report what it did. None of them
changes what goes over the wire; they only change how the generator sees the document.

Steps (in the order ``normalize`` runs them):

``names``       every operation's first tag and operationId (which the generator turns into
                the endpoint's folder and module) are set from its route, never taken from
                the document: the naming table's name, else the rule (scripts/routes.py).
``titles``      component schemas are named by their key, not their ``title``: the upstream
                spec has 27 ``X-Input``/``X-Output`` pairs sharing one title, which makes the
                generator drop both (and everything that refers to them).
``auth``        per-operation ``xi-api-key`` header parameters become one apiKey security
                scheme, so endpoints take an authenticated client instead of a key argument.
``binary``      binary media types declared without a schema get ``string/binary``.
``object_defaults`` defaults that are JSON objects are dropped: the generator cannot put an
                object default on a model (it drops the schema and everything using it),
                and leaving the field unset lets the server apply the same default.
``union_titles`` inline members of one union that share a title lose it: the generator names
                inline models by title, and two equal names drop the whole union.
``union_tags``  each object member of a union that says which member a body is (the
                discriminator's property and mapping, or a property every member declares
                with disjoint ``const``/``enum`` values) is marked ``x-union-tags:
                {property: [values]}``; the union template dispatches on it.
``ref_siblings`` ``{$ref, default, ...}`` becomes ``{allOf: [{$ref}], default, ...}``: the
                generator ignores siblings of ``$ref`` and would lose defaults.
``form_nulls``  multipart form fields lose their ``null`` branch: a form part cannot carry
                null, and the generator would send the string "None".
``deprecated_defaults`` deprecated parameters lose their default: the generator sends every
                default, and a client should not send a deprecated parameter nobody asked for.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from routes import Route, assign_names, naming_table, operations, route

__all__ = ["STEPS", "normalize"]

Json = dict[str, Any]
BINARY_MEDIA = re.compile(
    r"^(audio/.*|video/.*|application/(zip|x-zip|x-zip-compressed|octet-stream)|multipart/mixed)$"
)
API_KEY_HEADER = "xi-api-key"
SCHEME_NAME = "ApiKeyAuth"


def _operations(document: Json) -> Iterator[Json]:
    for _, _, operation in operations(document):
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


def names(document: Json, table: Mapping[Route, tuple[str, str]] | None = None) -> int:
    """Name every operation by its route; ``table`` defaults to the document's own names."""
    table = naming_table(document) if table is None else table
    found = [(method, path, operation) for method, path, operation in operations(document)]
    assigned = assign_names([(method, path) for method, path, _ in found], table)
    changed = 0
    for method, path, operation in found:
        folder, module = assigned[route(method, path)]
        if operation.get("operationId") != module or (operation.get("tags") or [None])[0] != folder:
            operation["operationId"] = module
            operation["tags"] = [folder]
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


def _subschemas(schema: Json) -> Iterator[Any]:
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        yield from schema.get(key) or []
    for key in ("items", "additionalProperties", "not", "contains"):
        yield schema.get(key)
    for key in ("properties", "patternProperties", "$defs"):
        yield from (schema.get(key) or {}).values()


def _media_schemas(holder: Any) -> Iterator[Any]:
    if isinstance(holder, dict):
        for media in (holder.get("content") or {}).values():
            yield (media or {}).get("schema")
        for header in (holder.get("headers") or {}).values():
            yield (header or {}).get("schema") if isinstance(header, dict) else None


def _schemas(document: Json) -> Iterator[Json]:
    """Every schema object of the document, each once, parents before children.

    Schema-aware, unlike ``_walk``: a property called ``default`` or ``title`` is a
    schema here, never mistaken for the keyword.
    """
    components = document.get("components") or {}
    roots: list[Any] = list((components.get("schemas") or {}).values())
    for kind in ("parameters", "headers"):
        roots += [(p or {}).get("schema") for p in (components.get(kind) or {}).values() if isinstance(p, dict)]
    for kind in ("requestBodies", "responses"):
        for holder in (components.get(kind) or {}).values():
            roots += list(_media_schemas(holder))
    for item in (document.get("paths") or {}).values():
        for parameter in (item or {}).get("parameters") or [] if isinstance(item, dict) else []:
            roots.append((parameter or {}).get("schema") if isinstance(parameter, dict) else None)
    for operation in _operations(document):
        for parameter in operation.get("parameters") or []:
            roots.append(parameter.get("schema") if isinstance(parameter, dict) else None)
        roots += list(_media_schemas(operation.get("requestBody")))
        for response in (operation.get("responses") or {}).values():
            roots += list(_media_schemas(response))
    seen: set[int] = set()
    stack = list(reversed(roots))
    while stack:
        schema = stack.pop()
        if not isinstance(schema, dict) or id(schema) in seen:
            continue
        seen.add(id(schema))
        yield schema
        stack.extend(reversed(list(_subschemas(schema))))


def object_defaults(document: Json) -> int:
    changed = 0
    for schema in _schemas(document):
        if isinstance(schema.get("default"), dict):
            del schema["default"]
            changed += 1
    return changed


def union_titles(document: Json) -> int:
    changed = 0
    for schema in _schemas(document):
        for key in ("anyOf", "oneOf"):
            members = [m for m in schema.get(key) or [] if isinstance(m, dict) and "$ref" not in m]
            counts: dict[Any, int] = {}
            for member in members:
                counts[member.get("title")] = counts.get(member.get("title"), 0) + 1
            for member in members:
                if member.get("title") is not None and counts[member["title"]] > 1:
                    del member["title"]
                    changed += 1
    return changed


def _target(document: Json, node: Any) -> Any:
    """Follow ``$ref`` and single-member ``allOf`` wrappers to the schema that holds the data."""
    for _ in range(50):
        node = _resolve(document, node)
        if not (isinstance(node, dict) and len(node.get("allOf") or []) == 1 and "properties" not in node):
            return node
        node = node["allOf"][0]
    return node


def _tag_values(document: Json, member: Json, name: str) -> list[str] | None:
    """The string values ``member`` declares for its property ``name`` (const or enum)."""
    prop = _target(document, (member.get("properties") or {}).get(name))
    if not isinstance(prop, dict):
        return None
    variants = prop.get("anyOf") or prop.get("oneOf")
    if isinstance(variants, list):
        # A union property tags by the string values its members pin; members that cannot be
        # a string (arrays, objects, null) carry no tag, and an open string spoils it.
        found: list[str] = []
        for variant in (_target(document, v) for v in variants):
            if not isinstance(variant, dict):
                return None
            if "const" in variant or "enum" in variant or variant.get("type") == "string":
                values = _tag_values(document, {"properties": {name: variant}}, name)
                if values is None:
                    return None
                found += values
        return found or None
    values = [prop["const"]] if "const" in prop else prop.get("enum")
    if not values or not all(isinstance(v, str) for v in values):
        return None
    return list(values)


def _disjoint(sets: list[list[str]]) -> bool:
    seen: set[str] = set()
    for values in sets:
        if seen & set(values):
            return False
        seen |= set(values)
    return True


def _mapping_ref(target: Any) -> Json:
    """A discriminator mapping's target: a reference, or (OpenAPI allows it) a bare schema name."""
    text = str(target)
    return {"$ref": text if text.startswith("#") else f"#/components/schemas/{text}"}


def _union_tags(document: Json, union: Json, members: list[Json]) -> tuple[str, list[list[str]]] | None:
    """(property, values per member) that tell the members of ``union`` apart, if any."""
    discriminator = union.get("discriminator")
    if isinstance(discriminator, dict) and isinstance(discriminator.get("propertyName"), str):
        name = discriminator["propertyName"]
        mapping = discriminator.get("mapping") or {}
        tags: list[list[str]] = []
        for member in members:
            mapped = [value for value, ref in mapping.items() if _target(document, _mapping_ref(ref)) is member]
            tags.append(mapped or _tag_values(document, member, name) or [])
        if all(tags) and _disjoint(tags):
            return name, tags
    names = set.intersection(*(set(member.get("properties") or {}) for member in members))
    for name in sorted(names, key=lambda n: (n != "type", n)):
        found = [_tag_values(document, member, name) for member in members]
        if all(found) and _disjoint([v for v in found if v]):
            return name, [v for v in found if v]
    return None


def union_tags(document: Json) -> int:
    changed = 0
    for schema in list(_schemas(document)):
        for key in ("anyOf", "oneOf"):
            targets = [_target(document, m) for m in schema.get(key) or []]
            members = [t for t in targets if isinstance(t, dict) and isinstance(t.get("properties"), dict)]
            if len(members) < 2:
                continue
            found = _union_tags(document, schema, members)
            if found is None:
                continue
            name, tags = found
            for member, values in zip(members, tags, strict=True):
                marks = member.setdefault("x-union-tags", {})
                merged = sorted({*marks.get(name, []), *values})
                if marks.get(name) != merged:
                    marks[name] = merged
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
    "binary": binary,
    "object_defaults": object_defaults,
    "union_titles": union_titles,
    "union_tags": union_tags,
    "ref_siblings": ref_siblings,
    "form_nulls": form_nulls,
    "deprecated_defaults": deprecated_defaults,
}


def normalize(
    document: Json, names_table: Mapping[Route, tuple[str, str]] | None = None
) -> tuple[Json, dict[str, int]]:
    """Return a normalised deep copy of ``document`` and the count of changes per step.

    ``names_table`` (route -> (folder, module), see scripts/routes.py) names the operations;
    without it the document's own tags and operationIds are the table.
    """
    result = copy.deepcopy(document)
    steps: dict[str, Callable[[Json], int]] = {"names": functools.partial(names, table=names_table), **STEPS}
    report = {name: step(result) for name, step in steps.items()}
    return result, report
