"""Pilot tests of the inbox (a dump dropped in while the app runs), search and export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

from bench import corpus
from reader.annotation.corrections import apply_corrections, break_at
from reader.article import Article
from reader.dumps.inbox import file_signature
from reader.dumps.load import split_text
from reader.library.search import matches_in
from reader.store import Store
from reader.tui.dialogs.export import ExportDialog
from reader.tui.dialogs.search import SearchScreen
from reader.tui.presenters.opening import InboxPlan
from reader.tui.presenters.session import open_session
from reader.tui.screens.first import NO_ARTICLES
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.result_list import ResultList
from reader.workspace import Workspace
from tests.tui.helpers import (
    fresh_store,
    make_session,
    screen_lines,
    seed_articles,
    settle,
    until,
)
from tests.tui.test_triage_keys import SIZE, Noted, app_on, header, listed


async def test_a_dump_dropped_into_seeds_joins_the_list_with_a_notification(
    tmp_path: Path,
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    session = make_session(seed_articles(), inbox=InboxPlan(seeds, {}, settle=0.1))
    app = app_on(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = corpus.dump(3, seed=5)
        (seeds / "second.txt").write_text(text, encoding="utf-8")
        await until(pilot, lambda: len(app.library) == 5)
        assert "3 new articles from second.txt" in app.notes
        assert len(listed(app)) == 5 and "triaged 0 of 5" in header(app)
        assert app.query_one(ArticleList).cursor == 0
        await settle(pilot)
        assert app.analyses.complete_among(app.library) == 5
        grown = text + "\n\n" + corpus.dump(1, seed=9)
        (seeds / "second.txt").write_text(grown, encoding="utf-8")
        await until(pilot, lambda: len(app.library) == 6)
        assert "1 new article from second.txt" in app.notes


async def test_opened_with_no_seeds_folder_the_app_says_how_to_add_dumps_and_lists_them(
    tmp_path: Path,
) -> None:
    """`reader` run where there is no seeds/ yet: one message, no warning, and the dumps
    put in the seeds/ it names join the list (the folder was not there to watch)."""
    workspace = Workspace.open(tmp_path)
    session = open_session(workspace, [], Store(workspace.store_path))
    assert session.inbox is not None
    session.inbox = session.inbox._replace(settle=0.1)  # the test's wait, not the design's
    app = app_on(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert screen_lines(app.query_one(ArticleView))[0].strip() == NO_ARTICLES
        assert app.notes == []
        workspace.seeds_dir.mkdir()
        (workspace.seeds_dir / "first.txt").write_text(corpus.dump(2, seed=5), encoding="utf-8")
        await until(pilot, lambda: len(app.library) == 2)
        assert "2 new articles from first.txt" in app.notes
        assert len(listed(app)) == 2


async def test_a_big_dump_dropped_into_seeds_is_said_to_be_loading_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big dump dropped in is split whole before its articles come (50 MB: half a minute
    at load 14 with nothing on screen); the inbox says so first."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = corpus.dump(3, seed=5)
    monkeypatch.setattr("reader.dumps.inbox._BIG_TEXT", len(text), raising=False)
    session = make_session(seed_articles(), inbox=InboxPlan(seeds, {}, settle=0.1))
    app = app_on(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        (seeds / "big.txt").write_text(text, encoding="utf-8")
        await until(pilot, lambda: len(app.library) == 5)
        told = app.notes.index("Loading big.txt…")
        assert app.notes.index("3 new articles from big.txt") > told


async def test_a_dump_dropped_in_that_cannot_be_read_is_told_by_the_path_the_user_knows(
    tmp_path: Path,
) -> None:
    """The inbox's notice began with the whole path from / (four lines of a notice as
    narrow as the list); it names the folder and the file."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    app = app_on(make_session(seed_articles(), inbox=InboxPlan(seeds, {}, settle=0.1)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        (seeds / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 100)
        await until(pilot, lambda: any("binary" in note for note in app.notes))
        assert "seeds/photo.txt: not a text file (binary data)" in app.notes


