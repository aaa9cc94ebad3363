"""A dump split in two parts (the second in another process) gives exactly the articles one
run over the whole text gives, wherever the cut falls and whatever the cut holds."""

from __future__ import annotations

import itertools
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import corpus
from bench.split_quality import sealed
from reader.article import Article
from reader.dumps import packed, parts
from reader.dumps.boundaries import Cut, Layout
from reader.dumps.lines import lines_before, normalize_newlines, rest_of
from reader.dumps.load import Dump, iter_first_part, iter_rest, read_dump, split_text
from reader.dumps.packed import Framed
from reader.dumps.parts import (
    Forked,
    Piece,
    Rest,
    Split,
    TwoCores,
    cuts,
    find_cut,
    iter_dump_framed,
    iter_dump_in_parts,
    join_parts,
)
from tests.dumps.dump_fixtures import DUMPS
from tests.dumps.dump_strategies import PIECES


class Here:
    """The rest split in this process when its pieces are asked for, `size` articles a piece;
    with `fails`, the pieces stop short after that many."""

    def __init__(self, fails: int | None = None, size: int = 3) -> None:
        self.sent: tuple[str, str, int, str, Layout] | None = None
        self.fails = fails
        self.size = size

    def send(self, source: str, text: str, at: int, encoding: str, layout: Layout) -> bool:
        self.sent = (source, *rest_of(text, at), encoding, layout)  # as a process is sent
        return True

    def pieces(self, source: str) -> Iterator[Piece]:
        assert self.sent is not None and self.sent[0] == source
        source, text, begin, encoding, layout = self.sent
        articles, matter = iter_rest(text, source, encoding, layout, begin)
        found = list(articles)
        starts = range(0, len(found), self.size)
        cut = [found[at : at + self.size] for at in starts] or [[]]
        for count, piece in enumerate(cut):
            if count == self.fails:
                return
            last = count == len(cut) - 1
            held = Dump(source, [], matter.front_matter, matter.back_matter if last else [])
            yield Piece.of(piece, held, last)

    def drop(self) -> None:
        self.sent = None


def _joined(text: str, split: Split, rest: Here | None = None) -> list[dict[str, object]]:
    articles = join_parts(text, "d", "utf-8", split, rest or Here())
    return [a.to_dict() for a in articles]


def _whole(text: str) -> list[dict[str, object]]:
    return [a.to_dict() for a in split_text(text, "d", "utf-8")]


def _held(text: str, split: Split) -> bool:
    cut = Cut(lines_before(text, split.at))
    articles, _ = iter_first_part(text, "d", "utf-8", cut)
    for _ in articles:
        pass
    return cut.met


FIXTURES = sorted(p for p in DUMPS.rglob("*") if p.suffix in (".txt", ".md") and not sealed(p))
"""Every fixture dump but the sealed halves', which nobody runs the splitter on."""


