"""Rebuild openapi.yaml's facts from a newer reference spec, keeping what is ours.

Facts come from the reference: methods, paths, parameters, request and response schemas,
enums, defaults, nullability, content types and deprecation flags. Words and names come
from us: for a route we already describe (method + path, parameter names erased) we keep
its operationId, tags, summary, security and descriptions (of the operation, its
parameters, responses and of schema properties that still exist). Reference prose
(``description``, ``summary``, ``title``, examples, vendor ``x-`` extensions) is never
copied.

Schema names: each shared operation's request and response trees are walked in parallel
(as scripts/spec_coverage.py compares them); a reference schema met where ours has a named
schema takes our name. Every other reference schema gets its reference name cleaned into
CamelCase (``ASTNode-Input`` -> ``AstNodeInput``; ``-Input``/``-Output`` pairs stay two
schemas), made unique.

New routes are named by the documented rule of scripts/routes.py (the naming table is the
current openapi.yaml), and get the one-line summary given for them in ``--summaries`` (a
YAML map ``"METHOD /path": summary`` written by us; ``"tag NAME": description`` describes a
new folder); routes the reference no longer has
are dropped.

Our conventions survive where the facts allow: the shared ``OutputFormat`` enum (used
wherever a parameter's enum equals it), ``application/x-ndjson`` for streams the reference
marks ``x-fern-streaming`` but declares as ``application/json``, the global ``ApiKeyAuth``
scheme (per-operation ``xi-api-key`` headers are dropped), servers, info and tags. Error
responses (4xx/5xx) that we declare and the reference does not are kept: they are ours
on purpose. Everything else we declared beyond the reference is dropped.

Usage:
    python scripts/sync_spec.py --reference REF.json [--spec openapi.yaml] [--summaries S.yaml]
        [--output openapi.yaml]
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from routes import Route, assign_names, naming_table, operations, route

__all__ = ["SyncReport", "dump_yaml", "sync"]

Json = dict[str, Any]
NDJSON = "application/x-ndjson"
BINARY_MEDIA = re.compile(r"^(audio/.*|video/.*|image/.*|application/(zip|octet-stream)|multipart/mixed)$")
PROSE = frozenset({"description", "summary", "title", "example", "examples", "externalDocs", "$comment"})
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_SINGLES = ("items", "additionalProperties", "not", "contains", "propertyNames")
SCHEMA_MAPS = ("properties", "patternProperties", "$defs")
REF_PREFIX = "#/components/schemas/"
AUTH_HEADER = ("header", "xi-api-key")
# Short, generic words for responses we have no description of (a response needs one).
STATUS_WORDS = {
    "200": "Success.",
    "201": "Created.",
    "202": "Accepted.",
    "204": "Done; no body.",
    "400": "The request was malformed.",
    "401": "The API key is missing or invalid.",
    "403": "The key may not do this.",
    "404": "Nothing with that id.",
    "409": "Conflicts with the current state.",
    "422": "The request failed validation.",
    "429": "Too many requests.",
    "default": "Any other answer.",
}


class SyncReport:
    """What a sync did, for the command line and the tests."""

    def __init__(self) -> None:
        self.kept: list[str] = []
        self.added: list[str] = []
        self.removed: list[str] = []
        self.no_summary: list[str] = []
        self.schema_names: dict[str, str] = {}

    def lines(self) -> Iterator[str]:
        yield f"kept {len(self.kept)}, added {len(self.added)}, removed {len(self.removed)} operations"
        for label in self.removed:
            yield f"  removed: {label}"
        for label in self.no_summary:
            yield f"  no summary given for new operation: {label}"


def _ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(REF_PREFIX):
        return str(node["$ref"][len(REF_PREFIX) :])
    return None


def clean_name(name: str) -> str:
    """``Body_Create_agent_v1_x-Input`` -> ``BodyCreateAgentV1XInput``: CamelCase, identifier-safe."""
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", name) if p]
    text = "".join(p[0].upper() + p[1:] for p in parts) or "Schema"
    return text if text[0].isalpha() else f"Schema{text}"


class _Sync:
    def __init__(self, ours: Json, reference: Json) -> None:
        self.ours = ours
        self.reference = reference
        self.our_schemas: Json = (ours.get("components") or {}).get("schemas") or {}
        self.ref_schemas: Json = (reference.get("components") or {}).get("schemas") or {}
        self.mapping: dict[str, str] = {}  # reference schema name -> our name
        self._owner: dict[str, str] = {}  # our name -> the reference schema that first took it
        self.hoisted: dict[str, Json] = {}  # our name -> an inline reference schema now named so
        self._assigned: set[str] = set()
        self._by_our_name: dict[str, str] = {}
        self._seen_pairs: set[tuple[str, str]] = set()
        self.names: dict[str, str] = {}

    # --- schema name mapping -------------------------------------------------------------

    def _unwrap(self, node: Any, schemas: Json) -> tuple[Any, list[str]]:
        """Follow refs, strip a null branch and single allOf; return the node and ref names met."""
        names: list[str] = []
        for _ in range(20):
            name = _ref_name(node)
            if name is not None:
                names.append(name)
                node = schemas.get(name)
                continue
            if not isinstance(node, dict):
                break
            changed = False
            for key in ("anyOf", "oneOf"):
                variants = node.get(key)
                if isinstance(variants, list):
                    rest = [v for v in variants if not (isinstance(v, dict) and v.get("type") == "null")]
                    if len(rest) == 1 and len(rest) != len(variants):
                        node = rest[0]
                        changed = True
                        break
            if not changed:
                all_of = node.get("allOf")
                if isinstance(all_of, list) and len(all_of) == 1:
                    node = all_of[0]
                    changed = True
            if not changed:
                break
        return node, names

    def pair(self, ref_node: Any, our_node: Any, depth: int = 0) -> None:
        """Walk two schemas in parallel, mapping reference schema names onto ours."""
        if depth > 60 or ref_node is None or our_node is None:
            return
        ref_s, ref_names = self._unwrap(ref_node, self.ref_schemas)
        our_s, our_names = self._unwrap(our_node, self.our_schemas)
        if ref_names and our_names:
            ref_name, our_name = ref_names[-1], our_names[-1]
            if ref_name not in self.mapping:
                owner = self._owner.get(our_name)
                if owner is None:
                    self.mapping[ref_name] = our_name
                    self._owner[our_name] = ref_name
                elif _facts(self.ref_schemas.get(ref_name)) == _facts(self.ref_schemas.get(owner)):
                    # Upstream split one of our schemas into identical copies: keep it one schema.
                    self.mapping[ref_name] = our_name
            if (ref_name, our_name) in self._seen_pairs:
                return
            self._seen_pairs.add((ref_name, our_name))
        if not isinstance(ref_s, dict) or not isinstance(our_s, dict):
            return
        for key in SCHEMA_LISTS:
            ref_list, our_list = ref_s.get(key), our_s.get(key)
            if isinstance(ref_list, list) and isinstance(our_list, list):
                for a, b in zip(ref_list, self.match_variants(ref_list, our_list), strict=True):
                    self.pair(a, b, depth + 1)
        for key in SCHEMA_SINGLES:
            if isinstance(ref_s.get(key), dict) and isinstance(our_s.get(key), dict):
                self.pair(ref_s[key], our_s[key], depth + 1)
        ref_props, our_props = ref_s.get("properties"), our_s.get("properties")
        if isinstance(ref_props, dict) and isinstance(our_props, dict):
            for name in ref_props:
                if name in our_props:
                    self.pair(ref_props[name], our_props[name], depth + 1)

    def match_variants(self, ref_list: list[Any], our_list: list[Any]) -> list[Any]:
        """Our member for each reference member: by position when the counts agree, else by tag.

        A tag is a (property, value) a member pins with ``const`` or an ``enum``; the member
        sharing the most one-value tags wins, else the most of any enum value, if unique.
        """
        if len(ref_list) == len(our_list):
            return list(our_list)
        matched: list[Any] = []
        for variant in ref_list:
            found: list[Any] = []
            for strict in (True, False):
                tags = self._tags(variant, self.ref_schemas, strict)
                scores = [len(tags & self._tags(v, self.our_schemas, strict)) for v in our_list]
                best = max(scores, default=0)
                found = [v for v, score in zip(our_list, scores, strict=True) if best and score == best]
                if found:
                    break
            if not found and _is_null(variant):
                found = [v for v in our_list if _is_null(v)]
            matched.append(found[0] if len(found) == 1 else None)
        return matched

    def _tags(self, node: Any, schemas: Json, strict: bool) -> set[tuple[str, str]]:
        target, _ = self._unwrap(node, schemas)
        props = target.get("properties") if isinstance(target, dict) else None
        tags: set[tuple[str, str]] = set()
        for name, raw in (props or {}).items():
            prop, _ = self._unwrap(raw, schemas)
            if isinstance(prop, dict):
                values = [prop["const"]] if "const" in prop else prop.get("enum")
                if isinstance(values, list) and (len(values) == 1 or not strict):
                    tags |= {(str(name), str(value)) for value in values}
        return tags

    def pair_operation(self, ref_op: Json, our_op: Json) -> None:
        our_params = {(p.get("in"), p.get("name")): p for p in our_op.get("parameters") or [] if isinstance(p, dict)}
        for param in ref_op.get("parameters") or []:
            mine = our_params.get((param.get("in"), param.get("name")))
            if mine is not None:
                self.pair(param.get("schema"), mine.get("schema"))
        self._pair_content(ref_op.get("requestBody"), our_op.get("requestBody"))
        our_responses = our_op.get("responses") or {}
        for code, response in (ref_op.get("responses") or {}).items():
            self._pair_content(response, our_responses.get(code))

    def _pair_content(self, ref_holder: Any, our_holder: Any) -> None:
        if not isinstance(ref_holder, dict) or not isinstance(our_holder, dict):
            return
        our_content = our_holder.get("content") or {}
        for media_type, media in (ref_holder.get("content") or {}).items():
            mine = our_content.get(media_type) or (
                our_content.get(NDJSON) if media_type == "application/json" else None
            )
            if isinstance(media, dict) and isinstance(mine, dict):
                self.pair(media.get("schema"), mine.get("schema"))

    # --- building ------------------------------------------------------------------------

    def build(self, ref_node: Any, our_node: Any, depth: int = 0) -> Any:
        """The reference schema's facts, renamed refs, and our descriptions where positions match."""
        if not isinstance(ref_node, dict):
            return copy.deepcopy(ref_node)
        mine = our_node if isinstance(our_node, dict) else {}
        hoisted = self._hoist(ref_node, mine, depth)
        if hoisted is not None:
            return hoisted
        out: Json = {}
        for key, value in ref_node.items():
            if key in PROSE or key.startswith("x-"):
                continue
            if key == "$ref":
                name = _ref_name(ref_node)
                out[key] = f"{REF_PREFIX}{self.names[name]}" if name is not None else value
            elif key in SCHEMA_LISTS and isinstance(value, list):
                found = mine.get(key)
                ours_list: list[Any] = found if isinstance(found, list) else []
                matched = self.match_variants(value, ours_list)
                # ``X | null`` upstream where we named X: X still lines up with our reference.
                lone = _ref_name(mine) is not None and not ours_list and sum(not _is_null(v) for v in value) == 1
                out[key] = [
                    self.build(v, (mine if lone and not _is_null(v) else matched[i]), depth + 1)
                    for i, v in enumerate(value)
                ]
            elif key in SCHEMA_SINGLES and isinstance(value, dict):
                out[key] = self.build(value, mine.get(key), depth + 1)
            elif key in SCHEMA_MAPS and isinstance(value, dict):
                found_map = mine.get(key)
                ours_map: Json = found_map if isinstance(found_map, dict) else {}
                out[key] = {k: self.build(v, ours_map.get(k), depth + 1) for k, v in value.items()}
            elif key == "discriminator" and isinstance(value, dict):
                disc = {k: copy.deepcopy(v) for k, v in value.items() if not k.startswith("x-")}
                if isinstance(disc.get("mapping"), dict):
                    disc["mapping"] = {
                        tag: (f"{REF_PREFIX}{self.names[n]}" if (n := _ref_name({"$ref": ref})) else ref)
                        for tag, ref in disc["mapping"].items()
                    }
                out[key] = disc
            else:
                out[key] = copy.deepcopy(value)
        if isinstance(mine.get("description"), str):
            out = {"description": mine["description"], **out} if "$ref" not in out or "$ref" in mine else out
        # Our examples (so Prism answers with meaningful data), while they still fit the facts.
        if "example" in mine and "$ref" not in out and self.fits(mine["example"], out):
            out["example"] = copy.deepcopy(mine["example"])
        return out

    def fits(self, value: Any, schema: Any, depth: int = 0) -> bool:
        """Whether ``value`` satisfies ``schema``'s structure: types, required, enum, const."""
        schema = self.resolve_any(schema)
        if not isinstance(schema, dict) or depth > 30:
            return True
        if "const" in schema:
            return bool(value == schema["const"])
        if isinstance(schema.get("enum"), list) and value not in schema["enum"]:
            return False
        for key in ("anyOf", "oneOf"):
            if isinstance(schema.get(key), list):
                return any(self.fits(value, member, depth + 1) for member in schema[key])
        if isinstance(schema.get("allOf"), list):
            return all(self.fits(value, member, depth + 1) for member in schema["allOf"])
        kind = schema.get("type")
        checks: dict[str, Any] = {
            "object": dict,
            "array": list,
            "string": str,
            "boolean": bool,
            "integer": int,
            "number": (int, float),
            "null": type(None),
        }
        if (
            isinstance(kind, str)
            and kind in checks
            and (not isinstance(value, checks[kind]) or (kind in ("integer", "number") and isinstance(value, bool)))
        ):
            return False
        if isinstance(value, dict):
            if any(name not in value for name in schema.get("required") or []):
                return False
            props = schema.get("properties") or {}
            return all(self.fits(v, props[k], depth + 1) for k, v in value.items() if k in props)
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            return all(self.fits(v, schema["items"], depth + 1) for v in value)
        return True

    def resolve_any(self, node: Any) -> Any:
        """Follow a reference by our name (built or pending) or by the reference's own name."""
        return self._resolve(node, reference_names=True)

    def resolve_built(self, node: Any) -> Any:
        """A built schema with its reference followed (to a built or pending component)."""
        return self._resolve(node, reference_names=False)

    def _resolve(self, node: Any, *, reference_names: bool) -> Any:
        for _ in range(20):
            name = _ref_name(node)
            if name is None:
                return node
            if name in self.hoisted:
                node = self.hoisted[name]
            elif name in self._by_our_name:
                node = self.ref_schemas.get(self._by_our_name[name])
            else:
                node = self.ref_schemas.get(name) if reference_names else None
        return node

    def _hoist(self, ref_node: Json, mine: Json, depth: int) -> Json | None:
        """Where we named a schema the reference now writes inline, keep our name for it."""
        target = _ref_name(mine)
        if (
            "$ref" in ref_node
            or _is_null(ref_node)
            or target is None
            or target not in self.our_schemas
            or target in self._owner
            or target in self._assigned
            or any(_is_null(v) for v in ref_node.get("anyOf") or ref_node.get("oneOf") or [])
        ):
            return None
        pointer = {"$ref": f"{REF_PREFIX}{target}"}
        if target in self.hoisted:
            built = self.build(ref_node, None, depth + 1)
            return pointer if _facts(built) == _facts(self.hoisted[target]) else built
        self.hoisted[target] = {}  # claimed before recursing
        self.hoisted[target] = self.build(ref_node, self.our_schemas[target], depth + 1)
        return pointer

    def reachable(self, roots: list[Any]) -> list[str]:
        """Reference schema names reachable from ``roots``, in first-seen order."""
        found: dict[str, None] = {}
        stack = list(reversed(roots))
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                name = _ref_name(node)
                if name is not None and name not in found:
                    found[name] = None
                    stack.append(self.ref_schemas.get(name))
                stack.extend(reversed(list(node.values())))
            elif isinstance(node, list):
                stack.extend(reversed(node))
        return list(found)

    def assign_schema_names(
        self, used: list[str], reserved: set[str], preferred: Mapping[str, str] | None = None
    ) -> None:
        """Name every used reference schema: ours where it maps onto one of ours, else the
        ``preferred`` name (request bodies the framework named for us), else its cleaned name."""
        names: dict[str, str] = {}
        taken = set(reserved)
        for ref_name in used:
            if ref_name in self.mapping:
                names[ref_name] = self.mapping[ref_name]
                taken.add(self.mapping[ref_name])
        for ref_name in used:
            if ref_name in names:
                continue
            base = (preferred or {}).get(ref_name) or clean_name(ref_name)
            # The other half of an -Input/-Output pair whose first half took one of our names
            # takes that name with its own suffix: ``ConvaiToolResultSystem`` + ``Output``.
            pair = re.fullmatch(r"(.*)-(Input|Output)", ref_name)
            if pair:
                sibling = f"{pair[1]}-{'Output' if pair[2] == 'Input' else 'Input'}"
                ours = self.mapping.get(sibling)
                if ours is not None and not ours.endswith(("Input", "Output")):
                    base = f"{ours}{pair[2]}"
            candidate, n = base, 2
            while candidate in taken:
                candidate, n = f"{base}{n}", n + 1
            names[ref_name] = candidate
            taken.add(candidate)
        self.names = names
        self._assigned = set(names.values())
        self._by_our_name = {ours: ref for ref, ours in reversed(list(names.items()))}


