"""The ``elevenlabs-ext`` console script and ``python -m elevenlabs_ext``.

The commands live in the ``elevenlabs_ext.cli`` package; this module is the stable entry
point named in ``pyproject.toml``.
"""

from __future__ import annotations

from .cli._app import main

__all__ = ["main"]
