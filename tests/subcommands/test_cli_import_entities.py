"""`reader import` reads the entity labels another tool's annotators gave (Prodigy's
`ner.manual`, a doccano sequence-labelling project) as entity edits, not passage tags: the
files `reader export` wrote, labelled there, come back into a fresh workspace as entity
corrections (and, accepted in Prodigy's manual view, checked articles: training data)."""

from __future__ import annotations

import re
from pathlib import Path

import orjson
import pytest

from reader.article import Article
from reader.dumps.load import load_dump
from reader.interchange.training import checked_articles
from reader.store import Store
from tests.conftest import SEED
from tests.subcommands.import_support import run, seeded_workspace, worked_workspace


@pytest.fixture(scope="module")
def worked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with tagged annotations on both articles of the seed dump (read only)."""
    return worked_workspace(tmp_path_factory.mktemp("entities") / "one")


@pytest.fixture(scope="module")
def seed() -> tuple[Article, Article]:
    first, second = load_dump(SEED)
    return first, second


def _lines(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def _write(path: Path, lines: list[dict]) -> None:
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def _store(root: Path) -> Store:
    return Store(root / "annotations" / "reader.json", root=root)


def _entities(root: Path, article: Article) -> list[tuple[str, str]]:
    with _store(root) as store:
        edits = store.entity_edits(article.id)
    return sorted((e.quote, e.label) for e in edits if not e.orphaned)


LABELLED = [("North Korean state", "ORG"), ("Pyongyang", "GPE"), ("SEOUL", "GPE")]
"""The entity edits `_prodigy`'s labels give, as `_entities` lists them."""


def _prodigy(worked: Path, tmp_path: Path, seed: tuple[Article, Article], **task: object) -> Path:
    """The workspace's jsonl export with the first task labelled as in `ner.manual`: Seoul a
    GPE, Pyongyang a GPE, "North Korean state media" an ORG (`task`: other keys)."""
    exported = tmp_path / "tasks.jsonl"
    assert run(worked, "export", "-f", "jsonl", "-o", str(exported)) == 0
    tasks = _lines(exported)
    body = seed[0].body
    for text, label in (("SEOUL", "GPE"), ("Pyongyang", "GPE"), ("North Korean state", "ORG")):
        start, end = _span(body, text)
        tasks[0]["spans"].append({"start": start, "end": end, "label": label})
    tasks[0].update({"answer": "accept", "_view_id": "ner_manual", **task})
    _write(exported, tasks)
    return exported


