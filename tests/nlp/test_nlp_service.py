"""The service's cheap side: model resolution, and nothing heavy imported before load()."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.nlp import DEFAULT_MODEL, MODEL_ENV, resolve_model_name
from reader.workspace import Workspace
from tests.conftest import ROOT


def _workspace(tmp_path: Path, config: str | None) -> Workspace:
    if config is not None:
        (tmp_path / "reader.toml").write_text(config)
    return Workspace.open(tmp_path)


def test_model_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)
    workspace = _workspace(tmp_path, 'model = "from_config"\n')
    assert resolve_model_name(None, None) == DEFAULT_MODEL
    assert resolve_model_name(None, _workspace(tmp_path / "x", None)) == DEFAULT_MODEL
    assert resolve_model_name(None, workspace) == "from_config"
    monkeypatch.setenv(MODEL_ENV, "from_env")
    assert resolve_model_name(None, workspace) == "from_env"
    assert resolve_model_name("from_cli", workspace) == "from_cli"
    monkeypatch.setenv(MODEL_ENV, "  ")
    assert resolve_model_name("", workspace) == "from_config"


_PROBE = """
import sys
from pathlib import Path
from reader.nlp import EntityService, label_style
from tests.conftest import article_from_paragraphs

service = EntityService(cache_dir=Path(sys.argv[1]))
assert service.cached(article_from_paragraphs(["Angela Merkel spoke."])) is None
assert service.info is None
assert label_style("PERSON").dark and label_style("NEW_LABEL").light
heavy = sorted(m for m in ("spacy", "thinc", "numpy", "textual") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def test_importing_and_cache_lookups_do_not_import_spacy(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "none"
