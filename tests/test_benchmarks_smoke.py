"""The benchmark harness must keep running: a quick subset, in a subprocess, prints ratio rows."""

from __future__ import annotations

import re
import subprocess
import sys

from .conftest import ROOT

# A results row: | name | measured | 1.23<multiplication sign> (÷ baseline) | goal | PASS or FAIL |
_ROW = r"^\| {name} \| .+ \| \d+\.\d{{2,6}}\N{{MULTIPLICATION SIGN}} \(.+\) \| .+ \| (PASS|FAIL) \|$"


def test_quick_benchmarks_print_ratio_rows() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--no-readme", "--only", "construct,throughput"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=50,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("construct", "throughput"):
        assert re.search(_ROW.format(name=name), done.stdout, re.MULTILINE), done.stdout
    assert "goals met:" in done.stdout
