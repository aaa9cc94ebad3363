"""Raw dump text to logical lines: one per paragraph, hard-wrapped wire copy rejoined.

A logical line keeps the layout facts the splitter needs later: how many blank
lines stood before it, whether it opened a block, and whether a separator
(`-----`, a form feed) preceded it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from reader.dumps import chrome, credits, measure
from reader.dumps._patterns import lazy

_ALONE_SHARE = 0.85
"""Bylines and labels are shorter than the wrap width; full-width lines carry on."""
_FULL_SHARE = 0.7
"""A line this much of the wrap width or more was wrapped, not ended."""
_WRAP_MAX = 100
"""Blocks whose lines never exceed this many characters may be hard-wrapped."""
_WRAP_MIN = 40
"""Nor are lines wrapped narrower than this: a block of shorter lines is a list or a form."""
_SOFT_HYPHEN_END = lazy(r"[A-Za-z]-$")


@dataclass(slots=True)
class Line:
    """One logical line (a paragraph, a title, a chrome line) with its layout context."""

    text: str
    gap_before: int = 0
    separator_before: bool = False
    block_start: bool = True
    block_end: bool = True
    indent: int = 0
    heading: int = 0
    """Markdown heading level (1 for `#` or a `===` underline, 2 for `##` …), 0 if none."""
    number: int = 0
    """The dump line (from 0, as `raw_lines` counts) this line starts on."""
    last: int = 0
    """The dump line it ends on: wrapped copy and underlined headings span several."""
    front_matter: bool = False
    """A `key: value` field of a YAML front-matter block: metadata whatever its key."""
    record: str = ""
    """The record mark of a database export just above ("1 of 3 DOCUMENTS")."""
    as_written: str = ""
    """The dump's lines as written, when the text was rewritten from them: a front-matter
    field unquoted, with the `---` delimiters and valueless keys around it."""
    closes: bool = False
    """A digest's closing line read by its layout (`_signs_off`), in whatever language: like
    "End of Document", a line of the record above, not its text."""


_BREAKS = (("\r\n", "\n"), ("\r", "\n"), ("\u2028", "\n"), ("\u2029", "\n\n"), ("\x85", "\n"))
"""Line breaks other than a newline, and the newlines each becomes, in the order replaced."""


def normalize_newlines(text: str) -> str:
    """One newline convention (form feeds stay where they are: `logical_lines` reads them).
    Each break is looked for before it is replaced: most dumps hold none, and replacing
    "\r\n" in text without one still stopped at every newline (2.4 ms a megabyte)."""
    for old, new in _BREAKS:
        if old[0] in text:
            text = text.replace(old, new)
    return text


def raw_lines(text: str) -> list[str]:
    """The dump's lines as an editor numbers them (from 0): what `Line.number` counts.
    A final newline ends the last line; it does not start another (and an empty text has
    no line at all)."""
    lines = normalize_newlines(text).split("\n")
    if not lines[-1]:
        lines.pop()
    return lines


_FRONT_MATTER_RULE = lazy(r"^(?:---|\+\+\+)[ \t]*$")
"""A front-matter delimiter: `---` around YAML, `+++` around TOML (as Hugo writes it)."""
_FIELD_LINE = lazy(r"^(?P<key>[A-Za-z_][\w-]*):[ \t]*(?P<value>.*)$")
_TOML_FIELD_LINE = lazy(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*=[ \t]*(?P<value>.*)$")
_TOML_TABLE = lazy(r"^\[\[?[\w.\- \"]+\]\]?[ \t]*$")
"""A TOML table's header (`[params]`, `[[authors]]`): no value of its own."""
_LIST_ITEM = lazy(r"^[ \t]*-[ \t]")


_SEPARATOR_HEADS = frozenset("-=_~*#+•·§0123456789[(" + chrome.ORNAMENTS + chrome.RULE_MARKS)
"""First characters a separator line or record mark can have; a worded record mark opens
with one of `chrome.RECORD_STARTS`. Other lines skip the test: most lines that open with a
letter ("A", "In", "For"), as well as any other."""

_PLAIN_HEADS: set[str] = set()
"""Heads (a line's first two characters) met that no separator or record mark opens with:
most lines open with one of a few hundred, and looking it up here costs a quarter of
asking `_may_divide` again."""
_PLAIN_KEPT = 8192
"""At most this many heads are kept (text in scripts of many letters meets more)."""


def _may_divide(head: str) -> bool:
    """Whether a line opening with `head` may be a separator or a record mark: one of
    `_SEPARATOR_HEADS`, a digit or one of `chrome.RECORD_STARTS`; kept in `_PLAIN_HEADS`
    when it may not."""
    if head[:1] in _SEPARATOR_HEADS or head[:1].isdigit() or head.lower() in chrome.RECORD_STARTS:
        return True
    if len(_PLAIN_HEADS) < _PLAIN_KEPT:
        _PLAIN_HEADS.add(head)
    return False


_WINDOW = 2048
"""A dump's wrap width is measured on this many lines around the block that asks: enough
to see a width, and a bound on what one block costs."""

