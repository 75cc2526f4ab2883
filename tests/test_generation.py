"""The generation pipeline: deterministic, in sync with generated/, and able to take the upstream spec."""

from __future__ import annotations

import filecmp
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, UPSTREAM_OPENAPI

sys.path.insert(0, str(ROOT / "scripts"))
import generate
import routes


def _tree_differences(left: Path, right: Path) -> list[str]:
    differences: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        differences.extend(f"only in {comparison.left}: {name}" for name in comparison.left_only)
        differences.extend(f"only in {comparison.right}: {name}" for name in comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        differences.extend(f"{prefix}{name}" for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return differences


@pytest.fixture(scope="module")
def fresh_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("generated") / "elevenlabs_api"
    generate.generate(str(ROOT / "openapi.yaml"), output, quiet=True)
    return output


def test_committed_package_is_what_generation_writes(fresh_package: Path) -> None:
    assert _tree_differences(fresh_package, ROOT / "generated" / "elevenlabs_api") == []


def test_generation_is_deterministic(fresh_package: Path, tmp_path: Path) -> None:
    again = tmp_path / "elevenlabs_api"
    generate.generate(str(ROOT / "openapi.yaml"), again, quiet=True)
    assert _tree_differences(fresh_package, again) == []


def test_generated_package_is_typed_and_lazy(fresh_package: Path) -> None:
    assert (fresh_package / "py.typed").exists()
    # Importing one endpoint must not import every model (PEP 562 lazy models/__init__).
    code = (
        "import sys\n"
        "from elevenlabs_api.api.voices import voices_get_all\n"
        "from elevenlabs_api.models import Voice, VoiceList\n"
        "loaded = [m for m in sys.modules if m.startswith('elevenlabs_api.models.')]\n"
        "import elevenlabs_api.models as models\n"
        "print(len(loaded), len(models.__all__))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=fresh_package.parent, capture_output=True, text=True, check=True
    ).stdout
    loaded, total = map(int, out.split())
    assert total > 100
    assert loaded < 25, f"{loaded} model modules loaded for one endpoint"


def test_a_failed_generation_leaves_the_previous_package(tmp_path: Path) -> None:
    output = tmp_path / "elevenlabs_api"
    output.mkdir()
    (output / "marker.py").write_text("# previous package\n")
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /x:\n    get:\n      responses: 7\n")
    with pytest.raises(generate.GenerationError):
        generate.generate(str(broken), output, quiet=True)
    assert (output / "marker.py").exists()


REFERENCES = {"2025": UPSTREAM_OPENAPI, "2026": UPSTREAM_OPENAPI.parent / "2026-08" / "elevenlabs-openapi.json"}
_REQUEST = re.compile(r'"method": "(\w+)",\s*"url": "([^"]+)"')


def _endpoint_modules(package: Path) -> dict[routes.Route, tuple[str, str]]:
    """route -> (folder.module, source) of every endpoint module of a generated package."""
    found: dict[routes.Route, tuple[str, str]] = {}
    for path in (package / "api").rglob("*.py"):
        if path.name == "__init__.py":
            continue
        source = path.read_text(encoding="utf-8")
        request = _REQUEST.search(source)
        assert request, f"{path}: no request in _get_kwargs"
        found[routes.route(request[1], request[2])] = (f"{path.parent.name}.{path.stem}", source)
    return found


@pytest.fixture(scope="module", params=sorted(REFERENCES))
def upstream(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(reference spec, package generated from it) for each reference beside the repository."""
    spec: Path = REFERENCES[request.param]
    if not spec.exists():
        pytest.skip(f"the {request.param} reference spec is not beside the repository")
    output = tmp_path_factory.mktemp(f"upstream-{request.param}") / "elevenlabs_api"
    # generate() raises GenerationError on any generator warning: a dropped schema, response
    # or endpoint fails here.
    generate.generate(str(spec), output, quiet=True)
    return spec, output


def test_upstream_spec_generates_every_operation_and_success_response(upstream: tuple[Path, Path]) -> None:
    spec_path, output = upstream
    spec = json.loads(spec_path.read_text())
    operations = {routes.route(m, p): op for m, p, op in routes.operations(spec)}
    modules = _endpoint_modules(output)
    assert set(modules) == set(operations)
    for key, operation in operations.items():
        successes = {code for code in operation.get("responses") or {} if str(code).startswith("2")}
        handled = set(re.findall(r"status_code == (\d+)", modules[key][1]))
        assert successes <= handled, f"{key}: {sorted(successes - handled)} dropped"
    code = (
        "import importlib, pkgutil\n"
        "import elevenlabs_api.api as api, elevenlabs_api.models as models\n"
        "mods = [importlib.import_module(m.name) for m in pkgutil.walk_packages(api.__path__, 'elevenlabs_api.api.')]\n"
        "endpoints = [m for m in mods if hasattr(m, 'sync_detailed') and hasattr(m, 'asyncio_detailed')]\n"
        "[getattr(models, name) for name in models.__all__]\n"
        "print(len(endpoints))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=output.parent, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(len(operations))
    # Every binary success response is a File, never a dropped (None) response.
    tts = (output / "api" / "text_to_speech" / "text_to_speech_convert.py").read_text()
    assert "File(payload=BytesIO(response.content))" in tts


def test_upstream_spec_keeps_our_module_names(upstream: tuple[Path, Path]) -> None:
    ours = {key: name for key, (name, _) in _endpoint_modules(ROOT / "generated" / "elevenlabs_api").items()}
    theirs = {key: name for key, (name, _) in _endpoint_modules(upstream[1]).items()}
    shared = set(ours) & set(theirs)
    assert len(shared) > 200
    assert {key: theirs[key] for key in shared} == {key: ours[key] for key in shared}
    # New routes are named by the rule alone.
    for method, path in sorted(set(theirs) - set(ours)):
        assert theirs[(method, path)].endswith("." + routes.rule_module(method, path))


def test_upstream_input_output_pairs_both_become_models(upstream: tuple[Path, Path]) -> None:
    # FastAPI's X-Input/X-Output pairs share a title upstream; both must come out as models.
    schemas = json.loads(upstream[0].read_text())["components"]["schemas"]
    pairs = [
        name[: -len("-Input")]
        for name, schema in schemas.items()
        if name.endswith("-Input") and "properties" in schema and "properties" in schemas[name[:-6] + "-Output"]
    ]
    assert len(pairs) >= 20
    init = (upstream[1] / "models" / "__init__.py").read_text()
    classes = {re.sub(r"[^a-z0-9]", "", name.lower()) for name in re.findall(r'^    "(\w+)": "\.', init, re.M)}
    for base in pairs:
        for side in ("input", "output"):
            assert re.sub(r"[^a-z0-9]", "", base.lower()) + side in classes, f"{base}-{side} has no model"
