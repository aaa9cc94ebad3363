"""The string checks that spare a rule its pattern (`credits.signed_valediction`'s comma and
dash, `credits.signs_off`'s calls to subscribe and licences, `lines._has_front_matter`'s
`+++`) give the patterns' own answers: on every line of the open fixtures and generated
dumps, on any text the pattern matches, and on any text; the rules' remembered answers
(`credits.dateline`, `boundaries`' letter runs) are those of the text asked, read once."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.dumps import boundaries, credits, lines
from reader.dumps.measure import word_count
from tests.dumps.test_line_features import every_line

_SIGNED = re.compile(credits._SIGNED_ON_LINE.pattern)
_SUBSCRIBE = re.compile(credits._SUBSCRIBE_CALL.pattern)
_LICENCE = re.compile(credits._LICENCE.pattern)
_PLUS = re.compile(lines._LATER_PLUS_OVER_TOML.pattern)
_SIGNING = st.text(alphabet=st.sampled_from(list("Ab, \t\xa0-–—_'’é1")))


def _signed(text: str) -> bool:
    """`signed_valediction` by its pattern alone."""
    matched = _SIGNED.match(text) is not None
    return matched and word_count(text, credits.VALEDICTION_MOST + 1) <= credits.VALEDICTION_MOST


def test_the_checks_and_the_remembered_answers_are_the_patterns_on_every_line() -> None:
    for line in every_line():
        assert credits.signed_valediction(line) == _signed(line), line
        lowered = line.lower()
        assert bool(_SUBSCRIBE.search(lowered)) <= credits._calls_to_subscribe(lowered), line
        assert bool(_LICENCE.search(line)) <= ("CC" in line), line
        if not line.isascii():  # an ASCII line's runs are its own lowered, as they were
            assert boundaries.content_words(line) == _content_words(line), line


@given(st.from_regex(_SIGNED) | _SIGNING | st.text())
def test_a_signed_valediction_is_the_pattern_s_on_any_text(text: str) -> None:
    assert credits.signed_valediction(text) == _signed(text)


@given(st.from_regex(_SUBSCRIBE))
def test_every_call_to_subscribe_the_pattern_knows_is_told_by_its_words(text: str) -> None:
    assert credits._calls_to_subscribe(text)


@given(st.from_regex(_LICENCE))
def test_every_licence_the_pattern_knows_holds_its_capitals(text: str) -> None:
    assert "CC" in text


@given(st.from_regex(_PLUS))
def test_every_toml_opening_the_pattern_finds_holds_its_rule(text: str) -> None:
    assert "\n+++" in text
    assert lines._has_front_matter(text)


def test_a_dateline_asked_again_is_the_one_found_before_and_read_once() -> None:
    paragraph = "LONDON (Reuters) - The council met on Monday and voted to close the road."
    first = credits.dateline(paragraph)
    hits = credits._head_dateline.cache_info().hits
    assert credits.dateline(paragraph) == first == "LONDON (Reuters)"
    assert credits._head_dateline.cache_info().hits == hits + 1


def test_a_line_s_letter_runs_are_its_text_s_lowered_and_read_once() -> None:
    text = "The Harvest Season, with RAIN — and ÉTÉ’s heat"
    assert boundaries._line_runs(text) == tuple(boundaries._letter_runs(text.lower()))
    hits = boundaries._line_runs.cache_info().hits
    boundaries._line_runs(text)
    assert boundaries._line_runs.cache_info().hits == hits + 1


def _content_words(text: str) -> set[str]:
    """`boundaries.content_words` as it read a line before its runs were remembered."""
    low = text.lower()
    words = set(boundaries._letter_runs(low)) - boundaries._STOP
    if low.isascii() or not (runs := boundaries._UNSPACED.findall(low)):
        return words
    words = {word for word in words if boundaries._UNSPACED.search(word) is None}
    words.update(run[k : k + 2] for run in runs for k in range(len(run) - 1))
    return words
