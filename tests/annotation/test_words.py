"""Word selections for a new entity: moved, anchored, grown and shrunk a token at a time,
never across a paragraph break; and the edits a new label would replace."""

from __future__ import annotations

from reader.annotation.entity_edits import edit_names, overlapped_edits
from reader.annotation.words import Words, WordSelection, rough_tokens
from reader.store.records import EntityEdit

BODY = "The Bank of England's rate rose.\n\nMarkets fell in London."


def _words() -> Words:
    return Words(BODY, rough_tokens(BODY))


def _text(selection: WordSelection) -> str:
    start, end = selection.span
    return BODY[start:end]


def test_a_word_moves_and_stops_at_the_ends() -> None:
    words = _words()
    first = WordSelection.at(words, BODY.index("Bank") + 2)
    assert _text(first) == "Bank" and first.count == 1
    assert _text(first.step(1).step(1)) == "England"
    assert _text(first.step(1).step(1).step(1)) == "'s"  # spaCy's possessive token
    start = WordSelection.at(words, 0)
    assert start.step(-1) is start
    last = WordSelection.at(words, len(BODY))
    assert _text(last) == "London" and last.step(1) is last  # the full stop is no word


def test_the_word_at_white_space_is_the_next_one() -> None:
    assert _text(WordSelection.at(_words(), BODY.index(" Bank"))) == "Bank"


def test_anchored_it_grows_both_ways_from_its_anchor() -> None:
    bank = WordSelection.at(_words(), BODY.index("Bank")).anchor_here()
    grown = bank.step(1).step(1)
    assert _text(grown) == "Bank of England" and grown.count == 3
    assert _text(grown.step(-1)) == "Bank of"
    assert _text(bank.step(-1)) == "The Bank"


def test_anchored_it_does_not_cross_a_paragraph_break_but_a_word_does() -> None:
    words = _words()
    rose = WordSelection.at(words, BODY.index("."))  # a full stop: the word before it
    assert _text(rose) == "rose"
    assert _text(rose.step(1)) == "Markets"
    anchored = rose.anchor_here()
    assert anchored.step(1) is anchored
    assert _text(anchored.step(-1)) == "rate rose"


MARKED = "He said, “Bank of England” — and left.\n\n***\n\nThen"


def _marked(text: str) -> WordSelection:
    return WordSelection.at(Words(MARKED, rough_tokens(MARKED)), MARKED.index(text))


def _quoted(selection: WordSelection) -> str:
    start, end = selection.span
    return MARKED[start:end]


def test_w_and_b_step_over_punctuation_to_the_next_word() -> None:
    """A press for each comma, quote mark and dash stood between the annotator and the
    next name."""
    said = _marked("said")
    assert _quoted(said.step(1)) == "Bank"
    assert _quoted(_marked("England").step(1)) == "and"
    assert _quoted(_marked(" and").step(-1)) == "England"
    assert _quoted(_marked("left").step(1)) == "Then"  # over the paragraph of stars


def test_anchored_the_run_takes_the_marks_between_its_words_and_ends_on_token_edges() -> None:
    grown = _marked("said").anchor_here().step(1)
    assert _quoted(grown) == "said, “Bank" and grown.count == 2  # words, as the footer says
    assert _quoted(grown.step(1).step(1)) == "said, “Bank of England"
    assert _quoted(_marked("England").anchor_here().step(1)) == "England” — and"


def test_the_word_at_punctuation_is_the_next_one_in_its_paragraph_else_the_one_before() -> None:
    assert _quoted(_marked("“")) == "Bank"
    assert _quoted(_marked(".")) == "left"
    stars = _marked("*")
    assert _quoted(stars) == "*" and stars.count == 1  # a paragraph of marks: the mark
    assert _quoted(stars.step(-1)) == "left" and _quoted(stars.step(1)) == "Then"


def test_over_an_entity_takes_its_words_anchored_at_the_first() -> None:
    start = BODY.index("Bank")
    taken = WordSelection.over(_words(), start, start + len("Bank of"))
    assert taken.anchored and _text(taken) == "Bank of"
    assert _text(taken.step(1)) == "Bank of England"


def test_a_body_of_white_space_has_no_words() -> None:
    assert len(Words("  \n\n ", rough_tokens("  \n\n "))) == 0


def _edit(text: str, kind: str = "label", label: str = "ORG") -> EntityEdit:
    start = BODY.index(text)
    return EntityEdit(f"e-{text}", "a", start, start + len(text), text, "", "", kind, label, "t")


def test_a_label_replaces_the_edits_it_overlaps_but_not_one_it_relabels() -> None:
    edits = [
        _edit("Bank", label="ORG"),
        _edit("England", kind="reject", label=""),
        _edit("London", label="GPE"),
        _edit("Bank of England's"),
    ]
    start = BODY.index("Bank")
    replaced = overlapped_edits(edits, start, start + len("Bank of England's"))
    assert [e.quote for e in replaced] == ["Bank", "England"]
    assert edit_names(replaced) == "ORG “Bank”, deleted “England”"
    orphan = EntityEdit("o", "a", 4, 8, "Bank", "", "", "label", "ORG", "t", orphaned=True)
    assert overlapped_edits([orphan], 0, 30) == []