# Request bodies a framework named after the handler and route ("Body_Create_folder_v1_..._post").
_FRAMEWORK_BODY = re.compile(r"Body_.*_(get|post|put|patch|delete)")


def _body_names(ref_ops: list[tuple[str, str, Json]], names: Mapping[Route, tuple[str, str]]) -> dict[str, str]:
    """Readable names for framework-named request bodies: the operation's own name, then
    ``Request`` (JSON) or ``Form`` (multipart), e.g. ``MusicComposeDetailedRequest``."""
    preferred: dict[str, str] = {}
    for method, path, op in ref_ops:
        body = op.get("requestBody")
        for media_type, media in ((body or {}).get("content") or {}).items() if isinstance(body, dict) else ():
            target = ((media or {}).get("schema") or {}).get("$ref", "")
            ref_name = target.rpartition("/")[2]
            if target.startswith(REF_PREFIX) and _FRAMEWORK_BODY.fullmatch(ref_name) and ref_name not in preferred:
                module = names[route(method, path)][1]
                suffix = "Form" if media_type == "multipart/form-data" else "Request"
                preferred[ref_name] = "".join(part.capitalize() for part in module.split("_")) + suffix
    return preferred


def _operation_params(item: Json, op: Json) -> list[Json]:
    merged: dict[tuple[str, str], Json] = {}
    for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        if isinstance(param, dict):
            merged[(str(param.get("in")), str(param.get("name")))] = param
    return [p for key, p in merged.items() if (key[0], key[1].lower()) != AUTH_HEADER]


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "null"


