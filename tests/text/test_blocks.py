"""Texts held together in compressed blocks read back as given, alone or in any order."""

from __future__ import annotations

import random
import threading

from hypothesis import given
from hypothesis import strategies as st

from reader.text import blocks
from reader.text.blocks import BLOCK_BYTES, KEPT_OPEN, held_together


@given(st.lists(st.binary(max_size=300), max_size=40))
def test_every_text_reads_back_as_given(texts: list[bytes]) -> None:
    pieces = list(held_together(iter(texts)))
    assert [piece.utf8() for piece in pieces] == texts
    assert [bytes(piece.view()) for piece in reversed(pieces)] == texts[::-1]


@given(st.lists(st.tuples(st.binary(max_size=3000), st.binary(max_size=60)), max_size=60))
def test_the_bytes_held_beside_each_text_read_back_as_given(
    pairs: list[tuple[bytes, bytes]],
) -> None:
    texts, besides = [text for text, _ in pairs], [beside for _, beside in pairs]
    pieces = list(held_together(texts, besides))
    assert [piece.beside() for piece in reversed(pieces)] == besides[::-1]
    assert [piece.utf8() for piece in pieces] == texts
    assert all(piece._block._plain is None or piece._block in blocks._OPEN for piece in pieces)


def test_texts_fill_blocks_of_about_block_bytes_and_more_blocks_than_kept_open_read_right() -> None:
    rng = random.Random(7)
    texts = [rng.randbytes(rng.randrange(1, 4000)) for _ in range(400)]
    pieces = list(held_together(texts))
    held = {id(piece._block) for piece in pieces}
    assert len(held) > KEPT_OPEN
    assert len(held) <= sum(map(len, texts)) // BLOCK_BYTES + 1
    for number in rng.sample(range(len(texts)), 200):
        assert pieces[number].utf8() == texts[number]
    assert len(blocks._OPEN) <= KEPT_OPEN


def test_a_view_stays_right_after_its_block_is_closed() -> None:
    texts = [bytes([n]) * BLOCK_BYTES for n in range(KEPT_OPEN + 2)]
    pieces = list(held_together(texts))
    first = pieces[0].view()
    for piece in pieces[1:]:
        piece.utf8()
    assert pieces[0]._block._plain is None  # closed
    assert bytes(first) == texts[0] and pieces[0].utf8() == texts[0]


def test_threads_reading_at_once_each_read_right() -> None:
    rng = random.Random(3)
    texts = [rng.randbytes(rng.randrange(1, 3000)) for _ in range(600)]
    pieces = list(held_together(texts))
    wrong: list[int] = []

    def read(seed: int) -> None:
        order = random.Random(seed).sample(range(len(texts)), len(texts))
        wrong.extend(n for n in order if pieces[n].utf8() != texts[n])

    threads = [threading.Thread(target=read, args=(seed,)) for seed in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []


def test_news_copy_is_held_smaller_than_lz4_s_default_makes_it() -> None:
    """The blocks are compressed at `LEVEL` (high compression), not LZ4's default."""
    import lz4.block

    rng = random.Random(3)
    words = [rng.choice(["said", "the", "minister", "on", "Tuesday", "of", "a"]) for _ in range(9)]
    texts = [" ".join(rng.choices(words, k=120)).encode() for _ in range(60)]
    (block,) = {piece._block for piece in held_together(texts)}
    default = lz4.block.compress(b"".join(texts), store_size=True)
    assert len(block._data) < len(default)
