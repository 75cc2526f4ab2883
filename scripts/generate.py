"""Generate the typed ``elevenlabs_api`` package from an OpenAPI document.

    python scripts/generate.py                         # openapi.yaml + sockets.yaml -> generated/elevenlabs_api
    python scripts/generate.py --spec PATH_OR_URL      # e.g. a newer upstream spec
    python scripts/generate.py --sockets PATH          # another AsyncAPI description of the sockets
    python scripts/generate.py --output /tmp/x/elevenlabs_api

Pipeline: load → add the socket message schemas of sockets.yaml (AsyncAPI) to the spec's
components, so the generator emits them as models like any other → normalise
(scripts/normalize_spec.py, which also names every endpoint by its route: scripts/routes.py)
→ openapi-python-client (through scripts/run_generator.py) with the committed config and
templates (scripts/openapi-python-client.yaml, scripts/templates/) → write ``sockets.py`` (the socket
channels and the schemas that check their messages, see ``render_sockets_module``) → ruff →
py.typed. The run fails on any generator warning, so a dropped response or model is
an error, not a log line. The output is written to a temporary folder first and then swapped
in, so a failed run leaves the previous package untouched. Output is deterministic: two runs
on the same input are byte-identical.
"""

from __future__ import annotations

import argparse
import json
import os
import pprint
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from normalize_spec import normalize
from routes import NamingError, naming_table

__all__ = ["GenerationError", "generate", "main"]

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
DEFAULT_SPEC = ROOT / "openapi.yaml"
DEFAULT_SOCKETS = ROOT / "sockets.yaml"
DEFAULT_OUTPUT = ROOT / "generated" / "elevenlabs_api"
CONFIG = SCRIPTS / "openapi-python-client.yaml"
TEMPLATES = SCRIPTS / "templates"
GENERATOR_VERSION = "0.29.1"
LINE_LENGTH = "120"


class GenerationError(RuntimeError):
    """The generator failed or warned; the message carries its output."""


# libyaml's loader, when PyYAML was built with it, parses our spec about ten times faster.
_YamlLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_document(text: str) -> Any:
    """A JSON or YAML document; JSON (most upstream specs) through the much faster json module."""
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            pass  # YAML flow mappings also start with "{"
    return yaml.load(text, Loader=_YamlLoader)  # a safe loader: SafeLoader or its C twin


def load_spec(source: str) -> dict[str, Any]:
    if re.match(r"^https?://", source):
        import httpx

        response = httpx.get(source, follow_redirects=True, timeout=60)
        response.raise_for_status()
        text = response.text
    else:
        text = Path(source).read_text(encoding="utf-8")
    document = parse_document(text)
    if not isinstance(document, dict) or "paths" not in document:
        raise GenerationError(f"{source}: not an OpenAPI document")
    return document


