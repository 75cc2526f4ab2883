"""Verify ElevenLabs webhook deliveries.

ElevenLabs signs each delivery with an ``ElevenLabs-Signature`` header of the form
``t=<unix seconds>,v0=<hex HMAC-SHA256 of "<t>.<raw body>">``, keyed with the webhook's
secret. ``verify`` checks it and returns the parsed event::

    from elevenlabs_ext.webhooks import SIGNATURE_HEADER, WebhookVerificationError, verify

    async def elevenlabs_webhook(request):  # e.g. Starlette
        try:
            event = verify(await request.body(), request.headers.get(SIGNATURE_HEADER), SECRET)
        except WebhookVerificationError as error:
            log.warning("rejected webhook: %s", error.check)
            return Response(status_code=401)
        if event.type == "post_call_transcription":
            ...

Pass the body exactly as received: parsed and re-serialised JSON no longer matches.

Unlike the official SDK's ``construct_event``, signatures are compared in constant time
(``hmac.compare_digest``), timestamps too far in the future are refused as well as old
ones, and every ``v0`` in the header is tried, so deliveries keep verifying while a secret is
rotated.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any, Final

import attrs

from ._errors import ConfigurationError
from ._webhook_errors import WebhookCheck, WebhookVerificationError

__all__ = [
    "DEFAULT_FUTURE_TOLERANCE",
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "WebhookCheck",
    "WebhookEvent",
    "WebhookVerificationError",
    "sign",
    "verify",
]

SIGNATURE_HEADER: Final = "ElevenLabs-Signature"
DEFAULT_TOLERANCE: Final = 1800
"""Seconds a delivery may be old: 30 minutes, what the official SDKs accept."""
DEFAULT_FUTURE_TOLERANCE: Final = 300
"""Seconds a signature may be ahead of our clock: skew between two clocks, nothing more."""
_SCHEME: Final = "v0"


@attrs.frozen
class WebhookEvent:
    """A verified webhook delivery.

    Attributes:
        type: the event type (``"post_call_transcription"``, ``"post_call_audio"``, ...), or
            None if the body has no string ``type``.
        data: the event's ``data`` member (None if absent).
        event_timestamp: the body's ``event_timestamp`` (unix seconds), when it is an integer.
        signed_at: the signature header's timestamp ``t`` (unix seconds).
        raw: the whole parsed body.
    """

    type: str | None
    data: Any
    event_timestamp: int | None
    signed_at: int
    raw: dict[str, Any] = attrs.field(repr=False)


def _fail(check: WebhookCheck, message: str) -> WebhookVerificationError:
    return WebhookVerificationError(message, check=check)


def _key(secret: str | bytes) -> bytes:
    if not secret:
        # An empty key would make every signature trivially forgeable; this is a setup error.
        raise ConfigurationError("the webhook secret is empty; pass the secret ElevenLabs showed for this webhook")
    return secret.encode() if isinstance(secret, str) else bytes(secret)


def _body(body: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(body, str):
        return body.encode()
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    raise TypeError(f"body must be the raw request body as bytes or str, not {type(body).__name__}")


def _digest(key: bytes, timestamp: str, body: bytes) -> bytes:
    return hmac.new(key, timestamp.encode("ascii") + b"." + body, hashlib.sha256).digest()


def _parse_header(header: str | None) -> tuple[str, list[bytes]]:
    """The header's timestamp text (as signed) and its v0 signatures as bytes."""
    if not header or not header.strip():
        raise _fail("malformed_header", f"no {SIGNATURE_HEADER} header (or it is empty)")
    timestamp: str | None = None
    signatures: list[bytes] = []
    for part in header.split(","):
        name, equals, value = part.strip().partition("=")
        if not equals or not name:
            raise _fail("malformed_header", f"{SIGNATURE_HEADER} part {part.strip()[:40]!r} is not name=value")
        if name == "t":
            if timestamp is not None:
                raise _fail("malformed_header", f"{SIGNATURE_HEADER} has more than one t=")
            if not (value.isascii() and value.isdigit()):
                raise _fail("malformed_header", f"{SIGNATURE_HEADER} t={value[:20]!r} is not unix seconds")
            timestamp = value
        elif name == _SCHEME:
            try:
                signatures.append(bytes.fromhex(value))
            except ValueError:
                raise _fail("malformed_header", f"{SIGNATURE_HEADER} v0={value[:20]!r}... is not hex") from None
        # Other names are later schemes or extensions: ignored, as the scheme allows.
    if timestamp is None:
        raise _fail("missing_timestamp", f"{SIGNATURE_HEADER} has no timestamp (t=)")
    if not signatures:
        raise _fail("missing_signature", f"{SIGNATURE_HEADER} has no {_SCHEME}= signature")
    return timestamp, signatures


