"""An article as display lines: the wrapped form the article view draws one line at a time.

Pure functions, no Textual: a line is a char range of the body (or a header text)
plus how to draw it, so every style layer (entities now; cursor, selection and
annotation marks later) maps body offsets onto screen lines with one lookup.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from rich.cells import cell_len, get_character_cell_size

from reader.article import INHERITED_DATES, Article, Paragraph, as_copied
from reader.text.safe import visible, visible_line
from reader.tui.presenters.breaks import units

LineKind = Literal[
    "title", "meta", "summary", "rule", "gap", "paragraph", "subheading", "list_item", "highlights"
]
"""What a display line shows; the view styles each kind apart."""

META_KEYS = ("updated", "published", "date", "dateline", "byline")
"""Meta fields shown on the meta line, in this order (the source name follows)."""
OUTLET_KEYS = ("publication", "publisher", "site")
"""Meta fields naming who published the article, the first one present shown: a morning's
dumps mix outlets, and the dump's file name seldom says which."""
INHERITED_NOTE = "dated as the article it was broken from"
"""Said after the dates of an article the user broke off another: they are that one's."""

_MATTER_CHARS = 160
"""How much of the dump's front or back matter the header shows (all of it is in meta)."""
_IDEOGRAPHIC_SPACE = "\u3000"
"""The one space drawn two cells wide: between two units of a line it counts two."""
_MARKS = {"list_item": "• "}
"""Per paragraph kind: the mark drawn before an item that has none of its own."""
_BARS = {"highlights": "▌ "}
"""Per paragraph kind: the bar drawn before each of its lines, as a quote's in Markdown."""
_BLOCKS = frozenset({"list_item", "highlights"})


class DisplayLine(NamedTuple):
    """One screen line of an article.

    Body lines carry `start`/`end` offsets into `Article.body`; header lines (title,
    meta, summary) carry their own `text` and `start == end == -1`.

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    kind: LineKind
    start: int = -1
    end: int = -1
    prefix: str = ""
    text: str = ""

    @property
    def in_body(self) -> bool:
        """Whether offsets index the body, so body layers apply to this line."""
        return self.start >= 0


@dataclass(frozen=True, slots=True)
class ArticleLayout:
    """All display lines of one article at one width, with a body-offset index."""

    width: int
    lines: tuple[DisplayLine, ...]
    body_text: str
    """The body as drawn: `visible()` text with tabs and newlines as spaces, same offsets."""
    _starts: tuple[int, ...]
    _rows: tuple[int, ...]

    @property
    def height(self) -> int:
        """Number of display lines: the view's virtual height."""
        return len(self.lines)

    def line_of(self, offset: int) -> int:
        """The display line showing body `offset` (the nearest body line before it)."""
        if not self._starts:
            return 0
        index = max(bisect_right(self._starts, offset) - 1, 0)
        return self._rows[index]

    def text_of(self, line: DisplayLine) -> str:
        """What a line shows after its prefix: safe to put on a terminal as plain text."""
        return self.body_text[line.start : line.end] if line.in_body else line.text

    def offset_at(self, row: int, column: int) -> int:
        """The body offset under screen cell (`column`, `row`): where a mouse press lands.

        On a header or blank line it is the start of the next body line (the body's end
        below the last); past the end of a line, that line's end.
        """
        if not self._starts:
            return 0
        if row >= len(self.lines):
            return len(self.body_text)
        line = self.lines[max(row, 0)]
        if not line.in_body:
            following = self.first_body_offset(row)
            return len(self.body_text) if following is None else following
        used = cell_len(line.prefix)
        for index in range(line.start, line.end):
            used += get_character_cell_size(self.body_text[index])
            if used > column:
                return index
        return line.end

    def first_body_offset(self, row: int) -> int | None:
        """The body offset shown at or after display line `row` (to keep a place on re-wrap)."""
        for line in self.lines[row:]:
            if line.in_body:
                return line.start
        return None


def layout_article(
    article: Article, width: int, sources: Sequence[str] = (), note: str = ""
) -> ArticleLayout:
    """Wraps an article's header, body and foot to `width` cells (`sources`: see `meta_line`;
    `note`, a line under it on the article's story)."""
    width = max(width, 8)
    body_text = _as_spaces(visible(article.body))
    lines = list(_header_lines(article, width, sources, note))
    previous: Paragraph | None = None
    for paragraph in _paragraphs(article):
        if previous is not None and not _runs_on(previous, paragraph):
            lines.append(DisplayLine("gap"))
        lines.extend(_paragraph_lines(body_text, paragraph, width))
        previous = paragraph
    lines.extend(_foot_lines(article, width))
    starts = tuple(line.start for line in lines if line.in_body)
    rows = tuple(row for row, line in enumerate(lines) if line.in_body)
    return ArticleLayout(width, tuple(lines), body_text, starts, rows)