_PIECE = 1 << 20
"""Dumps are read in pieces of about this many characters, cut between paragraphs, so
the lines of a big dump are never all in memory at once."""


def logical_lines(text: str, begin: int = 0) -> Iterator[Line]:
    """The logical lines of a dump, in order, as they are found; separators become flags.

    Each YAML front-matter block (as note-taking clippers write before every article)
    becomes an article break and one plain `key: value` line per field. `begin`: only the
    lines from that line's start on, numbered from 0, yet read in the pieces and wrap-width
    windows of the whole text, so that the rest of a dump split elsewhere
    (`reader.dumps.parts`) joins its lines as a run over the whole dump does.
    """
    reader = _Reader()
    for start, end in _cuts(text):
        if end < begin:
            continue
        first = lines_before(text, max(begin, start), start)
        piece = normalize_newlines(text[start:end])
        lines = piece.split("\n")
        yield from reader.read(lines, _has_front_matter(piece), "\f" in piece, first)
    yield from reader.flush()


def lines_before(text: str, end: int, start: int = 0) -> int:
    """How many lines `normalize_newlines` makes of `text[start:end]` (which ends a line;
    from 0, the dump line number of `end`), counted without copying the text."""
    count = text.count
    breaks = count("\n", start, end)
    for mark, lines in _LINES_OF_BREAKS:  # each looked for first: most dumps hold none, and
        if text.find(mark[0], start, end) != -1:  # counting what is not there read every character
            breaks += lines * count(mark, start, end)
    return breaks


_LINES_OF_BREAKS = (("\r", 1), ("\r\n", -1), ("\u2028", 1), ("\u2029", 2), ("\x85", 1))
"""The breaks besides a newline that `normalize_newlines` turns into newlines, each with the
lines it adds ("\r\n" is one break, where its "\r" and its newline counted two)."""


def rest_of(text: str, at: int) -> tuple[str, int]:
    """The text from the start of the piece holding `at` (after a byte-order mark), and
    where `at` falls in it: all that `logical_lines` needs to read the lines from `at` on
    as a run over the whole text reads them."""
    mark = int(text.startswith("\ufeff"))
    start = next(s for s, end in _cuts(text[mark:]) if at - mark <= end) + mark
    return text[start:], at - start


def _cuts(text: str) -> Iterator[tuple[int, int]]:
    """Where the text is cut at blank lines into pieces of about `_PIECE` characters, as
    (start, end); joined with a newline, the pieces give the text back (so the second
    starts with a blank line)."""
    start = 0
    while len(text) - start > 2 * _PIECE:
        cut = text.find("\n\n", start + _PIECE)
        while cut > 0 and text[cut - 1] == "\r":
            cut = text.find("\n\n", cut + 1)
        if cut == -1:
            break
        yield start, cut
        start = cut + 1
    yield start, len(text)


