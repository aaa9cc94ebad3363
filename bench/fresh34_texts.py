"""The texts of the thirty-fourth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh34_texts CLONE` writes tests/fixtures/dumps/real/fresh34/texts.txt.

The Python Enhancement Proposals (PEPs) are documents of one standard: each is a
reStructuredText file opened by the same header fields (`Author:`, `Status:`, `Type:`,
`Created:`) and cut by the same intertitles (`Abstract`, `Motivation`, `Rationale`,
`Specification`, `Backwards Compatibility`, `Security Implications`, `How to Teach This`,
`Rejected Ideas`, `Copyright`), the last of them over the same one-line licence paragraph. That
is the layout a splitter reads as a site's repeated menu and footer, which is why the half takes
them. This takes every PEP the repository publishes under its current licence paragraph (public
domain or CC0 1.0, whichever is more permissive) whose body prints at most 1,500 words, reading
its reStructuredText as the site renders it: section titles as intertitles, list items,
definitions and footnotes as paragraphs, links, roles and emphasis as their words (a `:pep:`
role as `PEP 8`, a `:func:` as its name and `()`); what the page sets apart from the prose is
left out: literal and code blocks, doctests, tables, directives (images, banners, boxed notes,
tabs), comments, link targets and footnote marks. The header fields the page prints over the
text are kept as the lines printed over it, an author's e-mail address masked as the page
masks it (`guido at python.org`). Kept here, not done by hand, so anyone with a clone can write
the texts again and see every choice; bench/fresh34_dumps.py pastes them into dumps with the
site's own chrome.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

from bench.clone_texts import CloneTexts, git, text_block
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh34" / "texts.txt"
REPOSITORY = "https://github.com/python/peps"
SITE = "https://peps.python.org/"
FOLDER = "peps"
LICENCE = "CC0 1.0"
MOST_WORDS = 1500
"""The longest PEP taken: a proposal of a few pages, not a long specification."""
PRINTED_FIELDS = ("Author", "Status", "Type", "Created", "Python-Version")
"""The header fields kept, in the order the page prints them."""

_FILE = re.compile(r"^peps/pep-(\d{4})\.rst$")
_LICENSED = re.compile(
    r"This document is placed in the public domain or under the\s+CC0-1\.0-Universal license,"
    r"\s+whichever is more permissive\."
)
"""The licence paragraph of the PEPs taken."""
_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:._])\1{2,}\s*$")
"""A section title's underline or overline, or a transition."""
_TABLE = re.compile(r"^\s*(?:=+(?: +=+)+|\+[-=+]*\+|\|.*)\s*$")
"""A line of a simple or grid table (or a line block, which the page sets apart too)."""
_EXPLICIT = re.compile(r"^(\s*)\.\.(?:\s|$)")
"""A directive, comment, link target or footnote (`.. `)."""
_FOOTNOTE = re.compile(r"^\s*\.\.\s+\[[^\]]+\]\s*")
_ANONYMOUS = re.compile(r"^\s*__ ")
_ITEM = re.compile(r"^(\s*)(?:[-*+•]|#\.|\d+\.|\(?[0-9a-zA-Z#]\)|[a-zA-Z]\.)\s+")
_ROLE = re.compile(r":([\w:+.-]+):`([^`]+)`")
_LINKED = re.compile(r"`([^`<]*?)\s*<[^>`]*>`_{1,2}")
_NAMED = re.compile(r"`([^`]+)`_{1,2}(?!\w)")
_LITERAL = re.compile(r"``(.+?)``")
_MARK = re.compile(r"\s?\[(?:#[\w-]*|\d+|[\w.-]+)\]_(?!\w)")
"""A footnote or citation mark, which the page prints as a small raised number."""
_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_BACKTICKS = re.compile(r"`([^`]+)`")
_REFERENCED = re.compile(r"(?<=\w)_(?=[\s.,;:)]|$)")
_CALLED = ("func", "meth")
"""Roles Sphinx prints with `()` after the name (in any domain or inventory)."""


