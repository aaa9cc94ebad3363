"""Workspaces the import round trips start from: the seed dump, and work on both its
articles."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.cli import main
from reader.dumps.load import load_dump
from reader.store import Store
from tests.conftest import SEED


def seeded_workspace(root: Path) -> Path:
    """A workspace at `root` holding a copy of the seed dump and no store yet."""
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    return root


def worked_workspace(root: Path) -> Path:
    """A seeded workspace whose store holds tagged, noted, untagged and overlapping
    annotations on both articles of the seed dump, and every decision."""
    seeded_workspace(root)
    first, second = load_dump(root / "seeds" / SEED.name)
    with Store(root / "annotations" / "reader.json", root=root) as store:
        store.add_annotation(first.id, first.body, 0, 5, tags=["key", "claim"], note="dateline")
        store.add_annotation(first.id, first.body, 3, 40, tags=["quote"])
        store.add_annotation(first.id, first.body, 50, 60, note="a note, no tag")
        store.add_annotation(second.id, second.body, 0, 10, tags=["claim"])
        store.add_annotation(second.id, second.body, 12, 20, tags=["follow-up"], note="ask")
        store.set_state(first.id, "starred")
        store.set_state(second.id, "discarded")
    return root


def run(root: Path, *argv: str) -> int:
    """`reader ARGV` in the workspace at `root`; its exit code."""
    return main([*argv, "--workspace", str(root)])
