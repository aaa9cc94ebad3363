"""A mailing list's digest sets a header over each message ("Nachricht: 1", "Datum: …",
"Von: …", "Betreff: …"): the subject is the message's title, the rest its meta, in the
languages reader meets (fresh21 email_digest_03 titled each message 'Nachricht: N' and read
its header as the body's first paragraphs)."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_RULE = "-" * 70
_MESSAGES = {
    "de": ("Nachricht", "Datum", "Von", "Betreff"),
    "it": ("Messaggio", "Data", "Da", "Oggetto"),
    "fr": ("Message", "Date", "De", "Objet"),
    "es": ("Mensaje", "Fecha", "De", "Asunto"),
}
_ITEMS = (
    (
        "Prototype Fund: Jetzt bewerben für Runde 13",
        "Seit dem 1. August 2022 könnt ihr eure"
        " Ideen für die kommende Förderphase einreichen, schreibt die Redaktion.",
    ),
    (
        "Einladung zur Jugendkonferenz",
        "Jugend hackt lädt zur ersten Jugendkonferenz zu digitaler"
        " Bildung und Verantwortung ein, im November in Berlin.",
    ),
)


@pytest.mark.parametrize("language", sorted(_MESSAGES))
def test_each_messages_subject_is_its_title(language: str) -> None:
    message, date, sender, subject = _MESSAGES[language]
    text = "\n\n".join(
        f"{_RULE}\n\n{message}: {n}\n{date}: 01.08.2022\n{sender}: Redaktion OKF DE\n"
        f"{subject}: {title}\n\n{body}"
        for n, (title, body) in enumerate(_ITEMS, 1)
    )
    articles = split_text(f"okf-news Digest, Ausgabe 38\n\n{text}\n")
    assert [(a.title, a.body) for a in articles[-2:]] == list(_ITEMS)
