"""``python -m elevenlabs_ext``: the same commands as the ``elevenlabs-ext`` console script."""

from __future__ import annotations

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())
