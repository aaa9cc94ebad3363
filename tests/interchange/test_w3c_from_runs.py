"""The w3c format written from the store's runs (their JSON cut into field lines) is byte for
byte what building each annotation as objects writes, whatever the annotations hold."""

from __future__ import annotations

from dataclasses import replace

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.interchange.export import FORMATS, prepare, render
from reader.interchange.exporters.records import Export, ExportArticle
from reader.store.runs import FIELDS, DocumentRun
from tests.interchange.export_support import T0, T1

_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_TEXT_WITH_SURROGATES = st.text(max_size=6)


def _doc(draw: st.DrawFn, number: int, text: st.SearchStrategy[str]) -> dict[str, object]:
    start = draw(st.integers(0, 10**6))
    return {
        "id": f"a{number}" + draw(text),
        "start": start,
        "end": start + draw(st.integers(0, 500)),
        "quote": draw(text),
        "prefix": draw(text),
        "suffix": draw(text),
        "tags": draw(st.lists(st.sampled_from(["key", "my tag", 'q"uote', "é\x85"]), max_size=3)),
        "note": draw(st.one_of(st.just(""), text)),
        "created": draw(st.sampled_from([T0, T1])),
        "updated": draw(st.sampled_from([T0, T1])),
        "orphaned": False,
    }


@st.composite
def _articles(draw: st.DrawFn, text: st.SearchStrategy[str] = _TEXT) -> list[list[dict]]:
    counts = draw(st.lists(st.integers(0, 4), min_size=1, max_size=4))
    made = iter(range(100))
    return [[_doc(draw, next(made), text) for _ in range(count)] for count in counts]


_SOURCES = (None, "seeds/news.txt", '/elsewhere/a dump, ü"q.txt')
"""Articles whose dump the store never recorded (no `scope`), in the workspace, elsewhere."""


def _export(articles: list[list[dict]], wrap: type) -> Export:
    return Export(
        exported=T1,
        tags=(),
        articles=tuple(
            ExportArticle(
                id=f"art{number}",
                title=None,
                source=_SOURCES[number % len(_SOURCES)],
                meta={},
                state="new",
                state_changed=None,
                body=None,
                annotations=wrap(docs),
            )
            for number, docs in enumerate(articles)
        ),
    )


def _reordered(docs: list[dict]) -> list[dict]:
    """The same documents with their keys in another order (a hand-edited store), which
    the w3c format builds as objects."""
    return [dict(reversed(doc.items())) for doc in docs]


def _run(docs: list[dict]) -> DocumentRun:
    return DocumentRun.of(docs) if docs else DocumentRun(b"[]", 0)


def _w3c(export: Export) -> bytes:
    rendered, _summary = render(export, FORMATS["w3c"])
    assert isinstance(rendered, bytes)
    return rendered


@settings(max_examples=150, deadline=None)
@given(_articles())
def test_items_from_runs_are_the_items_built_as_objects(articles: list[list[dict]]) -> None:
    assert all(_run(docs).field_lines() is not None for docs in articles if docs)
    from_runs = _w3c(_export(articles, _run))
    as_objects = _w3c(_export([_reordered(docs) for docs in articles], tuple))
    assert from_runs == as_objects
    assert _w3c(_export(articles, tuple)) == as_objects
    parsed = orjson.loads(from_runs)
    assert parsed["total"] == sum(map(len, articles)) == len(parsed["first"]["items"])


@settings(max_examples=50, deadline=None)
@given(_articles(_TEXT_WITH_SURROGATES))
def test_lone_surrogates_are_written_as_replacement_characters(articles: list[list]) -> None:
    as_objects = _w3c(_export([_reordered(docs) for docs in articles], tuple))
    assert _w3c(_export(articles, tuple)) == as_objects
    as_objects.decode("utf-8")  # each lone surrogate written as U+FFFD


def test_a_run_framed_otherwise_gives_no_field_lines() -> None:
    docs = [{**dict.fromkeys(FIELDS, "x"), "orphaned": False} for _ in range(2)]
    run = DocumentRun.of(docs)
    lines = run.field_lines()
    assert lines is not None
    assert [column[0] for column in lines][:2] == [b'id": "x",', b'start": "x",']
    assert lines[-1] == [b'orphaned": false', b'orphaned": false']
    assert DocumentRun(run.json, 3).field_lines() is None  # a document more than it holds
    assert DocumentRun(run.json.replace(b"\n", b"\n  "), 2).field_lines() is None
    extra = DocumentRun.of([{**doc, "more": 1} for doc in docs])
    assert extra.field_lines() is None


def test_orphans_are_counted_without_parsing_the_run() -> None:
    docs = [{**dict.fromkeys(FIELDS, ""), "orphaned": flag} for flag in (True, False, True)]
    docs[1]["quote"] = '"orphaned": true'  # in a string: escaped, not counted
    made = DocumentRun.of(docs)
    assert made.orphaned_count() == 2
    run = DocumentRun(made.json, 3)
    assert run.orphaned_count() == 2
    assert not run.parsed


def test_an_article_id_with_a_lone_surrogate_is_written_as_the_objects_write_it() -> None:
    docs = [{**dict.fromkeys(FIELDS, "x"), "start": 1, "end": 2, "tags": [], "orphaned": False}]
    from_run = _export([docs], _run)
    from_run = replace(from_run, articles=(replace(from_run.articles[0], id="art\ud800"),))
    as_objects = replace(
        from_run, articles=(replace(from_run.articles[0], annotations=tuple(_reordered(docs))),)
    )
    assert _w3c(from_run) == _w3c(as_objects)
    assert "urn:reader:article:art\ufffd".encode() in _w3c(from_run)


def test_only_the_articles_holding_orphans_are_rebuilt_without_them() -> None:
    """One orphan in the store leaves every other article's run as it is, unparsed: w3c
    then still writes those from their JSON."""
    docs = [{**dict.fromkeys(FIELDS, "x"), "start": 1, "end": 2, "tags": []} for _ in range(2)]
    with_orphan = [{**docs[0], "orphaned": True}, {**docs[1], "id": "y", "orphaned": False}]
    clean = DocumentRun.of([{**doc, "orphaned": False} for doc in docs])
    clean = DocumentRun(clean.json, len(clean))  # as read from a snapshot: not parsed
    export = _export([with_orphan, []], _run)
    export = replace(
        export, articles=(export.articles[0], replace(export.articles[1], annotations=clean))
    )
    trimmed, summary = prepare(export, FORMATS["w3c"])
    assert summary.orphaned == 1
    assert [a["id"] for a in trimmed.articles[0].annotations] == ["y"]
    assert trimmed.articles[1].annotations is clean
    assert not clean.parsed
