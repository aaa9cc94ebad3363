"""A line that counts what was updated ("Updated 28054 existing packages") is the text's,
not a date line: no part of a date has five digits or more, and the number is all such a
line could be dated by. Release notes list these lines between "Added …" and "Removed …";
read as a date, the line was the lead of a new article opened at the line over the list
(fresh35's NixOS releases). The near miss, in the same dump: the date line under the
headline is still its date."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_NOTES = (
    (
        "Open Data Portal 4.2 Released",
        "The open data portal of the city has a new release, with faster search and a map "
        "for every district of the city.",
        "This release of the catalogue",
        ("Added 120 new datasets", "Updated 10452 existing records"),
        "Removed 35 outdated datasets, to keep the catalogue small and current.",
    ),
    (
        "Transit App 7 Is Out",
        "The transit app has a new version, with live departures for every tram and bus stop "
        "in the region.",
        "This version of the timetable",
        ("Added 48 new stops", "Updated 21733 departure times"),
        "Removed 12 lines that no longer run, after the network changed in the spring.",
    ),
)


@pytest.mark.parametrize("note", _NOTES, ids=["portal", "transit"])
def test_a_line_counting_updated_things_stays_in_the_body(
    note: tuple[str, str, str, tuple[str, str], str],
) -> None:
    title, lead, over, items, closing = note
    body = "\n\n".join((lead, over, *items, closing))
    dump = f"{title}\nPublished on Mon Mar 03 2025\n\n{body}\n"
    (article,) = split_text(dump, "notes.txt", "utf-8")
    assert (article.title, article.body) == (title, body)
    assert article.meta["published"] == "Mon Mar 03 2025"
