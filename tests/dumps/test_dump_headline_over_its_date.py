"""A short headline over its page's date line, set in parts ("Global Voices auf Deutsch ·
April 2008", "12 березня 2024, 13:30 · Переглядів: 2,217"), or over its photo's credit in any
script ("画像: Kubernetes Blogより", "Фото: ТАСС"), is the title: neither line under it is a
longer headline that would make it a section's label over one (fresh2's digest and fresh8's
pages read the headline as a kicker and made the date or the credit the title). The near miss:
a section's label over a headline and then its date line keeps the headline. Nor is a line
wholly in brackets over a headline the headline, however short the line under it and in
whatever case: a manual's versions ("(PHP 4, PHP 5, PHP 7, PHP 8)") over a function's name
(fresh33's reference pages, session 32: the bracketed line was the title and the name the
body's first line, which the field model moved to meta by a hair over its margin); nor is one
right under such a name a subheading of the text, wherever the rules put the name."""

from __future__ import annotations

import pytest

from reader.dumps import credits
from reader.dumps.load import split_text

_PAGES = {
    "de": (
        "Bloggen in Syrien",
        "Global Voices auf Deutsch · April 2008",
        "Der Syrer Abu Fares schreibt zum zweiten Geburtstag seiner Seite über das Bloggen in "
        "Syrien und über die Leser, die ihm in diesen zwei Jahren geschrieben haben.",
    ),
    "uk": (
        "Огляд Kubernetes v1.30",
        "12 березня 2024, 13:30 · Переглядів: 2,217",
        "Новий рік, новий реліз Kubernetes. Ми на половині релізного циклу і маємо чимало "
        "цікавих та чудових поліпшень у версії v1.30, про які варто розповісти.",
    ),
    "en": (
        "Framework partnership",
        "nixos.org · January 12, 2026",
        "The foundation announced a partnership with a hardware maker, who will ship laptops "
        "with the system installed and fund two developers for a year.",
    ),
}


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_a_headline_over_its_date_line_in_parts_is_the_title(language: str) -> None:
    headline, dated, text = _PAGES[language]
    (article,) = split_text(f"{headline}\n{dated}\n\n{text}\n", "page.txt", "utf-8")
    assert article.title == headline
    assert article.body == text
    assert credits.dated_parts(dated)


def test_a_section_label_over_a_headline_and_its_date_keeps_the_headline() -> None:
    headline, dated, text = _PAGES["de"]
    longer = "Bloggen in Syrien: ein Blogger feiert zwei Jahre seiner Seite"
    (article,) = split_text(f"{headline}\n{longer}\n{dated}\n\n{text}\n", "page.txt", "utf-8")
    assert article.title == longer
    assert credits.dated_parts("Rock · Pop · Jazz") is False
    pages = [
        ("(Version 4, Version 5, Version 7)", "str_pad", text),
        ("(Version 5 >= 5.1.0, Version 7)", "str_split", _PAGES["en"][2]),
    ]
    dump = "\n\n\n".join(f"{aside}\n{name}\n\n{body}" for aside, name, body in pages) + "\n"
    articles = split_text(dump, "manual.txt", "utf-8")
    assert [(a.title, a.body, a.meta.get("chrome")) for a in articles] == [
        (name, body, aside) for aside, name, body in pages
    ]
    menu = "Change language: English"
    page = f"{menu}\n\nstr_pad\n(Version 8)\nstr_pad: pads a string\n\n{text}\n"
    (article,) = split_text(page, "page.txt", "utf-8")
    assert "(Version 8)" not in article.body
    assert "(Version 8)" in article.meta["chrome"]


@pytest.mark.parametrize(
    "credit", ["画像: Kubernetes Blogより", "写真：共同通信", "Фото: ТАСС", "사진: 연합뉴스"]
)
def test_a_photo_credit_under_a_headline_and_its_date_is_no_headline(credit: str) -> None:
    headline = "SIG Nodeの紹介"
    text = (
        "コンテナオーケストレーションの世界で、Kubernetesは圧倒的な存在感を示しており、世界中で"
        "最も複雑で動的なアプリケーションの一部を動かしています。"
    )
    page = f"テクノロジー\n{headline}\n2024年6月20日\n\n{credit}\n\n{text}\n"
    (article,) = split_text(page, "page.txt", "utf-8")
    assert article.title == headline
    assert article.body == text
    assert credits.is_credit_line(credit)