def header(source: str) -> tuple[dict[str, str], str]:
    """The PEP's header fields (continuation lines joined) and the text under them."""
    head, _, body = source.partition("\n\n")
    fields: dict[str, str] = {}
    name = ""
    for line in head.split("\n"):
        if line[:1].isspace() and name:
            fields[name] += " " + line.strip()
        else:
            name, _, value = line.partition(":")
            fields[name] = value.strip()
    return fields, body


def role(found: re.Match[str]) -> str:
    """An interpreted text role as the page prints it."""
    name, content = found[1], found[2]
    shown = re.match(r"(.*?)\s*<([^>]*)>$", content, re.S)
    if shown and shown[1]:
        return shown[1]
    target = (shown[2] if shown else content).lstrip("!")
    if name in ("pep", "rfc"):
        return f"{name.upper()} {target}"
    if target.startswith("~"):
        target = target[1:].rsplit(".", 1)[-1]
    called = name.rsplit(":", 1)[-1] in _CALLED and not target.endswith(")")
    return f"{target}()" if called else target


def inline(text: str) -> str:
    """A paragraph's words as the page prints them: roles, links, literals and emphasis as
    their words, footnote marks gone, escapes undone."""
    literals: list[str] = []

    def kept(found: re.Match[str]) -> str:
        literals.append(found[1])
        return f"\0{len(literals) - 1}\0"

    text = _LITERAL.sub(kept, _MARK.sub("", text))
    text = _ROLE.sub(role, text)
    text = _LINKED.sub(lambda found: found[1], text)
    text = _NAMED.sub(lambda found: found[1], text)
    text = _STRONG.sub(lambda found: found[1], text)
    text = _EMPHASIS.sub(lambda found: found[1], text)
    text = _BACKTICKS.sub(lambda found: found[1], text)
    text = _REFERENCED.sub("", text)
    text = smart(re.sub(r"\\(.)", r"\1", text.replace("\\ ", "")))
    text = re.sub("\0(\\d+)\0", lambda found: literals[int(found[1])], text)
    return " ".join(text.split())


def smart(text: str) -> str:
    """Dashes, ellipses and quotes as Sphinx's smart quotes print them, read simply: `---`
    an em dash, `--` an en dash, `...` an ellipsis, a quote after a space or an opening
    bracket (or first) opening, any other quote closing or an apostrophe."""
    text = text.replace("---", "\u2014").replace("--", "\u2013").replace("...", "\u2026")
    text = re.sub(r"(^|(?<=[\s(\[{\u2014\u2013/]))\"", "\u201c", text)
    text = re.sub(r"(^|(?<=[\s(\[{\u2014\u2013/]))'", "\u2018", text)
    return text.replace('"', "\u201d").replace("'", "\u2019")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _pieces(lines: list[str]) -> list[str]:
    """A run of non-blank lines as the paragraphs the page prints: each list item, term and
    definition its own, continuation lines joined."""
    pieces: list[list[str]] = []
    hanging = -1
    for line in lines:
        item = _ITEM.match(line)
        if item or _indent(line) != hanging or not pieces:
            pieces.append([])
            hanging = len(item[0]) if item else _indent(line)
            line = line[len(item[0]) :] if item else line
        pieces[-1].append(line.strip())
    return [" ".join(piece) for piece in pieces]


def blocks(body: str) -> list[tuple[str, str]]:
    """The PEP's intertitles and paragraphs in order, each `(kind, text)`, without what the
    page sets apart from the prose, and without an intertitle over nothing."""
    lines = [*body.split("\n"), ""]
    found: list[tuple[str, str]] = []
    run: list[str] = []
    skip_over = -1
    number = 0

    def flush() -> None:
        nonlocal skip_over
        if not run:
            return
        last = run[-1].rstrip()
        if last.endswith("::"):
            skip_over = _indent(run[0])
            run[-1] = (
                last[:-3] if last.endswith((" ::", "\t::")) or last.strip() == "::" else last[:-1]
            )
        if not run[0].lstrip().startswith(">>>"):
            found.extend(("body", text) for piece in _pieces(run) if (text := inline(piece)))
        run.clear()

    while number < len(lines):
        line = lines[number]
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if skip_over >= 0 and (not line.strip() or _indent(line) > skip_over):
            number += 1
            continue
        skip_over = -1
        if not line.strip():
            flush()
        elif _TABLE.match(line) and not run:
            number = _past_table(lines, number)
            continue
        elif _ADORNMENT.match(line) and not run:
            pass
        elif _ADORNMENT.match(following) and not line[:1].isspace() and not run:
            found.append(("subhead", inline(line)))
            number += 1
        elif explicit := _EXPLICIT.match(line):
            flush()
            if _FOOTNOTE.match(line):
                run.append(" " * (len(explicit[1]) + 3) + _FOOTNOTE.sub("", line))
                skip_over = -1
            else:
                skip_over = len(explicit[1])
        elif _ANONYMOUS.match(line):
            flush()
        else:
            run.append(line)
        number += 1
    flush()
    return [
        block
        for place, block in enumerate(found)
        if block[0] == "body" or (place + 1 < len(found) and found[place + 1][0] == "body")
    ]


