"""A mark numbering the items of a dump on a line of its own ("[1/4]", "(2/4)") opens a
record as "Article 2 of 4" does: fresh23 classic_03 numbered its four news items so, and
they were read as one article. A bracketed word or a reference number stays what it was."""

from __future__ import annotations

import pytest

from reader.dumps import chrome
from reader.dumps.load import split_text

_SHARED = {
    "it": "Italian Linux Society promuove Linux e il software libero in Italia con i suoi soci, "
    "i Linux User Group e le associazioni che popolano il Paese.",
    "en": "Italian Linux Society promotes Linux and free software in Italy with its members, "
    "the Linux User Groups and the associations all over the country.",
}
_ITEMS = {
    "it": (
        (
            "Chi usa Linux?",
            "Ad un mese dall'annuncio del questionario dedicato agli utenti "
            "GNU/Linux in Italia, pubblichiamo in un documento i primi risultati.",
        ),
        (
            "HTTPS",
            "Una piccola comunicazione di servizio: da qualche giorno il nostro sito è "
            "raggiungibile solo per mezzo di una connessione cifrata.",
        ),
    ),
    "en": (
        (
            "Who uses Linux?",
            "A month after we announced the survey of GNU/Linux users in "
            "Italy, we publish its first results in a document.",
        ),
        (
            "HTTPS",
            "A small service note: for a few days our site has only been reachable "
            "over an encrypted connection.",
        ),
    ),
}


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
