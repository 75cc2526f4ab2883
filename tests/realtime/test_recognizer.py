"""The fingerprint book and the recogniser behind it."""

from __future__ import annotations

import subprocess
import sys

import miniaudio
import numpy as np
import pytest

from elevenlabs_ext.emulator._encoding import parse_output_format
from elevenlabs_ext.emulator._fingerprint import FingerprintBook, band_energies, words_of
from elevenlabs_ext.emulator._recognizer import resample, transcribe
from elevenlabs_ext.emulator._synthesis import Utterance, render, synthesize

from .conftest import SENTENCE, unseen_speech, word_recall


def _speech(text: str):  # type: ignore[no-untyped-def]
    from elevenlabs_ext.emulator._catalog import VOICES

    return synthesize([Utterance(text, VOICES[0].espeak)])


def test_own_speech_survives_mp3_resampling_and_noise() -> None:
    speech = _speech(SENTENCE)
    mp3 = b"".join(chunk.audio for chunk in render(speech, parse_output_format("mp3_44100_128")))
    decoded = miniaudio.decode(mp3, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1, sample_rate=16000)
    samples = np.asarray(decoded.samples, dtype=np.float32)
    noise = np.random.default_rng(7).normal(0, float(np.sqrt(np.mean(samples**2))) / 10, len(samples))  # 20 dB SNR
    recognition = transcribe((samples + noise).astype(np.float32), 16000)
    assert recognition.exact
    assert recognition.text == SENTENCE
    assert [word.text for word in recognition.words][:3] == ["The", "quick", "brown"]
    # MP3 delays the audio a little; the words' times move with it.
    assert 0.0 < recognition.words[0].start < 0.1


def test_ulaw_and_a_slice_of_own_speech() -> None:
    book = FingerprintBook()
    speech = _speech("Please call me back tomorrow morning about the meeting.")
    book.remember(
        speech.text, speech.pcm, speech.sample_rate, words_of(speech.text, speech.times.starts, speech.times.ends)
    )
    samples = np.frombuffer(speech.pcm, dtype=np.int16)
    at_8k = resample(samples, speech.sample_rate, 8000)
    found = book.match(at_8k, 8000)
    assert found is not None and found.text == speech.text
    middle = samples[len(samples) // 3 : 2 * len(samples) // 3]
    part = book.match(middle, speech.sample_rate)
    assert part is not None
    assert part.text in speech.text and 0 < len(part.words) < 9


def test_unrelated_audio_is_not_matched() -> None:
    book = FingerprintBook()
    speech = _speech(SENTENCE)
    book.remember(
        speech.text, speech.pcm, speech.sample_rate, words_of(speech.text, speech.times.starts, speech.times.ends)
    )
    assert book.match(unseen_speech("Completely different words are spoken here by someone."), 16000) is None
    assert book.match(unseen_speech(SENTENCE), 16000) is None  # same words, another voice
    assert book.match(np.random.default_rng(1).normal(0, 0.1, 48000).astype(np.float32), 16000) is None
    assert len(band_energies(np.zeros(100, dtype=np.int16), 16000)) == 0


def test_book_is_bounded() -> None:
    book = FingerprintBook(capacity=2)
    for text in ("One two three four.", "Five six seven eight.", "Nine ten eleven twelve."):
        speech = _speech(text)
        book.remember(text, speech.pcm, speech.sample_rate, ())
    assert len(book) == 2


def test_other_speech_goes_to_whisper(whisper: None) -> None:
    text = "Please call me back tomorrow morning about the meeting."
    recognition = transcribe(unseen_speech(text), 16000)
    assert not recognition.exact
    assert word_recall(text, recognition.text) >= 0.6
    assert all(0 <= word.start <= word.end for word in recognition.words)


def test_loading_the_model_never_touches_the_network() -> None:
    script = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "import numpy as np\n"
        "from elevenlabs_ext.emulator._recognizer import load_whisper, _WHISPER\n"
        "load_whisper()\n"
        "print(len(_WHISPER.transcribe(np.zeros(16000, dtype=np.float32), False)) >= 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"


@pytest.mark.parametrize("rate", [8000, 22050, 44100])
def test_resample_keeps_duration(rate: int) -> None:
    samples = np.zeros(rate, dtype=np.int16)
    assert len(resample(samples, rate, 16000)) == 16000
