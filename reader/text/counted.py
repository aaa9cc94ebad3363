"""A count as the app and the commands write it for a person ("9,270 passages"), so a
notice, an undo step's label, an export's summary and a chart's caption read alike."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`n` with thousands separated and `noun` in the plural unless `n` is one ("1 story",
    "74 stories"); `plural` where adding an s does not make it ("analyses")."""
    if n == 1:
        return f"{n:,} {noun}"
    if plural is not None:
        return f"{n:,} {plural}"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return f"{n:,} {noun[:-1]}ies"
    return f"{n:,} {noun}s"
