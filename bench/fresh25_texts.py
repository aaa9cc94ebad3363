"""The texts of the twenty-fifth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh25_texts CLONE` writes tests/fixtures/dumps/real/fresh25/texts.txt.

The half's texts are the Spanish pages of HealthCare.gov (CuidadoDeSalud.gov) as the Centers
for Medicare & Medicaid Services released their Jekyll source in June 2013: the explainers of
`_posts/articles/es/` and the posts of `_posts/blog/es/`. Earlier halves were copied from their
sources by hand or by code nobody kept; this keeps the extraction, so anyone with a clone of
the public repository named in the file's head can write the same file again and see every
choice made on the way (which pages, which words, which markup removed).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from bench.clone_texts import CloneTexts, added_day, git, text_block
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh25" / "texts.txt"
REPOSITORY = "https://github.com/blencorp/HealthCare.gov-Open-Source-Release"
"""The public copy of the release (CMS's own repository, CMSgov/HealthCare.gov-Open-Source-
Release, is no longer published)."""
FOLDERS = ("_posts/articles/es", "_posts/blog/es")
LICENCE = "Public domain (17 U.S.C. 105)"
FEWEST_WORDS = 80
MOST_WORDS = 950

HEAD = """\
The twenty-fifth fresh half, a tuning half: real published text, verbatim, one per `@ id |
language | licence | URL` block (`= ` the headline, `## ` an intertitle as the page published
it, then the body paragraphs, blank-line separated). The Spanish pages of HealthCare.gov
(CuidadoDeSalud.gov), the federal health insurance marketplace of the United States, as the
Centers for Medicare & Medicaid Services released their source on 28 June 2013: the explainers
of `_posts/articles/es/` and the posts of `_posts/blog/es/`, written by `python -m
bench.fresh25_texts` from a clone of
{repository}
at the commit in each address. Works of the United States government, in the public domain
(17 U.S.C. 105). Front matter, HTML and
Liquid tags are removed; links keep their words; emphasis is removed; a list item is a
paragraph of its own; a heading of any level is an intertitle; a paragraph's lines are joined
by a space and runs of spaces are one. Pages of fewer than {fewest} or more than {most} words
and pages with tables, HTML or Liquid tags are left out. An id is the language, the day of
the page (its file name's day, or the day the release added it when the name carries none)
and its file name's slug. bench/fresh25_dumps.py pastes them into dumps.
"""

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_HEADING = re.compile(r"^#{1,6}\s*(.*?)\s*#*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)-(.*)\.md$")


def front_matter(source: str) -> tuple[dict[str, str], str]:
    """A page's front-matter fields (the one-line ones, unquoted) and its Markdown body."""
    found = _FRONT_MATTER.match(source)
    if not found:
        return {}, source
    fields = {}
    for line in found.group(1).split("\n"):
        key, colon, value = line.partition(":")
        if colon and not line.startswith(" "):
            fields[key.strip().strip('"')] = value.strip().strip('"').replace('\\"', '"')
    return fields, source[found.end() :]


def inline(line: str) -> str:
    """A line's words as the page shows them: links by their words, no emphasis marks, one
    space between words."""
    return " ".join(_EMPHASIS.sub("", _LINK.sub(r"\1", line)).split())


def blocks(markdown: str) -> list[tuple[str, str]]:
    """The body's blocks in order: each heading an intertitle, each list item and each
    paragraph (its lines joined) a body block."""
    found: list[tuple[str, str]] = []
    paragraph: list[str] = []

    def close() -> None:
        if paragraph:
            found.append(("body", inline(" ".join(paragraph))))
            paragraph.clear()

    for line in markdown.split("\n"):
        heading = _HEADING.match(line)
        if heading or _ITEM.match(line) or not line.strip():
            close()
        if heading:
            found.append(("subhead", inline(heading.group(1))))
        elif _ITEM.match(line):
            paragraph.append(_ITEM.sub("", line))
        elif line.strip():
            paragraph.append(line)
    close()
    return [(kind, text) for kind, text in found if text]


def kept(body: str) -> bool:
    """Whether a page's body is prose the half can take whole: no table, HTML or Liquid."""
    return not re.search(r"<[a-zA-Z/]|\{[%{]|^\s*\|", body, re.M)


def page_day(clone: Path, path: str) -> tuple[str, str]:
    """The page's day (`20130621`) and slug: the file name's, or, for a name dated 0001 as
    Jekyll's undated pages are, the day the release added the file."""
    year, month, day, slug = _DAY.match(Path(path).name).groups()  # type: ignore[union-attr]
    if year != "0001":
        return f"{year}{month}{day}", slug
    return added_day(clone, path), slug


def entry(clone: Path, commit: str, path: str) -> str | None:
    """A page's block in texts.txt, or None for a page the half leaves out."""
    fields, body = front_matter((clone / path).read_text(encoding="utf-8"))
    found = blocks(body)
    words = sum(len(text.split()) for _, text in found)
    if fields.get("lang") != "es" or not kept(body) or not FEWEST_WORDS <= words <= MOST_WORDS:
        return None
    day, slug = page_day(clone, path)
    head = f"es-{day}-{slug} | es | {LICENCE} | {REPOSITORY}/blob/{commit}/{path}"
    return text_block(head, inline(fields["title"]), found)


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every page the half keeps, by file name."""
    commit = git(clone, "rev-parse", "HEAD")
    paths = sorted(
        str(p.relative_to(clone)) for folder in FOLDERS for p in (clone / folder).glob("*.md")
    )
    entries = [found for path in paths if (found := entry(clone, commit, path))]
    head = HEAD.format(repository=REPOSITORY, fewest=FEWEST_WORDS, most=MOST_WORDS)
    return head + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, FOLDERS[0], texts_file)
"""The half's texts.txt from a clone of the release."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
