"""A passage a dialog was opened on, found in its article as the dump's edit left it."""

from __future__ import annotations

from reader.annotation.annotator import Passage
from reader.annotation.passage_now import passage_now
from tests.library.triage_helpers import make_article

OLD = make_article("Port", "The port reopened on Monday. Ferries run again. Tolls rise.")


def _chosen(text: str, selected: bool = True) -> Passage:
    at = OLD.body.index(text)
    return Passage(OLD.id, OLD.body, at, at + len(text), selected)


def test_a_passage_moves_to_where_it_is_in_the_edited_article() -> None:
    heir = make_article("Port", "Update. The port reopened on Monday. Ferries run again.")
    found = passage_now(_chosen("Ferries run again.", selected=False), heir, [heir])
    assert found is not None and not found.selected
    assert (found.article_id, found.body) == (heir.id, heir.body)
    assert heir.body[found.start : found.end] == "Ferries run again."


def test_a_passage_edited_slightly_is_found_approximately_in_its_own_article_only() -> None:
    heir = make_article("Port", "The port reopened on Monday. Ferries ran again. Tolls rise.")
    other = make_article("Other", "The port reopened on Monday. Ferries ran again.", index=1)
    found = passage_now(_chosen("Ferries run again."), heir, [other, heir])
    assert found is not None and found.article_id == heir.id
    assert passage_now(_chosen("Ferries run again."), None, [other]) is None


def test_a_passage_the_edit_took_away_is_nowhere() -> None:
    heir = make_article("Port", "Nothing of the old text is left here at all.")
    assert passage_now(_chosen("Ferries run again."), heir, [heir]) is None
