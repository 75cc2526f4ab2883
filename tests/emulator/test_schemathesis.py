"""Schemathesis against the running emulator: every operation it serves, generated from
openapi.yaml with a fixed seed and a bounded number of examples. Zero server errors, and
every response (status, content type, headers, body) must be one the spec declares.

One check is left out: ``positive_data_acceptance`` expects a 2xx for every request the
schema allows, but the schema (like the service's own) does not spell out every rule the
service enforces (non-empty text, existing voice ids, output formats a plan may use), so
the service's own 4xx answers to such requests would count against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, settings
from hypothesis import seed as fixed_seed

from elevenlabs_ext.emulator import Emulator
from elevenlabs_ext.emulator._app import API_ROUTES

schemathesis = pytest.importorskip("schemathesis")

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
EXAMPLES = 10
KEY = "schemathesis-key"


def _served(route_path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{[^}]+\}", "{[^}]+}", route_path) + "$")


def _emulated_spec() -> dict[str, Any]:
    """openapi.yaml cut down to the operations the emulator serves."""
    spec = yaml.safe_load(SPEC.read_text())
    served = [(_served(route.path), {method.lower() for method in route.methods or ()}) for route in API_ROUTES]
    paths: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        methods = {m for pattern, ms in served if pattern.match(path) for m in ms}
        kept = {key: value for key, value in item.items() if key in methods or key == "parameters"}
        if set(kept) - {"parameters"}:
            paths[path] = kept
    spec["paths"] = paths
    return spec


schema = schemathesis.openapi.from_dict(_emulated_spec())
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402


@pytest.fixture(scope="module")
def served() -> Iterator[Emulator]:
    # Only its own key: the ignored_auth check sends wrong ones and expects 401.
    with Emulator(api_keys=KEY, api_key=KEY) as emulator:
        yield emulator


@schema.parametrize()
@fixed_seed(20261206)
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_emulator_follows_the_spec(case: Any, served: Emulator) -> None:
    # Valid cases get the emulator's key. Invalid ones keep the headers Schemathesis made: when
    # the key is the part it left out or broke, adding ours would undo the very mutation.
    negative = case.meta is not None and case.meta.generation.mode.is_negative
    case.call_and_validate(
        base_url=served.base_url,
        headers=None if negative else {"xi-api-key": served.api_key},
        excluded_checks=[positive_data_acceptance],
        timeout=30,
    )
