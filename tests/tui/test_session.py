"""Start-up (which dumps load, under which path, what the inbox knows) and the filter choices."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from reader.analysis import Analysis, Entity
from reader.dumps.inbox import file_signature
from reader.library.articles import Library
from reader.library.entity_index import EntityIndex
from reader.library.filters import EntityMatch, Filter
from reader.library.triage import Triage
from reader.store import Store
from reader.tui.presenters.filter_choices import filter_choices, narrow
from reader.tui.presenters.opening import InboxPlan, as_inbox_path
from reader.tui.presenters.results import Analyses
from reader.tui.presenters.session import open_session
from reader.tui.widgets.list_header import prefix_words
from reader.workspace import Workspace, WorkspaceError
from tests.conftest import SEED
from tests.hostile.hostile_support import deny_listing
from tests.tui.helpers import make_app, seed_articles, until


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "a.txt")
    return Workspace.open(tmp_path)


def test_seeds_load_under_the_path_the_inbox_reports(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(workspace.root)
    store = Store(workspace.store_path)
    session = open_session(workspace, [Path("seeds")], store)
    inbox_path = workspace.seeds_dir / "a.txt"
    assert {a.source for a in session.triage.library} == {str(inbox_path)}
    assert session.inbox is not None and session.inbox.folder == workspace.seeds_dir
    assert session.inbox.known == {inbox_path: file_signature(inbox_path)}
    assert session.exports_dir == workspace.exports_dir
    store.close()


def test_explicit_paths_outside_seeds_still_watch_seeds_without_loading_them(
    workspace: Workspace, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    shutil.copy(SEED, elsewhere)
    (workspace.seeds_dir / "b.txt").write_text("Other story\n\nIts only paragraph.\n")
    store = Store(workspace.store_path)
    session = open_session(workspace, [elsewhere], store)
    assert {a.source for a in session.triage.library} == {str(elsewhere)}
    assert session.inbox is not None
    assert set(session.inbox.known) == {
        workspace.seeds_dir / "a.txt",
        workspace.seeds_dir / "b.txt",
    }
    store.close()


def test_no_seeds_folder_means_no_inbox_and_bad_dumps_are_problems(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(SEED, good)
    workspace = Workspace.open(tmp_path)
    store = Store(workspace.store_path)
    session = open_session(workspace, [tmp_path / "gone.txt", good], store)
    assert session.inbox is None
    assert len(session.triage.library) == 2
    assert session.problems == [f"{tmp_path / 'gone.txt'}: no such file"]
    store.close()


def test_an_unreadable_seeds_folder_is_a_problem_only_when_other_dumps_were_asked_for(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deny_listing(monkeypatch, workspace.seeds_dir)
    elsewhere = tmp_path / "elsewhere.txt"
    shutil.copy(SEED, elsewhere)
    with Store(workspace.store_path) as store:
        session = open_session(workspace, [elsewhere], store)
        assert session.inbox is None and len(session.triage.library) == 2
        (problem,) = session.problems
        assert "cannot read the folder" in problem and "will not be seen" in problem
        with pytest.raises(WorkspaceError, match="cannot read the folder"):
            open_session(workspace, [], store)


def test_an_empty_seeds_folder_opens_on_no_articles_and_is_watched(tmp_path: Path) -> None:
    """The inbox is where dumps go: empty, it is a start, not a mistake (a folder named
    with no dumps in it still is one)."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "README.md").write_text("Dumps go here.\n")
    workspace = Workspace.open(tmp_path)
    with Store(workspace.store_path) as store:
        session = open_session(workspace, [], store)
        assert len(session.triage.library) == 0 and session.problems == []
        assert session.inbox == InboxPlan(workspace.seeds_dir, {})
        assert session.left_out == [str(workspace.seeds_dir / "README.md")]
        with pytest.raises(WorkspaceError, match="no dump"):
            open_session(workspace, [workspace.seeds_dir], store)


def test_no_seeds_folder_opens_on_no_articles_waiting_for_one_and_makes_none(
    tmp_path: Path,
) -> None:
    workspace = Workspace.open(tmp_path)
    with Store(workspace.store_path) as store:
        session = open_session(workspace, [], store)
        assert len(session.triage.library) == 0 and session.problems == []
        assert session.inbox == InboxPlan(workspace.seeds_dir, {}, awaited=True)
    assert not workspace.seeds_dir.exists()


def test_the_dwell_comes_from_reader_toml(workspace: Workspace) -> None:
    (workspace.root / "reader.toml").write_text("read_dwell_seconds = 0.25\n")
    with Store(workspace.store_path) as store:
        session = open_session(Workspace.open(workspace.root), [], store)
        assert session.dwell.seconds == 0.25


def test_inbox_paths_follow_the_folder_even_through_a_link(tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "a.txt").write_text("x")
    link = tmp_path / "link"
    link.symlink_to(folder)
    assert as_inbox_path(link / "a.txt", folder) == folder / "a.txt"
    assert as_inbox_path(tmp_path / "b.txt", folder) == tmp_path / "b.txt"


def _indexed(folder: Path) -> tuple[Triage, EntityIndex]:
    articles = seed_articles()
    triage = Triage(Store(folder / "reader.json"), articles)
    first, second = articles
    at = first.body.index("Viktor Goremykin")
    iran = second.body.index("Iran")
    triage.index_entities(
        {
            first.id: Analysis((Entity(at, at + 16, "PERSON"),), ()),
            second.id: Analysis((Entity(iran, iran + 4, "GPE"),), ()),
        }
    )
    return triage, triage.entities


