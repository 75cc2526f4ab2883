"""The error of ``elevenlabs_ext.webhooks``, part of the one error tree (see ``_errors``)::

    ElevenLabsError
    └── WebhookVerificationError (also ValueError)   a delivery failed verification (``check`` says which)

Kept apart from ``webhooks`` so that ``elevenlabs_ext`` can re-export it without importing that module.
"""

from __future__ import annotations

from typing import Literal

from ._errors import ElevenLabsError

__all__ = ["WebhookCheck", "WebhookVerificationError"]

WebhookCheck = Literal[
    "malformed_header",  # no header, or not "t=...,v0=..." (a part without "=", a non-integer t, non-hex v0)
    "missing_timestamp",  # no t=
    "missing_signature",  # no v0=
    "bad_signature",  # no v0 matches the body and secret: forged, tampered with, or the wrong secret
    "stale",  # signed longer ago than the tolerance: a replay, or a delivery held up too long
    "future",  # signed further ahead than clock skew explains
    "not_json",  # authentic, but the body is not a JSON object
]


class WebhookVerificationError(ElevenLabsError, ValueError):
    """A webhook delivery failed verification; answer it with 400 or 401 and do not act on it.

    Attributes:
        check: which check failed (see ``WebhookCheck``), for logs and metrics.
    """

    def __init__(self, message: str, *, check: WebhookCheck) -> None:
        super().__init__(message)
        self.check: WebhookCheck = check
