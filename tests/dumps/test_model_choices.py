"""The models' recorded choices (`bench/model_choices.json`): what `make train-splitter`
fits with, what `make search-splitter` may change, and only beyond noise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import train_fields, train_splitter
from bench.model_choices import CHOICES, also_asked, beyond_noise, record, recorded, settle

TARGETS = Path(__file__).parents[2] / "Makefile"


def _recipe(target: str) -> list[str]:
    lines = TARGETS.read_text(encoding="utf-8").splitlines()
    at = lines.index(f"{target}: $(STAMP)")
    recipe = []
    for line in lines[at + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    return recipe


def test_train_splitter_fits_with_the_recorded_choices_and_searches_nothing() -> None:
    """The field model first (the start model's candidates are split with it), each with
    no flag: the fit the artefact tests check byte for byte; the search is its own target."""
    assert _recipe("train-splitter") == [
        "$(BIN)/python -m bench.train_fields",
        "$(BIN)/python -m bench.train_splitter",
    ]
    assert _recipe("search-splitter") == [
        "$(BIN)/python -m bench.train_fields --search",
        "$(BIN)/python -m bench.train_splitter --search",
    ]


def test_the_recorded_choices_are_written_as_they_are_read() -> None:
    every = json.loads(CHOICES.read_text(encoding="utf-8"))
    assert sorted(every) == ["field", "start"]
    assert CHOICES.read_text(encoding="utf-8") == json.dumps(every, indent=1, sort_keys=True) + "\n"


def test_a_search_records_one_model_and_leaves_the_other(tmp_path: Path) -> None:
    path = tmp_path / "choices.json"
    path.write_text(CHOICES.read_text(encoding="utf-8"), encoding="utf-8")
    start = recorded("start", path)
    record("field", {"l2": 10.0, "threshold": 0.2}, path)
    assert recorded("field", path) == {"l2": 10.0, "threshold": 0.2}
    assert recorded("start", path) == start
    record("field", recorded("field"), path)
    assert path.read_text(encoding="utf-8") == CHOICES.read_text(encoding="utf-8")


def test_a_gain_counts_only_spread_beyond_two_standard_errors() -> None:
    """A hit or two more on a few dumps of many is noise; the same gain on every dump, or
    one hit more on four dumps of twenty and none fewer, is not."""
    level = [3] * 20
    assert not beyond_noise([3] * 19 + [9], level)
    assert not beyond_noise([3] * 17 + [4, 4, 4], level)
    assert beyond_noise([3] * 16 + [4, 4, 4, 4], level)
    assert beyond_noise([4] * 20, level)
    assert not beyond_noise([4] * 19 + [-20], level)
    assert not beyond_noise(level, level)


def test_a_fit_is_written_unless_there_already_and_check_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    assert settle(path, '{"l2": 30.0}\n', "model", check=True) == 1
    assert not path.exists()
    assert settle(path, '{"l2": 30.0}\n', "model", check=False) == 0
    assert settle(path, '{"l2": 30.0}\n', "model", check=True) == 0
    assert settle(path, '{"l2": 10.0}\n', "model", check=True) == 1
    assert path.read_text(encoding="utf-8") == '{"l2": 30.0}\n'


def test_each_recorded_choice_sits_inside_its_grid() -> None:
    """A choice on the grid's edge says nothing of the values past it (the start model's
    L2 100, threshold -2 and margin 1 were all three edges up to session 37); a margin may
    sit at 0, where the model overturns the rules at its own threshold."""
    start, field = recorded("start"), recorded("field")
    inner = (
        (train_splitter.L2S, start["l2"]),
        (train_splitter.OFFSETS, start["threshold"] - start["margin"]),
        (train_fields.L2S, field["l2"]),
        (train_fields.THRESHOLDS, field["threshold"]),
    )
    for grid, chosen in inner:
        assert min(grid) < chosen < max(grid), (grid, chosen)
    assert start["margin"] < max(train_splitter.MARGINS)


@pytest.mark.parametrize(
    "argv",
    [
        ["--also", "fresh46"],
        ["--search", "--also", "heldout"],
        ["--search", "--also", "fresh9"],
        ["--search", "--also", "fresh2"],
        ["--search", "--also", "fresh46", "--also", "nowhere"],
    ],
)
def test_also_weighs_only_tuning_halves_not_trained_on_and_only_in_a_search(
    argv: list[str],
) -> None:
    """A half kept for judging (second look, sealed) is never read by a trainer, and one
    trained on already has nothing to add."""
    with pytest.raises(SystemExit):
        also_asked(argv, train_splitter.TRAIN)


def test_also_names_the_tuning_halves_asked() -> None:
    argv = ["--search", "--also", "fresh46", "--also", "fresh33"]
    assert also_asked(argv, train_splitter.TRAIN) == ["fresh33", "fresh46"]
    assert also_asked(["--search"], train_splitter.TRAIN) == []
