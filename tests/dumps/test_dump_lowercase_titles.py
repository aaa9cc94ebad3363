"""A headline that opens with a lower-case brand or particle ("iPhone 14 adds …", "eBay
cuts …", "de Gaulle airport …") still starts its article.

Found by journey16 (session 16) walking `reader duplicates` on wire copy, handed to
split16, who owns the rules: `roles._shape` wants a title's first letter to be a capital,
a digit or an opener, so such a line is no headline; its article is welded to the one
above (1 article where 2 are meant), the headline goes to `meta.chrome` and a byline
under it joins the first article's. When the rules are fixed these tests pass, and their
strict `xfail` must go.
"""

from __future__ import annotations

import pytest

from tests.dumps.two_articles import FIRST_TITLE, titles_with_second

TITLES = {
    "iPhone": "iPhone 14 adds emergency satellite texts",
    "eBay": "eBay cuts fees for small sellers",
    "de Gaulle": "de Gaulle airport reopens after strike",
}
LEADS = {"no byline": "", "byline": "By Mark Gurman\n\n"}


@pytest.mark.xfail(
    strict=True, reason="split16: roles._shape wants a capital as the title's first letter"
)
@pytest.mark.parametrize("lead", LEADS.values(), ids=list(LEADS))
@pytest.mark.parametrize("title", TITLES.values(), ids=list(TITLES))
def test_a_title_opening_in_lower_case_starts_its_article(title: str, lead: str) -> None:
    assert titles_with_second(title, lead, "brands.txt") == [FIRST_TITLE, title]


def test_the_same_title_opening_with_a_capital_starts_its_article() -> None:
    """The shape the xfails above differ from by their first letter alone."""
    title = "Apple iPhone 14 adds emergency satellite texts"
    assert titles_with_second(title, source="brands.txt") == [FIRST_TITLE, title]
