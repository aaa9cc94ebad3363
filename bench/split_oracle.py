"""How far the splitter's learned models could go: `python -m bench.split_oracle`.

The two models (`reader.dumps.start_model`, `reader.dumps.field_model`) decide only the lines
the rules leave them: start candidates after body text, field lines no hard constraint holds.
Here the gold decides in their place, an oracle, and the gold bodies right say how far a
perfect model would get, in its reach today and with its bounds lifted:

- `starts`: every start candidate the start model scores is decided by the gold;
- `fields`: every line the field model scores is decided by the gold (a matter or separator
  line counts as meta: out of the body);
- `both`: the two at once;
- `starts lifted`, `fields lifted`, `both lifted`: the same with the rules' hard starts and
  the field model's constraints lifted: every line after a blank line is a start candidate
  (the rules' separators, headings, mail headers and listed headlines too, before body text
  as after), and every line but the title is a field line.

What the gold still gets wrong with both lifted lies in the title the rules choose and in
how `lines` and `assemble` make paragraphs of lines: no decision of these models reaches it.
For the articles the lifted oracle gets right and the splitter does not, `held` counts what
held the lines it moved: a rule's start, a line the rules never scored, or the constraint
that keeps a line from the field model (`field_features._body_held` and `assemble`'s own).

Only the open halves are read, never a sealed one (`bench.split_quality.SEALED`); the second
look's halves (`SECOND`) are printed as rows per half and shape, aggregates only.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

from bench.split_quality import (
    REAL,
    SEALED,
    SECOND_LOOK,
    SPLITS,
    Case,
    align,
    load_cases,
    normalise,
    split_case,
)
from bench.train_splitter import TRAIN as TUNING  # the halves read and tuned on: those trained on
from reader.dumps import assemble, boundaries, field_features, start_model
from reader.dumps import field_model as field_models
from reader.dumps.field_model import MOVABLE, FieldModel
from reader.dumps.roles import Facts
from reader.dumps.start_features import Context, Verdict
from reader.dumps.start_model import StartModel

SECOND = tuple(half for half in SPLITS if half in SECOND_LOOK)
"""The second look: scored, aggregates only, never tuned on."""
ORACLES = (
    "today",
    "learned",
    "starts",
    "fields",
    "both",
    "starts lifted",
    "fields lifted",
    "both lifted",
)
"""The splitters compared: the default (`today`), both shipped models (`learned`), then the
oracles of the module's docstring."""
_LINE = "@line "
_SPAN = "@span "
_FIRST = "@first "
_LAST = "@last "
"""Names the oracle adds to a scored line's features: its dump line, the line its article
starts on, and (for a field line) its article's first and last lines (models ignore a name
they have no weight for)."""
_AS_FIELD = {"matter": "meta", "separator": "meta"}
"""Gold places outside an article, as the field they take in one: out of the body."""
_TEXT_FIELDS = frozenset({"title", "body", "subhead"})


@dataclass(frozen=True, slots=True)
class Gold:
    """Where a dump's gold puts each line (dump lines from 0, as `Line.number` counts)."""

    owner: dict[int, int | None]
    field: dict[int, str]
    first: dict[int, int]
    """Each gold article's first title, body or subhead line."""

    @classmethod
    def of(cls, case: Case) -> Gold:
        """The gold of one case."""
        owner: dict[int, int | None] = {}
        places: dict[int, str] = {}
        first: dict[int, int] = {}
        for start, end, article, where in case.runs:
            for number in range(start - 1, end):
                owner[number], places[number] = article, where
            if article is not None and where in _TEXT_FIELDS:
                first[article] = min(first.get(article, start - 1), start - 1)
        return cls(owner, places, first)

    def starts(self, line: int, span: int) -> bool:
        """Whether an article starts on `line` in the gold, the current one having started on
        `span`: the line is its article's, at or above its first text line, and the current
        article is another (a label over a headline may open it as well as the headline)."""
        article = self.owner.get(line)
        if article is None or line > self.first.get(article, -1):
            return False
        return self.owner.get(span, -1) != article

    def target(self, line: int, span: range) -> str | None:
        """The field the gold puts `line` in (matter and separators as meta) when it is a line
        of the article most of `span` (the dump lines of the article being built) belongs
        to; None for a line of another article, which no field of this one makes right."""
        owners = Counter(self.owner[n] for n in span if self.owner.get(n) is not None)
        own = owners.most_common(1)[0][0] if owners else None
        where = self.field.get(line)
        if where is None or self.owner[line] not in (own, None):
            return None
        return _AS_FIELD.get(where, where)


