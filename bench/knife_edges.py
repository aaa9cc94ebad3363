"""How many of the learned models' decisions sit on the knife's edge, and how steady a refit
is: `python -m bench.knife_edges`.

A decision near its threshold flips when a refit moves a weight by a hair (fresh5 lost an
article to a "Читайте также:" label the start model scored 0.0018 over its threshold). For
every line the shipped models score with both deciding (the default), this counts those
within `START_BAND` log-odds of the start model's threshold and `FIELD_BAND` of the field
model's margin, on the tuning halves (with what the gold says of them and the features the
band holds more often than the rest: `--show` lists the lines) and, as counts only, on the
second-look halves.

`--resamples N` refits both models with their shipped choices on N bootstrap resamples of
the tuning dumps (drawn with a fixed seed) and counts the tuning bodies whose rightness
changes across the refits, and each half's bodies right under each: what a refit's noise
moves (what the models carry to a half they never read is `bench.carry`'s)."""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bench import train_fields
from bench.carry import Training, bodies, deciding, refit, training
from bench.split_oracle import SECOND
from bench.split_quality import REAL, Case, load_cases, split_case
from bench.train_splitter import TRAIN, gold_starts
from reader.dumps import field_model, start_model
from reader.dumps.field_model import MOVABLE, FieldModel
from reader.dumps.start_model import StartModel

START_BAND = 0.25
"""Log-odds either side of the start model's threshold that count as the edge: a tenth of
the margin toward the rules, about what a refit moves a line's score by."""
FIELD_BAND = 0.05
"""Probability either side of the field model's margin that counts as the edge."""
SEED = 21


@dataclass(frozen=True, slots=True)
class Edge:
    """One scored line: which model, its distance past the threshold (negative: short of
    it), whether the gold agrees with the decision (None: no gold place), and its features."""

    model: str
    half: str
    dump: str
    number: int
    distance: float
    right: bool | None
    names: tuple[str, ...]
    ruled: str = ""
    """The rules' field of a field model's line."""

    def decided(self, starts: StartModel, fields: FieldModel) -> bool:
        """Whether these models start an article at the line or move it from the rules'
        field."""
        if self.model == "start":
            return start_distance(starts, self.names) >= 0
        return field_distance(fields, self.names, self.ruled)[1] >= 0


def start_distance(model: StartModel, names: Sequence[str]) -> float:
    """How far a line's score passes the start model's threshold."""
    return model.score(names) - model.threshold


def field_distance(model: FieldModel, names: Sequence[str], ruled: str) -> tuple[str, float]:
    """The field the model would move a line to and how far its margin over the rules'
    field passes the threshold (the rules' field and -1 where the model agrees with them)."""
    chances = model.probabilities(names)
    best = max(chances, key=chances.__getitem__)
    if best == ruled or best not in MOVABLE or ruled not in MOVABLE:
        return ruled, -1.0
    return best, chances[best] - chances[ruled] - model.threshold


def edges(
    case: Case, starts: StartModel | None = None, fields: FieldModel | None = None
) -> list[Edge]:
    """Every line the two models score in the case's dump as it is split by default."""
    starts = starts or start_model.shipped()
    fields = fields or field_model.shipped()
    kept_starts: list[tuple[int, list[str]]] = []
    kept_fields: list[tuple[int, list[str], str]] = []
    with start_model.using(starts, kept_starts), field_model.using(fields, kept_fields):
        split_case(case)
    labels = gold_starts(case, [n for n, _ in kept_starts])
    found = []
    for (number, names), label in zip(kept_starts, labels, strict=True):
        distance = start_distance(starts, names)
        found.append(_edge("start", case, number, distance, (distance >= 0) == label, names))
    gold = train_fields.gold_fields(case)
    for number, names, ruled in kept_fields:
        moved, distance = field_distance(fields, names, ruled)
        chosen = moved if distance >= 0 else ruled
        right = None if gold.get(number) not in MOVABLE else gold[number] == chosen
        found.append(_edge("field", case, number, distance, right, names, ruled))
    return found


def _edge(
    model: str,
    case: Case,
    number: int,
    distance: float,
    right: bool | None,
    names: list[str],
    ruled: str = "",
) -> Edge:
    return Edge(model, case.split, case.path.name, number, distance, right, tuple(names), ruled)


def on_edge(edge: Edge) -> bool:
    """Whether the line sits within its model's band of the threshold."""
    band = START_BAND if edge.model == "start" else FIELD_BAND
    return abs(edge.distance) < band


