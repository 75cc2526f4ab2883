"""``elevenlabs_ext.webhooks.verify`` against real HMACs: tampering, rotation, clocks, malformed headers.

Signatures here are computed independently of the module (``_signature``), so a bug shared by
``sign`` and ``verify`` cannot hide.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import pytest

from elevenlabs_ext import ConfigurationError, ElevenLabsError
from elevenlabs_ext.webhooks import (
    DEFAULT_FUTURE_TOLERANCE,
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    WebhookEvent,
    WebhookVerificationError,
    sign,
    verify,
)

SECRET = "wsec_2b7e151628aed2a6abf7158809cf4f3c"
OLD_SECRET = "wsec_old_0123456789abcdef"
T = 1_739_537_297
EVENT = {
    "type": "post_call_transcription",
    "event_timestamp": T,
    "data": {"agent_id": "agent_1", "conversation_id": "conv_1", "transcript": [{"role": "agent", "message": "Hi"}]},
}
BODY = json.dumps(EVENT, separators=(",", ":")).encode()


def _signature(body: bytes, secret: str = SECRET, t: int | str = T) -> str:
    return hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()


def _header(body: bytes = BODY, secret: str = SECRET, t: int | str = T) -> str:
    return f"t={t},v0={_signature(body, secret, t)}"


def _fails(check: str, body: Any = BODY, header: str | None = None, **options: Any) -> WebhookVerificationError:
    options.setdefault("now", T + 5)
    with pytest.raises(WebhookVerificationError) as caught:
        verify(body, _header() if header is None else header, SECRET, **options)
    assert caught.value.check == check, str(caught.value)
    return caught.value


def test_authentic_delivery_gives_the_event() -> None:
    event = verify(BODY, _header(), SECRET, now=T + 5)
    assert event == WebhookEvent(
        type="post_call_transcription", data=EVENT["data"], event_timestamp=T, signed_at=T, raw=EVENT
    )
    assert SIGNATURE_HEADER == "ElevenLabs-Signature"


def test_body_may_be_bytes_str_bytearray_or_memoryview() -> None:
    text = '{"type":"voice_removal_notice","data":{"voice_id":"v1","name":"Grüße"}}'
    header = _header(text.encode())
    for body in (text, text.encode(), bytearray(text.encode()), memoryview(text.encode())):
        event = verify(body, header, SECRET, now=T)
        assert event.type == "voice_removal_notice"
        assert event.data == {"voice_id": "v1", "name": "Grüße"}
        assert event.event_timestamp is None


def test_secret_may_be_bytes() -> None:
    assert verify(BODY, _header(), SECRET.encode(), now=T).type == "post_call_transcription"


@pytest.mark.parametrize(
    "tampered",
    [
        BODY.replace(b"Hi", b"Yo"),
        BODY + b" ",
        BODY[:-1],
        json.dumps(EVENT, indent=2).encode(),  # same JSON, other bytes: re-serialising breaks it
    ],
)
def test_tampered_body_is_refused(tampered: bytes) -> None:
    error = _fails("bad_signature", body=tampered)
    assert isinstance(error, ValueError)
    assert isinstance(error, ElevenLabsError)
    assert "no v0 signature matches" in str(error)


def test_wrong_secret_or_moved_timestamp_is_refused() -> None:
    _fails("bad_signature", header=_header(secret="wsec_someone_else"))
    # The timestamp is signed: moving it (to dodge the age check) breaks the signature.
    _fails("bad_signature", header=f"t={T + 100},v0={_signature(BODY)}")
    # The signed text is the header's t as written, not a re-formatted number.
    _fails("bad_signature", header=f"t=0{T},v0={_signature(BODY)}")
    assert verify(BODY, f"t=0{T},v0={_signature(BODY, t=f'0{T}')}", SECRET, now=T).signed_at == T


def test_any_of_several_signatures_is_accepted_for_rotation() -> None:
    old, new = _signature(BODY, OLD_SECRET), _signature(BODY, SECRET)
    assert verify(BODY, f"t={T},v0={old},v0={new}", SECRET, now=T).type
    assert verify(BODY, f"t={T},v0={new},v0={old}", SECRET, now=T).type
    assert verify(BODY, f"t={T},v0={old},v0={new}", OLD_SECRET, now=T).type
    _fails("bad_signature", header=f"t={T},v0={old},v0={_signature(BODY, 'wsec_other')}")


def test_unknown_schemes_and_spaces_are_tolerated() -> None:
    header = f" t={T} , v1=deadbeef, v0={_signature(BODY)} "
    assert verify(BODY, header, SECRET, now=T).signed_at == T
    assert verify(BODY, header.upper().replace("T=", "t=").replace("V0=", "v0="), SECRET, now=T)  # hex case


def test_every_signature_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    verify(BODY, f"t={T},v0={_signature(BODY)},v0={'00' * 32}", SECRET, now=T)
    assert len(calls) == 2  # both compared, even after the first matched
    assert all(isinstance(a, bytes) and len(a) == 32 for a, _ in calls)


def test_stale_timestamps_are_refused() -> None:
    assert verify(BODY, _header(), SECRET, now=T + DEFAULT_TOLERANCE).type
    error = _fails("stale", now=T + DEFAULT_TOLERANCE + 1)
    assert "1801 s ago" in str(error)
    _fails("stale", now=T + 61, tolerance=60)
    assert verify(BODY, _header(), SECRET, now=T + 10**7, tolerance=None).type  # replaying stored deliveries


def test_timestamps_from_the_future_are_refused() -> None:
    assert verify(BODY, _header(), SECRET, now=T - DEFAULT_FUTURE_TOLERANCE).type
    error = _fails("future", now=T - DEFAULT_FUTURE_TOLERANCE - 1)
    assert "in the future" in str(error)
    _fails("future", now=T - 11, future_tolerance=10)
    # Even with no age limit, a signature from tomorrow is not accepted.
    _fails("future", now=T - 86_400, tolerance=None)


def test_signature_is_checked_before_age() -> None:
    # A forged, old delivery is reported as forged: "stale" only ever describes authentic ones.
    _fails("bad_signature", body=BODY + b"!", now=T + 10**6)


def test_default_clock_is_now() -> None:
    import time

    now = int(time.time())
    assert verify(BODY, _header(t=now), SECRET).signed_at == now
    with pytest.raises(WebhookVerificationError, match="ago"):
        verify(BODY, _header(t=now - 3600), SECRET)


@pytest.mark.parametrize(
    ("header", "check"),
    [
        (None, "malformed_header"),
        ("", "malformed_header"),
        ("   ", "malformed_header"),
        ("garbage", "malformed_header"),
        (f"t={T};v0=abc", "malformed_header"),
        (f"t=abc,v0={'00' * 32}", "malformed_header"),
        (f"t=-5,v0={'00' * 32}", "malformed_header"),
        (f"t=1.5,v0={'00' * 32}", "malformed_header"),
        (f"t={T},t={T},v0={'00' * 32}", "malformed_header"),
        (f"t={T},v0=not-hex", "malformed_header"),
        (f"t={T},v0=ä", "malformed_header"),
        (f"t={T},=x,v0={'00' * 32}", "malformed_header"),
        (f"v0={_signature(BODY)}", "missing_timestamp"),
        (f"t={T}", "missing_signature"),
        (f"t={T},v1={_signature(BODY)}", "missing_signature"),
    ],
)
def test_malformed_headers(header: str | None, check: str) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify(BODY, header, SECRET, now=T)
    assert caught.value.check == check


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'"text"', b"\xff\xfe\x00garbage", b""])
def test_authentic_body_that_is_not_a_json_object(body: bytes) -> None:
    error = _fails("not_json", body=body, header=_header(body))
    assert "JSON" in str(error)


def test_short_signature_is_just_a_mismatch() -> None:
    _fails("bad_signature", header=f"t={T},v0=abcd")


def test_empty_secret_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="secret is empty"):
        verify(BODY, _header(), "", now=T)
    with pytest.raises(ConfigurationError):
        sign(BODY, b"")


def test_body_of_the_wrong_type() -> None:
    with pytest.raises(TypeError, match="raw request body"):
        verify(EVENT, _header(), SECRET, now=T)  # type: ignore[arg-type]


def test_sign_matches_the_scheme_and_round_trips() -> None:
    assert sign(BODY, SECRET, timestamp=T) == _header()
    assert sign(BODY.decode(), SECRET, timestamp=T) == _header()
    assert verify(BODY, sign(BODY, SECRET), SECRET).raw == EVENT


def test_event_fields_are_lenient_about_the_body_shape() -> None:
    body = json.dumps({"type": 3, "event_timestamp": True, "extra": 1}).encode()
    event = verify(body, _header(body), SECRET, now=T)
    assert event.type is None
    assert event.data is None
    assert event.event_timestamp is None
    assert event.raw == {"type": 3, "event_timestamp": True, "extra": 1}
    assert "raw" not in repr(event)  # bodies can be large and personal: kept out of logs by default
