"""What the learned models carry to a source they never saw: `python -m bench.carry`.

The models' cross-validation (`bench.train_splitter`, `bench.train_fields`) picks among
choices on folds that mix the halves trained on, and every choice of features, L2 and rules
was judged by figures on text the models had read: in session 23 the open halves rose and
the sealed ones fell. This measure is made of tuning text alone and answers the question
the sealed halves ask: for each tuning half (`TRAIN`) in turn, both models are trained on
the other tuning halves only, with the shipped choices (no cross-validation inside), and
split that half; its bodies right are counted under the default (both models), `fields`
(the field model alone), `rules` (no model) and the shipped models (trained on it too: the
gap to the default is what having read a source is worth). The total under the default is
the carry figure a change to the models' features or regularization is judged by. A second
table says which decisions those are: per half, dumps cut into the right number of
articles, titles, first and last paragraphs, chrome kept out and meta lines placed, under the
rules, the models trained without the half and the shipped ones (`DECISIONS`).

`--start-l2 X`, `--field-l2 X` fit with another L2, `--start-threshold X` (before the
margin), `--start-margin X` and `--field-threshold X` with another threshold or margin,
`--field-balance X` with the halves weighed otherwise in the field model's fit
(`train_fields.BALANCE`);
`--start-without PREFIX` and `--field-without PREFIX` (repeatable) leave the features whose
names open so out of that model: ways to ask which choices carry, without touching the
shipped ones. `--score HALF` (repeatable, never a sealed half) prints instead that half's
`bench.split_quality` rows as split by both models fitted on every tuning half with the
choices asked: a candidate choice scored on a new half as the shipped models would be,
without writing an artefact (session 25 scored its pre-registered candidates on fresh31 so).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TypeVar

from bench import model_choices, train_fields, train_splitter
from bench.split_quality import (
    REAL,
    SEALED,
    SPLITS,
    Case,
    align,
    load_cases,
    normalise,
    rows,
    score,
    score_case,
    split_case,
)
from bench.train_splitter import TRAIN, Candidate, Choice
from reader.dumps import field_model, start_model
from reader.dumps.field_model import FieldModel
from reader.dumps.start_model import StartModel


@dataclass(frozen=True, slots=True)
class Choices:
    """How both models are fitted: the start model's L2, threshold and margin toward the
    rules (`train_splitter.Choice`), the field model's L2 and threshold, and the feature
    prefixes left out of each."""

    start: Choice
    fields: tuple[float, float]
    start_without: tuple[str, ...] = ()
    field_without: tuple[str, ...] = ()
    balance: float = train_fields.BALANCE
    """How far the field model's fit weighs each half's lines alike (`train_fields.BALANCE`)."""


def shipped_choices() -> Choices:
    """The choices the shipped artefacts are fitted with (`bench/model_choices.json`)."""
    fields = model_choices.recorded("field")
    return Choices(train_splitter.recorded_choice(), (fields["l2"], fields["threshold"]))


@dataclass(frozen=True, slots=True)
class Training:
    """What both models are fitted on, read once: the dumps, the start model's candidates
    and the field model's lines (their `dump` indexes `cases`)."""

    cases: list[Case]
    candidates: list[Candidate]
    lines: list[train_fields.Line]


def training(halves: Sequence[str] = TRAIN) -> Training:
    """The halves' training text, read as `make train-splitter` reads it, with the rules
    deciding everything: no model trained on any half shapes what is read (the start
    model's candidates are the same under the shipped field model). The field model's lines
    are those of its own halves among them (`train_fields.TRAIN`)."""
    cases = train_splitter.training_cases(halves)
    with field_model.using(None):
        found = train_splitter.candidates(cases)
    lines = [line for line in train_fields.lines(cases) if line.half in train_fields.TRAIN]
    return Training(cases, found, lines)


def refit(
    data: Training, dumps: Sequence[int], choices: Choices | None = None
) -> tuple[StartModel, FieldModel]:
    """Both models fitted on these dumps (a dump as often as it is listed), with `choices`
    (the shipped ones if not given)."""
    choices = choices or shipped_choices()
    times = Counter(dumps)
    found = [
        _without(c, choices.start_without) for c in data.candidates for _ in range(times[c.dump])
    ]
    lines = [_without(line, choices.field_without) for line in data.lines]
    starts = train_splitter.chosen_fit(found, choices.start)
    fields = train_fields.fit(lines, *choices.fields, times, choices.balance)
    return starts, fields


