"""Lines between two articles go to the one they belong to: a trailer (an agency credit in
parentheses, the date under it, an export's closing mark) to the article above, a
headline's labels (breadcrumb, section in capitals) to the article below."""

from __future__ import annotations

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
