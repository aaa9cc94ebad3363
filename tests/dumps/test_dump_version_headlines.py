"""A headline that names a version ("NixOS 22.05 released", "Version 22.05 erschienen") over
its date line opens its post, as the dump's other headlines over their date lines do: the
number is no time of day. Where a dump's headlines have their date line right under them
and its intertitles stand over as wide a gap, that date line tells a headline; a line that
opens with a time of day ("13:48 GMT 3 March", a live blog's stamp) or a date line holding
one ("15.12 GMT") is kept from counting so, and "22.05" inside a headline was read as one
(fresh35's NixOS releases ran into the post above), as was "30.05" inside a dotted date."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_POSTS = {
    "en": (
        (
            ("Community Garden Opens on the Rail Yard", "Published on Mon Apr 04 2022"),
            ("Library Hours Extended for the Summer", "Published on Fri Apr 22 2022"),
            ("Release 22.05 out", "Published on Mon May 30 2022"),
        ),
        "What comes next",
        (
            "The garden on the old rail yard opens to everyone this weekend, after two years "
            "of work by the neighbourhood association and its volunteers.",
            "Plots can be booked at the library until the end of the month, and the first "
            "workshop on compost is held there on Saturday morning.",
        ),
    ),
    "de": (
        (
            ("Gemeinschaftsgarten Auf Dem Bahngelände Eröffnet", "Veröffentlicht am 04.04.2022"),
            ("Längere Öffnungszeiten Der Bibliothek", "Veröffentlicht am 22.04.2022"),
            ("Version 22.05 erschienen", "Veröffentlicht am 30.05.2022"),
        ),
        "Wie es weitergeht",
        (
            "Der Garten auf dem alten Bahngelände ist ab diesem Wochenende für alle offen, "
            "nach zwei Jahren Arbeit des Stadtteilvereins und seiner Freiwilligen.",
            "Beete können bis Ende des Monats in der Bibliothek gebucht werden, und der erste "
            "Kurs zum Kompostieren findet dort am Samstagmorgen statt.",
        ),
    ),
}


@pytest.mark.parametrize("language", sorted(_POSTS))
def test_a_headline_naming_a_version_over_its_date_line_opens_its_post(language: str) -> None:
    posts, intertitle, (one, two) = _POSTS[language]
    body = f"{one}\n\n{intertitle}\n\n{two}"
    dump = "\n\n\n".join(
        f"{headline}\n{date}\n\n\n{one}\n\n\n{intertitle}\n\n\n{two}" for headline, date in posts
    )
    articles = split_text(dump + "\n", "posts.txt", "utf-8")
    assert [(article.title, article.body) for article in articles] == [
        (headline, body) for headline, _ in posts
    ]
