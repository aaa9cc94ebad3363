"""The texts of the forty-eighth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh48_texts CLONE` writes tests/fixtures/dumps/real/fresh48/texts.txt.

developer.overheid.nl, the Dutch government's portal for developers (run for the Ministry of
the Interior, Binnenlandse Zaken), keeps its site in a public repository
(developer-overheid-nl/don-site) whose REUSE.toml puts every file but fonts and photographs
under the European Union Public Licence 1.2: the blog's posts in Dutch as Markdown under
`blog/YYYY/MM/`, news of a public body's engineers (meetups, standards, registers, awards,
interviews), a source no earlier half used, in Dutch, which no tuning half since fresh3 holds.
Unlike the earlier blog halves' readers, this one keeps what is not prose as the page prints
it, each line a block: a list item with its mark (`- `, or its number), a table row with its
cells between `|`, a code block's lines; links and emphasis as their words, headings as
intertitles, an admonition's title as a line, a quote's attribution under it, images'
alternative text as captions; HTML tags, MDX imports, directives and comments left out. The
lines under the headline are the day and the authors the blog's page prints there.
Kept here, not done by hand, so anyone with a clone can write the texts again and see every
choice; bench/fresh48_dumps.py pastes them.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

from bench.clone_texts import CloneTexts, git
from bench.fresh25_texts import front_matter
from bench.fresh29_texts import inline
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh48" / "texts.txt"
REPOSITORY = "https://github.com/developer-overheid-nl/don-site"
SITE = "https://developer.overheid.nl/blog"
LICENCE = "EUPL-1.2"
FOLDER = "blog"
FEWEST_WORDS = 60
"""The shortest post taken: a notice of a paragraph or two."""
MOST_WORDS = 3000
"""The longest post taken: all but the longest conference report."""
MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
"""Dutch month names, as the blog's pages date a post (`26 maart 2025`)."""

