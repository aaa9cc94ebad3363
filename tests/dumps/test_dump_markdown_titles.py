"""Where a dump's articles open with `#` headings (Markdown notes, clippings), a plain line
is no article's headline: it is an intertitle its note sets plain (fresh21 clipper_markdown_02
opened three articles at those of its last note, fresh5 clipper_markdown_02 one). Dumps whose
articles open with plain lines read them as before."""

from __future__ import annotations

import pytest

from bench.split_quality import REAL
from reader.dumps.load import load_dump, split_text

_BODY = (
    "Zum Jahresende wurde das Portal abgeschaltet, wie wir es schon im Mai angekündigt hatten.",
    "Das erste Ranking der Länder zu offenen Daten ist erschienen und zeigt große Unterschiede.",
    "Nur wenige Länder veröffentlichen ihre Daten bisher maschinenlesbar und offen lizenziert.",
)


def test_a_tuning_dump_of_markdown_notes_has_its_notes_count() -> None:
    path = REAL / "fresh5" / "clipper_markdown_02.md"
    gold = (path.parent / "clipper_markdown_02.gold.json").read_text(encoding="utf-8")
    assert len(load_dump(path)) == gold.count('"title":')


def test_a_plain_intertitle_stays_in_its_markdown_note() -> None:
    text = (
        f"# Zur Abschaltung von kleineAnfragen.de\n\n{_BODY[0]}\n\n---\n\n"
        f"# Das erste Open Data Ranking ist erschienen\n\n{_BODY[1]}\n\n"
        f"Langsame Umsetzung deutschlandweit\n\n{_BODY[2]}\n"
    )
    first, second = split_text(text)
    assert second.body == f"{_BODY[1]}\n\nLangsame Umsetzung deutschlandweit\n\n{_BODY[2]}"
    assert first.body == _BODY[0]


@pytest.mark.parametrize("first", ["Portal abgeschaltet", "# Portal abgeschaltet"])
def test_a_plain_headline_further_off_still_opens_an_article(first: str) -> None:
    """The near misses: a dump whose articles open with plain headlines, and one mixing
    styles (a `#` article, then a plain headline two blank lines down), as generated dumps
    do."""
    text = f"{first}\n\n{_BODY[0]}\n\n\nDas erste Open Data Ranking ist erschienen\n\n{_BODY[1]}\n"
    assert [a.title for a in split_text(text)] == [
        "Portal abgeschaltet",
        "Das erste Open Data Ranking ist erschienen",
    ]
