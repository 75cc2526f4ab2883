"""Generate the typed ``elevenlabs_api`` package from an OpenAPI document.

    python scripts/generate.py                         # openapi.yaml -> generated/elevenlabs_api
    python scripts/generate.py --spec PATH_OR_URL      # e.g. a newer upstream spec
    python scripts/generate.py --output /tmp/x/elevenlabs_api

Pipeline: load → normalise (scripts/normalize_spec.py) → openapi-python-client with the
committed config and templates (scripts/openapi-python-client.yaml, scripts/templates/) →
ruff → py.typed. The run fails on any generator warning, so a dropped response or model is
an error, not a log line. The output is written to a temporary folder first and then swapped
in, so a failed run leaves the previous package untouched. Output is deterministic: two runs
on the same input are byte-identical.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from normalize_spec import normalize

__all__ = ["GenerationError", "generate", "main"]

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
DEFAULT_SPEC = ROOT / "openapi.yaml"
DEFAULT_OUTPUT = ROOT / "generated" / "elevenlabs_api"
CONFIG = SCRIPTS / "openapi-python-client.yaml"
TEMPLATES = SCRIPTS / "templates"
GENERATOR_VERSION = "0.29.1"
LINE_LENGTH = "120"


class GenerationError(RuntimeError):
    """The generator failed or warned; the message carries its output."""


def load_spec(source: str) -> dict[str, Any]:
    if re.match(r"^https?://", source):
        import httpx

        response = httpx.get(source, follow_redirects=True, timeout=60)
        response.raise_for_status()
        text = response.text
    else:
        text = Path(source).read_text(encoding="utf-8")
    document = yaml.safe_load(text)  # YAML is a superset of JSON
    if not isinstance(document, dict) or "paths" not in document:
        raise GenerationError(f"{source}: not an OpenAPI document")
    return document


def _run(args: list[str], cwd: Path) -> str:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise GenerationError(f"{' '.join(args[:4])} … failed ({done.returncode}):\n{output}")
    return output


def _check_generator_version() -> None:
    from importlib.metadata import version

    found = version("openapi-python-client")
    if found != GENERATOR_VERSION:
        # elevenlabs_ext relies on the private _get_kwargs/_parse_response of this version.
        raise GenerationError(f"openapi-python-client {GENERATOR_VERSION} is required, found {found}")


def generate(source: str, output: Path, *, quiet: bool = False) -> dict[str, int]:
    """Generate the package for ``source`` into ``output``; return the normaliser's report."""
    _check_generator_version()
    try:
        document, report = normalize(load_spec(source))
    except (AttributeError, TypeError, KeyError) as error:
        raise GenerationError(f"{source}: malformed OpenAPI document ({type(error).__name__}: {error})") from error
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory(prefix="elevenlabs-generate-") as tmp_name:
        tmp = Path(tmp_name)
        spec_path = tmp / "spec.json"
        spec_path.write_text(json.dumps(document, indent=1, sort_keys=False), encoding="utf-8")
        package = tmp / output.name
        log = _run(
            [
                str(bin_dir / "openapi-python-client"),
                "generate",
                "--path",
                str(spec_path),
                "--meta",
                "none",
                "--config",
                str(CONFIG),
                "--custom-template-path",
                str(TEMPLATES),
                "--output-path",
                str(package),
                "--fail-on-warning",
            ],
            cwd=tmp,
        )
        if re.search(r"warning", log, re.IGNORECASE):
            raise GenerationError(f"generator warnings:\n{log}")
        ruff = [sys.executable, "-m", "ruff"]
        common = ["--no-cache", "--isolated", "--line-length", LINE_LENGTH, "--target-version", "py311"]
        _run([*ruff, "check", *common, "--fix-only", "--select", "I,F401", "--quiet", str(package)], cwd=tmp)
        _run([*ruff, "format", *common, str(package)], cwd=tmp)
        (package / "py.typed").write_text("", encoding="utf-8")
        # Swap in the new package only once everything above succeeded.
        output.parent.mkdir(parents=True, exist_ok=True)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(package, output)
    if not quiet:
        changes = ", ".join(f"{name} {count}" for name, count in report.items())
        modules = sum(1 for _ in (output / "api").rglob("*.py") if _.name != "__init__.py")
        shown = output.relative_to(ROOT) if output.is_relative_to(ROOT) else output
        print(f"generated {shown}: {modules} endpoint modules")
        print(f"normalised: {changes}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", default=str(DEFAULT_SPEC), help="OpenAPI document: a path or an http(s) URL")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="package folder to (re)write")
    args = parser.parse_args(argv)
    try:
        generate(args.spec, args.output.resolve())
    except GenerationError as error:
        print(f"generate: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
