"""An article holding a triage state alone (no annotation, no entity work): in the formats
with a place for its state, left out of those that would write it as a task with nothing
marked and no decision (an article only read, in every format but json)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from reader.interchange.export import FORMATS, render
from reader.interchange.exporters.records import Export
from reader.interchange.exporters.selection import Selection, collect
from reader.store import ArticleState, StateRecord
from tests.interchange.export_support import (
    T1,
    annotation,
    ids_written,
    seeded,
    three_articles,
)

ANNOTATED, READ, KEPT = three_articles()
ALL = [ANNOTATED.id, READ.id, KEPT.id]


def _export(tmp_path: Path, name: str, states: frozenset[ArticleState] = frozenset()) -> Export:
    fmt = FORMATS[name]
    selection = Selection(states=states).for_format(fmt.work, False, fmt.states)
    marked = [annotation(ANNOTATED, "Monday", ident="m", tags=("key",))]
    chosen = {READ.id: StateRecord("read", T1), KEPT.id: StateRecord("kept", T1)}
    with seeded(tmp_path / "s.json", marked, chosen) as store:
        return collect(store, [ANNOTATED, READ, KEPT], selection)


def _ids(export: Export, name: str) -> list[str]:
    return ids_written(export, name, ALL)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("json", ALL),  # an import restores every state, `read` too
        ("jsonl", [ANNOTATED.id, KEPT.id]),  # kept: `answer: accept`; read was `ignore`
        ("doccano", [ANNOTATED.id, KEPT.id]),  # its `state`
        ("brat", [ANNOTATED.id]),  # no place for a state: an empty .ann
        ("w3c", [ANNOTATED.id]),
    ],
)
def test_a_state_alone_chooses_an_article_where_the_format_holds_it(
    tmp_path: Path, name: str, expected: list[str]
) -> None:
    assert _ids(_export(tmp_path, name), name) == expected


@pytest.mark.parametrize("name", ["jsonl", "doccano", "brat"])
def test_asked_for_by_state_an_article_only_read_is_listed(tmp_path: Path, name: str) -> None:
    export = _export(tmp_path, name, frozenset({"read", "kept"}))
    assert _ids(export, name) == [READ.id, KEPT.id]


def test_the_prodigy_task_of_a_kept_article_holds_its_decision(tmp_path: Path) -> None:
    rendered, _summary = render(_export(tmp_path, "jsonl"), FORMATS["jsonl"])
    assert isinstance(rendered, bytes)
    kept = orjson.loads(rendered.splitlines()[1])
    assert (kept["meta"]["article_id"], kept["answer"], kept["spans"]) == (KEPT.id, "accept", [])


@pytest.mark.parametrize(
    ("name", "expected"), [("json", [ANNOTATED.id, READ.id]), ("jsonl", [ANNOTATED.id])]
)
def test_an_article_set_back_to_new_keeps_its_record_in_json(
    tmp_path: Path, name: str, expected: list[str]
) -> None:
    """Read, then marked unread: the store keeps its `new` record (newer than another
    workspace's `read`, which an import then does not carry over it)."""
    fmt = FORMATS[name]
    selection = Selection().for_format(fmt.work, False, fmt.states)
    with seeded(tmp_path / "s.json", [annotation(ANNOTATED, "Monday", ident="m")]) as store:
        store.set_state(READ.id, "read")
        store.set_state(READ.id, "new")
        assert store.states()[READ.id].state == "new"
        export = collect(store, [ANNOTATED, READ], selection)
    assert _ids(export, name) == expected