def _marked(names: Sequence[str], mark: str) -> int:
    return next(int(name[len(mark) :]) for name in names if name.startswith(mark))


@dataclass(frozen=True, slots=True)
class StartOracle(StartModel):
    """The gold as a start model: a line starts an article where the gold starts one."""

    gold: Gold | None = None

    def score(self, names: Any) -> float:
        """+1 where the gold starts an article on the line, -1 elsewhere (threshold 0)."""
        names = list(names)
        assert self.gold is not None
        return 1.0 if self.gold.starts(_marked(names, _LINE), _marked(names, _SPAN)) else -1.0


@dataclass(frozen=True, slots=True)
class FieldOracle(FieldModel):
    """The gold as a field model: a line goes where the gold puts it, if that is movable."""

    gold: Gold | None = None

    def decide(self, names: Any, ruled: str) -> tuple[str, float] | None:
        """The gold's field where it differs from the rules' and the model may move there."""
        assert self.gold is not None
        names = list(names)
        span = range(_marked(names, _FIRST), _marked(names, _LAST) + 1)
        where = self.gold.target(_marked(names, _LINE), span)
        return (where, 1.0) if where in MOVABLE and where != ruled else None


@dataclass(slots=True)
class Held:
    """What held the lines the lifted oracle moved, by dump line: the rule or constraint."""

    by_line: dict[int, set[str]] = field(default_factory=dict)

    def add(self, line: int, why: str) -> None:
        """Notes that `why` held line `line` from the gold's decision."""
        self.by_line.setdefault(line, set()).add(why)


def _start_names(original: Callable[..., list[str]]) -> Callable[..., list[str]]:
    def names(facts: Sequence[Facts], i: int, verdict: Verdict, context: Context) -> list[str]:
        span = facts[i - context.since_start].line.number
        marks = [f"{_LINE}{facts[i].line.number}", f"{_SPAN}{span}"]
        return [*original(facts, i, verdict, context), *marks]

    return names


def _field_names(original: Callable[..., list[str]]) -> Callable[..., list[str]]:
    def names(facts: Sequence[Facts], placed: Any, i: int, title: int) -> list[str]:
        marks = (f"{_LINE}{facts[i].line.number}", f"{_FIRST}{facts[0].line.number}")
        return [*original(facts, placed, i, title), *marks, f"{_LAST}{facts[-1].line.number}"]

    return names


def _lifted_starts(gold: Gold, held: Held, scored: set[int]) -> Callable[..., str | None]:
    """`boundaries._starts_here` with the gold deciding every line after a blank line."""
    original = boundaries._starts_here

    def starts_here(
        facts: Sequence[Facts], i: int, start: int, layout: Any, has_body: bool, *rest: Any
    ) -> str | None:
        ruled = original(facts, i, start, layout, has_body, *rest)
        line = facts[i].line
        if not (line.gap_before or line.separator_before):
            return ruled
        gold_start = gold.starts(line.number, facts[start].line.number)
        if bool(ruled) != gold_start:
            held.add(line.number, _why_start(ruled, facts[i], has_body, line.number in scored))
        if gold_start:  # the rules' own start where they agree: the labels above go with it
            return ruled or boundaries.HARD_START
        return None if ruled is None else ""

    return starts_here


def _why_start(ruled: str | None, fact: Facts, has_body: bool, scored: bool) -> str:
    """What made the rules' start decision on a line where the gold decides otherwise."""
    if ruled:
        kind = "scored" if ruled.startswith(("headline score", "learned")) else ruled
        return f"start, gold none: {kind}" + ("" if has_body else " (before body)")
    if scored:
        return "no start, gold one: scored" + ("" if has_body else " (before body)")
    if not (fact.shape and fact.role == "text"):
        return f"no start, gold one: never scored (role {fact.role}, shape {fact.shape})"
    return "no start, gold one: never scored (" + ("gap" if has_body else "before body") + ")"


