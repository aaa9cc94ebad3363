"""`reader export` and `reader import` from the command line, and the TUI's export call."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import ClassVar

import jsonschema
import orjson
import pytest

from bench import corpus
from reader.article import Article
from reader.cli import main
from reader.dumps.load import load_dump
from reader.interchange.export import export_to_folder, write
from reader.interchange.exporters.json_doc import READABLE_VERSIONS
from reader.store import Annotation, Store, _snapshot, context
from reader.store import store as store_module
from reader.subcommands import export as export_command
from reader.subcommands import import_ as import_command
from reader.subcommands import tokens_ahead
from reader.workspace import Workspace
from tests.conftest import ROOT, SEED


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    """A workspace with the seed dump and a store holding work on both its articles."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    space = Workspace.open(tmp_path)
    first, second = load_dump(space.seeds_dir / SEED.name)
    with Store(space.store_path) as store:
        store.add_annotation(first.id, first.body, 0, 5, tags=["key"], note="dateline")
        store.add_annotation(second.id, second.body, 0, 10, tags=["claim"])
        store.set_state(first.id, "starred")
        store.set_state("0123456789abcdef", "kept")
    return space


def _run(workspace: Workspace, *argv: str) -> int:
    return main([*argv, "--workspace", str(workspace.root)])


def _exported_ids(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes], *argv: str
) -> list[str]:
    """The ids of the present articles `reader export ARGV` writes (json or jsonl)."""
    assert _run(workspace, "export", *argv) == 0
    out = capsysbinary.readouterr().out
    if "jsonl" in argv:
        return [orjson.loads(line)["meta"]["article_id"] for line in out.splitlines()]
    return [a["id"] for a in orjson.loads(out)["articles"] if a["present"]]


