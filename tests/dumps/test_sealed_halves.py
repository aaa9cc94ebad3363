"""The seal on a blind half: the default quality report, `make bench`, the ratchet, the
training of the learned models and every test or benchmark that splits all fixtures leave
a sealed half out, so that nobody runs the splitter on it until the lead judges it once.
These tests never run the splitter on a sealed half either: where a run is followed, the
splitter is replaced by a recorder that splits nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import split_quality, split_same, train_fields, train_splitter
from bench.split_quality import (
    OPEN,
    REAL,
    SEALED,
    SECOND_LOOK,
    SPLITS,
    TUNING,
    halves_asked,
    load_cases,
    sealed,
)
from reader.article import Article
from tests.dumps.test_dump_parts import FIXTURES
from tests.dumps.test_real_ratchet import FLOORS, JUDGES


def test_the_9th_to_13th_19th_20th_36th_44th_45th_47th_49th_and_51st_halves_are_sealed() -> None:
    sealed_halves = {"fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh19", "fresh20"}
    later = {"fresh36", "fresh44", "fresh45", "fresh47", "fresh49", "fresh51"}
    assert sealed_halves | later == SEALED
    assert tuple(split for split in SPLITS if split not in SEALED) == OPEN
    assert set(OPEN) | SEALED == set(SPLITS)
    assert load_cases(REAL, tuple(SEALED))


def test_the_default_run_and_the_ratchet_leave_sealed_halves_out() -> None:
    assert not {case.split for case in load_cases()} & SEALED
    assert not {split for split, _shape in FLOORS} & SEALED
    assert not JUDGES & SEALED


def test_the_learned_models_are_never_trained_on_a_sealed_half() -> None:
    assert not SEALED & set(train_fields.TRAIN)
    assert not SEALED & set(train_splitter.TRAIN)


def test_sweeps_over_every_fixture_skip_sealed_halves() -> None:
    assert sealed(REAL / "fresh9" / "classic_01.txt")
    assert sealed(REAL / "fresh10" / "classic_01.txt")
    assert sealed(REAL / "fresh11" / "long_intertitles_01.txt")
    assert sealed(REAL / "fresh12" / "foreign_web_05.txt")
    assert sealed(REAL / "fresh13" / "clipper_markdown_02.md")
    assert sealed(REAL / "fresh19" / "long_intertitles_01.txt")
    assert sealed(REAL / "fresh19" / "texts.txt")
    assert sealed(REAL / "fresh20" / "email_digest_03.txt")
    assert sealed(REAL / "fresh20" / "texts.txt")
    assert sealed(REAL / "fresh36" / "email_digest_01.txt")
    assert sealed(REAL / "fresh36" / "texts.txt")
    assert sealed(REAL / "fresh44" / "classic_02.txt")
    assert sealed(REAL / "fresh44" / "texts.txt")
    assert sealed(REAL / "fresh45" / "trailers_01.txt")
    assert sealed(REAL / "fresh45" / "texts.txt")
    assert sealed(REAL / "fresh47" / "foreign_web_01.txt")
    assert sealed(REAL / "fresh47" / "texts.txt")
    assert sealed(REAL / "fresh49" / "foreign_web_01.txt")
    assert sealed(REAL / "fresh49" / "texts.txt")
    assert sealed(REAL / "fresh51" / "trailers_03.txt")
    assert sealed(REAL / "fresh51" / "texts.txt")
    assert not sealed(REAL / "fresh8" / "classic_01.txt")
    assert not any(sealed(path) for path in FIXTURES)
    assert any(path.parent.name == "fresh8" for path in FIXTURES)
    assert split_same.SEALED_FOLDERS == (
        "tests/fixtures/dumps/real/fresh10",
        "tests/fixtures/dumps/real/fresh11",
        "tests/fixtures/dumps/real/fresh12",
        "tests/fixtures/dumps/real/fresh13",
        "tests/fixtures/dumps/real/fresh19",
        "tests/fixtures/dumps/real/fresh20",
        "tests/fixtures/dumps/real/fresh36",
        "tests/fixtures/dumps/real/fresh44",
        "tests/fixtures/dumps/real/fresh45",
        "tests/fixtures/dumps/real/fresh47",
        "tests/fixtures/dumps/real/fresh49",
        "tests/fixtures/dumps/real/fresh51",
        "tests/fixtures/dumps/real/fresh9",
    )


@pytest.fixture
def split_nothing(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths the quality report asks the splitter for; the splitter is replaced by one
    that finds no article, so no dump is split."""
    asked: list[Path] = []

    def record(path: Path) -> list[Article]:
        asked.append(Path(path))
        return []

    monkeypatch.setattr(split_quality, "load_dump", record)
    return asked


def _report(argv: list[str], capsys: pytest.CaptureFixture[str]) -> set[str]:
    """The halves that have rows in the report `argv` prints."""
    assert split_quality.main(argv) == 0
    printed = capsys.readouterr().out.splitlines()
    return {line.split()[0] for line in printed if line.split() and line.split()[0] in SPLITS}


def test_the_default_report_which_make_bench_prints_leaves_sealed_halves_out(
    split_nothing: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _report([], capsys) == set(TUNING)
    assert split_nothing and not any(sealed(path) for path in split_nothing)


def test_the_default_report_leaves_the_second_look_out_unless_asked(
    split_nothing: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert not set(TUNING) & SECOND_LOOK
    assert set(TUNING) | SECOND_LOOK == set(OPEN)
    assert _report(["--second-look"], capsys) == set(OPEN)
    assert {path.parent.name for path in split_nothing} == set(OPEN)


@pytest.mark.parametrize(
    ("argv", "halves"),
    [
        (["--half", "fresh9"], {"fresh9"}),
        (["--half", "fresh10"], {"fresh10"}),
        (["--half", "fresh11"], {"fresh11"}),
        (["--half", "fresh12"], {"fresh12"}),
        (["--half", "fresh13"], {"fresh13"}),
        (["--half", "fresh8", "--half", "fresh9"], {"fresh8", "fresh9"}),
        (["--unseal"], set(SPLITS)),
    ],
)
def test_a_sealed_half_is_scored_only_when_named_or_unsealed(
    argv: list[str],
    halves: set[str],
    split_nothing: list[Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _report(argv, capsys) == halves
    assert {path.parent.name for path in split_nothing} == halves


def test_an_unknown_half_is_refused() -> None:
    with pytest.raises(SystemExit, match="no half named fresh99"):
        halves_asked(["--half", "fresh99"])
