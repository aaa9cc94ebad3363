"""A clipper's front matter names the title in the language of its user's set-up ("titolo:",
"titre:", "título:"), as "title:" does in English: the note is titled by it, not by the
first paragraph cut short (fresh23 clipper_markdown_01 titled its three notes so)."""

from __future__ import annotations

import pytest

from reader.dumps.lines import Line
from reader.dumps.load import split_text
from reader.dumps.roles import classify

_NOTES = {
    "titolo": (
        "Cookie Law, a Modo Nostro",
        "Da diversi giorni sui social network e nelle mailing list si sta discutendo della "
        "cosiddetta legge sui cookie, promossa dall'Autorità Garante per la Privacy.",
    ),
    "titre": (
        "La loi sur les cookies, à notre façon",
        "Depuis plusieurs jours, sur les réseaux sociaux et les listes de diffusion, on discute "
        "de la loi sur les cookies voulue par l'autorité de protection des données.",
    ),
    "título": (
        "La ley de cookies, a nuestra manera",
        "Desde hace días en las redes sociales y en las listas de correo se discute la llamada "
        "ley de cookies, promovida por la autoridad de protección de datos.",
    ),
}


@pytest.mark.parametrize("label", sorted(_NOTES))
def test_a_local_title_field_titles_the_note(label: str) -> None:
    title, body = _NOTES[label]
    text = (
        f'---\n{label}: "{title}"\nfonte: https://example.org/posts/cookie-law.md\n'
        f"salvato_il: 2026-10-01 21:10\n---\n\n{body}\n"
    )
    (article,) = split_text(text)
    assert (article.title, article.body) == (title, body)


@pytest.mark.parametrize(
    "text", ["Titolo di studio: laurea in fisica", "Titre-restaurant : 9 euros par jour"]
)
def test_a_longer_label_opening_with_the_word_is_no_title(text: str) -> None:
    """The near miss: labels that open with the word but are other fields."""
    assert classify(Line(text)).meta[:1] != (("title", text.split(":", 1)[1].strip()),)
