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


_FOOTERS = {
    "pt": (
        "Continue lendo: http://example.org/noticia/1",
        "Atenciosamente,\nAssessoria de Comunicação\n"
        "Esta mensagem pode conter informação confidencial.",
        "O grupo de trabalho se reúne de novo em março, quando deve apresentar um relatório com "
        "as propostas discutidas ao longo do ano.",
    ),
    "es": (
        "Nota completa: http://example.org/noticia/1",
        "Para dejar de recibir este boletín, responda con la palabra BAJA.",
        "El grupo de trabajo se reunirá de nuevo en marzo, cuando debe presentar un informe con "
        "las propuestas discutidas a lo largo del año.",
    ),
}


@pytest.mark.parametrize("language", sorted(_FOOTERS))
def test_what_follows_an_items_closing_link_is_the_mails_footer(language: str) -> None:
    """A read-more link closes its item: the lines under the last one, with no paragraph of
    running text among them, are the mail's footer (a sign-off and a disclaimer, how to
    unsubscribe), not the item's text (fresh27 email_digest_01 and _03)."""
    link, footer, _ = _FOOTERS[language]
    paragraph = _FOUR_WORD_LABELS["pt"][1]
    (article,) = split_text(f"Mulheres na animação\n\n{paragraph}\n\n{link}\n\n{footer}\n")
    assert article.body == paragraph
    assert article.meta["url"] == link.split(": ", 1)[1]


@pytest.mark.parametrize("language", sorted(_FOOTERS))
def test_a_paragraph_under_a_labelled_link_keeps_both_in_the_body(language: str) -> None:
    """The near miss: running text under the link makes the link a line of the text."""
    link, _, paragraph = _FOOTERS[language]
    first = _FOUR_WORD_LABELS["pt"][1]
    (article,) = split_text(f"Mulheres na animação\n\n{first}\n\n{link}\n\n{paragraph}\n")
    assert article.body == f"{first}\n\n{link}\n\n{paragraph}"


_ANNOUNCED = {
    "fr": (
        "Le libre chez les entrepreneurs d'intérêt général",
        "La troisième promotion du programme réunit 32 datascientistes, designers et "
        "développeurs autour de 15 défis. Pour un récit plus détaillé, lisez cet article :",
    ),
    "en": (
        "Udev predictable network interface names",
        "The naming scheme of network interfaces changes with this release, and some "
        "machines will lose their network after the upgrade. See the wiki for more information:",
    ),
}


@pytest.mark.parametrize("language", sorted(_ANNOUNCED))
@pytest.mark.parametrize("last", [True, False])
def test_a_bare_link_its_paragraph_announces_by_a_colon_is_the_texts(
    language: str, last: bool
) -> None:
    """A web address alone on its line under the paragraph that announces it ("… lisez cet
    article :") is the text's link, in the body between paragraphs and at its end (fresh43
    sent nine to meta `url`, or to `chrome` as a trailer at the end; fresh38 and fresh41
    three). The near miss: under a paragraph that ends its sentence, the address alone is
    still the article's."""
    title, paragraph = _ANNOUNCED[language]
    link = "https://example.org/blog/2018/11/14/administrations-et-logiciel-libre.html"
    after = "" if last else f"\n\n{_FOUR_WORD_LABELS['pt'][1]}"
    (article,) = split_text(f"{title}\n\n{paragraph}\n\n{link}{after}\n")
    assert article.body == f"{paragraph}\n\n{link}{after}"
    assert "url" not in article.meta and "chrome" not in article.meta
    sentence = paragraph.rsplit(".", 1)[0] + "."
    (unannounced,) = split_text(f"{title}\n\n{sentence}\n\n{link}{after}\n")
    assert unannounced.body == f"{sentence}{after}"
    assert unannounced.meta["url"] == link