class _Reader:
    """Collects the blocks (runs of non-blank lines) of a dump and the layout between them."""

    __slots__ = (
        "block",
        "gap",
        "numbers",
        "offset",
        "raw",
        "record",
        "separator",
        "width",
        "window",
    )

    def __init__(self) -> None:
        self.raw: list[str] = []
        self.offset = 0
        """The dump line number of `raw[0]`."""
        self.gap = 0
        self.separator = False
        self.record = ""
        self.block: list[str] = []
        self.numbers: list[int] = []
        self.width = 0
        """The `wrapped_width` of the piece's lines around the block that last asked."""
        self.window = -1
        """Which `_WINDOW` lines of the piece `width` was measured on (-1: none yet)."""

    def read(
        self, raw: list[str], front_matter: bool, form_feeds: bool, first: int = 0
    ) -> Iterator[Line]:
        """The logical lines completed by a piece's lines from its line `first` on (the
        last block waits for more); `front_matter` and `form_feeds` say whether the piece
        may hold any."""
        self.offset += len(self.raw) - first
        self.raw = raw
        self.window = -1
        offset = self.offset
        skip = first - 1
        block, numbers = self.block, self.numbers  # `flush` empties them in place
        for number, line in enumerate(raw):
            if number <= skip:
                continue
            if front_matter and _opens_front_matter(line):
                fields, skip = _front_matter(raw, number)
                if skip > number:
                    yield from self.front_matter(fields, number, skip)
                    continue
            if form_feeds and "\f" in line:
                yield from self.form_feeds(number, line)
                continue
            head = line.lstrip()[:2]
            if not head:
                if block:
                    yield from self.flush()
                self.gap += 1
            elif (
                head not in _PLAIN_HEADS
                and _may_divide(head)
                and _is_separator_line(raw, number, line)
            ):
                if block:
                    above = self.flush()
                    if _signs_off(above, raw, number, offset):  # Mailman's, in any language
                        above[0].last = offset + number
                        above[0].as_written = f"{above[0].text}\n{line.strip()}"
                        above[0].closes = True
                    yield from above
                if chrome.closes_record(line):  # "End of Document": the record above's
                    block.append(line.strip())
                    numbers.append(offset + number)
                    closing = self.flush()
                    if _underlines_closing(raw, number + 1):  # Mailman's row of `*`
                        skip = number + 1
                        closing[-1].last = offset + skip
                        closing[-1].as_written = f"{line.strip()}\n{raw[skip].strip()}"
                    yield from closing
                self.separator = True
                self.record = chrome.record_mark(line)
            else:
                block.append(line.rstrip())
                numbers.append(offset + number)

    def flush(self) -> list[Line]:
        """The logical lines of the block read so far."""
        if not self.block:
            return []
        produced = _block_lines(self.block, self.numbers, self.wrapped_width)
        produced[0].gap_before = self.gap
        produced[0].separator_before = self.separator
        produced[0].record = self.record
        self.gap, self.separator, self.record = 0, False, ""
        self.block.clear()  # the lines made hold none of it
        self.numbers.clear()
        return produced

    def wrapped_width(self) -> int:
        """The width the wrapped paragraphs around the block were wrapped at
        (`wrapped_width` of the `_WINDOW` lines of the piece the block starts in), measured
        only when a block asks (most never do), and once a window."""
        window = max(0, self.numbers[0] - self.offset) // _WINDOW
        if window != self.window:
            lines = self.raw[window * _WINDOW : (window + 1) * _WINDOW]
            self.window, self.width = window, wrapped_width(lines)
        return self.width

    def form_feeds(self, number: int, line: str) -> list[Line]:
        """A line with form feeds in it: each is a separator on a line of its own."""
        produced: list[Line] = []
        for part_number, part in enumerate(line.split("\f")):
            if part_number:
                produced += self.flush()
                self.separator = True
            if not part.strip():
                produced += self.flush()
                self.gap += 1
            elif _is_separator_line(self.raw, number, part):
                produced += self.flush()
                self.separator = True
            else:
                self.block.append(part.rstrip())
                self.numbers.append(self.offset + number)
        return produced

    def front_matter(
        self, fields: list[tuple[str, str, int, int]], opening: int, closing: int
    ) -> list[Line]:
        """A front-matter block: an article break framed by blank lines, then its fields
        as one block, each keeping its lines as written (the first the opening `---`, the
        last the closing one, each the valueless keys above it)."""
        produced = self.flush()
        self.separator = True
        at = self.offset
        lines = []
        start = opening
        for number, (key, value, first, last) in enumerate(fields, 1):
            end = closing if number == len(fields) else last
            written = "\n".join(raw.rstrip() for raw in self.raw[start : end + 1])
            lines.append(
                Line(
                    f"{key}: {value}",
                    number=at + first,
                    last=at + last,
                    front_matter=True,
                    as_written=written,
                )
            )
            start = end + 1
        for line in lines[1:]:
            line.block_start = False
        for line in lines[:-1]:
            line.block_end = False
        self.gap += 2
        if lines:
            lines[0].gap_before = self.gap
            lines[0].separator_before = True
            self.gap, self.separator = 0, False
        self.gap += 1
        return produced + lines


_RULE_OVER_FIELD = r"---[^\n]*\n[A-Za-z_][\w-]{0,37}:"
"""A line opening with `---` over one opening with `_FIELD_LINE`'s key and colon (within its
first 39 characters): where a front-matter block may open."""
_FIRST_RULE_OVER_FIELD = lazy(_RULE_OVER_FIELD)
_LATER_RULE_OVER_FIELD = lazy("\n" + _RULE_OVER_FIELD)
"""The same after a newline: a literal the regex engine looks for before it tries the rest,
faster than `str.find` for each `---` line and a test of the line under it."""
_PLUS_OVER_TOML = r"\+\+\+[^\n]*\n(?:[A-Za-z_][\w-]{0,37}[ \t]*=|\[|#)"
"""A `+++` line over a TOML `key =`, a table's header or a comment: where Hugo's front
matter may open."""
_FIRST_PLUS_OVER_TOML = lazy(_PLUS_OVER_TOML)
_LATER_PLUS_OVER_TOML = lazy("\n" + _PLUS_OVER_TOML)
_COMMENT_OVER_FIELD = r"<!--[ \t]*\n(?:\.\.[ \t]+)?[A-Za-z_][\w-]{0,37}:"
"""An HTML comment's opening line over a `key:` line, reST's `..` before the key or not: where
metadata in a comment (Nikola's over a Markdown post) may open."""
_FIRST_COMMENT_OVER_FIELD = lazy(_COMMENT_OVER_FIELD)
_LATER_COMMENT_OVER_FIELD = lazy("\n" + _COMMENT_OVER_FIELD)
"""The same after a newline: led by a literal, the search skips to each `<!--` line, where one
pattern opening with `(?:^|\n)` was tried at every character (19.8 against 1.4 ms over the
2.2 MB of 2,000 `bench` articles with an HTML comment in them; speed33)."""
_COMMENT_OPENING = lazy(r"^<!--[ \t]*$")
_COMMENT_CLOSING = lazy(r"^[ \t]*-->[ \t]*$")
_COMMENT_FIELD_LINE = lazy(r"^(?:\.\.[ \t]+)?(?P<key>[A-Za-z_][\w-]*):[ \t]*(?P<value>.*)$")
_FRONT_MATTER_MARKS = ("---", "+++")
"""The lines that open and close a front-matter block (YAML's, TOML's), as written."""


