"""Socket messages as JSON text frames: checked against sockets.yaml, built from and read into
the generated ``Ws*`` models. Shared by every channel, both ends.

A message we send is checked strictly (a misspelt key fails here, not on the service); a
message we receive is decoded into a dict, checked, and read into its model. Every failure
is a ``WebSocketProtocolError`` carrying the start of the frame.
"""

from __future__ import annotations

import json
import json.scanner
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, Protocol, Self, TypeVar, cast

from elevenlabs_api.types import UNSET, Unset

from .. import _base64
from .._errors import WebSocketClosedError, WebSocketError, WebSocketProtocolError, WebSocketStateError
from ._schema import SchemaError, SchemaSet

__all__ = [
    "GOING_AWAY",
    "NORMAL_CLOSURE",
    "Message",
    "check_alignment",
    "check_text",
    "checked",
    "closed_error",
    "decode_audio",
    "decode_object",
    "encode",
    "encode_audio",
    "encode_payload",
    "is_canonical_base64",
    "is_error_message",
    "nested",
    "nested_list",
    "or_none",
    "parse",
    "preview",
    "scan_json",
    "send_failure",
    "server_error",
]

NORMAL_CLOSURE: Final = 1000
GOING_AWAY: Final = 1001
_RAW_PREVIEW: Final = 200
_decode_json = json.JSONDecoder().decode
# (value, end) of the JSON value at an index, without the whitespace and trailing-data checks
# of ``decode``: for callers that check ``end`` themselves (StopIteration: no value there).
scan_json: Final[Callable[[str, int], tuple[Any, int]]] = json.scanner.make_scanner(
    cast(Any, json.JSONDecoder())  # typeshed types the argument as the scanner's own class
)


class Message(Protocol):
    """What every generated ``Ws*`` model offers."""

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=Message)
V = TypeVar("V")


def or_none(value: V | Unset) -> V | None:
    """The generated ``UNSET`` as None."""
    return None if isinstance(value, Unset) else value


def preview(frame: str | bytes) -> str | bytes:
    return frame[:_RAW_PREVIEW]


# ----------------------------------------------------------------------- sending


def encode_payload(schemas: SchemaSet, name: str, payload: dict[str, Any]) -> str:
    """``payload`` as a text frame, once it matches schema ``name``."""
    try:
        schemas.check(name, payload)
    except SchemaError as error:
        raise ValueError(f"invalid {name} message: {error}") from None
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def encode(schemas: SchemaSet, message: Message) -> str:
    """A generated model as a text frame; its class names its schema."""
    return encode_payload(schemas, type(message).__name__, message.to_dict())


def nested(schemas: SchemaSet, cls: type[M], field: str, value: object) -> M | Unset:
    """An argument such as voice_settings as its generated model (None: not given).

    Takes the model itself, a mapping, or any model with ``to_dict()`` (the HTTP
    ``VoiceSettings`` too), and checks its fields, so a misspelt key fails here.
    """
    if value is None:
        return UNSET
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        data = dict(value)
    elif callable(to_dict := getattr(value, "to_dict", None)):
        data = {k: v for k, v in to_dict().items() if v is not None}
    else:
        raise TypeError(
            f"{field} must be a {cls.__name__}, a mapping or a model with to_dict(), got {type(value).__name__}"
        )
    try:
        schemas.check(cls.__name__, data)
    except SchemaError as error:
        raise ValueError(f"invalid {field}: {error}") from None
    return cls.from_dict(data)


def nested_list(schemas: SchemaSet, cls: type[M], field: str, value: Iterable[object] | None) -> list[M] | Unset:
    """A list argument (pronunciation dictionary locators) as generated models."""
    if value is None:
        return UNSET
    if isinstance(value, str | bytes | Mapping):
        raise TypeError(f"{field} must be a list")
    found: list[M] = []
    for index, item in enumerate(value):
        made = nested(schemas, cls, f"{field}[{index}]", item)
        if isinstance(made, Unset):
            raise TypeError(f"{field}[{index}] must not be None")
        found.append(made)
    return found


def check_text(text: object, *, allow_empty: bool = False) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not text and not allow_empty:
        raise ValueError("text must not be empty: an empty text ends the input (use end_input())")
    return text


# --------------------------------------------------------------------- receiving


def decode_object(frame: str | bytes) -> dict[str, Any]:
    """The JSON object in a text frame; anything else breaks the protocol."""
    if isinstance(frame, bytes):
        raise WebSocketProtocolError("received a binary frame; the service sends JSON text frames", raw=preview(frame))
    try:
        data = _decode_json(frame)
    except ValueError as error:
        raise WebSocketProtocolError(f"received a frame that is not JSON ({error})", raw=preview(frame)) from None
    except RecursionError:
        raise WebSocketProtocolError("received a frame nested too deeply to read", raw=preview(frame)) from None
    if not isinstance(data, dict):
        raise WebSocketProtocolError(f"received a JSON {type(data).__name__}, expected an object", raw=preview(frame))
    return data


