"""Base64 of audio, the one way the package reads and writes it.

Reading is strict (only the alphabet, padding where it belongs, no whitespace): a damaged
frame is an error, never audio with bytes silently skipped. Audio is most of every socket
frame and timestamped stream line, so the codec is pybase64's (SIMD: a 2 KiB frame decodes
in about an eighth of ``binascii``'s time); ``binascii`` stands in where pybase64 cannot be
imported. Both raise ``ValueError`` for bad input (``binascii.Error`` unless the text is not ASCII).
"""

from __future__ import annotations

import binascii
import functools
from collections.abc import Callable

__all__ = ["IMPLEMENTATION", "decode", "encode"]


def _binascii_encode(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).decode("ascii")


def _load() -> tuple[str, Callable[[str | bytes], bytes], Callable[[bytes], str]]:
    try:
        import pybase64
    except ImportError:  # a dependency; this keeps an install without its wheel working
        return "binascii", functools.partial(binascii.a2b_base64, strict_mode=True), _binascii_encode
    return "pybase64", functools.partial(pybase64.b64decode, validate=True), pybase64.b64encode_as_string


IMPLEMENTATION, decode, encode = _load()
"""Which codec is in use; ``decode(text)``: the bytes of strict base64 text (``str`` or ASCII
``bytes``), ``ValueError`` otherwise; ``encode(data)``: base64 text without a newline."""