def counts(found: Sequence[Edge], halves: Sequence[str]) -> list[str]:
    """Per model, the lines scored and those on the edge, per half and in all."""
    out = []
    for model in ("start", "field"):
        mine = [e for e in found if e.model == model]
        cells = [
            f"{half} {sum(map(on_edge, near))}/{len(near)}"
            for half in halves
            if (near := [e for e in mine if e.half == half])
        ]
        total = sum(map(on_edge, mine))
        out.append(f"{model}: {total} of {len(mine)} on the edge ({', '.join(cells)})")
    return out


def common(found: Sequence[Edge], model: str, top: int = 12) -> list[str]:
    """The features the model's edge holds most often beyond their share of its lines."""
    mine = [e for e in found if e.model == model]
    near = [e for e in mine if on_edge(e)]
    if not near:
        return []
    everywhere = Counter(name for e in mine for name in set(e.names))
    held = Counter(name for e in near for name in set(e.names))
    lift = {
        name: (held[name] / len(near)) / (everywhere[name] / len(mine))
        for name in held
        if held[name] >= 3
    }
    ranked = sorted(lift, key=lambda name: (-lift[name], name))[:top]
    right = sum(bool(e.right) for e in near)
    wrong = sum(e.right is False for e in near)
    return [
        f"{model} edge: {right} right, {wrong} wrong by the gold",
        *(
            f"  {name}: {held[name]} of {len(near)} ({lift[name]:.1f}x its share)"
            for name in ranked
        ),
    ]


def shown(found: Sequence[Edge]) -> list[str]:
    """The tuning halves' edge lines, with their text."""
    out = []
    texts: dict[str, list[str]] = {}
    for e in sorted(filter(on_edge, found), key=lambda e: (e.model, e.half, e.dump, e.number)):
        path = REAL / e.half / e.dump
        lines = texts.setdefault(str(path), path.read_text(encoding="utf-8-sig").splitlines())
        out.append(
            f"{e.model} {e.half}/{e.dump}:{e.number + 1} {e.distance:+.3f}"
            f" {'right' if e.right else 'wrong' if e.right is False else '-'}"
            f" {lines[e.number][:70]!r}"
        )
    return out


def resampled(
    data: Training, resamples: int, scored: Sequence[Case], found: Sequence[Edge]
) -> list[str]:
    """Bodies right per half under refits on bootstrap resamples of the tuning dumps, the
    tuning bodies whose rightness changes across them, and the decisions on the lines the
    shipped models score (`found`) that differ across them."""
    draw = random.Random(SEED)
    dumps = range(len(data.cases))
    runs: list[list[list[bool]]] = []
    decisions: list[list[bool]] = []
    for _ in range(resamples):
        models = refit(data, [draw.choice(dumps) for _ in dumps])
        with deciding(*models):
            runs.append([bodies(case) for case in scored])
        decisions.append([edge.decided(*models) for edge in found])
    out = []
    for model in ("start", "field"):
        for where, halves in (("tuning", TRAIN), ("second look", SECOND)):
            mine = [
                k for k, edge in enumerate(found) if edge.model == model and edge.half in halves
            ]
            differ = sum(len({run[k] for run in decisions}) > 1 for k in mine)
            out.append(f"{model} decisions that differ across the refits, {where}: {differ}")
    halves = dict.fromkeys(case.split for case in scored)
    for half in halves:
        right = [
            sum(sum(b) for b, c in zip(run, scored, strict=True) if c.split == half) for run in runs
        ]
        out.append(f"{half}: bodies right {min(right)}-{max(right)} ({', '.join(map(str, right))})")
    tuning = [k for k, case in enumerate(scored) if case.split in TRAIN]
    changed = sum(
        len(set(column)) > 1
        for k in tuning
        for column in zip(*(run[k] for run in runs), strict=True)
    )
    out.append(f"tuning bodies that change across the {resamples} refits: {changed}")
    return out


def main(argv: Sequence[str] = ()) -> int:
    """Prints the edge's counts (and `--show` its tuning lines), then what `--resamples N`
    asks."""
    tuning = load_cases(REAL, TRAIN)
    second = load_cases(REAL, SECOND)
    found = [e for case in tuning for e in edges(case)]
    print(f"bands: start ±{START_BAND} log-odds, field ±{FIELD_BAND}")
    print("tuning halves:", *counts(found, TRAIN), sep="\n  ")
    seen = [e for case in second for e in edges(case)]
    print("second look (counts only):", *counts(seen, SECOND), sep="\n  ")
    for model in ("start", "field"):
        print(*common(found, model), sep="\n")
    if "--show" in argv:
        print(*shown(found), sep="\n")
    if "--resamples" in argv:
        resamples = int(argv[argv.index("--resamples") + 1])
        scored = [*tuning, *second]
        print(*resampled(training(), resamples, scored, [*found, *seen]), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
