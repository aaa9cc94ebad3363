"""Lines between two articles go to the one they belong to: a trailer (an agency credit in
parentheses, the date under it, an export's closing mark) to the article above, a
headline's labels (breadcrumb, section in capitals) to the article below."""

from __future__ import annotations

import pytest

from reader.dumps import credits
from reader.dumps.load import split_text

_FIRST = (
    "Council approves four new cycle lanes\n\n"
    "The council voted on Tuesday to build four new cycle lanes through the town centre.\n\n"
    "Work starts in the spring and should take two years, the council said.\n\n"
)
_SECOND = (
    "Library to stay open on Sundays after a petition\n\n"
    "The library will open on Sundays from next month, the council said on Monday.\n"
)


def test_an_agency_credit_and_its_date_stay_with_the_article_above() -> None:
    first, second = split_text(_FIRST + "(Wikinews)\nPublié le 26 juin 2012\n\n" + _SECOND)
    assert first.meta["credits"] == "(Wikinews)"  # as written: nothing else to keep
    assert "26 juin 2012" in first.meta["published"]
    assert second.title == "Library to stay open on Sundays after a petition"
    assert "Wikinews" not in str(second.meta) and "published" not in second.meta


def test_a_breadcrumb_and_section_go_with_the_headline_below() -> None:
    text = _FIRST + "\n\nActualités / Société\nSCIENCES\n" + _SECOND
    first, second = split_text(text)
    assert "Société" not in str(first.meta)
    assert "Actualités / Société" in second.meta["chrome"]
    assert second.meta["section"] == "SCIENCES"


def test_a_factiva_accession_line_closes_the_document_above() -> None:
    mark = "Document WIKNWS0020120522edce70005p"
    first, second = split_text(_FIRST + f"{mark}\n\n\n" + _SECOND)
    assert mark in first.meta["chrome"]
    assert mark not in str(second.meta)
    assert second.title == "Library to stay open on Sundays after a petition"


def test_a_section_label_dressed_in_box_rules_is_meta_and_ler_mais_is_the_url() -> None:
    text = (
        "━━ ÁFRICA ━━\nHomossexualidade vai deixar de ser crime em Moçambique\n\n"
        "A revisão do Código Penal moçambicano ocorreu no passado mês de Dezembro.\n\n"
        "Ler mais → https://pt.globalvoices.org/\n"
    )
    (article,) = split_text(text)
    assert article.title == "Homossexualidade vai deixar de ser crime em Moçambique"
    assert article.meta["section"] == "━━ ÁFRICA ━━"
    assert article.meta["url"] == "https://pt.globalvoices.org/"


def test_a_bracketed_or_dashed_sign_off_under_the_last_paragraph_is_the_articles_trailer() -> None:
    for trailer in ("(na podstawie materiałów serwisu miejskiego)", "-- Town hall desk, 12 March"):
        first, second = split_text(_FIRST + f"{trailer}\n\n\n" + _SECOND)
        assert first.body.endswith("should take two years, the council said.")
        assert trailer in first.meta["chrome"]
        assert second.title == "Library to stay open on Sundays after a petition"


def test_a_sign_off_between_two_dashes_is_no_list_item() -> None:
    first, _ = split_text(_FIRST + "– red –\n\n\n" + _SECOND)
    assert first.body.endswith("should take two years, the council said.")
    assert "– red –" in first.meta["chrome"]


def test_a_last_paragraph_that_ends_a_sentence_or_is_a_longer_line_stays_in_the_body() -> None:
    for last in (
        "The mayor thanked everyone.",
        "More on the council's site and in its hall",
        "Sources close to the council said a fifth lane could follow next year.",
    ):
        (article,) = split_text(_FIRST + last + "\n")
        assert article.body.endswith(last)


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("Traduit de l'espagnol par notre équipe.", True),
        ("Перевод: наша редакция", True),
        ("A cura della redazione cultura", True),
        ("Cet entretien a d'abord été publié dans un journal régional.", True),
        ("Licence CC BY-SA 4.0, reuse allowed with credit", True),
        ("Published under CC BY 4.0 by the town hall.", True),
        ("Źródło: serwis miejski", True),
        ("Source : la mairie", True),
        ("(Translation by the town hall's desk)", True),
        ("Here you can read more about free content and Creative Commons.", False),
        ("Sources close to the council said a fifth lane could follow.", False),
        ("Translation of the plans into Welsh follows next week.", False),
        ("License fees have not been set yet, officials said.", False),
        ("The novel was first published in 1851 and sold well.", False),
        ("The council will decide in May.", False),
    ],
)
def test_a_line_saying_where_an_article_came_from_signs_it_off(line: str, signs: bool) -> None:
    assert credits.signs_off(line) is signs


def test_a_source_note_under_the_last_paragraph_leaves_the_body_but_not_above_it() -> None:
    note = "Articolo pubblicato originariamente sul blog del comune."
    first, _ = split_text(_FIRST + note + "\n\n\n" + _SECOND)
    assert first.body.endswith("should take two years, the council said.")
    assert note in first.meta["chrome"]
    middle = _FIRST.replace("Work starts", note + "\n\nWork starts")
    (article,) = split_text(middle)
    assert note in article.body


_WIDE_FIRST = (
    "Council approves four new cycle lanes\n\n"
    "The council voted on Tuesday to build four new cycle lanes through the town centre.\n\n"
    "Work starts in the spring and should take two years, the council said.\n\n"
)
_WIDE_SECOND = (
    "\n\nLibrary to stay open on Sundays after a petition\n\n"
    "The library will open on Sundays from next month, the council said on Monday.\n\n"
    "More than two thousand people signed the petition in three weeks.\n"
)


