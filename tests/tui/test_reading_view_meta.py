"""Pilot tests: what the reading view shows of an article's meta (its credits at its foot,
the dates an article broken off another takes from it)."""

from __future__ import annotations

from reader.article import Article, Paragraph
from reader.library.dates import article_date
from reader.tui.presenters.layout import INHERITED_NOTE, meta_line
from reader.tui.widgets.article_view import ArticleView
from tests.tui.helpers import make_app, screen_lines, settle

SIZE = (80, 24)
_PARAGRAPH = "SEOUL (Reuters) - North Korea fired a missile into the sea, officials said."


def _wire_story() -> Article:
    body = "\n\n".join([_PARAGRAPH] * 12)
    starts = range(0, len(body), len(_PARAGRAPH) + 2)
    paragraphs = tuple(Paragraph(start, start + len(_PARAGRAPH)) for start in starts)
    credits = "(Reporting by Ju-min Park; Editing by Ed Davies)"
    return Article("w", "wire.txt", 0, "Missile fired", body, paragraphs, {"credits": credits})


async def test_the_end_key_shows_the_credits_under_the_last_paragraph() -> None:
    app = make_app([_wire_story()])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        assert not any("Reporting by" in line for line in screen_lines(view))
        await pilot.press("G")
        shown = [line.strip() for line in screen_lines(view)]
        last = max(row for row, line in enumerate(shown) if "officials said." in line)
        assert shown[last + 1] == ""
        foot = " ".join(shown[last + 2 :]).split()
        assert " ".join(foot) == "(Reporting by Ju-min Park; Editing by Ed Davies)"


async def test_b_makes_an_article_dated_as_the_one_it_was_broken_from_and_says_so() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        view = app.query_one(ArticleView)
        source = view.article
        assert source is not None and article_date(source) is not None
        await pilot.press("J", "J", "J", "B")
        await settle(pilot)
        broken = view.article
        assert broken is not None and broken.title != source.title
        assert article_date(broken) == article_date(source)
        header = " ".join(" ".join(screen_lines(view)[:4]).split())
        assert source.meta["updated"] in header and INHERITED_NOTE in header
        place = source.meta["dateline"]  # the other article's place, not this one's
        assert f"· {place} ·" in meta_line(source) and f"· {place} ·" not in header