def _opens_front_matter(line: str) -> bool:
    """Whether a line may open a front-matter block: a `---` or `+++` rule, or an HTML
    comment's `<!--` alone on its line."""
    if line[:3] in _FRONT_MATTER_MARKS:
        return bool(_FRONT_MATTER_RULE.match(line))
    return line[:4] == "<!--" and bool(_COMMENT_OPENING.match(line))


def _has_front_matter(text: str) -> bool:
    """A cheap scan for a `---` line followed by a `key:` line (or `+++` and `key =`)
    before the full pattern runs. A dump with no `+++` line (most: Hugo's TOML is rare) is
    told so by the string search, which skips, where the regex engine stops at every
    newline; and one with no `+` at all (or no `<`, for a comment) by a search for that
    one character, which takes a twentieth of the time of one for the mark's several
    (0.05 against 1.2 ms over 2.2 MB: speed33)."""
    return bool(
        _FIRST_RULE_OVER_FIELD.match(text)
        or _LATER_RULE_OVER_FIELD.search(text)
        or _FIRST_PLUS_OVER_TOML.match(text)
        or ("+" in text and "\n+++" in text and _LATER_PLUS_OVER_TOML.search(text))
        or ("<" in text and "<!--" in text and _comment_over_field(text))
    )


def _comment_over_field(text: str) -> bool:
    """Whether an HTML comment's opening line over a `key:` line opens `text` or a line of it."""
    return bool(
        (text[:4] == "<!--" and _FIRST_COMMENT_OVER_FIELD.match(text))
        or _LATER_COMMENT_OVER_FIELD.search(text)
    )


def front_matter_closing(raw: list[str], opening: int) -> int:
    """The line that closes the front matter opening at line `opening` (`opening` if none
    opens there): `reader articles --lines` gives the lines of a block that hold no field
    (a TOML table's header, a comment, a key with no value) to the article its fields went
    to, as the splitter reads the block whole."""
    if not _opens_front_matter(raw[opening]):
        return opening
    return _front_matter(raw, opening)[1]


def _front_matter(raw: list[str], opening: int) -> tuple[list[tuple[str, str, int, int]], int]:
    """The fields (key, value, first and last line) of the front matter opening at line
    `opening`, and the line of its closing `---` (`opening` if it is not front matter).
    Fields without a value (or whose block scalar, `title: |`, holds no line) are left out."""
    if raw[opening][:3] == "+++":
        return _toml_front_matter(raw, opening)
    if raw[opening][:4] == "<!--":
        return _comment_front_matter(raw, opening)
    fields: list[list[Any]] = []
    number = opening + 1
    while number < len(raw):
        line = raw[number]
        field = _FIELD_LINE.match(line)
        if field:
            fields.append([field.group("key"), _unquoted(field.group("value")), number, number])
        elif fields and _LIST_ITEM.match(line):
            item = _unquoted(line.strip().removeprefix("-"))
            fields[-1][1] = ", ".join(filter(None, [str(fields[-1][1]), item]))
            fields[-1][3] = number
        elif fields and line[:1] in " \t" and line.strip():
            fields[-1][1] = _continued(str(fields[-1][1]), line.strip())
            fields[-1][3] = number
        elif fields and line[:3] == "---" and _FRONT_MATTER_RULE.match(line):
            kept = [
                (str(k), str(v), int(a), int(b))
                for k, v, a, b in fields
                if v and v not in _BLOCK_SCALAR  # a block's mark alone: its block was empty
            ]
            return kept, number
        else:
            return [], opening
        number += 1
    return [], opening


def _toml_front_matter(raw: list[str], opening: int) -> tuple[list[tuple[str, str, int, int]], int]:
    """`_front_matter` for Hugo's TOML between `+++` lines. Comments and blank lines are
    kept as written only; keys under `[params]` are the page's own (Hugo's place for an
    author or a summary), keys under any other table are named after it
    (`resources.title`), so that a picture's title is never the article's."""
    fields: list[tuple[str, str, int, int]] = []
    table = ""
    number = opening + 1
    while number < len(raw):
        line = raw[number].strip()
        if line == "+++":
            return ([f for f in fields if f[1]], number) if fields else ([], opening)
        if _TOML_TABLE.match(line):
            table = line.strip("[] \t").replace('"', "")
        elif field := _TOML_FIELD_LINE.match(line):
            value, last = _toml_value(raw, number, field.group("value"))
            key = field.group("key") if table in ("", "params") else f"{table}.{field.group('key')}"
            fields.append((key, _unquoted(value), number, last))
            number = last
        elif line and not line.startswith("#"):
            return [], opening
        number += 1
    return [], opening


