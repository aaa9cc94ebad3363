"""A search's own date in an export's cover page is no article's publication date.

Seen by the lead (session 19), handed to shape19, who owns the rules. A Factiva or Nexis
search summary lists when the search was run ("Date searched<TAB>12 March 2024"); the
timestamp rule read "Date" as its kind and the rest, "searched<TAB>12 March 2024", as its
value, so the search's date went to the first article's `meta.published`, beside the
article's own. A date's kind is the whole label: a label that goes on past it ("Date
searched<TAB>") names another date, and the line is the summary's field
(`meta.date_searched`), as its other rows are.
"""

from __future__ import annotations

import pytest

from reader.dumps.credits import timestamps
from reader.dumps.load import split_text

SUMMARY = "Search Summary\n\nText\tvoices and (kabul or lagos)\n{searched}\nResults Found\t2\n\n\n"
ARTICLES = (
    "Council approves the new budget for schools\n\n4 March 2024\n\n"
    "The council approved the new budget on Tuesday after a long debate in the chamber.\n\n"
    "It will take effect next year, officials said in a statement to reporters.\n\n\n"
    "River floods the lower town overnight\n\n5 March 2024\n\n"
    "The river flooded the lower town overnight, and residents were moved to the gym.\n\n"
    "Water levels fell by the afternoon, the mayor said in a short statement.\n"
)


@pytest.mark.parametrize(
    "searched",
    [
        "Date searched\t12 March 2024",
        "Date Searched\t12 March 2024 10:14",
        "Date of search\tMarch 12, 2024",
    ],
)
def test_the_search_s_date_is_not_the_article_s(searched: str) -> None:
    first, second = split_text(SUMMARY.format(searched=searched) + ARTICLES, "s.txt", "utf-8")
    assert first.title == "Council approves the new budget for schools"
    assert first.meta["published"] == "4 March 2024"
    assert second.meta["published"] == "5 March 2024"
    label, _, date = searched.partition("\t")
    assert first.meta["_".join(label.lower().split())] == date


@pytest.mark.parametrize(
    "searched",
    ["Date searched\t12 March 2024", "Date searched \t12 March 2024", "Date of search\t12/03/2024"],
)
def test_a_label_going_on_past_the_date_s_kind_is_no_timestamp(searched: str) -> None:
    assert timestamps(searched) == []


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Date\t12 March 2024", "published", "12 March 2024"),
        ("Date: 12 March 2024", "published", "12 March 2024"),
        ("Posted\t12 March 2024", "published", "12 March 2024"),
        ("Updated Monday\t12 March 2024", "updated", "Monday\t12 March 2024"),  # review19
        ("Published\tMonday\t12 March 2024", "published", "Monday\t12 March 2024"),
        ("Updated March\t12 2024", "updated", "March\t12 2024"),
        ("Updated March 12, 2024", "updated", "March 12, 2024"),
        ("Published on Monday, 12 March 2024", "published", "Monday, 12 March 2024"),
        ("Last updated: 12 March 2024, 10:14", "updated", "12 March 2024, 10:14"),
    ],
)
def test_the_near_misses_stay_timestamps(line: str, kind: str, value: str) -> None:
    """A kind alone over its date, or a date that opens with a month or a weekday, is still
    a timestamp."""
    assert timestamps(line) == [(kind, value)]
