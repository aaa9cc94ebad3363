"""Prodigy's tokens of many articles at once, as JSON, with no Python object per token.

The `jsonl` format's tokens are words (`\\w+`), single marks (`[^\\w\\s]`) and the runs of
white space spaCy makes a token of (every run but one space after a token, which is that
token's `ws`; a lone space opening the text is a token too), cut where a span starts or
ends. Made as 436,000 dicts for the benchmark's 100,000 annotations and serialised by
orjson, they cost 2.4 times orjson writing the annotations themselves. Here a batch of
texts is classified code point by code point in numpy arrays (a table of the Basic
Multilingual Plane made once from the patterns `\\w` and `\\s` themselves), the tokens'
edges are found from the classes, and each text's list is written as orjson writes the
dicts: the batch's text as orjson escaped it once and the numbers' digits from a table are
gathered in one index, with a control byte for each constant part of a token's object,
which `bytes.replace` then writes out (the bytes are the same as orjson's: tests compare
them with the dicts' on every kind of character).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
import orjson

Tokens = tuple[bytes, list[int]]
"""A text's `tokens` list as orjson writes it (`text`, `start`, `end`, `id`, `ws`), and
where each token starts (the spans' token indices are found in it)."""

Ints = npt.NDArray[np.int64]
Flags = npt.NDArray[np.bool_]

BATCH_POINTS = 1 << 15
"""Texts are tokenised together up to this many code points (one longer text alone): the
gather's index is eight bytes per byte written, and a batch's arrays stay in the cache."""
_PLANE = 0x10000
_MARK, _WORD, _SPACE = 0, 1, 2
"""A code point's class, in the table's low two bits; the rest is its width in orjson's
output (1 to 3 bytes of UTF-8, 2 for a short escape, 6 for `\\u00XX`)."""
_SHORT_ESCAPES = (0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x22, 0x5C)
"""What orjson writes as a backslash and one letter (other C0 controls as `\\u00XX`)."""
_WORD_POINT = re.compile(r"\w")
_SPACE_POINT = re.compile(r"\s")
_OPENING = b"\x08"
_EXPANDED = (
    (b"\x06", b',"ws":true}]'),
    (b"\x07", b',"ws":false}]'),
    (_OPENING, b'[{"text":"'),
    (b"\x03", b',"id":'),
    (b"\x02", b',"end":'),
    (b"\x01", b'","start":'),
    (b"\x05", b',"ws":false},{"text":"'),
    (b"\x04", b',"ws":true},{"text":"'),
)
"""The constant parts of a token's object, gathered as one control byte each and expanded by
`bytes.replace` (a copy at memory speed, where gathering them byte by byte cost three times
the rest): the keys before its numbers, its `ws` with the next token's opening or the
list's end, and the list's opening. orjson writes no control byte raw, so none is text.
Written out in this order, the list's ends (once a text) and the shorter ones first: each
pass copies the text's list as the passes before left it (0.89x the time of the marks'
own order)."""
_WS_MARKS = b"\x04\x05\x06\x08\x07\x08"
"""A token's last piece: `ws` true or false and the next token's opening (at 0 and 1), or
the list's end and the next text's opening (at 2 and 4, two bytes each)."""
_NUMBER_MARKS = b"\x01\x02\x03"
_SEGMENTS = 5
"""The pieces of one token's object: its text, its three numbers, and `ws`."""


def serialised(texts: Sequence[str], cuts: Sequence[Sequence[int]]) -> list[Tokens]:
    """Each text's tokens, also cut at each offset of its `cuts` that falls inside one.
    The texts hold no lone surrogate (orjson refuses them)."""
    return [tokens for tokens, _ends in _made(texts, cuts, with_ends=False)]


def serialised_with_ends(
    texts: Sequence[str], cuts: Sequence[Sequence[int]]
) -> list[tuple[Tokens, list[int]]]:
    """`serialised`, with where each token ends: the `prodigy-ner` format tells an entity
    on token edges by them (it read them back from the JSON it had just written)."""
    return _made(texts, cuts, with_ends=True)


def _made(
    texts: Sequence[str], cuts: Sequence[Sequence[int]], *, with_ends: bool
) -> list[tuple[Tokens, list[int]]]:
    """The texts' tokens batch by batch, with their ends if asked (else empty lists: the
    `jsonl` export's many tokens are not listed twice)."""
    _keep_freed_arrays()
    made: list[tuple[Tokens, list[int]]] = []
    for first, last in _batches(texts):
        made += _batch(texts[first:last], cuts[first:last], with_ends=with_ends)
    return made


_SCRATCH_BYTES = 8 << 20
"""Above what a batch's arrays take together (some 4 MB at `BATCH_POINTS`), under the most
glibc's malloc adjusts its thresholds to (32 MB)."""


def _keep_freed_arrays() -> None:
    """Makes malloc keep a batch's freed arrays for the next batch. A batch frees some 4 MB
    of arrays of 128 KB to 1.2 MB, which glibc's malloc mapped afresh or gave back to the
    kernel as its heap's top: every batch faulted its pages in again, 45,000 page faults
    where the tokens' own bytes take 12,000 (130-150 ms of system CPU in a first `jsonl`
    export of 100,000 annotations, docs/performance.md, export31). Freeing one block of
    `_SCRATCH_BYTES`, mapped and never touched, moves glibc's thresholds above it
    (mallopt(3): freeing a mapped block raises the mapping threshold to its size, and the
    heap's trim threshold to twice that), as any big free in the process would; other
    allocators ignore it."""
    np.empty(_SCRATCH_BYTES, np.uint8)


def _batches(texts: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Consecutive ranges of texts of at most `BATCH_POINTS` code points in all (a longer
    text alone)."""
    first, points = 0, 0
    for number, text in enumerate(texts):
        if points and points + len(text) > BATCH_POINTS:
            yield first, number
            first, points = number, 0
        points += len(text)
    if first < len(texts):
        yield first, len(texts)


def _batch(
    texts: Sequence[str], cuts: Sequence[Sequence[int]], *, with_ends: bool
) -> list[tuple[Tokens, list[int]]]:
    """The tokens of texts tokenised together (see the module's docstring), and their ends
    when asked (else empty lists)."""
    joined = "".join(texts)
    bases = np.zeros(len(texts) + 1, np.int64)  # where each text starts in `joined`, and its end
    np.cumsum(np.fromiter(map(len, texts), np.int64, len(texts)), out=bases[1:])
    points = np.frombuffer(joined.encode("utf-32-le"), np.uint32)
    info = _info(points)
    opening = np.zeros(len(points), np.bool_)
    opening[bases[:-1][bases[:-1] < bases[1:]]] = True
    starts, ends = _edges(info & 3, points, opening, _inner_cuts(cuts, bases))
    bounds = np.searchsorted(starts, bases)  # each text's first token, and one past the last
    fields = _fields(starts, ends, bases, bounds)
    places = _escaped_places(info, points)
    data, token_bounds = _written(orjson.dumps(joined), places[starts], places[ends], fields)
    every_start, lists, cut = fields.start.tolist(), bounds.tolist(), token_bounds[bounds].tolist()
    every_end = fields.end.tolist() if with_ends else []
    return [
        (
            (_expanded(data[cut[n] : cut[n + 1]]), every_start[lists[n] : lists[n + 1]]),
            every_end[lists[n] : lists[n + 1]],
        )
        if lists[n + 1] > lists[n]
        else ((b"[]", []), [])
        for n in range(len(texts))
    ]


class _Fields(NamedTuple):
    """The numbers of every token of a batch: its start, end and id in its own text, and
    its `ws` mark's index in `_WS_MARKS`."""

    start: Ints
    end: Ints
    id: Ints
    ws_mark: Ints


def _fields(starts: Ints, ends: Ints, bases: Ints, bounds: Ints) -> _Fields:
    """The tokens' numbers from their edges in the joined texts (`bases`: where each text
    starts; `bounds`: each text's first token)."""
    owner = np.repeat(np.arange(len(bases) - 1), np.diff(bounds))
    held = bounds[1:] > bounds[:-1]
    last = bounds[1:][held] - 1
    following = np.append(starts[1:], 0)
    following[last] = bases[1:][held]  # a text's last token is followed by its end
    ws_mark = np.where(following != ends, 0, 1)
    ws_mark[last] = ws_mark[last] * 2 + 2
    ids = np.arange(len(starts)) - bounds[owner]
    return _Fields(starts - bases[owner], ends - bases[owner], ids, ws_mark)


def _expanded(compact: bytes) -> bytes:
    """A text's list with its constant parts written out (see `_EXPANDED`)."""
    for mark, written in _EXPANDED:
        compact = compact.replace(mark, written)
    return compact


@functools.cache
def _table() -> npt.NDArray[np.uint8]:
    """Each code point of the Basic Multilingual Plane's class and written width (see
    `_MARK`), made once a process from the patterns themselves (a few milliseconds)."""
    plane = "".join(map(chr, range(_PLANE)))
    classes = np.full(_PLANE, _MARK, np.uint8)
    for pattern, value in ((r"\w+", _WORD), (r"\s+", _SPACE)):
        for match in re.finditer(pattern, plane):
            classes[match.start() : match.end()] = value
    every = np.arange(_PLANE)
    widths = 1 + (every >= 0x80).astype(np.uint8) + (every >= 0x800)
    widths[:0x20] = 6
    widths[list(_SHORT_ESCAPES)] = 2
    return classes | (widths << 2).astype(np.uint8)


def _info(points: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint8]:
    """Each code point's class and written width; those past the Basic Multilingual Plane
    (emoji, mostly: few) are classified one by one, four bytes wide."""
    info = _table()[np.minimum(points, _PLANE - 1)]
    for place in np.flatnonzero(points >= _PLANE).tolist():
        point = chr(points[place])
        kind = _WORD if _WORD_POINT.match(point) else _SPACE if _SPACE_POINT.match(point) else _MARK
        info[place] = kind | 4 << 2
    return info


def _inner_cuts(cuts: Sequence[Sequence[int]], bases: Ints) -> Ints:
    """The cuts as offsets into the joined texts, those strictly inside their text only."""
    counts = np.fromiter(map(len, cuts), np.int64, len(cuts))
    local = np.fromiter(itertools.chain.from_iterable(cuts), np.int64, int(counts.sum()))
    owner = np.repeat(np.arange(len(cuts)), counts)
    inner = (local > 0) & (local < bases[owner + 1] - bases[owner])
    return (local + bases[owner])[inner]


def _edges(
    classes: npt.NDArray[np.uint8], points: npt.NDArray[np.uint32], opening: Flags, cuts: Ints
) -> tuple[Ints, Ints]:
    """Where the tokens of the joined texts start and end (`opening` marks each text's
    first code point: nothing runs across it)."""
    word = classes == _WORD
    space = classes == _SPACE
    after_word = _after(word, opening)
    after_space = _after(space, opening)
    lone = (points == 0x20) & ~after_space & ~opening  # a token's `ws`, in no token
    held = ~lone
    starts = (word & ~after_word) | (classes == _MARK)
    starts |= space & held & (~after_space | _after(lone, opening))
    inside = cuts[held[cuts] & held[cuts - 1]]
    starts[inside] = True
    closing = np.append(lone | starts, True)  # where another starts, at a gap, or the end
    return np.flatnonzero(starts), np.flatnonzero(held & closing[1:]) + 1


def _after(flags: Flags, opening: Flags) -> Flags:
    """Whether the code point before each one is flagged, in the same text."""
    shifted = np.empty_like(flags)
    shifted[:1] = False
    shifted[1:] = flags[:-1]
    shifted[opening] = False
    return shifted


def _escaped_places(info: npt.NDArray[np.uint8], points: npt.NDArray[np.uint32]) -> Ints:
    """Where each code point's bytes begin in orjson's string of the joined texts (its
    opening quote first), and one past the last."""
    places = np.empty(len(points) + 1, np.int64)
    places[0] = 1
    np.cumsum(info >> 2, dtype=np.int64, out=places[1:])
    places[1:] += 1
    return places


def _written(
    escaped: bytes, text_starts: Ints, text_ends: Ints, fields: _Fields
) -> tuple[bytes, Ints]:
    """Every token's object, compact (`_EXPANDED`), one after another after the first
    list's opening, gathered from the escaped text, tables of numbers and the `ws` marks;
    and where each token's bytes end (after the opening, which is at 0)."""
    numbered, number_places, number_widths = _numbers(_above(int(fields.end.max(initial=0))))
    source = np.frombuffer(escaped + numbered + _WS_MARKS, np.uint8)
    start_places, end_places, id_places = number_places + len(escaped)
    froms = np.stack(
        (
            text_starts,
            start_places[fields.start],
            end_places[fields.end],
            id_places[fields.id],
            fields.ws_mark + len(escaped) + len(numbered),
        ),
        axis=1,
    ).ravel()
    sizes = np.stack(
        (
            text_ends - text_starts,
            number_widths[fields.start],
            number_widths[fields.end],
            number_widths[fields.id],
            1 + (fields.ws_mark > 1),
        ),
        axis=1,
    ).ravel()
    ends = np.cumsum(sizes)
    index = np.repeat(froms - (ends - sizes), sizes)
    index += np.arange(len(index))
    written = np.empty(len(index) + 1, np.uint8)
    written[0] = _OPENING[0]
    np.take(source, index, out=written[1:])
    token_bounds = np.zeros(len(fields.start) + 1, np.int64)
    token_bounds[1:] = ends[_SEGMENTS - 1 :: _SEGMENTS]
    return written.tobytes(), token_bounds


def _above(number: int) -> int:
    """The power of two above `number`: batches of texts of like lengths share a table."""
    return 1 << number.bit_length()


@functools.lru_cache(maxsize=2)
def _numbers(limit: int) -> tuple[bytes, Ints, Ints]:
    """Every number below `limit` in decimal after its key's mark, as three tables one
    after another (start, end, id); where each number begins in each (3 by `limit`) and
    how many bytes it takes. Kept for the next batch (never changed)."""
    every = np.arange(limit, dtype=np.int64)
    widths = np.full(limit, 2, np.int64)
    power = 10
    while power < limit:
        widths += every >= power
        power *= 10
    ends = np.cumsum(widths)
    table = np.empty(int(ends[-1]) if limit else 0, np.uint8)
    power, place = 1, 0
    while power < max(limit, 2):
        has = widths > place + 1
        table[(ends - 1 - place)[has]] = every[has] // power % 10 + 0x30
        power, place = power * 10, place + 1
    begins = ends - widths
    tables = []
    for mark in _NUMBER_MARKS:
        table[begins] = mark
        tables.append(table.tobytes())
    places = begins + np.arange(3)[:, None] * len(table)
    return b"".join(tables), places, widths