def test_export_writes_json_to_stdout_and_a_summary_to_stderr(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert _run(workspace, "export", "--with-text") == 0
    out, err = capsysbinary.readouterr()
    doc = orjson.loads(out)
    assert [a["state"] for a in doc["articles"]] == ["starred", "new", "kept"]
    assert doc["articles"][0]["text"].startswith("SEOUL")
    assert doc["articles"][2]["title"] is None  # its dump is not in the workspace
    assert err.decode().strip() == "exported 2 annotations of 3 articles as json"


def test_a_workspace_opened_as_reader_dir_exports_from_the_dumps_its_store_saw(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """`reader DIR` keeps its dumps in DIR, not in seeds/: an export naming no dump takes
    those the store saw its articles in, or the formats built on the text leave them out."""
    shutil.copy(SEED, tmp_path / SEED.name)
    space = Workspace.open(tmp_path)
    first, _ = load_dump(tmp_path / SEED.name)
    with Store(space.store_path, root=space.root) as store:
        store.add_annotation(first.id, first.body, 0, 5, tags=["key"])
        store.remember([first])
    assert _run(space, "export", "-f", "jsonl") == 0
    out, err = capsysbinary.readouterr()
    assert [orjson.loads(line)["text"] for line in out.splitlines()] == [first.body]
    assert err.decode().strip() == "exported 1 annotation of 1 article as jsonl"


def test_a_binary_dump_in_seeds_is_warned_of_and_the_work_exported(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    binary = workspace.seeds_dir / "0-photo.txt"  # listed before the seed dump
    binary.write_bytes(bytes(range(256)) * 10)
    assert _run(workspace, "export", "--with-text") == 0
    out, err = capsysbinary.readouterr()
    assert [a["present"] for a in orjson.loads(out)["articles"]] == [True, True, False]
    assert err.decode().splitlines() == [
        f"reader: {binary}: not a text file (binary data)",
        "exported 2 annotations of 3 articles as json",
    ]
    assert _run(workspace, "export", "--source", binary.name) == 1  # named: nothing to read
    assert capsysbinary.readouterr().err.decode() == (
        f"reader: {binary}: not a text file (binary data)\n"
    )


def _refused(path: Path) -> None:
    raise AssertionError(f"{path} was parsed")


def test_a_big_store_s_export_reads_its_snapshot_and_writes_the_same_to_stdout_and_a_file(
    workspace: Workspace,
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As with a store of 100,000 annotations: the first export keeps a snapshot, the next
    writes its annotations from views of the snapshot's pages, to stdout as to a file."""
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)
    assert _run(workspace, "export") == 0
    made = capsysbinary.readouterr().out
    assert _snapshot.snapshot_path(workspace.store_path).is_file()
    monkeypatch.setattr(store_module, "read_store_state", _refused)  # the store is not parsed
    assert _run(workspace, "export") == 0
    read = capsysbinary.readouterr().out
    target = workspace.root / "out.json"
    assert _run(workspace, "export", "-o", str(target)) == 0
    documents = [orjson.loads(out) for out in (made, read, target.read_bytes())]
    for document in documents:
        del document["exported"]
    assert documents[0] == documents[1] == documents[2]
    assert sum(len(a["annotations"]) for a in documents[0]["articles"]) == 2


def _annotation(article: Article, number: int) -> Annotation:
    start = number % (len(article.body) - 3)
    quote, prefix, suffix = context(article.body, start, start + 3)
    return Annotation(
        id=f"a{number}",
        article_id=article.id,
        start=start,
        end=start + 3,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        tags=("key",),
        note="",
        created="2025-06-01T12:00:00.000Z",
        updated="2025-06-01T12:00:00.000Z",
    )


@pytest.mark.usefixtures("pythons_collector")
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_the_collector_never_runs_between_the_stores_opening_and_the_export_written(
    workspace: Workspace,
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    """Resumed between gathering and rendering, it walked every document a store with no
    snapshot had parsed (a tenth of a second of a whole export of 100,000)."""
    collections: list[int] = []
    opened: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and opened:
            collections.append(info["generation"])

    class Counting(Store):
        def __init__(self, *args: object, **kwargs: object) -> None:
            opened.append(1)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def written(rendered: object, path: Path) -> None:
        written_with.append(list(collections))
        write(rendered, path)

    written_with: list[list[int]] = []
    article = load_dump(workspace.seeds_dir / SEED.name)[0]
    with Store(workspace.store_path) as store:  # documents enough to start a collection
        store.upsert_annotations(_annotation(article, n) for n in range(1000))
    monkeypatch.setattr(export_command, "Store", Counting)
    monkeypatch.setattr(export_command, "write", written)
    gc.collect()  # the collector's counts low, so only what the export allocates counts
    gc.callbacks.append(counted)  # the collector calls the list it holds, not a new one
    try:
        assert _run(workspace, "export", "-f", fmt, "-o", str(workspace.root / "out")) == 0
    finally:
        gc.callbacks.remove(counted)
    assert written_with == [[]]


def test_export_schema_flag_prints_the_schema_every_export_meets(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert _run(workspace, "export", "--schema") == 0
    schema = orjson.loads(capsysbinary.readouterr().out)
    assert _run(workspace, "export", "--state", "starred", "--tag", "key") == 0
    doc = orjson.loads(capsysbinary.readouterr().out)
    jsonschema.validate(doc, schema)
    assert [len(a["annotations"]) for a in doc["articles"]] == [1]


@pytest.mark.parametrize("version", READABLE_VERSIONS)
def test_export_schema_prints_the_schema_of_each_version_import_reads(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes], version: int
) -> None:
    assert _run(workspace, "export", "--schema", str(version)) == 0
    schema = orjson.loads(capsysbinary.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["version"] == {"const": version}


def test_a_version_2_file_an_older_reader_wrote_meets_its_schema_and_still_imports(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    older = ROOT / "tests" / "interchange" / "fixtures" / "older_exports" / "version-2.json"
    assert _run(workspace, "export", "--schema", "2") == 0
    jsonschema.validate(
        orjson.loads(older.read_bytes()), orjson.loads(capsysbinary.readouterr().out)
    )
    assert _run(workspace, "import", str(older)) == 0
    assert capsysbinary.readouterr().out.startswith(b"imported json: 13 added, 0 updated")


def test_source_limits_the_export_to_one_dump(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert _run(workspace, "export", "--source", SEED.name, "-f", "jsonl") == 0
    lines = capsysbinary.readouterr().out.splitlines()
    assert len(lines) == 2 and all(orjson.loads(line)["spans"] for line in lines)


def test_work_on_an_article_edited_in_its_dump_is_said_to_be_so_not_dumpless(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    """An article whose text changed in its dump (the dump right there) was counted among
    the articles "whose dump is not present": the reason was wrong, and the user looked
    for a dump that was there. An export places such work in the new text as the app does
    when it opens (the passage "SEOUL" of the first article is found in its edited text),
    and says which it could not place and why (once "SEOUL" is gone)."""
    [dump] = workspace.seeds_dir.iterdir()
    first = load_dump(dump)[0]
    with Store(workspace.store_path) as store:
        store.remember([first])  # as the app does: the dump each article with work is in
    text = dump.read_text(encoding="utf-8")
    dump.write_text(text.replace(first.body[:40], first.body[:40].upper(), 1), encoding="utf-8")
    assert _run(workspace, "export", "-f", "jsonl") == 0
    err = capsys.readouterr().err
    assert "(left out: 1 article whose dump is not present)" in err
    dump.write_text(text.replace(first.body[:40], "Officials would not say more.", 1))
    assert _run(workspace, "export", "-f", "jsonl") == 0
    err = capsys.readouterr().err
    assert "1 passage of edited articles could not be found in their dump's new text" in err
    assert "(left out: 1 article whose dump is not present, 1 article edited in its dump" in err


_MODULES_PROBE = (
    "import sys, orjson; from reader.cli import main; status = main(sys.argv[1:]); "
    "print(orjson.dumps([status, sorted(m for m in sys.modules if m.startswith('reader.'))])"
    ".decode())"
)
_SPLITTER = {
    "reader.dumps.load",
    "reader.dumps.assemble",
    "reader.dumps.boundaries",
    "reader.dumps.decoding",
}
_ANNOTATOR = "reader.annotation.annotator"
"""Imported for the notice of a correction that no longer applies, and by the app."""
_ENTITIES = {"reader.analysis", "reader.annotation.entity_edits"}
"""The entities' records and their corrections: for an export `--with-entities` alone."""


@pytest.mark.slow
def test_an_export_of_dumps_split_before_never_imports_the_splitter(
    workspace: Workspace,
) -> None:
    """The first export splits the seed dump and keeps the split; the next reads it back
    without importing the splitter, a fifth of the process's imports, nor the decoder (only
    a dump that is split can fail to decode), the annotator (no correction to tell of) nor
    the entities' modules (none asked for)."""

    def reader_modules() -> set[str]:
        out = workspace.root / "out.json"
        argv = ["export", "-o", str(out), "--workspace", str(workspace.root)]
        done = subprocess.run(
            [sys.executable, "-c", _MODULES_PROBE, *argv],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        status, modules = orjson.loads(done.stdout)
        assert status == 0
        return set(modules)

    assert reader_modules() >= _SPLITTER
    again = reader_modules()
    assert not _SPLITTER & again
    assert _ANNOTATOR not in again
    assert not _ENTITIES & again
    assert orjson.loads((workspace.root / "out.json").read_bytes())["articles"]


_EXPORTING = """
import sys
from reader.cli import main
from reader.dumps import parts

parts.MIN_CHARS = int(sys.argv[1])
send = parts.Forked.send


def counted(rest, source, *args):
    send(rest, source, *args)
    print("sent", source, file=sys.stderr)


parts.Forked.send = counted
raise SystemExit(main(sys.argv[2:]))
"""
"""`reader export` in a process of its own, with the dump's cut threshold given and every
dump whose rest goes to a forked process named on stderr. Its own process, because a
process only forks while it has no other thread, and the suite's may have some."""


def test_an_export_that_splits_a_big_dump_on_two_cores_writes_what_one_process_does(
    workspace: Workspace,
) -> None:
    """The dump's rest is split in a forked process (its cut found in a dump this small
    once the threshold is lowered); the export is the one a single process makes."""
    big = workspace.seeds_dir / "big.txt"
    big.write_text(corpus.dump(60, seed=5), encoding="utf-8")
    articles = load_dump(big)
    with Store(workspace.store_path) as store:  # work on each side of the cut
        for article in (articles[1], articles[-1]):
            store.add_annotation(article.id, article.body, 2, 9, tags=["key"])
            store.set_state(article.id, "kept")

    def exported(threshold: int, name: str) -> tuple[dict[str, object], list[str]]:
        shutil.rmtree(workspace.cache_dir / "splits", ignore_errors=True)
        out = workspace.root / name
        argv = ["export", "--with-text", "-o", str(out), "--workspace", str(workspace.root)]
        done = subprocess.run(
            [sys.executable, "-c", _EXPORTING, str(threshold), *argv],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        doc = orjson.loads(out.read_bytes())
        del doc["exported"]
        return doc, [line for line in done.stderr.splitlines() if line.startswith("sent ")]

    two, sent = exported(10_000, "two.json")
    assert sent == [f"sent {big}"]  # its rest split in another process
    one, sent = exported(sys.maxsize, "one.json")
    assert (one, sent) == (two, [])
    texts = {a["id"]: a.get("text") for a in two["articles"]}  # type: ignore[attr-defined]
    assert all(texts[a.id] == a.body for a in (articles[1], articles[-1]))


def test_export_to_a_file_then_import_into_another_store(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import that added annotations leaves the jsonl export's tokens to be made after it,
    as the app's close does (`tokens_ahead`), for that store; one that changed none, none."""
    left: list[Path] = []
    monkeypatch.setattr(import_command, "is_whole_process", lambda: True)
    monkeypatch.setattr(tokens_ahead, "leave_behind", lambda space: left.append(space.store_path))
    target = workspace.root / "out" / "all.json"
    target.parent.mkdir()
    assert _run(workspace, "export", "-o", str(target)) == 0
    assert f"to {target}" in capsys.readouterr().err
    other = workspace.root / "other.json"
    assert _run(workspace, "import", str(target), "--db", str(other)) == 0
    assert capsys.readouterr().out.strip() == (
        "imported json: 2 added, 0 updated, 0 unchanged, 0 orphaned; 2 states, 0 tags set"
    )
    assert left == [other]
    assert _run(workspace, "import", str(target), "--db", str(other)) == 0
    assert _run(workspace, "import", str(target), "--db", str(other), "--dry-run") == 0
    said = capsys.readouterr().out.splitlines()[-1]
    assert said.startswith("would have imported json: 0 added, 0 updated, 2")
    assert left == [other]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "-f", "brat"], "a brat export is a folder: name it with -o PATH"),
        (["export", "-f", "w3c", "--with-entities"], "--with-entities does not fit the w3c"),
        (["export", "--source", "nowhere.txt"], "no dump nowhere.txt"),
        (["export", "--tag", "claims"], "--tag 'claims': the store has no such tag (the closest"),
        (["export", "--tag", "Key", "--tag", "claim"], "no such tag (the closest is 'key')"),
        (["export", "--tag", "zzz"], "--tag 'zzz': the store has no such tag\n"),
        (["export", "--db", "missing.json"], "no store at"),
        (["import", "missing.json"], "missing.json: no such file"),
    ],
)
def test_mistakes_are_one_line_and_exit_1(
    workspace: Workspace,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(workspace.root)
    assert _run(workspace, *argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and message in err and err.count("\n") == 1


def test_the_tui_export_writes_time_stamped_files_that_never_overwrite(
    workspace: Workspace,
) -> None:
    articles = load_dump(workspace.seeds_dir / SEED.name)
    with Store(workspace.store_path, read_only=True) as store:
        first = export_to_folder(store, articles, "json", workspace.exports_dir).path
        second = export_to_folder(store, articles, "json", workspace.exports_dir).path
        folder = export_to_folder(store, articles, "brat", workspace.exports_dir).path
    assert first.parent == workspace.exports_dir and first != second
    assert first.name.startswith("reader-json-") and first.suffix == ".json"
    assert orjson.loads(first.read_bytes())["format"] == "reader-annotations"
    assert folder.is_dir() and folder.name.startswith("reader-brat-")
    assert len(list(folder.glob("*.ann"))) == 2


def test_the_tui_export_and_reader_export_share_the_prodigy_token_cache(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Both make the export with the same call: the TUI's reads the tokens `reader export`
    kept (the cache file is left as it was) and writes the same tasks."""
    cached = workspace.cache_dir / "prodigy-tokens.bin"
    assert _run(workspace, "export", "-f", "jsonl", "-o", str(tmp_path / "cli.jsonl")) == 0
    kept = cached.stat()
    articles = load_dump(workspace.seeds_dir / SEED.name)
    with Store(workspace.store_path, read_only=True) as store:
        path = export_to_folder(
            store, articles, "jsonl", workspace.exports_dir, workspace=workspace
        ).path
    assert (cached.stat().st_ino, cached.stat().st_mtime_ns) == (kept.st_ino, kept.st_mtime_ns)
    assert path.read_bytes() == (tmp_path / "cli.jsonl").read_bytes()


def test_a_first_jsonl_export_leaves_its_tokens_kept_to_what_runs_after_its_answer(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tokens a first jsonl export made serve only the next one: their 40 MB at 100,000
    annotations go to the work `reader export` leaves to a process of its own, with the
    snapshot (`reader.leaving.leave`), not written while the user waits."""
    cached = workspace.cache_dir / "prodigy-tokens.bin"
    left: list[list[object]] = []

    def leave(status: int, later: list[object]) -> int:
        left.append(list(later))
        assert (tmp_path / "first.jsonl").is_file()
        assert not cached.exists()
        return export_command.done_here(later) or status

    monkeypatch.setattr(export_command, "leave", leave)
    assert _run(workspace, "export", "-f", "jsonl", "-o", str(tmp_path / "first.jsonl")) == 0
    assert len(left) == 1 and left[0]
    assert cached.is_file()


def test_a_jsonl_export_whose_tokens_are_all_cached_does_not_import_numpy(
    workspace: Workspace, tmp_path: Path
) -> None:
    """numpy makes the Prodigy tokens and costs a process 80 ms of CPU to import: a jsonl
    export reading every token from the cache does without it."""
    assert _run(workspace, "export", "-f", "jsonl", "-o", str(tmp_path / "first.jsonl")) == 0
    script = (
        "import sys; from reader.cli import main; main(sys.argv[1:]); print(*sorted(sys.modules))"
    )
    argv = ["export", "-f", "jsonl", "-o", str(tmp_path / "next.jsonl")]
    done = subprocess.run(
        [sys.executable, "-c", script, *argv, "--workspace", str(workspace.root)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "numpy" not in done.stdout.split()
    assert (tmp_path / "next.jsonl").read_bytes() == (tmp_path / "first.jsonl").read_bytes()


def test_the_process_the_app_leaves_makes_the_tokens_a_first_jsonl_export_reads(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The app, closed after annotations changed, leaves a process (`tokens_ahead.make`, run
    here in the test's: `make bench` runs its program) that makes what a jsonl export with
    no filter makes: that export then makes no entry and writes the bytes of one that made
    them all. A dump never split is not split for it; an annotation changed after it has its
    article's tokens made anew."""
    cached = workspace.cache_dir / "prodigy-tokens.bin"

    def exported(name: str) -> bytes:
        """A jsonl export's bytes, which made no entry of the token cache."""
        kept = cached.stat()
        assert _run(workspace, "export", "-f", "jsonl", "-o", str(tmp_path / name)) == 0
        assert (cached.stat().st_ino, cached.stat().st_mtime_ns) == (kept.st_ino, kept.st_mtime_ns)
        return (tmp_path / name).read_bytes()

    assert not tokens_ahead.make(workspace)  # the seed dump never split
    assert _run(workspace, "export", "-o", str(tmp_path / "first.json")) == 0  # splits it
    assert tokens_ahead.make(workspace)
    read = exported("read.jsonl")
    first = load_dump(workspace.seeds_dir / SEED.name)[0]
    with Store(workspace.store_path) as store:
        store.add_annotation(first.id, first.body, 3, 9, tags=["quote"])
    assert tokens_ahead.make(workspace)
    read_again = exported("read-again.jsonl")
    cached.unlink()
    assert _run(workspace, "export", "-f", "jsonl", "-o", str(tmp_path / "made.jsonl")) == 0
    assert (tmp_path / "made.jsonl").read_bytes() == read_again != read


class _FakeEntityService:
    """Stands in for `reader.nlp.service.EntityService`: the CLI's glue, without loading spaCy."""

    analysed: ClassVar[list[str]] = []

    def __init__(self, model: str, cache_dir: Path) -> None:
        self.model = model
        self.cache_dir = cache_dir

    def load(self) -> SimpleNamespace:
        return SimpleNamespace(name=self.model, version="9.9.9", fallback=False, reason=None)

    def analyse_many(self, articles: list) -> Iterator[tuple[object, SimpleNamespace]]:
        for article in articles:
            self.analysed.append(article.id)
            end = article.body.index(" ")
            yield (
                article,
                SimpleNamespace(entities=(SimpleNamespace(start=0, end=end, label="GPE"),)),
            )

    def close(self) -> None:
        pass


def test_with_entities_adds_each_present_articles_spans_and_the_model(
    workspace: Workspace,
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _FakeEntityService.analysed.clear()
    monkeypatch.setattr("reader.nlp.EntityService", _FakeEntityService)
    monkeypatch.setattr("reader.nlp.resolve_model_name", lambda cli, _ws: cli or "default_model")
    assert _run(workspace, "export", "--with-entities", "--model", "tiny_model") == 0
    doc = orjson.loads(capsysbinary.readouterr().out)
    assert doc["model"] == {"name": "tiny_model", "version": "9.9.9"}
    present, second, absent = doc["articles"]
    assert second["entities"] and second["title"].startswith("Ahead of strikes")
    assert present["entities"] == [{"start": 0, "end": 6, "label": "GPE"}]  # "SEOUL:"
    assert "entities" not in absent and len(_FakeEntityService.analysed) == 2


def test_an_article_with_entity_work_alone_is_in_json_and_with_entities_only(
    workspace: Workspace,
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An article whose entities were corrected but that holds no annotation and no state:
    NER data with `--with-entities` and in json (which carries the edit), noise otherwise,
    in `reader export` as in the TUI's export."""
    first, second = load_dump(workspace.seeds_dir / SEED.name)
    with Store(workspace.store_path) as store:
        for done in store.annotations(second.id):
            store.delete_annotation(done.id)
        store.set_entity(second.id, second.body, 0, 5, "ORG")
    monkeypatch.setattr("reader.nlp.EntityService", _FakeEntityService)
    monkeypatch.setattr("reader.nlp.resolve_model_name", lambda cli, _ws: cli or "default_model")

    def exported(*argv: str) -> list[str]:
        return _exported_ids(workspace, capsysbinary, *argv)

    assert exported("-f", "jsonl") == [first.id]
    assert exported("-f", "jsonl", "--with-entities") == [first.id, second.id]
    assert exported() == [first.id, second.id]
    with Store(workspace.store_path, read_only=True) as store:
        path = export_to_folder(store, [first, second], "doccano", workspace.exports_dir).path
    assert [orjson.loads(line)["article_id"] for line in path.read_bytes().splitlines()] == [
        first.id
    ]


def test_an_article_only_read_is_in_json_alone_unless_asked_for_by_state(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """An article the app marked read when it was opened, nothing marked in it: json
    carries its state; jsonl, doccano and brat wrote it as a task with nothing marked and
    no decision, in `reader export` as in the TUI's export."""
    first, second = load_dump(workspace.seeds_dir / SEED.name)
    with Store(workspace.store_path) as store:
        for done in store.annotations(second.id):
            store.delete_annotation(done.id)
        store.set_state(second.id, "read")

    def exported(*argv: str) -> list[str]:
        return _exported_ids(workspace, capsysbinary, *argv)

    assert exported() == [first.id, second.id]
    assert exported("-f", "jsonl") == [first.id]
    assert exported("-f", "jsonl", "--state", "read") == [second.id]
    with Store(workspace.store_path, read_only=True) as store:
        folder = export_to_folder(store, [first, second], "brat", workspace.exports_dir).path
    assert sorted(path.stem.rsplit("-", 1)[-1] for path in folder.glob("*.ann")) == [first.id]


def _discarded_reprint(workspace: Workspace, headline: str) -> tuple[Article, Article, Article]:
    """The seed's two articles and, in seeds/, a reprint of the first under `headline` (its
    last paragraph left out), discarded after the first was starred: a story of two
    versions whose state, the decision set last, is the reprint's."""
    first, second = load_dump(workspace.seeds_dir / SEED.name)
    paras = first.body.split("\n\n")
    reprint = headline + "\n\n" + "\n\n".join(paras[: len(paras) - 1])
    (workspace.seeds_dir / "reprint.txt").write_text(reprint + "\n", encoding="utf-8")
    (version,) = load_dump(workspace.seeds_dir / "reprint.txt")
    with Store(workspace.store_path) as store:
        store.set_state(version.id, "discarded")
    return first, second, version


def test_stories_name_the_story_of_each_article_that_has_another_version(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    first, second, version = _discarded_reprint(workspace, "A new headline for the same story")
    assert _run(workspace, "export", "--schema") == 0
    schema = orjson.loads(capsysbinary.readouterr().out)
    assert _run(workspace, "export", "--stories") == 0
    doc = orjson.loads(capsysbinary.readouterr().out)
    jsonschema.validate(doc, schema)
    stories = {a["title"]: a.get("story") for a in doc["articles"] if a["present"]}
    assert stories[first.title] == first.id
    assert stories[version.title] == first.id
    assert stories[second.title] is None
    states = {a["title"]: (a["state"], a.get("story_state")) for a in doc["articles"]}
    assert states[first.title] == ("starred", "discarded")  # its own beside the story's
    assert states[version.title] == ("discarded", "discarded")
    assert states[second.title][1] is None
    assert _run(workspace, "export", "-f", "jsonl", "--stories") == 0
    tasks = [orjson.loads(line) for line in capsysbinary.readouterr().out.splitlines()]
    assert sorted(t["meta"].get("story", "-") for t in tasks) == ["-", first.id, first.id]
    story_states = sorted(t["meta"].get("story_state", "-") for t in tasks)
    assert story_states == ["-", "discarded", "discarded"]
    assert _run(workspace, "export") == 0
    assert all("story" not in a for a in orjson.loads(capsysbinary.readouterr().out)["articles"])


def test_state_with_stories_picks_by_the_state_the_list_shows(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """The list shows each version of a story in the story's state (the decision set last
    on any version), and its filter picks by it: `--state discarded --stories` gave only
    the version the user discarded, not the starred one the list shows discarded."""
    first, second, version = _discarded_reprint(workspace, "Yet another headline for the story")

    def exported(*argv: str) -> list[str]:
        return sorted(_exported_ids(workspace, capsysbinary, *argv))

    assert exported("--state", "discarded") == [version.id]
    assert exported("--state", "discarded", "--stories") == sorted([first.id, version.id])
    assert exported("--state", "starred") == [first.id]
    assert exported("--state", "starred", "--stories") == []
    assert second.id in exported("--state", "new", "--stories")


@pytest.mark.parametrize("snapshot", [False, True])
def test_a_stories_export_parses_the_store_once(
    workspace: Workspace,
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
    snapshot: bool,
) -> None:
    """The stories' states are read from the store the export was gathered from, its
    annotations handed over (as a big store's are, in runs or from its snapshot): `--stories`
    opened the store again for them, parsing 100,000 annotations twice."""
    first, _second, _version = _discarded_reprint(workspace, "Another headline for the story")
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)  # read in runs, as a big store is
    if snapshot:
        with Store(workspace.store_path) as store:
            store.make_snapshot()
    opened: list[Path] = []
    read = Store._open

    def counted(store: Store) -> None:
        opened.append(store.path)
        read(store)

    monkeypatch.setattr(Store, "_open", counted)
    assert _run(workspace, "export", "--stories") == 0
    doc = orjson.loads(capsysbinary.readouterr().out)
    assert opened == [workspace.store_path.resolve()]
    states = {a["title"]: (a["state"], a.get("story_state")) for a in doc["articles"]}
    assert states[first.title] == ("starred", "discarded")


def test_sources_inside_the_workspace_are_exported_relative_to_it(
    workspace: Workspace, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert _run(workspace, "export") == 0
    doc = orjson.loads(capsysbinary.readouterr().out)
    assert [a["source"] for a in doc["articles"][:2]] == [f"seeds/{SEED.name}"] * 2
    outside = tmp_path.parent / f"{tmp_path.name}-outside" / "elsewhere.txt"
    outside.parent.mkdir()
    shutil.copy(SEED, outside)
    assert _run(workspace, "export", "--source", str(outside)) == 0
    doc = orjson.loads(capsysbinary.readouterr().out)
    assert {a["source"] for a in doc["articles"]} == {str(outside)}  # outside: absolute


@pytest.mark.parametrize("format_args", [["-f", "jsonl"], ["-f", "brat"], ["-f", "spacy"]])
def test_an_output_in_a_folder_that_does_not_exist_is_refused_in_one_line(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], format_args: list[str]
) -> None:
    """curl and pandoc refuse too: a mistyped -o made a tree of folders nobody asked for.
    The command it gives is quoted: copied, `mkdir -p` of a path with a space made two."""
    missing = tmp_path / "my exprots" / "today"
    assert _run(workspace, "export", *format_args, "-o", str(missing / "out.spacy")) == 1
    assert capsys.readouterr().err == (
        f"reader: no folder {missing}: make it first (mkdir -p '{missing}')\n"
    )
    assert not (tmp_path / "my exprots").exists()


def test_the_workspace_s_exports_folder_is_made_when_needed(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    """reader's own folder, as the README's example and the app's E use it."""
    target = workspace.exports_dir / "doccano.jsonl"
    assert not workspace.exports_dir.exists()
    assert _run(workspace, "export", "-f", "doccano", "-o", str(target)) == 0
    assert target.is_file()