def parse(schemas: SchemaSet, cls: type[M], data: dict[str, Any], frame: str | bytes) -> M:
    """Check ``data`` against ``cls``'s schema (after renaming the aliases it lists) and read it."""
    checked(schemas, cls, data, frame)
    try:
        return cls.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:  # the schema passed, so a generator/schema mismatch
        raise WebSocketProtocolError(
            f"{cls.__name__} message could not be read: {error!r}", raw=preview(frame)
        ) from None


def checked(schemas: SchemaSet, cls: type[Message], data: dict[str, Any], frame: str | bytes) -> dict[str, Any]:
    """``data`` once it matches ``cls``'s schema, its aliases renamed (in place)."""
    name = cls.__name__
    aliases = schemas.aliases(name)
    if aliases and not aliases.keys().isdisjoint(data):  # rare: the service spells keys one way
        for alias, canonical in aliases.items():
            if alias in data:
                value = data.pop(alias)
                if canonical in data and data[canonical] != value:
                    raise WebSocketProtocolError(
                        f"{name}: {alias!r} and {canonical!r} disagree ({value!r} != {data[canonical]!r})",
                        raw=preview(frame),
                    )
                data.setdefault(canonical, value)
    try:
        schemas.check(name, data)
    except SchemaError as error:
        raise WebSocketProtocolError(f"malformed {name} message: {error}", raw=preview(frame)) from None
    return data


class _Alignment(Protocol):
    chars: list[str]
    char_start_times_ms: list[int]
    chars_durations_ms: list[int]


A = TypeVar("A", bound=_Alignment)


def check_alignment(alignment: A | Unset | None, field: str, frame: str | bytes) -> A | None:
    """The alignment, once its three lists have one length."""
    if alignment is None or isinstance(alignment, Unset):
        return None
    lengths = {len(alignment.chars), len(alignment.char_start_times_ms), len(alignment.chars_durations_ms)}
    if len(lengths) != 1:
        raise WebSocketProtocolError(
            f"{field}: chars, charStartTimesMs and charsDurationsMs differ in length", raw=preview(frame)
        )
    return alignment


def decode_audio(encoded: str | Unset | None, frame: str | bytes) -> bytes:
    if not encoded or isinstance(encoded, Unset):
        return b""
    try:
        return _base64.decode(encoded)  # strict: anything but the alphabet is an error
    except ValueError as error:  # binascii.Error among them
        raise WebSocketProtocolError(f"audio is not valid base64 ({error})", raw=preview(frame)) from None


def encode_audio(audio: bytes) -> str:
    return _base64.encode(audio)


# The last character before the padding carries 2 (before "=") or 4 (before "==") bits that
# a canonical encoding leaves at zero; a2b_base64 ignores them even in strict mode.
_CANONICAL_BEFORE_ONE_PAD: Final = frozenset("AEIMQUYcgkosw048")
_CANONICAL_BEFORE_TWO_PADS: Final = frozenset("AQgw")


def is_canonical_base64(encoded: str) -> bool:
    """True when ``encode_audio(decode_audio(encoded))`` gives ``encoded`` back (for valid base64)."""
    if len(encoded) % 4:
        return False
    if encoded[-1:] != "=":
        return True
    if encoded[-2:-1] == "=":
        return encoded[-3:-2] in _CANONICAL_BEFORE_TWO_PADS
    return encoded[-2:-1] in _CANONICAL_BEFORE_ONE_PAD


def is_error_message(data: Mapping[str, Any]) -> bool:
    return "error" in data or ("message" in data and "audio" not in data and "isFinal" not in data)


def server_error(schemas: SchemaSet, data: dict[str, Any], frame: str | bytes) -> WebSocketClosedError:
    """The service's error message as the error it raises."""
    from elevenlabs_api.models.ws_server_error import WsServerError

    parsed = parse(schemas, WsServerError, data, frame)
    code = or_none(parsed.code)
    error = or_none(parsed.error)
    label = f" [{error}]" if error else ""
    return WebSocketClosedError(
        f"the service reported an error{label}: {parsed.message}" + (f" (code {code})" if code is not None else ""),
        code=code,
        reason=parsed.message,
        error=error,
    )


def closed_error(code: int | None, reason: str, what: str, by_us: bool = False) -> WebSocketClosedError:
    """``by_us``: this client closed first, because the service broke a limit (``max_size``)."""
    shown = f"{code}" + (f" {reason!r}" if reason else "")
    who = "this client closed the socket" if by_us else "the service closed the socket"
    return WebSocketClosedError(f"{who} ({shown}) {what}", code=code, reason=reason)


def send_failure(
    failure: WebSocketError | None, code: int | None, reason: str, ended_cleanly: bool, by_us: bool = False
) -> WebSocketError:
    """The error for a send that found the connection closed."""
    if failure is not None:
        return failure
    if ended_cleanly:
        return WebSocketStateError("the stream is over: nothing more can be sent")
    return closed_error(code, reason, "while a message was being sent", by_us)
