"""A big dump split on two cores (`parts.TwoCores`, as `reader export` splits one) exports
byte for byte what a split in one process exports, in every format, on each open half of
real text. The sealed halves are never split here (`bench.split_quality.OPEN`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.split_quality import OPEN, REAL, sealed
from reader.article import Article
from reader.dumps.boundaries import Layout
from reader.dumps.load import read_dump, split_text
from reader.dumps.parts import Forked, TwoCores, find_cut
from reader.interchange.export import FORMATS, render
from reader.interchange.exporters.selection import collect
from reader.store import Annotation, Store, context
from tests.interchange.export_support import T0

SEPARATOR = "\n\n-----\n\n"
"""Between a half's dumps joined into one: an article surely starts after it, so a cut is found."""


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


@pytest.mark.parametrize("half", OPEN)
def test_each_open_half_exports_the_same_split_on_two_cores(
    half: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 1_000)
    monkeypatch.setattr("reader.dumps.parts.SEARCH", 0.5)  # a cut anywhere past the middle
    sent: list[str] = []
    send = Forked.send

    def counted(
        rest: Forked, source: str, text: str, at: int, encoding: str, layout: Layout
    ) -> None:
        send(rest, source, text, at, encoding, layout)
        sent.append(source)

    monkeypatch.setattr(Forked, "send", counted)
    text = _half(half)
    assert find_cut(text, past_head=True) is not None  # the cut TwoCores makes
    one = split_text(text, "half.txt", "utf-8")
    two = TwoCores()(text, "half.txt", "utf-8")
    assert sent == ["half.txt"]  # the rest was split in another process
    assert [a.to_dict() for a in two] == [a.to_dict() for a in one]
    with Store(tmp_path / "reader.json") as store:
        store.merge(_annotations(one))
        for fmt in FORMATS.values():
            exports = [
                render(collect(store, articles, exported=T0, with_text=True), fmt)[0]
                for articles in (one, two)
            ]
            assert exports[0] == exports[1], fmt.name
