"""`reader import` takes back the brat folders `reader export` writes: exported, imported into a
fresh workspace holding a copy of the dump, and exported again, the same files; what a brat
annotator added comes in; a bad line changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.dumps.load import load_dump
from reader.interchange import importer
from reader.store import Store
from tests.conftest import SEED
from tests.subcommands.import_support import run, seeded_workspace, worked_workspace


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """The brat folder of a workspace holding tagged, noted and untagged annotations."""
    folder = tmp_path / "one.brat"
    assert run(worked_workspace(tmp_path / "one"), "export", "-f", "brat", "-o", str(folder)) == 0
    return folder


def test_exported_imported_into_a_fresh_workspace_and_exported_again_the_same_files(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = seeded_workspace(tmp_path / "two")
    capsys.readouterr()
    assert run(fresh, "import", str(exported)) == 0
    assert capsys.readouterr().out.startswith(
        "imported brat: 5 added, 0 updated, 0 unchanged, 0 orphaned"
    )
    again = tmp_path / "two.brat"
    assert run(fresh, "export", "-f", "brat", "-o", str(again)) == 0
    assert _files(again) == _files(exported)
    assert run(fresh, "import", str(exported)) == 0  # twice: nothing changes
    assert "0 added, 0 updated, 5 unchanged" in capsys.readouterr().out


def _ann(folder: Path) -> Path:
    return sorted(folder.glob("*.ann"))[0]


def test_a_brat_annotators_spans_notes_and_pieces_come_in(exported: Path, tmp_path: Path) -> None:
    """A type added in brat is a tag; a span over a line break (its pieces) runs from the first
    piece's start to the last's end; a note's escapes are read back; relations are left out."""
    body = load_dump(SEED)[0].body
    start = body.index("\n") - 3
    end = start + 8
    ann = _ann(exported)
    ann.write_text(
        ann.read_text(encoding="utf-8")
        + f"T90\tPerson {start} {start + 3};{start + 4} {end}\tpieces\n"
        + "#90\tAnnotatorNotes T90\ttwo\\nlines \\\\ and\\ta tab\n"
        + "R1\tRelated Arg1:T90 Arg2:T1\n",
        encoding="utf-8",
    )
    fresh = seeded_workspace(tmp_path / "two")
    assert run(fresh, "import", str(ann)) == 0
    article_id = ann.stem.rsplit("-", 1)[-1]
    with Store(fresh / "annotations" / "reader.json", root=fresh) as store:
        added = store.annotation(f"{article_id}-{start}-{end}")
    assert added is not None and added.tags == ("Person",) and added.quote == body[start:end]
    assert added.note == "two\nlines \\ and\ta tab"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("T9\tkey 5 nine\tx", "expected offsets as 'start end'"),
        ("T9\tkey 9 5\tx", "offsets 9 5 are not inside the text"),
        ("T9 key 1 5 x", "expected 3 fields separated by tabs"),
        ("#9\tAnnotatorNotes T99\tx", "a note on T99, which no line above has"),
        ("T9\t%FF 1 5\tx", "type '%FF' is not a name reader wrote"),
    ],
)
def test_a_bad_line_names_its_file_and_line_and_changes_nothing(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, said: str
) -> None:
    ann = _ann(exported)
    ann.write_text(line + "\n" + ann.read_text(encoding="utf-8"), encoding="utf-8")
    fresh = seeded_workspace(tmp_path / "two")
    assert run(fresh, "import", str(exported)) == 1
    err = capsys.readouterr().err
    assert f"{ann.name} line 1: {said}" in err and len(err.strip().splitlines()) == 1
    assert (
        not (fresh / "annotations" / "reader.json").exists()
        or not Store(fresh / "annotations" / "reader.json", read_only=True).annotations()
    )


def test_an_ann_without_its_text_and_a_folder_without_ann_are_named(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _ann(exported).with_suffix(".txt").unlink()
    fresh = seeded_workspace(tmp_path / "two")
    assert run(fresh, "import", str(exported)) == 1
    assert "no .txt beside it" in capsys.readouterr().err
    assert run(fresh, "import", str(fresh / "seeds")) == 1
    assert "is a folder holding no brat .ann files" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".ann", ".txt"])
