"""The generation pipeline: deterministic, in sync with generated/, and able to take the upstream spec."""

from __future__ import annotations

import filecmp
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, UPSTREAM_OPENAPI

sys.path.insert(0, str(ROOT / "scripts"))
import generate


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


@pytest.mark.skipif(not UPSTREAM_OPENAPI.exists(), reason="the upstream reference spec is not beside the repository")
def test_upstream_spec_generates_every_operation_without_warnings(tmp_path: Path) -> None:
    output = tmp_path / "elevenlabs_api"
    # generate() raises GenerationError on any generator warning, so a dropped response or
    # model fails here.
    report = generate.generate(str(UPSTREAM_OPENAPI), output, quiet=True)
    assert report["titles"] > 0
    modules = [p for p in (output / "api").rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) == 208
    code = (
        "import importlib, pkgutil\n"
        "import elevenlabs_api.api as api, elevenlabs_api.models as models\n"
        "mods = [importlib.import_module(m.name) for m in pkgutil.walk_packages(api.__path__, 'elevenlabs_api.api.')]\n"
        "endpoints = [m for m in mods if hasattr(m, 'sync_detailed')]\n"
        "[getattr(models, name) for name in models.__all__]\n"
        "print(len(endpoints))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "208"
    # FastAPI's X-Input/X-Output pairs share a title upstream; both must come out as models.
    import json

    schemas = json.loads(UPSTREAM_OPENAPI.read_text())["components"]["schemas"]
    pairs = [name[: -len("-Input")] for name in schemas if name.endswith("-Input")]
    assert len(pairs) >= 20
    init = (output / "models" / "__init__.py").read_text()
    classes = {re.sub(r"[^a-z0-9]", "", name.lower()) for name in re.findall(r'^    "(\w+)": "\.', init, re.M)}
    for base in pairs:
        for side in ("input", "output"):
            assert re.sub(r"[^a-z0-9]", "", base.lower()) + side in classes, f"{base}-{side} has no model"
    # Every binary success response is a File, never a dropped (None) response.
    tts = (output / "api" / "text_to_speech" / "text_to_speech_convert.py").read_text()
    assert "File(payload=BytesIO(response.content))" in tts