def _comment_front_matter(
    raw: list[str], opening: int
) -> tuple[list[tuple[str, str, int, int]], int]:
    """`_front_matter` for metadata in an HTML comment, as Nikola writes it over a Markdown
    post (`<!--`, `.. title: …`, `.. slug: …`, `-->`): every line inside is a field, reST's
    `..` before its key or not; a comment holding any other line is no front matter."""
    fields: list[tuple[str, str, int, int]] = []
    for number in range(opening + 1, len(raw)):
        line = raw[number]
        if _COMMENT_CLOSING.match(line):
            kept = [found for found in fields if found[1]]
            return (kept, number) if kept else ([], opening)
        field = _COMMENT_FIELD_LINE.match(line)
        if not field:
            break
        fields.append((field.group("key"), _unquoted(field.group("value")), number, number))
    return [], opening


def _toml_value(raw: list[str], number: int, value: str) -> tuple[str, int]:
    """A TOML value and the line it ends on: an array may run over several lines
    (`tags = [` … `]`), read whole as one; any other value is its line's."""
    value = value.strip()
    if not value.startswith("[") or value.endswith("]"):
        return value, number
    last = number
    while last + 1 < len(raw) and not _FRONT_MATTER_RULE.match(raw[last + 1]):
        last += 1
        value = f"{value} {raw[last].strip()}"
        if value.endswith("]"):
            break
    return value.replace("[ ", "[").replace(", ]", "]").replace(",]", "]"), last


_BLOCK_SCALAR = frozenset({"|", ">", "|-", ">-", "|+", ">+"})
"""YAML's marks for a value written on the indented lines under its key (`title: |`)."""


def _continued(value: str, more: str) -> str:
    """A field's value with an indented line under it added: the value of a block scalar
    (`title: |`, `author: >`) or of a plain one folded onto the next line, as clippers and
    static site generators write long titles and author lists; a space joins the lines."""
    if value in _BLOCK_SCALAR:
        return _unquoted(more)
    return f"{value} {_unquoted(more)}" if value else _unquoted(more)


def _unquoted(value: str) -> str:
    """A YAML scalar without its quotes ('it''s', "say \\"hi\\"") or list brackets."""
    value = value.strip()
    if value[:1] == "[" and value[-1:] == "]":
        return ", ".join(_unquoted(item) for item in value[1:-1].split(","))
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"')
    return value.strip("\"'")


def _underlines_closing(raw: list[str], number: int) -> bool:
    """Whether line `number` is a rule of one repeated mark right under a record's closing
    line (Mailman ends a digest with `End of X Digest, Vol 87, Issue 4` over a row of `*`):
    it closes the record with that line, kept as written with it (as a heading's underline
    is), rather than read as a divide that, the dump's last line, would divide nothing and
    land in no field."""
    if number >= len(raw):
        return False
    rule = raw[number].strip()
    return len(rule) >= 3 and rule == rule[0] * len(rule) and chrome.is_separator(rule)


_VOLUME_AND_ISSUE = lazy(r"\d\D+\d")
"""Two numbers in one line, as a digest's id holds its volume and issue."""
_SIGN_OFF_MAX = 120
"""A digest's closing line is a list's name and a few words longer than its two numbers."""
_ROW_SHARE = 0.75
"""Mailman sets the row of `*` as long as the closing line (longer where it counts bytes);
a short row under a sentence that ends a story (`***`) closes the story, not a digest."""


def _signs_off(above: list[Line], raw: list[str], number: int, offset: int) -> bool:
    """Whether `above`, the block right over the separator line `number`, is a mailing list
    digest's closing line, read by its layout rather than its words: Mailman ends a digest
    with "End of " and the digest's id over a row of `*`, in the list's language ("Ende
    monero-de Nachrichtensammlung, Band 12, Eintrag 3", "Fin de Lot X, Vol 3, Parution 5",
    "Конец Дайджест списка рассылки X; том 3, выпуск 5"), so a line of one block holding two
    numbers (the volume and the issue), no sentence, right over a row of `*` about as long
    that nothing but blank lines follows. Read as a line of text, it was the last message's
    last paragraph and its row a divide that divided nothing, in no field."""
    if len(above) != 1 or above[0].last != offset + number - 1:
        return False
    text, row = above[0].text, raw[number].strip()
    return (
        len(text) <= _SIGN_OFF_MAX
        and row[:1] == "*"
        and len(row) >= _ROW_SHARE * len(text)
        and _underlines_closing(raw, number)
        and bool(_VOLUME_AND_ISSUE.search(text))
        and not measure.ends_sentence(text)
        and not any(rest.strip() for rest in raw[number + 1 :])
    )


def _is_separator_line(raw: list[str], number: int, line: str) -> bool:
    """A separator line, unless it underlines a heading (Markdown setext style)."""
    if not chrome.is_separator(line):
        return False
    above = raw[number - 1].strip() if number else ""
    underlines = above and not chrome.is_separator(above) and _heading_like(above)
    return not (underlines and _setext_level(line))


_QUESTION_HEADING = 120
"""A line ending in `?` or `!` up to this long may be a heading (a question headline)."""