def _facts(node: Any) -> str:
    """A schema's facts as a comparable string: prose, titles and vendor extensions left out."""

    def strip(value: Any, in_map: bool) -> Any:
        if isinstance(value, dict):
            return {
                k: strip(v, k in SCHEMA_MAPS and not in_map)
                for k, v in value.items()
                if in_map or not (k in PROSE or k.startswith("x-"))
            }
        if isinstance(value, list):
            return [strip(v, False) for v in value]
        return value

    return json.dumps(strip(node, False), sort_keys=True)


def _label(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


def sync(ours: Json, reference: Json, summaries: Mapping[str, str] | None = None) -> tuple[Json, SyncReport]:
    """Return a new document: ``reference``'s facts with ``ours``'s names and words."""
    summaries = summaries or {}
    report = SyncReport()
    state = _Sync(ours, reference)
    our_ops: dict[Route, tuple[str, Json, Json]] = {}
    for path, item in (ours.get("paths") or {}).items():
        for method, _, our in operations({"paths": {path: item}}):
            our_ops[route(method, path)] = (path, item, our)
    ref_ops = [(method, path, op) for method, path, op in operations(reference)]
    ref_items: Json = reference.get("paths") or {}

    for method, path, ref_op in ref_ops:
        found = our_ops.get(route(method, path))
        if found is not None:
            merged = {**ref_op, "parameters": _operation_params(ref_items[path], ref_op)}
            state.pair_operation(merged, found[2])

    table = naming_table(ours)
    names = assign_names([(m, p) for m, p, _ in ref_ops], table)

    # Which reference schemas the new document needs, and what they are called.
    roots: list[Any] = []
    for _, path, ref_op in ref_ops:
        roots += [p.get("schema") for p in _operation_params(ref_items[path], ref_op)]
        roots.append(ref_op.get("requestBody"))
        roots.append(ref_op.get("responses"))
    used = state.reachable(roots)
    state.assign_schema_names(used, reserved=set(), preferred=_body_names(ref_ops, names))
    report.schema_names = dict(state.names)
    output_enum = _shared_enum(state, "OutputFormat")
    paths: Json = {}
    for method, path, ref_op in ref_ops:
        key = route(method, path)
        found = our_ops.get(key)
        our_op: Json = found[2] if found else {}
        folder, module = names[key]
        op: Json = {"operationId": module, "tags": [folder]}
        if found:
            report.kept.append(_label(method, path))
            op["tags"] = list(our_op.get("tags") or [folder])
            for word in ("summary", "description"):
                if isinstance(our_op.get(word), str):
                    op[word] = our_op[word]
            if "security" in our_op:
                op["security"] = copy.deepcopy(our_op["security"])
        else:
            report.added.append(_label(method, path))
            summary = summaries.get(_label(method, path))
            if summary:
                op["summary"] = summary
            else:
                report.no_summary.append(_label(method, path))
        if ref_op.get("deprecated"):
            op["deprecated"] = True
        params = _build_parameters(state, _operation_params(ref_items[path], ref_op), our_op, output_enum)
        if params:
            op["parameters"] = params
        if isinstance(ref_op.get("requestBody"), dict):
            op["requestBody"] = _build_holder(state, ref_op["requestBody"], our_op.get("requestBody"), ndjson=False)
        op["responses"] = _build_responses(state, ref_op, our_op)
        paths.setdefault(path, {})[method] = op
    for key, (path, _, _) in our_ops.items():
        if key not in {route(m, p) for m, p, _ in ref_ops}:
            report.removed.append(_label(key[0], path))

    schemas: Json = {}
    for ref_name in used:
        name = state.names[ref_name]
        if name not in schemas:
            our_def = state.our_schemas.get(name) if state.mapping.get(ref_name) == name else None
            schemas[name] = state.build(state.ref_schemas.get(ref_name), our_def)
    schemas = dict(sorted({**schemas, **state.hoisted}.items()))

    result: Json = {}
    for top in ("openapi", "info", "servers", "security"):
        if top in ours:
            result[top] = copy.deepcopy(ours[top])
    used_tags = {str(entry["tags"][0]) for item in paths.values() for entry in item.values()}
    our_tags = [tag for tag in ours.get("tags") or [] if isinstance(tag, dict) and tag.get("name") in used_tags]
    known = {tag["name"] for tag in our_tags}
    result["tags"] = our_tags + [
        {"name": t, **({"description": summaries[f"tag {t}"]} if f"tag {t}" in summaries else {})}
        for t in sorted(used_tags - known)
    ]
    result["paths"] = paths
    components: Json = {}
    our_components = ours.get("components") or {}
    if "securitySchemes" in our_components:
        components["securitySchemes"] = copy.deepcopy(our_components["securitySchemes"])
    components["schemas"] = schemas
    result["components"] = components
    _carry_our_components(result, our_components)
    return result, report


def _carry_our_components(result: Json, our_components: Json) -> None:
    """Copy in, from ours, every component the result refers to but lacks: the error responses
    and bodies we declare on purpose (kept by ``_build_responses``) and what they refer to."""
    components: Json = result["components"]
    pending = [result["paths"]]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            target = node.get("$ref")
            if isinstance(target, str) and target.startswith("#/components/"):
                kind, _, name = target[len("#/components/") :].partition("/")
                have = components.setdefault(kind, {})
                mine = (our_components.get(kind) or {}).get(name)
                if name not in have and mine is not None:
                    have[name] = copy.deepcopy(mine)
                    pending.append(have[name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    for kind in ("schemas", "responses"):  # by name, whichever path referred to them first
        if kind in components:
            components[kind] = dict(sorted(components[kind].items()))


def _shared_enum(state: _Sync, name: str) -> list[Any] | None:
    """The enum of the reference schema that took our shared enum schema's ``name``."""
    for ref_name, our_name in state.mapping.items():
        schema = state.ref_schemas.get(ref_name)
        if our_name == name and isinstance(schema, dict) and isinstance(schema.get("enum"), list):
            return list(schema["enum"])
    return None


def _build_parameters(state: _Sync, params: list[Json], our_op: Json, output_enum: list[Any] | None) -> list[Json]:
    mine = {(p.get("in"), p.get("name")): p for p in our_op.get("parameters") or [] if isinstance(p, dict)}
    built: list[Json] = []
    for param in params:
        our_param = mine.get((param.get("in"), param.get("name"))) or {}
        out: Json = {}
        for key, value in param.items():
            if key in PROSE or key.startswith("x-"):
                continue
            if key == "schema":
                schema = state.build(value, our_param.get("schema"))
                schema.pop("description", None)
                if (
                    output_enum is not None
                    and isinstance(schema, dict)
                    and isinstance(schema.get("enum"), list)
                    and sorted(schema["enum"], key=repr) == sorted(output_enum, key=repr)
                    and set(schema) <= {"type", "enum", "default"}
                ):
                    schema = {
                        "$ref": f"{REF_PREFIX}OutputFormat",
                        **({"default": schema["default"]} if "default" in schema else {}),
                    }
                out[key] = schema
            else:
                out[key] = copy.deepcopy(value)
        if isinstance(our_param.get("description"), str):
            out = {
                **{k: out[k] for k in ("name", "in", "required") if k in out},
                "description": our_param["description"],
                **out,
            }
        built.append(out)
    return built


def _build_holder(state: _Sync, ref_holder: Json, our_holder: Any, *, ndjson: bool) -> Json:
    mine = our_holder if isinstance(our_holder, dict) else {}
    out: Json = {}
    if isinstance(mine.get("description"), str):
        out["description"] = mine["description"]
    for key, value in ref_holder.items():
        if key in PROSE or key.startswith("x-"):
            continue
        if key == "content" and isinstance(value, dict):
            our_content = mine.get("content") or {}
            content: Json = {}
            for media_type, media in value.items():
                target = NDJSON if ndjson and media_type == "application/json" else media_type
                our_media = our_content.get(target) or {}
                entry: Json = {}
                for mkey, mvalue in (media or {}).items():
                    if mkey == "schema":
                        entry[mkey] = state.build(mvalue, our_media.get("schema"))
                    elif mkey == "encoding" and isinstance(mvalue, dict):
                        entry[mkey] = {
                            field: {k: v for k, v in (enc or {}).items() if k not in PROSE and not k.startswith("x-")}
                            for field, enc in mvalue.items()
                        }
                    elif mkey not in PROSE and not mkey.startswith("x-"):
                        entry[mkey] = copy.deepcopy(mvalue)
                _keep_our_media_conventions(state, media_type, entry, our_media)
                content[target] = entry
            if content:
                # The reference names one type where the service answers audio in the requested
                # output format's: the further audio/* types we declare stay (spec_coverage allows them).
                for media_type, media in our_content.items():
                    if media_type.startswith("audio/") and media_type not in content:
                        content[media_type] = copy.deepcopy(media)
            out[key] = content
        elif key == "headers" and isinstance(value, dict):
            our_headers = mine.get("headers") or {}
            out[key] = {
                name: {
                    **(
                        {"description": our_headers[name]["description"]}
                        if isinstance((our_headers.get(name) or {}).get("description"), str)
                        else {}
                    ),
                    **{
                        k: state.build(v, None) if k == "schema" else copy.deepcopy(v)
                        for k, v in (header or {}).items()
                        if k not in PROSE and not k.startswith("x-")
                    },
                }
                for name, header in value.items()
            }
        else:
            out[key] = copy.deepcopy(value)
    return out


def _keep_our_media_conventions(state: _Sync, media_type: str, entry: Json, our_media: Json) -> None:
    """Our examples, a schema for binary bodies, and exploded multipart arrays."""
    if "example" in our_media and state.fits(our_media["example"], entry.get("schema")):
        entry["example"] = copy.deepcopy(our_media["example"])
    named = our_media.get("examples")
    if isinstance(named, dict):
        kept = {k: v for k, v in named.items() if state.fits((v or {}).get("value"), entry.get("schema"))}
        if kept:
            entry["examples"] = copy.deepcopy(kept)
    if "schema" not in entry and BINARY_MEDIA.match(media_type):
        entry["schema"] = {"type": "string", "format": "binary"}
    if media_type == "multipart/form-data":
        form = state.resolve_built(entry.get("schema"))
        props = form.get("properties") if isinstance(form, dict) else None
        encoding: Json = copy.deepcopy(our_media.get("encoding") or {})
        encoding.update(entry.get("encoding") or {})
        for name, prop in (props or {}).items():
            resolved = state.resolve_built(prop)
            if isinstance(resolved, dict) and resolved.get("type") == "array" and name not in encoding:
                # One part per item: Prism reads repeated parts as one string unless told.
                encoding[name] = {"style": "form", "explode": True}
        encoding = {name: value for name, value in encoding.items() if name in (props or {})}
        if encoding:
            entry["encoding"] = encoding


def _build_responses(state: _Sync, ref_op: Json, our_op: Json) -> Json:
    streaming = bool(ref_op.get("x-fern-streaming"))
    ours: Json = our_op.get("responses") or {}
    out: Json = {}
    for raw_code, response in (ref_op.get("responses") or {}).items():
        code = str(raw_code)
        built = _build_holder(state, response or {}, ours.get(code), ndjson=streaming and code.startswith("2"))
        built.setdefault("description", STATUS_WORDS.get(code, "Another answer."))
        out[code] = {"description": built.pop("description"), **built}
    for raw_code, response in ours.items():
        code = str(raw_code)
        if code not in out and code[:1] in ("4", "5"):
            out[code] = copy.deepcopy(response)  # an error status we declare on purpose
    return out


class _Flow(dict[str, Any]):
    """A mapping written on one line."""


def _flowify(node: Any) -> Any:
    if isinstance(node, dict):
        children = {k: _flowify(v) for k, v in node.items()}
        leafy = all(not isinstance(v, (dict, list)) or isinstance(v, _Flow) or _flat_list(v) for v in children.values())
        if leafy and len(json.dumps(node)) <= 70 and "description" not in node and "summary" not in node:
            return _Flow(children)
        return children
    if isinstance(node, list):
        return [_flowify(v) for v in node]
    return node


def _flat_list(value: Any) -> bool:
    return isinstance(value, list) and all(not isinstance(v, (dict, list)) or isinstance(v, _Flow) for v in value)


class _Dumper(yaml.SafeDumper):
    pass


def _represent_flow(dumper: yaml.SafeDumper, data: _Flow) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", dict(data), flow_style=True)


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = _flat_list(data) and len(json.dumps(data)) <= 70
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(_Flow, _represent_flow)
_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def dump_yaml(document: Json) -> str:
    """YAML in the house style: block structure, short leaf mappings and lists on one line."""
    text = yaml.dump(_flowify(document), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110)
    return text


def _load(path: Path) -> Json:
    text = path.read_text(encoding="utf-8")
    loaded = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=yaml.CSafeLoader)
    if not isinstance(loaded, dict):
        raise SystemExit(f"{path}: not an OpenAPI object")
    return loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = Path(__file__).resolve().parent.parent
    parser.add_argument("--reference", required=True, type=Path, help="newer reference OpenAPI document")
    parser.add_argument("--spec", type=Path, default=root / "openapi.yaml", help="our spec (default openapi.yaml)")
    parser.add_argument("--summaries", type=Path, help='YAML map "METHOD /path": one-line summary, for new routes')
    parser.add_argument("--output", type=Path, help="where to write (default: print a report only)")
    args = parser.parse_args(argv)
    summaries: dict[str, str] = {}
    if args.summaries:
        loaded = yaml.safe_load(args.summaries.read_text(encoding="utf-8")) or {}
        summaries = {str(k): str(v) for k, v in loaded.items()}
    result, report = sync(_load(args.spec), _load(args.reference), summaries)
    for line in report.lines():
        print(line)
    if args.output:
        args.output.write_text(dump_yaml(result), encoding="utf-8")
    return 1 if report.no_summary and args.output else 0


if __name__ == "__main__":
    sys.exit(main())
