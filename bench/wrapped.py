"""Split quality on hard-wrapped text: `python -m bench.wrapped [--half NAME]... [--show]`.

Much real text reaches users hard-wrapped: plain-text mail digests, list archives,
newsletters and wire copy wrapped at 60 to 80 columns, often re-flowed by a mail client so
that one line of a paragraph runs longer than the rest (issue 13). This takes each dump of
the tuning halves (`TUNING`, never a sealed or second-look half unless named), re-wraps
its body paragraphs at 60, 72 and 78 columns as a mail client would (titles, meta lines,
subheads and list items are left as written, and so is a body block that cannot be read
as the gold's paragraphs), gives a seeded share of the wrapped paragraphs one longer line
(`_longer`: a line with the next line's first words, or all of them, pulled onto it), and
scores the splitter on the result against the same gold, which the wrapping does not
change.

Each row is `bench.split_quality`'s (title, body=, start, end, kept, with the bodies'
words compared as there: whitespace and Markdown markers folded, paragraph breaks not
seen) and one column more, `para=`: gold articles whose body holds the gold's paragraphs,
each paragraph's words (folded as `normalise` folds them) equal to the gold paragraph's,
in order, and no paragraph more or fewer. That is the column a wrapped paragraph split
into one per line loses while `body=` keeps it. The `as is` rows score the dumps
unwrapped, as `bench.split_quality` does.
"""

from __future__ import annotations

import random
import sys
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from bench.split_oracle import SECOND as SECOND_LOOK
from bench.split_quality import (
    LEGEND,
    SEALED,
    SPLITS,
    TUNING,
    Case,
    align,
    body_f1,
    load_cases,
    misses,
    normalise,
    score_case,
    split_case,
)
from reader.article import Article

WIDTHS = (60, 72, 78)
"""Columns the bench wraps at: a narrow newsletter, the mail clients' 72, and 78 (RFC 5322's
"SHOULD")."""
LONGER_SHARE = 0.3
"""The share of wrapped paragraphs of three lines or more given one longer line."""
SEED = 28
"""The wrapping's seed: the same paragraphs get a longer line on every run."""

_MARKED = ("#", ">", "-", "*", "•", "|", "+")
"""First characters of a line a mail client does not re-flow: headings, quotes, list items,
table rows."""


def _labels(case: Case, count: int) -> list[tuple[int | None, str] | None]:
    """Each dump line's (article, field) from the gold's runs; None for a line no run holds."""
    labels: list[tuple[int | None, str] | None] = [None] * count
    for start, end, article, field in case.runs:
        for number in range(start, min(end, count) + 1):
            labels[number - 1] = (article, field)
    return labels


def _paragraph_runs(lines: Sequence[str], golden: set[str]) -> list[tuple[int, int]] | None:
    """A body block's lines cut into gold paragraphs, as (first, past-last) pairs; None when
    the block cannot be read as a run of the gold's paragraphs."""
    runs: list[tuple[int, int]] = []
    first = 0
    for at in range(len(lines)):
        if normalise("\n".join(lines[first : at + 1])) in golden:
            runs.append((first, at + 1))
            first = at + 1
    return runs if first == len(lines) else None


def _longer(wrapped: list[str], rng: random.Random) -> list[str]:
    """One line of a wrapped paragraph made longer, as a mail client's re-flow leaves it:
    some or all of the next line's words pulled onto it."""
    at = rng.randrange(len(wrapped) - 1)
    words = wrapped[at + 1].split()
    taken = rng.randint(1, len(words))
    lines = [*wrapped[:at], wrapped[at] + " " + " ".join(words[:taken])]
    rest = " ".join(words[taken:])
    return [*lines, *([rest] if rest else []), *wrapped[at + 2 :]]