def _heading_like(text: str) -> bool:
    """A line an underline can make a heading of: one that does not end like a sentence,
    or a short question or exclamation ("Who pays for the dam?")."""
    if not measure.ends_sentence(text):
        return True
    return len(text) <= _QUESTION_HEADING and measure.ends_question(text)


def _setext_level(line: str) -> int:
    stripped = line.strip()
    if stripped[:1] not in ("=", "-"):
        return 0
    if stripped == "=" * len(stripped):
        return 1
    return 2 if stripped == "-" * len(stripped) else 0


def _block_lines(block: list[str], numbers: list[int], known: Callable[[], int]) -> list[Line]:
    """The logical lines of one block (a run of non-blank lines, numbered); `known` gives the
    width the dump's wrapped paragraphs were wrapped at, where a block needs it."""
    if len(block) == 1:  # most blocks: nothing to underline, unwrap or link
        return [_make_line(block[0], numbers[0])]
    block, numbers, underlined = _apply_setext(block, numbers)
    coded = _coded_fields(block, numbers, known)
    if coded is not None:
        lines = coded
    elif width := _is_wrapped(block, known):
        lines = _unwrap(block, numbers, width)
    else:
        lines = [_make_line(raw, number) for raw, number in zip(block, numbers, strict=True)]
        for at, written in underlined.items():
            lines[at].as_written = written
    for line in lines[1:]:
        line.block_start = False
    for line in lines[:-1]:
        line.block_end = False
    return lines


_CODE_INDENT = 4
"""Spaces a code alone on its line may have around it."""


def _is_code(raw: str) -> bool:
    """A Factiva field code alone on its line ("HD", "WC", "LP"), spaces around it."""
    return credits.is_field_code(raw.strip())


def _coded_fields(
    block: list[str], numbers: list[int], known: Callable[[], int]
) -> list[Line] | None:
    """A block of a Factiva document whose field codes stand alone over their values
    ("HD" over the headline, "WC" over "612 words"): each code and its value as one line,
    the code, a tab and the value, as the layout that sets them side by side writes it.
    LP and TD stay lines of their own (the paragraphs under them are the body, rejoined
    where wrapped: `_text_lines`); None for a block with fewer than two codes alone on
    their lines."""
    if min(map(len, block)) > credits.CODE_MAX + _CODE_INDENT:
        return None  # no line short enough to be a code alone: most blocks stop here
    if sum(1 for raw in block if len(raw) <= credits.CODE_MAX + _CODE_INDENT and _is_code(raw)) < 2:
        return None
    lines: list[Line] = []
    text = at = 0
    """`text`: where the run of lines under no code that `at` is in began."""
    while at < len(block):
        code = block[at].strip()
        if code in credits.FACTIVA_CODES and at + 1 < len(block) and not _is_code(block[at + 1]):
            lines += _text_lines(block[text:at], numbers[text:at], known)
            value = block[at + 1].strip()
            lines.append(Line(f"{code}\t{value}", number=numbers[at], last=numbers[at + 1]))
            at = text = at + 2
        elif _is_code(block[at]):
            lines += _text_lines(block[text:at], numbers[text:at], known)
            lines.append(_make_line(block[at], numbers[at]))
            at = text = at + 1
        else:
            at += 1
    return lines + _text_lines(block[text:], numbers[text:], known)


def _text_lines(block: list[str], numbers: list[int], known: Callable[[], int]) -> list[Line]:
    """The lines of a run under a field code (the paragraphs under LP or TD), rejoined where
    they were wrapped."""
    if len(block) > 1 and (width := _is_wrapped(block, known)):
        return _unwrap(block, numbers, width)
    return [_make_line(raw, number) for raw, number in zip(block, numbers, strict=True)]


def _apply_setext(
    block: list[str], numbers: list[int]
) -> tuple[list[str], list[int], dict[int, str]]:
    """Turns `Title` + `=====` (or `-----`) into a Markdown ATX heading line, numbered by
    its title line (the underline is a layout mark, as a separator is); also, for each
    heading made (by its place in the lines returned), the two lines as written, so the
    underline's characters are kept. A newsletter service's `** ` before an underlined
    heading (Mailchimp's plain text) marks the heading, not its words."""
    if not any(raw.lstrip()[:1] in _UNDERLINES for raw in block[1:]):
        return block, numbers, {}
    out: list[str] = []
    kept: list[int] = []
    underlined: dict[int, str] = {}
    for raw, number in zip(block, numbers, strict=True):
        level = _setext_level(raw) if out and not out[-1].startswith("#") else 0
        if level and chrome.is_separator(raw):
            title = out[-1].strip()
            underlined[len(out) - 1] = f"{title}\n{raw.strip()}"
            if title.startswith("** ") and not title.endswith("**"):
                title = title[3:]
            out[-1] = "#" * level + " " + title
        else:
            out.append(raw)
            kept.append(number)
    return out, kept, underlined


_UNDERLINES = ("=", "-")


def _make_line(raw: str, number: int) -> Line:
    """A block line (already stripped on the right, as `_Reader` keeps them) as a Line."""
    text = raw.lstrip()
    indent = len(raw) - len(text)
    heading = chrome.markdown_heading(text) if text[:1] == "#" else None
    if heading:  # positional arguments: this runs for every line of a dump
        return Line(heading[1], 0, False, True, True, indent, heading[0], number, number)
    return Line(text, 0, False, True, True, indent, 0, number, number)


