"""A pattern cut to the branches a text's first character can open (`first_char.Branches`)
matches that text exactly as the whole pattern does, the same span: on every line of the
open fixtures against the gate's joined heads, and on any text against any pattern made of
the pieces the cut reads (sets, escapes, groups, optional and repeated pieces, anchors,
look-arounds). What it does not read leaves the pattern whole."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.dumps import roles
from reader.dumps.first_char import Branches
from tests.dumps.test_line_features import every_line


def _same(pattern: str, text: str) -> None:
    whole = re.match(pattern, text)
    cut = Branches(pattern).cut(text[0])
    found = re.match(cut, text) if cut else None
    assert (whole and whole.span()) == (found and found.span()), (pattern, cut, text)


def _bands() -> list[tuple[str, int, int]]:
    """The gate's joined heads for each band of lengths, with the band's shortest and
    longest line, as `cues.Gate` joins them."""
    gate = roles._CHAIN
    bounds = [0, *gate._limits, 10**9]
    return [(_band_head(high), low + 1, high) for low, high in pairwise(bounds)]


def _band_head(length: int) -> str:
    live = [c.head for c in roles._CHAIN._cues if c.head and (c.longest or length) >= length]
    return "|".join(f"(?:{head})" for head in live)


def test_the_gate_s_heads_cut_match_every_line_as_they_did() -> None:
    """On the lines of each band's lengths, which the gate asks its head (2 s: every line
    of the open fixtures against a dozen patterns, each cut and whole)."""
    lines = sorted({line.lower() for line in every_line() if line})
    bands = _bands()
    assert len(bands) > 5
    for head, shortest, longest in bands:
        whole, branches = re.compile(head), Branches(head)
        cuts: dict[str, re.Pattern[str] | None] = {}
        for line in lines:
            if not shortest <= len(line) <= longest:
                continue
            if line[0] not in cuts:
                cut = branches.cut(line[0])
                assert len(cut) < len(head)
                cuts[line[0]] = re.compile(cut) if cut else None
            pattern = cuts[line[0]]
            found = pattern.match(line) if pattern is not None else None
            expected = whole.match(line)
            assert (expected and expected.span()) == (found and found.span()), line


def test_a_cut_keeps_only_the_branches_the_character_opens() -> None:
    branches = Branches(r"^(?:read more|related|see also)\s*:|[*_]{0,2}(?:by|par)\s|\d+ min")
    assert branches.cut("r") == r"^(?:read more|related)\s*:"
    assert branches.cut("p") == r"[*_]{0,2}(?:par)\s"
    assert branches.cut("*") == r"[*_]{0,2}(?:by|par)\s"
    assert branches.cut("4") == r"\d+ min"
    assert branches.cut("x") == ""


def test_a_repeated_group_is_kept_whole_and_an_optional_one_cut() -> None:
    assert Branches(r"(?:ab|cd)+x").cut("a") == r"(?:ab|cd)+x"
    assert Branches(r"(?:ab|cd)?(?:ef|gh)").cut("a") == r"(?:ab)?(?:ef|gh)"
    assert Branches(r"(?:ab|cd)?(?:ef|gh)").cut("e") == r"(?:ab|cd)?(?:ef)"


@pytest.mark.parametrize(
    "pattern", [r"(?i)ab|cd", r"(a)b\1|cd", r"(?>ab)|cd", r"(?P<x>a)(?P=x)|cd", r"(?#a)b|cd"]
)
def test_what_the_cut_does_not_read_leaves_the_pattern_whole(pattern: str) -> None:
    assert Branches(pattern).cut("z") == pattern


_ALPHABET = "ab-( \n1é"
_PIECES = st.sampled_from(
    [
        *("a", "b", "ab", "ba", "-", r"\(", r"\d", r"\w", r"\s", r"\W", ".", "[ab]", "[^a]"),
        *("[-(]", "é", r"\xe9", r"\u00e9", "^", "$", r"\b", r"\B", "(?=a)", "(?!b)", "(?<=a)"),
        *("{", "a{,2}"),
    ]
)
_QUANTIFIERS = st.sampled_from(
    ["", "", "", "?", "*", "+", "{0,1}", "{2}", "{1,3}", "??", "*?", "?+", "++"]
)


def _patterns() -> st.SearchStrategy[str]:
    def grouped(branches: list[list[str]], opener: str, quantifier: str) -> str:
        return f"{opener}{'|'.join(''.join(b) for b in branches)}){quantifier}"

    piece = st.tuples(_PIECES, _QUANTIFIERS).map(
        lambda p: p[0] if p[0] in ("^", "$", "{") or p[0].startswith("(?") else "".join(p)
    )
    return st.recursive(
        st.lists(piece, min_size=1, max_size=3).map("".join),
        lambda inner: st.builds(
            grouped,
            st.lists(st.lists(inner, max_size=3), min_size=1, max_size=4),
            st.sampled_from(["(?:", "(", "(?P<g>"]),
            _QUANTIFIERS,
        ).map(lambda text: text.replace("(?P<g>", "(?:", text.count("(?P<g>") - 1)),
        max_leaves=8,
    ).filter(_compiles)


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_patterns(), min_size=1, max_size=4).map("|".join).filter(_compiles),
    st.text(alphabet=_ALPHABET, min_size=1, max_size=6),
)
def test_any_pattern_cut_matches_any_text_as_it_did(pattern: str, text: str) -> None:
    _same(pattern, text)