def _wrap(lines: Sequence[str], width: int, rng: random.Random, counts: Counter[str]) -> list[str]:
    """One body paragraph's lines re-wrapped at `width`, indents kept (the first line's on
    the first, the second's, or none, on the rest); a line marked as a heading, quote, item
    or table row is left as written."""
    first = lines[0]
    if first.lstrip()[:1] in _MARKED:
        return list(lines)
    indent = first[: len(first) - len(first.lstrip())]
    rest = lines[1][: len(lines[1]) - len(lines[1].lstrip())] if len(lines) > 1 else ""
    words = " ".join(line.strip() for line in lines)
    wrapped = textwrap.wrap(
        words,
        width=width - max(len(indent), len(rest)),
        break_long_words=False,
        break_on_hyphens=False,
    )
    counts["paragraphs"] += 1
    if len(wrapped) >= 3 and rng.random() < LONGER_SHARE:
        wrapped = _longer(wrapped, rng)
        counts["longer"] += 1
    return [(indent if at == 0 else rest) + line for at, line in enumerate(wrapped)]


def rewrap(case: Case, width: int, counts: Counter[str] | None = None) -> Case:
    """The case with its body paragraphs hard-wrapped at `width` and the gold's line runs
    moved with them; `counts` gathers how many paragraphs were wrapped and made longer."""
    counts = Counter() if counts is None else counts
    written = case.path.read_bytes().decode("utf-8-sig") if case.text is None else case.text
    lines = written.replace("\r\n", "\n").split("\n")
    labels = _labels(case, len(lines))
    golden = {normalise(p) for want in case.articles for p in str(want["body"]).split("\n\n")}
    rng = random.Random(f"{SEED}:{case.split}:{case.path.name}:{width}")
    out: list[str] = []
    out_labels: list[tuple[int | None, str] | None] = []
    at = 0
    while at < len(lines):
        label = labels[at]
        end = at + 1
        if label is not None and label[1] == "body" and lines[at].strip():
            while end < len(lines) and lines[end].strip() and labels[end] == label:
                end += 1
            block = lines[at:end]
            runs = _paragraph_runs(block, golden)
            if runs is None:
                counts["blocks_kept"] += 1
                wrapped = block
            else:
                wrapped = [w for a, b in runs for w in _wrap(block[a:b], width, rng, counts)]
        else:
            wrapped = lines[at:end]
        out += wrapped
        out_labels += [label] * len(wrapped)
        at = end
    return replace(case, text="\n".join(out), runs=_runs(out_labels))


def _runs(
    labels: Sequence[tuple[int | None, str] | None],
) -> tuple[tuple[int, int, int | None, str], ...]:
    """Line labels (1-numbered by place) folded back into the gold's (first, last, article,
    field) runs."""
    runs: list[tuple[int, int, int | None, str]] = []
    for number, label in enumerate(labels, start=1):
        if label is None:
            continue
        if runs and runs[-1][1] == number - 1 and runs[-1][2:] == label:
            runs[-1] = (runs[-1][0], number, *label)
        else:
            runs.append((number, number, *label))
    return tuple(runs)


def paragraphs_right(want: dict[str, object], got: Article | None) -> bool:
    """Whether an article holds the gold body's paragraphs: each one's folded words equal,
    in order, none more or fewer."""
    if got is None:
        return False
    gold = [normalise(p) for p in str(want["body"]).split("\n\n")]
    found = [normalise(got.paragraph_text(p)) for p in got.paragraphs]
    return [p for p in found if p] == [p for p in gold if p]


def score_wrapped(case: Case) -> Counter[str]:
    """`bench.split_quality.score_case` of a case, with `para` (`paragraphs_right`) beside."""
    articles = split_case(case)
    hits = score_case(case, articles)
    for want, got in zip(case.articles, align(articles, case.articles), strict=True):
        hits["para"] += paragraphs_right(want, got)
    return hits


