"""Dumps saved as JSON Lines (one article object per line), as scrapers and APIs write them."""

from __future__ import annotations

from collections.abc import Iterator

from reader.article import Article
from reader.dumps._patterns import lazy
from reader.dumps.assemble import assemble
from reader.dumps.lines import Line, logical_lines
from reader.dumps.roles import Classifier

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
_SNIFF_CHARS = 200_000
"""Characters after the leading spacing that the first lines are looked for in."""
_LEADING_SPACE = lazy(r"\s*")
"""What `str.lstrip` strips (`\\s` is `str.isspace`), found without copying the rest."""


def looks_like_jsonl(text: str) -> bool:
    """Most of the first lines are JSON objects that carry a text field."""
    lines = _first_lines(text, _SNIFF_LINES)
    if not lines or not lines[0].lstrip().startswith("{"):
        return False
    hits = sum(1 for line in lines if _record(line) is not None)
    return hits >= max(1, int(0.8 * len(lines)))


def _first_lines(text: str, most: int) -> list[str]:
    """The first `most` non-blank lines of `text` after its leading spacing, within
    `_SNIFF_CHARS` characters of it (the last one cut there), found one by one: the window
    was split whole and each of its lines stripped (every line of a small dump: 1.3% of
    the split of the tuning halves' dumps), and a dump opening with a blank line was
    copied whole to strip it (speed33)."""
    at = _LEADING_SPACE.match(text).end()
    end = min(len(text), at + _SNIFF_CHARS)
    lines: list[str] = []
    while len(lines) < most:
        stop = text.find("\n", at, end)
        line = text[at : end if stop == -1 else stop]
        if line.strip():
            lines.append(line)
        if stop == -1:
            return lines
        at = stop + 1
    return lines


def _record(line: str) -> dict[str, object] | None:
    import orjson  # here: a plain-text dump never needs it (its import is half the splitter's)

    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if isinstance(value, dict) and any(isinstance(value.get(k), str) for k in _BODY_KEYS):
        return value
    return None


def iter_jsonl(text: str, source: str) -> Iterator[tuple[int, str, Article | None]]:
    """(line number, line, article) for each non-blank line: one article per JSON object
    that carries a text; None for any other line (the dump's matter)."""
    count = 0
    for number, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        record = _record(line)
        article = None if record is None else _article(record, source, count)
        count += article is not None
        yield number, line.strip(), article


def _article(record: dict[str, object], source: str, index: int) -> Article | None:
    title = next((str(record[k]).strip() for k in _TITLE_KEYS if record.get(k)), "")
    body = next(str(record[k]) for k in _BODY_KEYS if isinstance(record.get(k), str))
    lines = list(logical_lines(body))
    if title:
        lines.insert(0, Line(text=" ".join(title.split()), heading=1))
    article = assemble(list(map(Classifier(), lines)), source, index)
    if article is None or not article.body:
        return None
    for key, value in record.items():
        if key in _TITLE_KEYS or key in _BODY_KEYS or value in (None, "", [], {}):
            continue
        name = _META_RENAMES.get(key, key)
        text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        article.meta.setdefault(name, text)
    return article
