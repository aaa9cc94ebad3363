"""A timeline sets its dates as intertitles, each over what happens that day ("1 de octubre
de 2013" over the paragraph on the opening of enrolment): the dates are the text's, kept in
the body (fresh25 long_intertitles_02 and nexis_factiva_02 sent them to `meta.published`).
The near miss: a page's one date, under the first paragraph or under the last, is meta."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_TIMELINES = {
    "es": (
        "¿Qué fechas importantes debo saber?",
        "Hay tres fechas clave que debe anotar en su calendario para inscribirse a tiempo en "
        "un plan de salud del Mercado de seguros de su estado.",
        ("1 de octubre de 2013", "1 de enero de 2014", "31 de marzo de 2014"),
        "Ese día pasa algo importante para su cobertura, y conviene que lo tenga presente "
        "cuando compare los planes que se ofrecen en su estado.",
    ),
    "en": (
        "Which dates should I know?",
        "There are three key dates to write down in your calendar so that you enrol in a "
        "health plan of your state's marketplace on time.",
        ("1 October 2013", "1 January 2014", "31 March 2014"),
        "Something important for your cover happens on that day, and it is worth keeping in "
        "mind when you compare the plans your state offers.",
    ),
}


@pytest.mark.parametrize("language", sorted(_TIMELINES))
def test_a_timelines_dates_stay_in_the_body(language: str) -> None:
    title, lead, dates, paragraph = _TIMELINES[language]
    sections = "\n\n".join(f"{date}\n\n{paragraph}" for date in dates)
    (article,) = split_text(f"{title}\n\n{lead}\n\n{paragraph}\n\n{sections}\n")
    assert article.title == title
    assert all(date in article.body for date in dates)
    assert "published" not in article.meta


@pytest.mark.parametrize("language", sorted(_TIMELINES))
@pytest.mark.parametrize("at", ["between", "under"])
def test_a_pages_one_date_among_the_paragraphs_is_meta(language: str, at: str) -> None:
    title, lead, dates, paragraph = _TIMELINES[language]
    tail = f"{dates[0]}\n\n{paragraph}" if at == "between" else f"{paragraph}\n\n{dates[0]}"
    (article,) = split_text(f"{title}\n\n{lead}\n\n{paragraph}\n\n{tail}\n")
    assert dates[0] not in article.body
    assert article.body == f"{lead}\n\n{paragraph}\n\n{paragraph}"
