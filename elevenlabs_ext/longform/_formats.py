"""Long-form synthesis reads ``output_format`` with the package's one parser (``elevenlabs_ext.audio``).

Kept as a name for long-form's imports; ``AudioFormat`` here is ``OutputFormat`` there.
"""

from __future__ import annotations

from ..audio._formats import DEFAULT_FORMAT, check_container, default_format_for, parse_output_format
from ..audio._formats import OutputFormat as AudioFormat

__all__ = ["DEFAULT_FORMAT", "AudioFormat", "check_container", "default_format_for", "parse_output_format"]