def _lifted_fields(gold: Gold, held: Held) -> Callable[..., None]:
    """`assemble._learned_fields` with the gold deciding every line but the title."""

    def learned_fields(model: FieldModel, facts: Sequence[Facts], draft: Any) -> None:
        placed, noted = draft.placed, draft.noted
        span = range(facts[0].line.number, facts[-1].line.number + 1)
        bodiless, moved = not draft.parts, False
        for i, (ruled, rule) in enumerate(placed):
            where = gold.target(facts[i].line.number, span)
            if ruled == "title" or rule == "unplaced" or where not in MOVABLE or where == ruled:
                continue
            held.add(facts[i].line.number, _why_field(facts, placed, i, draft, bodiless))
            noted.setdefault(i, [])
            assemble._move(facts[i].line.text, i, ruled, where, draft)
            placed[i], moved = (where, f"oracle field {where} (rules: {ruled})"), True
        if moved:
            draft.parts.sort(key=lambda part: part[2])

    return learned_fields


def _why_field(facts: Sequence[Facts], placed: Any, i: int, draft: Any, bodiless: bool) -> str:
    """Which constraint keeps line `i` from the field model today ("scored": none does);
    `bodiless`: the rules found no body in the article."""
    fact, (ruled, rule) = facts[i], placed[i]
    if bodiless:
        return "field: no body by the rules"
    if fact.role not in field_features._OPEN_ROLES:
        return f"field: role {fact.role} ({ruled})"
    if ruled == "body" and field_features._body_held(facts, placed, i):
        return "field: body held, " + _body_hold(facts, placed, i)
    if fact.role == "bullet" and rule.startswith("lead"):
        return "field: a lead's summary bullet"
    if ruled != "meta" and field_features.spoken(facts, placed, i):
        return "field: speech"
    if ruled == "meta" and i not in draft.noted:
        return "field: meta noted by no line"
    return "field: scored"


def _body_hold(facts: Sequence[Facts], placed: Any, i: int) -> str:
    if facts[i].role != "text":
        return "a list"
    if field_features._prose(facts[i]):
        return "prose"
    if field_features._in_body_block(facts, placed, i):
        return "in a block with body"
    return "under an export's text label"


@contextmanager
def oracle(name: str, gold: Gold, held: Held) -> Iterator[None]:
    """Splits with the splitter `name` (one of `ORACLES`) deciding, `gold` as its oracle."""
    starts = name in ("starts", "both")
    fields = name in ("fields", "both")
    lifted_starts = name in ("starts lifted", "both lifted")
    lifted_fields = name in ("fields lifted", "both lifted")
    scored: set[int] = set()
    with ExitStack() as stack:
        enter = stack.enter_context
        enter(mock.patch.object(boundaries, "features", _start_names(boundaries.features)))
        enter(mock.patch.object(assemble, "features", _field_names(assemble.features)))
        shipped_start = start_model.shipped() if name == "learned" else None
        start = StartOracle({}, 0.0, 0.0, gold) if starts else shipped_start
        enter(start_model.using(start))
        fields_model = FieldOracle({}, 0.0, gold=gold) if fields or lifted_fields else None
        enter(field_models.using(fields_model or field_models.shipped()))
        if lifted_starts:
            score = boundaries._score

            def scoring(facts: Sequence[Facts], i: int, *rest: Any) -> Verdict:
                scored.add(facts[i].line.number)
                return score(facts, i, *rest)

            enter(mock.patch.object(boundaries, "_score", scoring))
            enter(mock.patch.object(boundaries, "_starts_here", _lifted_starts(gold, held, scored)))
        if lifted_fields:
            enter(mock.patch.object(assemble, "_learned_fields", _lifted_fields(gold, held)))
        yield


