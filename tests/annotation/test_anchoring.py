from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.annotation.anchoring import FUZZY_THRESHOLD, Anchor, AnchorReport, anchor
from reader.store.records import CONTEXT_CHARS, context

BODY = (
    "The minister spoke on Monday. She said the budget would be cut by ten percent. "
    "Opposition leaders called the plan reckless. The vote is expected next week."
)
QUOTE = "She said the budget would be cut by ten percent."


def _selectors(body: str, quote: str) -> tuple[int, str, str, str]:
    start = body.index(quote)
    return start, *context(body, start, start + len(quote))


def test_context_takes_the_quote_and_32_characters_either_side() -> None:
    start, quote, prefix, suffix = _selectors(BODY, QUOTE)
    assert quote == QUOTE
    assert prefix == BODY[max(0, start - CONTEXT_CHARS) : start]
    assert suffix == BODY[start + len(QUOTE) : start + len(QUOTE) + CONTEXT_CHARS]


def test_context_is_shorter_at_the_edges_of_the_text() -> None:
    assert context("abcdef", 0, 2) == ("ab", "", "cdef")
    assert context("abcdef", 4, 6) == ("ef", "abcd", "")


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 2), (0, 99)])
def test_context_refuses_a_range_outside_the_text(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        context("abcdef", start, end)


def test_unchanged_text_anchors_exactly_where_it_was() -> None:
    start, quote, prefix, suffix = _selectors(BODY, QUOTE)
    assert anchor(BODY, quote, prefix, suffix, start) == Anchor(
        start, start + len(QUOTE), "exact", 100.0
    )


def test_text_inserted_before_moves_the_passage() -> None:
    start, quote, prefix, suffix = _selectors(BODY, QUOTE)
    edited = "UPDATED: corrections below.\n\n" + BODY
    found = anchor(edited, quote, prefix, suffix, start)
    assert found is not None
    assert found.method == "moved"
    assert edited[found.start : found.end] == QUOTE
    assert found.start == start + len("UPDATED: corrections below.\n\n")


def test_a_repeated_quote_is_chosen_by_its_context_over_nearness() -> None:
    body = "He said no. Then the chair asked again. He said no. The room went quiet."
    second = body.rindex("He said no.")
    quote, prefix, suffix = context(body, second, second + len("He said no."))
    edited = "Intro. " + body
    found = anchor(edited, quote, prefix, suffix, hint_start=0)
    assert found is not None
    assert found.start == second + len("Intro. ")


def test_a_repeated_quote_with_equal_context_goes_to_the_nearest() -> None:
    body = "x. yes. x. yes. x. yes. x."
    found = anchor(body, "yes.", "x. ", " x.", hint_start=14)
    assert found is not None
    assert found.start == body.index("yes.", 10)


def test_a_reworded_passage_is_found_approximately() -> None:
    start, quote, prefix, suffix = _selectors(BODY, QUOTE)
    edited = BODY.replace(QUOTE, "She said that the budget would be cut by 10 percent.")
    found = anchor(edited, quote, prefix, suffix, start)
    assert found is not None
    assert found.method == "fuzzy"
    assert found.score >= FUZZY_THRESHOLD
    assert edited[found.start : found.end].strip(" .") == (
        "She said that the budget would be cut by 10 percent"
    )


def test_a_passage_that_grew_is_covered_whole() -> None:
    start, quote, prefix, suffix = _selectors(BODY, QUOTE)
    longer = "She said the budget would, after long talks, be cut by ten percent."
    edited = "A new first line. " + BODY.replace(QUOTE, longer)
    found = anchor(edited, quote, prefix, suffix, start)
    assert found is not None
    assert found.method == "fuzzy"
    assert edited[found.start : found.end].startswith("She said")
    assert edited[found.start : found.end].rstrip(".").endswith("ten percent")


def test_a_reworded_passage_with_new_surroundings_is_found_approximately() -> None:
    start, quote, prefix, suffix = _selectors(BODY, QUOTE)
    reworded = "She said that the budget would be cut by 10 percent."
    edited = f"An entirely new opening line goes here!! {reworded} And a new closing line, too."
    found = anchor(edited, quote, prefix, suffix, start)
    assert found is not None
    assert found.method == "fuzzy"
    assert edited[found.start : found.end].strip(" .") == reworded.strip(" .")


def test_without_approximate_search_only_the_quote_or_its_context_count() -> None:
    start, quote, prefix, suffix = _selectors(BODY, QUOTE)
    reworded = "She said that the budget would be cut by 10 percent."
    elsewhere = f"An entirely new opening line goes here!! {reworded} And a new closing line, too."
    assert anchor(elsewhere, quote, prefix, suffix, start, approximate=False) is None
    between = BODY.replace(QUOTE, reworded)
    found = anchor(between, quote, prefix, suffix, start, approximate=False)
    assert found is not None
    assert between[found.start : found.end] == reworded


def test_other_text_between_intact_context_is_not_taken_for_the_passage() -> None:
    start, quote, prefix, suffix = _selectors(BODY, QUOTE)
    edited = BODY.replace(QUOTE, "Rain is forecast for most regions.")
    assert anchor(edited, quote, prefix, suffix, start) is None


def test_a_deleted_passage_is_an_orphan() -> None:
    start, quote, prefix, suffix = _selectors(BODY, QUOTE)
    assert anchor(BODY.replace(QUOTE, ""), quote, prefix, suffix, start) is None
    assert anchor("", quote, prefix, suffix, start) is None


def test_a_short_quote_is_never_matched_approximately() -> None:
    assert anchor("the cat sat", "the bat", "", "", 0) is None


def test_an_empty_quote_cannot_be_anchored() -> None:
    assert anchor(BODY, "", "", "", 0) is None


@pytest.mark.parametrize("hint", [-50, 10_000])
def test_a_hint_outside_the_text_still_finds_the_quote(hint: int) -> None:
    found = anchor(BODY, QUOTE, "", "", hint)
    assert found is not None
    assert BODY[found.start : found.end] == QUOTE


def test_report_counts_every_annotation_once() -> None:
    assert AnchorReport(exact=3, moved=1, fuzzy=2, orphaned=1).total == 7


_words = st.text(alphabet="abcdefghij .,\n", max_size=80)


@st.composite
def _edit(draw: st.DrawFn, text: str) -> str:
    """Text with random insertions and deletions."""
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()) and text:
            text = text[:at] + text[at + draw(st.integers(1, 10)) :]
        else:
            text = text[:at] + draw(_words) + text[at:]
    return text


