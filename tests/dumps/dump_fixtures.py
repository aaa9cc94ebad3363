"""Reading the hand-cut fixture dumps and scoring the splitter against them."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from bench.split_quality import sealed
from bench.synth_dumps import generated
from reader.article import Article
from reader.dumps import chrome
from reader.dumps.boundaries import iter_spans
from reader.dumps.lines import logical_lines
from reader.dumps.load import load_dump, read_dump
from reader.dumps.roles import Classifier, Facts

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"


@cache
def every_span() -> tuple[list[Facts], ...]:
    """The classified lines of every article (`boundaries.iter_spans` over the rules' roles)
    of every open fixture dump (the sealed halves left out) and every generated dump of
    `bench.synth_dumps`, made once a worker: the tests that check a shortcut on all of
    them each took some 3 s of CPU to make them again. Read them, never change them."""
    paths = sorted(p for p in DUMPS.rglob("*") if p.suffix in (".txt", ".md") and not sealed(p))
    texts = [read_dump(path)[0] for path in paths] + [dump.text for dump in generated()]
    return tuple(
        span for text in texts for span in iter_spans(map(Classifier(), logical_lines(text)))
    )


def load_case(path: Path) -> tuple[list[Article], list[dict[str, Any]]]:
    """The splitter's articles for a fixture, and the expected ones."""
    expected = json.loads(path.read_text(encoding="utf-8"))
    return load_dump(path.parent / expected["source_file"]), expected["articles"]


def counted(article: Article) -> list[tuple[str, str]]:
    """Paragraphs as the fixtures count them: a highlights label line is not one."""
    return [
        (p.kind, article.paragraph_text(p))
        for p in article.paragraphs
        if not (p.kind == "highlights" and chrome.is_highlights_header(article.paragraph_text(p)))
    ]


def find(articles: list[Article], want: dict[str, Any]) -> Article | None:
    """The article matching an expected one by title (or the titleless one)."""
    if want["title"] is None:
        return next((a for a in articles if "title_source" in a.meta), None)
    return next((a for a in articles if a.title == want["title"]), None)


def score(cases: list[Path]) -> Counter[str]:
    """Hits per criterion over all cases, with `total_*` keys for the denominators."""
    hits: Counter[str] = Counter()
    for case in cases:
        articles, expected = load_case(case)
        for want in expected:
            hits["total_title"] += 1
            article = find(articles, want)
            if article is None:
                continue
            hits["title"] += 1
            hits["start"] += article.body.startswith(want["body_starts_with"])
            hits["end"] += article.body.endswith(want["body_ends_with"])
            hits["paragraphs"] += len(counted(article)) == want["paragraph_count"]
            for text in want.get("not_in_body", []):
                hits["total_not_in_body"] += 1
                hits["not_in_body"] += text not in article.body
    return hits