def bodies_right(case: Case, name: str, held: Held | None = None) -> list[bool]:
    """For each gold article of the case, whether splitter `name` gets its whole body right."""
    gold = Gold.of(case)
    with oracle(name, gold, held if held is not None else Held()):
        articles = split_case(case)
    return [
        got is not None and normalise(got.body) == normalise(str(want["body"]))
        for want, got in zip(case.articles, align(articles, case.articles), strict=True)
    ]


@dataclass(slots=True)
class Table:
    """Gold bodies right per (half, shape) and splitter, and what held the rescued ones."""

    right: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    articles: Counter[tuple[str, str]] = field(default_factory=Counter)
    held: dict[str, dict[str, Counter[str]]] = field(default_factory=dict)
    """Per half group ("tuning", "second look") and rule or constraint: of the articles the
    lifted oracle gets right and today's splitter not, how many of each shape had a line it
    held."""
    rescued: Counter[str] = field(default_factory=Counter)
    """Per half group: articles the lifted oracle gets right and today's splitter not."""
    unreached: Counter[str] = field(default_factory=Counter)
    """Per half group: articles even the lifted oracle gets wrong."""

    def add(self, case: Case, group: str) -> None:
        """Scores one case with every splitter."""
        keys = ((case.split, case.shape), (case.split, "all"), (group, "all"))
        today = bodies_right(case, "today")
        held = Held()
        results = {name: bodies_right(case, name) for name in ORACLES[1:-1]}
        lifted = bodies_right(case, "both lifted", held)
        results["today"], results["both lifted"] = today, lifted
        gold = Gold.of(case)
        for key in keys:
            self.articles[key] += len(case.articles)
            self.right.setdefault(key, Counter()).update(
                {name: sum(results[name]) for name in ORACLES}
            )
        reasons = self.held.setdefault(group, {})
        for article, (was, could) in enumerate(zip(today, lifted, strict=True)):
            self.unreached[group] += not could
            if could and not was:
                self.rescued[group] += 1
                lines = [n for n, owner in gold.owner.items() if owner == article]
                for why in {why for n in lines for why in held.by_line.get(n, ())}:
                    reasons.setdefault(why, Counter())[case.shape] += 1

    def rows(self) -> list[str]:
        """The table: one row per half and shape, then each group's totals and reasons."""
        head = f"{'half':<12} {'shape':<18} {'arts':>5} " + " ".join(
            f"{name:>13}" for name in ORACLES
        )
        out = [head, "-" * len(head)]
        order = {half: k for k, half in enumerate((*TUNING, *SECOND, "tuning", "second look"))}
        for key in sorted(
            self.right, key=lambda key: (order.get(key[0], -1), key[1] == "all", key[1])
        ):
            cells = " ".join(f"{self.right[key][name]:>13}" for name in ORACLES)
            out.append(f"{key[0]:<12} {key[1]:<18} {self.articles[key]:>5} {cells}")
        for group, reasons in self.held.items():
            out.append("")
            out.append(f"{group}: even both lifted gets {self.unreached[group]} bodies wrong;")
            out.append(
                f"{group}: {self.rescued[group]} rescued by the lifted oracle, a line held by:"
            )
            for why, shapes in sorted(reasons.items(), key=lambda item: -item[1].total()):
                by_shape = ", ".join(f"{shape} {n}" for shape, n in shapes.most_common())
                out.append(f"  {shapes.total():>4}  {why} ({by_shape})")
        return out


def halves(names: Sequence[str]) -> list[str]:
    """The halves of `names` that exist, never a sealed one."""
    if sealed := sorted(set(names) & SEALED):
        raise ValueError(f"{', '.join(sealed)}: a sealed half is never split")
    return [half for half in names if (REAL / half).is_dir()]


def main(argv: Sequence[str] = ()) -> int:
    """Prints the oracles' table for the tuning halves, then (`--second`) the second look."""
    table = Table()
    groups = [("tuning", TUNING)] + ([("second look", SECOND)] if "--second" in argv else [])
    for group, names in groups:
        for case in load_cases(REAL, halves(names)):
            table.add(case, group)
    print("\n".join(table.rows()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