Fitted = TypeVar("Fitted", Candidate, train_fields.Line)


def _without(item: Fitted, prefixes: tuple[str, ...]) -> Fitted:
    if not prefixes:
        return item
    return replace(item, names=tuple(n for n in item.names if not n.startswith(prefixes)))


@contextmanager
def deciding(starts: StartModel | None, fields: FieldModel | None) -> Iterator[None]:
    """Split with these models deciding (None: the rules)."""
    with start_model.using(starts), field_model.using(fields):
        yield


def bodies(case: Case) -> list[bool]:
    """Whether each gold article's body is split exactly right."""
    articles = split_case(case)
    return [
        got is not None and normalise(got.body) == normalise(str(want["body"]))
        for want, got in zip(case.articles, align(articles, case.articles), strict=True)
    ]


SETTINGS = ("rules", "fields", "default", "shipped")
"""The columns of bodies right: no model, the field model alone and both, trained without
the half; both as shipped (trained with it)."""
DECISIONS = (
    ("count", "count_ok", "dumps"),
    ("title", "title", "total_articles"),
    ("first", "start", "total_articles"),
    ("last", "end", "total_articles"),
    ("chrome", "chrome", "total_chrome"),
    ("placed", "meta_placed", "total_meta"),
)
"""What each setting decides, as `bench.split_quality` counts it (heading, hits key,
denominator key): dumps cut into the right number of articles, titles, bodies' first and
last paragraphs, chrome kept out of bodies, meta lines placed in their article. Bodies right
say that a half lost something when left out; these say which decision it was."""
LINES = ("start lines", "field lines")
"""The columns of lines decided right, by the rules and by the model trained without the
half: the start model's candidates, the field model's lines."""


def without_half(data: Training, half: str, choices: Choices) -> tuple[StartModel, FieldModel]:
    """Both models trained on every dump of `data` but the half's."""
    inside = train_splitter.of_half(data.cases, half)
    return refit(data, [k for k in range(len(data.cases)) if k not in inside], choices)


def carried(data: Training, half: str, choices: Choices) -> Counter[str]:
    """The half's articles and its bodies right under each of `SETTINGS`, and its lines
    decided right (`decided`)."""
    inside = train_splitter.of_half(data.cases, half)
    held = [data.cases[k] for k in sorted(inside)]
    starts, fields = without_half(data, half, choices)
    models = {
        "rules": (None, None),
        "fields": (None, fields),
        "default": (starts, fields),
        "shipped": (start_model.shipped(), field_model.shipped()),
    }
    hits = decided(data, inside, starts, fields)
    hits["articles"] = sum(len(case.articles) for case in held)
    for name, pair in models.items():
        with deciding(*pair):
            for case in held:
                scored = score_case(case, split_case(case))
                hits[name] += scored["body_exact"]
                hits.update({f"{name} {key}": scored[key] for _, key, _ in DECISIONS})
                if name == "rules":
                    hits.update({whole: scored[whole] for whole in _WHOLES})
    return hits


_WHOLES = frozenset(whole for _, _, whole in DECISIONS)


def decided(
    data: Training, inside: set[int], starts: StartModel, fields: FieldModel
) -> Counter[str]:
    """The lines of the dumps `inside` decided right by the gold, by the rules and by these
    models: the start model's candidates and the field model's lines, as training reads
    them (the rules deciding). Bodies right move by whole articles; these move by a line."""
    hits: Counter[str] = Counter()
    for c in (c for c in data.candidates if c.dump in inside):
        hits["start lines"] += 1
        hits["start lines by rules"] += ("rule" in c.names) == c.starts
        hits["start lines by model"] += (starts.score(c.names) >= starts.threshold) == c.starts
    for line in (line for line in data.lines if line.dump in inside):
        moved = fields.decide(line.names, line.ruled)
        hits["field lines"] += 1
        hits["field lines by rules"] += line.ruled == line.field
        hits["field lines by model"] += (moved[0] if moved else line.ruled) == line.field
    return hits


