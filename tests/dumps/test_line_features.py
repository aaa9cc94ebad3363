"""The string-method shortcuts the role rules read (`line_features.has_digit`,
`chrome.share_parts`) give the patterns' own answers on every line of every open real
half, every generated dump and a bench dump, and on any text: a shortcut that ever
differs fails here, with the line."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given
from hypothesis import strategies as st

from bench import corpus
from bench.synth_dumps import generated
from reader.dumps.chrome import share_parts
from reader.dumps.line_features import has_digit
from reader.dumps.lines import logical_lines
from reader.dumps.load import read_dump
from tests.dumps.test_dump_parts import FIXTURES

_DIGIT = re.compile(r"\d")
_SHARE_PARTS = re.compile(r"\s*[·|•,/]\s*")
"""How `chrome.is_share_bar` cut a line into parts before `share_parts`."""


@cache
def every_line() -> tuple[str, ...]:
    """The distinct logical lines of the open fixtures (sealed halves left out), the
    generated dumps of `bench.synth_dumps` and a generated bench dump."""
    texts = [read_dump(path)[0] for path in FIXTURES]
    texts += [dump.text for dump in generated()]
    texts.append(corpus.dump(1_000))
    return tuple(sorted({line.text for text in texts for line in logical_lines(text)}))


def test_the_lines_cover_every_kind_of_dump() -> None:
    lines = every_line()
    assert len(lines) > 10_000
    assert any(not line.isascii() for line in lines)
    assert any("年" in line for line in lines)


def test_has_digit_is_the_pattern_s_answer_on_every_line() -> None:
    for line in every_line():
        assert has_digit(line) == bool(_DIGIT.search(line)), line


@given(st.text())
def test_has_digit_is_the_pattern_s_answer_on_any_text(text: str) -> None:
    assert has_digit(text) == bool(_DIGIT.search(text))


def _split_at_marks(text: str) -> list[str]:
    return [part for part in _SHARE_PARTS.split(text.strip()) if part]


def test_share_parts_are_the_pattern_s_parts_on_every_line() -> None:
    for line in every_line():
        assert share_parts(line) == _split_at_marks(line), line


@given(st.text(alphabet=st.sampled_from(list("ab ·|•,/\t\n\xa0\u2003\x1cZ"))))
def test_share_parts_are_the_pattern_s_parts_on_any_marks_and_spacing(text: str) -> None:
    assert share_parts(text) == _split_at_marks(text)


@given(st.text())
def test_share_parts_are_the_pattern_s_parts_on_any_text(text: str) -> None:
    assert share_parts(text) == _split_at_marks(text)
