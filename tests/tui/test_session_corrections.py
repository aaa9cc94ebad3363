"""Start-up applies the store's article corrections; one that no longer applies is told."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.annotation.corrections import break_at, retitle
from reader.dumps.load import load_dump
from reader.store import Store
from reader.tui.presenters.session import open_session
from reader.workspace import Workspace
from tests.conftest import SEED


def test_the_session_lists_the_corrected_articles_and_tells_of_stale_corrections(
    tmp_path: Path,
) -> None:
    (tmp_path / "seeds").mkdir()
    dump = tmp_path / "seeds" / "a.txt"
    shutil.copy(SEED, dump)
    workspace = Workspace.open(tmp_path)
    first, second = load_dump(dump)
    with Store(workspace.store_path) as store:
        store.add_article_correction(break_at(second, 3))
        store.add_article_correction(retitle(first, "Gone title"))
    dump.write_text(dump.read_text().replace("North Korean and Russian military", "Officials"))
    with Store(workspace.store_path) as store:
        session = open_session(workspace, [], store)
        assert len(session.triage.library) == 3
        assert session.split is not None and len(session.split) == 2
        assert session.problems == []
        (stale,) = session.stale
        assert stale.startswith("retitle “North Korean and Russian military")
