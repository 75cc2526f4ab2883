"""3. Streaming throughput over loopback: ``elevenlabs_ext.stream`` vs raw ``httpx`` streaming.

Both sides send the same request (``POST /v1/text-to-speech/{voice_id}/stream`` with the same
JSON body) to the same local server and consume ``iter_bytes()`` as it arrives, alternating
side by side every round.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from ._common import MIB, TIMES, Goal, Result, Settings, median, ratios, spread
from ._server import CHUNK_HEADER, running_server

NAME = "throughput"
GOAL = Goal(">=", 0.95, f"≥ 0.95{TIMES}")
VOICE_ID = "21m00Tcm4TlvDq8ikWAM"
TEXT = "The quick brown fox jumps over the lazy dog."
SERVER_CHUNK = 16 * 1024


def _timed(transfer: Callable[[], int], expected: int) -> float:
    gc.collect()
    start = time.perf_counter()
    received = transfer()
    elapsed = time.perf_counter() - start
    if received != expected:
        raise RuntimeError(f"received {received} bytes, expected {expected}")
    return elapsed


def run(settings: Settings) -> Result:
    import httpx
    from elevenlabs_api.api.text_to_speech import text_to_speech_stream
    from elevenlabs_api.models import TextToSpeechRequest

    from elevenlabs_ext import ElevenLabs, stream

    size = settings.pick(full=64, quick=16) * MIB
    rounds = settings.pick(full=25, quick=4)
    body = TextToSpeechRequest(text=TEXT)
    headers = {CHUNK_HEADER: str(SERVER_CHUNK)}

    with running_server(size, SERVER_CHUNK) as url:
        raw_client = httpx.Client(base_url=url, headers=headers, timeout=60.0)
        our_client = ElevenLabs(api_key="k", base_url=url, headers=headers, max_retries=0, timeout=60.0)
        with raw_client, our_client:

            def raw() -> int:
                received = 0
                with raw_client.stream(
                    "POST",
                    f"/v1/text-to-speech/{VOICE_ID}/stream",
                    params={"enable_logging": "true", "output_format": "mp3_44100_128"},
                    json=body.to_dict(),
                ) as response:
                    response.raise_for_status()
                    for chunk in response.iter_bytes():
                        received += len(chunk)
                return received

            def ours() -> int:
                received = 0
                with stream(text_to_speech_stream, client=our_client, voice_id=VOICE_ID, body=body) as audio:
                    for chunk in audio.iter_bytes():
                        received += len(chunk)
                return received

            for transfer in (raw, ours):  # warm-up: connections open, code paths hot
                _timed(transfer, size)
            raw_times: list[float] = []
            our_times: list[float] = []
            for index in range(rounds):
                pairs = [(raw, raw_times), (ours, our_times)]
                for transfer, times in pairs if index % 2 == 0 else pairs[::-1]:
                    times.append(_timed(transfer, size))

    per_round = ratios(raw_times, our_times)  # throughput ours ÷ raw = time raw ÷ time ours
    ratio = median(per_round)
    ours_rate = size / median(our_times) / MIB
    raw_rate = size / median(raw_times) / MIB
    measured = f"ours {ours_rate:,.0f} MiB/s; raw httpx {raw_rate:,.0f} MiB/s"
    notes = (
        f"{size // MIB} MiB per transfer in {SERVER_CHUNK // 1024} KiB chunks from a local server process, "
        f"{rounds} alternating rounds after a warm-up; ratio = median of per-round time(raw) ÷ time(ours) "
        f"(interquartile range {spread(per_round)}).",
    )
    return Result(
        name=NAME,
        measured=measured,
        ratio=ratio,
        ratio_of="÷ raw `httpx` stream",
        goal=GOAL,
        judged=ratio,
        notes=notes,
    )