_FILE = re.compile(r"^blog/(\d{4})/(\d\d)/(\d{1,2})-(.+)\.mdx?$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_ITEM = re.compile(r"^\s*(?:([-*+])|(\d+[.)]))\s+(.*)$")
_ROW = re.compile(r"^\s*\|")
_RULE_ROW = re.compile(r"^[\s|:\-]+$")
_ADMONITION = re.compile(r"^\s*:::\s*(\w*)\s*(?:\[(.*)\])?\s*(.*)$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_DROPPED = re.compile(r"^\s*(?:import\s|export\s|\{/\*|::(?!:)\S|(?:\*{3,}|-{3,}|_{3,})\s*$)")
"""A line the page does not print: an MDX import or export, a comment in braces, a leaf
directive (`::video-vimeo[…]{id=…}`, which the page shows as a video), a rule."""
_OPENED = re.compile(r"^\s*<[A-Za-z][^>]*$")
"""A JSX tag whose attributes run over the next lines (`<Blockquote`, then `attribution=…`)."""
_ATTRIBUTION = re.compile(r'attribution="\s*([^"]*?)\s*"')
_ITALIC = re.compile(r"^_(.+?)\s*_$")
"""A paragraph set in italics whose closing mark follows a space, which `inline` leaves."""
_CLOSING = re.compile(r"^\s*</Blockquote>")
_MARKS = ("= ", "! ", "^ ", "+ ", "## ", "@ ")
"""How texts.txt opens a line that is not a body line: a code line opening so is not taken."""


def day_of(name: str) -> datetime:
    """The post's day, from its path (`blog/2025/03/26-…`)."""
    found = _FILE.match(name)
    assert found is not None, name
    return datetime(int(found[1]), int(found[2]), int(found[3]))


def dutch_date(day: datetime) -> str:
    """`26 maart 2025`, a day as the blog's pages write it."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def authors_of(yaml: str) -> dict[str, str]:
    """Each author key of blog/authors.yml and the name the page prints for it."""
    names: dict[str, str] = {}
    key = ""
    for line in yaml.split("\n"):
        if line and not line.startswith((" ", "#")) and line.endswith(":"):
            key = line[:-1].strip()
        elif key and line.strip().startswith("name:"):
            names[key] = line.split(":", 1)[1].strip().strip("'\"")
    return names


def keys(value: str) -> list[str]:
    """The author keys of a front-matter list (`[tom-ootes, digilab]`)."""
    return [key.strip() for key in value.strip("[]").split(",") if key.strip()]


class _Reader:
    """Reads a post's Markdown into blocks, line by line: a paragraph's lines are joined, a
    list item, table row and code line is a block of its own."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []
        self.lines: list[str] = []
        self.item = ""
        self.code = False
        self.tag: list[str] | None = None
        self.attribution = ""

    def flush(self) -> None:
        if text := _ITALIC.sub(r"\1", inline(" ".join(self.lines))):
            self.found.append(("body", f"{self.item}{text}"))
        self.lines.clear()
        self.item = ""

    def code_line(self, raw: str) -> None:
        line = raw.strip()
        if line and not line.startswith(_MARKS):
            self.found.append(("body", line))

    def line(self, raw: str) -> None:
        if self.tag is not None:
            self.tag_line(raw)
        elif _FENCE.match(raw):
            self.flush()
            self.code = not self.code
        elif self.code:
            self.code_line(raw)
        elif _OPENED.match(raw):
            self.flush()
            self.tag = [raw]
        elif _CLOSING.match(raw):
            self.flush()
            if self.attribution:
                self.found.append(("body", self.attribution))
            self.attribution = ""
        elif not raw.strip() or _DROPPED.match(raw) or not inline(raw):
            self.flush()
        else:
            self.prose(raw)

    def tag_line(self, raw: str) -> None:
        """A line of a tag's attributes: the quote's attribution, which the page prints
        under the quote, is kept for its closing tag; what follows the tag's `>` is prose."""
        assert self.tag is not None
        self.tag.append(raw)
        if ">" in raw:
            found = _ATTRIBUTION.search(" ".join(self.tag))
            self.attribution = inline(found[1]) if found else ""
            self.tag = None
            if rest := raw.split(">", 1)[1].strip():
                self.prose(rest)

    def prose(self, raw: str) -> None:
        captions = _IMAGE.findall(raw)
        line = _IMAGE.sub("", raw).rstrip()
        if captions:
            self.flush()
            self.found += [("caption", inline(c)) for c in captions if inline(c)]
        if not line.strip():
            return
        if heading := _HEADING.match(line):
            self.flush()
            self.found.append(("subhead", inline(heading[2])))
        elif admonition := _ADMONITION.match(line):
            self.flush()
            if title := inline(admonition[2] or ""):
                self.found.append(("body", title))
        elif _ROW.match(line):
            self.flush()
            if not _RULE_ROW.match(line):
                cells = [inline(cell) for cell in line.strip().strip("|").split("|")]
                self.found.append(("body", "| " + " | ".join(cells) + " |"))
        elif item := _ITEM.match(line):
            self.flush()
            self.item = "- " if item[1] else f"{item[2]} "
            self.lines.append(item[3])
        else:
            self.lines.append(line.lstrip("> ") if line.lstrip().startswith(">") else line)


def blocks(markdown: str) -> list[tuple[str, str]]:
    """The post's blocks in order, each `(kind, text)`: `subhead`, `caption` or `body`."""
    reader = _Reader()
    for raw in _COMMENT.sub("", markdown).split("\n"):
        reader.line(raw)
    reader.flush()
    return reader.found


def headline(markdown: str) -> tuple[str, str]:
    """The post's headline, its first `# ` heading, and the Markdown under it."""
    found = re.search(r"^# (.+?)\s*$", markdown, re.M)
    assert found is not None
    return inline(found[1]), markdown[found.end() :]


def words(parts: list[tuple[str, str]]) -> int:
    """The words the post's body prints."""
    return sum(len(text.split()) for kind, text in parts if kind != "caption")


def entry(name: str, source: str, names: dict[str, str]) -> str:
    """A post's block in texts.txt: its id, address, headline, the day and authors the page
    prints under the headline, its captions and blocks."""
    fields, markdown = front_matter(source)
    title, rest = headline(markdown)
    day = day_of(name)
    slug = fields.get("slug", "") or _FILE.match(name)[4]  # type: ignore[index]
    url = f"{SITE}/{day:%Y/%m/%d}/{slug}"
    authors = ", ".join(names.get(key, key) for key in keys(fields.get("authors", "")))
    head = f"nl-{day:%Y%m%d}-{slug.lower()} | nl | {LICENCE} | {url}"
    parts = blocks(rest)
    lines = [f"@ {head}", f"= {title}", f"^ {dutch_date(day)}"]
    lines += [f"^ {authors}"] if authors else []
    lines += [f"! {text}" for kind, text in parts if kind == "caption"]
    lines.append("")
    for kind, text in parts:
        if kind != "caption":
            lines += [f"## {text}" if kind == "subhead" else text, ""]
    while lines[-2].startswith("## "):
        del lines[-2:]
    return "\n".join(lines)


HEAD = """\
The forty-eighth fresh half, tuning, of a public body's news in Dutch: real published blog
posts, verbatim, one per `@ id | language | licence | URL` block (`= ` the headline; `^ ` the
day and the authors the page printed under it; `! ` a caption; `## ` an intertitle; then the
body blocks, blank-line separated: paragraphs, and list items, table rows and code lines as the
page printed them, one a block). The blog of developer.overheid.nl, the Dutch government's
developer portal, from
{repository}
at {commit}, written by `python -m bench.fresh48_texts` from a clone of it; the repository's
REUSE.toml puts its files under the European Union Public Licence 1.2 (LICENSES/EUPL-1.2.txt).
An id is the language, the post's day and its name. bench/fresh48_dumps.py pastes them into
dumps.
"""


def taken(parts: list[tuple[str, str]]) -> bool:
    """Whether a post is one the half takes: `FEWEST_WORDS` to `MOST_WORDS` printed words."""
    return FEWEST_WORDS <= words(parts) <= MOST_WORDS


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every post taken, by its day."""
    commit = git(clone, "rev-parse", "HEAD")
    names = authors_of(git(clone, "show", f"HEAD:{FOLDER}/authors.yml"))
    posts = []
    for name in git(clone, "ls-tree", "-r", "--name-only", f"HEAD:{FOLDER}").split("\n"):
        path = f"{FOLDER}/{name}"
        if _FILE.match(path):
            source = git(clone, "show", f"HEAD:{path}") + "\n"
            if taken(blocks(headline(front_matter(source)[1])[1])):
                posts.append((day_of(path), path, source))
    entries = [entry(path, source, names) for _, path, source in sorted(posts)]
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, FOLDER, texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
