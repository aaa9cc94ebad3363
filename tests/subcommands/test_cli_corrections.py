"""`reader articles` applies the store's corrections (`--raw` does not); exports carry them;
`reader export -f spacy` writes the checked articles; `reader evaluate` scores a model."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import orjson
import pytest

from reader.annotation.corrections import break_at, retitle
from reader.cli import main
from reader.dumps.load import load_dump
from reader.store import Store
from reader.workspace import Workspace
from tests.annotation.test_dump_moves import OLD_STORE
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
    assert out.rstrip().endswith("3 articles")


def test_an_unreadable_store_leaves_the_articles_as_split_and_says_so(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace.store_path.write_text("{ not json")
    assert _run(workspace, "articles", str(workspace.seeds_dir / SEED.name)) == 0
    out, err = capsys.readouterr()
    assert "shown as split" in err and out.rstrip().endswith("2 articles")


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


def test_export_spacy_without_checked_articles_says_so(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(workspace, "export", "-f", "spacy", "-o", str(workspace.root / "t.spacy")) == 1
    assert "no checked articles" in capsys.readouterr().err


@pytest.mark.parametrize("command", [("export", "-f", "spacy", "-o", "t.spacy"), ("evaluate",)])
def test_a_checked_article_since_edited_is_named_not_asked_for_again(
    workspace: Workspace, command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    first = _corrected(workspace)[0]
    with Store(workspace.store_path) as store:
        store.check_entities(first.id, first.body, [])
        store.add_article_correction(break_at(first, 2))  # the checked text is gone
    assert _run(workspace, *command) == 1
    err = capsys.readouterr().err
    assert "1 checked article not in them as they were (edited since" in err
    assert "check an article's entities in the reader first" not in err


@pytest.mark.slow
@pytest.mark.parametrize(
    "command", [("export", "-f", "spacy", "-o", "{root}/t.spacy"), ("evaluate",)]
)
def test_checked_articles_since_edited_are_counted_beside_those_used(
    workspace: Workspace, command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    """Two checked, one edited since: the command goes on with the other and says one is
    left out; it said "1 checked article(s)" as if only one had been checked."""
    first, second = _corrected(workspace)[:2]
    with Store(workspace.store_path) as store:
        store.check_entities(first.id, first.body, [])
        store.check_entities(second.id, second.body, [])
        store.add_article_correction(break_at(first, 2))  # the first's checked text is gone
    assert _run(workspace, *(part.format(root=workspace.root) for part in command)) == 0
    err = capsys.readouterr().err
    assert "1 checked article left out: not in these dumps as they were (edited since" in err


@pytest.mark.slow
def test_export_spacy_writes_train_and_dev_docbins_and_evaluate_scores_them(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    spacy = pytest.importorskip("spacy")
    articles = _corrected(workspace)
    with Store(workspace.store_path) as store:
        for article in articles:
            body = article.body
            seoul = body.find("Pyongyang")
            shown = []
            if seoul >= 0:
                store.set_entity(article.id, body, seoul, seoul + len("Pyongyang"), "GPE")
            else:
                start = body.index(" ") + 1
                shown.append(_entity(start, start + 3, "ORG"))
            store.check_entities(article.id, body, shown)
    train, dev = workspace.root / "train.spacy", workspace.root / "dev.spacy"
    argv = ["export", "-f", "spacy", "-o", str(train), "--dev", str(dev), "--dev-share", "0.5"]
    assert _run(workspace, *argv) == 0
    err = capsys.readouterr().err
    # the count is of both files' articles, as the entities' is, then each file's share
    assert re.search(
        rf"exported 3 checked articles with [\d,]+ entit(?:y|ies): [12] to "
        rf"{re.escape(str(train))} and",
        err,
    )
    nlp = spacy.blank("en")
    docs = [
        *spacy.tokens.DocBin().from_disk(train).get_docs(nlp.vocab),
        *spacy.tokens.DocBin().from_disk(dev).get_docs(nlp.vocab),
    ]
    assert sorted(d.text for d in docs) == sorted(a.body for a in articles)
    assert _run(workspace, "evaluate", "--json") == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["articles"] == 3
    assert {"label", "precision", "recall", "f", "gold", "predicted"} <= set(figures["overall"])
    assert _run(workspace, "evaluate") == 0
    table = capsys.readouterr().out
    assert "label" in table and table.splitlines()[-1].startswith("all")


def _entity(start: int, end: int, label: str):
    from reader.analysis import Entity

    return Entity(start, end, label)


def test_stats_counts_the_corrected_articles_and_their_states(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    """The TUI shows three articles after the break; `reader stats` counted the splitter's
    two and lost the state of the article the break made."""
    broken_off = next(a for a in _corrected(workspace) if a.index == 2)
    with Store(workspace.store_path) as store:
        store.set_state(broken_off.id, "kept")
    assert _run(workspace, "stats", "--json") == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["articles"] == 3
    assert figures["states"]["kept"] == 1 and figures["triaged"] == 1


def test_duplicates_groups_the_corrected_articles(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(workspace, "duplicates", str(workspace.seeds_dir), "--json") == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 3


@pytest.mark.slow
def test_analyse_caches_the_corrected_articles_the_tui_opens(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the corrected articles cached there is nothing left to analyse: no cluster starts
    (analysing the splitter's articles instead left the TUI's uncached)."""
    pytest.importorskip("dask")
    from reader.nlp import cluster
    from reader.nlp.service import DEFAULT_MODEL, EntityService

    service = EntityService(DEFAULT_MODEL, workspace.cache_dir)
    try:
        for article in _corrected(workspace):
            service.analyse(article)
    finally:
        service.close()

    def no_cluster(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a cluster was started for articles already cached")

    monkeypatch.setattr(cluster, "open_session", no_cluster)
    assert _run(workspace, "analyse", str(workspace.seeds_dir), "--model", DEFAULT_MODEL) == 0
    assert "3 articles in 1 dump: 3 cached, 0 to analyse" in capsys.readouterr().out


class _BlankService:
    """Stands in for `EntityService`: a blank English pipeline that finds no entity."""

    def __init__(self, model: str, use_cache: bool = True) -> None:
        self.pipeline = None

    def load(self) -> SimpleNamespace:
        import spacy

        self.pipeline = spacy.blank("en")
        return SimpleNamespace(describe=lambda: "blank", fallback=False, reason=None)

    def analyse_many(self, articles: list) -> Iterator[tuple[object, SimpleNamespace]]:
        return ((article, SimpleNamespace(entities=())) for article in articles)

    def close(self) -> None:
        pass


def test_evaluate_scores_the_articles_checked_in_a_workspace_opened_as_reader_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`reader DIR` keeps its dumps in DIR, not in seeds/: `reader export -f spacy` wrote
    the articles checked there, and `reader evaluate` said none was checked."""
    shutil.copy(SEED, tmp_path / SEED.name)
    space = Workspace.open(tmp_path)
    first, _ = load_dump(tmp_path / SEED.name)
    with Store(space.store_path, root=space.root) as store:
        store.remember([first])
        store.check_entities(first.id, first.body, [_entity(0, 5, "GPE")])
    monkeypatch.setattr("reader.nlp.EntityService", _BlankService)
    monkeypatch.setattr("reader.nlp.resolve_model_name", lambda cli, _ws: "blank")
    assert _run(space, "evaluate", "--json") == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["articles"], figures["overall"]["gold"]) == (1, 1)


def test_a_renamed_dump_keeps_the_corrections_an_old_store_made_on_it(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """The store of 6f4e3d3 (tests/annotation/test_dump_moves.py) with its dump renamed:
    `reader articles` and `reader export` read it as corrected, at the new name, and the
    store file is left as it was (a command reads; the app writes the move)."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "annotations").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "new.txt")
    store = tmp_path / "annotations" / "reader.json"
    shutil.copy(OLD_STORE, store)
    before = store.read_bytes()
    space = Workspace.open(tmp_path)
    assert _run(space, "articles", str(tmp_path / "seeds" / "new.txt"), "--json") == 0
    shown = orjson.loads(capsysbinary.readouterr().out)
    assert shown[0]["title"] == "Retitled by hand" and len(shown) == 3
    assert _run(space, "export") == 0
    export = orjson.loads(capsysbinary.readouterr().out)
    assert {c["source"] for c in export["corrections"]} == {"seeds/new.txt"}
    (starred,) = [a for a in export["articles"] if a["state"] == "starred"]
    assert starred["source"] == "seeds/new.txt" and starred["annotations"]
    assert store.read_bytes() == before


def test_a_dev_share_that_leaves_the_dev_file_empty_is_refused_before_anything_is_written(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    """Three checked articles and a dev share of 0.01: no article falls to dev, and
    `spacy train` stops on an empty dev file. It wrote one and said "exported 3"."""
    with Store(workspace.store_path) as store:
        for article in _corrected(workspace):
            store.check_entities(article.id, article.body, [])
    train, dev = workspace.root / "train.spacy", workspace.root / "dev.spacy"
    argv = ["export", "-f", "spacy", "-o", str(train), "--dev", str(dev), "--dev-share", "0.01"]
    assert _run(workspace, *argv) == 1
    err = capsys.readouterr().err
    assert "the dev file would be empty: of 3 checked articles, none falls to a dev share" in err
    assert not train.exists() and not dev.exists()
    argv[-1] = "0.99"
    assert _run(workspace, *argv) == 1
    assert "the training file would be empty" in capsys.readouterr().err
