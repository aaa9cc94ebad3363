"""The texts of the thirty-sixth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh36_texts CLONE` writes tests/fixtures/dumps/real/fresh36/texts.txt.

The Elixir project keeps the source of elixir-lang.org in a public repository
(elixir-lang/elixir-lang.github.com): its blog's posts as Markdown under `_posts/`, each named
by its day and opened by front matter (the title, the authors, the category, an excerpt); the
README puts "the written textual contents available in the guides and blog" under the Apache
License 2.0. This takes every post of at most 2,000 words, reading its Markdown as fresh29's
posts are read (bench/fresh29_texts.py, bench/fresh31_texts.py): links and emphasis as their
words, headings as intertitles, list items as paragraphs; code blocks (fenced or set in),
images, tables, embedded videos and frames and reference links' definitions left out, entities
as the characters they stand for. The page prints a byline under the headline
(_layouts/post.html: the day, `by` and the authors, `in` and the category): that is kept as the
line printed over the text. Kept here, not done by hand, so anyone with a clone can write the
texts again and see every choice; bench/fresh36_dumps.py pastes them.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

from bench.clone_texts import CloneTexts, git
from bench.fresh25_texts import front_matter
from bench.fresh29_texts import page_entry
from bench.fresh31_texts import printed, words
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh36" / "texts.txt"
REPOSITORY = "https://github.com/elixir-lang/elixir-lang.github.com"
SITE = "https://elixir-lang.org/blog/"
FOLDER = "_posts"
LICENCE = "Apache-2.0"
MOST_WORDS = 2000
"""The longest post taken: the release notes and essays, not the longest reports."""

_FILE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)-(.+)\.(?:markdown|md)$")
_MEDIA = re.compile(r"<(video|iframe|script)\b.*?</\1>", re.S)
"""An embedded video, frame or script: the page plays or runs it, and the words inside (a
browser's fallback, `Your browser does not support the video tag.`) are not the post's."""
_FENCE = re.compile(r"^([ \t]*)```.*?^\1```[ \t]*$", re.M | re.S)
"""A fenced code block, set in under a list item or not."""
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s")


def prose(markdown: str) -> str:
    """The Markdown without what the page shows as code or media: fenced blocks (indented ones
    too), indented code blocks (a block whose every line is set in by four spaces or a tab,
    not a list item's), embedded videos, frames and scripts."""
    chunks = _FENCE.sub("", _MEDIA.sub("", markdown)).split("\n\n")
    kept = []
    for chunk in chunks:
        lines = [line for line in chunk.split("\n") if line.strip()]
        code = lines and all(line.startswith(("    ", "\t")) for line in lines)
        if not (code and not _ITEM.match(lines[0])):
            kept.append(chunk)
    return "\n\n".join(kept)


def listed(source: str, key: str) -> list[str]:
    """The items of a front matter's list (`authors:` and its `- ` lines), in order."""
    head = source.split("\n---", 1)[0] if source.startswith("---") else ""
    items, listing = [], False
    for line in head.split("\n"):
        if not line.startswith(("-", " ")):
            listing = line.startswith(f"{key}:")
        elif listing:
            items.append(line.strip().lstrip("-").strip().strip("\"'"))
    return items


def byline(day: datetime, authors: list[str], category: str) -> str:
    """The line the page prints under the headline: `September 18, 2014 · by José Valim · in
    Releases`."""
    by = f" · by {', '.join(authors)}" if authors else ""
    return f"{day:%B %d, %Y}{by} · in {category}"


def entry(name: str, source: str) -> str:
    """A post's block in texts.txt: its id, address, headline and byline."""
    match = _FILE.match(name)
    assert match is not None, name
    year, month, day, slug = match.groups()
    fields, markdown = front_matter(source)
    posted = datetime(int(year), int(month), int(day))
    line = byline(posted, listed(source, "authors"), fields.get("category", ""))
    head = f"en-{year}{month}{day}-{slug} | en | {LICENCE} | {SITE}{year}/{month}/{day}/{slug}/"
    return page_entry(head, fields["title"], (line,), printed(prose(markdown)))


HEAD = """\
The thirty-sixth fresh half, sealed, of mailed plain text: real published blog posts, verbatim,
one per `@ id | language | licence | URL` block (`= ` the headline; `^ ` the byline the page
printed under it; `## ` an intertitle; then the body paragraphs, blank-line separated). The
Elixir blog (elixir-lang.org/blog), from
{repository}
at {commit}, written by `python -m bench.fresh36_texts` from a clone of it; the blog's written
content is under the Apache License 2.0 (the repository's README). An id is the language, the
post's day and its name. bench/fresh36_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every post of at most `MOST_WORDS` words, by
    file name (its day)."""
    commit = git(clone, "rev-parse", "HEAD")
    names = git(clone, "ls-tree", "--name-only", f"HEAD:{FOLDER}").split("\n")
    entries = []
    for name in sorted(n for n in names if _FILE.match(n)):
        source = git(clone, "show", f"HEAD:{FOLDER}/{name}") + "\n"
        if words(printed(prose(front_matter(source)[1]))) <= MOST_WORDS:
            entries.append(entry(name, source))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, FOLDER, texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
