"""Raw dump text to logical lines: one per paragraph, hard-wrapped wire copy rejoined.

A logical line keeps the layout facts the splitter needs later: how many blank
lines stood before it, whether it opened a block, and whether a separator
(`-----`, a form feed) preceded it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from reader.dumps import chrome, credits

_ALONE_SHARE = 0.85
"""Bylines and labels are shorter than the wrap width; full-width lines carry on."""
_WRAP_MAX = 100
"""Blocks whose lines never exceed this many characters may be hard-wrapped."""
_SOFT_HYPHEN_END = re.compile(r"[A-Za-z]-$")


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


def normalize_newlines(text: str) -> str:
    """One newline convention, and form feeds on lines of their own."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x85", "\n")
    return text.replace("\f", "\n\f\n")


_FRONT_MATTER = re.compile(
    r"(?m)^---[ \t]*\n(?P<fields>(?:[A-Za-z_][\w-]*:[^\n]*\n(?:[ \t]*-[ \t][^\n]*\n)*)+)---[ \t]*$"
)
_FIELD_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):[ \t]*(?P<value>.*)$")


def prepare(text: str) -> str:
    """Newlines normalized, and each YAML front-matter block (as note-taking clippers write
    before every article) turned into an article break and plain `key: value` lines."""
    text = normalize_newlines(text)
    if not _has_front_matter(text):
        return text
    return _FRONT_MATTER.sub(_flatten_front_matter, text)


def _has_front_matter(text: str) -> bool:
    """A cheap scan for a `---` line followed by a `key:` line before the full pattern runs."""
    line_start: int | None = 0 if text.startswith("---") else _next_rule(text, 0)
    while line_start is not None:
        line_end = text.find("\n", line_start)
        if line_end == -1:
            return False
        following = text[line_end + 1 : line_end + 40].split("\n", 1)[0]
        if _FIELD_LINE.match(following):
            return True
        line_start = _next_rule(text, line_end)
    return False


def _next_rule(text: str, after: int) -> int | None:
    """Where the next line starting with `---` begins, if any."""
    found = text.find("\n---", after)
    return None if found == -1 else found + 1


def _flatten_front_matter(match: re.Match[str]) -> str:
    fields: list[list[str]] = []
    for raw in match.group("fields").splitlines():
        line = _FIELD_LINE.match(raw)
        if line:
            fields.append([line.group("key"), line.group("value").strip().strip("\"'")])
        elif fields:
            item = raw.strip().removeprefix("-").strip().strip("\"'")
            fields[-1][1] = ", ".join(filter(None, [fields[-1][1], item]))
    return "\f\n" + "\n".join(f"{key}: {value}" for key, value in fields if value) + "\n"


def logical_lines(text: str) -> list[Line]:
    """Splits normalized text into logical lines; separators become flags, not lines."""
    lines: list[Line] = []
    gap = 0
    separator = False
    block: list[str] = []

    def flush() -> None:
        nonlocal gap, separator
        if block:
            produced = _block_lines(block)
            produced[0].gap_before = gap
            produced[0].separator_before = separator
            lines.extend(produced)
            gap, separator = 0, False
            block.clear()

    raw = text.split("\n")
    for number, line in enumerate(raw):
        stripped = line.strip()
        if "\f" in line and not stripped:  # a form feed (str.strip counts it as space)
            flush()
            separator = True
        elif not stripped:
            flush()
            gap += 1
        elif _is_separator_line(raw, number):
            flush()
            separator = True
        else:
            block.append(line.rstrip())
    flush()
    return lines


def _is_separator_line(raw: list[str], number: int) -> bool:
    """A separator line, unless it underlines a heading (Markdown setext style)."""
    if not chrome.is_separator(raw[number]):
        return False
    above = raw[number - 1].strip() if number else ""
    underlines = above and not chrome.is_separator(above) and not chrome.ends_sentence(above)
    return not (underlines and _setext_level(raw[number]))