def test_every_fixture_dump_splits_the_same_in_two_parts_at_each_cut_tried() -> None:
    held = 0
    for path in FIXTURES:
        text = read_dump(path)[0]
        found = list(cuts(text))
        if not found:
            continue
        whole = _whole(text)
        for split in found[:: max(1, len(found) // 3)]:
            assert _joined(text, split) == whole, (path.name, split)
            held += _held(text, split)
    assert held >= 20  # the second part was really split apart, not the whole redone


def test_a_generated_dump_of_every_style_splits_the_same_at_its_cut() -> None:
    text = corpus.dump(150, seed=3)
    found = list(cuts(text, len(text) // 2))
    assert found and _held(text, found[0])
    assert _joined(text, found[0]) == _whole(text)


def _wrapped_then_pasted(form: str) -> tuple[str, Split]:
    """Stories hard-wrapped at 60 columns, then under a heading a line filled to that width
    over a path (the wrapping broke it there: one line), then notes pasted a paragraph a
    line: cut at the heading, the rest's first lines are read in a window of the whole
    dump's lines that sees the width, where a window from the cut would see none."""
    words = "the council said on tuesday that its plan for the crossing would cost more "
    story = textwrap.fill(words * 12, 60)
    note = "A paragraph on one line, as a web page pastes it. Another sentence follows."
    text = "\n\n".join(f"# Story {n}\n\n{story}" for n in range(60))
    text += "\n\n# The setting\n\nTo turn the feature on, add the following line in full to"
    text += "\n/etc/app.conf:\n\n    feature = on\n\n"
    text += "\n\n".join(f"# Note {n}\n\n{note}" for n in range(400)) + "\n"
    text = {"plain": text, "mark": "\ufeff" + text, "crlf": text.replace("\n", "\r\n")}[form]
    return text, Split(text.index("# The setting"))


@pytest.mark.parametrize("form", ["plain", "mark", "crlf"])
def test_the_rest_joins_its_lines_at_the_width_the_whole_dump_was_wrapped_at(form: str) -> None:
    text, split = _wrapped_then_pasted(form)
    whole = _whole(text)
    assert any("in full to /etc/app.conf:" in str(a["body"]) for a in whole)
    assert _held(text, split)
    assert _joined(text, split) == whole


def test_the_other_process_reads_the_rest_at_the_whole_dumps_width(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 10_000)
    text, split = _wrapped_then_pasted("plain")
    monkeypatch.setattr("reader.dumps.parts.find_cut", lambda *_, **__: split)
    path = tmp_path / "wrapped.txt"
    path.write_text(text, encoding="utf-8")
    rest = Rest()
    try:
        got = [a.to_dict() for a in iter_dump_in_parts(path, rest)]
    finally:
        rest.close()
    assert got == [a.to_dict() for a in split_text(text, str(path))]


def test_a_cut_where_no_article_starts_changes_nothing() -> None:
    text = "Title One\n\nFirst paragraph of the first article, long enough to be body text.\n\n"
    text += "Still the same article\n\nAnd more text that continues the same story here.\n"
    split = Split(text.index("Still"))
    assert not _held(text, split)
    assert _joined(text, split) == _whole(text)


def test_a_missing_rest_is_split_here_to_the_end() -> None:
    text = corpus.dump(40, seed=5)
    split = next(s for s in cuts(text, len(text) // 2) if _held(text, s))
    assert _joined(text, split, Here(fails=0)) == _whole(text)


class Refused(Here):
    """A rest nothing elsewhere can split (no process could be forked, or it has gone)."""

    def send(self, source: str, text: str, at: int, encoding: str, layout: Layout) -> bool:
        return False

    def pieces(self, source: str) -> Iterator[Piece]:
        return iter(())


def test_a_rest_nobody_can_take_is_split_on_here_not_again_from_the_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = corpus.dump(40, seed=5)
    split = next(s for s in cuts(text, len(text) // 2) if _held(text, s))
    again: list[str] = []

    def counted(text: str, source: str, encoding: str) -> Iterator[Article]:
        again.append(source)
        return iter(split_text(text, source, encoding))

    monkeypatch.setattr("reader.dumps.parts.iter_articles", counted)
    assert _joined(text, split, Refused()) == _whole(text)
    assert again == []


def test_a_rest_that_stops_short_is_split_here_from_where_it_stopped() -> None:
    text = corpus.dump(40, seed=5)
    split = next(s for s in cuts(text, len(text) // 2) if _held(text, s))
    whole = _whole(text)
    for fails in (1, 2, 5):
        assert _joined(text, split, Here(fails=fails)) == whole


SEPARATED = st.lists(
    st.one_of(PIECES, st.sampled_from(["\n\n-----\n\n", "\n\n# ", "\n\n* * *\n\n"])),
    max_size=60,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(SEPARATED)
def test_any_text_splits_the_same_at_any_cut(text: str) -> None:
    whole = _whole(text)
    for split in itertools.islice(cuts(text), 4):
        assert _joined(text, split) == whole


def test_the_other_process_splits_the_rest_and_the_articles_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 10_000)
    monkeypatch.setattr("reader.dumps.parts.PIECE", 7)  # each rest comes in several pieces
    monkeypatch.setattr("reader.dumps.packed.FRAMED_FROM", 5)  # framed, the last one too few
    paths = [tmp_path / "one.txt", tmp_path / "two.txt"]
    for seed, path in enumerate(paths):
        path.write_text(corpus.dump(60, seed=seed), encoding="utf-8")
    rest = Rest()
    try:
        assert not rest.running  # forked when the first rest is sent
        for path in paths:  # one process for the dumps in turn
            text = read_dump(path)[0]
            assert find_cut(text) is not None
            got = [a.to_dict() for a in iter_dump_in_parts(path, rest)]
            assert got == [a.to_dict() for a in split_text(text, str(path))]
        assert rest.running
    finally:
        rest.close()


def test_the_rest_that_came_framed_is_passed_on_framed_none_of_its_articles_made_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The splitting process made each of the rest's articles from its frame, then framed
    them again for the app and for the split cache: some 45 ms of its CPU for the 10,000's
    rest, most of it after its own part, on the path the last rows wait for. Fails on the
    parent (no `iter_dump_framed`)."""
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 10_000)
    monkeypatch.setattr("reader.dumps.parts.PIECE", 7)  # each rest comes in several pieces
    monkeypatch.setattr("reader.dumps.packed.FRAMED_FROM", 5)  # framed, the last one too few
    path = tmp_path / "one.txt"
    path.write_text(corpus.dump(60, seed=3), encoding="utf-8")
    threads = threading.active_count()  # those other tests left here count as none
    monkeypatch.setattr("reader.dumps.parts._may_fork", lambda: threading.active_count() <= threads)
    rest = Rest()
    made = packed.unpack
    try:
        monkeypatch.setattr(packed, "unpack", lambda *_: pytest.fail("a frame unpacked here"))
        items = list(iter_dump_framed(path, rest))
    finally:
        rest.close()
    monkeypatch.setattr(packed, "unpack", made)
    framed = [item for item in items if isinstance(item, Framed)]
    assert len(framed) >= 2 and all(item.count == 7 for item in framed)
    got = [a for item in items for a in (made(item.frame) if isinstance(item, Framed) else [item])]
    assert [a.to_dict() for a in got] == [
        a.to_dict() for a in split_text(path.read_text(), str(path))
    ]


def test_a_process_forked_while_the_dump_is_held_is_sent_where_its_rest_starts_not_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 10_000)
    path = tmp_path / "one.txt"
    path.write_text(corpus.dump(60, seed=2), encoding="utf-8")
    requests: list[int] = []
    send = parts._send

    def counted(fd: int, frame: bytes) -> None:  # here only: the child's sends are its own
        requests.append(len(frame))
        send(fd, frame)

    monkeypatch.setattr("reader.dumps.parts._send", counted)
    rest = Rest()
    try:
        articles = iter_dump_in_parts(path, rest)
        first = next(articles)
        rest.start()  # as the app's split starts it: once the head is split
        got = [a.to_dict() for a in [first, *articles]]
    finally:
        rest.close()
    assert got == [a.to_dict() for a in split_text(read_dump(path)[0], str(path))]
    assert len(requests) == 1
    assert requests[0] < 500  # where the rest starts, not its text (some 30 KB)


def test_two_cores_split_as_split_text_forking_only_for_a_dump_with_a_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 10_000)
    monkeypatch.setattr("reader.dumps.parts.PIECE", 7)
    sent: list[str] = []
    send = Forked.send

    def counted(
        rest: Forked, source: str, text: str, at: int, encoding: str, layout: Layout
    ) -> None:
        send(rest, source, text, at, encoding, layout)
        assert rest._pid is not None  # forked
        sent.append(source)

    monkeypatch.setattr(Forked, "send", counted)
    split = TwoCores()
    small = corpus.dump(4, seed=3)
    assert split(small, "s", "utf-8") == split_text(small, "s", "utf-8")
    assert not sent  # nothing to cut: no process
    for source, count in (("b", 60), ("c", 80)):
        text = corpus.dump(count, seed=3)
        assert find_cut(text) is not None
        got = [a.to_dict() for a in split(text, source, "utf-8")]
        assert got == [a.to_dict() for a in split_text(text, source, "utf-8")]
    assert sent == ["b", "c"]  # a process for each big dump's rest


def test_two_cores_cut_what_the_head_leaves_in_halves(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process reads the head before the other one starts: the other one's part is
    half of what is left after it (the head at most half the text), the app's is half
    the text."""
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 10_000)
    text = corpus.dump(60, seed=3)
    sent: list[int] = []
    send = Forked.send

    def seen(rest: Forked, source: str, text: str, at: int, encoding: str, layout: Layout) -> bool:
        sent.append(at)
        return send(rest, source, text, at, encoding, layout)

    monkeypatch.setattr(Forked, "send", seen)
    for lines in (300, 10_000):  # a head of a third of the text, and one longer than it
        monkeypatch.setattr("reader.dumps.parts.PREFIX", lines)
        head = min(sum(len(line) + 1 for line in text.split("\n")[:lines]), len(text) // 2)
        middle = (len(text) + head) // 2
        got = [a.to_dict() for a in TwoCores()(text, "d", "utf-8")]
        assert got == _whole(text)
        assert sent.pop() == next(cuts(text, middle)).at
    assert find_cut(text) == next(cuts(text, len(text) // 2))  # the app's: unchanged


def test_two_cores_cut_near_the_middle_when_none_is_past_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No article surely starts in the last part of the text (one long article): the cut
    is sought where the app's split seeks it, and the rest still goes to the other core."""
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 10_000)
    dump = corpus.dump(60, seed=3)
    text = dump + "\n\n".join(["A paragraph of one long article, and no heading."] * 1_200)
    assert next(cuts(text, len(dump)), None) is None
    split = find_cut(text, past_head=True)
    assert split is not None and split == find_cut(text)
    assert [a.to_dict() for a in TwoCores()(text, "d", "utf-8")] == _whole(text)


def test_a_forked_rest_that_fails_leaves_the_split_to_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 10_000)
    monkeypatch.setattr("reader.dumps.parts.iter_rest", _fails)  # in the child
    text = corpus.dump(60, seed=4)
    got = [a.to_dict() for a in TwoCores()(text, "d", "utf-8")]
    assert got == _whole(text)


def _fails(*_args: object) -> tuple[Iterator[Article], Dump]:
    raise MemoryError


def test_small_dumps_are_not_cut() -> None:
    assert find_cut(corpus.dump(20, seed=1)) is None


@given(st.text(alphabet="a \n\r\u2028\u2029\x85", max_size=40))
def test_the_cut_is_numbered_as_the_splitter_numbers_lines(text: str) -> None:
    text += "\n"
    assert lines_before(text, len(text)) == normalize_newlines(text).count("\n")