def _past_table(lines: list[str], number: int) -> int:
    """The line after a table that starts at `number`: a grid table ends at its last ruled
    line, a simple one at the border with a blank line under it."""
    if lines[number].lstrip()[:1] in "+|":
        while number < len(lines) and lines[number].lstrip()[:1] in ("+", "|"):
            number += 1
        return number
    number += 1
    while number + 1 < len(lines) and not (
        _TABLE.match(lines[number]) and not lines[number + 1].strip()
    ):
        number += 1
    return number + 1


def masked(authors: str) -> str:
    """The authors as the page prints them: each e-mail address's `@` as ` at `."""
    return " ".join(authors.replace("@", " at ").split())


def words(found: list[tuple[str, str]]) -> int:
    """The words the PEP's body prints."""
    return sum(len(text.split()) for _, text in found)


def entry(number: str, fields: dict[str, str], found: list[tuple[str, str]]) -> str:
    """A PEP's block in texts.txt: its id (the language, the day its `Created:` field names and
    its number), address, the headline the page prints (`PEP 8 –
    Title`), the header fields printed over the text, then its intertitles and paragraphs."""
    pep = int(number)
    created = datetime.strptime(fields["Created"].split()[0], "%d-%b-%Y")
    head = f"en-{created:%Y%m%d}-pep-{number} | en | {LICENCE} | {SITE}pep-{number}/"
    above = [
        f"{name}: {masked(fields[name]) if name == 'Author' else fields[name]}"
        for name in PRINTED_FIELDS
        if fields.get(name)
    ]
    block = text_block(head, f"PEP {pep} – {inline(fields['Title'])}", found)
    first, _, rest = block.partition("\n\n")
    return "\n".join([first, *(f"^ {line}" for line in above)]) + "\n\n" + rest


def taken(body: str, found: list[tuple[str, str]]) -> bool:
    """Whether the half takes a PEP: under the current licence paragraph, with intertitles,
    ending on a paragraph, at most `MOST_WORDS` printed words."""
    return (
        bool(_LICENSED.search(body))
        and any(kind == "subhead" for kind, _ in found)
        and found[-1][0] == "body"
        and words(found) <= MOST_WORDS
    )


HEAD = """\
The thirty-fourth fresh half, a second-look half of template documents: real published Python
Enhancement Proposals, verbatim, one per `@ id | language | licence | URL` block (`= ` the
headline the page prints, `^ ` the header fields it prints over the text, `## ` an intertitle,
then the body paragraphs, blank-line separated). Every PEP under the current licence paragraph
of at most 1,500 printed words, from
{repository}
at {commit}, written by `python -m bench.fresh34_texts` from a clone of it; each is placed "in
the public domain or under the CC0-1.0-Universal license, whichever is more permissive" (its own
Copyright section). An id is the language, the day the PEP was created and its number.
bench/fresh34_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every taken PEP, by number."""
    commit = git(clone, "rev-parse", "HEAD")
    entries = []
    for path in git(clone, "ls-tree", "-r", "--name-only", "HEAD", FOLDER).split("\n"):
        if not (pep := _FILE.match(path)):
            continue
        fields, body = header(git(clone, "show", f"HEAD:{path}") + "\n")
        found = blocks(body)
        if found and taken(body, found):
            entries.append(entry(pep[1], fields, found))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, "pep_sphinx_extensions/pep_theme/templates", texts_file)
"""The half's texts.txt from a clone of the PEPs' repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
