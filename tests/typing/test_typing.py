"""What users' type checkers see: the README's Python, typical calls and typical mistakes.

One ``mypy --strict`` run (and one pyright run, strict) checks three files together:

- the README's ```python blocks, put together as written (see ``readme_module``);
- ``typical_calls.py``, which must pass, with ``assert_type`` pinning exact types;
- ``typical_mistakes.py``, where every line marked ``# mistake: <code>`` must be reported
  (by mypy with that code) and no other line may be, so one error never hides another.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import check_readme

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CALLS = HERE / "typical_calls.py"
MISTAKES = HERE / "typical_mistakes.py"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
MISTAKE = re.compile(r"#\s*mistake:\s*([a-z-]+)")


def readme_module(text: str) -> str:
    """The README's Python blocks as one module, as written and in order (the builder behind
    ``make check-readme``), each block on its README line so messages point into README.md."""
    return check_readme.as_module_text(text)


def test_readme_blocks_are_collected() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    module = readme_module(text)
    assert text.count("```python") >= 10
    assert "voices_get_all.sync(client=client)" in module  # the quickstart is among them
    compile(module, "README.md", "exec")  # valid Python (compiled, never run)


def expected_mistakes() -> dict[int, str]:
    found = {}
    for number, line in enumerate(MISTAKES.read_text(encoding="utf-8").splitlines(), 1):
        match = MISTAKE.search(line)
        if match:
            found[number] = match.group(1)
    return found


@pytest.fixture(scope="module")
def checked_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("typing")
    readme = folder / "readme_blocks.py"
    readme.write_text(readme_module((ROOT / "README.md").read_text(encoding="utf-8")), encoding="utf-8")
    return [readme, CALLS, MISTAKES]


def _by_file(output: str, pattern: re.Pattern[str]) -> dict[str, list[tuple[int, str, str]]]:
    found: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for match in pattern.finditer(output):
        found[Path(match["path"]).name].append((int(match["line"]), match["code"] or "", match["message"]))
    return found


MYPY_ERROR = re.compile(
    r"^(?P<path>[^:\n]+):(?P<line>\d+): error: (?P<message>.*?)(?:  \[(?P<code>[a-z-]+)\])?$", re.MULTILINE
)
PYRIGHT_ERROR = re.compile(
    r"^\s*(?P<path>/[^:\n]+):(?P<line>\d+):\d+ - error: (?P<message>[^\n]*?)(?: \((?P<code>\w+)\))?$", re.MULTILINE
)
Errors = dict[str, list[tuple[int, str, str]]]


@pytest.fixture(scope="module")
def checker_output(checked_files: list[Path]) -> dict[str, str | None]:
    """Both checkers' output, run side by side once (None: pyright is not installed)."""
    files = [str(path) for path in checked_files]
    # The repository's mypy cache: `make lint` (run first in CI) has already checked the packages.
    mypy = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml")]
    mypy += ["--show-error-codes", "--no-pretty", "--hide-error-context", *files]
    commands = {"mypy": mypy}
    if PYRIGHT.exists():
        commands["pyright"] = [str(PYRIGHT), "--pythonpath", sys.executable, *files]
    env = {**os.environ, "NO_COLOR": "1"}
    running = {
        name: subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name, command in commands.items()
    }
    output: dict[str, str | None] = {"pyright": None}
    for name, process in running.items():
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode in (0, 1), f"{name} failed ({process.returncode}):\n{stdout}{stderr}"
        output[name] = stdout
    return output


@pytest.fixture(scope="module")
def mypy_errors(checker_output: dict[str, str | None]) -> Errors:
    return _by_file(checker_output["mypy"] or "", MYPY_ERROR)


@pytest.fixture(scope="module")
def pyright_errors(checker_output: dict[str, str | None]) -> Errors:
    if checker_output["pyright"] is None:
        pytest.skip("pyright is not installed (npm ci installs it into node_modules/)")
    return _by_file(checker_output["pyright"], PYRIGHT_ERROR)


def _show(errors: list[tuple[int, str, str]]) -> str:
    return "\n".join(f"line {line}: [{code}] {message}" for line, code, message in errors)


@pytest.mark.parametrize("checker", ["mypy_errors", "pyright_errors"])
def test_readme_passes_as_written(checker: str, request: pytest.FixtureRequest) -> None:
    errors = request.getfixturevalue(checker)["readme_blocks.py"]
    assert not errors, _show(errors)


@pytest.mark.parametrize("checker", ["mypy_errors", "pyright_errors"])
def test_typical_calls_pass(checker: str, request: pytest.FixtureRequest) -> None:
    errors = request.getfixturevalue(checker)[CALLS.name]
    assert not errors, _show(errors)


def test_every_typical_mistake_is_reported_by_mypy(mypy_errors: Errors) -> None:
    expected = expected_mistakes()
    assert len(expected) >= 30
    reported: dict[int, set[str]] = defaultdict(set)
    for line, code, _ in mypy_errors[MISTAKES.name]:
        reported[line].add(code)
    missed = {line: code for line, code in expected.items() if code not in reported.get(line, set())}
    unexpected = sorted(set(reported) - set(expected))
    assert not missed, (
        f"mistakes mypy did not report (line: expected code): {missed}\n{_show(mypy_errors[MISTAKES.name])}"
    )
    assert not unexpected, f"errors on lines without a mistake: {unexpected}\n{_show(mypy_errors[MISTAKES.name])}"


def test_every_typical_mistake_is_reported_by_pyright(pyright_errors: Errors) -> None:
    expected = expected_mistakes()
    reported = {line for line, _, _ in pyright_errors[MISTAKES.name]}
    missed = sorted(set(expected) - reported)
    unexpected = sorted(reported - set(expected))
    assert not missed, f"mistakes pyright did not report, lines {missed}\n{_show(pyright_errors[MISTAKES.name])}"
    assert not unexpected, f"errors on lines without a mistake: {unexpected}\n{_show(pyright_errors[MISTAKES.name])}"
