"""`E`, then the lines under the annotation formats: the checked articles as spaCy training
data and as Prodigy NER tasks, as `reader export -f spacy` and `-f prodigy-ner` write
them, with their messages about checked articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reader.analysis import Entity
from reader.interchange.export import FORMATS
from reader.store import Store
from reader.tui.dialogs.export import ExportDialog
from reader.workspace import Workspace
from tests.tui.fakes import LendingService
from tests.tui.helpers import make_session, settle
from tests.tui.test_triage_keys import SIZE, Noted, app_on

spacy = pytest.importorskip("spacy")
BLANK = spacy.blank("en")


def _app(tmp_path: Path) -> tuple[Noted, Workspace]:
    workspace = Workspace.open(tmp_path)
    app = app_on(make_session(store=Store(workspace.store_path), workspace=workspace))
    app.main._service = LendingService()
    return app, workspace


async def test_the_training_data_of_the_checked_articles_is_written(tmp_path: Path) -> None:
    app, workspace = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.library.articles[0]
        start = first.body.index("Pyongyang")
        store = app.triage.store
        store.check_entities(first.id, first.body, [Entity(start, start + 9, "GPE")])
        store.check_entities("not-open", "Gone.", [])
        await pilot.press("E", *["down"] * len(FORMATS))
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("enter")
        await settle(pilot)
    (written,) = workspace.exports_dir.iterdir()
    assert written.name.startswith("reader-spacy-") and written.suffix == ".spacy"
    (doc,) = spacy.tokens.DocBin().from_disk(written).get_docs(BLANK.vocab)
    assert [(e.text, e.label_) for e in doc.ents] == [("Pyongyang", "GPE")]
    assert f"1 checked article with 1 entity to annotations/exports/{written.name}" in (app.notes)
    assert any(note.startswith("1 checked article left out") for note in app.notes)


async def test_with_no_checked_article_it_says_how_to_check_one(tmp_path: Path) -> None:
    """The entity spans' toggle on: the training data stays on offer (it is entities)."""
    app, workspace = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        offered = [name for name, f in FORMATS.items() if f.entities]  # e greys out the rest
        await pilot.press("E", "e", *["down"] * len(offered), "enter")
        await settle(pilot)
    assert (
        "no checked articles: check an article's entities in the reader first (i, then c)"
        in app.notes
    )
    assert not workspace.exports_dir.exists() or not any(workspace.exports_dir.iterdir())


async def test_the_last_line_writes_the_checked_articles_as_prodigy_ner_tasks(
    tmp_path: Path,
) -> None:
    """prodigy-ner had no line in the dialog: a Prodigy user left the app for the CLI."""
    app, workspace = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.library.articles[0]
        start = first.body.index("Pyongyang")
        app.triage.store.check_entities(first.id, first.body, [Entity(start, start + 9, "GPE")])
        await pilot.press("E", "e", "end")  # on offer with the entity spans' toggle on too
        options = app.screen.query_one("#export-formats", OptionList)
        assert "accepted Prodigy ner.manual tasks" in str(options.get_option_at_index(-1).prompt)
        await pilot.press("enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
    (written,) = workspace.exports_dir.iterdir()
    assert written.name.startswith("reader-prodigy-ner-") and written.suffix == ".jsonl"
    (task,) = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]
    assert task["answer"] == "accept" and task["meta"]["article_id"] == first.id
    assert [(s["start"], s["label"]) for s in task["spans"]] == [(start, "GPE")]
    assert task["meta"]["source"] == first.source  # outside the workspace: as it is
    where = f"annotations/exports/{written.name}"
    assert f"1 checked article with 1 entity as accepted Prodigy NER tasks to {where}" in (
        app.notes
    )