def _is_wrapped(block: list[str], known: Callable[[], int]) -> int:
    """Hard-wrapped prose: lines no longer than a terminal, most of them near the width,
    and lines that break mid-sentence (into a lowercase word, or more than once). The width
    it was wrapped at (`block_width`), or 0 if it was not."""
    if len(block) < 2:
        return 0
    lengths = list(map(len, block))  # block lines are stripped on the right
    width = block_width(lengths, known)
    if width > _WRAP_MAX or width < _WRAP_MIN:
        return 0
    near = sum(1 for n in lengths[:-1] if n >= 0.6 * width)
    if near < 0.5 * (len(block) - 1):
        return 0
    open_ends = [(a, b) for a, b in itertools.pairwise(block) if not measure.ends_sentence(a)]
    if lower := [b.strip() for _, b in open_ends if b.strip()[:1].islower()]:
        # a headline over its dated source line ("via Global Voices, 8 June 2009",
        # "opensource.guide, 9. März 2018"), a label maybe over them, is lines set one under
        # the other, not one line wrapped
        return 0 if all(map(credits.source_date, lower)) else width
    if open_ends and all(_filled(above, below, known) for above, below in open_ends):
        return width
    long_open = sum(1 for a, _ in open_ends if len(a.rstrip()) >= 0.75 * width)
    if len(block) < 3 or long_open < 2 or width < max(lengths):
        return 0  # a line past the width is re-flowed text only where words go on in it
    # Every break opens a capital: a page's lines set one under another (a breadcrumb, a
    # headline, a byline) unless none of them is a line that always stands alone.
    return 0 if any(_stands_alone(raw.strip()) for raw in block) else width


_FILLED_SHARE = _FULL_SHARE
"""A first line this much of the dump's wrap width or more, which the next word would have
run past, was filled to the width: its paragraph goes on under it."""


def _filled(above: str, below: str, known: Callable[[], int]) -> bool:
    """Two lines in a row of a dump hard-wrapped at a width (`known`), the first ending no
    sentence and filled: as long as the width allows but for the next line's first word,
    which would have run past it ("… add the following line to" over "/etc/app.conf:"), the
    second opening with no letter (a path, a quote, a bracket, a sign: small letters are
    `_is_wrapped`'s own case). The wrapping broke one paragraph there; a headline over its
    first paragraph stops short of the width, or ends where the next word would still have
    fitted."""
    first, second = above.strip(), below.strip()
    if second[:1].isalpha():
        return False  # a capital may open a line of its own (a label, a name, a menu's)
    if _is_title_line(first) or _stands_alone(second) or _stands_alone(first):
        return False
    width = known()
    if not width or len(first) > width or len(first) < _FILLED_SHARE * width:
        return False
    return len(first) + 1 + len(second.split(None, 1)[0]) > width


_REFLOWED = 1.15
"""A line this many times the next longest of its block, or the dump's wrap width, or longer,
ran past the width: a mail client's re-flow pulled the next line's words onto it."""
_BREAKS_SEEN = 5
"""Lines breaking into a lowercase word a dump needs before its wrap width is known."""


