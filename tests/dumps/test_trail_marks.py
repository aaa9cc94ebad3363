"""A line is split at a page trail's marks only when it holds one (`_has_trail_mark`, asked
first because the pattern's scan of every space of a paragraph cost a tenth of a split): so
every character the trail's pattern parts at must be one that check looks for."""

from __future__ import annotations

from reader.dumps.assemble import _TRAIL, _has_trail_mark


def test_every_mark_the_trail_parts_at_is_looked_for() -> None:
    characters = (chr(code) for code in range(0xD800))
    marks = {mark for mark in characters if len(_TRAIL.split(f"Blog {mark} 2022")) > 1}
    assert marks == {"/", "›", "»", ">", "|"}
    assert all(_has_trail_mark(f"Blog {mark} 2022") for mark in marks)