def verify(
    body: bytes | bytearray | memoryview | str,
    signature_header: str | None,
    secret: str | bytes,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    future_tolerance: float = DEFAULT_FUTURE_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Check a delivery's signature and age, and return the event it carries.

    Args:
        body: the raw request body, exactly as received (bytes, or str if your framework
            only gives text; it is encoded as UTF-8, as ElevenLabs signs it).
        signature_header: the ``ElevenLabs-Signature`` header's value (None if absent).
        secret: the webhook's signing secret.
        tolerance: how many seconds old a signature may be; None accepts any age (for
            replaying stored deliveries in tests, not in production).
        future_tolerance: how many seconds ahead of ``now`` a signature may be.
        now: the current unix time; default ``time.time()``.

    Raises:
        WebhookVerificationError: a check failed; ``check`` names it. The signature is
            checked before the age, so ``"stale"``/``"future"`` are only reported for
            authentic deliveries.
        ConfigurationError: ``secret`` is empty.
    """
    key = _key(secret)
    raw_body = _body(body)
    timestamp, signatures = _parse_header(signature_header)

    expected = _digest(key, timestamp, raw_body)
    matched = False
    for signature in signatures:  # all of them, so the time taken does not say which matched
        matched |= hmac.compare_digest(expected, signature)
    if not matched:
        raise _fail("bad_signature", f"no {_SCHEME} signature matches this body and secret")

    signed_at = int(timestamp)
    current = time.time() if now is None else now
    if tolerance is not None and current - signed_at > tolerance:
        raise _fail("stale", f"signed {current - signed_at:.0f} s ago, more than the tolerance of {tolerance:g} s")
    if signed_at - current > future_tolerance:
        raise _fail("future", f"signed {signed_at - current:.0f} s in the future, more than {future_tolerance:g} s")

    try:
        parsed = json.loads(raw_body)
    except ValueError as error:  # JSONDecodeError, or UnicodeDecodeError for bytes in no UTF
        raise _fail("not_json", f"the body is not JSON: {error}") from error
    except RecursionError:
        raise _fail("not_json", "the body is JSON nested too deeply to read") from None
    if not isinstance(parsed, dict):
        raise _fail("not_json", f"the body is JSON but not an object ({type(parsed).__name__})")
    event_type = parsed.get("type")
    event_timestamp = parsed.get("event_timestamp")
    return WebhookEvent(
        type=event_type if isinstance(event_type, str) else None,
        data=parsed.get("data"),
        event_timestamp=event_timestamp
        if isinstance(event_timestamp, int) and not isinstance(event_timestamp, bool)
        else None,
        signed_at=signed_at,
        raw=parsed,
    )


def sign(body: bytes | bytearray | memoryview | str, secret: str | bytes, *, timestamp: int | None = None) -> str:
    """The ``ElevenLabs-Signature`` value ElevenLabs would send with this body, for testing handlers.

    ``timestamp`` defaults to now.
    """
    signed_at = str(int(time.time()) if timestamp is None else timestamp)
    digest = _digest(_key(secret), signed_at, _body(body))
    return f"t={signed_at},{_SCHEME}={digest.hex()}"
