"""A client library for accessing ElevenLabs HTTP API, as described by elevenlabs-ext"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
