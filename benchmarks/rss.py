"""4. Peak RSS growth while ``stream(...).to_file()`` writes a large body to disk.

Each side runs in a fresh process (``python -m benchmarks.rss --worker ...``): imports,
client construction and a 1 MiB warm-up transfer happen first; then ``ru_maxrss`` is read,
the large body is streamed to a file in a temporary directory, and ``ru_maxrss`` is read
again. Raw ``httpx`` writing the same body chunk by chunk is the baseline.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from ._common import MB, MIB, Goal, Result, Settings, run_python
from ._server import BYTES_HEADER, running_server

NAME = "rss"
GOAL = Goal("<", 20.0, "growth < 20 MB")
VOICE_ID = "21m00Tcm4TlvDq8ikWAM"
WARM_UP_BYTES = MIB
SERVER_CHUNK = 64 * 1024


def _max_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _measure_ours(url: str, size: int, target: Path) -> tuple[int, int, float]:
    from elevenlabs_api.api.text_to_speech import text_to_speech_stream
    from elevenlabs_api.models import TextToSpeechRequest

    from elevenlabs_ext import ElevenLabs, stream

    body = TextToSpeechRequest(text="Hello.")
    with ElevenLabs(api_key="k", base_url=url, headers={BYTES_HEADER: str(size)}, max_retries=0) as client:
        warm = client.with_headers({BYTES_HEADER: str(WARM_UP_BYTES)})
        with stream(text_to_speech_stream, client=warm, voice_id=VOICE_ID, body=body) as audio:
            audio.to_file(target)
        target.unlink()
        gc.collect()
        before = _max_rss_bytes()
        start = time.perf_counter()
        with stream(text_to_speech_stream, client=client, voice_id=VOICE_ID, body=body) as audio:
            written = audio.to_file(target)
        elapsed = time.perf_counter() - start
        return written, _max_rss_bytes() - before, elapsed


def _measure_raw(url: str, size: int, target: Path) -> tuple[int, int, float]:
    import httpx

    def transfer(client: httpx.Client, nbytes: int) -> int:
        written = 0
        partial = target.with_name(target.name + ".part")
        with (
            client.stream("POST", f"/v1/text-to-speech/{VOICE_ID}/stream", json={"text": "Hello."}) as response,
            partial.open("wb") as file,
        ):
            response.raise_for_status()
            for chunk in response.iter_bytes():
                file.write(chunk)
                written += len(chunk)
        os.replace(partial, target)
        if written != nbytes:
            raise RuntimeError(f"wrote {written} bytes, expected {nbytes}")
        return written

    with httpx.Client(base_url=url, timeout=60.0) as client:
        client.headers[BYTES_HEADER] = str(WARM_UP_BYTES)
        transfer(client, WARM_UP_BYTES)
        target.unlink()
        client.headers[BYTES_HEADER] = str(size)
        gc.collect()
        before = _max_rss_bytes()
        start = time.perf_counter()
        written = transfer(client, size)
        elapsed = time.perf_counter() - start
        return written, _max_rss_bytes() - before, elapsed


def _worker(side: str, url: str, size: int, target: Path) -> None:
    measure = _measure_ours if side == "ours" else _measure_raw
    written, growth, elapsed = measure(url, size, target)
    on_disk = target.stat().st_size
    target.unlink()
    if written != size or on_disk != size:
        raise RuntimeError(f"{side}: wrote {written} bytes ({on_disk} on disk), expected {size}")
    print(json.dumps({"growth": growth, "seconds": elapsed, "peak": _max_rss_bytes()}))


def run(settings: Settings) -> Result:
    size = settings.pick(full=1024, quick=128) * MIB
    growth: dict[str, int] = {}
    peak: dict[str, int] = {}
    with running_server(size, SERVER_CHUNK) as url, tempfile.TemporaryDirectory(prefix="elevenlabs-bench-") as tmp:
        for side in ("ours", "raw"):
            target = Path(tmp) / f"{side}.mp3"
            _, out = run_python(["-m", "benchmarks.rss", "--worker", side, url, str(size), str(target)])
            report = json.loads(out.strip().splitlines()[-1])
            growth[side], peak[side] = int(report["growth"]), int(report["peak"])
    ours_mb, raw_mb = growth["ours"] / MB, growth["raw"] / MB
    # ru_maxrss moves in pages and with the allocator's moods: a baseline under 1 MB is noise.
    ratio = growth["ours"] / growth["raw"] if growth["raw"] >= MB else None
    measured = f"ours +{ours_mb:.2f} MB; raw httpx +{raw_mb:.2f} MB"
    notes = (
        f"{size // MIB} MiB streamed to a file in a temporary directory (deleted after), one fresh process per side; "
        "growth = ru_maxrss after the transfer - ru_maxrss before it (imports, client and a 1 MiB warm-up transfer "
        f"done before); peak RSS {peak['ours'] / MB:.0f} MB ours, {peak['raw'] / MB:.0f} MB raw."
        + ("" if ratio is not None else " No ratio: the baseline grew by under 1 MB; the goal is absolute."),
    )
    return Result(
        name=NAME,
        measured=measured,
        ratio=ratio,
        ratio_of="÷ raw `httpx` to file",
        goal=GOAL,
        judged=ours_mb,
        notes=notes,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="worker of the rss benchmark")
    parser.add_argument("--worker", choices=("ours", "raw"), required=True)
    parser.add_argument("url")
    parser.add_argument("size", type=int)
    parser.add_argument("target", type=Path)
    options = parser.parse_args()
    _worker(options.worker, options.url, options.size, options.target)


if __name__ == "__main__":
    main()