def _as_spaces(text: str) -> str:
    """Tabs and line breaks as spaces, offsets kept. Three `str.replace`s, each a pass in C:
    `str.translate` with a table looked each character up, 15 ms of the 50,000-word
    article's open (docs/performance.md, speed32)."""
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def meta_line(article: Article, sources: Sequence[str] = ()) -> str:
    """Updated, dateline, byline …, the publication and the dump's file name, joined for
    one line; a date relative to when the page was copied is said to be (`as_copied`).

    `sources` lists every dump the article was found in (the same story in two
    dumps is listed once); by default, the article's own.
    """
    parts = [as_copied(article.meta[key]) for key in META_KEYS if article.meta.get(key)]
    if article.meta.get(INHERITED_DATES):
        parts.append(INHERITED_NOTE)
    outlet = next((article.meta[key] for key in OUTLET_KEYS if article.meta.get(key)), "")
    if outlet and outlet != article.meta.get("byline"):  # a byline naming the outlet says it
        parts.append(outlet)
    names = [source.rsplit("/", 1)[-1] for source in sources or (article.source,)]
    parts.append(" + ".join(name for name in names if name) or "(no source)")
    if encoding := article.meta.get("encoding"):
        parts.append(f"read as {encoding}")
    return visible_line(" · ".join(parts))


def matter_line(article: Article, key: str) -> str | None:
    """One line for the dump's own front (`dump_front_matter`) or back matter
    (`dump_back_matter`) riding on this article (an export header, a greeting, a footer),
    so the user sees no line was dropped; None when it has none."""
    matter = article.meta.get(key)
    if not matter:
        return None
    count = matter.count("\n") + 1
    text = " · ".join(matter.split("\n"))
    if len(text) > _MATTER_CHARS:
        text = text[: _MATTER_CHARS - 1] + "…"
    plural = "s" if count > 1 else ""
    where = "before" if key == "dump_front_matter" else "after"
    return visible_line(f"Dump text {where} the articles ({count} line{plural}): {text}")


def _header_lines(
    article: Article, width: int, sources: Sequence[str], note: str
) -> Iterator[DisplayLine]:
    yield from _text_lines("title", visible_line(article.title) or "(untitled)", width)
    yield from _text_lines("meta", meta_line(article, sources), width)
    if note:
        yield from _text_lines("meta", visible_line(note), width)
    if front := matter_line(article, "dump_front_matter"):
        yield from _text_lines("meta", front, width)
    if summary := article.meta.get("summary"):
        yield DisplayLine("gap")
        yield from _text_lines("summary", visible_line(summary), width)
    yield DisplayLine("rule", text="─" * width)


def _foot_lines(article: Article, width: int) -> Iterator[DisplayLine]:
    """The credits under the last paragraph, where wire copy prints them ("(Reporting by
    …; Editing by …)"): the splitter keeps that trailer out of the body, and a reader who
    looks for who wrote the story looks there, not in the info panel. Then the dump's
    footer, after its last article as it stood in the dump."""
    for line in (article.meta.get("credits"), matter_line(article, "dump_back_matter")):
        if line:
            yield DisplayLine("gap")
            yield from _text_lines("meta", visible_line(line), width)


def _text_lines(kind: LineKind, text: str, width: int) -> Iterator[DisplayLine]:
    for start, end in wrap(text, width):
        yield DisplayLine(kind, text=text[start:end])


def _paragraphs(article: Article) -> tuple[Paragraph, ...]:
    if article.paragraphs:
        return article.paragraphs
    return (Paragraph(0, len(article.body)),) if article.body else ()


def _runs_on(previous: Paragraph, paragraph: Paragraph) -> bool:
    """Bullets and highlights follow each other without a blank line, as one block."""
    return previous.kind == paragraph.kind and paragraph.kind in _BLOCKS


def _paragraph_lines(body_text: str, paragraph: Paragraph, width: int) -> Iterator[DisplayLine]:
    kind: LineKind = paragraph.kind
    text = body_text[paragraph.start : paragraph.end]
    first, rest = _prefixes(kind, text)
    ranges = wrap(text, width - cell_len(rest), width - cell_len(first)) or [(0, 0)]
    for number, (start, end) in enumerate(ranges):
        prefix = rest if number else first
        yield DisplayLine(kind, paragraph.start + start, paragraph.start + end, prefix)


