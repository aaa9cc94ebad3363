"""Warnings the CLI prints while it carries on: one safe line each on stderr.

Errors end a command (`reader.cli.main` prints them); warnings say what was
skipped or found odd without stopping it.
"""

from __future__ import annotations

import sys

from reader.text.safe import visible_line


def warn(message: str) -> None:
    """Prints `reader: MESSAGE` on stderr, with any control characters made visible."""
    print(f"reader: {visible_line(message)}", file=sys.stderr)