def block_width(lengths: list[int], known: Callable[[], int]) -> int:
    """The width a block's lines were wrapped at: its longest line's length; but where that
    line runs well past the others (`_REFLOWED`) and the dump's wrapped lines have a width
    (`known`, asked only then) that at most one line in four of the block runs past, each by
    less than a second line's worth, that width: a mail client's re-flow pulled the next
    line's words, some or all, onto those lines of a wrapped paragraph."""
    longest = max(lengths)
    rest = sorted(lengths)[-2]
    if longest < _REFLOWED * rest and longest <= _WRAP_MAX:
        return longest  # most blocks: no line past the others
    if rest > _WRAP_MAX or longest < _WRAP_MIN:
        return longest  # lines too long to be wrapped but one, or all too short
    width = known()
    past = [n for n in lengths if n >= _REFLOWED * width]
    if not width or len(past) > max(1, len(lengths) // 4) or longest > 2 * _REFLOWED * width:
        return longest
    return width


def wrapped_width(raw: list[str]) -> int:
    """The width a dump's paragraphs were wrapped at: the length nine in ten of its lines
    that break into a lowercase word reach (a wrapped line ends where the next word did not
    fit on it; a line that ends a paragraph is followed by a blank line), leaving out those
    that ran past the rest (`_REFLOWED` times the middle one); 0 for a dump with fewer than
    `_BREAKS_SEEN` such lines, or narrower than `_WRAP_MIN`."""
    ends = sorted(
        len(above.rstrip())
        for above, below in itertools.pairwise(raw)
        if (below[:1].islower() or (below[:1].isspace() and below.lstrip()[:1].islower()))
        and above.strip()
    )
    if len(ends) < _BREAKS_SEEN:
        return 0
    middle = ends[len(ends) // 2]
    ends = [end for end in ends if end < _REFLOWED * middle]
    width = ends[9 * len(ends) // 10]
    return width if width >= _WRAP_MIN else 0


def _unwrap(block: list[str], numbers: list[int], width: int) -> list[Line]:
    """Rejoins a hard-wrapped block, wrapped at `width`; indented lines, bullets and short
    sentence-ending lines mark paragraph breaks. A line that carries on the one above is
    read as text and indent alone: only the lines that start a logical line become one.
    A line under one that ran past the width holds the words that did not fit there too: it
    is as full as both lines' words make it (`filled`), however short it looks."""
    base = min(len(raw) - len(raw.lstrip()) for raw in block)
    lines: list[Line] = []
    pieces: list[list[str]] = []
    """Each logical line's text in pieces, joined once at the end."""
    previous = ""
    filled = 0
    for raw, number in zip(block, numbers, strict=True):
        text = raw.lstrip()
        if (
            lines
            and not (text[:1] == "#" and chrome.markdown_heading(text))
            and _continues(previous, filled, raw, text, len(raw) - len(text) > base, width)
        ):
            filled = len(raw) + 1 + filled - width if filled > width else len(raw)
            parts = pieces[-1]
            if text[:1] == ">" and parts[0][:1] == ">":
                text = _QUOTE_MARKS.sub("", text, count=1)  # a quoted paragraph's next line
            end = parts[-1] if len(parts[-1]) >= 2 else "".join(parts[-3:])
            hyphen = end[-1:] == "-" and _SOFT_HYPHEN_END.search(end[-2:])
            if not (hyphen and text[:1].islower()):
                parts.append(" ")
            parts.append(text)
            lines[-1].last = number
        else:
            line = _make_line(raw, number)
            lines.append(line)
            pieces.append([line.text])
            filled = len(raw)
        previous = raw
    for line, parts in zip(lines, pieces, strict=True):
        line.text = "".join(parts)
    return lines


_QUOTE_MARKS = lazy(r"^(?:>[ \t]?)+")
"""The `>` marks a mail sets before each line it quotes: on a quoted paragraph's next lines
they only set the text out, and the rejoined paragraph keeps its first line's alone."""


def _continues(previous: str, filled: int, raw: str, text: str, indented: bool, width: int) -> bool:
    """Whether `raw` (`text` without its indent, which is deeper than the block's when
    `indented`) carries on the paragraph that `previous` (as full as `filled` characters)
    belongs to; a heading never does."""
    if indented or (len(previous.strip()) == 1 and chrome.bullet_text(previous + " x")):
        return False  # a list's mark alone on its line takes no text onto it
    item = chrome.bullet_text(raw)
    if item is not None and not _wrapped_number(previous, text, item, width):
        return False
    if text[:1].isupper() and len(text) < _ALONE_SHARE * width and _stands_alone(text):
        return False
    short = filled < _FULL_SHARE * width and not _overflowed(filled, text, width)
    if short and (measure.ends_sentence(previous) or not text[:1].islower()):
        return False
    if text[:1] == "(" and text[-1:] == ")" and measure.ends_sentence(previous):
        return False  # "(posted to …)", "(Reporting by …)" under a sentence: a trailer
    # a heading holds its `#`: wrapped copy, which has none, asks no pattern
    return not (_is_title_line(previous) or ("#" in previous and chrome.markdown_heading(previous)))


_OVERFLOW_SHARE = 0.5
"""A line at least this much of the width whose next word would have run past it was broken
by the wrapping, however short it looks: the word was long (an address, a path, a name)."""


def _overflowed(filled: int, text: str, width: int) -> bool:
    """Whether a line as full as `filled`, at least half the width, ends only because the
    first word of the line under it (`text`) would not have fitted ("… by enabling the option"
    over '"insecureAllowOldTLSVersions". For details see:')."""
    return filled >= _OVERFLOW_SHARE * width and filled + 1 + len(text.split(None, 1)[0]) > width


def _wrapped_number(previous: str, text: str, item: str, width: int) -> bool:
    """A line that opens with a number and a stop only because the wrapping fell there ("…
    die 10., 11., 12., 13., 14.," over "15. und 16. Runde des …"): under a full line that
    ends no sentence, its words go on in lower case, as a list item's do not."""
    return (
        text[:1].isdigit()
        and item[:1].islower()
        and len(previous) >= _FULL_SHARE * width
        and not measure.ends_sentence(previous)
    )


def _stands_alone(text: str) -> bool:
    """A byline, field, mail header's sender or addressee, timestamp, link or chrome line:
    never the tail of a wrapped paragraph."""
    return bool(
        credits.byline(text)
        or credits.field(text)
        or credits.mail_field(text)
        or credits.timestamps(text)
        or credits.local_timestamp(text)
        or chrome.is_chrome(text)
        or text.startswith(("Source:", "http", "<http"))
    )


def _is_title_line(text: str) -> bool:
    """An ALL-CAPS headline line, which never continues into the next line."""
    return text.isupper() and sum(map(str.isalpha, text)) >= 4
