"""The generated training dumps (`bench.synth_dumps`): made of the tuning halves' texts
only, the same bytes from the same seed, a gold that places every line and holds every
body as laid out, and a splitter that keeps every line of them."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import synth_dumps
from bench.split_quality import REAL, SEALED, Case, load_cases, normalise, score_case, split_case
from bench.synth_dumps import FROM, PER_SHAPE, SHAPES, generate, generated, texts_by_half
from bench.train_splitter import (
    generated_cases,
    generated_note,
    halves_out,
    of_half,
    training_cases,
)

JUDGES = frozenset({"heldout", "fresh6", "fresh7"})


@pytest.fixture(scope="module")
def made() -> list[synth_dumps.Generated]:
    return generated()


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return generated_cases()


def test_only_the_tuning_halves_texts_are_laid_out(made: list[synth_dumps.Generated]) -> None:
    assert not (JUDGES | SEALED) & set(FROM)
    allowed = {half: {text.id for text in texts} for half, texts in texts_by_half().items()}
    for dump in made:
        sources = {str(article["source"]) for article in dump.gold["articles"]}  # type: ignore[union-attr]
        assert sources <= allowed[dump.half], dump.name


def test_the_same_seed_gives_the_same_dumps(made: list[synth_dumps.Generated]) -> None:
    texts = texts_by_half()
    assert generate("email_digest", 7, texts) == generate("email_digest", 7, texts)
    assert [dump.name for dump in made] == [
        f"{shape}_{n:03d}" for shape in SHAPES for n in range(PER_SHAPE)
    ]
    assert len({dump.text for dump in made}) == len(made)


def test_the_layouts_vary(made: list[synth_dumps.Generated]) -> None:
    assert {dump.half for dump in made} == set(FROM)
    assert any("\r\n" in dump.text for dump in made)
    assert any(dump.text.count("\n\n\n\n") for dump in made)
    fields = Counter(run[3] for dump in made for run in dump.gold["lines"])  # type: ignore[union-attr]
    assert {"title", "meta", "subhead", "body", "matter", "separator"} <= set(fields)


def test_the_gold_places_every_non_blank_line_once(made: list[synth_dumps.Generated]) -> None:
    """A run of the gold spans the blank lines inside it; every non-blank line is in one."""
    for dump in made:
        lines = dump.text.replace("\r\n", "\n").split("\n")
        placed = [n for s, e, _, _ in dump.gold["lines"] for n in range(s, e + 1)]  # type: ignore[union-attr]
        assert len(placed) == len(set(placed)), dump.name
        assert set(placed) <= set(range(1, len(lines) + 1)), dump.name
        assert {n for n, line in enumerate(lines, 1) if line.strip()} <= set(placed), dump.name


def test_each_gold_body_is_its_lines_as_laid_out(cases: list[Case]) -> None:
    for case in cases:
        lines = case.labelled_lines()
        for index, article in enumerate(case.articles):
            laid = [
                normalise(text)
                for text, owner, field in lines
                if owner == index and field in ("body", "subhead")
            ]
            assert " ".join(laid) == normalise(str(article["body"])), case.path.name


def test_the_splitter_keeps_every_line_of_them(cases: list[Case]) -> None:
    for case in cases:
        hits = score_case(case, split_case(case))
        assert hits["lines_kept"] == hits["total_lines"], case.path.name


def test_training_may_add_them_and_holds_each_half_out_with_its_own(cases: list[Case]) -> None:
    real = load_cases(REAL, ("tune", "fresh4"))
    assert training_cases(("tune", "fresh4")) == real
    both = training_cases(("tune", "fresh4"), generated=True)
    assert both[: len(real)] == real and len(both) == len(real) + len(cases)
    held = of_half(both, "fresh4")
    assert {both[k].split for k in held} == {"fresh4", "synth:fresh4"}
    assert all(both[k].text is None for fold in halves_out(both) for k in fold)
    assert sorted(k for fold in halves_out(both) for k in fold) == list(range(len(real)))
    assert generated_note(real) == {}
    assert generated_note(both)["generated"]["dumps"] == len(cases)  # type: ignore[index]
