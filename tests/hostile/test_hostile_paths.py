"""Which files an import file may have `reader` read: none but the workspace's dumps.

An export names each article's dump by a path, and the store read every path it recorded
at the next `stats`, `search` or `export`: a colleague's file naming `~/.ssh/id_rsa` had
it split and searched, and an annotation "placed in another article of its dump" carried
its text into the user's next export. A brat folder's `.txt` linked out of the folder
carried it in at once.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from reader.cli import main
from reader.dumps.load import load_dump
from reader.store import Store
from reader.workspace import Workspace
from tests.hostile.hostile_support import TEXT, StoreState

SECRET = "Private key\n\nsupersecretline one two three four five six seven eight nine ten.\n"


def _export(tmp_path: Path, source: str, *, corrected: bool = False) -> Path:
    """A json export of one annotation whose article's dump the file names `source`."""
    theirs = Workspace.open(tmp_path / "theirs")
    theirs.seeds_dir.mkdir(parents=True)
    (theirs.seeds_dir / "news.txt").write_text(TEXT)
    [article] = load_dump(theirs.seeds_dir / "news.txt")
    with Store(theirs.store_path, root=theirs.root) as store:
        store.add_annotation(article.id, article.body, 0, 4, tags=["key"], note="theirs")
        store.remember([article])
    path = tmp_path / "export.json"
    assert main(["export", "-o", str(path), "--workspace", str(theirs.root)]) == 0
    doc = orjson.loads(path.read_bytes())
    [record] = doc["articles"]
    record.update(id="0123456789abcdef", title="Private key", source=source, present=False)
    quoted = record["annotations"][0]
    quoted.update(quote="supersecretlime", start=0, end=15, prefix="", suffix="")
    if corrected:
        doc["corrections"] = [
            {"id": "c1", "kind": "retitle", "source": source, "title": "Private key",
             "head": "supersecretline", "before": "", "new_title": "Mine",
             "created": quoted["created"]}
        ]  # fmt: skip
    path.write_bytes(orjson.dumps(doc))
    return path


@pytest.fixture
def mine(tmp_path: Path) -> Workspace:
    """The user's workspace, holding one dump in seeds/, and a secret beside it."""
    space = Workspace.open(tmp_path / "mine")
    space.seeds_dir.mkdir(parents=True)
    (space.seeds_dir / "mine.txt").write_text(TEXT)
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "id_rsa").write_text(SECRET)
    return space


@pytest.mark.parametrize("named", ["absolute", "climbing"])
def test_a_dump_path_in_an_import_is_never_read_and_the_work_is_kept(
    mine: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], named: str
) -> None:
    secret = tmp_path / "secret" / "id_rsa"
    source = str(secret) if named == "absolute" else "../secret/id_rsa"
    path = _export(tmp_path, source)
    root = ["--workspace", str(mine.root)]
    capsys.readouterr()
    assert main(["import", str(path), *root]) == 0
    assert main(["import", str(path), *root]) == 0  # the store's records read at the second
    err = capsys.readouterr().err
    assert f"dump not recorded: {source}: none of this workspace's dumps" in err
    with Store(mine.store_path, read_only=True) as store:
        assert [a.note for a in store.annotations()] == ["theirs"]
        assert str(secret) not in store.dump_sources()
    assert main(["search", "supersecretline", *root]) == 0
    assert main(["export", "-o", str(tmp_path / "out.json"), *root]) == 0
    assert "supersecret" not in capsys.readouterr().out
    assert b"one two three" not in (tmp_path / "out.json").read_bytes()


def test_a_correction_naming_a_file_outside_is_kept_naming_no_dump(
    mine: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret" / "id_rsa"
    path = _export(tmp_path, str(secret), corrected=True)
    assert main(["import", str(path), "--workspace", str(mine.root)]) == 0
    with Store(mine.store_path, read_only=True) as store:
        assert [c.new_title for c in store.article_corrections()] == ["Mine"]
        assert store.dump_sources() == set()


def test_a_brat_text_linked_out_of_its_folder_is_refused_and_changes_nothing(
    mine: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "001-key-0123456789abcdef.txt").symlink_to(tmp_path / "secret" / "id_rsa")
    (folder / "001-key-0123456789abcdef.ann").write_text("T1\tkey 0 40\tx\n")
    Store(mine.store_path, root=mine.root).close()
    before = StoreState.of(mine.store_path)
    capsys.readouterr()
    assert main(["import", str(folder), "--workspace", str(mine.root)]) == 1
    err = capsys.readouterr().err
    assert "001-key-0123456789abcdef.txt: a link to" in err and "outside the folder" in err
    assert StoreState.of(mine.store_path) == before


def _kept(tmp_path: Path, place: str) -> Path:
    """Where an older import recorded a secret: the `mine` fixture's key (`id_rsa`), a key
    named like a dump in a hidden folder, or a link named like a dump to the key."""
    if place == "named_no_dump":
        return tmp_path / "secret" / "id_rsa"
    if place == "in_a_hidden_folder":
        kept = tmp_path / ".config" / "app" / "tokens.txt"
        kept.parent.mkdir(parents=True)
        kept.write_text(SECRET)
        return kept
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "today.txt").symlink_to(tmp_path / "secret" / "id_rsa")
    return tmp_path / "docs" / "today.txt"


@pytest.mark.parametrize("place", ["named_no_dump", "in_a_hidden_folder", "linked_to_a_key"])
def test_an_old_stores_record_of_a_file_no_dump_is_said_once_and_not_read(
    mine: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], place: str
) -> None:
    """A store a reader before 9d95390a imported into keeps the file's path as the dump of
    an annotated article: `search` printed `~/.ssh/id_rsa`'s text, `stats` counted it as a
    dump. It is read no more unless named; each command says so in one line, and the work
    stays in the store. Told by its name alone, a key named like a dump in a hidden folder
    (`~/.config/app/tokens.txt`), or a link named like a dump to a key, was still read."""
    secret = _kept(tmp_path, place)
    [article] = load_dump(secret)  # as the older import recorded it: the file's path
    with Store(mine.store_path, root=mine.root) as store:
        store.add_annotation(article.id, article.body, 0, 4, note="theirs")
        store.remember([article])
    before = StoreState.of(mine.store_path)
    root = ["--workspace", str(mine.root)]
    said = f"reader: not read: {secret}: your store keeps work by it, but its name or place"
    capsys.readouterr()
    for argv in (["search", "supersecretline"], ["stats"], ["export", "-f", "jsonl"]):
        assert main([*argv, *root]) == 0
        out, err = capsys.readouterr()
        assert "supersecret" not in out and "2 dumps" not in out
        first = err.splitlines()[0]
        assert first == f"{said} is no dump's (name it to read it)" and err.count(said) == 1
    assert StoreState.of(mine.store_path) == before
    assert main(["search", str(secret), "supersecretline", *root]) == 0  # named: read
    assert "supersecretline" in capsys.readouterr().out
