"""A press release closes with the press contact it prints: the label and the name,
organisation, phone and mail lines under it, or the one line "Press contact: name, mail,
phone". Those are the release's own text, its body (the convention the lead and data21
settled in session 21, fresh21's gold): they were read as a trailer (meta) and the mail
line as chrome. What a site or a paster adds under every article stays meta: a press
office's one-line sign-off, a site's "Kontakt: redaktion@…" line."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_RELEASES = {
    "de": (
        "Transparenzranking: Hamburg bleibt vorn",
        "Die Länder bewegen sich im Mittelfeld, sagt das Bündnis. Transparenz schafft Vertrauen "
        "zwischen Regierenden und Regierten, erklärt die Sprecherin des Bündnisses.",
        ("Pressekontakt:", "FragDenStaat", "Arne Semsrott", "030 57703666-1", "presse@okfn.de"),
    ),
    "en": (
        "Transparency ranking: Hamburg stays ahead",
        "Most states sit in the middle of the table, the alliance says. Transparency builds "
        "trust between the governed and those who govern, its spokeswoman explains.",
        ("Media contact:", "FragDenStaat", "Arne Semsrott", "+49 30 57703666-1", "press@okfn.de"),
    ),
    "fr": (
        "Classement de la transparence : Hambourg reste en tête",
        "La plupart des Länder restent au milieu du classement, selon l'alliance. La "
        "transparence crée la confiance entre gouvernants et gouvernés, dit sa porte-parole.",
        (
            "Contact presse :",
            "FragDenStaat",
            "Arne Semsrott",
            "+49 30 57703666-1",
            "presse@okfn.de",
        ),
    ),
}
_NEXT = (
    "Prototype Fund: Jetzt bewerben für Runde 13",
    "Seit dem 1. August könnt ihr eure Ideen für die kommende Förderphase einreichen, schreibt "
    "die Redaktion in ihrer Ankündigung.",
)


@pytest.mark.parametrize("closing", ["\n\n-- Ende --\n\n\n", "\n\n\n"])
@pytest.mark.parametrize("language", sorted(_RELEASES))
def test_a_press_contact_block_closes_the_releases_body(language: str, closing: str) -> None:
    """With the wire's end mark under it, or the next release right under it (where the
    contact's short lines looked like the next one's kickers)."""
    title, body, contact = _RELEASES[language]
    text = "\n\n".join([title, body, *contact]) + closing + "\n\n".join(_NEXT)
    first, second = split_text(text + "\n")
    assert first.body == "\n\n".join([body, *contact])
    assert (second.title, second.body) == _NEXT


@pytest.mark.parametrize(
    "line",
    [
        "Press contact: Arne Semsrott, arne.semsrott@okfn.de, Tel.: 030 57703666 0",
        "Pressekontakt: Arne Semsrott, presse@okfn.de, 030 57703666-1",
    ],
)
def test_a_press_contact_on_one_line_is_body(line: str) -> None:
    title, body, _ = _RELEASES["en"]
    (article,) = split_text(f"{title}\n\n{body}\n\n{line}\n")
    assert article.body == f"{body}\n\n{line}"


@pytest.mark.parametrize("trailer", ["— Pressestelle der OKF DE", "— Press office of OKF DE"])
def test_a_press_offices_sign_off_stays_meta(trailer: str) -> None:
    """The near miss: a press office's one-line sign-off is a trailer, as before."""
    title, body, _ = _RELEASES["de"]
    (article,) = split_text(f"{title}\n\n{body}\n\n{trailer}\n")
    assert article.body == body
    assert trailer in str(article.meta)


def test_a_sites_contact_line_stays_meta() -> None:
    """The near miss: a site's contact line (no press word) under the text stays meta."""
    title, body, _ = _RELEASES["de"]
    (article,) = split_text(f"{title}\n\n{body}\n\nKontakt: redaktion@example.org\n")
    assert article.body == body
