"""Compare our openapi.yaml with a reference ElevenLabs OpenAPI document.

Prints ``covered/total`` reference operations (matched on method + path) and, for every
covered operation, each difference in the facts a client depends on: parameters (location,
required, type, enum), request and response content types, and the schemas behind them
(property sets, required lists, types, nullability, enum and const values, unions), walked
recursively. Descriptions, titles, examples and schema names are ours and never compared.
An enum of ours may hold values the reference lacks (the API adds values, e.g. the output
formats of the 2026 spec); one that lacks a reference value is a mismatch.

Two kinds of addition are not mismatches, because the reference under-declares what the
service answers: error responses (4xx, 5xx) the reference leaves out (it documents little beyond
200 and 422, while every operation can answer 401, 429 and the like; a client built from the
reference treats them as errors either way), and further ``audio/*`` media types on an audio
response (the reference names the default ``output_format``'s type only, or the archive
type where one item comes back as plain audio).

Usage:
    python scripts/spec_coverage.py --reference ../shared/upstream/elevenlabs-openapi.json
    python scripts/spec_coverage.py --reference REF --spec part1.yaml --spec part2.yaml

Exit status: 0 when the covered operations show no mismatch, 1 otherwise (2 for bad usage).
``--require-all`` also fails when some reference operation is not covered.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from routes import HTTP_METHODS, Route, route

__all__ = ["Comparer", "Mismatch", "compare", "load_document", "main", "operations_by_route"]

# Auth is our global apiKey security scheme, not a per-operation header parameter.
IGNORED_PARAMETERS = {("header", "xi-api-key")}
# The reference calls NDJSON streams `application/json` (and marks them x-fern-streaming);
# we declare what they are.
NDJSON = "application/x-ndjson"
MAX_DEPTH = 40
# libyaml when it is there: the pure-Python loader takes many seconds on the 2026-sized spec.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Json = dict[str, Any]


class Mismatch:
    """One difference, located by operation and a JSON-pointer-like path.

    ``kind`` names what differs (``enum``, ``required``, ``nullable``, ``union``, ``properties``,
    ``parameter``, ``response``, ``type``, ...); ``added``/``removed`` list what the reference
    has that ours lacks and the other way round, where that is a set of values or names.
    ``tolerated`` marks where ours only declares more than the reference in a way no client of
    the reference notices (further enum values, error statuses it leaves out): coverage passes
    over those; ``spec_diff`` still lists them.
    """

    def __init__(
        self,
        operation: str,
        where: str,
        message: str,
        *,
        kind: str = "other",
        added: list[Any] | None = None,
        removed: list[Any] | None = None,
        tolerated: bool = False,
    ) -> None:
        self.operation = operation
        self.where = where
        self.message = message
        self.kind = kind
        self.added = added or []
        self.removed = removed or []
        self.tolerated = tolerated

    def __str__(self) -> str:
        return f"{self.operation}  {self.where}: {self.message}"


def load_document(paths: list[Path]) -> Json:
    """Load one document, or merge several partial ones (paths and component maps)."""
    merged: Json = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        part = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_YAML_LOADER)
        if not isinstance(part, dict):
            raise SystemExit(f"{path}: not an OpenAPI object")
        for key, value in part.items():
            if key == "paths":
                merged.setdefault("paths", {}).update(value or {})
            elif key == "components":
                components = merged.setdefault("components", {})
                for kind, entries in (value or {}).items():
                    components.setdefault(kind, {}).update(entries or {})
            else:
                merged.setdefault(key, value)
    return merged


class _Resolver:
    def __init__(self, document: Json) -> None:
        self.document = document

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """Follow a ``$ref`` chain; return the target and the last reference name."""
        name = None
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local references are supported: {ref}")
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
            name = ref
            # $ref siblings (3.1) refine the target: merge them over it.
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
            seen += 1
            if seen > 50:
                raise ValueError(f"reference loop at {ref}")
        return node, name


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def _normalise(schema: Any, resolver: _Resolver) -> tuple[Json, bool, str | None]:
    """Return (schema without null branch, nullable, reference name) after unwrapping."""
    schema, ref = resolver.resolve(schema)
    nullable = False
    for _ in range(10):
        if not isinstance(schema, dict):
            return {}, nullable, ref
        changed = False
        for key in ("anyOf", "oneOf"):
            variants = schema.get(key)
            if isinstance(variants, list) and any(_is_null(v) for v in variants):
                nullable = True
                rest = [v for v in variants if not _is_null(v)]
                outer = {k: v for k, v in schema.items() if k != key}
                if len(rest) == 1:
                    inner, inner_ref = resolver.resolve(rest[0])
                    schema = {**outer, **inner} if isinstance(inner, dict) else outer
                    ref = inner_ref or ref
                else:
                    schema = {**outer, key: rest}
                changed = True
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            inner, inner_ref = resolver.resolve(all_of[0])
            outer = {k: v for k, v in schema.items() if k != "allOf"}
            schema = {**inner, **outer} if isinstance(inner, dict) else outer
            ref = inner_ref or ref
            changed = True
        types = schema.get("type")
        if isinstance(types, list) and "null" in types:
            nullable = True
            rest_types = [t for t in types if t != "null"]
            schema = {**schema, "type": rest_types[0] if len(rest_types) == 1 else rest_types}
            changed = True
        if not changed:
            break
    return schema, nullable, ref


def _kind(schema: Json) -> str:
    if "const" in schema:
        return "const"
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return "union"
    if "allOf" in schema:
        return "allOf"
    declared = schema.get("type")
    if isinstance(declared, str):
        return declared
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    if "enum" in schema:
        return "string"
    return "any"


def _enum(schema: Json) -> list[Any] | None:
    values = schema.get("enum")
    return sorted(values, key=repr) if isinstance(values, list) else None


class Comparer:
    """Walks a reference operation and ours side by side, collecting ``Mismatch``es in ``out``."""

    def __init__(self, reference: Json, ours: Json) -> None:
        self.ref = _Resolver(reference)
        self.ours = _Resolver(ours)
        self.out: list[Mismatch] = []
        self.op = ""
        self._visiting: set[tuple[str | None, str | None, bool]] = set()

    def add(
        self,
        where: str,
        message: str,
        kind: str = "other",
        added: list[Any] | None = None,
        removed: list[Any] | None = None,
        *,
        tolerated: bool = False,
    ) -> None:
        self.out.append(Mismatch(self.op, where, message, kind=kind, added=added, removed=removed, tolerated=tolerated))

    def schema(self, ref_schema: Any, our_schema: Any, where: str, depth: int = 0, *, check_null: bool = True) -> None:
        if depth > MAX_DEPTH:
            return
        ref_s, ref_null, ref_name = _normalise(ref_schema, self.ref)
        our_s, our_null, our_name = _normalise(our_schema, self.ours)
        if check_null and ref_null != our_null:
            self.add(where, f"nullable: reference {ref_null}, ours {our_null}", "nullable", added=[ref_null])
        key = (ref_name, our_name, check_null)
        if ref_name and our_name:
            if key in self._visiting:
                return
            self._visiting.add(key)
        try:
            self._compare_resolved(ref_s, our_s, where, depth)
        finally:
            self._visiting.discard(key)

    def _compare_resolved(self, ref_s: Json, our_s: Json, where: str, depth: int) -> None:
        ref_kind, our_kind = _kind(ref_s), _kind(our_s)
        if ref_kind == "any" and not ref_s:
            return  # reference says nothing: anything we declare is a refinement
        if ref_kind != our_kind:
            self.add(where, f"type: reference {ref_kind}, ours {our_kind}", "type")
            return
        if ref_kind == "const":
            if ref_s["const"] != our_s.get("const"):
                self.add(where, f"const: reference {ref_s['const']!r}, ours {our_s.get('const')!r}")
            return
        if ref_s.get("format") == "binary" and our_s.get("format") != "binary":
            self.add(where, "format: reference binary, ours not")
        if _enum(ref_s) != _enum(our_s):
            ref_values, our_values = _enum(ref_s) or [], _enum(our_s) or []
            added = [v for v in ref_values if v not in our_values]
            self.add(
                where,
                f"enum: reference {_enum(ref_s)}, ours {_enum(our_s)}",
                "enum",
                added=added,
                removed=[v for v in our_values if v not in ref_values],
                # Values of ours the reference lacks (newer formats, say) break no client of it.
                tolerated=bool(ref_values and our_values and not added),
            )
        if ref_kind == "union":
            self._union(ref_s, our_s, where, depth)
        elif ref_kind == "object":
            self._object(ref_s, our_s, where, depth)
        elif ref_kind == "array":
            self.schema(ref_s.get("items", {}), our_s.get("items", {}), f"{where}[]", depth + 1)

    def _union(self, ref_s: Json, our_s: Json, where: str, depth: int) -> None:
        ref_key = "anyOf" if "anyOf" in ref_s else "oneOf"
        our_key = "anyOf" if "anyOf" in our_s else "oneOf"
        ref_variants, our_variants = ref_s[ref_key], our_s[our_key]
        if len(ref_variants) != len(our_variants):
            self.add(
                where,
                f"union: reference has {len(ref_variants)} variants, ours {len(our_variants)}",
                "union",
                added=[len(ref_variants) - len(our_variants)],
            )
            return
        ref_disc = (ref_s.get("discriminator") or {}).get("propertyName")
        our_disc = (our_s.get("discriminator") or {}).get("propertyName")
        if ref_disc != our_disc:
            self.add(where, f"discriminator: reference {ref_disc!r}, ours {our_disc!r}")
        for index, (ref_v, our_v) in enumerate(zip(ref_variants, our_variants, strict=True)):
            self.schema(ref_v, our_v, f"{where}<{index}>", depth + 1)

    def _object(self, ref_s: Json, our_s: Json, where: str, depth: int) -> None:
        ref_props: Json = ref_s.get("properties") or {}
        our_props: Json = our_s.get("properties") or {}
        missing = sorted(set(ref_props) - set(our_props))
        extra = sorted(set(our_props) - set(ref_props))
        if missing:
            self.add(where, f"properties missing: {missing}", "properties", added=missing)
        if extra:
            self.add(where, f"properties not in reference: {extra}", "properties", removed=extra)
        ref_req = sorted(ref_s.get("required") or [])
        our_req = sorted(our_s.get("required") or [])
        if ref_req != our_req:
            self.add(
                where,
                f"required: reference {ref_req}, ours {our_req}",
                "required",
                added=[n for n in ref_req if n not in our_req],
                removed=[n for n in our_req if n not in ref_req],
            )
        ref_add = ref_s.get("additionalProperties")
        our_add = our_s.get("additionalProperties")
        if isinstance(ref_add, dict) and ref_add:
            if not isinstance(our_add, dict):
                self.add(where, "additionalProperties: reference is a typed map, ours not")
            else:
                self.schema(ref_add, our_add, f"{where}{{*}}", depth + 1)
        for name in sorted(set(ref_props) & set(our_props)):
            self.schema(ref_props[name], our_props[name], f"{where}.{name}", depth + 1)

    def parameters(self, ref_op: Json, our_op: Json, ref_item: Json, our_item: Json) -> None:
        def collect(op: Json, item: Json, resolver: _Resolver) -> dict[tuple[str, str], Json]:
            found: dict[tuple[str, str], Json] = {}
            for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
                param, _ = resolver.resolve(raw)
                found[(param["in"], param["name"])] = param
            return {k: v for k, v in found.items() if k not in IGNORED_PARAMETERS}

        ref_params = collect(ref_op, ref_item, self.ref)
        our_params = collect(our_op, our_item, self.ours)
        for key in sorted(set(ref_params) - set(our_params)):
            self.add(f"parameter {key[0]}:{key[1]}", "missing", "parameter", added=[key[1]])
        for key in sorted(set(our_params) - set(ref_params)):
            self.add(f"parameter {key[0]}:{key[1]}", "not in reference", "parameter", removed=[key[1]])
        for key in sorted(set(ref_params) & set(our_params)):
            ref_p, our_p = ref_params[key], our_params[key]
            where = f"parameter {key[0]}:{key[1]}"
            if bool(ref_p.get("required")) != bool(our_p.get("required")):
                newly = bool(ref_p.get("required"))
                self.add(
                    where,
                    f"required: reference {newly}, ours {bool(our_p.get('required'))}",
                    "required",
                    added=[key[1]] if newly else None,
                    removed=None if newly else [key[1]],
                )
            ref_schema, our_schema = ref_p.get("schema", {}), our_p.get("schema", {})
            # Nullability of an optional query parameter is not observable on the wire.
            self.schema(ref_schema, our_schema, where, check_null=bool(ref_p.get("required")))
            ref_default = _normalise(ref_schema, self.ref)[0].get("default", ref_schema.get("default"))
            our_default = _normalise(our_schema, self.ours)[0].get("default", our_schema.get("default"))
            if ref_default != our_default:
                self.add(where, f"default: reference {ref_default!r}, ours {our_default!r}")

    def request_body(self, ref_op: Json, our_op: Json, streaming: bool) -> None:
        ref_body, _ = self.ref.resolve(ref_op.get("requestBody") or {})
        our_body, _ = self.ours.resolve(our_op.get("requestBody") or {})
        if not ref_body and not our_body:
            return
        if bool(ref_body.get("required")) != bool(our_body.get("required")):
            self.add(
                "requestBody",
                f"required: reference {bool(ref_body.get('required'))}, ours {bool(our_body.get('required'))}",
            )
        self.content(ref_body.get("content") or {}, our_body.get("content") or {}, "requestBody", streaming=False)

    def content(
        self, ref_content: Json, our_content: Json, where: str, *, streaming: bool, response: bool = False
    ) -> None:
        ref_types = set(ref_content)
        our_types = set(our_content)
        if response and ref_types and all(kind.startswith("audio/") for kind in our_types - ref_types):
            our_types &= ref_types
        aliases: dict[str, str] = {}
        if streaming and NDJSON in our_types and "application/json" in ref_types:
            aliases["application/json"] = NDJSON
            ref_types = (ref_types - {"application/json"}) | {NDJSON}
        if ref_types != our_types:
            self.add(where, f"content types: reference {sorted(ref_types)}, ours {sorted(our_types)}")
        for ref_type, ref_media in ref_content.items():
            our_type = aliases.get(ref_type, ref_type)
            if our_type not in our_content:
                continue
            ref_schema = (ref_media or {}).get("schema")
            our_schema = (our_content[our_type] or {}).get("schema")
            if ref_schema is None:
                continue  # nothing to compare against; binary bodies get a schema on our side
            if our_schema is None:
                self.add(f"{where} {our_type}", "schema missing")
                continue
            self.schema(ref_schema, our_schema, f"{where} {our_type}")

    def responses(self, ref_op: Json, our_op: Json, streaming: bool) -> None:
        ref_responses: Json = ref_op.get("responses") or {}
        our_responses: Json = our_op.get("responses") or {}
        for code in sorted(set(ref_responses) - set(our_responses)):
            self.add(f"response {code}", "missing", "response", added=[code])
        for code in sorted(set(our_responses) - set(ref_responses)):
            # Error statuses the reference leaves undeclared are errors to its clients either way.
            self.add(
                f"response {code}",
                "not in reference",
                "response",
                removed=[code],
                tolerated=str(code)[:1] in ("4", "5"),
            )
        for code in sorted(set(ref_responses) & set(our_responses)):
            ref_r, _ = self.ref.resolve(ref_responses[code])
            our_r, _ = self.ours.resolve(our_responses[code])
            self.content(
                ref_r.get("content") or {},
                our_r.get("content") or {},
                f"response {code}",
                streaming=streaming,
                response=True,
            )

    def operation(self, label: str, ref_op: Json, our_op: Json, ref_item: Json, our_item: Json) -> None:
        self.op = label
        streaming = bool(ref_op.get("x-fern-streaming"))
        self.parameters(ref_op, our_op, ref_item, our_item)
        self.request_body(ref_op, our_op, streaming)
        self.responses(ref_op, our_op, streaming)


def _operations(document: Json) -> Iterator[tuple[str, str, Json, Json]]:
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and method in item:
                yield method, path, item[method], item


def operations_by_route(document: Json) -> dict[Route, tuple[str, str, Json, Json]]:
    """route (parameter names erased) -> (method, path, operation, path item)."""
    return {route(m, p): (m, p, op, item) for m, p, op, item in _operations(document)}


def compare(reference: Json, ours: Json) -> tuple[int, int, list[str], list[Mismatch]]:
    """Return (covered, total, uncovered labels, mismatches) for ``ours`` against ``reference``.

    Operations match on route: method and path with parameter names erased."""
    our_ops = operations_by_route(ours)
    comparer = Comparer(reference, ours)
    covered = 0
    total = 0
    uncovered: list[str] = []
    for method, path, ref_op, ref_item in _operations(reference):
        total += 1
        label = f"{method.upper()} {path}"
        if route(method, path) not in our_ops:
            uncovered.append(label)
            continue
        covered += 1
        _, _, our_op, our_item = our_ops[route(method, path)]
        comparer.operation(f"{label} ({our_op.get('operationId')})", ref_op, our_op, ref_item, our_item)
    return covered, total, uncovered, [mismatch for mismatch in comparer.out if not mismatch.tolerated]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", required=True, type=Path, help="reference OpenAPI document (JSON or YAML)")
    parser.add_argument(
        "--spec", action="append", type=Path, help="our spec (repeatable to merge parts); default openapi.yaml"
    )
    parser.add_argument("--list-uncovered", action="store_true", help="print the reference operations we lack")
    parser.add_argument("--require-all", action="store_true", help="fail unless every reference operation is covered")
    args = parser.parse_args(argv)
    specs = args.spec or [Path(__file__).resolve().parent.parent / "openapi.yaml"]
    if not args.reference.exists():
        print(f"reference not found: {args.reference}", file=sys.stderr)
        return 2
    covered, total, uncovered, mismatches = compare(load_document([args.reference]), load_document(specs))
    print(f"covered {covered}/{total} operations; {len(mismatches)} mismatches")
    for mismatch in mismatches:
        print(f"  {mismatch}")
    if args.list_uncovered:
        for label in uncovered:
            print(f"  not covered: {label}")
    failed = bool(mismatches) or (args.require_all and covered < total)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
