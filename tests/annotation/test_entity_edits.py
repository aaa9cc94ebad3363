"""Merging the model's entities with the user's edits, as shown and as gold."""

from __future__ import annotations

from dataclasses import replace

from reader.analysis import Analysis, Entity
from reader.annotation.entity_edits import (
    ShownEntity,
    analysis_as_corrected,
    entity_at,
    gold_entities,
    merge_entities,
    move_edge,
)
from reader.store.records import EntityEdit

BODY = "Marion Jones ran in Sydney on Monday for the United States."


def _edit(text: str, kind: str, label: str = "", orphaned: bool = False) -> EntityEdit:
    start = BODY.index(text)
    return EntityEdit(
        f"e-{text}",
        "a1",
        start,
        start + len(text),
        text,
        "",
        "",
        kind,
        label,
        "t",
        orphaned,  # type: ignore[arg-type]
    )


def _entity(text: str, label: str) -> Entity:
    start = BODY.index(text)
    return Entity(start, start + len(text), label)


PREDICTED = (
    _entity("Marion Jones", "ORG"),
    _entity("Sydney", "GPE"),
    _entity("Monday", "DATE"),
)


def _texts(shown: tuple[ShownEntity, ...]) -> list[tuple[str, str, bool]]:
    return [(BODY[e.start : e.end], e.label, e.corrected) for e in shown]


def test_without_edits_the_predictions_show_as_they_are() -> None:
    assert _texts(merge_entities(PREDICTED, [])) == [
        ("Marion Jones", "ORG", False),
        ("Sydney", "GPE", False),
        ("Monday", "DATE", False),
    ]


def test_a_relabel_a_rejection_and_an_addition_override_what_they_overlap() -> None:
    edits = [
        _edit("Marion", "label", "PERSON"),
        _edit("Monday", "reject"),
        _edit("United States", "label", "GPE"),
    ]
    assert _texts(merge_entities(PREDICTED, edits)) == [
        ("Marion", "PERSON", True),
        ("Sydney", "GPE", False),
        ("United States", "GPE", True),
    ]


def test_orphaned_edits_take_no_part() -> None:
    edits = [_edit("Sydney", "reject", orphaned=True)]
    assert _texts(merge_entities(PREDICTED, edits)) == _texts(merge_entities(PREDICTED, []))


def test_a_checked_article_is_its_edits_alone_whatever_the_model_says() -> None:
    edits = [_edit("Marion Jones", "label", "PERSON"), _edit("Sydney", "accept", "GPE")]
    shown = merge_entities(PREDICTED, edits, checked=True)
    assert _texts(shown) == [("Marion Jones", "PERSON", True), ("Sydney", "GPE", False)]
    assert gold_entities(edits) == (
        _entity("Marion Jones", "PERSON"),
        _entity("Sydney", "GPE"),
    )
    assert gold_entities([_edit("Monday", "reject")]) == ()


def test_an_edge_moves_by_a_token_and_never_empties_the_span_or_leaves_its_paragraph() -> None:
    body = "Dr. Marion Jones ran.\n\nNext paragraph here."
    start, end = body.index("Marion"), body.index("Jones") + len("Jones")
    assert move_edge(body, start, end, "start", -1) == (body.index("."), end)
    assert move_edge(body, start, end, "start", +1) == (body.index("Jones"), end)
    assert move_edge(body, start, end, "end", +1) == (start, body.index("ran") + 3)
    assert move_edge(body, start, end, "end", -1) == (start, body.index("Marion") + 6)
    jones = body.index("Jones")
    assert move_edge(body, jones, jones + 5, "start", +1) == (jones, jones + 5)
    assert move_edge(body, jones, jones + 5, "end", -1) == (jones, jones + 5)
    last = body.index("ran") + 4
    assert move_edge(body, body.index("ran"), last, "end", +1) == (body.index("ran"), last)
    assert move_edge(body, 0, 2, "start", -1) == (0, 2)
    said = "Selon l'Agence France-Presse, la visite."  # "l'Agence" is one of spaCy's tokens
    spacy = [(0, 5), (6, 14), (15, 21), (21, 22), (22, 28), (28, 29), (30, 32), (33, 39)]
    start, end = said.index("l'"), said.index(",")
    assert move_edge(said, start, end, "start", +1, spacy) == (said.index("France"), end)
    assert move_edge(said, start + 2, end, "start", -1, spacy) == (start, end)


def test_the_entity_a_key_acts_on_is_the_exact_one_else_the_first_overlapping() -> None:
    shown = merge_entities(PREDICTED, [])
    sydney = BODY.index("Sydney")
    assert entity_at(shown, sydney, sydney + 6).label == "GPE"
    assert entity_at(shown, sydney + 2, sydney + 3).label == "GPE"
    assert entity_at(shown, BODY.index("ran"), BODY.index("ran") + 3) is None


def test_a_possessive_s_is_one_token_as_spacy_has_it() -> None:
    """`)` on "the European Union's" left "the European Union'" (the `'` and the `s` two
    tokens), an edge spaCy's tokens do not have, so the spaCy export left the entity out;
    spaCy splits "'s" (also "’s", "'S") off as one token."""
    for mark in ("'s", "’s", "'S"):
        body = f"Aid came under the European Union{mark} civil protection mechanism."
        start, union = body.index("the"), body.index("Union") + len("Union")
        assert move_edge(body, start, union + 2, "end", -1) == (start, union)
        assert move_edge(body, start, union, "end", +1) == (start, union + 2)


def test_an_analysis_with_no_live_edit_is_shown_as_it_is_in_order_else_put_in_order() -> None:
    # The 50,000-word article's 7,000 entities were made anew at each open (a fifth of it).
    ordered = Analysis(PREDICTED, ())
    orphan = _edit("Sydney", "label", "LOC", orphaned=True)
    assert analysis_as_corrected(ordered, [orphan], checked=False) is ordered
    shuffled = Analysis((PREDICTED[2], PREDICTED[0], PREDICTED[1]), ())
    assert analysis_as_corrected(shuffled, [], checked=False) == ordered
    assert analysis_as_corrected(ordered, [], checked=True) == Analysis((), ())


def test_of_overlapping_edits_a_store_holds_the_newest_stands_shown_and_as_gold() -> None:
    """review34: a break re-anchored a broken-off part's accepted names onto the part
    before, over the names there ("North Korea" inside "North Korean"); shown and trained
    on both, the spaCy export and the evaluation stopped (E1010). The store's own rule,
    the newest of overlapping edits, now decides there too."""
    older = _edit("United States", "label", "GPE")
    newer = replace(_edit("the United", "label", "ORG"), id="e-newer", created="u")
    twice = replace(_edit("United States", "label", "GPE"), id="e-twice")
    alone = _edit("Sydney", "label", "GPE")
    gold = gold_entities([older, newer, twice, alone])
    assert gold == (_entity("Sydney", "GPE"), _entity("the United", "ORG"))
    assert [e.label for e in merge_entities([], [twice, older])] == ["GPE"]
