"""A batch of articles as one block of bytes (a frame), for the pipes between the processes
that split a big dump and the app, and for the split cache's entries.

Pickled one by one, each article was a call to make and a call to read back (`Article.
__reduce__`), and the cache wrote each as a JSON object of its own with its paragraphs
unpacked: with a 10,000-article dump, the first splitting process spent more on those than
on a tenth of its split. A frame holds the articles' fields as a few flat lists, read and
made a field at a time (`reader.article.held_fields`): a JSON head (the ids, titles, metas,
indexes, and the size of each body and paragraph block) and then every body and every
packed paragraph block, as held, one after another. It is plain data (no pickle), so a
cache entry made of frames is read as safely as a JSON file is.
"""

from __future__ import annotations

import itertools
import struct
from collections.abc import Sequence
from typing import NamedTuple

import orjson

from reader.article import Article, from_held_fields, given_language, held_fields

_HEAD = struct.Struct("<I")
"""The size of a frame's JSON head, before it."""


class Unpackable(ValueError):
    """Some field of an article has no frame form (a lone surrogate in a title, a meta
    value, a path that is not UTF-8; paragraphs that did not pack)."""


def pack(articles: Sequence[Article]) -> bytes:
    """The frame of `articles`; `Unpackable` when one cannot be framed."""
    ids, sources, indexes, titles, bodies, paragraphs, metas = held_fields(articles)
    texts = [body.__class__ is str for body in bodies]
    blocks = [_utf8(body) for body in bodies]
    if any(held.__class__ is not bytes and held for held in paragraphs):
        raise Unpackable("paragraphs that did not pack")
    paragraphs = [held or b"" for held in paragraphs]  # none: held as ()
    one = sources[0] if sources and sources.count(sources[0]) == len(sources) else None
    head = [len(articles), sources if one is None else one, indexes, ids, titles, metas]
    try:
        encoded = orjson.dumps([*head, list(map(len, blocks)), texts, list(map(len, paragraphs))])
    except orjson.JSONEncodeError as exc:
        raise Unpackable(str(exc)) from exc
    return b"".join([_HEAD.pack(len(encoded)), encoded, *blocks, *paragraphs])


def _utf8(body: str | bytes) -> bytes:
    return body.encode("utf-8", "surrogatepass") if body.__class__ is str else body  # type: ignore[return-value,union-attr]


def unpack(frame: bytes, offset: int = 0) -> list[Article]:
    """The articles of a frame, each `index` moved on by `offset` (a part of a dump split
    elsewhere joins the whole); `ValueError` for bytes that are not a whole frame."""
    try:
        return _unpack(frame, offset)
    except (struct.error, TypeError, ValueError) as exc:  # JSON's and UTF-8's errors too
        raise ValueError(f"not a frame of articles ({exc})") from exc


def _unpack(frame: bytes, offset: int) -> list[Article]:
    (size,) = _HEAD.unpack_from(frame)
    start = _HEAD.size + size
    view = memoryview(frame)
    count, sources, indexes, ids, titles, metas, sizes, texts, blocks = orjson.loads(
        view[_HEAD.size : start]
    )
    columns = (indexes, ids, titles, metas, sizes, texts, blocks)
    if any(len(column) != count for column in columns):
        raise ValueError("its fields differ in length")
    if min(sizes, default=0) < 0 or min(blocks, default=0) < 0:
        raise ValueError("a negative size")
    if start + sum(sizes) + sum(blocks) != len(frame):
        raise ValueError("its blocks do not fill it")
    ends = list(itertools.accumulate(sizes, initial=start))
    bodies = [
        str(view[begin:end], "utf-8", "surrogatepass") if text else frame[begin:end]
        for begin, end, text in zip(ends, ends[1:], texts, strict=False)
    ]
    ends = list(itertools.accumulate(blocks, initial=ends[-1]))
    paragraphs = [frame[begin:end] or () for begin, end in itertools.pairwise(ends)]
    if offset:
        indexes = [index + offset for index in indexes]
    if sources.__class__ is str:
        sources = itertools.repeat(sources, count)
    elif len(sources) != count:
        raise ValueError("its sources differ in length")
    return from_held_fields(count, (ids, sources, indexes, titles, bodies, paragraphs, metas))


def renumbered(frame: bytes, offset: int) -> bytes:
    """The frame with each article's `index` moved on by `offset`, its bodies and paragraph
    blocks as they are: the part of a dump split elsewhere joins the whole without its
    articles made here and framed again, twice (for the app and for the split cache), on the
    path the list's last rows wait for (docs/performance.md, speed29). `ValueError` for bytes
    that are not a frame's."""
    try:
        (size,) = _HEAD.unpack_from(frame)
        start = _HEAD.size + size
        head = orjson.loads(memoryview(frame)[_HEAD.size : start])
        head[_INDEXES] = [index + offset for index in head[_INDEXES]]
    except (struct.error, TypeError, ValueError, IndexError) as exc:
        raise ValueError(f"not a frame of articles ({exc})") from exc
    encoded = orjson.dumps(head)
    return b"".join([_HEAD.pack(len(encoded)), encoded, memoryview(frame)[start:]])


def with_languages(frame: bytes, languages: Sequence[str | None], first: int) -> tuple[bytes, int]:
    """The frame, each article whose language was left to guess given its own from
    `languages` (from the `first`-th on, one an article: `reader.article.settle_languages`,
    None for no language), its bodies and paragraph blocks as they are; and how many
    articles it holds. `ValueError` for bytes that are not a frame's, or too few languages."""
    try:
        (size,) = _HEAD.unpack_from(frame)
        start = _HEAD.size + size
        head = orjson.loads(memoryview(frame)[_HEAD.size : start])
        count, metas = head[0], head[_METAS]
        given = languages[first : first + count]
        if len(given) != count:
            raise ValueError("too few languages")
        for at, (meta, language) in enumerate(zip(metas, given, strict=True)):
            if (settled := given_language(meta, language)) is not None:
                metas[at] = settled
    except (struct.error, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise ValueError(f"not a frame of articles ({exc})") from exc
    encoded = orjson.dumps(head)
    return b"".join([_HEAD.pack(len(encoded)), encoded, memoryview(frame)[start:]]), count


_INDEXES = 2
"""Where the articles' indexes are in a frame's head (after their count and sources)."""
_METAS = 5
"""Where their metas are (after their indexes, ids and titles)."""


class Framed(NamedTuple):
    """Articles passed on as their frame, already numbered in the whole dump."""

    frame: bytes
    count: int


Batch = bytes | tuple[Article, ...]
"""Articles on their way to another process: a frame, or (`Unpackable`) the articles."""


FRAMED_FROM = 64
"""Fewer articles than this are sent pickled one by one: the first batch of a big dump (its
first article) then reaches the app without the JSON modules, which the app has not
imported by then and the first rows would wait for (some 4 ms quiet, 28 M instructions)."""


def packed(articles: Sequence[Article]) -> Batch:
    """The articles as sent: their frame, or the articles themselves (pickled one by one)
    when they are few or some cannot be framed."""
    if len(articles) < FRAMED_FROM:
        return tuple(articles)
    try:
        return pack(articles)
    except Unpackable:
        return tuple(articles)


def unpacked(batch: Batch, offset: int = 0) -> list[Article]:
    """The articles `packed` sent, each `index` moved on by `offset`."""
    if isinstance(batch, tuple):
        return (
            [article.renumbered(article.index + offset) for article in batch]
            if offset
            else list(batch)
        )
    return unpack(batch, offset)