def _imported(tasks: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """A fresh workspace with `tasks` imported, and what the import said."""
    fresh = seeded_workspace(tmp_path / "two")
    capsys.readouterr()
    assert run(fresh, "import", str(tasks)) == 0
    return fresh, capsys.readouterr().out


def test_prodigy_ner_manual_labels_come_in_as_entity_edits_and_a_check(
    worked: Path, tmp_path: Path, seed: tuple[Article, Article], capsys: pytest.CaptureFixture[str]
) -> None:
    """Exported, labelled in Prodigy, imported into a fresh workspace: the entity spans are
    entity edits, the accepted task checks its article (the training data has its spans),
    and the tags stay tags; imported twice, nothing more."""
    tasks = _prodigy(worked, tmp_path, seed)
    fresh, said = _imported(tasks, tmp_path, capsys)
    assert said.startswith("imported jsonl: 5 added")
    assert "3 entity edits, 1 check added" in said
    assert _entities(fresh, seed[0]) == LABELLED
    with _store(fresh) as store:
        assert {tag for a in store.annotations() for tag in a.tags} == {
            "key",
            "claim",
            "quote",
            "follow-up",
        }
        (gold,) = checked_articles(store, list(seed))
    assert [seed[0].body[e.start : e.end] for e in gold.entities] == [
        "SEOUL",
        "Pyongyang",
        "North Korean state",
    ]
    assert run(fresh, "import", str(tasks)) == 0
    assert "entity edit" not in capsys.readouterr().out


def test_a_check_of_an_article_not_here_as_it_was_is_said_and_trains_nothing(
    worked: Path, tmp_path: Path, seed: tuple[Article, Article], capsys: pytest.CaptureFixture[str]
) -> None:
    """A task of an article retitled where it was exported (its id another): its entity
    edits come in on the article of its dump holding their quotes, its check stays on the
    id the file names. The summary said "1 check(s) added" and `export -f spacy` then found
    no checked article, with nothing to say why (review27)."""
    tasks = _prodigy(worked, tmp_path, seed)
    lines = _lines(tasks)
    lines[0]["meta"]["article_id"] = "0123456789abcdef"
    _write(tasks, lines)
    fresh, said = _imported(tasks, tmp_path, capsys)
    assert "3 entity edits, 1 check added (1 of articles not in the workspace's dumps" in said
    assert _entities(fresh, seed[0]) == LABELLED
    with _store(fresh) as store:
        assert checked_articles(store, list(seed)) == []


def test_a_rejected_task_brings_no_entities_and_says_so(
    worked: Path, tmp_path: Path, seed: tuple[Article, Article], capsys: pytest.CaptureFixture[str]
) -> None:
    tasks = _prodigy(worked, tmp_path, seed, answer="reject")
    fresh, said = _imported(tasks, tmp_path, capsys)
    assert "0 entity edits, 0 checks added" in said
    assert "3 entity spans of rejected or ignored tasks left out" in said
    assert _entities(fresh, seed[0]) == []


def test_a_span_over_another_of_the_same_task_is_left_out_and_said(
    worked: Path, tmp_path: Path, seed: tuple[Article, Article], capsys: pytest.CaptureFixture[str]
) -> None:
    """The ORG "North Korean state" and the NORP "Korean state media" of one task came in
    as one entity edit, the other dropped without a word (review24)."""
    tasks = _prodigy(worked, tmp_path, seed)
    lines = _lines(tasks)
    start, end = _span(seed[0].body, "Korean state media")
    lines[0]["spans"].append({"start": start, "end": end, "label": "NORP"})
    _write(tasks, lines)
    fresh, said = _imported(tasks, tmp_path, capsys)
    assert "3 entity edits, 1 check added" in said
    assert "1 entity span left out over others kept (the store's, or the file's own)" in said
    assert ("North Korean state", "ORG") in _entities(fresh, seed[0])


def test_a_task_accepted_outside_the_manual_view_checks_nothing(
    worked: Path, tmp_path: Path, seed: tuple[Article, Article]
) -> None:
    """reader's own export accepts a kept article's task: that is a triage decision, not a
    judgement that its spans are all its entities."""
    tasks = _prodigy(worked, tmp_path, seed, _view_id="classification")
    fresh = seeded_workspace(tmp_path / "two")
    assert run(fresh, "import", str(tasks)) == 0
    with _store(fresh) as store:
        assert store.checked() == {}
    assert len(_entities(fresh, seed[0])) == 3


def test_entity_labels_named_on_the_command_line_and_none(
    worked: Path, tmp_path: Path, seed: tuple[Article, Article]
) -> None:
    """`--entity-labels` names the labels read as entities (a CoNLL project's PER); ''
    reads every span as a tag, as imports did before."""
    tasks = _prodigy(worked, tmp_path, seed)
    named = seeded_workspace(tmp_path / "named")
    assert run(named, "import", str(tasks), "--entity-labels", "ORG, PER") == 0
    assert _entities(named, seed[0]) == [("North Korean state", "ORG")]
    with _store(named) as store:
        assert "GPE" in {tag for a in store.annotations() for tag in a.tags}
    none = seeded_workspace(tmp_path / "none")
    assert run(none, "import", str(tasks), "--entity-labels", "") == 0
    assert _entities(none, seed[0]) == []


def test_the_workspaces_own_entity_edit_over_the_same_characters_stays(
    worked: Path, tmp_path: Path, seed: tuple[Article, Article], capsys: pytest.CaptureFixture[str]
) -> None:
    """The file has no times: an entity the user labelled here is not overwritten by an
    overlapping one from the file; the others come in. One the workspace holds already (the
    same span and label, made here) is no span left out: a file re-imported where it was
    made said "53 entity spans left out over others kept" of its own work (review32)."""
    tasks = _prodigy(worked, tmp_path, seed)
    fresh = seeded_workspace(tmp_path / "two")
    first = seed[0]
    with _store(fresh) as store:
        store.set_entity(first.id, first.body, *_span(first.body, "Pyongyang"), "LOC")
        store.set_entity(first.id, first.body, *_span(first.body, "SEOUL"), "GPE")
    capsys.readouterr()
    assert run(fresh, "import", str(tasks)) == 0
    assert "1 entity span left out over others kept" in capsys.readouterr().out
    assert ("Pyongyang", "LOC") in _entities(fresh, first)
    assert ("Pyongyang", "GPE") not in _entities(fresh, first)
    assert ("SEOUL", "GPE") in _entities(fresh, first)


def test_doccano_entity_labels_come_in_as_entity_edits(
    worked: Path, tmp_path: Path, seed: tuple[Article, Article], capsys: pytest.CaptureFixture[str]
) -> None:
    """A doccano project's labels: those that are entity labels are entity edits (no
    check: doccano does not say an example is done), a tag beside them a tag; doccano's own
    `entities` objects are entities; reader's `--with-entities` list is not read back."""
    exported = tmp_path / "examples.jsonl"
    assert run(worked, "export", "-f", "doccano", "-o", str(exported)) == 0
    examples = _lines(exported)
    body = seed[1].body
    trump, us = _span(body, "Donald Trump"), _span(body, "US")
    iran = _span(body, "Iran")
    examples[1]["label"] += [[*trump, "PERSON"], [*us, "GPE"], [*us, "source"]]
    examples[1]["entities"] = [
        {"id": 7, "start_offset": iran[0], "end_offset": iran[1], "label": "GPE"},
        [0, 10, "ORG"],
    ]
    _write(exported, examples)
    fresh = seeded_workspace(tmp_path / "two")
    capsys.readouterr()
    assert run(fresh, "import", str(exported)) == 0
    assert "3 entity edits, 0 checks added" in capsys.readouterr().out
    assert _entities(fresh, seed[1]) == [("Donald Trump", "PERSON"), ("Iran", "GPE"), ("US", "GPE")]
    with _store(fresh) as store:
        (source,) = [a for a in store.annotations(seed[1].id) if "source" in a.tags]
    assert source.quote == "US"


@pytest.mark.parametrize(
    ("entities", "problem"),
    [
        ([{"start_offset": 0, "end_offset": 99999, "label": "ORG"}], r"entities\[0\]: expected"),
        ([{"start_offset": 0, "end_offset": 3}], r"entities\[0\]\.label: required"),
        ([{"start_offset": 0, "end_offset": 3, "label": " "}], "must not be empty"),
        ("ORG", "entities: expected a list"),
    ],
)
def test_bad_doccano_entities_are_one_line_and_change_nothing(
    tmp_path: Path, entities: object, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = seeded_workspace(tmp_path / "w")
    bad = tmp_path / "bad.jsonl"
    _write(bad, [{"text": "One two.", "label": [], "article_id": "a", "entities": entities}])
    assert run(root, "import", str(bad)) != 0
    (said,) = capsys.readouterr().err.splitlines()
    assert said.startswith(f"reader: {bad}: line 1.entities") and re.search(problem, said)
    with _store(root) as store:
        assert store.entity_edits() == [] and store.annotations() == []


def test_a_prodigy_entity_span_outside_its_text_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = seeded_workspace(tmp_path / "w")
    bad = tmp_path / "bad.jsonl"
    span = {"start": 4, "end": 40, "label": "ORG"}
    _write(bad, [{"text": "One two.", "spans": [span], "meta": {"article_id": "a"}}])
    assert run(root, "import", str(bad)) != 0
    (said,) = capsys.readouterr().err.splitlines()
    assert said == (
        f"reader: {bad}: line 1.spans[0]: expected a start and an end inside the text, got 4, 40"
    )


def test_an_accepted_task_with_spans_read_as_tags_checks_nothing_and_says_why(
    worked: Path, tmp_path: Path, seed: tuple[Article, Article], capsys: pytest.CaptureFixture[str]
) -> None:
    """A CoNLL-style team's PER and GEO are no labels of the model: read as tags, the task
    checked its article with no entity, gold that `export -f spacy` and `evaluate` then
    took (review23). It checks nothing now, and the summary names the labels (not those of
    reader's own passages in the task, kept as tags); named with --entity-labels, they
    are entities and the task checks its article."""
    tasks = _prodigy(worked, tmp_path, seed)
    lines = _lines(tasks)
    for span in lines[0]["spans"]:
        if "annotation_id" not in span:
            span["label"] = {"GPE": "GEO", "ORG": "PER"}[span["label"]]
    _write(tasks, lines)
    fresh = seeded_workspace(tmp_path / "two")
    capsys.readouterr()
    assert run(fresh, "import", str(tasks)) == 0
    said = capsys.readouterr().out
    assert (
        "0 entity edits, 0 checks added, 1 accepted task not checked: labels not entity "
        "labels (GEO, PER; --entity-labels names them)"
    ) in said
    with _store(fresh) as store:
        assert store.checked() == {}
    named = seeded_workspace(tmp_path / "named")
    assert run(named, "import", str(tasks), "--entity-labels", "GEO,PER") == 0
    assert "3 entity edits, 1 check added" in capsys.readouterr().out
    assert len(_entities(named, seed[0])) == 3
    with _store(named) as store:
        assert list(store.checked()) == [seed[0].id]
