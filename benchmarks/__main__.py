"""``python -m benchmarks [--quick] [--only NAME[,NAME]] [--no-readme]``.

Runs the benchmarks, prints a table of ratios against baselines measured in the same run and
writes it to README.md between ``<!-- bench:start -->`` and ``<!-- bench:end -->``. A missed
goal is reported, not an error: the exit status is 0 unless a benchmark could not run.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Sequence

from . import audio, construct, emulator, import_endpoint, parse, rss, throughput, upstream, websocket
from ._common import Result, Settings
from ._readme import render_table, update_readme

BENCHMARKS: dict[str, tuple[str, Callable[[Settings], Result]]] = {
    construct.NAME: ("client construction, import included", construct.run),
    import_endpoint.NAME: ("import of one typed endpoint and its models", import_endpoint.run),
    upstream.GENERATE: ("generation from the 2026 reference spec", upstream.run_generate),
    upstream.CONSTRUCT: ("client construction on the package generated from the 2026 spec", upstream.run_construct),
    upstream.IMPORT: ("one endpoint import from the package generated from the 2026 spec", upstream.run_import),
    throughput.NAME: ("streaming throughput over loopback", throughput.run),
    rss.NAME: ("peak RSS growth while streaming to a file", rss.run),
    parse.NAME: ("parsing a 1,000-voice GET /v1/voices body", parse.run),
    emulator.NAME: ("emulator time to first byte and speed, 1,000-character stream", emulator.run),
    websocket.NAME: ("socket delay added over bare websockets; frames/s with 10 contexts", websocket.run),
    audio.NAME: ("64 MiB in 1 KiB chunks through save and play, against one write", audio.run),
}


def _names(values: Sequence[str] | None) -> list[str]:
    if not values:
        return list(BENCHMARKS)
    wanted = {name.strip() for value in values for name in value.split(",") if name.strip()}
    unknown = sorted(wanted - set(BENCHMARKS))
    if unknown:
        raise SystemExit(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    return [name for name in BENCHMARKS if name in wanted]


def _header(settings: Settings, names: Sequence[str]) -> str:
    mode = "`python -m benchmarks --quick`" if settings.quick else "`python -m benchmarks`"
    scope = "" if list(names) == list(BENCHMARKS) else f" (this run: {', '.join(names)}; other rows from earlier runs)"
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    return (
        f"Last run {today} with {mode}{scope} on CPython {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs. "
        "Ratios compare against baselines measured in the same run (medians over interleaved rounds); "
        "absolute times vary between machines, the ratios much less."
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[1])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and smaller sizes (a smoke run)")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help=f"run only these (repeat or comma-separate): {', '.join(BENCHMARKS)}",
    )
    parser.add_argument("--no-readme", action="store_true", help="do not write the results to README.md")
    options = parser.parse_args(argv)
    names = _names(options.only)
    settings = Settings(quick=options.quick, official_python=parse.official_python_from_env())

    results: list[Result] = []
    failed: list[str] = []
    began = time.perf_counter()
    for name in names:
        title, run = BENCHMARKS[name]
        print(f"running {name}: {title} ...", flush=True)
        start = time.perf_counter()
        try:
            result = run(settings)
        except Exception:
            failed.append(name)
            print(f"  {name} could not run:\n{traceback.format_exc()}", file=sys.stderr, flush=True)
            continue
        results.append(result)
        print(f"  {result.status} in {time.perf_counter() - start:.1f} s: {result.measured}", flush=True)

    header = _header(settings, names)
    print()
    print(header)
    print()
    for line in render_table(results):
        print(line)
    for result in results:
        for note in result.notes:
            print(f"- {result.name}: {note}")
    missed = [result.name for result in results if result.status == "FAIL"]
    print()
    print(f"goals met: {sum(r.status == 'PASS' for r in results)} of {len(results)}", end="")
    print(f"; MISSED: {', '.join(missed)}" if missed else "", end="")
    print(f"; COULD NOT RUN: {', '.join(failed)}" if failed else "", end="")
    print(f" (total {time.perf_counter() - began:.1f} s)")
    if not options.no_readme and results:
        update_readme(results, header, list(BENCHMARKS))
        print("results written to README.md")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
