"""`E`, then `e`: the export carries the entity spans, as `reader export --with-entities`
adds them (the app's service finds them: its cache, or the model now), corrected as the
app shows them; the formats with no place for them cannot be chosen meanwhile."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import OptionList

from reader.interchange.export import FORMATS
from reader.store import Store
from reader.tui.dialogs.export import ExportDialog
from reader.tui.presenters.session import Session
from reader.workspace import Workspace
from tests.tui.fakes import FakeService, fake_analysis
from tests.tui.helpers import make_session, settle
from tests.tui.test_triage_keys import SIZE, Noted, app_on


class FallingBack(Noted):
    """The app on a pipeline that fell back (no such model)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.service = FakeService(fallback=True)
        self.main._service = self.service


def _session(tmp_path: Path) -> tuple[Session, Workspace]:
    workspace = Workspace.open(tmp_path)
    session = make_session(store=Store(workspace.store_path), workspace=workspace)
    return session, workspace


async def _exported(app: Noted, workspace: Workspace, *keys: str) -> list[dict[str, object]]:
    """Annotates the first article, exports with `keys` pressed in the dialog (then enter);
    the Prodigy tasks written."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.library.articles[0]
        app.triage.store.add_annotation(first.id, first.body, 0, 5, tags=["key"])
        await pilot.press("E")
        assert isinstance(app.screen, ExportDialog)
        await pilot.press(*keys, "enter")
        await settle(pilot)
        (written,) = workspace.exports_dir.iterdir()
        lines = written.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]


async def test_e_adds_each_articles_entity_spans_to_the_prodigy_tasks(tmp_path: Path) -> None:
    session, workspace = _session(tmp_path)
    app = app_on(session)
    (task,) = await _exported(app, workspace, "e", "j")  # json, jsonl
    body = app.library.articles[0].body
    spans = [(e.start, e.end, e.label) for e in fake_analysis(body).entities]
    assert spans and [(e["start"], e["end"], e["label"]) for e in task["entities"]] == spans
    assert "Finding the entities of the articles exported…" in app.notes


async def test_e_twice_leaves_them_out_again(tmp_path: Path) -> None:
    session, workspace = _session(tmp_path)
    (task,) = await _exported(app_on(session), workspace, "e", "e", "j")
    assert "entities" not in task


async def test_with_the_spans_the_formats_without_a_place_for_them_are_disabled(
    tmp_path: Path,
) -> None:
    session, _workspace = _session(tmp_path)
    app = app_on(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E", "e")
        options = app.screen.query_one("#export-formats", OptionList)
        disabled = [options.get_option_at_index(n).disabled for n in range(len(FORMATS))]
        assert disabled == [not f.entities for f in FORMATS.values()]
        await pilot.press("e")
        assert not any(options.get_option_at_index(n).disabled for n in range(len(FORMATS)))


async def test_spans_from_a_fallback_pipeline_are_told(tmp_path: Path) -> None:
    session, workspace = _session(tmp_path)
    app = FallingBack(session)
    app.main.preview_delay = 0
    (task,) = await _exported(app, workspace, "e", "j")
    assert "entities" in task
    assert any("entities from a fallback: no such model: fake" in note for note in app.notes)


async def test_the_export_asks_the_service_to_load_once(tmp_path: Path) -> None:
    """The notification tells of a fallback from what the export found, not from a second
    `load` of the service (a model loading then would hold the export's thread again)."""
    session, workspace = _session(tmp_path)
    app = FallingBack(session)
    app.main.preview_delay = 0
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.library.articles[0]
        app.triage.store.add_annotation(first.id, first.body, 0, 5, tags=["key"])
        before = app.service.loads
        await pilot.press("E", "e", "j", "enter")
        await settle(pilot)
        assert next(workspace.exports_dir.iterdir()).suffix == ".jsonl"
        assert app.service.loads - before == 1
        assert any("entities from a fallback" in note for note in app.notes)


async def test_up_and_down_wrap_at_both_ends_as_the_other_dialogs_lists_do(tmp_path: Path) -> None:
    """review24 saw Down wrap from the last line and Up stay on the first; both wrap, as in
    the tag, filter and label dialogs (Textual's OptionList), with the entity spans on
    (two lines greyed out) too."""
    session, _workspace = _session(tmp_path)
    app = app_on(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        options = app.screen.query_one(OptionList)
        last = options.option_count - 1
        seen = []
        for key in ("up", "down", "k", "j", "e", "up", "down"):
            await pilot.press(key)
            seen.append(options.highlighted)
        assert seen == [last, 0, last, 0, 0, last, 0]


async def test_e_on_a_format_with_no_place_for_the_spans_goes_back_to_one_that_takes_them(
    tmp_path: Path,
) -> None:
    """Seen in tmux: brat highlighted, `e` disabled it and the highlight went down to the
    checked articles' training data, so enter wrote a spaCy DocBin; it goes up to doccano,
    the nearest format above that takes the spans."""
    session, _workspace = _session(tmp_path)
    app = app_on(session)
    names = list(FORMATS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E", *["j"] * names.index("brat"), "e")
        options = app.screen.query_one("#export-formats", OptionList)
        assert options.highlighted == names.index("doccano")


async def test_at_80x24_the_dialog_shows_every_format_and_its_keys_whole(tmp_path: Path) -> None:
    """On the box's bottom border, the keys' line was cut at 80 columns ("e: with entity
    span…"), `esc` never said; under the list it wraps, each format's row still in view."""
    session, _workspace = _session(tmp_path)
    app = app_on(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("E", "e")
        await settle(pilot)
        box = app.screen.query_one("#export-box").region
        strips = app.screen._compositor.render_strips()[box.y : box.bottom]
        shown = " ".join(" ".join(s.crop(box.x + 1, box.right - 1).text for s in strips).split())
        assert "e: without) · esc closes" in shown
        assert box.bottom <= 24 and all(name in shown for name in (*FORMATS, "prodigy-ner"))