async def test_work_on_any_open_article_records_its_dump_also_one_from_the_inbox(
    tmp_path: Path,
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    session = make_session(seed_articles(), inbox=InboxPlan(seeds, {}, settle=0.1))
    app = app_on(session)
    store = session.store
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        first = app.library.articles[0]
        assert store.article_records()[first.id].title == first.title
        (seeds / "second.txt").write_text(corpus.dump(1, seed=5), encoding="utf-8")
        await until(pilot, lambda: len(app.library) == 3)
        await pilot.press("j", "j", "s")
        arrived = app.library.articles[2]
        assert store.state(arrived.id) == "starred"
        assert store.article_records()[arrived.id].source == str(seeds / "second.txt")


async def test_a_duplicate_dump_lists_the_article_once_with_both_sources(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = corpus.dump(2, seed=3)
    first = split_text(text, str(seeds / "one.txt"))
    session = make_session(first, inbox=InboxPlan(seeds, {}, settle=0.1))
    app = app_on(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        (seeds / "copy.txt").write_text(text, encoding="utf-8")
        await until(pilot, lambda: len(app.library.sources(first[0].id)) == 2)
        assert len(listed(app)) == 2
        # said as a big dump's loading says it, no longer in silence (the drop looked lost)
        await until(pilot, lambda: "0 new articles from copy.txt; 2 listed already" in app.notes)
        assert not any(note.startswith(("1 new", "2 new")) for note in app.notes)
        meta = screen_lines(app.query_one(ArticleView))
        assert any("one.txt + copy.txt" in line for line in meta)


async def test_the_search_dialog_is_kept_and_opens_again_on_the_last_query() -> None:
    app = app_on(make_session())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"gorem")
        search = app.screen
        await pilot.press("enter")  # opens the match: the query is the last one now
        layouts: list[object] = []
        refresh = app.main.refresh

        def spy(*regions: object, **kwargs: object) -> object:
            layouts.append(kwargs.get("layout"))
            return refresh(*regions, **kwargs)  # type: ignore[arg-type]

        app.main.refresh = spy  # type: ignore[method-assign]
        await pilot.press("slash")
        assert app.screen is search and search.query_one("#search-input").value == "gorem"
        assert str(search.query_one("#search-status", Static).render()) == "1 story matches"
        await pilot.press("ctrl+u", *"said", "escape")  # closed without a pick
        assert app.screen is app.main and layouts and not any(layouts)
        assert search.query_one(ResultList).current is None  # its hits let go meanwhile
        await pilot.press("slash")
        assert app.screen is search and search.query_one("#search-input").value == "gorem"
        shown = "\n".join(screen_lines(search.query_one(ResultList)))
        assert "Goremykin" in shown


async def test_the_last_query_comes_back_selected_so_typing_starts_a_new_one() -> None:
    app = app_on(make_session())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"gorem", "enter")
        await pilot.press("escape", "slash")
        field = app.screen.query_one("#search-input", Input)
        assert field.value == "gorem" and field.selected_text == "gorem"
        await pilot.press(*"pyong")
        assert field.value == "pyong"
        status = str(app.screen.query_one("#search-status", Static).render())
        assert status == "1 story matches"


async def test_search_lists_matches_in_context_and_opens_at_the_match() -> None:
    app = app_on(make_session())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"gorem")
        search = app.screen
        assert isinstance(search, SearchScreen)
        assert str(search.query_one("#search-status", Static).render()) == "1 story matches"
        shown = "\n".join(screen_lines(search.query_one(ResultList)))
        assert "Goremykin" in shown and seed_articles()[0].title[:30] in shown
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        article = view.article
        ranges = matches_in(article, "gorem").body
        assert view.current == ranges[0] and app.focused is view
        await pilot.press("greater_than_sign")
        assert view.current == ranges[1]
        await pilot.press("greater_than_sign")
        assert view.current == ranges[0]
        await pilot.press("less_than_sign")
        assert view.current == ranges[1]
        await pilot.press("slash")
        assert app.screen.query_one("#search-input").value == "gorem"
        await pilot.press(*"zzq")
        assert "Nothing matches." in str(app.screen.query_one("#search-status").render())
        await pilot.press("enter", "escape")
        assert app.screen is app.main


