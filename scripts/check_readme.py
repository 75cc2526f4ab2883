"""Type-check README.md's Python blocks with ``mypy --strict``, as one notebook would run them.

The blocks share one namespace, in order (tests/test_readme.py runs them so). A block with
top-level ``await``/``async with``/``async for`` becomes the body of an ``async def`` (mypy,
like Python, allows those only in coroutines); names it binds stay local to it, which the
README's later blocks do not rely on. ``--allow-redefinition`` lets a later block reuse a
loop variable's name for another type, as a notebook cell may. Extra arguments go to mypy::

    python scripts/check_readme.py [README.md] [-- mypy options]
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
_ASYNC_NODES = (ast.Await, ast.AsyncWith, ast.AsyncFor)


def blocks(readme: Path) -> list[tuple[int, str]]:
    """(first line number, source) of each ```python block, in order."""
    return text_blocks(readme.read_text(encoding="utf-8"))


def text_blocks(text: str) -> list[tuple[int, str]]:
    """(first line number, source) of each ```python block of a Markdown text, in order."""
    return [(text.count("\n", 0, match.start(1)) + 1, match.group(1)) for match in BLOCK.finditer(text)]


def _awaits_at_top_level(source: str) -> bool:
    """Whether the block uses await/async with/async for outside any function of its own."""
    tree = compile(source, "README.md", "exec", flags=ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    stack: list[ast.AST] = list(ast.iter_child_nodes(tree))
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            continue
        if isinstance(node, _ASYNC_NODES):
            return True
        stack.extend(ast.iter_child_nodes(node))
    return False


def as_module(readme: Path) -> str:
    """The blocks as one module mypy can check, each on the lines it has in README.md (an
    ``async def`` line takes the place of the block's opening fence)."""
    return as_module_text(readme.read_text(encoding="utf-8"))


def as_module_text(text: str) -> str:
    """``as_module`` for a Markdown text already read."""
    lines: list[str] = []
    for number, (line, source) in enumerate(text_blocks(text)):
        lines.extend([""] * (line - 2 - len(lines)))
        body = source
        if _awaits_at_top_level(source):
            lines.append(f"async def _readme_block_{number}() -> None:")
            body = textwrap.indent(source, "    ")
        else:
            lines.append("")
        lines.extend(body.splitlines())
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    readme = Path(argv[0]) if argv and argv[0] != "--" else ROOT / "README.md"
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    with tempfile.TemporaryDirectory() as folder:
        module = Path(folder) / "README_md.py"  # line numbers in mypy's messages are README.md's
        module.write_text(as_module(readme))
        command = [sys.executable, "-m", "mypy", "--strict", "--allow-redefinition", *extra, str(module)]
        return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
