"""A forwarded mail's header is the dump's front matter in the forms mail clients write it
in German, French, Spanish and Italian as in English: Thunderbird's and Gmail's marks,
Outlook's "-----Original Message-----" in each language, Apple Mail's "Begin forwarded
message:", the header fields under them, and a short note of whoever forwarded it above
them with no salutation ("Zur Info, für unser Treffen am Donnerstag.")."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text
from tests.dumps.test_dump_newsletter_layouts import _ONE

_HEADERS = {
    "de-thunderbird": (
        "-------- Weitergeleitete Nachricht --------\nBetreff: Offene Werkstatt #27\n"
        "Datum: Mon, 9 Nov 2026 07:45:12 +0100\n"
        "Von: Offene Werkstatt <rundbrief@example.de>\nAn: team@example.de"
    ),
    "de-outlook": (
        "-----Ursprüngliche Nachricht-----\nVon: Offene Werkstatt <rundbrief@example.de>\n"
        "Gesendet: Montag, 9. November 2026 07:45\nAn: team@example.de\n"
        "Betreff: Offene Werkstatt #27"
    ),
    "de-apple": (
        "Anfang der weitergeleiteten Nachricht:\n\n"
        "Von: Offene Werkstatt <rundbrief@example.de>\nBetreff: Offene Werkstatt #27\n"
        "Datum: 9. November 2026 um 07:45:12 MEZ\nAn: team@example.de"
    ),
    "fr-thunderbird": (
        "Sujet : Lettre n° 27\nDate : Mon, 9 Nov 2026 07:45:12 +0100\n"
        "De : Lettre <lettre@example.fr>\nPour : equipe@example.fr"
    ),
    "fr-outlook": (
        "-----Message d'origine-----\nDe : Lettre <lettre@example.fr>\n"
        "Envoyé : lundi 9 novembre 2026 07:45\nÀ : equipe@example.fr\nObjet : Lettre n° 27"
    ),
    "fr-apple": (
        "Début du message réexpédié :\n\nDe: Lettre <lettre@example.fr>\n"
        "Objet: Lettre n° 27\nDate: 9 novembre 2026 à 07:45:12 UTC+1\nÀ: equipe@example.fr"
    ),
    "es-outlook": (
        "Enviado el: lunes, 9 de noviembre de 2026 7:45\nDe: Boletín <boletin@example.es>\n"
        "Para: equipo@example.es\nAsunto: Boletín 27"
    ),
    "es-apple": (
        "Inicio del mensaje reenviado:\n\nDe: Boletín <boletin@example.es>\n"
        "Asunto: Boletín 27\nFecha: 9 de noviembre de 2026, 7:45:12 CET\n"
        "Para: equipo@example.es"
    ),
    "it-outlook": (
        "-----Messaggio originale-----\nDa: Notiziario <notizie@example.it>\n"
        "Inviato: lunedì 9 novembre 2026 07:45\nA: redazione@example.it\n"
        "Oggetto: Notiziario 27"
    ),
    "it-apple": (
        "Inizio messaggio inoltrato:\n\nDa: Notiziario <notizie@example.it>\n"
        "Oggetto: Notiziario 27\nData: 9 novembre 2026 07:45:12 CET\nA: redazione@example.it"
    ),
    "en-apple": (
        "Begin forwarded message:\n\nFrom: Newsletter <news@example.org>\n"
        "Subject: Issue 27\nDate: 9 November 2026 at 07:45:12 CET\nTo: team@example.org"
    ),
}
_GREETING = "Hallo zusammen,\nhier sind unsere Lesetipps."
_TITLE = "Workeer öffnet für Geflüchtete"
_NOTES = {
    "none": "",
    "de": "Zur Info, für unser Treffen am Donnerstag.\n\n",
    "en": "FYI – see the first item.\n\n",
}


@pytest.mark.parametrize("note", _NOTES.values(), ids=_NOTES.keys())
@pytest.mark.parametrize("header", _HEADERS.values(), ids=_HEADERS.keys())
def test_a_forwarded_mails_header_and_the_note_over_it_are_front_matter(
    header: str, note: str
) -> None:
    text = f"{note}{header}\n\n{_GREETING}\n\n\n{_TITLE}\n\n{_ONE}\n"
    (article,) = split_text(text)
    assert (article.title, article.body) == (_TITLE, _ONE)
    front = article.meta["dump_front_matter"]
    for line in (note.strip(), header.splitlines()[0], "Hallo zusammen,"):
        assert line in front, line


@pytest.mark.parametrize(
    ("title", "teaser", "mail"),
    [
        (
            "Workeer öffnet für Geflüchtete",
            "Die Börse startet am Montag.",
            "Von: Offene Werkstatt <rundbrief@example.de>\nBetreff: Offene Werkstatt #27",
        ),
        (
            "Refugees find work online",
            "The exchange opens on Monday.",
            "From: Newsletter <news@example.org>\nSubject: Issue 27",
        ),
    ],
)
def test_a_short_article_over_a_mail_header_is_no_note(title: str, teaser: str, mail: str) -> None:
    """The near miss: a headline and its one-line teaser above a mail's header are two
    blocks, not a forwarding note: they stay an article, not front matter."""
    text = f"{title}\n\n{teaser}\n\n{mail}\n\n{_TITLE}\n\n{_ONE}\n"
    first = split_text(text)[0]
    assert first.title == title
    assert first.body.startswith(teaser)
    assert "dump_front_matter" not in first.meta


_FORWARD = (
    "-------- Message transféré --------\nSujet : {subject}\n"
    "Date : jeu. 17 octobre 2019 10:41:07 +0200\n"
    "De : Mission logiciels libres <opensource@example.fr>\nPour : veille@example.fr"
)
_FORWARDED_ITEMS = (
    (
        "DFIR ORC : un outil de collecte libre pour l'analyse forensique",
        "Conçu en 2011 pour les missions opérationnelles de l'agence, le logiciel n'a cessé "
        "d'évoluer pour regrouper un ensemble d'outils de recherche et d'extraction.",
    ),
    (
        "OpenCTI : un outil libre pour partager la connaissance en matière de cybermenace",
        "Le projet a été initié en septembre 2018 par l'agence et co-développé avec le CERT-EU "
        "pour structurer, stocker et partager la connaissance de l'agence.",
    ),
)


def test_each_forwarded_mails_subject_is_its_articles_title() -> None:
    """Mails forwarded one after another, each under French Thunderbird's mark and header:
    each subject under its "Sujet :" (as under Outlook's "Objet :") is its article's title,
    not a title that keeps its label (fresh43 email_digest_02 titled three 'Sujet : …')."""
    text = "\n\n\n".join(
        f"{_FORWARD.format(subject=subject)}\n\n{paragraph}"
        for subject, paragraph in _FORWARDED_ITEMS
    )
    articles = split_text(text + "\n")
    assert [(a.title, a.body) for a in articles] == list(_FORWARDED_ITEMS)
