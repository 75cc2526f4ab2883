"""The results block of README.md, between ``<!-- bench:start -->`` and ``<!-- bench:end -->``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ._common import ROOT, TIMES, Result

__all__ = ["END", "START", "render_table", "update_readme"]

START = "<!-- bench:start -->"
END = "<!-- bench:end -->"
README = ROOT / "README.md"
_HEADER = "| benchmark | measured | ratio | goal | result |"
_RULE = "|---|---|---|---|---|"


def _ratio(result: Result) -> str:
    if result.ratio is None:
        return "—"
    digits = 2
    if result.judged == result.ratio:
        # A failing 0.9496 must not print as "0.95" next to "≥ 0.95": add digits until the shown
        # value is on the same side of the goal as the real one.
        while digits < 6 and result.goal.met(round(result.ratio, digits)) != result.goal.met(result.ratio):
            digits += 1
    return f"{result.ratio:.{digits}f}{TIMES} ({result.ratio_of})"


def render_row(result: Result) -> str:
    return f"| {result.name} | {result.measured} | {_ratio(result)} | {result.goal.text} | {result.status} |"


def render_table(results: Sequence[Result]) -> list[str]:
    return [_HEADER, _RULE, *(render_row(result) for result in results)]


def _kept(block: str, replaced: set[str], order: Sequence[str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Rows and notes of benchmarks not run this time, from the block already in the README."""
    rows: dict[str, str] = {}
    notes: dict[str, list[str]] = {}
    for line in block.splitlines():
        if line.startswith("| "):
            name = line.strip("|").split("|")[0].strip()
            if name in order and name not in replaced:
                rows[name] = line
        elif line.startswith("- **") and "**:" in line:
            name = line[4 : line.index("**:")]
            if name in order and name not in replaced:
                notes.setdefault(name, []).append(line)
    return rows, notes


def update_readme(results: Sequence[Result], header: str, order: Sequence[str], path: Path = README) -> None:
    """Replace the block between the markers (appending a heading and the markers when missing).

    Rows of benchmarks that did not run this time (``--only``) are kept from the old block.
    Everything outside the markers is left byte for byte as it was.
    """
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    start, end = text.find(START), text.find(END)
    if start == -1 or end == -1 or end < start:
        separator = "" if not text or text.endswith("\n\n") else ("\n" if text.endswith("\n") else "\n\n")
        text = f"{text}{separator}## Benchmarks\n\n{START}\n{END}\n"
        start, end = text.find(START), text.find(END)
    old_block = text[start + len(START) : end]
    fresh = {result.name: render_row(result) for result in results}
    kept_rows, notes = _kept(old_block, set(fresh), order)
    rows = {**kept_rows, **fresh}
    for result in results:
        notes[result.name] = [f"- **{result.name}**: {note}" for note in result.notes]
    lines = ["", header, "", _HEADER, _RULE]
    lines += [rows[name] for name in order if name in rows]
    note_lines = [line for name in order for line in notes.get(name, [])]
    if note_lines:
        lines += ["", *note_lines]
    lines.append("")
    path.write_text(text[: start + len(START)] + "\n".join(lines) + "\n" + text[end:], encoding="utf-8")
