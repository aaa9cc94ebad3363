"""A mailing list's digest sets a header over each message ("Nachricht: 1", "Datum: …",
"Von: …", "Betreff: …"): the subject is the message's title, the rest its meta, in the
languages reader meets (fresh21 email_digest_03 titled each message 'Nachricht: N' and read
its header as the body's first paragraphs)."""

from __future__ import annotations

import pytest

from reader.dumps import chrome
from reader.dumps.load import split_dump, split_text

_RULE = "-" * 70
_MESSAGES = {
    "de": ("Nachricht", "Datum", "Von", "Betreff"),
    "it": ("Messaggio", "Data", "Da", "Oggetto"),
    "fr": ("Message", "Date", "De", "Objet"),
    "es": ("Mensaje", "Fecha", "De", "Asunto"),
    "en": ("Message", "Date", "From", "Subject"),
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


def _messages(language: str) -> str:
    """The digest's messages, each under its rule and header in the language's words."""
    message, date, sender, subject = _MESSAGES[language]
    return "\n\n".join(
        f"{_RULE}\n\n{message}: {n}\n{date}: 01.08.2022\n{sender}: Redaktion OKF DE\n"
        f"{subject}: {title}\n\n{body}"
        for n, (title, body) in enumerate(_ITEMS, 1)
    )


@pytest.mark.parametrize("language", sorted(_MESSAGES))
def test_each_messages_subject_is_its_title(language: str) -> None:
    text = _messages(language)
    articles = split_text(f"okf-news Digest, Ausgabe 38\n\n{text}\n")
    assert [(a.title, a.body) for a in articles[-2:]] == list(_ITEMS)


@pytest.mark.parametrize(
    "closing",
    [
        "End of okf-news Digest, Vol 38, Issue 1",
        "Ende der Digest-Ausgabe okf-news, Ausgabe 38",
        "Fin du digest liste-infos, numéro 12",
        "Fin del resumen de promotores-salud, volumen 3, número 17",
        "Fim do resumo de promotores-saude, volume 3, número 17",
    ],
)
def test_the_digests_closing_line_is_no_part_of_the_last_message(closing: str) -> None:
    text = _messages("de")
    articles = split_text(f"okf-news Digest, Ausgabe 38\n\n{text}\n\n{_RULE}\n\n{closing}\n")
    assert [(a.title, a.body) for a in articles[-2:]] == list(_ITEMS)


@pytest.mark.parametrize(
    "sentence",
    ["Fin del resumen: la ley entra en vigor en enero.", "Fim do resumo. A lei entra em vigor."],
)
def test_a_last_paragraph_opening_with_the_words_stays_in_the_body(sentence: str) -> None:
    """The near miss: a sentence that opens with those words and goes on ends the body."""
    text = _messages("es")
    articles = split_text(f"okf-news Digest, Ausgabe 38\n\n{text}\n\n{sentence}\n")
    assert articles[-1].body == f"{_ITEMS[-1][1]}\n\n{sentence}"


@pytest.mark.parametrize(
    ("language", "contents"),
    [("de", "Themen dieser Ausgabe:"), ("en", "In this issue:"), ("fr", "Dans ce numéro :")],
)
def test_the_digests_table_of_contents_is_front_matter(language: str, contents: str) -> None:
    """The list of the messages' subjects over the first message is the digest's, no
    article of its own (fresh21 email_digest_03 made it a fifth article)."""
    listed = "\n".join(f"{n}. {title}" for n, (title, _) in enumerate(_ITEMS, 1))
    text = _messages(language)
    split = split_dump(f"okf-news Digest, Ausgabe 38\n\n{contents}\n{listed}\n\n{text}\n")
    assert [(a.title, a.body) for a in split.articles] == list(_ITEMS)
    assert contents in split.front_matter


def test_an_export_records_subject_terms_stay_its_index_terms() -> None:
    """The near miss: an export's "SUBJECT:" index terms under its headline are no title,
    whatever numbered line stands over the record."""
    text = (
        "Document 1 of 2\n\nHEADLINE: Prototype Fund opens its thirteenth round\n"
        "SUBJECT: GRANTS (90%); OPEN SOURCE (88%)\n\n"
        "Since 1 August 2022 teams may apply with their ideas for the next funding phase, "
        "the editors write.\n"
    )
    (article,) = split_text(text)
    assert article.title == "Prototype Fund opens its thirteenth round"
    assert "GRANTS" not in article.body


def test_a_headline_opening_with_end_of_is_no_closing_line() -> None:
    """The near miss: 'End of the war in sight' closes nothing."""
    (article,) = split_text(f"End of the war in sight\n\n{_ITEMS[0][1]}\n")
    assert article.title == "End of the war in sight"


@pytest.mark.parametrize(
    ("line", "closes"),
    [
        ("Fin del resumen de promotores-salud, volumen 3, número 17", True),
        ("Fim do resumo da lista-saude, Vol 3, Número 17", True),
        ("Fin del resumen: la ley entra en vigor en enero.", False),
        ("Fim do resumo. A lei entra em vigor.", False),
    ],
)
def test_a_digest_called_a_summary_closes_with_its_list_and_volume(line: str, closes: bool) -> None:
    """Where the list's software calls a digest a summary (fresh25 email_digest_02 kept
    "Fin del resumen de …" as the last message's last paragraph): its closing line names the
    list and the volume; a sentence opening with the same words does not."""
    assert chrome.closes_export_record(line) is closes
