"""Many short texts held together in compressed blocks, each read back alone.

A 10,000-article dump stays open for the whole session, and its bodies, held as UTF-8,
were the most the app held of it (9.7 MB of its 11 MB of text). Held LZ4-compressed about
64 KB of them to a block, they take a half (news copy) to a quarter (the generated dump)
of that. Reading one decompresses its block, and the last `KEPT_OPEN` blocks read stay
decompressed: a pass over every text in order (a search, the stories, the analyser)
decompresses each block once, at about 3 GB/s, where zlib's 0.5 GB/s would have
tripled the time of a search.
"""

from __future__ import annotations

import itertools
import threading
from array import array
from collections import deque
from collections.abc import Iterable, Iterator

import lz4.block

BLOCK_BYTES = 64 * 1024
"""Texts join a block until it holds this much: big enough to compress well, small
enough that reading one text decompresses little (about 20 µs)."""
LEVEL = 4
"""LZ4's high-compression level: the generated dump's bodies take 1.80 MB where LZ4's
default took 2.44, for 75 against 12 ms of CPU at 10,000 articles, spent outside the
GIL (python-lz4 lets go of it), in the worker that compacts a dump once it is listed;
reading is as fast (the format is the same). Levels 9 and 12 gain 0.1 MB at twice and
four times the CPU."""
KEPT_OPEN = 4
"""Blocks kept decompressed, most recently opened: threads reading different stretches at
once (a search, the analyser, the article on screen) each find theirs still open. Each is
some 64 KB held for the session: 8 kept 0.53 MB at 3,000 of the 10k dump analysed, and a
pass over every text (a search) opens them all in turn whatever the number."""


class _Block:
    """Texts compressed together, with where each starts in the whole, and the bytes held
    beside each (uncompressed, one `bytes` for the block: `held_together`)."""

    __slots__ = ("_besides", "_bounds", "_data", "_plain", "_side_bounds")

    def __init__(self, texts: list[bytes], besides: list[bytes]) -> None:
        self._bounds = _bounds(texts)
        self._data = lz4.block.compress(
            b"".join(texts), store_size=True, mode="high_compression", compression=LEVEL
        )
        self._plain: memoryview | None = None
        self._side_bounds = _bounds(besides)
        self._besides = b"".join(besides)

    def beside(self, number: int) -> bytes:
        """The bytes held beside text `number`."""
        bounds = self._side_bounds
        return self._besides[bounds[number] : bounds[number + 1]]

    def view(self, number: int) -> memoryview:
        """Text `number`, as a view of the block decompressed."""
        plain = self._plain
        if plain is None:
            plain = self._open()
        bounds = self._bounds
        return plain[bounds[number] : bounds[number + 1]]

    def _open(self) -> memoryview:
        plain = memoryview(lz4.block.decompress(self._data))
        with _OPEN_LOCK:
            self._plain = plain
            _OPEN.append(self)
            while len(_OPEN) > KEPT_OPEN:
                _OPEN.popleft()._plain = None
        return plain


def _bounds(pieces: list[bytes]) -> array[int]:
    """Where each piece starts in the pieces joined, and where the last ends."""
    bounds = array("I", [0])
    for piece in pieces:
        bounds.append(bounds[-1] + len(piece))
    return bounds


_OPEN: deque[_Block] = deque()
"""The blocks holding their decompressed text, oldest first (one may appear twice, if two
threads opened it at once: it is then closed early, never read wrong)."""
_OPEN_LOCK = threading.Lock()


class InBlock:
    """One text of a block: what a holder keeps in place of the text itself."""

    __slots__ = ("_block", "_number")

    def __init__(self, block: _Block, number: int) -> None:
        self._block = block
        self._number = number

    def utf8(self) -> bytes:
        """The text's bytes."""
        return bytes(self._block.view(self._number))

    def view(self) -> memoryview:
        """The text's bytes without a copy (valid while the caller holds the view): for a
        pass that joins many texts into one, as search does on every query."""
        return self._block.view(self._number)

    def beside(self) -> bytes:
        """The bytes held beside the text (`held_together`), read without decompressing."""
        return self._block.beside(self._number)


def held_together(
    texts: Iterable[bytes], besides: Iterable[bytes] | None = None
) -> Iterator[InBlock]:
    """Each of `texts` as held in a block, in order: blocks of about `BLOCK_BYTES`,
    compressed as they fill (the texts are read as the pieces are asked for).

    `besides`, one for each text, are held with it uncompressed, all of a block's in one
    `bytes` (an article's paragraph ranges, some 40 bytes: held each in a `bytes` of its
    own, they took 33 bytes more apiece, and they are read without the text)."""
    pending: list[bytes] = []
    pending_besides: list[bytes] = []
    size = 0
    beside_each = itertools.repeat(b"") if besides is None else besides
    for text, beside in zip(texts, beside_each, strict=besides is not None):
        pending.append(text)
        pending_besides.append(beside)
        size += len(text)
        if size >= BLOCK_BYTES:
            yield from _pieces(pending, pending_besides)
            pending, pending_besides, size = [], [], 0
    if pending:
        yield from _pieces(pending, pending_besides)


def _pieces(texts: list[bytes], besides: list[bytes]) -> Iterator[InBlock]:
    block = _Block(texts, besides)
    return (InBlock(block, number) for number in range(len(texts)))
