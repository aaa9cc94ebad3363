"""`reader models`: installed pipelines, the one in use and why, languages mapped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.nlp import MODEL_ENV
from reader.nlp.models import BUNDLED_MODEL
from tests.nlp.test_models import install_fake


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)


def test_lists_the_bundled_pipeline_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "--workspace", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"* {BUNDLED_MODEL} 3.8.0  lang=en  fast" in out
    assert f"in use: {BUNDLED_MODEL} (bundled default)" in out
    (tmp_path / "reader.toml").write_text('[models]\nfr = "fr_core_news_typo"\n')
    assert main(["models", "--workspace", str(tmp_path), "--model", "en_core_web_typo"]) == 0
    out = capsys.readouterr().out
    assert "in use: en_core_web_typo (--model), not installed: entities come from rules" in out
    assert "articles in fr: fr_core_news_typo, not installed: entities come from rules" in out


def test_an_official_pipeline_and_a_language_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    monkeypatch.syspath_prepend(str(site))
    install_fake(site, "en_core_web_md", vectors=300)
    install_fake(site, "fr_core_news_sm", lang="fr")
    (tmp_path / "reader.toml").write_text('[models]\nfr = "fr_core_news_sm"\n')
    assert main(["models", "--workspace", str(tmp_path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["in_use"] == "en_core_web_md" and document["in_use_installed"]
    assert document["languages"] == {"fr": "fr_core_news_sm"}
    names = {p["name"]: p for p in document["installed"]}
    assert names["en_core_web_md"]["speed"] == "medium"
    assert names["fr_core_news_sm"]["language"] == "fr"
    assert main(["models", "--workspace", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "* en_core_web_md" in out and "fr_core_news_sm 3.8.0  lang=fr" in out
    assert "for fr" in out and "articles in fr: fr_core_news_sm" in out


def test_a_bad_models_table_is_one_line_and_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "reader.toml").write_text('models = "fr_core_news_sm"\n')
    assert main(["models", "--workspace", str(tmp_path)]) != 0
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and err.count("\n") == 1
    assert 'models must be a table of language = "pipeline"' in err