async def test_match_keys_without_a_search_say_what_to_do() -> None:
    app = app_on(make_session())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("greater_than_sign")
        assert app.notes[-1] == "Search with / first."


async def test_export_writes_the_chosen_format_and_notifies_the_path(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    app = app_on(make_session(exports_dir=exports))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "E")
        assert isinstance(app.screen, ExportDialog)
        options = app.screen.query_one("#export-formats", OptionList)
        json_help = str(options.get_option_at_index(0).prompt)
        assert "reader import reads them" in json_help and "`" not in json_help
        assert "lossless" not in json_help  # no export carries corrections or entity edits
        await pilot.press("enter")
        await settle(pilot)
        (written,) = exports.iterdir()
        assert written.name.startswith("reader-json-") and written.suffix == ".json"
        assert any(str(written) in note for note in app.notes)
        document = json.loads(written.read_text(encoding="utf-8"))
        states = {a["id"]: a["state"] for a in document["articles"]}
        assert states[seed_articles()[0].id] == "starred"


async def test_the_export_notice_names_the_file_inside_the_workspace(tmp_path: Path) -> None:
    """Beside the list the notice is as narrow as it: the full path broke mid-word."""
    workspace = Workspace.open(tmp_path / "news")
    app = app_on(make_session(workspace=workspace, exports_dir=workspace.exports_dir))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E", "enter")
        await settle(pilot)
        (written,) = workspace.exports_dir.iterdir()
        assert any(f"annotations/exports/{written.name}" in note for note in app.notes)


async def test_a_prodigy_export_keeps_its_tokens_in_the_workspace_cache(tmp_path: Path) -> None:
    """The TUI's export is made by the same call as `reader export`: the Prodigy tokens go
    to the workspace's cache folder, where the next export (from either) reads them."""
    workspace = Workspace.open(tmp_path)
    store = Store(workspace.store_path)
    [first, *_] = seed_articles()
    store.add_annotation(first.id, first.body, 0, 5, tags=["key"])
    app = app_on(make_session(store=store, workspace=workspace))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E", "down", "enter")
        await settle(pilot)
        (written,) = workspace.exports_dir.iterdir()
        assert written.name.startswith("reader-jsonl-")
        assert (workspace.cache_dir / "prodigy-tokens.bin").is_file()
        assert json.loads(written.read_text(encoding="utf-8"))["spans"][0]["label"] == "key"


async def test_an_article_marked_read_with_nothing_marked_is_not_a_prodigy_task(
    tmp_path: Path,
) -> None:
    """`r` marks the cursor article read; `E` as jsonl leaves it out (a task with nothing
    marked and no decision) and keeps the annotated one, whose star is its `accept`."""
    workspace = Workspace.open(tmp_path)
    store = Store(workspace.store_path)
    app = app_on(make_session(store=store, workspace=workspace))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        annotated, read = app.query_one(ArticleList).articles[:2]
        store.add_annotation(annotated.id, annotated.body, 0, 5, tags=["key"])
        await pilot.press("j", "r")
        await until(pilot, lambda: app.triage.state(read.id) == "read")
        await pilot.press("E", "down", "enter")
        await settle(pilot)
        (written,) = workspace.exports_dir.iterdir()
        tasks = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]
        assert [t["meta"]["article_id"] for t in tasks] == [annotated.id]