@pytest.mark.parametrize(
    "trailer",
    [
        "From: Town Hall Press Office, 12 Market Street",
        "Translated from the Spanish by Ana Ruiz",
        "Story first published on 3 March 2015",
    ],
)
def test_a_line_under_the_last_paragraph_over_a_wider_gap_closes_the_article_above(
    trailer: str,
) -> None:
    """Articles two blank lines apart, paragraphs one: a headline-shaped line one blank line
    under a paragraph and two over the next headline is the article above's trailer, and
    the headline under the gap is the next title, not its dek."""
    first, second = split_text(_WIDE_FIRST + trailer + "\n" + _WIDE_SECOND)
    assert first.body.endswith("the council said.")
    assert trailer in str(first.meta)
    assert second.title == "Library to stay open on Sundays after a petition"
    assert second.body.startswith("The library will open")
    assert trailer not in str(second.meta)


def test_a_trailer_and_its_date_over_a_wider_gap_close_the_article_above() -> None:
    """An author's name in italics and a date line under it, one blank line under the last
    paragraph and two over the next headline: both are the article above's."""
    first, second = split_text(_WIDE_FIRST + "_Jane Doe_\nUpdated 3 March 2015\n" + _WIDE_SECOND)
    assert first.body.endswith("the council said.")
    assert "Jane Doe" in str(first.meta) and "3 March 2015" in str(first.meta)
    assert second.title == "Library to stay open on Sundays after a petition"
    assert "Jane Doe" not in str(second.meta)


def test_an_exclamation_over_a_wider_gap_stays_in_the_body_above() -> None:
    """A short last paragraph that exclaims is the article's text, not a trailer."""
    first, second = split_text(_WIDE_FIRST + "Thanks to everyone who signed up!\n" + _WIDE_SECOND)
    assert first.body.endswith("Thanks to everyone who signed up!")
    assert second.title == "Library to stay open on Sundays after a petition"


def test_a_line_over_a_framed_intertitle_is_no_trailer() -> None:
    """A line one blank line under a paragraph and two over an intertitle that two blank
    lines set off below as well: the gaps frame the intertitle, not a headline, so they do
    not make the line above it a trailer."""
    line = "Residents can comment until the end of the month"
    text = (
        _WIDE_FIRST + line + "\n\n\nFunding\n\n\n"
        "The lanes cost four million pounds, paid by the county and the town.\n"
    )
    assert all(line not in str(article.meta) for article in split_text(text))


def test_a_long_last_paragraph_over_a_signature_is_no_standfirst() -> None:
    """An intertitle, a long last paragraph, then the author's name and a date line: the
    paragraph is too long for a standfirst, so the intertitle over it opens no article."""
    sentence = (
        "The council said the new cycle lanes would connect the station with the university"
        " campus and the town centre"
    )
    last = ". ".join([sentence] * 5) + "."
    text = (
        f"Council approves four new cycle lanes\n\n{sentence}.\n\n{sentence} by next spring.\n\n"
        f"Where the lanes will run\n\n{last}\n\n_Jane Doe_\nUpdated 3 March 2015\n"
    )
    (article,) = split_text(text)
    assert article.body.endswith(last)
    assert "Where the lanes will run" in article.body


def test_a_short_exclamation_over_a_share_bar_is_the_last_paragraph() -> None:
    """A closing exclamation, then the page's share bar and "read also" list: the share bar
    under it is no lead that makes it a headline (an exclamation, like a question, is more
    often a paragraph), so the article keeps it and the list goes to meta."""
    text = (
        _FIRST + "See you next spring!\n\n"
        "Share: Facebook / X / WhatsApp / LINE\nRead also:\nLibrary to stay open on Sundays\n"
    )
    (article,) = split_text(text)
    assert article.body.endswith("See you next spring!")
    assert "Library to stay open on Sundays" in article.meta["chrome"]


@pytest.mark.parametrize("label", ["▸ SICHERHEIT (ENGLISCH)", "■ CULTURE (EN ANGLAIS)"])
def test_a_section_label_with_a_word_in_parentheses_goes_with_the_headline_below(
    label: str,
) -> None:
    """A digest says in its label what is unusual about the item under it (the language it
    is written in, that it is a video): the label is still one, not a list item."""
    first, second = split_text(_FIRST + f"\n{label}\n" + _SECOND)
    assert first.body.endswith("should take two years, the council said.")
    assert second.title == "Library to stay open on Sundays after a petition"
    assert second.meta["section"] == label


@pytest.mark.parametrize(
    ("title", "tags"),
    [
        ("Sunsetting OpenCensus", "#opentelemetry #observability #opensource #cncf"),
        ("Offene Daten für alle Kommunen", "#OpenData, #Kommunen, #Transparenz"),
    ],
)
def test_a_posts_hashtags_under_its_title_are_its_tags(title: str, tags: str) -> None:
    """A blog platform sets the post's hashtags right under its title: furniture, not the
    headline (a headline opening with one, "#aufschrei erzählt …", is still one)."""
    text = f"Posted on May 1, 2023\n\n{title}\n{tags}\n\n{_SECOND.split(chr(10))[2]}\n"
    (article,) = split_text(text)
    assert article.title == title
    assert tags not in article.body
    assert tags in str(article.meta)
