"""A newsletter lists its stories' headlines over them ("In this issue:", "In dieser
Ausgabe:"): each listed headline, where it comes again, opens its story, even under a
section label where the rules would read it as an intertitle (fresh16 email_digest_05 read
three of its six stories as the second one's intertitles). A line the list does not name is
read as before."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_LETTERS = {
    "en": (
        "From: The Telemetry Letter <hello@letter.example.io>\nSubject: The Telemetry Letter\n"
        "Date: Thu, 11 Dec 2025 14:00:00 +0100\n\nIn this issue:",
        "Good afternoon,\nthree posts worth your time.",
        (
            (
                "Calling new contributors to the onboarding work",
                "Update as of December: a "
                "giant thank you to those of you who have volunteered to help with onboarding.",
            ),
            (
                "The contributor experience survey is open",
                "Take our contributor survey and "
                "help us make the project a better place to start contributing to.",
            ),
            (
                "The Go team's goals for 2025",
                "As we kick off the year, the Go team has come "
                "together to set out what it wants to have shipped by December.",
            ),
        ),
    ),
    "de": (
        "Von: Der Telemetrie-Brief <hallo@brief.example.de>\nBetreff: Der Telemetrie-Brief\n"
        "Datum: Do., 11. Dez. 2025 14:00\n\nIn dieser Ausgabe:",
        "Guten Tag,\ndrei Beiträge, die sich lohnen.",
        (
            (
                "Neue Mitwirkende für den Einstieg gesucht",
                "Stand Dezember: ein großer Dank an "
                "alle, die sich gemeldet haben, um beim Einstieg neuer Leute zu helfen.",
            ),
            (
                "Die Umfrage zur Mitarbeit ist offen",
                "Macht bei unserer Umfrage mit und helft "
                "uns, das Projekt zu einem besseren Ort für den Einstieg zu machen.",
            ),
            (
                "Die Ziele des Go-Teams für 2025",
                "Zum Jahresbeginn hat sich das Go-Team "
                "zusammengesetzt, um festzulegen, was bis Dezember fertig sein soll.",
            ),
        ),
    ),
}


def _letter(language: str, listed: bool) -> str:
    header, greeting, stories = _LETTERS[language]
    label = header.rsplit("\n", 1)[1]
    contents = "\n".join([label, *(f"- {title}" for title, _ in stories)]) if listed else ""
    header = header.rsplit("\n", 1)[0]
    first, *rest = stories
    body = f"{first[0]}\n\n{first[1]}\n\n→ Read more: https://example.org/1\n\n\nSURVEYS\n\n"
    body += "\n\n".join(f"{t}\n\n{b}\n\n→ Read more: https://example.org/n" for t, b in rest)
    return f"{header}\n{contents}\n\n{greeting}\n\n\n{body}\n".replace("\n\n\n\n", "\n\n")


@pytest.mark.parametrize("language", sorted(_LETTERS))
def test_each_listed_headline_opens_its_story(language: str) -> None:
    stories = _LETTERS[language][2]
    articles = split_text(_letter(language, listed=True))
    assert [a.title for a in articles] == [title for title, _ in stories]


@pytest.mark.parametrize("language", sorted(_LETTERS))
def test_without_the_list_the_headlines_are_read_as_before(language: str) -> None:
    """The near miss: the same letter with no contents list splits as it did."""
    stories = _LETTERS[language][2]
    titles = [a.title for a in split_text(_letter(language, listed=False))]
    assert titles[0] == stories[0][0]
    assert stories[2][0] not in titles  # an intertitle of the story above, as on 53b5b0d


_NUMBERED = {
    "es": (
        "Embajada de Brasil — Boletín informativo n.º 37\nSección de Prensa y Cultura\n\nSumario",
        (
            (
                "Presidente de Brasil desea éxito a Donald Trump",
                "El presidente envió esta mañana una carta al presidente electo de los Estados "
                "Unidos, en la que le desea éxito en su mandato.",
            ),
            (
                "Brasil envía más militares a Haití",
                "Un avión de la Fuerza Aérea despegó este lunes de la capital con ciento "
                "cincuenta militares que se suman a la misión de paz.",
            ),
        ),
    ),
    "en": (
        "Embassy of Brazil — Newsletter no. 37\nPress and Culture Section\n\nContents",
        (
            (
                "Brazil's president wishes Donald Trump success",
                "The president sent a letter this morning to the president-elect of the United "
                "States, wishing him success in his term.",
            ),
            (
                "Brazil sends more troops to Haiti",
                "An Air Force plane left the capital on Monday with a hundred and fifty soldiers "
                "who join the peace mission.",
            ),
        ),
    ),
}


def _numbered_letter(language: str, marks: tuple[str, str]) -> str:
    head, stories = _NUMBERED[language]
    listed = "\n".join(f"{n}. {title}" for n, (title, _) in enumerate(stories, 1))
    body = "\n\n\n".join(
        f"{mark}{title}\n\n{text}\n\n{text}"
        for mark, (title, text) in zip(marks, stories, strict=True)
    )
    return f"{head}\n{listed}\n\n\n{body}\n"


@pytest.mark.parametrize("language", sorted(_NUMBERED))
def test_a_listed_headline_under_its_number_opens_its_story(language: str) -> None:
    """The stories' headlines carry the numbers the contents list gives them ("1 |
    Presidente de Brasil …" under "1. Presidente de Brasil …"): each still opens its story
    (fresh27 email_digest_03 read the letter as one article)."""
    _, stories = _NUMBERED[language]
    articles = split_text(_numbered_letter(language, ("1 | ", "2 | ")))
    assert [a.body for a in articles] == [f"{text}\n\n{text}" for _, text in stories]


@pytest.mark.parametrize("language", sorted(_NUMBERED))
def test_a_numbered_line_the_list_does_not_name_opens_nothing(language: str) -> None:
    """The near miss: a numbered line whose words the list does not give opens no story
    under the contents list's numbers."""
    head, stories = _NUMBERED[language]
    other = {"es": "Otra nota de la semana", "en": "Another note of the week"}[language]
    listed = "\n".join(f"{n}. {title}" for n, (title, _) in enumerate(stories, 1))
    (title, text), _ = stories
    dump = f"{head}\n{listed}\n\n\n1 | {title}\n\n{text}\n\n2 | {other}\n\n{text}\n"
    (article,) = split_text(dump)
    assert article.body.endswith(text)
