"""A dump file to `Article` records: decode, split into lines, find articles, build them.

Pure functions over text; the only I/O is reading the dump file itself.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.article import Article
from reader.dumps.assemble import assemble
from reader.dumps.boundaries import segment
from reader.dumps.decoding import DumpError, decode_dump
from reader.dumps.jsonl import looks_like_jsonl, split_jsonl
from reader.dumps.lines import logical_lines, prepare
from reader.dumps.roles import classify

MAX_DUMP_BYTES = 512 * 1024 * 1024
"""Bigger files are refused rather than read into memory."""


def split_text(text: str, source: str = "", encoding: str = "utf-8") -> list[Article]:
    """Splits the text of one dump into its articles, in order.

    The garbage collector is paused meanwhile: splitting makes hundreds of thousands
    of small objects and no cycles, so its passes would only cost time (about 8%).
    """
    text = text.removeprefix("\ufeff")
    collecting = gc.isenabled()
    gc.disable()
    try:
        articles = _split(text, source)
    finally:
        if collecting:
            gc.enable()
    if encoding not in ("utf-8", "ascii"):
        for article in articles:
            article.meta["encoding"] = encoding
    return articles


def _split(text: str, source: str) -> list[Article]:
    if looks_like_jsonl(text):
        return split_jsonl(text, source)
    facts = [classify(line) for line in logical_lines(prepare(text))]
    articles: list[Article] = []
    for span in segment(facts):
        article = assemble(facts[span.start : span.stop], source, len(articles))
        if article is not None and article.body:
            articles.append(article)
    return articles


def read_dump(path: Path) -> tuple[str, str]:
    """(text, encoding) of a dump file; `DumpError` with a one-line reason otherwise."""
    try:
        if path.is_dir():
            raise DumpError(f"{path}: is a directory, not a dump file")
        size = path.stat().st_size
        if size > MAX_DUMP_BYTES:
            raise DumpError(f"{path}: too large ({size} bytes; the limit is {MAX_DUMP_BYTES})")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise DumpError(f"{path}: no such file") from exc
    except PermissionError as exc:
        raise DumpError(f"{path}: permission denied") from exc
    except OSError as exc:
        raise DumpError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        decoded = decode_dump(data)
    except DumpError as exc:
        raise DumpError(f"{path}: {exc}") from exc
    return decoded.text, decoded.encoding


def load_dump(path: Path) -> list[Article]:
    """The articles of one dump file."""
    text, encoding = read_dump(path)
    return split_text(text, str(path), encoding)


def load_dumps(
    paths: Sequence[Path], on_empty: Callable[[str], None] | None = None
) -> list[Article]:
    """The articles of several dumps, in the order given; the first unreadable one raises.

    A dump that gives no article is not an error (it may be still being written), but
    `on_empty` is told why in one line, so the user does not take silence for a bug.
    """
    articles: list[Article] = []
    for path in paths:
        text, encoding = read_dump(path)
        found = split_text(text, str(path), encoding)
        if not found and on_empty is not None:
            why = "the file is empty" if not text.strip() else "no article found in its text"
            on_empty(f"{path}: {why}")
        articles.extend(found)
    return articles
