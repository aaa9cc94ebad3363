"""Where a dump's articles open with `#` headings (Markdown notes, clippings), a plain line
is no article's headline: it is an intertitle its note sets plain (fresh21 clipper_markdown_02
opened three articles at those of its last note, fresh5 clipper_markdown_02 one). Dumps whose
articles open with plain lines read them as before."""

from __future__ import annotations

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


def test_plain_headlines_still_open_articles_where_articles_open_so() -> None:
    """The near miss: a dump with no `#` heading over its first article."""
    text = (
        f"Portal abgeschaltet\n\n{_BODY[0]}\n\n\n"
        f"Das erste Open Data Ranking ist erschienen\n\n{_BODY[1]}\n"
    )
    assert [a.title for a in split_text(text)] == [
        "Portal abgeschaltet",
        "Das erste Open Data Ranking ist erschienen",
    ]


def test_a_plain_headline_further_off_in_a_dump_mixing_styles_still_opens_an_article() -> None:
    """The near miss the generated dumps hold: one article under a `#` heading, the next
    under a plain headline two blank lines down."""
    text = (
        f"# Portal abgeschaltet\n\n{_BODY[0]}\n\n\n"
        f"Das erste Open Data Ranking ist erschienen\n\n{_BODY[1]}\n"
    )
    assert [a.title for a in split_text(text)] == [
        "Portal abgeschaltet",
        "Das erste Open Data Ranking ist erschienen",
    ]
