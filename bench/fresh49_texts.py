"""The texts of the forty-ninth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh49_texts CLONE` writes tests/fixtures/dumps/real/fresh49/texts.txt.

Swift.org, the Swift programming language's project site, keeps its pages in a public
repository (swiftlang/swift-org-website) whose LICENSE.md puts the posts of `_posts/` under the
Creative Commons Attribution 4.0 International License (the rest under Apache 2.0): the blog's
posts in English, news of a language project (releases, workgroups, monthly digests, Google
Summer of Code, tooling), full of lists, code and tables, a source no earlier half used. This
reads each post's Markdown as fresh48's reader does (bench/fresh48_texts.py: lists, table rows
and code lines kept as the page prints them, a block a line), a quote's paragraphs apart and
Liquid tags and kramdown's attribute lists left out, with the lines the page prints under the
headline (the authors' names from _data/authors.yml, then the day, `August 7, 2026`). Kept
here, not done by hand, so anyone with a clone can write the texts again and see every choice;
bench/fresh49_dumps.py pastes them.
"""

from __future__ import annotations

import html
import re
import sys
from datetime import datetime
from pathlib import Path

from bench.clone_texts import CloneTexts, git
from bench.fresh25_texts import front_matter
from bench.fresh29_texts import inline
from bench.fresh46_texts import unquoted
from bench.fresh48_texts import authors_of, blocks, keys
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh49" / "texts.txt"
REPOSITORY = "https://github.com/swiftlang/swift-org-website"
SITE = "https://www.swift.org/blog"
LICENCE = "CC BY 4.0"
FOLDER = "_posts"
FEWEST_WORDS = 60
"""The shortest post taken: a notice of a paragraph or two."""
MOST_WORDS = 2500
"""The longest post taken: all but the longest release notes."""

_FILE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)-(.+)\.(?:md|markdown)$")
_QUOTE_GAP = re.compile(r"^[ \t]*>[ \t]*$", re.M)
"""A quote's blank line (`>` alone), which parts its paragraphs as a blank line does."""
_FENCE = re.compile(r"^\s*(```|~~~)")
_TEMPLATE = re.compile(r"^[ \t]*\{[%:].*$", re.M)
"""A Liquid tag or a kramdown attribute list on a line of its own: the page prints neither."""


def readable(markdown: str) -> str:
    """The post's Markdown with what the page prints nothing of taken out, a quote's gaps
    as blank lines, and outside code the entities (`&mdash;`) as the characters they print."""
    lines, code = [], False
    for line in _TEMPLATE.sub("", _QUOTE_GAP.sub("", markdown)).split("\n"):
        code ^= bool(_FENCE.match(line))
        lines.append(line if code or _FENCE.match(line) else html.unescape(line))
    return "\n".join(lines)


def entry(name: str, source: str, names: dict[str, str]) -> str:
    """A post's block in texts.txt: its id, address, headline, the authors and the day the
    page prints under the headline, its captions and blocks."""
    fields, markdown = front_matter(source)
    found = _FILE.match(name)
    assert found is not None, name
    day = datetime(int(found[1]), int(found[2]), int(found[3]))
    slug = found[4]
    url = f"{SITE}/{slug}/"
    authors = ", ".join(names.get(key, key) for key in keys(fields.get("author", "")))
    head = f"en-{day:%Y%m%d}-{slug.lower()} | en | {LICENCE} | {url}"
    parts = blocks(readable(markdown))
    lines = [f"@ {head}", f"= {inline(unquoted(fields['title']))}"]
    lines += [f"^ {authors}"] if authors else []
    lines.append(f"^ {day:%B} {day.day}, {day.year}")
    lines += [f"! {text}" for kind, text in parts if kind == "caption"]
    lines.append("")
    for kind, text in parts:
        if kind != "caption":
            lines += [f"## {text}" if kind == "subhead" else text, ""]
    while lines[-2].startswith("## "):
        del lines[-2:]
    return "\n".join(lines)


HEAD = """\
The forty-ninth fresh half, sealed, of a language project's news: real published blog posts,
verbatim, one per `@ id | language | licence | URL` block (`= ` the headline; `^ ` the authors
and the day the page printed under it; `! ` a caption; `## ` an intertitle; then the body
blocks, blank-line separated: paragraphs, and list items, table rows and code lines as the page
printed them, one a block). The Swift.org blog, from
{repository}
at {commit}, written by `python -m bench.fresh49_texts` from a clone of it; the repository's
LICENSE.md puts the posts under the Creative Commons Attribution 4.0 International License
(CC-BY-4.0.txt). An id is the language, the post's day and its name. bench/fresh49_dumps.py
pastes them into dumps.
"""


def taken(fields: dict[str, str], markdown: str) -> bool:
    """Whether a post is one the half takes: published, with a headline, `FEWEST_WORDS` to
    `MOST_WORDS` printed words."""
    if fields.get("published") == "false" or not fields.get("title"):
        return False
    count = sum(len(t.split()) for k, t in blocks(readable(markdown)) if k != "caption")
    return FEWEST_WORDS <= count <= MOST_WORDS


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every post taken, by its day."""
    commit = git(clone, "rev-parse", "HEAD")
    names = authors_of(git(clone, "show", "HEAD:_data/authors.yml"))
    entries = []
    for name in git(clone, "ls-tree", "--name-only", f"HEAD:{FOLDER}").split("\n"):
        if _FILE.match(name):
            source = git(clone, "show", f"HEAD:{FOLDER}/{name}") + "\n"
            if taken(*front_matter(source)):
                entries.append(entry(name, source, names))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, FOLDER, texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
