"""The one base64 codec of the package: strict, and the same with pybase64 or binascii."""

from __future__ import annotations

import base64
import binascii
import functools
import random
from collections.abc import Callable

import pytest

from elevenlabs_ext import _base64

STANDARD = ("binascii", functools.partial(binascii.a2b_base64, strict_mode=True), _base64._binascii_encode)
DECODERS: list[tuple[str, Callable[[str | bytes], bytes], Callable[[bytes], str]]] = [
    (_base64.IMPLEMENTATION, _base64.decode, _base64.encode),
    STANDARD,
]


def test_pybase64_is_the_codec_in_use() -> None:
    # A dependency: without it every frame decodes about eight times slower.
    assert _base64.IMPLEMENTATION == "pybase64"


@pytest.mark.parametrize(("name", "decode", "encode"), DECODERS, ids=[d[0] for d in DECODERS])
def test_round_trips_every_length_and_byte(
    name: str, decode: Callable[[str | bytes], bytes], encode: Callable[[bytes], str]
) -> None:
    rng = random.Random(7)
    for size in [*range(0, 70), 2048, 65_537]:
        data = rng.randbytes(size)
        text = encode(data)
        assert text == base64.b64encode(data).decode()
        assert decode(text) == data
        assert decode(text.encode()) == data


@pytest.mark.parametrize(
    "bad",
    ["A", "AA", "AAA", "A===", "AA=A", "AA==AA==", "AA==\n", " AA==", "AA AA", "%%%%", "AAA-", "AAA_", "é", "AA\x00A"],
)
@pytest.mark.parametrize(("name", "decode", "encode"), DECODERS, ids=[d[0] for d in DECODERS])
def test_anything_but_the_alphabet_and_its_padding_is_refused(
    name: str, decode: Callable[[str | bytes], bytes], encode: Callable[[bytes], str], bad: str
) -> None:
    with pytest.raises(ValueError, match=r"base64|padding|ASCII"):  # binascii.Error, but for non-ASCII text
        decode(bad)


def test_the_websocket_and_stream_decoders_use_it() -> None:
    from elevenlabs_ext._websockets._codec import decode_audio, encode_audio
    from elevenlabs_ext._websockets._tts import MultiStreamInputProtocol

    assert MultiStreamInputProtocol()._decode_base64 is _base64.decode
    assert decode_audio(encode_audio(b"\x00\xff" * 9), "") == b"\x00\xff" * 9
