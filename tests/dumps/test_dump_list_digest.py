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


@pytest.mark.parametrize(
    "closing",
    [
        "End of okf-news Digest, Vol 38, Issue 1",
        "Ende der Digest-Ausgabe okf-news, Ausgabe 38",
        "Fin du digest liste-infos, numéro 12",
    ],
)
def test_the_digests_closing_line_is_no_part_of_the_last_message(closing: str) -> None:
    message, date, sender, subject = _MESSAGES["de"]
    title, body = _ITEMS[0]
    text = (
        f"okf-news Digest, Ausgabe 38\n\n{_RULE}\n\n{message}: 1\n{date}: 01.08.2022\n"
        f"{sender}: Redaktion OKF DE\n{subject}: {title}\n\n{body}\n\n{_RULE}\n\n{closing}\n"
    )
    assert split_text(text)[-1].body == body


def test_a_headline_opening_with_end_of_is_no_closing_line() -> None:
    """The near miss: 'End of the war in sight' closes nothing."""
    (article,) = split_text(f"End of the war in sight\n\n{_ITEMS[0][1]}\n")
    assert article.title == "End of the war in sight"
