"""Both trainers' `--leave-out HALF/FILE`: a refit one dump short, gate rule 8's control of
how much a refit's noise moves, reads none of that dump's lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import train_fields, train_splitter
from bench.model_choices import settle
from bench.train_splitter import (
    candidates,
    dump_name,
    left_out,
    training_cases,
)

HALF = ("fresh2",)
"""A small tuning half (five short dumps): splitting it is cheap."""
OUT = "fresh2/foreign_web_01.txt"


def test_the_dump_named_is_the_one_case_left_out() -> None:
    every = training_cases(HALF)
    kept = training_cases(HALF, left_out=[OUT])
    assert OUT in [dump_name(case) for case in every]
    assert kept == [case for case in every if dump_name(case) != OUT]


def test_neither_trainer_reads_a_line_of_it() -> None:
    every = training_cases(HALF)
    kept = training_cases(HALF, left_out=[OUT])
    alone = [case for case in every if dump_name(case) == OUT]
    for read in (candidates, train_fields.lines):
        assert read(alone)
        assert len(read(kept)) == len(read(every)) - len(read(alone))


def test_a_name_that_is_no_training_dump_is_refused() -> None:
    with pytest.raises(SystemExit, match=r"fresh2/nothing\.txt"):
        training_cases(HALF, left_out=["fresh2/nothing.txt"])


def test_the_command_line_names_the_dumps_and_the_artefact_says_so() -> None:
    argv = ["--refit", "--leave-out", OUT, "--leave-out", "fresh2/email_digest_01.txt"]
    assert left_out(argv) == ["fresh2/email_digest_01.txt", OUT]
    cases = training_cases(HALF, left_out=[OUT])
    found = candidates(cases)
    made = json.loads(train_splitter.artefact(cases, found, 30.0, 0.0, 0.5, left=[OUT]))
    assert made["left_out"] == [OUT]
    assert "left_out" not in json.loads(train_splitter.artefact(cases, found, 30.0, 0.0, 0.5))


def test_a_control_is_never_what_check_passes(tmp_path: Path) -> None:
    control = tmp_path / "model.json"
    text = json.dumps({"l2": 100.0, "threshold": -1.0, "left_out": [OUT]}) + "\n"
    control.write_text(text, encoding="utf-8")
    assert settle(control, text, "model", check=True) == 1
    assert settle(control, '{"l2": 100.0}\n', "model", check=False) == 0
    assert control.read_text(encoding="utf-8") == '{"l2": 100.0}\n'
    assert settle(control, '{"l2": 100.0}\n', "model", check=True) == 0


def test_a_search_never_chooses_for_a_control() -> None:
    for argv in (["--search", "--leave-out", OUT], ["--search", "--generated"]):
        for train in (train_fields, train_splitter):
            with pytest.raises(SystemExit, match="shipped training text only"):
                train.main(argv)
