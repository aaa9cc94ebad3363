"""What a terminal that follows `wcwidth` (glibc's: xterm, tmux, VTE) draws, to check
Rich's widths against (tmux 3.3 agreed with it on every title of `tests/tui/test_scripts`)."""

from __future__ import annotations

import unicodedata


def drawn_cells(text: str) -> int:
    """Cells a `wcwidth` terminal draws `text` in: marks that stack (Mn, Me) and format
    characters take none, wide characters two, a character after a ZWJ none (the
    sequence is drawn as its first), a pair of regional indicators (a flag) two."""
    cells = 0
    joining = flag_open = False
    for char in text:
        if joining or char == "\u200d":
            joining = not joining
            continue
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        if 0x1F1E6 <= ord(char) <= 0x1F1FF:
            cells += 0 if flag_open else 2
            flag_open = not flag_open
            continue
        cells += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return cells
