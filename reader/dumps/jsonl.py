"""Dumps saved as JSON Lines (one article object per line), as scrapers and APIs write them."""

from __future__ import annotations

import orjson

from reader.article import Article
from reader.dumps.assemble import assemble
from reader.dumps.lines import Line, logical_lines, normalize_newlines
from reader.dumps.roles import classify

_TITLE_KEYS = ("title", "headline", "name", "heading")
_BODY_KEYS = ("text", "body", "content", "article", "story", "maintext", "full_text")
_META_RENAMES = {
    "author": "byline",
    "authors": "byline",
    "by": "byline",
    "link": "url",
    "date": "published",
    "published_at": "published",
    "updated_at": "updated",
}
_SNIFF_LINES = 20


def looks_like_jsonl(text: str) -> bool:
    """Most of the first lines are JSON objects that carry a text field."""
    lines = [line for line in text.lstrip()[:200_000].split("\n") if line.strip()][:_SNIFF_LINES]
    if not lines or not lines[0].lstrip().startswith("{"):
        return False
    hits = sum(1 for line in lines if _record(line) is not None)
    return hits >= max(1, int(0.8 * len(lines)))


def _record(line: str) -> dict[str, object] | None:
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if isinstance(value, dict) and any(isinstance(value.get(k), str) for k in _BODY_KEYS):
        return value
    return None


def split_jsonl(text: str, source: str) -> list[Article]:
    """One article per JSON object; lines that are not article objects are skipped."""
    articles: list[Article] = []
    for line in text.split("\n"):
        record = _record(line) if line.strip() else None
        if record is None:
            continue
        article = _article(record, source, len(articles))
        if article is not None:
            articles.append(article)
    return articles


def _article(record: dict[str, object], source: str, index: int) -> Article | None:
    title = next((str(record[k]).strip() for k in _TITLE_KEYS if record.get(k)), "")
    body = next(str(record[k]) for k in _BODY_KEYS if isinstance(record.get(k), str))
    lines = logical_lines(normalize_newlines(body))
    if title:
        lines.insert(0, Line(text=" ".join(title.split()), heading=1))
    article = assemble([classify(line) for line in lines], source, index)
    if article is None or not article.body:
        return None
    for key, value in record.items():
        if key in _TITLE_KEYS or key in _BODY_KEYS or value in (None, "", [], {}):
            continue
        name = _META_RENAMES.get(key, key)
        text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        article.meta.setdefault(name, text)
    return article