def _setext_level(line: str) -> int:
    stripped = line.strip()
    if stripped[:1] not in ("=", "-"):
        return 0
    if stripped == "=" * len(stripped):
        return 1
    return 2 if stripped == "-" * len(stripped) else 0


def _block_lines(block: list[str]) -> list[Line]:
    """The logical lines of one block (a run of non-blank lines)."""
    block = _apply_setext(block)
    lines = _unwrap(block) if _is_wrapped(block) else [_make_line(raw) for raw in block]
    for line in lines[1:]:
        line.block_start = False
    for line in lines[:-1]:
        line.block_end = False
    return lines


def _apply_setext(block: list[str]) -> list[str]:
    """Turns `Title` + `=====` (or `-----`) into a Markdown ATX heading line."""
    out: list[str] = []
    for raw in block:
        level = _setext_level(raw) if out and not out[-1].startswith("#") else 0
        if level and chrome.is_separator(raw):
            out[-1] = "#" * level + " " + out[-1].strip()
        else:
            out.append(raw)
    return out


def _make_line(raw: str) -> Line:
    text = raw.strip()
    indent = len(raw) - len(raw.lstrip())
    heading = chrome.markdown_heading(text)
    if heading:
        return Line(text=heading[1], indent=indent, heading=heading[0])
    return Line(text=text, indent=indent)


def _is_wrapped(block: list[str]) -> bool:
    """Hard-wrapped prose: lines no longer than a terminal, most of them near the width,
    and lines that break mid-sentence (into a lowercase word, or more than once)."""
    if len(block) < 2:
        return False
    lengths = [len(raw.rstrip()) for raw in block]
    width = max(lengths)
    if width > _WRAP_MAX or width < 40:
        return False
    near = sum(1 for n in lengths[:-1] if n >= 0.6 * width)
    if near < 0.5 * (len(block) - 1):
        return False
    open_ends = [(a, b) for a, b in itertools.pairwise(block) if not chrome.ends_sentence(a)]
    if any(b.strip()[:1].islower() for _, b in open_ends):
        return True
    long_open = sum(1 for a, _ in open_ends if len(a.rstrip()) >= 0.75 * width)
    return len(block) >= 3 and long_open >= 2


def _unwrap(block: list[str]) -> list[Line]:
    """Rejoins a hard-wrapped block; indented lines, bullets and short
    sentence-ending lines mark paragraph breaks."""
    width = max(len(raw.rstrip()) for raw in block)
    base = min(len(raw) - len(raw.lstrip()) for raw in block)
    lines: list[Line] = []
    previous = ""
    for raw in block:
        line = _make_line(raw)
        if lines and _continues(previous, raw, line, width, base):
            joined = lines[-1].text
            glue = "" if _SOFT_HYPHEN_END.search(joined) and line.text[:1].islower() else " "
            lines[-1].text = joined + glue + line.text
        else:
            lines.append(line)
        previous = raw.rstrip()
    return lines


def _continues(previous: str, raw: str, line: Line, width: int, base: int) -> bool:
    """Whether `raw` carries on the paragraph that `previous` belongs to."""
    if line.heading or line.indent > base or chrome.bullet_text(raw):
        return False
    if (
        line.text[:1].isupper()
        and len(line.text) < _ALONE_SHARE * width
        and _stands_alone(line.text)
    ):
        return False
    short = len(previous) < 0.7 * width
    if short and (chrome.ends_sentence(previous) or not line.text[:1].islower()):
        return False
    return not (_is_title_line(previous) or chrome.markdown_heading(previous))


def _stands_alone(text: str) -> bool:
    """A byline, timestamp, link or chrome line: never the tail of a wrapped paragraph."""
    return bool(
        credits.byline(text)
        or credits.field(text)
        or credits.timestamps(text)
        or chrome.is_chrome(text)
        or text.startswith(("Source:", "http", "<http"))
    )


def _is_title_line(text: str) -> bool:
    """An ALL-CAPS headline line, which never continues into the next line."""
    return text.isupper() and sum(c.isalpha() for c in text) >= 4
