"""The emulator's pure parts: timing rules, encoders, fault specs, request validation."""

from __future__ import annotations

import itertools
import subprocess
import sys
import warnings

import pytest
from elevenlabs_api.models import TextToSpeechRequest
from hypothesis import given, settings
from hypothesis import strategies as st

from elevenlabs_ext.audio import AudioFormatError
from elevenlabs_ext.emulator._encoding import _alaw, _Resampler, _ulaw, emulated_format
from elevenlabs_ext.emulator._errors import EmulatorHTTPError
from elevenlabs_ext.emulator._espeak import WordMark
from elevenlabs_ext.emulator._faults import parse_fault
from elevenlabs_ext.emulator._timing import character_times
from elevenlabs_ext.emulator._validation import parse_body, validate_value


def test_importing_the_client_does_not_import_the_emulator() -> None:
    code = (
        "import sys, elevenlabs_ext; "
        "print(any(m.startswith(('elevenlabs_ext.emulator', 'starlette', 'uvicorn')) for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True)
    assert result.stdout.strip() == "False"


words = st.lists(
    st.builds(WordMark, st.integers(-3, 70), st.integers(0, 12), st.floats(0, 9, allow_nan=False)), max_size=12
)


@settings(max_examples=200, deadline=None)
@given(
    length=st.integers(1, 60),
    marks=words,
    pauses=st.lists(st.floats(0, 9, allow_nan=False), max_size=6),
    duration=st.floats(0, 10),
)
def test_character_times_invariants_for_any_events(
    length: int, marks: list[WordMark], pauses: list[float], duration: float
) -> None:
    times = character_times(length, marks, pauses, duration)
    assert len(times.starts) == len(times.ends) == length
    assert times.starts[0] == 0.0 and times.ends[-1] == duration
    assert list(times.starts) == sorted(times.starts)
    assert all(start <= end for start, end in zip(times.starts, times.ends, strict=True))


def test_words_own_their_time_and_pauses_go_to_what_follows() -> None:
    # "ab cd": word "ab" at 0.0 ending at the pause at 0.4, "cd" at 1.0; the space fills the pause.
    times = character_times(5, [WordMark(0, 2, 0.0), WordMark(3, 2, 1.0)], [0.4], 1.6)
    assert times.starts == (0.0, 0.2, 0.4, 1.0, 1.3)
    assert times.ends == (0.2, 0.4, 1.0, 1.3, 1.6)


def test_output_formats() -> None:
    mp3 = emulated_format("mp3_22050_32")
    assert (mp3.codec, mp3.sample_rate, mp3.bitrate, mp3.content_type) == ("mp3", 22050, 32, "audio/mpeg")
    assert emulated_format("pcm_24000").sample_width == 2
    assert emulated_format("ulaw_8000").sample_width == 1
    assert emulated_format("wav_44100").content_type == "audio/wav"
    for name in ("ulaw_16000", "opus_24000_64", "flac_44100", "mp3_x_1"):
        with pytest.raises(AudioFormatError, match=name):
            emulated_format(name)


@pytest.mark.parametrize("target", [8000, 16000, 24000, 44100, 48000])
def test_resampling_in_pieces_equals_resampling_whole(target: int) -> None:
    import numpy as np

    samples = (np.sin(np.arange(9999) / 7) * 10_000).astype("<i2")
    whole = _Resampler(22050, target)
    expected = np.concatenate([whole.feed(samples.tobytes()), whole.flush()])
    pieces = _Resampler(22050, target)
    cuts = [0, 1, 2, 500, 501, 4000, 9999]
    got = np.concatenate([pieces.feed(samples[a:b].tobytes()) for a, b in itertools.pairwise(cuts)] + [pieces.flush()])
    assert np.array_equal(expected, got)
    assert len(got) == -(-9999 * target // 22050)


def test_g711_matches_the_reference() -> None:
    audioop = pytest.importorskip("audioop")  # in the standard library until Python 3.13
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for sample in range(-32768, 32768, 13):
            data = sample.to_bytes(2, "little", signed=True)
            assert _ulaw(sample) == audioop.lin2ulaw(data, 2)[0]
            assert _alaw(sample) == audioop.lin2alaw(data, 2)[0]


def test_fault_specs() -> None:
    spec = parse_fault("status=429; retry_after=1.5, retry-after-ms=20; times=2; path=/v1/")
    assert (spec.status, spec.times, spec.path) == (429, 2, "/v1/")
    assert spec.retry_headers() == {"retry-after": "1.5", "retry-after-ms": "20"}
    assert parse_fault("stall=2").stall_seconds == 2.0
    for bad in ("nonsense", "delay=-1", "status=200", "bogus=1"):
        with pytest.raises(ValueError, match=r"fault"):
            parse_fault(bad)


def test_validation_follows_the_generated_types() -> None:
    assert validate_value(TextToSpeechRequest, {"text": "hi", "seed": None, "extra": 1}, ("body",)) == []
    problems = validate_value(
        TextToSpeechRequest,
        {"seed": 1.5, "apply_text_normalization": "sometimes", "pronunciation_dictionary_locators": [{}]},
        ("body",),
    )
    assert {(tuple(p.loc), p.type_) for p in problems} == {
        (("body", "text"), "missing"),
        (("body", "seed"), "int_type"),
        (("body", "apply_text_normalization"), "enum"),
        (("body", "pronunciation_dictionary_locators", 0, "pronunciation_dictionary_id"), "missing"),
    }
    with pytest.raises(EmulatorHTTPError) as raised:
        parse_body(b"[]", TextToSpeechRequest)
    assert raised.value.status_code == 422
    assert parse_body(b'{"text": "ok"}', TextToSpeechRequest).text == "ok"


def test_routes_are_the_specs() -> None:
    import yaml

    from elevenlabs_ext.emulator._app import API_ROUTES, PATH_ALIASES

    from ..conftest import ROOT

    paths = yaml.safe_load((ROOT / "openapi.yaml").read_text())["paths"]
    for route in API_ROUTES:
        path = PATH_ALIASES.get(route.path, route.path)
        assert path in paths, route.path
        for method in route.methods or ():
            if method != "HEAD":
                assert method.lower() in paths[path], (method, route.path)