def test_filter_choices_cover_every_kind_and_typed_words_narrow_them(tmp_path: Path) -> None:
    triage, entities = _indexed(tmp_path)
    choices = filter_choices(Filter(), triage.progress(), ["claim"], triage.library, entities)
    kinds = [c.kind for c in choices]
    assert kinds[:6] == ["state"] * 5 + ["discarded"]
    assert {"tag", "dump", "entity"} <= set(kinds)
    texts = [c.text for c in narrow(choices, "person gorem")]
    assert texts == ["PERSON Viktor Goremykin"]
    assert [c.text for c in narrow(choices, "gpe")] == ["any GPE", "GPE Iran"]
    assert narrow(choices, "", limit=3) == choices[:3]


def test_the_picker_offers_each_language_where_the_articles_are_in_more_than_one(
    tmp_path: Path,
) -> None:
    english, other = seed_articles()
    with Store(tmp_path / "store.json") as store:
        alone = Triage(store, [english])
        offered = filter_choices(Filter(), alone.progress(), [], alone.library, alone.entities)
        assert "language" not in {c.kind for c in offered}  # one language: nothing to pick
        german = replace(other, meta={**other.meta, "language": "de"})
        mixed = Triage(store, [english, german])
        offered = filter_choices(Filter(), mixed.progress(), [], mixed.library, mixed.entities)
        languages = [c for c in offered if c.kind == "language"]
        assert [(c.text, c.detail) for c in languages] == [("de", "1 article"), ("en", "1 article")]
        assert languages[0].toggle(Filter()) == Filter(languages=frozenset({"de"}))


def test_an_active_choice_comes_first_and_toggles_itself_off(tmp_path: Path) -> None:
    triage, entities = _indexed(tmp_path)
    active = Filter().toggle_entity(EntityMatch("GPE", "Iran")).toggle_state("starred")
    choices = filter_choices(active, triage.progress(), [], triage.library, entities)
    assert [c.text for c in choices if c.active] == ["starred", "GPE Iran"]
    assert choices[0].active and choices[1].active
    cleared = choices[1].toggle(choices[0].toggle(active))
    assert cleared == Filter()


def test_prefix_words_say_what_the_next_key_does() -> None:
    assert prefix_words(None, False, 10) == ""
    assert prefix_words(12, False, 10).startswith("12 × s x")
    assert prefix_words(None, True, 1234).startswith("* all 1,234 stories shown")


def test_analyses_keep_complete_results_and_count_them() -> None:
    first, second = seed_articles()
    analyses, library = Analyses(), Library([first, second])
    partial = Analysis((), (), complete=False)
    assert analyses.record(first, partial) and analyses.complete_among(library) == 0
    assert analyses.record(first, Analysis((), ())) and analyses.complete_among(library) == 1
    assert not analyses.record(first, partial)
    assert analyses.record(second, Analysis((Entity(0, 3, "GPE"),), ()))
    assert analyses.complete_among(library) == 2 and analyses.entity_count(second) == 1
    assert dict(analyses) == {first.id: analyses[first.id], second.id: analyses[second.id]}


def test_only_listed_articles_count_as_analysed() -> None:
    first, second = seed_articles()
    library = Library([first, second])
    analyses = Analyses()
    analyses.record(first, Analysis((), ()))
    assert analyses.complete_among(library) == 1
    analyses.record(second, Analysis((), ()))
    assert analyses.complete_among(library) == 2
    library.replace_source(second.source, [first])
    assert analyses.complete_among(library) == 1
    assert analyses.analysis(second) is not None
    library.replace_source(second.source, [first, second])
    assert analyses.complete_among(library) == 2


def test_big_dumps_are_left_for_after_the_first_frame(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", 100)
    store = Store(workspace.store_path)
    session = open_session(workspace, [], store)
    assert session.deferred == [workspace.seeds_dir / "a.txt"]
    assert len(session.triage.library) == 0
    store.close()


async def test_the_app_loads_deferred_dumps_into_the_list(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", 100)
    store = Store(workspace.store_path)
    session = open_session(workspace, [], store)
    app = make_app(session=session)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: len(app.main.triage.library) == 2)
        assert next(a.title for a in app.main.triage.library).startswith("North Korean")
        assert app.main.article_list.current is not None
    store.close()


def test_filter_choices_count_articles_beside_tags_and_offer_has_notes(tmp_path: Path) -> None:
    triage, entities = _indexed(tmp_path)
    choices = filter_choices(
        Filter(),
        triage.progress(),
        ["claim", "unused"],
        triage.library,
        entities,
        tagged={"claim": 2},
        noted=1,
    )
    shown = {(c.kind, c.text): c.detail for c in choices}
    assert shown[("tag", "claim")] == "2 articles"
    assert shown[("tag", "unused")] == "0 articles"
    assert shown[("notes", "has notes")] == "1 article"
    assert shown[("state", "new")] == "2 articles"
    notes = next(c for c in choices if c.kind == "notes")
    assert notes.toggle(Filter()) == Filter(notes=True)
    assert [c.text for c in narrow(choices, "notes")] == ["has notes"]
