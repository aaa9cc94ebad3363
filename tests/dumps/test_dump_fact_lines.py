"""A label and a count alone on a line between a story's paragraphs ("Killed: 12", "Injured:
145", "Homes destroyed: 1,204") are the story's facts, and a subheading of a name and a number
("iPhone 15 Pro") is its subheading: the counter rule of this session read both as a page's
counters, chrome, anywhere (review24 at 08:46 and 08:47); a view counter or reading time looks
the same as a fact line, and only its place on the page tells them apart, so the rule is gone."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_STORIES = {
    "en": (
        "Earthquake Hits Coastal Town",
        "A strong earthquake struck the coastal town on Monday morning, officials said.",
        ("Killed: 12", "Injured: 145", "Homes destroyed: 1,204"),
        "Rescue teams were still searching the rubble late on Monday, the mayor said.",
    ),
    "es": (
        "Un terremoto sacude una ciudad de la costa",
        "Un fuerte terremoto sacudió la ciudad costera el lunes por la mañana, dijeron fuentes.",
        ("Muertos: 12", "Heridos: 145", "Viviendas destruidas: 1.204"),
        "Los equipos de rescate seguían buscando entre los escombros, dijo el alcalde.",
    ),
}


@pytest.mark.parametrize("language", sorted(_STORIES))
def test_a_story_s_fact_lines_stay_in_its_body(language: str) -> None:
    title, first, facts, last = _STORIES[language]
    page = "\n\n".join((title, first, *facts, last)) + "\n"
    (article,) = split_text(page, "story.txt", "utf-8")
    assert article.body == "\n\n".join((first, *facts, last))


def test_a_subheading_of_a_name_and_a_number_stays_a_subheading() -> None:
    page = (
        "The Phones of the Year\n\n"
        "We tried every phone that came out this year, and three stood out from the rest.\n\n"
        "iPhone 15 Pro\n\n"
        "The camera is the best we tested, and the battery lasts a full day of heavy use.\n"
    )
    (article,) = split_text(page, "phones.txt", "utf-8")
    assert "iPhone 15 Pro" in article.body
