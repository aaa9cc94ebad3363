"""A plain `pip install .` (a wheel, not an editable checkout) carries everything the app
reads at run time: the stylesheets and the export schema."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built as a wheel, from a copy of the sources (the checkout stays clean)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("reader", "styles"):
        shutil.copytree(
            ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=source,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("reader-*.whl")
    return built


def test_the_wheel_ships_every_stylesheet_and_the_schema(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for css in (ROOT / "styles").glob("*.tcss"):
        assert f"reader/styles/{css.name}" in names
    assert any(
        n.startswith("reader/interchange/schemas/") and n.endswith(".schema.json") for n in names
    )
    assert "reader/tui/app.py" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)  # MIT asks for it


def test_an_installed_wheel_finds_its_styles_inside_the_package(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import reader.tui.app as app; d = app.styles_dir(); "
        "print(d); assert all((d / n).is_file() for n in app.STYLE_FILES)"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(found.stdout.strip()) == site / "reader" / "styles"


def test_the_sdist_carries_the_projects_code_and_no_third_party_text() -> None:
    """The sdist is the MIT licence's (LICENSE in it): the real text the splitter is scored
    on (each half under its own licence, in its SOURCES.md), the language samples
    (Wikipedia's, CC BY-SA, and Project Gutenberg's) and the seed dump (news copy by its
    publishers) stay in the repository; the wheel carries the code. Its folders
    were matched at any depth ("tests" also named every `tests/` of the packages in the
    checkout's tracked `.venv-shared` link to a virtualenv: 1,445 files of them)."""
    from hatchling.builders.sdist import SdistBuilder  # a dev tool: only here
    from hatchling.builders.wheel import WheelBuilder

    sdist = {f.distribution_path for f in SdistBuilder(str(ROOT)).recurse_included_files()}
    assert {path.split("/")[0] for path in sdist} == {
        "reader", "styles", "tests", "bench", "Makefile", "README.md", "LICENSE"
    }  # fmt: skip
    assert not any(path.startswith("tests/fixtures/dumps/real/") for path in sdist)
    assert not any(path.startswith("tests/fixtures/language/") for path in sdist)  # CC BY-SA
    assert "tests/fixtures/articles/01_central_bank.txt" in sdist  # written for the project
    assert "tests/conftest.py" in sdist
    wheel = {f.distribution_path for f in WheelBuilder(str(ROOT)).recurse_included_files()}
    assert wheel and all(path.startswith("reader/") for path in wheel)
