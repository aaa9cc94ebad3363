"""A count as the app and the commands write it for a person ("9,270 passages"), so a
notice, an undo step's label, an export's summary and a chart's caption read alike."""

from __future__ import annotations


def counted(n: int, noun: str) -> str:
    """`n` with thousands separated and `noun` in the plural unless `n` is one."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
