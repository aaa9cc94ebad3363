"""Builders shared by the export and import tests: articles, annotations, seeded stores."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import orjson

from reader.article import Article, article_id
from reader.interchange.export import FORMATS, render
from reader.interchange.exporters.records import Export
from reader.store import Annotation, ArticleRecord, StateRecord, Store, Tag, context

T0 = "2025-01-02T03:04:05.000Z"
T1 = "2025-02-03T04:05:06.000Z"
T2 = "2025-03-04T05:06:07.000Z"

BODY = (
    "The minister spoke on Monday. She said the budget would be cut by ten percent.\n\n"
    "Opposition leaders called the plan reckless. The vote is expected next week."
)
OTHER_BODY = (
    "Floods hit the coast 🌊 again; the mayor — visibly tired — asked for calm.\r\nMore later."
)


def article(body: str = BODY, title: str = "Budget cut", source: str = "seeds/a.txt") -> Article:
    """An article as the splitter would give it (id from title and body)."""
    return Article(
        id=article_id(title, body),
        source=source,
        index=0,
        title=title,
        body=body,
        meta={"byline": "A. Writer", "dateline": "LONDON"},
    )


def three_articles() -> tuple[Article, Article, Article]:
    """Three articles of distinct bodies, for the tests of which articles an export holds."""
    quiet = article("Quiet day in Paris.", title="Quiet")
    return article(), article(OTHER_BODY, title="Floods"), quiet


def span(body: str, text: str) -> tuple[int, int]:
    """The range of the first occurrence of `text` in `body`."""
    start = body.index(text)
    return start, start + len(text)


def annotation(
    of: Article,
    text: str,
    *,
    ident: str,
    tags: tuple[str, ...] = (),
    note: str = "",
    created: str = T0,
    updated: str | None = None,
) -> Annotation:
    """An annotation of the first occurrence of `text`, with the selectors the store keeps."""
    start, end = span(of.body, text)
    quote, prefix, suffix = context(of.body, start, end)
    return Annotation(
        ident, of.id, start, end, quote, prefix, suffix, tags, note, created, updated or created
    )


def seeded(
    path: Path,
    annotations: list[Annotation],
    states: dict[str, StateRecord] | None = None,
    tags: list[Tag] | None = None,
    remembered: dict[str, ArticleRecord] | None = None,
) -> Store:
    """An open store holding exactly these records (tags replace the defaults when given)."""
    store = Store(path)
    store.merge(
        annotations,
        states or {},
        tags or [],
        replace_tags=tags is not None,
        article_records=remembered,
    )
    return store


def ids_written(export: Export, name: str, known: Sequence[str]) -> list[str]:
    """The ids of the articles the format's file holds, in its order (brat's among `known`),
    checked against its summary's count."""
    rendered, summary = render(export, FORMATS[name])
    if isinstance(rendered, dict):  # brat: a .txt and an .ann per article, named by its id
        named = {file.rsplit("-", 1)[-1].split(".")[0] for file in rendered}
        ids = [i for i in known if i in named]
    elif name == "json":
        ids = [a["id"] for a in orjson.loads(rendered)["articles"]]
    elif name == "w3c":  # items are annotations: their targets name the articles
        items = orjson.loads(rendered)["first"]["items"]
        ids = list(dict.fromkeys(i["target"]["source"].rsplit(":", 1)[-1] for i in items))
    else:
        lines = [orjson.loads(line) for line in rendered.splitlines()]
        ids = [t["meta"]["article_id"] if name == "jsonl" else t["article_id"] for t in lines]
    assert summary.articles == len(ids)
    return ids
