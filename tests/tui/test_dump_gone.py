"""A dump deleted while the store holds work on it: the app, `reader stats` and `reader
export` say so and keep the work (`reader.annotation.dumps_gone`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from reader.annotation.dumps_gone import gone_dumps
from reader.article import Article
from reader.cli import main
from reader.dumps.load import load_dump
from reader.store import Store
from reader.tui.dialogs.stats_screen import StatsScreen
from reader.tui.presenters.session import open_session
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.tui.helpers import settle, until, until_shown
from tests.tui.test_triage_keys import SIZE, app_on, listed

CLIP = "Harbour reopens\n\nThe harbour reopened on Monday after the storm.\n"


def _workspace(tmp_path: Path) -> Workspace:
    """The seed dump and `clips.txt` in seeds/, a passage and a star on the clip's article
    (recorded as the app records it), then `clips.txt` deleted."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "clips.txt").write_text(CLIP, encoding="utf-8")
    workspace = Workspace.open(tmp_path)
    (clip,) = load_dump(seeds / "clips.txt")
    with Store(workspace.store_path, root=workspace.root) as store:
        store.remember([clip])
        store.add_annotation(clip.id, clip.body, 4, 11, tags=["key"])
        store.set_state(clip.id, "starred")
    (seeds / "clips.txt").unlink()
    return workspace


def test_only_a_dump_neither_open_nor_on_disk_is_gone(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path)
    seed = load_dump(workspace.seeds_dir / SEED.name)
    with Store(workspace.store_path, root=workspace.root) as store:
        (gone,) = gone_dumps(store, seed)
        assert (gone.articles, gone.annotations, gone.triaged) == (1, 1, 1)
        told = gone.describe(str(tmp_path))
        assert told == "seeds/clips.txt: 1 annotation, 1 triaged, of 1 article"
        assert gone_dumps(store, seed, present=lambda path: True) == []  # on disk: not open
        (workspace.seeds_dir / "clips.txt").write_text(CLIP, encoding="utf-8")
        assert gone_dumps(store, [*seed, *load_dump(workspace.seeds_dir / "clips.txt")]) == []


def test_an_article_open_from_another_dump_is_not_gone_work_even_given_one_by_one(
    tmp_path: Path,
) -> None:
    """Its work shows where it is open; `articles` read once (an iterator) says so too."""
    workspace = _workspace(tmp_path)
    (workspace.seeds_dir / "copy.txt").write_text(CLIP, encoding="utf-8")
    open_ = [
        *load_dump(workspace.seeds_dir / SEED.name),
        *load_dump(workspace.seeds_dir / "copy.txt"),
    ]
    with Store(workspace.store_path, root=workspace.root) as store:
        assert gone_dumps(store, open_) == []
        assert gone_dumps(store, iter(open_)) == []


async def test_the_app_says_a_dump_with_work_is_gone_and_keeps_the_work(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path)
    with Store(workspace.store_path, root=workspace.root) as store:
        app = app_on(open_session(workspace, [], store))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await until(pilot, lambda: any("seeds/clips.txt" in note for note in app.notes))
            (told,) = [note for note in app.notes if "seeds/clips.txt" in note]
            assert told.splitlines() == [
                "seeds/clips.txt: 1 annotation, 1 triaged, of 1 article",
                "(kept in the store, not lost: put the dump back there to see it)",
                "Said once; S (stats) says it again, as reader stats does.",
            ]
            assert len(listed(app)) == 2  # the seed's articles alone are listed
        assert len(store.annotations()) == 1  # nothing dropped by the start
    (workspace.seeds_dir / "clips.txt").write_text(CLIP, encoding="utf-8")
    with Store(workspace.store_path, root=workspace.root) as store:
        app = app_on(open_session(workspace, [], store))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "Harbour reopens" in listed(app)
            assert not any("clips.txt" in note for note in app.notes)


