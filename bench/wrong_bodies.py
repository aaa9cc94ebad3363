"""What is wrong with each wrong body of the halves that may be read: `python -m
bench.wrong_bodies [HALF ...] [--lines]`.

`bench.split_quality --show` says where a body first differs from its gold; this says why,
by kind, over every line of the article, and names the rule that placed each line out of
place (`reader articles --lines`' rule), so that the largest classes of misses are counted
before a fix is chosen and counted again after it. A gold article whose body is not exactly
right is counted under each kind it shows:

- meta in body: a line the gold puts in the article's meta (a byline, a caption, a tag line)
  is in its body;
- title in body: the line the gold takes the title from is in the body (a chrome line took
  the title, or the title's repeat stayed);
- body lost: a line of the gold body went to meta, the title or the dump's matter;
- welded: a paragraph of another gold article is in the body (a start missed);
- cut: a paragraph of the gold body is in another article's body (a start too many).

Each wrong body is counted once more under its cause (`cause`): a boundary where it is welded
or cut, else the kind and rule that misplaced most of its lines, so that the field misses a
fix inside the article can mend are told from the ones only a start can.

Only the halves `--show` may print (`bench.split_quality.SHOWN`) are read: the second-look
and sealed halves are never catalogued.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bench.split_quality import REAL, SHOWN, Case, align, load_cases, normalise, split_case
from reader.article import Article
from reader.dumps.trace import LineRecord, line_records

KINDS = ("meta in body", "title in body", "body lost", "welded", "cut")
_BODY = frozenset({"body", "subhead"})
_ELSEWHERE = frozenset({"meta", "title", "matter"})
_LONG_PARAGRAPH = 30
"""Characters of a paragraph long enough to say which article it is from: a shorter one
("Links", "Thanks!") may stand in two articles."""
_LEARNED = re.compile(r"learned field (\w+) [\d.]+ \(rules: (\w+)\)")


@dataclass(frozen=True, slots=True)
class Miss:
    """A line out of place in an article whose body is wrong: what kind of miss it makes,
    the rule that placed it, its dump line (from 1) and its text."""

    kind: str
    rule: str
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class WrongBody:
    """A gold article whose body the splitter got wrong: its index, the kinds it shows and
    the lines out of place."""

    index: int
    kinds: frozenset[str]
    misses: tuple[Miss, ...]


def rule_of(record: LineRecord) -> str:
    """The rule that placed a line, without what it noted and the scores that varied from
    line to line ("trailer after the last paragraph -> meta.chrome" is "trailer after the
    last paragraph"; "learned field body 0.62 (rules: subhead)" is "learned field body
    (rules: subhead)"), so that lines placed alike count together."""
    rule = record["rule"].split(" -> ", 1)[0].split("; ", 1)[0]
    learned = _LEARNED.match(rule)
    return f"learned field {learned[1]} (rules: {learned[2]})" if learned else rule


def wrong_bodies(case: Case) -> list[WrongBody]:
    """Each gold article of the case whose body the splitter got wrong, with its kinds."""
    text = case.path.read_bytes().decode("utf-8-sig") if case.text is None else case.text
    raw = text.replace("\r\n", "\n").split("\n")
    placed: dict[int, LineRecord] = {}
    for record in line_records(text, case.path.name):
        placed.setdefault(record["line"], record)
    articles = split_case(case)
    found = []
    for index, (want, got) in enumerate(
        zip(case.articles, align(articles, case.articles), strict=True)
    ):
        gold_body = normalise(str(want["body"]))
        if got is not None and normalise(got.body) == gold_body:
            continue
        misses = _misplaced(case, index, gold_body, raw, placed)
        kinds = {miss.kind for miss in misses} | _whole_kinds(case, index, got, articles)
        found.append(WrongBody(index, frozenset(kinds), tuple(misses)))
    return found


def _misplaced(
    case: Case, index: int, gold_body: str, raw: list[str], placed: dict[int, LineRecord]
) -> list[Miss]:
    """The article's lines the splitter put in a field the gold does not."""
    misses = []
    for start, end, article, field in case.runs:
        if article != index:
            continue
        for number in range(start, end + 1):
            record, line = placed.get(number), raw[number - 1]
            kind = _kind(field, record["field"], normalise(line), gold_body) if record else None
            if kind is not None and record is not None:
                misses.append(Miss(kind, rule_of(record), number, line.strip()))
    return misses


def _kind(gold: str, ours: str, text: str, gold_body: str) -> str | None:
    if not text:
        return None
    if gold in ("meta", "title") and ours in _BODY and text not in gold_body:
        return "meta in body" if gold == "meta" else "title in body"
    if gold in _BODY and ours in _ELSEWHERE:
        return "body lost"
    return None


def _whole_kinds(
    case: Case, index: int, got: Article | None, articles: Sequence[Article]
) -> set[str]:
    """Welded and cut, read from the bodies' paragraphs rather than line by line."""
    gold = case.articles[index]
    gold_body = normalise(str(gold["body"]))
    body = normalise(got.body) if got is not None else ""
    kinds = set()
    others = (
        normalise(paragraph)
        for at, want in enumerate(case.articles)
        if at != index
        for paragraph in str(want["body"]).split("\n\n")
    )
    if any(len(p) > _LONG_PARAGRAPH and p in body and p not in gold_body for p in others):
        kinds.add("welded")
    elsewhere = [normalise(a.body) for a in articles if a is not got]
    own = (normalise(paragraph) for paragraph in str(gold["body"]).split("\n\n"))
    if any(p and p not in body and any(p in other for other in elsewhere) for p in own):
        kinds.add("cut")
    return kinds


_BOUNDARY = frozenset({"welded", "cut"})


def cause(body: WrongBody) -> str:
    """Why a body is wrong, one cause an article: "boundary" where it is welded or cut (a
    start missed or one too many, whatever else it shows), else the kind and rule of most of
    its misplaced lines ("meta in body: body: paragraph"), the first of them on a tie."""
    if body.kinds & _BOUNDARY:
        return "boundary"
    rules = Counter(f"{miss.kind}: {miss.rule}" for miss in body.misses)
    return rules.most_common(1)[0][0] if rules else "no line out of place"


def catalogue(cases: Sequence[Case]) -> list[str]:
    """The printed catalogue: wrong bodies of all, each kind's articles, each body once by
    its cause, and the rules that placed each kind's lines, most lines first."""
    total = sum(len(case.articles) for case in cases)
    wrong = [(case, body) for case in cases for body in wrong_bodies(case)]
    kinds = Counter(kind for _, body in wrong for kind in body.kinds)
    causes = Counter(cause(body) for _, body in wrong)
    rules = Counter((miss.kind, miss.rule) for _, body in wrong for miss in body.misses)
    out = [f"wrong bodies {len(wrong)} of {total}"]
    out += [f"  {kind}: {kinds[kind]} articles" for kind in KINDS]
    out += ["each wrong body once, by its cause:"]
    out += [f"  {count:5} {name}" for name, count in causes.most_common()]
    out += ["lines out of place, by kind and rule:"]
    out += [f"  {count:5} {kind}: {rule}" for (kind, rule), count in rules.most_common()]
    return out


def listed(cases: Sequence[Case]) -> list[str]:
    """Each wrong body with its kinds, then its lines out of place (`--lines`)."""
    out = []
    for case in cases:
        for body in wrong_bodies(case):
            title = str(case.articles[body.index]["title"])[:60]
            name = f"{case.split}/{case.path.name}"
            out.append(f"{name} [{body.index}] {cause(body)} {sorted(body.kinds)} {title!r}")
            out += [f"  L{m.line} {m.kind} ({m.rule}): {m.text[:100]}" for m in body.misses]
    return out


def main(argv: Sequence[str] = ()) -> int:
    """Prints the catalogue of the halves named (every shown half if none), or with
    `--lines` each wrong body's lines; a half that may not be shown is refused."""
    halves = tuple(arg for arg in argv if not arg.startswith("--")) or SHOWN
    refused = sorted(set(halves) - set(SHOWN))
    if refused:
        raise SystemExit(f"wrong_bodies: not a half that may be shown: {', '.join(refused)}")
    cases = load_cases(REAL, halves)
    print("\n".join(listed(cases) if "--lines" in argv else catalogue(cases)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
