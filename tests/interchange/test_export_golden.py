"""Every export format, byte for byte, against files written before the export was sped up.

The store is varied on purpose: articles present, absent with and without a record,
an orphan, states without annotations, several tags, untagged and noted annotations,
spans across line breaks, a CR LF body, non-ASCII and C1 control characters, ties in
text order, and one stored document whose keys are in another order (a hand-edited
file). The expected files under `fixtures/export_golden/` were rendered by the
earlier code; run this module with `REGENERATE_EXPORT_GOLDEN=1` only when an output
is meant to change, and say so in the commit.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import orjson
import pytest

from reader.analysis import Entity
from reader.article import Article
from reader.interchange.export import FORMATS, render, with_entities, with_stories
from reader.interchange.exporters.records import Export, ModelInfo
from reader.interchange.exporters.selection import Selection, collect
from reader.library.stories import Stories
from reader.store import Annotation, ArticleRecord, StateRecord, Store, Tag, _snapshot
from reader.store._snapshot import snapshot_path
from reader.store.runs import DocumentRun
from tests.interchange.export_support import OTHER_BODY, T0, T1, T2, annotation, article

GOLDEN = Path(__file__).parent / "fixtures" / "export_golden"
REGENERATE = os.environ.get("REGENERATE_EXPORT_GOLDEN") == "1"

THIRD_BODY = (
    "Zürich — the café's owner said «non» twice.\n"
    "A line with a C1 control \x85 and DEL \x7f inside.\n\n"
    "Last paragraph: tabs\tand [bold]markup[/] stay text."
)


def _articles() -> list[Article]:
    first = article()
    second = article(OTHER_BODY, title="Floods — again", source="/elsewhere/b.txt")
    third = article(THIRD_BODY, title="Zürich café", source="seeds/c.txt")
    return [first, second, third, first]  # the same article twice: listed once


def _annotations(first: Article, second: Article, third: Article) -> list[Annotation]:
    return [
        annotation(first, "ten percent", ident="a1", tags=("claim", "my tag"), note="check\n"),
        annotation(first, "The minister", ident="a2", created=T1, updated=T2),
        annotation(first, "The minister", ident="a0", tags=("key",), created=T1),
        annotation(first, "week.", ident="a3", tags=("quote",), note='tab\there \\ "q"'),
        annotation(first, "cut by ten percent.\n\nOpposition", ident="a4", tags=("key", "claim")),
        annotation(second, "🌊 again", ident="b1", tags=("%odd_tag",), note="wave"),
        annotation(second, "calm.\r\nMore", ident="b2", tags=("---",)),
        annotation(third, "café's owner", ident="c1", tags=("key",), note="\x1b[31mred\x1b[0m"),
        annotation(third, "\x85 and DEL \x7f", ident="c2", tags=("quote",)),
        annotation(third, "[bold]markup[/]", ident="c3", note="\x9b31m C1 CSI"),
        Annotation(
            "gone-1", "absent-remembered", 3, 9, "quoted", "pre", "suf", ("key",), "", T0, T0
        ),
        Annotation("gone-2", "absent-unknown", 0, 4, "text", "", " after", (), "lost", T1, T1),
        Annotation(
            "orphan", first.id, 10, 20, "not there", "", "", ("claim",), "o", T0, T1, orphaned=True
        ),
    ]


def _store(path: Path, articles: list[Article]) -> None:
    first, second, third = articles[:3]
    states = {
        first.id: StateRecord("starred", T2),
        second.id: StateRecord("kept", T1),
        "absent-remembered": StateRecord("discarded", T0),
        "state-only": StateRecord("read", T1),
    }
    tags = [
        Tag("claim", "#e06c75", "3"),
        Tag("my tag", "#123abc", None),
        Tag("key", "#61afef", "1"),
        Tag("quote", "#98c379", "2"),
    ]
    records = {
        "absent-remembered": ArticleRecord("/old/dump.txt", "An old title"),
        "state-only": ArticleRecord("/old/dump.txt", "Read once"),
    }
    with Store(path) as store:
        store.merge(
            _annotations(first, second, third), states, tags, replace_tags=True,
            article_records=records,
        )  # fmt: skip
    data = orjson.loads(path.read_bytes())
    doc = data["annotations"]["c3"]
    data["annotations"]["c3"] = dict(reversed(list(doc.items())))  # as a hand edit might
    path.write_bytes(orjson.dumps(data))


CASES: dict[str, dict[str, object]] = {
    "default": {},
    "with-text": {"with_text": True},
    "tag-key": {"selection": Selection(tags=frozenset({"key"}))},
    "states": {"selection": Selection(states=frozenset({"new", "discarded"}))},
    "named-dumps": {"selection": Selection(include_absent=False)},
    "relative": {"root": Path("/elsewhere")},
}


def _export(store: Store, articles: list[Article], case: str) -> Export:
    return collect(store, articles, exported=T2, **CASES[case])  # type: ignore[arg-type]


def _flat(rendered: bytes | Mapping[str, bytes]) -> bytes:
    if isinstance(rendered, bytes):
        return rendered
    return orjson.dumps({name: rendered[name].decode() for name in sorted(rendered)})


def _check(name: str, rendered: bytes | Mapping[str, bytes]) -> None:
    expected = GOLDEN / name
    if REGENERATE:
        expected.parent.mkdir(parents=True, exist_ok=True)
        expected.write_bytes(_flat(rendered))
    assert _flat(rendered) == expected.read_bytes(), name


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Article]]:
    articles = _articles()
    path = tmp_path_factory.mktemp("golden") / "reader.json"
    _store(path, articles)
    return path, articles


@pytest.fixture(scope="module")
def opened(stored: tuple[Path, list[Article]]) -> tuple[Store, list[Article]]:
    path, articles = stored
    return Store(path, read_only=True), articles


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_writes_the_same_bytes_as_before(
    opened: tuple[Store, list[Article]], fmt: str, case: str
) -> None:
    store, articles = opened
    rendered, summary = render(_export(store, articles, case), FORMATS[fmt])
    _check(f"{fmt}-{case}", rendered)
    _check(f"{fmt}-{case}.summary", summary.message().encode())


@pytest.mark.parametrize("fmt", ["jsonl", "doccano", "w3c"])
def test_line_and_item_formats_come_in_pieces_that_write_the_same_bytes(
    opened: tuple[Store, list[Article]], fmt: str
) -> None:
    """A file is written piece by piece (one per article's line or items), never joined
    into one buffer first; written, the pieces are the golden bytes. (json's pieces are
    a snapshot's runs: see the test of its splicing below.)"""
    store, articles = opened
    pieces, _summary = render(_export(store, articles, "default"), FORMATS[fmt], in_pieces=True)
    assert isinstance(pieces, list) and len(pieces) > 1
    _check(f"{fmt}-default", b"".join(pieces))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_store_that_hands_its_annotations_over_writes_the_same_bytes(
    stored: tuple[Path, list[Article]], fmt: str
) -> None:
    path, articles = stored
    with Store(path, read_only=True) as store:
        export = collect(store, articles, exported=T2, release=True)
        assert store.annotation_counts() == {}
    rendered, _summary = render(export, FORMATS[fmt])
    _check(f"{fmt}-default", rendered)


@pytest.mark.parametrize("fmt", [name for name, f in FORMATS.items() if f.entities])
def test_entities_and_stories_are_written_as_before(
    opened: tuple[Store, list[Article]], fmt: str
) -> None:
    store, articles = opened
    first, _second, third = articles[:3]
    entities = {
        first.id: [Entity(4, 12, "NORP"), Entity(22, 28, "DATE")],
        third.id: [Entity(0, 6, "GPE")],
    }
    export = with_entities(_export(store, articles, "default"), entities, ModelInfo("m", "1.0"))
    export = with_stories(export, Stories.of([[first.id, third.id]]))
    rendered, _summary = render(export, FORMATS[fmt])
    _check(f"{fmt}-entities-stories", rendered)


@pytest.fixture
def snapshotted(
    stored: tuple[Path, list[Article]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[Article]]:
    """The golden store copied, with a snapshot kept for it as for a big store."""
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)
    path, articles = stored
    copy = tmp_path / "reader.json"
    copy.write_bytes(path.read_bytes())
    return copy, articles


def _bulk_export(path: Path, articles: list[Article], case: str) -> Export:
    with Store(path, read_only=True, bulk=True) as store:
        return collect(store, articles, exported=T2, release=True, **CASES[case])  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bulk_read_writes_the_same_bytes_making_its_snapshot_and_reading_it(
    snapshotted: tuple[Path, list[Article]], fmt: str
) -> None:
    path, articles = snapshotted
    for case in CASES:
        made = _bulk_export(path, articles, case)  # parsed the store, kept a snapshot
        assert snapshot_path(path).is_file()
        read = _bulk_export(path, articles, case)  # read that snapshot
        for export in (made, read):
            rendered, summary = render(export, FORMATS[fmt])
            _check(f"{fmt}-{case}", rendered)
            _check(f"{fmt}-{case}.summary", summary.message().encode())
        path.touch()  # as a save would: the next case makes the snapshot again


def test_the_json_format_splices_a_snapshot_s_annotations_without_parsing_them(
    snapshotted: tuple[Path, list[Article]],
) -> None:
    path, articles = snapshotted
    _bulk_export(path, articles, "default")
    export = _bulk_export(path, articles, "default")
    runs = [a.annotations for a in export.articles if isinstance(a.annotations, DocumentRun)]
    assert runs
    rendered, _summary = render(export, FORMATS["json"])
    _check("json-default", rendered)
    pieces, _summary = render(export, FORMATS["json"], in_pieces=True)
    assert b"".join(pieces) == rendered
    written = {id(piece) for piece in pieces}  # the runs' own views of the file, not copies
    assert all(isinstance(run.buffer, memoryview) and id(run.buffer) in written for run in runs)
    assert not any(run.parsed for run in runs)
