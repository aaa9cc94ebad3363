"""A link under a label of its own: the article's address where it closes the article (a
digest's "Czytaj więcej: https://…"), a line of its text where the text goes on under it."""

from __future__ import annotations

import pytest

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


_FOUR_WORD_LABELS = {
    "pt": (
        "Leia a matéria completa »",
        "A participação de mulheres na produção de animações "
        "cresceu no país, segundo uma pesquisa divulgada nesta sexta-feira.",
    ),
    "en": (
        "Read the whole story:",
        "The share of women working on animated films grew in the "
        "country, according to a survey published on Friday.",
    ),
}


@pytest.mark.parametrize("language", sorted(_FOUR_WORD_LABELS))
def test_a_link_under_a_label_of_four_words_closing_its_item_is_its_address(
    language: str,
) -> None:
    """A digest's "Leia a matéria completa » http://…" under each item is the item's address,
    as a label of three words is (fresh27 email_digest_02 kept four in the bodies)."""
    label, paragraph = _FOUR_WORD_LABELS[language]
    items = [("Mulheres na animação", "1"), ("Latinhas recicladas", "2")]
    text = "\n\n\n".join(
        f"{title}\n\n{paragraph}\n\n{label} http://example.org/{n}" for title, n in items
    )
    articles = split_text(text + "\n")
    assert [(a.title, a.body, a.meta.get("url")) for a in articles] == [
        (title, paragraph, f"http://example.org/{n}") for title, n in items
    ]


@pytest.mark.parametrize("language", sorted(_FOUR_WORD_LABELS))
def test_a_link_under_a_label_of_five_words_is_a_line_of_text(language: str) -> None:
    """The near miss: five words over the link are a sentence's, not a label's."""
    _, paragraph = _FOUR_WORD_LABELS[language]
    longer = {"pt": "Leia aqui a matéria completa »", "en": "Read here the whole story:"}
    (article,) = split_text(f"Title\n\n{paragraph}\n\n{longer[language]} http://example.org/1\n")
    assert "url" not in article.meta
