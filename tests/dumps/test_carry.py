"""What carries (`bench.carry`): a half is scored by models that never read it."""

from __future__ import annotations

import pytest

from bench import carry
from bench.carry import Training

HALVES = ("fresh", "fresh2")
"""Two small tuning halves: 16 dumps and 5."""


@pytest.fixture(scope="module")
def data() -> Training:
    return carry.training(HALVES)


def test_a_half_left_out_is_split_by_models_fitted_on_the_others_alone(data: Training) -> None:
    choices = carry.shipped_choices()
    others = carry.training(("fresh",))
    alone = carry.refit(others, range(len(others.cases)), choices)
    assert carry.without_half(data, "fresh2", choices) == alone
    assert carry.refit(data, range(len(data.cases)), choices) != alone  # the half moves a fit


def test_each_half_is_counted_on_its_own_dumps_and_lines(data: Training) -> None:
    hits = carry.carried(data, "fresh2", carry.shipped_choices())
    mine = {k for k, case in enumerate(data.cases) if case.split == "fresh2"}
    assert hits["articles"] == sum(len(data.cases[k].articles) for k in mine) == 24
    assert hits["start lines"] == sum(c.dump in mine for c in data.candidates)
    assert hits["field lines"] == sum(line.dump in mine for line in data.lines)
    assert 0 < hits["default"] <= hits["articles"]


def test_each_decision_is_counted_under_each_setting_over_the_half_left_out(
    data: Training,
) -> None:
    hits = carry.carried(data, "fresh2", carry.shipped_choices())
    assert (hits["dumps"], hits["total_articles"]) == (5, 24)
    for _, key, whole in carry.DECISIONS:
        assert all(0 <= hits[f"{setting} {key}"] <= hits[whole] for setting in carry.SETTINGS)
    assert hits["default title"] > 0 and hits["rules meta_placed"] > 0


def test_the_halves_weighed_alike_or_not_are_a_choice_asked(data: Training) -> None:
    shipped = carry.shipped_choices()
    alike = carry.choices_asked(["--field-balance", "1"])
    assert alike == carry.Choices(shipped.start, shipped.fields, balance=1.0) != shipped
    assert carry.refit(data, range(len(data.cases)), alike) != carry.refit(
        data, range(len(data.cases)), shipped
    )


def test_a_feature_left_out_has_no_weight(data: Training) -> None:
    choices = carry.choices_asked(["--start-without", "echo ", "--field-without", "rule "])
    starts, fields = carry.refit(data, range(len(data.cases)), choices)
    assert not any(name.startswith("echo ") for name in starts.weights)
    assert all(not n.startswith("rule ") for part in fields.fields.values() for n in part.weights)
    assert any(n.startswith("rules ") for n in fields.fields["body"].weights)


def test_a_threshold_and_margin_asked_are_the_choices_fitted_with() -> None:
    asked = ["--start-threshold", "-1", "--start-margin", "0", "--field-threshold", "0.1"]
    shipped = carry.shipped_choices()
    assert carry.choices_asked(asked) == carry.Choices(
        (shipped.start[0], -1.0, 0.0, shipped.start[3]), (shipped.fields[0], 0.1)
    )


def test_a_half_is_scored_by_models_fitted_on_every_dump(data: Training) -> None:
    out = carry.scored(data, ["fresh2"], carry.shipped_choices())
    assert any(row.split()[:4] == ["fresh2", "all", "5", "24"] for row in out)
    assert not any(row.startswith("fresh ") for row in out)


@pytest.mark.parametrize("half", ["fresh9", "fresh20", "nowhere"])
def test_a_sealed_or_unknown_half_is_refused_before_anything_is_split(half: str) -> None:
    with pytest.raises(SystemExit, match=half):
        carry.main(["--score", "fresh2", "--score", half])
