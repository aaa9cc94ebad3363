"""A Markdown clipper quotes the note's source and the day it was saved under its title
("> Quelle: okfn.de, 11. Januar 2021", "> Gespeichert: 11.01.2021"): furniture, in any
language, not the body's first paragraphs (fresh21 clipper_markdown_02, three notes). A
quotation under the title stays what it was (a dek)."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_BODY = "Zum 31.12.2020 wurde kleineAnfragen.de abgeschaltet, wie im Mai 2019 angekündigt."


@pytest.mark.parametrize(
    "fields",
    [
        "> Quelle: okfn.de, 11. Januar 2021\n> Gespeichert: 11.01.2021",
        "> Source: okfn.de, 11 January 2021\n> Saved: 11.01.2021",
        "> Fonte: innovazione.gov.it, 12 marzo 2020\n> Salvato: 12/03/2020",
    ],
)
def test_a_clippers_quoted_source_and_date_are_meta(fields: str) -> None:
    (article,) = split_text(f"# Zur Abschaltung von kleineAnfragen.de\n\n{fields}\n\n{_BODY}\n")
    assert article.body == _BODY
    saved = fields.splitlines()[1].removeprefix("> ")
    assert saved in str(article.meta)


def test_a_quotation_under_the_title_is_no_field() -> None:
    """The near miss: a quoted sentence is no furniture."""
    quote = "> «Non lasceremo indietro nessuno», ha detto il Ministro: la rete arriverà ovunque."
    (article,) = split_text(f"# Banda ultralarga per tutti\n\n{quote}\n\n{_BODY}\n")
    assert "Non lasceremo indietro nessuno" in article.meta.get("summary", "") + article.body
    assert "chrome" not in article.meta