def table(data: Training, choices: Choices) -> list[str]:
    """A row per half left out, then the total; then the same rows by decision
    (`DECISIONS`)."""
    halves = list(dict.fromkeys(case.split for case in data.cases))
    head = f"{'half left out':<14} {'arts':>5} " + " ".join(f"{s:>8}" for s in SETTINGS)
    head += "".join(f"  {name + ' (rules, model)':>28}" for name in LINES)
    out = [head]
    by_half: dict[str, Counter[str]] = {}
    total: Counter[str] = Counter()
    for half in halves:
        hits = by_half[half] = carried(data, half, choices)
        total.update(hits)
        out.append(_row(half, hits))
    out.append(_row("total", total))
    out.append("")
    out.append(
        "by decision, rules / default (trained without the half) / shipped (trained with it):"
    )
    out.append(f"{'half left out':<14} " + " ".join(f"{name:>22}" for name, _, _ in DECISIONS))
    out += [_decisions(half, hits) for half, hits in [*by_half.items(), ("total", total)]]
    return out


def _decisions(name: str, hits: Counter[str]) -> str:
    cells = (
        f"{hits['rules ' + key]}/{hits['default ' + key]}/{hits['shipped ' + key]} of {hits[whole]}"
        for _, key, whole in DECISIONS
    )
    return f"{name:<14} " + " ".join(f"{cell:>22}" for cell in cells)


def _row(name: str, hits: Counter[str]) -> str:
    row = f"{name:<14} {hits['articles']:>5} " + " ".join(f"{hits[s]:>8}" for s in SETTINGS)
    for kind in LINES:
        cell = f"{hits[kind + ' by rules']}, {hits[kind + ' by model']} of {hits[kind]}"
        row += f"  {cell:>28}"
    return row


def _asked(argv: Sequence[str], flag: str) -> list[str]:
    return [argv[at + 1] for at, arg in enumerate(argv[:-1]) if arg == flag]


def _number(argv: Sequence[str], flag: str, shipped: float) -> float:
    asked = _asked(argv, flag)
    return float(asked[-1]) if asked else shipped


def choices_asked(argv: Sequence[str]) -> Choices:
    """The shipped choices with what the command line changes."""
    shipped = shipped_choices()
    numbers = zip(_START_FLAGS, shipped.start[:3], strict=True)
    start = tuple(_number(argv, flag, value) for flag, value in numbers)
    fields = tuple(
        _number(argv, flag, value) for flag, value in zip(_FIELD_FLAGS, shipped.fields, strict=True)
    )
    return Choices(
        (start[0], start[1], start[2], shipped.start[3]),
        (fields[0], fields[1]),
        tuple(_asked(argv, "--start-without")),
        tuple(_asked(argv, "--field-without")),
        _number(argv, "--field-balance", shipped.balance),
    )


_START_FLAGS = ("--start-l2", "--start-threshold", "--start-margin")
_FIELD_FLAGS = ("--field-l2", "--field-threshold")


def halves_scored(argv: Sequence[str]) -> list[str]:
    """The halves `--score` names; a sealed one is refused, before anything is split: only
    the lead reads those."""
    halves = _asked(argv, "--score")
    refused = sorted(SEALED.intersection(halves))
    if refused:
        raise SystemExit(f"carry: {', '.join(refused)} is sealed; only the lead scores it")
    unknown = sorted(set(halves) - set(SPLITS))
    if unknown:
        raise SystemExit(f"carry: no half named {', '.join(unknown)}")
    return halves


def scored(data: Training, halves: Sequence[str], choices: Choices) -> list[str]:
    """The halves' `bench.split_quality` rows, split by both models fitted on every dump of
    `data` with `choices`."""
    starts, fields = refit(data, range(len(data.cases)), choices)
    with deciding(starts, fields):
        return rows(score(load_cases(REAL, halves)))


def main(argv: Sequence[str] = ()) -> int:
    """Prints each tuning half's bodies right by models trained without it, and the total;
    with `--score`, the halves named as split by models trained on every tuning half."""
    choices = choices_asked(argv)
    halves = halves_scored(argv)
    print(
        f"start: L2 {choices.start[0]}, threshold {choices.start[1]}, margin {choices.start[2]}"
        f"{', without ' + ', '.join(choices.start_without) if choices.start_without else ''}; "
        f"fields: L2 {choices.fields[0]}, threshold {choices.fields[1]}"
        f"{', without ' + ', '.join(choices.field_without) if choices.field_without else ''}"
        f", halves balanced {choices.balance}"
    )
    data = training()
    print("\n".join(scored(data, halves, choices) if halves else table(data, choices)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