_COLUMNS = (
    ("count", "count_ok", "dumps"),
    ("title", "title", "total_articles"),
    ("body=", "body_exact", "total_articles"),
    ("para=", "para", "total_articles"),
    ("start", "start", "total_articles"),
    ("end", "end", "total_articles"),
    ("kept", "lines_kept", "total_lines"),
)


def _row(half: str, width: str, hits: Counter[str]) -> str:
    cells = [f"{half:<8} {width:>6} {hits['dumps']:>5} {hits['total_articles']:>5}"]
    cells += [f"{hits[key]:>5}" for key in ("body_exact", "para")]
    cells.append(f"{body_f1(hits):5.2f}")
    whole = [100 * hits[key] / hits[total] if hits[total] else 0.0 for _, key, total in _COLUMNS]
    cells += [f"{share:6.1f}" for share in whole]
    cells.append(f"{hits['paragraphs']:>6} {hits['longer']:>6}")
    return " ".join(cells)


def table(cases: Iterable[Case], widths: Sequence[int] = WIDTHS) -> list[str]:
    """The rows, per half and width (`as is`: unwrapped), and a total per width."""
    head = (
        f"{'half':<8} {'width':>6} {'dumps':>5} {'arts':>5} {'body':>5} {'para':>5} {'F1':>5} "
        + " ".join(f"{h:>6}" for h, _, _ in _COLUMNS)
        + f" {'parags':>6} {'longer':>6}"
    )
    out = [head, "-" * len(head)]
    totals: dict[str, Counter[str]] = {}
    by_half: dict[str, list[Case]] = {}
    for case in cases:
        by_half.setdefault(case.split, []).append(case)
    for half in SPLITS:
        if half not in by_half:
            continue
        for width in (0, *widths):
            hits: Counter[str] = Counter()
            for case in by_half[half]:
                counts: Counter[str] = Counter()
                wrapped = rewrap(case, width, counts) if width else case
                hits.update(score_wrapped(wrapped))
                hits.update(counts)
            name = str(width) if width else "as is"
            totals.setdefault(name, Counter()).update(hits)
            out.append(_row(half, name, hits))
        out.append("")
    out += [_row("all", name, hits) for name, hits in totals.items()]
    out += [
        "",
        "body/para: gold articles whose body words / paragraphs are right (para=: each "
        "paragraph's folded words equal, in order, none more or fewer); parags: body "
        "paragraphs wrapped; longer: of them given one longer line. " + LEGEND,
    ]
    return out


def show(cases: Iterable[Case], width: int) -> list[str]:
    """What went wrong in each wrapped dump of the halves that may be read (`SHOWN` and
    the tuning halves), with the paragraphs a body gained or lost."""
    out = []
    for case in cases:
        if case.split in SEALED or case.split in SECOND_LOOK:
            continue
        wrapped = rewrap(case, width)
        articles = split_case(wrapped)
        found = misses(wrapped, articles)
        for index, (want, got) in enumerate(
            zip(case.articles, align(articles, case.articles), strict=True)
        ):
            if got is not None and not paragraphs_right(want, got):
                gold = len(str(want["body"]).split("\n\n"))
                found.append(f"[{index}] paragraphs {len(got.paragraphs)}, want {gold}")
        out += [f"{case.split}/{case.path.name}@{width}: {line}" for line in found]
    return out


def main(argv: Sequence[str] = ()) -> int:
    """Prints the table for the tuning halves (or the halves named by `--half`, but never a
    sealed one), or with `--show WIDTH` every miss of the readable halves at that width."""
    named = tuple(argv[at + 1] for at, arg in enumerate(argv[:-1]) if arg == "--half")
    if sealed := sorted(set(named) & SEALED):
        raise SystemExit(f"wrapped: {', '.join(sealed)} is sealed")
    cases = load_cases(halves=named or TUNING)
    if "--show" in argv:
        width = int(argv[argv.index("--show") + 1])
        print("\n".join(show(cases, width)))
    else:
        print("\n".join(table(cases)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
