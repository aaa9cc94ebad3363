"""A mark numbering the items of a dump on a line of its own ("[1/4]", "(2/4)") opens a
record as "Article 2 of 4" does: fresh23 classic_03 numbered its four news items so, and
they were read as one article. A bracketed word or a reference number stays what it was."""

from __future__ import annotations

import pytest

from reader.dumps import chrome
from reader.dumps.load import split_text
from tests.dumps.test_dump_ornament_rules import _ITEMS, _SHARED


@pytest.mark.parametrize("marks", [("[1/2]", "[2/2]"), ("(1/2)", "(2/2)")])
@pytest.mark.parametrize("language", sorted(_ITEMS))
def test_a_numbered_items_mark_opens_each(marks: tuple[str, str], language: str) -> None:
    items = [(title, f"{body}\n\n{_SHARED[language]}") for title, body in _ITEMS[language]]
    text = "\n\n\n".join(
        f"{mark}\n{title}\n\n{body}" for mark, (title, body) in zip(marks, items, strict=True)
    )
    articles = split_text(text + "\n")
    assert [(a.title, a.body) for a in articles] == items


@pytest.mark.parametrize("line", ["[1/4]", "(3/12)", "[ 2 / 4 ]"])
def test_a_numbered_items_mark_is_a_record_mark(line: str) -> None:
    assert chrome.is_separator(line)
    assert chrome.record_mark(line) == line.strip()


@pytest.mark.parametrize("line", ["[1] Vedi nota", "(Reuters)", "[Aggiornamento]", "(1/2 tazza)"])
def test_a_bracketed_word_or_reference_is_no_mark(line: str) -> None:
    """The near miss."""
    assert not chrome.is_separator(line)
