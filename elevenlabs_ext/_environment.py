"""Where the API lives: production and the data-residency regions."""

from __future__ import annotations

import enum

__all__ = ["Environment"]


class Environment(enum.StrEnum):
    """An ElevenLabs deployment. ``environment="eu"`` and ``Environment.EU`` are the same."""

    PRODUCTION = "production"
    US = "us"
    EU = "eu"
    IN = "in"
    SG = "sg"

    @property
    def base_url(self) -> str:
        return _BASE_URLS[self]


_BASE_URLS = {
    Environment.PRODUCTION: "https://api.elevenlabs.io",
    Environment.US: "https://api.us.elevenlabs.io",
    Environment.EU: "https://api.eu.residency.elevenlabs.io",
    Environment.IN: "https://api.in.residency.elevenlabs.io",
    Environment.SG: "https://api.sg.residency.elevenlabs.io",
}
