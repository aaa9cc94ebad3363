"""The sample dump must split exactly as a reader would split it by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.article import Article
from reader.dumps.load import load_dump
from tests.conftest import SEED


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return load_dump(SEED)


def test_two_articles_with_their_titles(articles: list[Article]) -> None:
    assert [a.title for a in articles] == [
        "North Korean and Russian military officials discuss further cooperation in Pyongyang",
        "Ahead of strikes, Trump was told Iran attack is high risk, high reward",
    ]


def test_bodies_start_at_the_dateline_and_end_at_the_last_paragraph(
    articles: list[Article],
) -> None:
    first, second = articles
    assert first.body.startswith("SEOUL: Senior North Korean")
    assert first.body.endswith("in infrastructure restoration projects.")
    assert second.body.startswith("WASHINGTON: Ahead of the US attack")
    assert second.body.endswith("“(The strikes are) a major gamble.”")


@pytest.mark.parametrize(
    "chrome",
    ["Short Url", "Updated 07 November 2025", "Updated 6 sec ago", "Follow", "(Reuters)", "  • "],
)
def test_chrome_captions_and_summaries_are_not_in_bodies(
    articles: list[Article], chrome: str
) -> None:
    for article in articles:
        assert chrome not in article.body


def test_titles_are_not_repeated_in_bodies(articles: list[Article]) -> None:
    for article in articles:
        assert article.title not in article.body


def test_meta_holds_the_lead(articles: list[Article]) -> None:
    first, second = articles
    assert first.meta["updated"] == "07 November 2025"
    assert first.meta["caption"].endswith("(Reuters)")
    assert first.meta["summary"].startswith("KCNA said the two sides")
    assert first.meta["dateline"] == "SEOUL"
    assert "Short Url" in first.meta["chrome"]
    assert second.meta["updated"] == "6 sec ago"
    assert second.meta["summary"].startswith("Experts caution")
    assert second.meta["dateline"] == "WASHINGTON"


def test_subheading_and_highlights_are_kept_apart(articles: list[Article]) -> None:
    second = articles[1]
    kinds = {second.paragraph_text(p): p.kind for p in second.paragraphs}
    assert kinds["TRUMP’S SWEEPING GOALS"] == "subheading"
    highlights = [text for text, kind in kinds.items() if kind == "highlights"]
    assert highlights[0] == "HIGHLIGHTS"
    assert len(highlights) == 4
    assert all(kind == "paragraph" for kind in list(kinds.values())[:2])


def test_paragraph_ranges_tile_the_body(articles: list[Article]) -> None:
    for article in articles:
        rebuilt = "\n\n".join(article.paragraph_text(p) for p in article.paragraphs)
        assert rebuilt == article.body
        assert len(articles[0].paragraphs) == 8


def test_ids_are_stable_across_dumps(tmp_path: Path, articles: list[Article]) -> None:
    copy = tmp_path / "other.txt"
    copy.write_text("\n\n\n" + SEED.read_text(encoding="utf-8").replace("\n", "\r\n"))
    assert [a.id for a in load_dump(copy)] == [a.id for a in articles]
    assert len({a.id for a in articles}) == 2
