"""The texts of the thirty-eighth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh38_texts CLONE` writes tests/fixtures/dumps/real/fresh38/texts.txt.

Gentoo's news items (GLEP 42) are plain text as a mail client sends it: a block of header
fields (`Title:`, `Author:`, `Posted:`, `Revision:`, `News-Item-Format:`, `Display-If-...:`),
a blank line, and the body hard-wrapped at about 72 columns, blank-line separated paragraphs.
The project keeps them in a public repository (gentoo/gentoo-news, one folder per item, an
English file and, for a few, Polish and Russian translations); its README puts every item
committed after 2018-10-21 under CC BY-SA 4.0, so only those are taken. Each paragraph's lines
are joined by one space (runs of spaces as one); a block whose every line is indented (a
command or a setting to type) and a block of reference lines (`[1] https://…`, with the pieces
of an address broken over two lines) are left out, as earlier halves leave out code blocks and
link definitions; the headers other than the title are kept, in order, as the lines printed
over the text. Kept here, not done by hand, so anyone with
a clone can write the texts again and see every choice; bench/fresh38_dumps.py pastes them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from bench.clone_texts import CloneTexts, git, text_block
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh38" / "texts.txt"
REPOSITORY = "https://github.com/gentoo/gentoo-news"
SITE = "https://gitweb.gentoo.org/data/gentoo-news.git/tree/"
"""Where the project publishes each item's file, before its folder and name."""
LICENCE = "CC BY-SA 4.0"
FIRST_DAY = "2018-10-22"
"""The first day whose items the repository's README licenses (committed after 2018-10-21)."""

_FILE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)-([^/]+)/\1-\2-\3-\4\.([a-z]{2})\.txt$")
_HEADER = re.compile(r"^([A-Za-z-]+):\s*(.*)$")
_REFERENCE = re.compile(r"^\[\d+\]\s")


def _left_out(lines: list[str]) -> bool:
    """Whether a block is not prose: indented lines only, or reference lines only (with the
    pieces of an address broken over two lines)."""
    if all(line[:1] in (" ", "\t") for line in lines):
        return True
    return bool(_REFERENCE.match(lines[0])) and all(
        _REFERENCE.match(line) or " " not in line.strip() for line in lines
    )


def item_blocks(body: str) -> list[tuple[str, str]]:
    """The body's paragraphs, each one line: its lines joined, runs of spaces as one, save the
    blocks `_left_out` and a one-word paragraph between two of them (the `or` between two
    commands)."""
    blocks = [
        [line for line in block.split("\n") if line.strip()]
        for block in re.split(r"\n[ \t]*\n", body.strip("\n"))
    ]
    blocks = [lines for lines in blocks if lines]
    out = [_left_out(lines) for lines in blocks]
    found = []
    for number, lines in enumerate(blocks):
        joined = " ".join(" ".join(lines).split())
        between = 0 < number < len(blocks) - 1 and out[number - 1] and out[number + 1]
        if not out[number] and not (between and len(joined.split()) == 1):
            found.append(("body", joined))
    return found


def item(path: str, source: str) -> str:
    """An item's block in texts.txt: its id (language, day, name), address, title, the other
    header lines (`^ `) and its paragraphs."""
    match = _FILE.match(path)
    assert match is not None, path
    year, month, day, name, language = match.groups()
    head, _, body = source.replace("\r\n", "\n").partition("\n\n")
    fields = [_HEADER.match(line) for line in head.split("\n") if line.strip()]
    title = next(f[2] for f in fields if f is not None and f[1] == "Title")
    above = [f"{f[1]}: {f[2]}" for f in fields if f is not None and f[1] != "Title"]
    ident = f"{language}-{year}{month}{day}-{name}"
    entry = text_block(f"{ident} | {language} | {LICENCE} | {SITE}{path}", title, [])
    lines = entry.rstrip("\n").split("\n")
    lines[2:2] = [f"^ {line}" for line in above]
    blocks = [text for _, text in item_blocks(body)]
    return "\n".join(lines) + "\n\n" + "".join(f"{text}\n\n" for text in blocks)


HEAD = """\
The thirty-eighth fresh half, a tuning half of news mailed as hard-wrapped plain text: real
published news items, verbatim, one per `@ id | language | licence | URL` block (`= ` the
title; `^ ` each header line the item carries over its text; then the body paragraphs,
blank-line separated, each source line joined to the next by one space). Gentoo's news items
(GLEP 42) from
{repository}
at {commit}, written by `python -m bench.fresh38_texts` from a clone of it; every item
committed after 2018-10-21 is under CC BY-SA 4.0 (the repository's README). An id is the
language, the item's day and its name. bench/fresh38_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every item posted from `FIRST_DAY` on, in
    each of its languages, by path."""
    commit = git(clone, "rev-parse", "HEAD")
    paths = git(clone, "ls-tree", "-r", "--name-only", "HEAD").split("\n")
    entries = []
    for path in sorted(p for p in paths if _FILE.match(p) and p[:10] >= FIRST_DAY):
        source = git(clone, "show", f"HEAD:{path}")
        if item_blocks(source.partition("\n\n")[2]):
            entries.append(item(path, source))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, "README", texts_file)
"""The half's texts.txt from a clone of the news repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