def test_a_file_that_is_not_utf8_is_the_one_named(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    """A .txt re-saved in Latin-1 was said as its .ann "not UTF-8 text", and the user
    looked for the fault in the file that had none."""
    bad = _ann(exported).with_suffix(suffix)
    bad.write_bytes(bad.read_bytes() + "\nJosé".encode("latin-1"))
    fresh = seeded_workspace(tmp_path / "two")
    assert run(fresh, "import", str(exported)) == 1
    assert f"{bad.name}: not UTF-8 text" in capsys.readouterr().err


def test_a_span_whose_text_holds_a_tab_comes_in(exported: Path, tmp_path: Path) -> None:
    """A `T` line's third field is the span's text, as written, tabs and all (review21: a
    pasted table was refused as a line of too many fields)."""
    ann = _ann(exported)
    ann.write_text(
        ann.read_text(encoding="utf-8") + "T90\tPerson 1 9\tThe\tfigures\twere\n", encoding="utf-8"
    )
    fresh = seeded_workspace(tmp_path / "two")
    assert run(fresh, "import", str(exported)) == 0
    article_id = ann.stem.rsplit("-", 1)[-1]
    with Store(fresh / "annotations" / "reader.json", root=fresh) as store:
        added = store.annotation(f"{article_id}-1-9")
    assert added is not None and added.tags == ("Person",)


def test_imported_back_into_the_workspace_that_wrote_it_nothing_is_added(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """brat has no ids: each annotation comes back named by its place, and over the same
    characters as one the store holds it is that one (review21: each was added again)."""
    root = worked_workspace(tmp_path / "one")
    folder = tmp_path / "one.brat"
    assert run(root, "export", "-f", "brat", "-o", str(folder)) == 0
    capsys.readouterr()
    assert run(root, "import", str(folder)) == 0
    assert "0 added, 0 updated, 5 unchanged" in capsys.readouterr().out
    again = tmp_path / "again.brat"
    assert run(root, "export", "-f", "brat", "-o", str(again)) == 0
    assert _files(again) == _files(folder)


@pytest.mark.parametrize("named", ["folder", "ann"])
def test_a_brat_import_past_the_size_bound_is_refused_in_one_line(
    exported: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    named: str,
) -> None:
    """A brat folder or `.ann` is held to the bound every import file is (`MAX_IMPORT_BYTES`):
    its `.ann` and `.txt` files were read whole, however big, where a json file past it is
    refused before it is read."""
    limit = 64 * 1024
    monkeypatch.setattr(importer, "MAX_IMPORT_BYTES", limit)
    ann = _ann(exported)
    ann.write_text(ann.read_text(encoding="utf-8") + "#9\tnot read\tx\n" * limit, encoding="utf-8")
    fresh = seeded_workspace(tmp_path / "two")
    assert run(fresh, "import", str(exported if named == "folder" else ann)) == 1
    err = capsys.readouterr().err.strip()
    assert f"too large (more than {limit} bytes)" in err and len(err.splitlines()) == 1
    assert not Store(fresh / "annotations" / "reader.json", read_only=True).annotations()


def test_a_passage_whose_article_is_gone_is_placed_by_its_text_or_kept_and_said(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A colleague's brat folder, both articles retitled in this workspace's copy of the
    dump (so their ids are others): brat names no dump, so their passages were kept on
    articles no dump here holds, shown nowhere. Now they go where the text holds them; a
    passage no text here holds is kept, and the one line says so."""
    fresh = seeded_workspace(tmp_path / "two")
    dump = fresh / "seeds" / SEED.name
    first, second = load_dump(dump)
    text = dump.read_text()
    for article in (first, second):
        text = text.replace(article.title, f"{article.title} (updated)", 1)
    dump.write_text(text)
    retitled, _ = load_dump(dump)
    theirs = sorted(exported.glob(f"*{second.id}.txt"))[0]  # their text of the second
    theirs.write_text(theirs.read_text().replace(second.body[:20], "x" * 20, 1))
    capsys.readouterr()
    assert run(fresh, "import", str(exported)) == 0
    said = capsys.readouterr().out
    assert said.startswith("imported brat: 5 added, 0 updated, 0 unchanged, 0 orphaned, ")
    assert "3 placed by their text (the file names no dump), " in said
    assert "2 kept on articles in none of the workspace's dumps" in said
    with Store(fresh / "annotations" / "reader.json", root=fresh) as store:
        quotes = sorted(a.quote for a in store.annotations(retitled.id))
        assert quotes == sorted([first.body[0:5], first.body[3:40], first.body[50:60]])
        assert len(store.annotations(second.id)) == 2
