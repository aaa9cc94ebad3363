"""A link under a label of its own: the article's address where it closes the article (a
digest's "Czytaj więcej: https://…"), a line of its text where the text goes on under it."""

from __future__ import annotations

from reader.dumps.load import place_lines, split_text

INLINE = (
    "Council approves the budget\n\n"
    "The city council approved the 2026 budget on Tuesday after a debate that ran late.\n\n"
    "Full report: https://example.org/report.pdf\n\n"
    "Members of the opposition said they would challenge several items in court next month.\n"
)


def test_a_labelled_link_between_paragraphs_stays_in_the_body() -> None:
    (article,) = split_text(INLINE)
    assert "Full report: https://example.org/report.pdf" in article.body
    assert "url" not in article.meta
    assert [p.field for p in place_lines(INLINE) if p.first == 4] == ["body"]


def test_a_labelled_link_closing_its_article_is_its_address() -> None:
    items = [
        ("Stadtrat beschließt neuen Haushalt", "1"),
        ("Neue Radwege für die Innenstadt geplant", "2"),
    ]
    text = "\n\n\n".join(
        f"{title}\n\nDer Stadtrat hat am Dienstag nach einer langen Debatte entschieden, "
        f"wie es weitergeht.\n\nLäs mer → https://example.org/{n}"
        for title, n in items
    )
    articles = split_text(text + "\n")
    assert [(a.title, a.meta.get("url")) for a in articles] == [
        (title, f"https://example.org/{n}") for title, n in items
    ]
    assert all("example.org" not in a.body for a in articles)
