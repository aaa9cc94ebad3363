"""Which pipeline reads what: installed pipelines, the preferred default, languages."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from reader.analysis import LanguageGap
from reader.article import Article
from reader.errors import ReaderError
from reader.nlp import MODEL_ENV, resolve_model_name
from reader.nlp.models import (
    BUNDLED_MODEL,
    default_model,
    installed_names,
    installed_pipelines,
    language_models,
    language_of,
    model_fingerprint,
    model_for,
    speed_class,
)
from reader.nlp.router import ModelRouter
from tests.conftest import article_from_paragraphs

LABELS = ["PERSON", "ORG", "GPE"]


def install_fake(
    site: Path,
    name: str,
    *,
    lang: str = "en",
    vectors: int = 0,
    components: tuple[str, ...] = ("ner",),
) -> None:
    """A pipeline package as pip leaves it: the package with meta.json, and its dist-info."""
    package = site / name
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    meta = {
        "lang": lang,
        "name": name.split("_", 1)[1],
        "version": "3.8.0",
        "labels": {"ner": LABELS},
        "components": list(components),
        "vectors": {"width": vectors},
        "performance": {"speed": 1234.5},
    }
    (package / "meta.json").write_text(json.dumps(meta))
    info = site / f"{name}-3.8.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 3.8.0\n")
    (info / "entry_points.txt").write_text(f"[spacy_models]\n{name} = {name}\n")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv(MODEL_ENV, raising=False)
    return tmp_path


def test_the_bundled_copy_is_the_default_when_nothing_official_is_installed(site: Path) -> None:
    assert BUNDLED_MODEL in installed_names()
    assert default_model() == BUNDLED_MODEL
    assert resolve_model_name(None, None) == BUNDLED_MODEL


def test_official_pipelines_are_preferred_most_accurate_first(site: Path) -> None:
    install_fake(site, "en_core_web_sm")
    assert default_model() == "en_core_web_sm"
    install_fake(site, "en_core_web_lg", vectors=300)
    install_fake(site, "en_core_web_md", vectors=300)
    assert default_model() == "en_core_web_lg"
    assert resolve_model_name(None, None) == "en_core_web_lg"
    assert resolve_model_name("en_core_web_sm", None) == "en_core_web_sm"


def test_installed_pipelines_are_described_from_their_meta(site: Path) -> None:
    install_fake(site, "fr_core_news_sm", lang="fr")
    install_fake(site, "en_core_web_trf", components=("transformer", "ner"))
    found = {p.name: p for p in installed_pipelines()}
    french = found["fr_core_news_sm"]
    assert (french.language, french.version, french.labels) == ("fr", "3.8.0", tuple(LABELS))
    assert (french.speed, french.words_per_second) == ("fast", 1234.5)
    assert found["en_core_web_trf"].speed == "slow"
    bundled = found[BUNDLED_MODEL]
    assert bundled.language == "en" and "PERSON" in bundled.labels and len(bundled.labels) == 18


def test_speed_classes() -> None:
    assert speed_class({"components": ["tok2vec", "ner"]}) == "fast"
    assert speed_class({"components": ["ner"], "vectors": {"width": 300}}) == "medium"
    assert speed_class({"pipeline": ["transformer", "ner"]}) == "slow"
    assert speed_class({}) == "fast"


def test_languages_map_to_pipelines() -> None:
    mapping = language_models({"models": {"FR": " fr_core_news_sm ", "de": "de_core_news_md"}})
    assert mapping == {"fr": "fr_core_news_sm", "de": "de_core_news_md"}
    assert language_models({}) == {}
    assert model_for(language_of({"language": "fr-FR"}), mapping, "en") == "fr_core_news_sm"
    assert model_for(language_of({"language": "es"}), mapping, "en") == "en"
    assert model_for(language_of({}), mapping, "en") == "en"


@pytest.mark.parametrize("bad", ["fr_core_news_sm", {"fr": 3}, {"fr": " "}])
def test_a_bad_models_table_is_a_clear_error(bad: object) -> None:
    with pytest.raises(ReaderError, match=r"\[models\]"):
        language_models({"models": bad})


def _in(language: str) -> Article:
    return replace(article_from_paragraphs(["Some words here."]), meta={"language": language})


def test_a_pipeline_reading_another_language_is_a_gap_and_its_meta_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    multi = tmp_path / "multi"
    multi.mkdir()
    (multi / "meta.json").write_text(json.dumps({"lang": "xx", "name": "ents"}))
    mapping = {"de": str(multi), "fr": "fr_core_news_sm_not_here"}
    router = ModelRouter(BUNDLED_MODEL, mapping, tmp_path / "cache")
    assert router.language_gap(_in("ar-EG")) == LanguageGap("ar", "en", BUNDLED_MODEL)
    assert router.language_gap(_in("en")) is None
    assert router.language_gap(_in("")) is None
    assert router.language_gap(_in("de")) is None  # a pipeline for many languages
    assert router.language_gap(_in("fr")) is None  # missing: the fallback warning says so
    monkeypatch.setattr("reader.nlp.router.read_meta", lambda model: pytest.fail(model))
    assert router.language_gap(_in("el")) == LanguageGap("el", "en", BUNDLED_MODEL)
    router.close()


def test_a_pipeline_folder_holding_a_file_name_that_is_not_utf8_is_fingerprinted(
    tmp_path: Path,
) -> None:
    """Linux file names are bytes: one that is not UTF-8 in a model folder made
    `reader evaluate --model DIR` (and the app's analysis) end in a traceback."""
    folder = tmp_path / "model-best"
    folder.mkdir()
    (folder / "config.cfg").write_text('[nlp]\nlang = "en"\n')
    before = model_fingerprint(str(folder))
    (Path(os.fsdecode(bytes(folder))) / os.fsdecode(b"notes-caf\xe9.txt")).write_text("x")
    after = model_fingerprint(str(folder))
    assert before and after and after != before


def test_a_folder_that_is_no_pipeline_is_not_walked(tmp_path: Path) -> None:
    """`--model ~` by mistake: spaCy cannot load a folder without `config.cfg`, so its
    files are not listed (a home folder would be walked whole) and it gets no fingerprint."""
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "file.txt").write_text("x")
    assert model_fingerprint(str(tmp_path)) == ""