async def test_the_export_notice_says_what_it_left_out(tmp_path: Path) -> None:
    """As `reader export` says on stderr: a passage of an article whose dump is not open has
    no text for jsonl to carry. The notice named only the file."""
    workspace = Workspace.open(tmp_path)
    store = Store(workspace.store_path)
    [first, *_] = seed_articles()
    store.add_annotation(first.id, first.body, 0, 5, tags=["key"])
    store.add_annotation("0123456789abcdef", "Text of a dump not open.", 0, 4, tags=["key"])
    # one whose dump is a file where the store saw it, not open now: "not present" sent the
    # user looking for a file that was there
    (other := tmp_path / "clips.txt").write_text("Harbour reopens\n\nThe harbour reopened.\n")
    (clip,) = split_text(other.read_text(), str(other))
    store.remember([clip])
    store.add_annotation(clip.id, clip.body, 4, 11, tags=["key"])
    app = app_on(make_session(store=store, workspace=workspace))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E", "down", "enter")
        await settle(pilot)
        (written,) = workspace.exports_dir.iterdir()
        (told,) = [note for note in app.notes if written.name in note]
        assert told == (
            f"exported 1 annotation of 1 article as jsonl to annotations/exports/{written.name}"
            " (left out: 1 article whose dump is not present,"
            " 1 article of clips.txt, not open: open it too to export it)"
        )


async def test_an_export_that_cannot_be_written_is_a_notification(tmp_path: Path) -> None:
    blocker = tmp_path / "exports"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    app: Noted = app_on(make_session(exports_dir=blocker))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E", "enter")
        await settle(pilot)
        assert any("cannot write" in note for note in app.notes)
        assert app.is_running


