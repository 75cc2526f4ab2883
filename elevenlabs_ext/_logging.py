"""Opt-in logging: ``ELEVENLABS_LOG=debug|info`` turns on the ``elevenlabs_ext`` logger.

The library never logs headers or bodies, and a filter masks anything shaped like a key
(``xi-api-key: …``) that a caller's own message might carry.
"""

from __future__ import annotations

import logging
import os
import re

__all__ = ["LOG_ENV", "SecretRedactingFilter", "configure_logging_from_env"]

LOG_ENV = "ELEVENLABS_LOG"
_SECRET = re.compile(r"(?i)(xi-api-key['\"]?\s*[:=]\s*['\"]?)([^\s'\",}]+)")
_configured = False


class SecretRedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _SECRET.sub(r"\1***", message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def configure_logging_from_env() -> None:
    """Apply ``ELEVENLABS_LOG`` once per process (called when a client is built)."""
    global _configured
    if _configured:
        return
    _configured = True
    logger = logging.getLogger("elevenlabs_ext")
    logger.addFilter(SecretRedactingFilter())
    level = os.environ.get(LOG_ENV, "").strip().lower()
    if level not in ("debug", "info"):
        return
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
