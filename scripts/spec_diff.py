"""What a newer ElevenLabs OpenAPI document changes against our openapi.yaml, as a checklist.

    python scripts/spec_diff.py --newer ../shared/upstream/2026-08/elevenlabs-openapi.json
    make spec-diff SPEC=../shared/upstream/2026-08/elevenlabs-openapi.json

Prints, one ``- [ ]`` line per thing to work through:

* operations the newer document adds (with the module name the naming rule gives them),
  removes, and newly marks deprecated;
* for every operation both have, each change of its parameters, request and response
  schemas: enum values removed or added, fields made optional, required or nullable, new
  fields, new union members, changed types and content types.

Operations match on route (method and path, parameter names erased). The comparison itself is
scripts/spec_coverage.py's; this script only sorts and words its findings, breaking changes
first. Exit status 0 (2 for bad usage).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from routes import assign_names, naming_table
from spec_coverage import Comparer, Mismatch, load_document, operations_by_route

__all__ = ["Checklist", "diff", "main", "render"]

Json = dict[str, Any]


def _values(values: list[Any]) -> str:
    return ", ".join(repr(v) for v in values)


def _fields(values: list[Any]) -> str:
    return ", ".join(str(v) for v in values)


def _enum(m: Mismatch) -> list[str]:
    lines = [f"enum values removed: {_values(m.removed)}"] if m.removed else []
    return lines + ([f"enum values added: {_values(m.added)}"] if m.added else [])


def _required(m: Mismatch) -> list[str]:
    lines = [f"made optional: {_fields(m.removed)}"] if m.removed else []
    return lines + ([f"now required: {_fields(m.added)}"] if m.added else [])


def _properties(m: Mismatch) -> list[str]:
    lines = [f"fields removed: {_fields(m.removed)}"] if m.removed else []
    return lines + ([f"new fields: {_fields(m.added)}"] if m.added else [])


def _union(m: Mismatch) -> list[str]:
    change = m.added[0] if m.added else 0
    return [f"new union members: {change}" if change > 0 else f"union members removed: {-change}"]


def _parameter(m: Mismatch) -> list[str]:
    return [f"new parameter {_fields(m.added)}"] if m.added else [f"parameter removed: {_fields(m.removed)}"]


def _response(m: Mismatch) -> list[str]:
    return [f"new response {_fields(m.added)}"] if m.added else [f"response removed: {_fields(m.removed)}"]


def _nullable(m: Mismatch) -> list[str]:
    return ["now nullable" if m.added == [True] else "no longer nullable"]


_WORDING: dict[str, Callable[[Mismatch], list[str]]] = {
    "enum": _enum,
    "required": _required,
    "properties": _properties,
    "union": _union,
    "parameter": _parameter,
    "response": _response,
    "nullable": _nullable,
}
# Breaking changes first: what makes a request we build invalid or a response we parse fail.
_ORDER = ("enum values removed", "now nullable", "made optional", "now required", "type", "new union")


def _rank(line: str) -> int:
    return next((i for i, start in enumerate(_ORDER) if line.startswith(start)), len(_ORDER))


class Checklist:
    """The findings of one comparison, ready to print."""

    def __init__(self) -> None:
        self.added: list[str] = []
        self.removed: list[str] = []
        self.deprecated: list[str] = []
        self.changed: dict[str, list[str]] = {}


def diff(ours: Json, newer: Json) -> Checklist:
    """Compare ``newer`` against ``ours`` (both parsed OpenAPI documents)."""
    result = Checklist()
    our_ops = operations_by_route(ours)
    new_ops = operations_by_route(newer)
    names = assign_names([(m, p) for m, p, _, _ in new_ops.values()], naming_table(ours))
    for key, (method, path, operation, _) in new_ops.items():
        label = f"{method.upper()} {path}"
        if key not in our_ops:
            folder, module = names[key]
            result.added.append(f"{label}  -> {folder}.{module}")
        elif operation.get("deprecated") and not our_ops[key][2].get("deprecated"):
            result.deprecated.append(f"{label}  ({our_ops[key][2].get('operationId')})")
    for key, (method, path, operation, _) in our_ops.items():
        if key not in new_ops:
            result.removed.append(f"{method.upper()} {path}  ({operation.get('operationId')})")
    comparer = Comparer(newer, ours)
    for key, (method, path, operation, item) in our_ops.items():
        if key not in new_ops:
            continue
        comparer.out = []
        _, _, new_operation, new_item = new_ops[key]
        comparer.operation(key[0], new_operation, operation, new_item, item)
        lines = []
        for mismatch in comparer.out:
            if mismatch.tolerated and mismatch.kind == "response":
                continue  # an error status we declare on purpose; the newer spec never lists it
            wording = _WORDING.get(mismatch.kind)
            for text in wording(mismatch) if wording else [mismatch.message]:
                lines.append((_rank(text), mismatch.where, f"{mismatch.where}: {text}"))
        if lines:
            title = f"{method.upper()} {path}  ({operation.get('operationId')})"
            result.changed[title] = [line for _, _, line in sorted(lines)]
    return result


def render(checklist: Checklist, ours: str, newer: str) -> str:
    out = [f"# Spec diff: {ours} -> {newer}", ""]
    for heading, entries in (
        ("Operations added", checklist.added),
        ("Operations removed", checklist.removed),
        ("Operations newly deprecated", checklist.deprecated),
    ):
        out.append(f"## {heading} ({len(entries)})")
        out += [f"- [ ] {entry}" for entry in sorted(entries)]
        out.append("")
    total = sum(len(lines) for lines in checklist.changed.values())
    out.append(f"## Changes to operations we have ({len(checklist.changed)} operations, {total} changes)")
    for title in sorted(checklist.changed):
        out += ["", f"### {title}"]
        out += [f"- [ ] {line}" for line in checklist.changed[title]]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--newer", required=True, type=Path, help="the newer OpenAPI document (JSON or YAML)")
    parser.add_argument(
        "--spec", type=Path, default=Path(__file__).resolve().parent.parent / "openapi.yaml", help="ours"
    )
    args = parser.parse_args(argv)
    for path in (args.newer, args.spec):
        if not path.exists():
            print(f"not found: {path}", file=sys.stderr)
            return 2
    checklist = diff(load_document([args.spec]), load_document([args.newer]))
    sys.stdout.write(render(checklist, args.spec.name, str(args.newer)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
