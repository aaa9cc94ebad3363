"""Where a line may break: at spaces in spaced scripts, and between any two characters of
Chinese and Japanese, which put no spaces between words, except where their typesetting
rules (kinsoku) forbid it.

Without this a Japanese paragraph is one "word" cut wherever the line runs out: a "。"
at the head of a line, and a Latin name inside it ("Kubernetes") cut in two.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

_CLOSE = (
    "、。，．・：；？！‼⁇⁈⁉ー」』）］｝〕〉》】〙〗〟"
    "ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ…‥"
)
"""Closing marks, prolonged sounds, iteration marks and small kana: never at the head of
a line, so they go with the character before them. (Curly quotes are left out: Latin
text uses ’ inside words.)"""
_OPEN = "「『（［｛〔〈《【〘〖〝"
"""Opening brackets: never at the end of a line, so they go with what they open."""
_WIDE = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6"
)
"""Ideographs, kana, CJK punctuation and full-width forms: a line may break beside each."""
_BELOW_WIDE = "\u2e80"
"""Text whose every character is below this has none of `_WIDE`."""
_SPACED = re.compile(r"\S+")


@functools.cache
def _any_wide() -> re.Pattern[str]:
    """Any character of `_WIDE`: compiled when first asked (text past `_BELOW_WIDE`)."""
    return re.compile(f"[{_WIDE}]")


@functools.cache
def _unit() -> re.Pattern[str]:
    """One unit a line may not break inside: a spaced word, or one wide character with the
    marks that may not be parted from it. The ideographic space (U+3000, in the wide range)
    is a space: a line breaks there and drops it, never starts or ends with it. Compiled
    when first asked (a text in a wide script), not on the first frame's import: 1-2 ms,
    as `_any_wide` (a Latin text with curly quotes or dashes needs neither)."""
    return re.compile(
        rf"[{_OPEN}]*(?:(?![{_CLOSE}\s])[{_WIDE}]|[^\s{_WIDE}{_OPEN}{_CLOSE}]+)[{_CLOSE}]*"
        rf"|[{_OPEN}{_CLOSE}]+"
    )


def units(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each unit of `text` in order: a wrapped line holds whole units, and
    two units with no space between them join with none."""
    if text.isascii() or max(text) < _BELOW_WIDE or _any_wide().search(text) is None:
        pattern = _SPACED
    else:
        pattern = _unit()
    return (match.span() for match in pattern.finditer(text))
