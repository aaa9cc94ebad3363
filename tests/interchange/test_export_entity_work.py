"""An article whose only work is on its entities: in the formats that carry that work or
its spans, left out of those that would write it as an unannotated article."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import orjson
import pytest

from reader.analysis import Analysis, Entity, PipelineInfo
from reader.article import Article
from reader.interchange.export import (
    FORMATS,
    ExportError,
    export_to_folder,
    render,
    with_entities,
)
from reader.interchange.exporters.records import Export, ModelInfo
from reader.interchange.exporters.selection import Selection, collect
from tests.interchange.export_support import (
    OTHER_BODY,
    annotation,
    ids_written,
    seeded,
    three_articles,
)

ANNOTATED, EDITED, CHECKED = three_articles()
ALL = [ANNOTATED.id, EDITED.id, CHECKED.id]


def _export(tmp_path: Path, selection: Selection) -> Export:
    with seeded(tmp_path / "s.json", [annotation(ANNOTATED, "Monday", ident="m")]) as store:
        mayor = OTHER_BODY.index("mayor")
        store.set_entity(EDITED.id, OTHER_BODY, mayor, mayor + 5, "PERSON")
        store.check_entities(CHECKED.id, CHECKED.body, [Entity(13, 18, "GPE")])
        return collect(store, [ANNOTATED, EDITED, CHECKED], selection)


def _ids(export: Export, name: str) -> list[str]:
    return ids_written(export, name, ALL)


@pytest.mark.parametrize("name", ["jsonl", "doccano", "brat", "w3c"])
def test_without_entities_a_tool_format_leaves_out_articles_with_entity_work_alone(
    tmp_path: Path, name: str
) -> None:
    fmt = FORMATS[name]
    export = _export(tmp_path, Selection().for_format(fmt.work, False, fmt.states))
    assert _ids(export, name) == [ANNOTATED.id]


def test_the_json_format_holds_them_with_their_work(tmp_path: Path) -> None:
    export = _export(
        tmp_path, Selection().for_format(FORMATS["json"].work, False, FORMATS["json"].states)
    )
    assert _ids(export, "json") == ALL
    assert [len(a.entity_edits) for a in export.articles] == [0, 1, 1]


@pytest.mark.parametrize("name", ["jsonl", "doccano"])
def test_with_entities_they_are_annotated_articles_holding_the_spans_corrected(
    tmp_path: Path, name: str
) -> None:
    export = _export(
        tmp_path, Selection().for_format(FORMATS[name].work, True, FORMATS[name].states)
    )
    export = with_entities(export, {}, ModelInfo("m", "1"))
    assert _ids(export, name) == ALL
    rendered, _summary = render(export, FORMATS[name])
    assert isinstance(rendered, bytes)
    mayor = OTHER_BODY.index("mayor")
    entities = orjson.loads(rendered.splitlines()[1])["entities"]
    spans = [(e["start"], e["end"], e["label"]) if name == "jsonl" else tuple(e) for e in entities]
    shift = name == "doccano"  # doccano counts UTF-16 units: "🌊" before "mayor" is two
    assert spans == [(mayor + shift, mayor + 5 + shift, "PERSON")]


def test_asked_for_by_state_they_are_listed_as_the_untouched_are(tmp_path: Path) -> None:
    selection = Selection(states=frozenset({"new"})).for_format(False, False, frozenset())
    assert _ids(_export(tmp_path, selection), "jsonl") == ALL


class _Finder:
    """A pipeline that finds one GPE at the start of every article, and the articles it was
    asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.loads = 0

    def load(self) -> PipelineInfo:
        self.loads += 1
        return PipelineInfo("m", "m", "1", ("ner",), fallback=False, reason=None)

    def analyse_many(
        self, articles: Sequence[Article], n_process: int = 1, batch_size: int = 16
    ) -> Iterator[tuple[Article, Analysis]]:
        for one in articles:
            self.asked.append(one.id)
            yield one, Analysis((Entity(0, 3, "GPE"),), (), complete=True)


def test_the_tuis_export_with_the_spans_holds_them_and_the_articles_with_entity_work(
    tmp_path: Path,
) -> None:
    """`export_to_folder` with a finder (the app's service) adds the spans as `reader export
    --with-entities` does: an article with entity work alone is then in jsonl."""
    finder = _Finder()
    with seeded(tmp_path / "s.json", [annotation(ANNOTATED, "Monday", ident="m")]) as store:
        mayor = OTHER_BODY.index("mayor")
        store.set_entity(EDITED.id, OTHER_BODY, mayor, mayor + 5, "PERSON")
        done = export_to_folder(
            store, [ANNOTATED, EDITED, CHECKED], "jsonl", tmp_path / "out", entities=finder
        )
        with pytest.raises(ExportError, match="entity spans do not fit the brat format"):
            export_to_folder(store, [ANNOTATED], "brat", tmp_path / "out", entities=finder)
    tasks = [orjson.loads(line) for line in done.path.read_bytes().splitlines()]
    assert [t["meta"]["article_id"] for t in tasks] == finder.asked == [ANNOTATED.id, EDITED.id]
    assert done.pipeline is not None and finder.loads == 1  # the caller asks `done` for it
    assert tasks[0]["entities"] == [{"start": 0, "end": 3, "label": "GPE"}]
    assert [e["label"] for e in tasks[1]["entities"]] == ["GPE", "PERSON"]
