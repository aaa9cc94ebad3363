"""Starts that hold when a dump's layout varies: `python -m bench.variations`.

A splitter that has learned its halves' layouts breaks on the next person's (issue 13: the
tuning halves read 90% of bodies right, the second look 72%, the sealed halves 65%, and
the starts and ends are where it is lost). This lays the tuning halves' own dumps out again
as real pastes vary them, one named change at a time (`VARIATIONS`), each with its gold
derived from the dump's gold, and scores the splitter on every variation as
`bench.split_quality` scores a half: the same articles, the layout changed.

How each variation's gold is derived: every line of the dump keeps the gold's (article,
field) label (a blank line none), and a variation only adds, removes, reorders or rewrites
labelled lines, so the gold `lines` runs are written again line by line from the labels
that moved with their lines. An added separator is a `separator` line of no article (a form
feed's line is blank, as the gold reads it); a removed line's label goes with it; reordered
articles take their gold articles with them, renumbered. The gold articles' bodies are the
dump's paragraphs with whitespace folded, so no change of spacing (gaps, trailing spaces,
tabs, non-breaking spaces, CRLF) touches them; a rewritten title (capitals, Title Case,
non-breaking spaces) is rewritten in the gold title, and in the title and meta lines of its
article that hold it, alike.

Only the tuning halves (`TUNING`) are varied: the second look is scored under the same
variations once, as a gate (`--half NAME`), and a sealed half never. `--by-half` prints a
row per half under each variation; `--variation NAME` (repeatable) scores only those.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bench.split_quality import SEALED, SHOWN, SPLITS, Case, load_cases, score_case
from bench.train_splitter import TRAIN
from reader.dumps import split_text
from reader.dumps.load import read_dump

TUNING = tuple(half for half in SPLITS if half in TRAIN or half in SHOWN)
"""The halves varied by default: every tuning half (those the models train on, and those
tuned on by the rules alone: fresh33, fresh35, fresh38)."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a dump with its gold place: the article's index (None: the dump's own
    matter, a separator) and field ("blank" for an empty line, None where no run says)."""

    text: str
    article: int | None
    field: str | None

    @property
    def blank(self) -> bool:
        """Whether the line is empty as the gold reads it (spaces, or a form feed, only)."""
        return self.field == "blank"


@dataclass(frozen=True, slots=True)
class Laid:
    """A dump as lines with their labels, and its gold articles in order."""

    lines: tuple[Line, ...]
    articles: tuple[dict[str, object], ...]


def labelled(case: Case) -> Laid:
    """The case's dump as labelled lines: each line's (article, field) from the gold runs;
    a line holding only whitespace (a form feed too) is blank wherever it stands."""
    text = case.text if case.text is not None else read_dump(case.path)[0]
    rows = text.replace("\r\n", "\n").split("\n")
    labels: dict[int, tuple[int | None, str]] = {}
    for first, last, article, field in case.runs:
        for number in range(first, last + 1):
            labels[number] = (article, field)
    lines = []
    for number, row in enumerate(rows, 1):
        if not row.strip():
            lines.append(Line(row, None, "blank"))
        else:
            article, field = labels.get(number, (None, None))
            lines.append(Line(row, article, field))
    return Laid(tuple(lines), case.articles)


def as_case(laid: Laid, case: Case, name: str, crlf: bool = False) -> Case:
    """A case held in memory whose text and gold are the laid-out lines' (line ends CRLF
    where asked: the gold counts lines after CRLF is folded)."""
    runs = tuple(
        (number, number, line.article, line.field)
        for number, line in enumerate(laid.lines, 1)
        if not line.blank and line.field is not None
    )
    text = ("\r\n" if crlf else "\n").join(line.text for line in laid.lines)
    return dataclasses.replace(
        case,
        path=case.path.with_name(f"{case.path.stem}.{name}{case.path.suffix}"),
        articles=laid.articles,
        runs=runs,
        text=text,
    )


def _gaps(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """(first, end) of each run of blank lines with a non-blank line on both sides."""
    out = []
    at = 0
    while at < len(lines):
        if lines[at].blank:
            end = at
            while end < len(lines) and lines[end].blank:
                end += 1
            if at > 0 and end < len(lines):
                out.append((at, end))
            at = end
        else:
            at += 1
    return out


def _between(lines: Sequence[Line], first: int, end: int) -> bool:
    """Whether the blank run [first, end) parts two articles (or an article from the
    dump's matter or a separator), not two lines of one article."""
    above, below = lines[first - 1].article, lines[end].article
    return above is None or above != below


def _regap(laid: Laid, width: Callable[[bool, int], int]) -> Laid:
    """The dump with each blank run between non-blank lines made `width(between, n)` lines
    long (n: its length now)."""
    lines = list(laid.lines)
    for first, end in reversed(_gaps(lines)):
        blank = Line("", None, "blank")
        lines[first:end] = [blank] * width(_between(lines, first, end), end - first)
    return Laid(tuple(lines), laid.articles)


def between_gaps(count: int) -> Callable[[Laid], Laid]:
    """Every gap that parts articles `count` blank lines long."""
    return lambda laid: _regap(laid, lambda between, n: count if between else n)


def inside_gaps(count: int) -> Callable[[Laid], Laid]:
    """Every gap inside an article (between its paragraphs, under its title) `count` blank
    lines long; lines set right under each other stay so."""
    return lambda laid: _regap(laid, lambda between, n: n if between else count)


def wider_gaps(laid: Laid) -> Laid:
    """Every gap one blank line wider: the dump's rhythm kept, its counts all changed."""
    return _regap(laid, lambda between, n: n + 1)


def with_separator(mark: str) -> Callable[[Laid], Laid]:
    """A separator line (`mark`, a blank line on each side) wherever one article's last
    line meets the next one's first with only blank lines between (a form feed's line is
    blank as the gold reads it)."""

    def vary(laid: Laid) -> Laid:
        lines = list(laid.lines)
        field = "blank" if not mark.strip() else "separator"
        for first, end in reversed(_gaps(lines)):
            above, below = lines[first - 1].article, lines[end].article
            if above is not None and below is not None and above != below:
                blank = Line("", None, "blank")
                lines[first:end] = [blank, Line(mark, None, field), blank]
        return Laid(tuple(lines), laid.articles)

    return vary


def _without(laid: Laid, gone: Callable[[Line], bool]) -> Laid:
    """The dump without the lines `gone` picks; the blank runs each side of a removed line
    become the wider of the two (at least one where text stands on both sides), and blank
    lines left at the dump's head go."""
    lines: list[Line] = []
    pending: int | None = None  # the gap above a removed line, while its other side is read
    for line in laid.lines:
        if gone(line):
            gap = 0
            while lines and lines[-1].blank:
                lines.pop()
                gap += 1
            pending = max(pending or 0, gap)
            continue
        if pending is not None and not line.blank:
            below = 0
            while lines and lines[-1].blank:
                lines.pop()
                below += 1
            if lines:
                lines += [Line("", None, "blank")] * max(pending, below, 1)
            pending = None
        lines.append(line)
    while lines and lines[0].blank:
        lines.pop(0)
    if not lines or lines[-1].text:
        lines.append(Line("", None, "blank"))
    return Laid(tuple(lines), laid.articles)


def _rule(line: Line) -> bool:
    """A separator drawn with no letter or digit (`---`, `* * *`, `====`, `~~~`, box
    drawing), not a record's mark ("1 of 3 DOCUMENTS", which the gold also calls one)."""
    return line.field == "separator" and not any(ch.isalnum() for ch in line.text)


def without_separators(laid: Laid) -> Laid | None:
    """The dump's separator rules taken out (None: it has none)."""
    if not any(_rule(line) for line in laid.lines):
        return None
    return _without(laid, _rule)


def without_matter(laid: Laid) -> Laid | None:
    """The dump's own header and footer (export headers, mail headers, cover pages,
    footers) taken out (None: it has none)."""
    if not any(line.field == "matter" for line in laid.lines):
        return None
    return _without(laid, lambda line: line.field == "matter")


def _spans(laid: Laid) -> list[tuple[int, int]] | None:
    """[first, end) of each article's lines, in order, when each article's lines are one
    run of the dump that no other article's line enters (None otherwise)."""
    spans = []
    for index in range(len(laid.articles)):
        at = [n for n, line in enumerate(laid.lines) if line.article == index]
        if not at:
            return None
        spans.append((at[0], at[-1] + 1))
    ordered = all(spans[k][1] <= spans[k + 1][0] for k in range(len(spans) - 1))
    return spans if ordered and len(spans) > 1 else None


def _lists_titles(laid: Laid) -> bool:
    """Whether the dump's own matter names an article's title (an export's or a digest's
    contents list, in the articles' order: reordering the articles would reorder it too)."""
    matter = [line.text for line in laid.lines if line.article is None and not line.blank]
    titles = [str(want["title"]) for want in laid.articles]
    return any(title and title in text for title in titles for text in matter)


def reordered(order: Callable[[int], list[int]]) -> Callable[[Laid], Laid | None]:
    """The articles' lines in another order (`order(n)`: the old index of each new place),
    what lies between them (gaps, separators, the dump's matter) where it stood; the gold
    articles follow their lines, renumbered."""

    def vary(laid: Laid) -> Laid | None:
        spans = _spans(laid)
        if spans is None or _lists_titles(laid):
            return None
        new = order(len(spans))
        place = {old: at for at, old in enumerate(new)}
        lines = list(laid.lines[: spans[0][0]])
        for at, old in enumerate(new):
            first, end = spans[old]
            lines += [
                dataclasses.replace(line, article=place[old]) for line in laid.lines[first:end]
            ]
            stop = spans[at + 1][0] if at + 1 < len(spans) else len(laid.lines)
            lines += laid.lines[spans[at][1] : stop]
        return Laid(tuple(lines), tuple(laid.articles[old] for old in new))

    return vary


_TEXT = frozenset({"title", "subhead", "body"})
"""The fields of an article's own text, as its publisher set it."""


def _rewrite_text(laid: Laid, rewrite: Callable[[str], str]) -> Laid:
    """Every line of the articles' own text (`_TEXT`) rewritten, titles in the gold too (a
    change of spacing: the gold bodies fold it)."""
    lines = tuple(
        dataclasses.replace(line, text=rewrite(line.text)) if line.field in _TEXT else line
        for line in laid.lines
    )
    articles = tuple({**want, "title": rewrite(str(want["title"]))} for want in laid.articles)
    return Laid(lines, articles)


_TRAILING = (" ", "\t", "  ", " \t")


def trailing_spaces(laid: Laid) -> Laid:
    """Spaces and tabs after every non-blank line, in turn (a paste from a PDF or a
    terminal); the gold title is the line's text without them."""
    lines = tuple(
        line if line.blank else dataclasses.replace(line, text=line.text + _TRAILING[n % 4])
        for n, line in enumerate(laid.lines)
    )
    return Laid(lines, laid.articles)


_WHITE = (" ", "\t", "\u00a0", "  ")


def spaced_blanks(laid: Laid) -> Laid:
    """Every blank line holding a space, a tab or a non-breaking space (web copy's empty
    paragraphs)."""
    lines = tuple(
        dataclasses.replace(line, text=_WHITE[n % 4]) if line.blank else line
        for n, line in enumerate(laid.lines)
    )
    return Laid(lines, laid.articles)


_BEFORE_MARK = re.compile(r" (?=[:;?!»])")
_AFTER_SHORT = re.compile(r"(?<![^\s«(])(\w{1,2}|«) ")


def nbsp(laid: Laid) -> Laid:
    """Non-breaking spaces where a site's typography puts them in its articles' text
    (titles, subheadings, paragraphs; not in a tool's own lines around them): before : ; ?
    ! », after « and after a word of one or two letters."""

    def rewrite(text: str) -> str:
        return _AFTER_SHORT.sub("\\1\u00a0", _BEFORE_MARK.sub("\u00a0", text))

    return _rewrite_text(laid, rewrite)


def retitled(rewrite: Callable[[str], str]) -> Callable[[Laid], Laid]:
    """Each article's title rewritten, in the gold and in its article's title and meta
    lines that hold it."""

    def vary(laid: Laid) -> Laid:
        lines = []
        for line in laid.lines:
            if line.article is not None and line.field in ("title", "meta"):
                title = str(laid.articles[line.article]["title"])
                if title and title in line.text:
                    line = dataclasses.replace(line, text=line.text.replace(title, rewrite(title)))
            lines.append(line)
        articles = tuple({**want, "title": rewrite(str(want["title"]))} for want in laid.articles)
        return Laid(tuple(lines), articles)

    return vary


def title_case(title: str) -> str:
    """Each word's first letter a capital, the rest as written (acronyms stay)."""
    return " ".join(word[:1].upper() + word[1:] for word in title.split(" "))


VARIATIONS: dict[str, Callable[[Laid], Laid | None]] = {
    "none": lambda laid: laid,
    "between_1": between_gaps(1),
    "between_2": between_gaps(2),
    "between_3": between_gaps(3),
    "inside_1": inside_gaps(1),
    "inside_2": inside_gaps(2),
    "wider_gaps": wider_gaps,
    "sep_dashes": with_separator("---"),
    "sep_stars": with_separator("* * *"),
    "sep_equals": with_separator("===================="),
    "sep_formfeed": with_separator("\f"),
    "no_separators": without_separators,
    "reversed": reordered(lambda n: list(range(n - 1, -1, -1))),
    "first_last": reordered(lambda n: [*range(1, n), 0]),
    "crlf": lambda laid: laid,
    "trailing_spaces": trailing_spaces,
    "spaced_blanks": spaced_blanks,
    "nbsp": nbsp,
    "title_caps": retitled(str.upper),
    "title_case": retitled(title_case),
    "no_matter": without_matter,
}
"""The layout changes, by name: each takes a dump's labelled lines and gives them laid out
again (None: the change does not apply to this dump, which is then left out of its row).
`mixed` (two dumps of different shapes in one file) is made in `varied`, from two cases."""


def _mixed(laid: Laid, other: Laid) -> Laid:
    """One dump's lines, two blank lines, then another's (its articles renumbered after
    the first's): two pastes of different shapes appended into one file."""
    head = list(laid.lines)
    while head and head[-1].blank:
        head.pop()
    offset = len(laid.articles)
    tail = [
        line if line.article is None else dataclasses.replace(line, article=line.article + offset)
        for line in other.lines
    ]
    while tail and tail[0].blank:
        tail.pop(0)
    blank = Line("", None, "blank")
    return Laid((*head, blank, blank, *tail), (*laid.articles, *other.articles))


def _partner(case: Case, cases: Sequence[Case]) -> Case | None:
    """The next case of the same half in another shape (cyclic), for `mixed`."""
    same = [c for c in cases if c.split == case.split]
    at = same.index(case)
    for other in (*same[at + 1 :], *same[:at]):
        if other.shape != case.shape:
            return other
    return None


def varied(name: str, cases: Sequence[Case]) -> list[tuple[tuple[Case, ...], Case]]:
    """(the cases it is made from, the variation) for each case the variation `name`
    applies to: one case, or for `mixed` the case and its partner."""
    laid = {case.path: labelled(case) for case in cases}
    out: list[tuple[tuple[Case, ...], Case]] = []
    for case in cases:
        if name == "mixed":
            other = _partner(case, cases)
            if other is not None:
                made = as_case(_mixed(laid[case.path], laid[other.path]), case, name)
                out.append(((case, other), made))
            continue
        laid_out = VARIATIONS[name](laid[case.path])
        if laid_out is not None:
            out.append(((case,), as_case(laid_out, case, name, crlf=name == "crlf")))
    return out


NAMES = (*VARIATIONS, "mixed")
"""Every variation, in the order the table prints them."""


def _scored(case: Case) -> Counter[str]:
    return score_case(case, split_text(str(case.text), case.path.name))


def measure(
    cases: Sequence[Case], names: Iterable[str] = NAMES
) -> dict[tuple[str, str], tuple[Counter[str], Counter[str]]]:
    """Per (variation, half), the hits of the unvaried dumps it applies to and of their
    variations (a mixed dump against its two sources together, counted right where both
    were)."""
    laid_cases = {case.path: as_case(labelled(case), case, "none") for case in cases}
    plain = {path: _scored(case) for path, case in laid_cases.items()}
    table: dict[tuple[str, str], tuple[Counter[str], Counter[str]]] = {}
    for name in names:
        for sources, made in varied(name, cases):
            before: Counter[str] = Counter()
            for source in sources:
                before.update(plain[source.path])
            # one dump, its count right where each source's was
            before["dumps"] = 1
            before["count_ok"] = all(plain[source.path]["count_ok"] for source in sources)
            after = _scored(made)
            for key in ((name, sources[0].split), (name, "all")):
                was, now = table.setdefault(key, (Counter(), Counter()))
                was.update(before)
                now.update(after)
    return table


_SHOWN = (("body", "body_exact"), ("start", "start"), ("end", "end"), ("title", "title"))


def rows(
    table: dict[tuple[str, str], tuple[Counter[str], Counter[str]]], by_half: bool = False
) -> list[str]:
    """One row per variation (and per half under it with `by_half`): dumps, articles, dumps
    split into the right number of articles, and bodies, first paragraphs, last paragraphs
    and titles right, each as unvaried → varied."""
    head = f"{'variation':<16} {'half':<8} {'dumps':>5} {'arts':>5} {'count':>11}"
    head += "".join(f" {label:>13}" for label, _ in _SHOWN)
    out = [head, "-" * len(head)]
    names = list(dict.fromkeys(name for name, _ in table))
    for name in names:
        halves = [h for n, h in table if n == name and h != "all"] if by_half else []
        for half in (*halves, "all"):
            was, now = table[name, half]
            cells = f"{name:<16} {half:<8} {now['dumps']:>5} {now['total_articles']:>5}"
            cells += f" {was['count_ok']:>4} → {now['count_ok']:<4}"
            cells += "".join(f" {was[key]:>5} → {now[key]:<5}" for _, key in _SHOWN)
            out.append(cells)
    return out


def main(argv: Sequence[str] = ()) -> int:
    """Prints the table: every variation (or those named by `--variation`) of the tuning
    halves (or of the halves named by `--half`, never a sealed one)."""
    named = [argv[at + 1] for at, arg in enumerate(argv[:-1]) if arg == "--half"]
    asked = [argv[at + 1] for at, arg in enumerate(argv[:-1]) if arg == "--variation"]
    if set(named) & SEALED or set(named) - set(SPLITS):
        raise SystemExit("variations: name open halves only")
    if set(asked) - set(NAMES):
        raise SystemExit(f"variations: the variations are {', '.join(NAMES)}")
    cases = load_cases(halves=tuple(named) or TUNING)
    table = measure(cases, asked or NAMES)
    print("\n".join(rows(table, by_half="--by-half" in argv)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
