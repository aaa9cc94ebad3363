"""Fits the splitter's start model (`reader/dumps/start_model.json`): `make train-splitter`.

The training text is the gold of the real-text halves that may be tuned on (`TRAIN`);
the halves kept for judging (heldout, fresh6, fresh7 and later ones) are never read. Each
dump is split with the rules deciding, and every line the rules score as a possible
headline after body text is kept with its features (`reader.dumps.start_features` and
`boundaries._echoes`) and a label from the gold: the line starts an article if it belongs
to a gold article none of whose title or body lines came before it.

A logistic regression (numpy, Newton's method, L2 on the weights, not the bias) is fitted
on them. Its L2 strength and its threshold are chosen by cross-validation grouped by dump
(no dump's lines on both sides): each fold's model splits the fold's dumps, and the
choice is the one with the most gold bodies exactly right. It then prints each half as
scored by a model trained without it, beside the rules. The artefact is written with
sorted keys and rounded weights, with the checksum of the training text, so the same
text gives the same bytes (`tests/dumps/test_start_model.py` holds it to that).

`python -m bench.train_splitter` writes the artefact; `--check` only says whether the
shipped one is what training yields; `--generated` adds the dumps `bench.synth_dumps` lays
out from the tuning halves' texts to the training text (never to what is scored).
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench import synth_dumps
from bench.split_quality import REAL, Case, load_cases, score_case, split_case
from reader.dumps.start_model import ARTEFACT, StartModel, using

TRAIN = ("tune", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh8", "fresh14")
"""The halves trained on: the tuning halves; heldout, fresh6, fresh7 and the later halves
judge the result and are never read (fresh14, long articles with their own intertitles,
taught the model what `boundaries._echoes` reads)."""
FOLDS = 5
L2S = (1.0, 3.0, 10.0, 30.0, 100.0)
OFFSETS = (-2.0, -1.5, -1.0, -0.5, 0.0, 0.5)
"""Thresholds tried, in log-odds about 0 (even odds)."""
DIGITS = 4
RULES = StartModel({"rule": 1.0}, -0.5, 0.0)
"""The rule cascade as a model: it starts an article exactly where the rules do."""
_STEPS = 100
_CONVERGED = 1e-10
_RIDGE = 1e-9
"""Added to the Hessian's diagonal so a feature no line has cannot make it singular."""
_TEXT_FIELDS = frozenset({"title", "body", "subhead"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """One line the rules scored, its features and whether the gold starts an article there."""

    dump: int
    names: tuple[str, ...]
    starts: bool


def first_text_lines(case: Case) -> dict[int, int]:
    """Each gold article's first title, body or subhead line (dump lines from 0)."""
    first: dict[int, int] = {}
    for start, _end, article, field in case.runs:
        if article is not None and field in _TEXT_FIELDS:
            first[article] = min(first.get(article, start - 1), start - 1)
    return first


def gold_starts(case: Case, numbers: Sequence[int]) -> list[bool]:
    """For each scored line (dump lines from 0, in order), whether the gold starts an
    article there: the scored line nearest above (or on) an article's first title or body
    line, below the article's last text above. A section label over a headline starts its
    article only if the headline itself was not scored: either way the article starts with
    the label, for the splitter takes a headline's labels with it."""
    first = first_text_lines(case)
    owner = {n: article for s, e, article, _ in case.runs for n in range(s - 1, e)}
    starts = set()
    for article, line in first.items():
        above = [n for n in numbers if n <= line and owner.get(n) == article]
        if above:
            starts.add(max(above))
    return [n in starts for n in numbers]


def candidates(cases: Sequence[Case], model: StartModel = RULES) -> list[Candidate]:
    """Every line `model` scored in the cases' dumps after body text, labelled from their
    gold."""
    found = []
    for index, case in enumerate(cases):
        kept: list[tuple[int, list[str]]] = []
        with using(model, kept):
            split_case(case)
        labels = gold_starts(case, [n for n, _ in kept])
        found += [
            Candidate(index, tuple(names), label)
            for (_, names), label in zip(kept, labels, strict=True)
        ]
    return found


def fit(found: Sequence[Candidate], l2: float, offset: float) -> StartModel:
    """The L2-regularised logistic regression of the labels on the features."""
    vocabulary = sorted({name for c in found for name in c.names})
    column = {name: k for k, name in enumerate(vocabulary)}
    x = np.zeros((len(found), len(vocabulary) + 1))
    x[:, -1] = 1.0  # the bias
    for row, candidate in enumerate(found):
        x[row, [column[name] for name in candidate.names]] = 1.0
    w = newton(x, np.array([c.starts for c in found], dtype=float), l2)
    weights = {name: round(float(w[column[name]]), DIGITS) for name in vocabulary}
    return StartModel(weights, round(float(w[-1]), DIGITS), offset)


def newton(x: np.ndarray, y: np.ndarray, l2: float, counts: np.ndarray | None = None) -> np.ndarray:
    """The weights minimising the log loss plus L2 (not on the last column, the bias), by
    Newton's method from zero: no randomness, so the same data gives the same weights.
    `counts` weighs each row (a row standing for that many lines with the same features,
    `y` then the share of them labelled 1)."""
    n = np.ones(x.shape[0]) if counts is None else counts
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (n * (p - y)) + penalty * w
        hessian = (x.T * (n * p * (1 - p))) @ x + np.diag(penalty + _RIDGE)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < _CONVERGED:
            break
    return w


def body_exact(cases: Sequence[Case], model: StartModel | None) -> Counter[str]:
    """The cases' hits (`bench.split_quality`) when `model` decides starts."""
    hits: Counter[str] = Counter()
    with using(model):
        for case in cases:
            hits.update(score_case(case, split_case(case)))
    return hits


def folds(cases: Sequence[Case]) -> list[list[int]]:
    """Real dumps dealt round-robin into folds, in half and name order: every fold holds
    dumps of every half and shape. Generated dumps are never held out (they are trained on
    in every fold, so a fold's texts may be among them in other layouts) nor scored."""
    real = [k for k, case in enumerate(cases) if case.text is None]
    return [real[k::FOLDS] for k in range(FOLDS)]


def generated_cases() -> list[Case]:
    """The generated dumps (`bench.synth_dumps`) as cases held in memory, each in the half
    `synth:HALF` of the half whose texts it lays out."""
    return [
        Case(
            path=REAL / "synth" / str(dump.gold["source_file"]),
            split=f"synth:{dump.half}",
            shape=str(dump.gold["shape"]),
            articles=tuple(dump.gold["articles"]),  # type: ignore[arg-type]
            runs=tuple(tuple(run) for run in dump.gold["lines"]),  # type: ignore[attr-defined]
            text=dump.text,
        )
        for dump in synth_dumps.generated()
    ]


def training_cases(halves: Sequence[str], generated: bool = False) -> list[Case]:
    """The training text: the real gold of `halves`, then (`--generated`) the generated
    dumps. The shipped artefacts are trained without them: in session 14 they did not carry
    to the second-look halves (docs/performance.md, "Varied generated training text")."""
    return [*load_cases(REAL, halves), *(generated_cases() if generated else ())]


def of_half(cases: Sequence[Case], half: str) -> set[int]:
    """The dumps of a half with the generated dumps made of its texts: what a model judged
    on that half is trained without."""
    return {k for k, case in enumerate(cases) if case.split in (half, f"synth:{half}")}


def cross_validate(
    cases: Sequence[Case], found: Sequence[Candidate]
) -> dict[tuple[float, float], int]:
    """Gold bodies right over all folds, for each (L2, threshold) tried."""
    right: Counter[tuple[float, float]] = Counter()
    for fold in folds(cases):
        inside = set(fold)
        train = [c for c in found if c.dump not in inside]
        held = [cases[k] for k in fold]
        for l2 in L2S:
            model = fit(train, l2, 0.0)
            for offset in OFFSETS:
                trial = StartModel(model.weights, model.bias, offset)
                right[l2, offset] += body_exact(held, trial)["body_exact"]
    return dict(right)


def by_half(cases: Sequence[Case], found: Sequence[Candidate], l2: float, offset: float) -> str:
    """Each half scored by a model trained without it, against the rules: how the model
    carries over to text of another builder (a closer guess at the blind halves than folds
    that mix every builder's dumps)."""
    cells = []
    for half in TRAIN:
        inside = of_half(cases, half)
        model = fit([c for c in found if c.dump not in inside], l2, offset)
        held = [cases[k] for k in sorted(inside) if cases[k].text is None]
        rules, learned = body_exact(held, None), body_exact(held, model)
        cells.append(f"{half} {rules['body_exact']} -> {learned['body_exact']}")
    return "leave one half out, bodies right (rules -> model): " + ", ".join(cells)


def checksum(cases: Sequence[Case]) -> str:
    """The SHA-256 of the training text: every gold file and dump, in order (a generated
    dump's gold as its articles and runs, its text as generated)."""
    digest = hashlib.sha256()
    for case in cases:
        gold = case.path.parent / (case.path.name.rsplit(".", 1)[0] + ".gold.json")
        for path in (gold, case.path):
            digest.update(path.relative_to(REAL).as_posix().encode())
            if case.text is None:
                digest.update(path.read_bytes())
        if case.text is not None:
            made = json.dumps([case.articles, case.runs], ensure_ascii=False, sort_keys=True)
            digest.update(made.encode())
            digest.update(case.text.encode())
    return digest.hexdigest()


def generated_note(cases: Sequence[Case]) -> dict[str, object]:
    """What an artefact says of the generated dumps it was trained on (nothing if none)."""
    made = [case for case in cases if case.text is not None]
    if not made:
        return {}
    note = {"dumps": len(made), "articles": sum(len(case.articles) for case in made)}
    return {"generated": {**note, "from": list(synth_dumps.FROM), "seed": synth_dumps.SEED}}


def artefact(cases: Sequence[Case], found: Sequence[Candidate], l2: float, offset: float) -> str:
    """The artefact's text for these choices: the same input gives the same bytes."""
    model = fit(found, l2, offset)
    data = {
        "model": "logistic regression over reader.dumps.start_features",
        "trained_on": list(TRAIN),
        **generated_note(cases),
        "training_sha256": checksum(cases),
        "candidates": len(found),
        "starts": sum(c.starts for c in found),
        "l2": l2,
        "threshold": offset,
        "bias": model.bias,
        "weights": model.weights,
    }
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def check_shipped(path: Path, rebuild: Callable[[float, float], str], name: str) -> int:
    """`--check`: 0 when the shipped artefact is byte for byte what training yields with the
    L2 and threshold it records (so a change to features or data cannot ship unnoticed)."""
    shipped = path.read_text(encoding="utf-8")
    chosen = json.loads(shipped)
    same = rebuild(chosen["l2"], chosen["threshold"]) == shipped
    print(f"the shipped {name} {'is' if same else 'is not'} what training yields")
    return 0 if same else 1


def main(argv: Sequence[str] = ()) -> int:
    """Cross-validates, fits on every training dump and writes (or, `--check`, compares)."""
    cases = training_cases(TRAIN, "--generated" in argv)
    found = candidates(cases)
    if "--check" in argv:
        return check_shipped(ARTEFACT, functools.partial(artefact, cases, found), "artefact")
    rules = body_exact([case for case in cases if case.text is None], None)["body_exact"]
    right = cross_validate(cases, found)
    best = max(right, key=lambda key: (right[key], -abs(key[1]), key[0]))
    print(f"{len(cases)} dumps, {len(found)} candidates, {sum(c.starts for c in found)} starts")
    for key in sorted(right):
        print(f"L2 {key[0]:>5} threshold {key[1]:>5}: {right[key]} bodies right (CV)")
    print(f"rules alone: {rules}; chosen L2 {best[0]}, threshold {best[1]}: {right[best]}")
    print(by_half(cases, found, *best))
    ARTEFACT.write_text(artefact(cases, found, *best), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
