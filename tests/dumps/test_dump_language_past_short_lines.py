"""An article's language is read from its first paragraph long enough to tell, past the short
lines over it (a site's name, a page's label: "getmonero.org", "Клирнет"): a sample of the
whole body opening with them told CLD2 nothing, and the article had no language (fresh40's
Russian Moneropedia page, here without its reading time, which goes to meta). Since meta34 the
site's name is the title of the page, which no headline-shaped line titles, and the page's
label under it goes to meta; the body opens with its short intertitle."""

from __future__ import annotations

from reader.dumps.load import split_text

_PAGE = (
    "getmonero.org\n"
    "Клирнет\n"
    "\n"
    "Основная информация\n"
    "\n"
    "\n"
    "Когда вы пользуетесь Интернетом для того, чтобы, например, узнать новости, "
    "отправить почту, пообщаться в соцсетях и даже воспользоваться своими Monero, то,"
    " наиболее вероятно, вы используете соединение Clearnet. Это означает, что все "
    "ваши соединения можно отследить и просмотреть посредством:\n"
    "\n"
    "вашего ISP\n"
    "\n"
    "веб-сайта / службы / человека, с которым вы связываетесь\n"
)
"""The page's first lines as copied, its reading time left out."""


def test_the_language_is_read_past_the_short_lines_over_the_text() -> None:
    (article,) = split_text(_PAGE, "page.txt", "utf-8")
    assert article.body.startswith("Основная информация")  # the site's name over it, a title
    assert article.meta.get("language") == "ru"
