"""The texts of the fifty-first fresh half, taken by code from a clone of their repository:
`python -m bench.fresh51_texts CLONE` writes tests/fixtures/dumps/real/fresh51/texts.txt.

The Nim programming language's site, nim-lang.org, keeps its blog in a public repository
(nim-lang/website, a Jekyll site): release announcements with their changelogs, install steps
and code, community surveys with their tables, the monthly showcase of community projects,
essays and event news, 2009 to 2025, one Markdown file a post under `jekyll/_posts/`. The site's
footer and the repository's LICENSE.md put its content under Creative Commons Attribution 3.0
(code shown on it under MIT): a language project's news, from a source no earlier half used.
The posts are read as fresh48's reader reads Markdown (bench/fresh48_texts.py: a list item with
its mark, a table row, a code line, a block a line; links and emphasis as their words; a heading
an intertitle, whatever its level; an image's alternative text a caption); an angle bracket in
inline code is kept (fresh50's guard). The lines under the headline are the ones the post
layout prints there: the day (`21 November 2022`, Jekyll's `date_to_long_string`) and the
author.
Kept here, not done by hand, so anyone with a clone can write the texts again and see every
choice; bench/fresh51_dumps.py pastes them.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from bench.clone_texts import CloneTexts, git
from bench.fresh25_texts import front_matter
from bench.fresh29_texts import inline
from bench.fresh48_texts import blocks
from bench.fresh50_texts import guarded, unguarded
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh51" / "texts.txt"
REPOSITORY = "https://github.com/nim-lang/website"
SITE = "https://nim-lang.org/blog"
LICENCE = "CC BY 3.0"
FOLDER = "jekyll/_posts"
FEWEST_WORDS = 60
"""The shortest post taken: a notice of a paragraph or two."""
MOST_WORDS = 3000
"""The longest post taken: all but the longest surveys and essays."""
MONTHS = "January February March April May June July August September October November December"
"""English month names, as Jekyll's `date_to_long_string` writes them."""

_FILE = re.compile(r"^jekyll/_posts/(\d{4})-(\d\d)-(\d\d)-(.+)\.md$")


def long_date(day: date) -> str:
    """`21 November 2022`, the day as the post layout prints it (`%d %B %Y`)."""
    return f"{day.day:02d} {MONTHS.split()[day.month - 1]} {day.year}"


def words(parts: list[tuple[str, str]]) -> int:
    """The words the post's body prints."""
    return sum(len(text.split()) for kind, text in parts if kind != "caption")


def entry(path: str, source: str) -> str | None:
    """A post's block in texts.txt (its id, address, headline, the day and author the layout
    prints under it, its captions and blocks), or None for a post the half does not take."""
    found = _FILE.match(path)
    fields, markdown = front_matter(source)
    if not found or "title" not in fields:
        return None
    parts = [(kind, unguarded(text)) for kind, text in blocks(guarded(markdown))]
    if not FEWEST_WORDS <= words(parts) <= MOST_WORDS:
        return None
    day = date(int(found[1]), int(found[2]), int(found[3]))
    url = f"{SITE}/{found[1]}/{found[2]}/{found[3]}/{found[4]}.html"
    head = f"en-{day:%Y%m%d}-{found[4].lower()} | en | {LICENCE} | {url}"
    lines = [f"@ {head}", f"= {inline(fields['title'])}", f"^ {long_date(day)}"]
    lines += [f"^ {inline(fields['author'])}"] if fields.get("author") else []
    lines += [f"! {text}" for kind, text in parts if kind == "caption"]
    lines.append("")
    for kind, text in parts:
        if kind != "caption":
            lines += [f"## {text}" if kind == "subhead" else text, ""]
    while lines[-2].startswith("## "):
        del lines[-2:]
    return "\n".join(lines)


HEAD = """\
The fifty-first fresh half, sealed at birth, of a language project's news: the Nim programming
language's blog posts, verbatim, one per `@ id | language | licence | URL` block (`= ` the
headline; `^ ` the day and the author the page printed under it; `! ` a caption; `## ` an
intertitle; then the body blocks, blank-line separated: paragraphs, and list items, table rows
and code lines as the page printed them, one a block). From the Markdown of the site's
repository
{repository}
at {commit}, written by `python -m bench.fresh51_texts` from a clone of it; the repository's
LICENSE.md and the site's footer put its content under Creative Commons Attribution 3.0. An id
is the language, the post's day and its name. bench/fresh51_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every post taken, by day."""
    commit = git(clone, "rev-parse", "HEAD")
    posts = []
    for path in git(clone, "ls-tree", "-r", "--name-only", "HEAD", FOLDER).split("\n"):
        if _FILE.match(path):
            text = entry(path, git(clone, "show", f"HEAD:{path}") + "\n")
            if text is not None:
                posts.append((path, text))
    entries = [text for _, text in sorted(posts)]
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, FOLDER, texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
