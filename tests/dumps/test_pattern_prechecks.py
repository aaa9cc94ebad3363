"""The string checks that spare a rule its pattern (`credits.signed_valediction`'s comma and
dash, `credits.signs_off`'s calls to subscribe and licences, `lines._has_front_matter`'s
`+++`, `credits.is_caption`'s marks, `footer_words.unsubscribes`' pieces) give the patterns'
own answers: on every line of the open fixtures and generated dumps, on any text the pattern
matches, and on any text; the rules' remembered answers (`credits.dateline`, `boundaries`'
letter runs) are those of the text asked, read once."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.dumps import boundaries, credits, footer_words, lines
from reader.dumps.cues import FOLDS_ODDLY
from reader.dumps.measure import word_count
from tests.dumps.test_line_features import every_line

_SIGNED = re.compile(credits._SIGNED_ON_LINE.pattern)
_SUBSCRIBE = re.compile(credits._SUBSCRIBE_CALL.pattern)
_LICENCE = re.compile(credits._LICENCE.pattern)
_PLUS = re.compile(lines._LATER_PLUS_OVER_TOML.pattern)
_CAPTION_MARKS = re.compile(credits._CAPTION_MARKS.pattern, re.IGNORECASE)
_FOOTER = re.compile(footer_words.UNSUBSCRIBE_WORDS)
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
        tail = line[-credits._CAPTION_TAIL :]
        assert bool(_CAPTION_MARKS.search(tail)) <= credits._may_mark_caption(tail), line
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


def _alternatives(pattern: str) -> list[str]:
    """The alternatives of `pattern`'s outermost alternation."""
    found, depth, start, at, in_class = [], 0, 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += pattern[at + 1 : at + 2] == "]"
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*found, pattern[start:]]


def test_the_alternatives_are_read_whole() -> None:
    alternatives = _alternatives(footer_words.UNSUBSCRIBE_WORDS)
    assert len(alternatives) > 40
    assert "|".join(alternatives) == footer_words.UNSUBSCRIBE_WORDS
    assert len(_alternatives(credits._CAPTION_MARKS.pattern)) == 7


@settings(max_examples=10)  # each example draws every alternative
@given(st.data())
def test_every_footer_word_holds_a_piece(data: st.DataObject) -> None:
    for alternative in _alternatives(footer_words.UNSUBSCRIBE_WORDS):
        text = data.draw(st.from_regex(alternative, fullmatch=True))
        assert any(piece in text for piece in footer_words.FOOTER_PIECES), (alternative, text)


@settings(max_examples=20)  # each example draws every alternative
@given(st.data())
def test_every_caption_mark_is_told_by_its_check(data: st.DataObject) -> None:
    for alternative in _alternatives(credits._CAPTION_MARKS.pattern):
        text = data.draw(st.from_regex(re.compile(alternative, re.IGNORECASE)))
        assert credits._may_mark_caption(text), (alternative, text)


@given(
    st.text(alphabet=sorted(set("licensingfotobildcc /:LICENSINGFOTOBILDCC") | set(FOLDS_ODDLY)))
)
def test_a_caption_s_marks_are_the_pattern_s_in_any_case(text: str) -> None:
    assert bool(_CAPTION_MARKS.search(text)) <= credits._may_mark_caption(text)


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