def _prefixes(kind: LineKind, text: str) -> tuple[str, str]:
    """What is drawn before a paragraph's first line and before the others.

    An item that keeps the dump's own mark ("- ", "* ", "1. ") is drawn with that mark
    alone, its later lines hung under its text: ours before it showed two marks. A key
    point keeps its block's bar before it, as a list in a quote is drawn in Markdown, and
    its later lines hang under its text too: under its mark they read as bar and bullet
    run together ("▌ • item", review21)."""
    bar = _BARS.get(kind, "")
    own = _own_mark(text) if kind in _BLOCKS else ""
    mark = own or _MARKS.get(kind, "")
    return (bar if own else bar + mark), bar + " " * cell_len(mark)


def _own_mark(text: str) -> str:
    """The dump's own mark before an item's text, with the spaces after it ("" if none)."""
    from reader.dumps.chrome import bullet_text  # the splitter's rules: not on the first frame

    marked = bullet_text(text)
    return "" if marked is None else text[: len(text.rstrip()) - len(marked)]


def wrap(text: str, width: int, first_width: int | None = None) -> list[tuple[int, int]]:
    """Greedy word wrap: (start, end) ranges of `text`, each at most `width` cells wide.

    Ranges drop the spaces at a break; Chinese and Japanese break between characters, as
    their typesetting allows (`breaks.units`); a unit wider than the line is cut by cells.
    `first_width` is the room on the first line when it differs (a bullet).
    """
    if _NARROW.fullmatch(text):
        return _wrap_narrow(text, width, first_width)
    return _wrap_units(text, width, first_width)


_NARROW = re.compile("[\t\n\r\x20-\x7e\xa0-\u02ff\u0370-\u0482\u2010-\u2027\u20ac]*")
"""Text every character of which is one cell wide (Latin, Greek, Cyrillic, curly quotes,
dashes, the euro sign: most news), with tabs and line breaks a cell each as the view draws
them: its lines are cut by counting characters, which a pattern does in C."""


@functools.cache
def _narrow_line(room: int) -> re.Pattern[str]:
    """One wrapped line of narrow text in `room` cells: the most words that fit, from a
    word's start to a word's end, or else the first `room` characters of a longer word."""
    if room < 2:
        return re.compile(r"\S")
    return re.compile(rf"\S(?:.{{0,{room - 2}}}\S)?(?!\S)|\S{{{room}}}", re.DOTALL)


def _wrap_narrow(text: str, width: int, first_width: int | None) -> list[tuple[int, int]]:
    """`wrap` for `_NARROW` text, line by line in C rather than word by word in Python
    (the 50,000-word article's 315,000 characters: docs/performance.md, speed32)."""
    first = _narrow_line(max(first_width if first_width is not None else width, 1)).search(text)
    if first is None:
        return []
    rest = _narrow_line(max(width, 1)).finditer(text, first.end())
    return [first.span(), *(line.span() for line in rest)]


def _wrap_units(text: str, width: int, first_width: int | None) -> list[tuple[int, int]]:
    """`wrap` unit by unit (`breaks.units`), each measured in cells: any script."""
    measure = len if text.isascii() else cell_len
    wide_spaces = measure is not len and _IDEOGRAPHIC_SPACE in text
    ranges: list[tuple[int, int]] = []
    room = max(first_width if first_width is not None else width, 1)
    line_start = line_end = -1
    used = 0
    for start, end in units(text):
        size = measure(text[start:end])
        gap = start - line_end  # a cell a space, tab or line break, as they are drawn
        if wide_spaces and gap and line_start >= 0:
            gap += text.count(_IDEOGRAPHIC_SPACE, line_end, start)
        if line_start >= 0 and used + gap + size <= room:
            used += gap + size
            line_end = end
            continue
        if line_start >= 0:
            ranges.append((line_start, line_end))
            room = max(width, 1)
        while size > room:
            cut = start + _fit(text, start, end, room, measure)
            ranges.append((start, cut))
            size -= measure(text[start:cut])
            start = cut
            room = max(width, 1)
        if start < end:
            line_start, line_end, used = start, end, size
        else:
            line_start, used = -1, 0
    if line_start >= 0:
        ranges.append((line_start, line_end))
    return ranges


def _fit(text: str, start: int, end: int, room: int, measure: Callable[[str], int]) -> int:
    """How many chars of `text[start:end]` fill `room` cells (at least one)."""
    if measure is len:
        return room
    used = 0
    for count, char in enumerate(text[start:end]):
        used += get_character_cell_size(char)
        if used > room:
            return max(count, 1)
    return end - start