async def test_the_notice_is_said_once_the_stats_screen_says_it_again_and_a_change_anew(
    tmp_path: Path,
) -> None:
    """A dump deleted for good met the user in a 30 s warning at every start; now once,
    then on `S` (and in `reader stats`), and again at a start after its work changed."""
    workspace = _workspace(tmp_path)
    told = "seeds/clips.txt: 1 annotation, 1 triaged, of 1 article"
    with Store(workspace.store_path, root=workspace.root) as store:
        app = app_on(open_session(workspace, [], store))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await until(pilot, lambda: any(told in note for note in app.notes))
    with Store(workspace.store_path, root=workspace.root) as store:
        app = app_on(open_session(workspace, [], store))
        async with app.run_test(size=SIZE) as pilot:
            shown = await _gone_on_stats(pilot)
            assert shown.splitlines()[:2] == ["Work kept for 1 dump not found:", told]
            assert not any("clips.txt" in note for note in app.notes)
        (clip,) = load_dump_text(tmp_path / "again.txt", CLIP)
        store.add_annotation(clip.id, clip.body, 0, 3)
    with Store(workspace.store_path, root=workspace.root) as store:
        app = app_on(open_session(workspace, [], store))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await until(pilot, lambda: any("2 annotations, 1 triaged" in n for n in app.notes))


async def test_the_stats_screen_tells_of_a_dump_whose_name_is_too_long_for_the_system(
    tmp_path: Path,
) -> None:
    """Work kept by a dump recorded under a name no file system takes (an export from
    elsewhere): the start said it gone, then `S` asked `Path.exists`, which raised
    ENAMETOOLONG and ended the app."""
    workspace = _workspace(tmp_path)
    long = str(workspace.seeds_dir / ("x" * 300 + ".txt"))
    with Store(workspace.store_path, root=workspace.root) as store:
        store.move_dumps({str(workspace.seeds_dir / "clips.txt"): long})
        app = app_on(open_session(workspace, [], store))
        async with app.run_test(size=SIZE) as pilot:
            shown = await _gone_on_stats(pilot)
            assert "x" * 40 in shown and app.is_running


def load_dump_text(path: Path, text: str) -> list[Article]:
    """The articles of `text` written to `path` (outside seeds/: the store's record of the
    article's dump is left as it was)."""
    path.write_text(text, encoding="utf-8")
    return load_dump(path)


def test_stats_names_the_dump_gone_and_its_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = _workspace(tmp_path)
    assert main(["stats", "--workspace", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "work kept for 1 dump not found (put it back to see it)" in out
    assert "  seeds/clips.txt: 1 annotation, 1 triaged, of 1 article" in out
    assert main(["stats", "--json", "--workspace", str(tmp_path)]) == 0
    (gone,) = orjson.loads(capsys.readouterr().out)["dumps_not_found"]
    assert gone == {
        "source": str(workspace.seeds_dir / "clips.txt"),
        "articles": 1,
        "annotations": 1,
        "triaged": 1,
    }


def test_export_names_the_dump_gone_whether_it_keeps_the_work_or_leaves_it_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _workspace(tmp_path)
    out = tmp_path / "out.json"
    assert main(["export", "-f", "json", "-o", str(out), "--workspace", str(tmp_path)]) == 0
    assert capsys.readouterr().err.endswith(
        "(1 article of clips.txt, not present: the work the store keeps, without the text)\n"
    )
    (article,) = orjson.loads(out.read_bytes())["articles"]
    assert not article["present"] and article["state"] == "starred"
    assert main(["export", "-f", "jsonl", "-o", str(out), "--workspace", str(tmp_path)]) == 0
    assert capsys.readouterr().err.endswith(
        "(left out: 1 article of clips.txt, not present: put it back to export it)\n"
    )


async def _gone_on_stats(pilot: Pilot[None]) -> str:
    """What the stats screen (`S`) says of the dumps gone, once the app has settled."""
    await settle(pilot)
    await pilot.press("S")
    screen = await until_shown(pilot, StatsScreen)
    return str(screen.query_one("#stats-gone", Static).render())
