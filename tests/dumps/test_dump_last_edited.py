"""A note of when a post was last edited ("This post was last edited on 6 juin 2020.", "Last
edited on 16 febrero 2019") under its last paragraph is a date line, as "Last updated on …"
is: `meta.updated`, not the post's text (fresh29's R-Ladies pages, whose theme prints it in
English over the post's date in the page's language). The near miss: a sentence that opens
the same way but dates nothing ("This post was written by three chapters.") stays text."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_POSTS = {
    "fr": (
        "Le club de lecture fête ses dix ans",
        "Le club de lecture de la bibliothèque municipale a fêté ses dix ans samedi, avec une "
        "lecture publique et un goûter ouvert à tous les habitants du quartier.",
        "This post was last edited on 6 juin 2020.",
        "6 juin 2020",
    ),
    "es": (
        "La huerta comunitaria abre sus puertas",
        "La huerta comunitaria del barrio abrió sus puertas el sábado, después de dos años de "
        "trabajo de los vecinos y de la asociación que la cuida.",
        "Last edited on 16 febrero 2019",
        "16 febrero 2019",
    ),
}


@pytest.mark.parametrize("language", sorted(_POSTS))
def test_a_last_edited_line_under_the_text_is_its_date(language: str) -> None:
    title, paragraph, edited, date = _POSTS[language]
    near = "This post was written by three chapters."
    body = f"{paragraph}\n\n{near}\n\n{paragraph}"
    (article,) = split_text(f"{title}\n\n{body}\n\n{edited}\n", "post.txt", "utf-8")
    assert (article.title, article.body) == (title, body)
    assert article.meta["updated"].rstrip(".") == date