def load_sockets(path: Path) -> dict[str, Any]:
    try:
        document = parse_document(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise GenerationError(f"{path}: {error}") from error
    if not isinstance(document, dict) or "asyncapi" not in document or not isinstance(document.get("channels"), dict):
        raise GenerationError(f"{path}: not an AsyncAPI document")
    schemas = (document.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict) or not schemas:
        raise GenerationError(f"{path}: no components.schemas")
    return document


def add_socket_schemas(document: dict[str, Any], sockets: dict[str, Any]) -> int:
    """Add the sockets' schemas to the spec's components (in place); return how many.

    Both documents refer to schemas as ``#/components/schemas/Name``, so the references stay
    valid once merged. A name already taken by the HTTP spec is an error, never an override:
    the HTTP models must generate exactly as they would without the sockets.
    """
    target = document.setdefault("components", {}).setdefault("schemas", {})
    added = 0
    for name, schema in sockets["components"]["schemas"].items():
        if name in target:
            raise GenerationError(f"socket schema {name!r} clashes with a schema of the HTTP spec")
        target[name] = schema
        added += 1
    return added


# What the runtime needs to check a message; descriptions and examples stay in sockets.yaml.
_VALIDATION_KEYS = frozenset(
    {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "enum",
        "const",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "anyOf",
        "$ref",
        "x-aliases",
    }
)


def _validation_schema(node: Any) -> Any:
    if isinstance(node, list):
        return [_validation_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    kept: dict[str, Any] = {}
    for key, value in node.items():
        if key not in _VALIDATION_KEYS:
            continue
        if key == "$ref":
            kept[key] = str(value).rsplit("/", 1)[-1]
        elif key == "properties":
            kept[key] = {name: _validation_schema(sub) for name, sub in value.items()}
        else:
            kept[key] = _validation_schema(value)
    return kept


def _payload_names(sockets: dict[str, Any], operation: dict[str, Any]) -> tuple[str, ...]:
    messages = sockets["components"].get("messages") or {}
    message = operation.get("message") or {}
    names = []
    for ref in message.get("oneOf") or [message]:
        target = messages[str(ref["$ref"]).rsplit("/", 1)[-1]] if "$ref" in ref else ref
        names.append(str(target["payload"]["$ref"]).rsplit("/", 1)[-1])
    return tuple(names)


def render_sockets_module(sockets: dict[str, Any]) -> str:
    """``sockets.py``: each channel (address, query schema, what each side sends) and the
    schemas, reduced to their checking keywords, with ``$ref`` naming the schema."""
    channels: dict[str, Any] = {}
    for address, channel in sockets["channels"].items():
        query = (((channel.get("bindings") or {}).get("ws") or {}).get("query")) or {}
        name = channel.get("x-channel-name")
        if not name:
            raise GenerationError(f"socket channel {address} has no x-channel-name")
        channels[name] = {
            "address": address,
            "query": str(query["$ref"]).rsplit("/", 1)[-1] if "$ref" in query else None,
            "send": _payload_names(sockets, channel["publish"]),
            "receive": _payload_names(sockets, channel["subscribe"]),
        }
    schemas = {name: _validation_schema(schema) for name, schema in sockets["components"]["schemas"].items()}
    return (
        '"""The websocket channels of sockets.yaml and the schemas that check their messages.\n\n'
        "Written by scripts/generate.py; do not edit. ``$ref`` values name a key of ``SCHEMAS``;\n"
        "``x-aliases`` lists other spellings of a server message key.\n"
        '"""\n\n'
        "from typing import Any\n\n"
        f"CHANNELS: dict[str, dict[str, Any]] = {pprint.pformat(channels, sort_dicts=False, width=200)}\n\n"
        f"SCHEMAS: dict[str, dict[str, Any]] = {pprint.pformat(schemas, sort_dicts=False, width=200)}\n"
    )


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


def generate(
    source: str,
    output: Path,
    *,
    sockets: Path | None = DEFAULT_SOCKETS,
    names: Path | None = DEFAULT_SPEC,
    quiet: bool = False,
) -> dict[str, int]:
    """Generate the package for ``source`` (plus the ``sockets`` description, when given)
    into ``output``; return the normaliser's report.

    Endpoint modules are named by route: the names ``names`` (openapi.yaml) gives, else the
    rule of scripts/routes.py. ``names=None`` takes the names from ``source`` itself.
    """
    _check_generator_version()
    socket_document = load_sockets(sockets) if sockets is not None else None
    try:
        table = naming_table(load_spec(str(names))) if names is not None else None
        spec = load_spec(source)
        socket_schemas = add_socket_schemas(spec, socket_document) if socket_document is not None else 0
        document, report = normalize(spec, table)
    except NamingError as error:
        raise GenerationError(f"{source}: {error}") from error
    except (AttributeError, TypeError, KeyError) as error:
        raise GenerationError(f"{source}: malformed OpenAPI document ({type(error).__name__}: {error})") from error
    # Work beside the output, on its file system, so the finished package is renamed into
    # place instead of copied file by file.
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".elevenlabs-generate-", dir=output.parent) as tmp_name:
        tmp = Path(tmp_name)
        spec_path = tmp / "spec.json"
        spec_path.write_text(json.dumps(document, indent=1, sort_keys=False), encoding="utf-8")
        package = tmp / output.name
        log = _run(
            [
                sys.executable,
                str(SCRIPTS / "run_generator.py"),
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
        if socket_document is not None:
            (package / "sockets.py").write_text(render_sockets_module(socket_document), encoding="utf-8")
        ruff = [sys.executable, "-m", "ruff"]
        common = ["--no-cache", "--isolated", "--line-length", LINE_LENGTH, "--target-version", "py311"]
        _run([*ruff, "check", *common, "--fix-only", "--select", "I,F401", "--quiet", str(package)], cwd=tmp)
        _run([*ruff, "format", *common, str(package)], cwd=tmp)
        (package / "py.typed").write_text("", encoding="utf-8")
        # Swap in the new package only once everything above succeeded.
        if output.exists():
            output.rename(tmp / "previous")
        package.rename(output)
    if not quiet:
        changes = ", ".join(f"{name} {count}" for name, count in report.items())
        modules = sum(1 for _ in (output / "api").rglob("*.py") if _.name != "__init__.py")
        shown = output.relative_to(ROOT) if output.is_relative_to(ROOT) else output
        print(f"generated {shown}: {modules} endpoint modules")
        print(f"normalised: {changes}")
        if socket_document is not None:
            print(f"sockets: {len(socket_document['channels'])} channels, {socket_schemas} schemas added as models")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", default=str(DEFAULT_SPEC), help="OpenAPI document: a path or an http(s) URL")
    parser.add_argument(
        "--sockets", type=Path, default=DEFAULT_SOCKETS, help="AsyncAPI description of the sockets (sockets.yaml)"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="package folder to (re)write")
    parser.add_argument(
        "--names", type=Path, default=DEFAULT_SPEC, help="the naming table: module names by route (openapi.yaml)"
    )
    args = parser.parse_args(argv)
    try:
        generate(args.spec, args.output.resolve(), sockets=args.sockets, names=args.names)
    except GenerationError as error:
        print(f"generate: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
