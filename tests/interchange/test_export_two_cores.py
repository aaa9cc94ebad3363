"""A big dump split on two cores (`parts.TwoCores`, as `reader export` splits one) exports
byte for byte what a split in one process exports, in every format. Each open half of real
text is split both ways and compared article by article; a few halves, chosen for their shapes
and for a cut that holds, are exported too. The sealed halves are never split here
(`bench.split_quality.OPEN`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.split_quality import OPEN, REAL, TUNING, sealed
from reader.article import Article
from reader.dumps.boundaries import Layout
from reader.dumps.load import read_dump, split_text
from reader.dumps.parts import Forked, Piece, TwoCores, find_cut
from reader.interchange.export import FORMATS, render
from reader.interchange.exporters.selection import collect
from reader.store import Annotation, Store, context
from tests.interchange.export_support import T0

SEPARATOR = "\n\n-----\n\n"
"""Between a half's dumps joined into one: an article surely starts after it, so a cut is found."""
EXPORTED = ("fresh16", "fresh38", "fresh48")
"""The halves also exported in every format, each with articles from the other process in its
split: fresh48 for every paragraph kind (highlights boxes, hundreds of list items), fresh38 for
the most list items after it and the most articles from the other process, fresh16 for many
short articles; fresh16 and fresh48 with characters past U+FFFF, whose offsets the formats
count differently. An export is a function of the articles it is given, so on the other halves
the articles' equality says the same: exporting every half cost some 40% of this file's time,
and each new half added it (tokenising for jsonl, mostly)."""


def _half(name: str) -> str:
    """Every dump of one open half, decoded and joined into one text."""
    paths = sorted(p for p in (REAL / name).glob("*.txt") if not sealed(p))
    assert paths
    return SEPARATOR.join(read_dump(path)[0].strip() for path in paths)


def _annotations(articles: list[Article]) -> list[Annotation]:
    """Work on every article with a body, on both sides of the cut: its first characters,
    tagged, a note on every third."""
    found = []
    for number, article in enumerate(articles):
        end = min(len(article.body), 12)
        if not end:
            continue
        quote, prefix, suffix = context(article.body, 0, end)
        note = f"note {number}" if number % 3 == 0 else ""
        found.append(
            Annotation(
                f"a{number}", article.id, 0, end, quote, prefix, suffix, ("key",), note, T0, T0
            )
        )
    return found


def _split_both_ways(
    half: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[Article], list[Article], int]:
    """One half split in this process and by `TwoCores`, its rest in a forked one, after
    checking they are the same articles; with how many articles the other process gave
    (none where the cut does not hold and this one split on to the end)."""
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 1_000)
    monkeypatch.setattr("reader.dumps.parts.SEARCH", 0.5)  # a cut anywhere past the middle
    sent: list[str] = []
    joined: list[int] = []
    send, numbered = Forked.send, Piece.numbered_from

    def counted(
        rest: Forked, source: str, text: str, at: int, encoding: str, layout: Layout
    ) -> bool:
        forked = send(rest, source, text, at, encoding, layout)
        if forked:
            sent.append(source)
        return forked

    def joined_in(piece: Piece, offset: int) -> list[Article]:
        joined.append(piece.count)
        return numbered(piece, offset)

    monkeypatch.setattr(Forked, "send", counted)
    monkeypatch.setattr(Piece, "numbered_from", joined_in)
    text = _half(half)
    assert find_cut(text, past_head=True) is not None  # the cut TwoCores makes
    one = split_text(text, "half.txt", "utf-8")
    two = TwoCores()(text, "half.txt", "utf-8")
    assert sent == ["half.txt"]  # the rest was split in another process
    assert [a.to_dict() for a in two] == [a.to_dict() for a in one]
    return one, two, sum(joined)


def test_the_exported_halves_are_open_tuning_halves() -> None:
    assert set(EXPORTED) <= set(TUNING)


@pytest.mark.parametrize("half", [half for half in OPEN if half not in EXPORTED])
def test_each_open_half_splits_the_same_on_two_cores(
    half: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _split_both_ways(half, monkeypatch)


@pytest.mark.parametrize("half", EXPORTED)
def test_halves_of_each_shape_export_the_same_split_on_two_cores(
    half: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two, from_rest = _split_both_ways(half, monkeypatch)
    assert from_rest  # the other process's articles are in the split, not made here again
    with Store(tmp_path / "reader.json") as store:
        store.merge(_annotations(one))
        for fmt in FORMATS.values():
            exports = [
                render(collect(store, articles, exported=T0, with_text=True), fmt)[0]
                for articles in (one, two)
            ]
            assert exports[0] == exports[1], fmt.name
