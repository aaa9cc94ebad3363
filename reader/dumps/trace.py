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
from reader.dumps.lines import front_matter_closing, raw_lines
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
    blocks = _front_matter_blocks(lines)
    owners = {block: _block_owner(starts, block, len(lines)) for block in set(blocks.values())}
    for number, line in enumerate(lines):
        if number in starts:
            for found in starts[number]:
                yield _record(number, found, found.rule)
        elif number in within:
            found = within[number]
            yield _record(number, found, f"joined to line {found.first + 1}")
        elif number in blocks and line.strip() and (owner := owners[blocks[number]]):
            where = "meta" if owner.article is not None else "matter"
            rule = _DELIMITER if number in (blocks[number][0], blocks[number][-1]) else _UNREAD
            yield _record(number, owner, rule) | {"field": where}
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


_DELIMITER = "a front matter delimiter (`---`, `+++`, or an HTML comment's `<!--` and `-->`)"
_UNREAD = "a front matter line with no field of its own (a TOML table, a comment, an empty key)"
_RECORD = "a record mark over the article below -> meta.record"
_MARK = "a separator or layout mark: `-----`, a form feed, a heading underline"


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


def _front_matter_blocks(lines: list[str]) -> dict[int, range]:
    """Each line of a front-matter block, delimiters included, to the block's lines."""
    blocks: dict[int, range] = {}
    for number in range(len(lines)):
        if number not in blocks and (closing := front_matter_closing(lines, number)) > number:
            block = range(number, closing + 1)
            blocks.update(dict.fromkeys(block, block))
    return blocks


def _block_owner(starts: dict[int, list[Placed]], block: range, count: int) -> Placed | None:
    """The first field placed from a front-matter block (the article its lines go to),
    else the first line placed below it (a block of empty keys over a `# Title`); None
    where the splitter read the block's lines one by one (it looks for front matter only
    where a `+++` or `---` line sits right over a key, so a TOML block opening over a
    blank line is not one), so that `--lines` never calls a separator a delimiter."""
    inner = [found for number in block for found in starts.get(number, ())]
    if fields := [found for found in inner if found.role == "field"]:
        return fields[0]
    if inner:
        return None
    return _placed_below(starts, block[-1], count)
