"""`reader export -f prodigy-textcat`: each article's triage as a Prodigy text classification
task (a label accepted or rejected), and `reader import` taking Prodigy's answers back."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from reader.cli import main
from reader.dumps.load import load_dump
from reader.interchange.exporters.jsonl import hashed_text
from reader.store import Store
from tests.conftest import NEWS


def _workspace(root: Path, states: dict[int, str]) -> Path:
    """seeds/wire.txt holds the eight fixture stories; `states` sets some by their place."""
    seeds = root / "seeds"
    seeds.mkdir(parents=True)
    stories = [p.read_text(encoding="utf-8").strip() for p in sorted(NEWS.glob("*.txt"))]
    (seeds / "wire.txt").write_text("\n\n\n".join(stories) + "\n", encoding="utf-8")
    articles = load_dump(seeds / "wire.txt")
    with Store(root / "annotations" / "reader.json", root=root) as store:
        store.remember(articles)
        for place, state in states.items():
            store.set_state(articles[place].id, state)  # type: ignore[arg-type]
    return root


def _run(root: Path, *argv: str) -> int:
    return main([*argv, "--workspace", str(root)])


def _tasks(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


@pytest.fixture
def triaged(tmp_path: Path) -> Path:
    return _workspace(tmp_path / "one", {0: "kept", 1: "starred", 2: "discarded", 3: "read"})


def test_each_decided_article_is_a_task_accepting_or_rejecting_the_label(
    triaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "triage.jsonl"
    assert (
        _run(triaged, "export", "-f", "prodigy-textcat", "--label", "ON_TOPIC", "-o", str(out)) == 0
    )
    assert capsys.readouterr().err.startswith(
        "exported the triage of 3 articles as prodigy-textcat to "
    )
    tasks = _tasks(out)  # the article only read is no decision: not written
    assert [(t["meta"]["state"], t["answer"]) for t in tasks] == [
        ("kept", "accept"),
        ("starred", "accept"),
        ("discarded", "reject"),
    ]
    articles = load_dump(triaged / "seeds" / "wire.txt")
    for task, article in zip(tasks, articles, strict=False):
        assert (task["label"], task["_view_id"]) == ("ON_TOPIC", "classification")
        assert task["text"] == article.body and task["meta"]["article_id"] == article.id
        assert "spans" not in task and "tokens" not in task
        assert task["_input_hash"] == hashed_text(article.body)[1]
    assert len({t["_task_hash"] for t in tasks}) == 3


def test_the_label_changes_the_task_hash_and_defaults_to_relevant(
    triaged: Path, tmp_path: Path
) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert _run(triaged, "export", "-f", "prodigy-textcat", "-o", str(one)) == 0
    assert _run(triaged, "export", "-f", "prodigy-textcat", "--label", "X", "-o", str(two)) == 0
    first, second = _tasks(one)[0], _tasks(two)[0]
    assert first["label"] == "RELEVANT"
    assert first["_input_hash"] == second["_input_hash"]
    assert first["_task_hash"] != second["_task_hash"]


def test_answers_given_in_prodigy_come_back_as_triage_states(
    triaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Into a fresh workspace holding the dump: each decision as it was (a starred article
    accepted stays starred), and the answers an annotator gave in Prodigy to three tasks
    more (reject, accept, ignore: no state)."""
    out = tmp_path / "triage.jsonl"
    assert _run(triaged, "export", "-f", "prodigy-textcat", "-o", str(out)) == 0
    tasks = _tasks(out)
    articles = load_dump(triaged / "seeds" / "wire.txt")
    for place, answer in ((3, "reject"), (5, "accept"), (6, "ignore")):
        article = articles[place]
        meta = {"article_id": article.id, "title": article.title}
        tasks.append({**tasks[0], "text": article.body, "answer": answer, "meta": meta})
    out.write_bytes(b"".join(orjson.dumps(t) + b"\n" for t in tasks))
    fresh = _workspace(tmp_path / "two", {})
    capsys.readouterr()
    assert _run(fresh, "import", str(out)) == 0
    assert "5 states" in capsys.readouterr().out
    with Store(fresh / "annotations" / "reader.json", root=fresh, read_only=True) as store:
        states = [store.state(article.id) for article in articles]
    assert states == ["kept", "starred", "discarded", "discarded", "new", "kept", "new", "new"]


def test_a_span_task_s_answer_still_judges_its_spans_not_the_article(
    triaged: Path, tmp_path: Path
) -> None:
    """A `jsonl` task rejected in Prodigy: its article keeps the state written beside it."""
    out = tmp_path / "spans.jsonl"
    assert _run(triaged, "export", "-f", "prodigy-textcat", "-o", str(out)) == 0
    task = {**_tasks(out)[0], "answer": "reject", "spans": [{"start": 0, "end": 4, "label": "X"}]}
    out.write_bytes(orjson.dumps(task) + b"\n")
    fresh = _workspace(tmp_path / "two", {})
    assert _run(fresh, "import", str(out)) == 0
    with Store(fresh / "annotations" / "reader.json", root=fresh, read_only=True) as store:
        assert store.state(task["meta"]["article_id"]) == "kept"


def test_a_label_for_another_format_or_an_empty_one_is_refused(
    triaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(triaged, "export", "-f", "jsonl", "--label", "X") == 1
    assert capsys.readouterr().err == "reader: --label belongs to -f prodigy-textcat\n"
    with pytest.raises(SystemExit) as exit_:
        _run(triaged, "export", "-f", "prodigy-textcat", "--label", " ")
    assert exit_.value.code == 2
    assert "a label needs a name" in capsys.readouterr().err


def test_a_label_that_is_not_utf8_is_refused_in_one_line(
    triaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A shell's `--label $'\\xff'` reaches Python as a lone surrogate, which the task's
    hash cannot read: it was a traceback after the export had begun."""
    with pytest.raises(SystemExit) as exit_:
        _run(triaged, "export", "-f", "prodigy-textcat", "--label", "ON\udcffTOPIC")
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "a label must be UTF-8 text" in err and "Traceback" not in err
