"""The texts of the forty-first fresh half, taken by code from a clone of their repository:
`python -m bench.fresh41_texts CLONE` writes tests/fixtures/dumps/real/fresh41/texts.txt.

Delta Chat, the messenger that runs over e-mail, keeps its site (delta.chat) in a public
repository (deltachat/deltachat-pages), "Licensed GPLv3+" as its README says: the blog's posts as
Markdown under `_posts/`, each named by its day, their authors writing a line per phrase
("semantic linefeeds", the README's rule). This takes every post, reading its Markdown as
fresh29's posts are read (links and emphasis as their words, headings as intertitles, an
image's alternative text as its caption, list items as paragraphs; HTML images, frames and
rules left out, a paragraph's lines joined), with the line the page prints under the headline
(_layouts/default.html: `August 04, 2025 by olgax, r10s, …`). Kept here, not done by hand, so
anyone with a clone can write the texts again and see every choice; bench/fresh41_dumps.py
pastes them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from bench.clone_texts import CloneTexts, git
from bench.fresh25_texts import front_matter
from bench.fresh29_texts import page_entry
from bench.fresh31_texts import printed, words
from bench.fresh36_texts import prose
from bench.fresh39_texts import closed, day_of
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh41" / "texts.txt"
REPOSITORY = "https://github.com/deltachat/deltachat-pages"
SITE = "https://delta.chat/en"
LICENCE = "GPL-3.0-or-later"
FOLDER = "_posts"
MOST_WORDS = 2000
"""The longest post taken, as for fresh36: the announcements and essays, not the longest
reports."""

_FILE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)-(.+)\.md$")
_STYLE = re.compile(r"<style\b.*?</style>", re.S)
"""A style sheet inside a post: the browser applies it, the page prints none of it."""
_ANCHOR = re.compile(r"[ \t]*\{#[\w-]+\}[ \t]*$", re.M)
"""A heading's anchor (`## Why? {#why}`), which kramdown turns into the heading's id."""


def markdown_of(source: str) -> str:
    """The post's Markdown as the page prints it: no front matter, code, media, style sheets
    or headings' anchors."""
    return _ANCHOR.sub("", prose(_STYLE.sub("", front_matter(source)[1])))


def entry(name: str, source: str) -> str:
    """A post's block in texts.txt: its id, address, headline, the line with its day and
    authors the page prints under the headline, its text."""
    found = _FILE.match(name)
    assert found is not None, name
    fields = front_matter(source)[0]
    day = day_of(name)
    slug = found[4]
    by = f" by {fields['author']}" if fields.get("author") else ""
    above = (f"{day:%B %d, %Y}{by}",)
    url = f"{SITE}/{day:%Y-%m-%d}-{slug}"
    head = f"en-{day:%Y%m%d}-{slug.lower()} | en | {LICENCE} | {url}"
    return closed(page_entry(head, fields["title"], above, markdown_of(source)))


HEAD = """\
The forty-first fresh half, tuning, of posts with their site's chrome and mailed: real
published blog posts, verbatim, one per `@ id | language | licence | URL` block (`= ` the
headline; `^ ` the line the page printed under it; `! ` a caption; `## ` an intertitle; then the
body paragraphs, blank-line separated). The Delta Chat blog (delta.chat), from
{repository}
at {commit}, written by `python -m bench.fresh41_texts` from a clone of it; the repository is
"Licensed GPLv3+" (its README). An id is the language, the post's day and its name.
bench/fresh41_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every post with a headline and at most
    `MOST_WORDS` words, by file name (its day)."""
    commit = git(clone, "rev-parse", "HEAD")
    entries = []
    for name in git(clone, "ls-tree", "--name-only", f"HEAD:{FOLDER}").split("\n"):
        if _FILE.match(name):
            source = git(clone, "show", f"HEAD:{FOLDER}/{name}") + "\n"
            taken = words(printed(markdown_of(source))) <= MOST_WORDS
            if front_matter(source)[0].get("title") and taken:
                entries.append(entry(name, source))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, FOLDER, texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
