"""`reader articles` applies the store's corrections (`--raw` does not); exports carry them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import orjson
import pytest

from reader.annotation.corrections import break_at, retitle
from reader.cli import main
from reader.dumps.load import load_dump
from reader.store import Store
from reader.workspace import Workspace
from tests.conftest import SEED


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    """The seed dump, its second article broken at its fourth paragraph."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    space = Workspace.open(tmp_path)
    _first, second = load_dump(space.seeds_dir / SEED.name)
    with Store(space.store_path) as store:
        store.add_article_correction(break_at(second, 3))
    return space


def _run(workspace: Workspace, *argv: str) -> int:
    return main([*argv, "--workspace", str(workspace.root)])


def test_articles_applies_the_corrections_and_raw_shows_the_splitter(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = str(workspace.seeds_dir / SEED.name)
    assert _run(workspace, "articles", dump, "--json") == 0
    corrected = json.loads(capsys.readouterr().out)
    assert [a["index"] for a in corrected] == [0, 1, 2]
    assert _run(workspace, "articles", dump, "--json", "--raw") == 0
    raw = json.loads(capsys.readouterr().out)
    assert len(raw) == 2
    assert raw[1]["body"].endswith(corrected[2]["body"])


def test_a_correction_that_no_longer_applies_is_listed(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    first = load_dump(workspace.seeds_dir / SEED.name)[0]
    with Store(workspace.store_path) as store:
        store.add_article_correction(retitle(first, "A better title"))
    dump = workspace.seeds_dir / SEED.name
    dump.write_text(dump.read_text().replace("North Korean and Russian military", "Officials"))
    assert _run(workspace, "articles", str(dump)) == 0
    out, err = capsys.readouterr()
    assert "correction no longer applies" in err and "retitle" in err
    assert out.rstrip().endswith("3 article(s)")


def test_exports_carry_the_corrected_articles(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    articles = load_dump(workspace.seeds_dir / SEED.name)
    with Store(workspace.store_path) as store:
        store.set_state(articles[0].id, "kept")
        (corrected,) = [a for a in _corrected(workspace) if a.index == 2]
        store.set_state(corrected.id, "starred")
    assert _run(workspace, "export", "--with-text") == 0
    doc = orjson.loads(capsysbinary.readouterr().out)
    by_state = {a["state"]: a for a in doc["articles"]}
    assert by_state["starred"]["title"] == corrected.title
    assert by_state["starred"]["present"] is True


def _corrected(workspace: Workspace):
    from reader.annotation.corrections import apply_corrections

    with Store(workspace.store_path, read_only=True) as store:
        return apply_corrections(
            load_dump(workspace.seeds_dir / SEED.name), store.article_corrections()
        ).articles
