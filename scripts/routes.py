"""Routes and their stable Python names: one definition shared by the scripts.

A route is an operation's (method, path template) with parameter names erased, so
``/v1/x/{a}`` and ``/v1/x/{b}`` are the same route. Every generated endpoint module is
named by its route alone, never by an upstream ``operationId`` or tag:

1. **The naming table.** A route that ``openapi.yaml`` describes keeps the name it has there:
   its first tag is the folder (``elevenlabs_api.api.<tag>``) and its ``operationId`` the
   module (``history.history_list``).
2. **The rule, for any other route.** Module: the HTTP method, then every literal path
   segment after the version prefix (a version other than ``v1`` is kept), lower-cased with
   each run of other characters turned into ``_``, then ``by_id`` when the path ends with a
   parameter: ``GET /v1/music/finetunes/{id}`` -> ``get_music_finetunes_by_id``. Folder: the
   tag of the named route sharing the most leading segments after the version (parameters
   count as segments; ties go to the tag most of those routes use, then alphabetical);
   with no shared segment, the first segment itself (``/v1/flows/...`` -> ``flows``).

Table names never start with an HTTP method, so the two kinds cannot collide; two routes
that the rule would give one name (``/v1/a/{x}/b`` and ``/v1/a/b``) are an error asking for
a table entry.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = [
    "HTTP_METHODS",
    "NamingError",
    "Route",
    "assign_names",
    "naming_table",
    "operations",
    "route",
    "rule_folder",
    "rule_module",
]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_PARAMETER = re.compile(r"\{[^}/]*\}")
_VERSION = re.compile(r"v\d+")

Route = tuple[str, str]
"""(lower-case method, path template with every parameter written ``{}``)."""


class NamingError(ValueError):
    """Two routes would get one module name."""


def route(method: str, path: str) -> Route:
    return method.lower(), _PARAMETER.sub("{}", path)


def operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation of an OpenAPI document."""
    for path, item in (document.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield method, path, operation


def naming_table(document: Mapping[str, Any]) -> dict[Route, tuple[str, str]]:
    """route -> (folder tag, module name) for every operation that has both."""
    table: dict[Route, tuple[str, str]] = {}
    for method, path, operation in operations(document):
        tags = operation.get("tags") or []
        name = operation.get("operationId")
        if tags and name:
            table[route(method, path)] = (str(tags[0]), str(name))
    return table


def _snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _segments(path: str) -> list[str]:
    """Path segments after a leading ``v<N>`` (parameters as ``{}``)."""
    parts = [p for p in _PARAMETER.sub("{}", path).split("/") if p]
    return parts[1:] if parts and _VERSION.fullmatch(parts[0]) else parts


def rule_module(method: str, path: str) -> str:
    parts = [p for p in path.split("/") if p]
    words = [method.lower()]
    if parts and _VERSION.fullmatch(parts[0]):
        if parts[0] != "v1":
            words.append(parts[0])
        parts = parts[1:]
    words += [_snake(p) for p in parts if not _PARAMETER.fullmatch(p) and _snake(p)]
    if parts and _PARAMETER.fullmatch(parts[-1]):
        words.append("by_id")
    return "_".join(words)


def rule_folder(path: str, table: Mapping[Route, tuple[str, str]]) -> str:
    segments = _segments(path)
    best = 0
    votes: Counter[str] = Counter()
    for (_, named_path), (tag, _) in table.items():
        shared = 0
        for mine, theirs in zip(segments, _segments(named_path), strict=False):
            if mine != theirs:
                break
            shared += 1
        if shared > best:
            best, votes = shared, Counter()
        if shared == best and shared > 0:
            votes[tag] += 1
    if best:
        return min(votes, key=lambda tag: (-votes[tag], tag))
    literal = next((s for s in segments if s != "{}"), "root")
    return _snake(literal) or "root"


def assign_names(routes: list[tuple[str, str]], table: Mapping[Route, tuple[str, str]]) -> dict[Route, tuple[str, str]]:
    """(folder, module) for each (method, path): the table's name, else the rule's."""
    names: dict[Route, tuple[str, str]] = {}
    owner: dict[str, Route] = {}
    for method, path in routes:
        key = route(method, path)
        name = table.get(key) or (rule_folder(path, table), rule_module(method, path))
        clash = owner.get(name[1])
        if clash is not None and clash != key:
            raise NamingError(
                f"{method.upper()} {path} and {clash[0].upper()} {clash[1]} would both be named {name[1]!r}; "
                "give one of them a name in openapi.yaml"
            )
        owner[name[1]] = key
        names[key] = name
    return names
