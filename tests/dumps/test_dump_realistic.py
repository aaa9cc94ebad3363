"""Twenty realistic dumps (wire, websites, Markdown, encodings, JSON Lines), each with the
articles a careful reader would cut out of it by hand. See fixtures/dumps/realistic/README.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.dumps.dump_fixtures import DUMPS, counted, load_case

CASES = sorted((DUMPS / "realistic").glob("*.expected.json"))
_CONTAINS = ("caption", "summary", "credits")


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name.split(".")[0])
def test_articles_titles_and_body_bounds(case: Path) -> None:
    articles, expected = load_case(case)
    assert len(articles) == len(expected), [a.title for a in articles]
    for article, want in zip(articles, expected, strict=True):
        if want["title"] is None:
            assert "title_source" in article.meta
        else:
            assert article.title == want["title"]
        assert article.body.startswith(want["body_starts_with"])
        assert article.body.endswith(want["body_ends_with"])
        for text in want.get("not_in_body", []):
            assert text not in article.body


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name.split(".")[0])
def test_paragraphs_subheadings_and_highlights(case: Path) -> None:
    articles, expected = load_case(case)
    for article, want in zip(articles, expected, strict=True):
        paragraphs = counted(article)
        assert len(paragraphs) == want["paragraph_count"], article.title
        subheadings = [text for kind, text in paragraphs if kind == "subheading"]
        assert subheadings == want.get("subheadings", [])
        if "highlights" in want:
            items = [t.lstrip("•·-* ").strip() for k, t in paragraphs if k == "highlights"]
            assert items == want["highlights"]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name.split(".")[0])
def test_meta(case: Path) -> None:
    articles, expected = load_case(case)
    for article, want in zip(articles, expected, strict=True):
        for key, value in want.get("meta", {}).items():
            got = article.meta.get(key)
            assert got is not None, (article.title, key)
            if key in _CONTAINS:
                assert value in got or got in value, (key, got, value)
            else:
                assert got == value, (key, got, value)