@settings(max_examples=200, deadline=None)
@given(data=st.data(), before=_words, after=_words, quote=st.text(min_size=1, max_size=60))
def test_an_exact_quote_is_found_again_after_edits_around_it(
    data: st.DataObject, before: str, after: str, quote: str
) -> None:
    body = before + quote + after
    _, prefix, suffix = context(body, len(before), len(body) - len(after))
    new_before, new_after = data.draw(_edit(before)), data.draw(_edit(after))
    edited = new_before + quote + new_after
    found = anchor(edited, quote, prefix, suffix, len(before))
    assert found is not None
    assert found.method in ("exact", "moved")
    assert edited[found.start : found.end] == quote
    if edited.find(quote) == edited.rfind(quote):  # once, overlaps counted ("aa" in "aaa")
        assert found.start == len(new_before)


@settings(max_examples=200, deadline=None)
@given(
    body=st.text(max_size=300),
    quote=st.text(max_size=60),
    prefix=st.text(max_size=32),
    suffix=st.text(max_size=32),
    hint=st.integers(-500, 500),
)
def test_anchor_never_fails_and_stays_inside_the_text(
    body: str, quote: str, prefix: str, suffix: str, hint: int
) -> None:
    found = anchor(body, quote, prefix, suffix, hint)
    if found is not None:
        assert 0 <= found.start < found.end <= len(body)
