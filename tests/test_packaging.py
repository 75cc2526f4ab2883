"""Package metadata: the LICENSE file matches the declared license and ships; URLs are declared."""

from __future__ import annotations

import tomllib

from .conftest import ROOT


def test_license_file_matches_the_declared_license() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    declared = project["project"]["license"]
    text = (ROOT / "LICENSE").read_text()
    assert declared == "MIT" and text.startswith("MIT License\n")
    assert "Copyright (c) 2026 the elevenlabs-ext authors" in text
    assert project["project"]["license-files"] == ["LICENSE"]
    assert "LICENSE" in project["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_project_urls_point_at_what_exists() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    urls = project["urls"]
    # No public repository yet: the documentation is the README shipped in the sdist.
    assert urls["Documentation"] == project["readme"] == "README.md"
    assert (ROOT / urls["Documentation"]).is_file()
    assert all(value.startswith("https://") for key, value in urls.items() if key != "Documentation")