async def test_an_article_edited_while_reader_was_closed_is_listed_with_its_state(
    tmp_path: Path,
) -> None:
    """The dump is edited between two runs: the next run lists the edited article with the
    star the old text had, counted as triaged, and says so."""
    dump = tmp_path / "one.txt"
    text = corpus.dump(3, seed=3)
    first = split_text(text, str(dump))
    store = Store(tmp_path / "reader.json")
    store.remember(first)
    store.set_state(first[1].id, "starred")
    old = first[1]
    edited = split_text(text.replace(old.body, old.body + " Indeed."), str(dump))
    assert edited[1].id != old.id and edited[1].title == old.title
    app = app_on(make_session(edited, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.triage.state(edited[1].id) == "starred"
        assert "triaged 1 of 3" in header(app)
        assert "★" in screen_lines(app.query_one(ArticleList))[2]
        assert "1 edited article keeps its triage state" in app.notes


async def test_a_checked_article_edited_while_reader_was_closed_is_told_to_check_again(
    tmp_path: Path,
) -> None:
    dump = tmp_path / "one.txt"
    text = corpus.dump(3, seed=3)
    first = split_text(text, str(dump))
    store = Store(tmp_path / "reader.json")
    store.remember(first)
    store.check_entities(first[0].id, first[0].body, [])
    edited = split_text(text.replace(first[0].body, first[0].body + " Indeed."), str(dump))
    assert edited[0].id != first[0].id and edited[0].title == first[0].title
    app = app_on(make_session(edited, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "1 checked article was edited: check its entities again (i, then c)" in app.notes


def _watched_dump(tmp_path: Path) -> tuple[Path, str, list[Article], InboxPlan]:
    """A dump of three articles in a watched seeds/: its path, text, articles and inbox."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    dump = seeds / "one.txt"
    text = corpus.dump(3, seed=3)
    dump.write_text(text, encoding="utf-8")
    return (
        dump,
        text,
        split_text(text, str(dump)),
        InboxPlan(seeds, {dump: file_signature(dump)}, 0.1),
    )


async def test_an_article_edited_while_reader_runs_replaces_the_old_one_in_place(
    tmp_path: Path,
) -> None:
    dump, text, first, inbox = _watched_dump(tmp_path)
    session = make_session(first, inbox=inbox)
    app = app_on(session)
    store = session.store
    old = first[1]
    word = old.body.split()[3]
    start = old.body.index(word)
    note = store.add_annotation(old.id, old.body, start, start + len(word), tags=["claim"])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "s", "enter")  # star the second article and read it
        assert app.main.view.article is old
        paragraph_end = old.body.index(".") + 1
        edited_body = old.body[:paragraph_end] + " Indeed." + old.body[paragraph_end:]
        dump.write_text(text.replace(old.body, edited_body), encoding="utf-8")
        await until(pilot, lambda: app.library.articles[1].id != old.id)
        new = app.library.articles[1]
        assert " Indeed." in new.body
        assert listed(app) == [a.title for a in first]  # in place, not a second copy
        assert app.main.view.article is new
        assert app.triage.state(new.id) == "starred"
        await until(pilot, lambda: bool(store.annotations(new.id)))
        [moved] = store.annotations(new.id)
        assert (moved.id, moved.quote, moved.orphaned) == (note.id, word, False)
        assert store.annotations(old.id) == []
        assert app.triage.search("Indeed")[0].article_id == new.id
        assert "1 article edited in one.txt" in app.notes


def _app_on_a_break(split: list[Article], inbox: InboxPlan) -> tuple[Noted, list[Article]]:
    """The app on a watched dump whose second article the user broke at its third
    paragraph, and the articles it lists."""
    store = fresh_store()
    store.add_article_correction(break_at(split[1], 2))
    corrected = apply_corrections(split, store.article_corrections()).articles
    session = make_session(corrected, store=store, inbox=inbox)
    session.split = split
    return app_on(session), corrected


def _before_the_break(split: list[Article]) -> str:
    """The paragraph the break is anchored after: an edit of it undoes the break."""
    cut = split[1].paragraphs[1]
    return split[1].body[cut.start : cut.end]


async def test_a_correction_an_edit_of_its_dump_undoes_while_reader_runs_is_told(
    tmp_path: Path,
) -> None:
    """The text a break is anchored on is edited on disk while the dump is open: the user
    is told, as at start, and once (not again each time the dump grows)."""
    dump, text, split, inbox = _watched_dump(tmp_path)
    app, _corrected = _app_on_a_break(split, inbox)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(app.library) == 4
        edited = text.replace(_before_the_break(split), _before_the_break(split) + " Indeed.")
        dump.write_text(edited, encoding="utf-8")
        await until(pilot, lambda: any("Indeed." in a.body for a in app.library))
        told = [note for note in app.notes if note.startswith("No longer applies: break")]
        assert len(told) == 1
        dump.write_text(edited + "\n\n" + corpus.dump(1, seed=9), encoding="utf-8")
        await until(pilot, lambda: "1 new article from one.txt" in app.notes)
        assert [n for n in app.notes if n.startswith("No longer applies")] == told


async def test_an_article_a_break_made_leaves_the_list_when_an_edit_undoes_the_break(
    tmp_path: Path,
) -> None:
    """The break no longer applies, so its article's text is back in the article it was cut
    from: listed as well, it showed that text twice until the next start. An article the
    edit itself took out of the dump stays listed, as the app keeps any such."""
    dump, text, split, inbox = _watched_dump(tmp_path)
    app, corrected = _app_on_a_break(split, inbox)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        made = corrected[2]
        assert made.id not in {a.id for a in split}
        end = _before_the_break(split)
        last = text.index(split[2].title)  # the last article goes from the file as well
        dump.write_text(text[:last].replace(end, end + " Indeed."), "utf-8")
        await until(pilot, lambda: any("Indeed." in a.body for a in app.library))
        await settle(pilot)
        listed_ids = [a.id for a in app.library]
        assert made.id not in listed_ids
        assert split[2].id in listed_ids  # gone from the file: kept, as before
        assert len(listed(app)) == len(app.library) == 3
