"""`bench.split_reads`' counts: a call reads a line when its string is the line's text (or
that text lowered or stripped), each stage's calls are its own, and a repeat is a call on a
line beyond one for each time the dump holds the line."""

from __future__ import annotations

import sys
from collections import Counter

from bench.split_reads import Recorder, repeats
from reader.dumps.lines import logical_lines
from reader.dumps.load import split_text

_DUMP = "A Headline Over Its Story\n\nBy Jane Doe\n\nThe council met on Monday and voted.\n"


def _recorded(text: str) -> Recorder:
    recorder = Recorder(line.text for line in logical_lines(text))
    sys.setprofile(recorder)
    try:
        split_text(text)
    finally:
        sys.setprofile(None)
    return recorder


def test_each_line_is_counted_under_the_stage_that_reads_it() -> None:
    recorder = _recorded(_DUMP)
    lines = Counter(line.text for line in logical_lines(_DUMP))
    counted = recorder.tallies["roles", "words.word_count"].lines
    assert counted.keys() == lines.keys()  # the byline's rule counts its words again
    assert recorder.tallies["lines", "lines._make_line"].lines == lines
    assert recorder.python_calls["boundaries"] > 0
    assert recorder.python_calls["assembling"] > 0
    assert sys.getprofile() is None


def test_a_string_that_is_no_line_reads_none() -> None:
    recorder = Recorder(["By Jane Doe"])
    assert recorder.whole["by jane doe"] == "By Jane Doe"
    assert "Jane Doe" not in recorder.whole


def test_a_repeat_is_a_call_beyond_the_lines_the_dump_holds() -> None:
    held = Counter({"Share": 3, "A paragraph.": 1})
    assert repeats(Counter({"Share": 2, "A paragraph.": 1}), held) == 0
    assert repeats(Counter({"Share": 3, "A paragraph.": 3}), held) == 2
