"""Where every line of a dump went, and why: what `reader articles --lines` prints.

One record per input line: its role (what the line is), the article it went to
(None for the dump's matter), the field (title, meta, subhead, body, matter, or
blank for a line with no text and a separator that only divides), and the rule
or score that decided.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypedDict

from reader.dumps.chrome import record_mark
from reader.dumps.lines import FRONT_MATTER_MARKS, raw_lines
from reader.dumps.load import Placed, place_lines


class LineRecord(TypedDict):
    """One input line's fate; `line` counts from 1, as editors do."""

    line: int
    role: str
    article: int | None
    field: str
    rule: str


def line_records(text: str, source: str = "") -> Iterator[LineRecord]:
    """One record per line of the dump's text (two for a line a form feed cuts in two)."""
    text = text.removeprefix("\ufeff")
    starts: dict[int, list[Placed]] = {}
    within: dict[int, Placed] = {}
    for found in place_lines(text, source):
        starts.setdefault(found.first, []).append(found)
        within.update(dict.fromkeys(range(found.first + 1, found.last + 1), found))
    lines = raw_lines(text)
    for number, line in enumerate(lines):
        if number in starts:
            for found in starts[number]:
                yield _record(number, found, found.rule)
        elif number in within:
            found = within[number]
            yield _record(number, found, f"joined to line {found.first + 1}")
        elif (owner := _front_matter_owner(starts, lines, number)) is not None:
            where = "meta" if owner.article is not None else "matter"
            yield _record(number, owner, _DELIMITER) | {"field": where}
        elif record_mark(line) and (below := _placed_below(starts, number, len(lines))):
            where = "meta" if below.article is not None else "matter"
            rule = _RECORD if below.article is not None else f"{below.rule} (a record mark)"
            yield _record(number, below, rule) | {"role": "record", "field": where}
        elif line.strip():
            yield LineRecord(
                line=number + 1, role="separator", article=None, field="blank", rule=_MARK
            )
        else:
            yield LineRecord(line=number + 1, role="blank", article=None, field="blank", rule="")


_DELIMITER = "a front matter delimiter (`---` or `+++`)"
_RECORD = "a record mark over the article below -> meta.record"
_MARK = (
    "a separator or layout mark: `-----`, a form feed, a heading underline,"
    " `---`/`+++` front matter"
)


def _record(number: int, found: Placed, rule: str) -> LineRecord:
    return LineRecord(
        line=number + 1, role=found.role, article=found.article, field=found.field, rule=rule
    )


def _placed_below(starts: dict[int, list[Placed]], number: int, count: int) -> Placed | None:
    """The first line placed below a record mark ("1 of 3 DOCUMENTS"): the mark is kept
    with the article (or the matter) that line opens."""
    for below in range(number + 1, count):
        if below in starts:
            return starts[below][0]
    return None


def _front_matter_owner(
    starts: dict[int, list[Placed]], lines: list[str], number: int
) -> Placed | None:
    """The field line a `---` or `+++` front-matter delimiter opens or closes, if it is one."""
    if lines[number].strip() not in FRONT_MATTER_MARKS:
        return None
    for near in (number + 1, number - 1):
        for found in starts.get(near, ()):
            if found.role == "field":
                return found
    return None
