"""A copied page that opens with its title as the browser shows it, the headline and the
site's name ("Play Store, OAuth2 and more from the dev stage - Delta Chat"), and sets the
headline alone further down its lead, has that headline as its title; the page's title is a
line of meta, kept as written (fresh41's Delta Chat pages took the page's title for the
headline and the headline for a dek)."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_SITES = [
    (" - Delta Chat", "Download\nBlog\nContribute\nFAQ"),
    (" | Global Voices", "Inicio\nNoticias\nComunidad\nAcerca de"),
]
_POSTS = [
    (
        "Play Store, OAuth2 and more from the dev stage",
        "The team released a new version this week, with sign-in through the providers most "
        "people already use and a store listing that reaches phones without other app stores.",
    ),
    (
        "A report on what users in Ukraine need",
        "Two developers spent a week with groups of users in three cities and asked them what "
        "they need from a messenger that works over their existing mail accounts.",
    ),
]


def _dump(site: str, menu: str, headlines: list[str]) -> str:
    """The site's pages, each under its title as a browser shows it and the site's menu."""
    pages = [
        f"{headline}{site}\n\n{menu}\n\n{headline}\nDecember 19, 2018\n\n{text}\n"
        for headline, (_, text) in zip(headlines, _POSTS, strict=True)
    ]
    return "\n\n".join(pages)


@pytest.mark.parametrize(("site", "menu"), _SITES)
def test_the_headline_under_the_page_s_title_is_the_title(site: str, menu: str) -> None:
    headlines = [headline for headline, _ in _POSTS]
    articles = split_text(_dump(site, menu, headlines), "pages.txt", "utf-8")
    assert [article.title for article in articles] == headlines
    assert [article.body for article in articles] == [text for _, text in _POSTS]
    assert all(f"{a.title}{site}" in a.meta["chrome"] for a in articles)
