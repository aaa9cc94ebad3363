"""The texts of the forty-sixth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh46_texts CLONE` writes tests/fixtures/dumps/real/fresh46/texts.txt.

Let's Encrypt, the free certificate authority run by the Internet Security Research Group
(ISRG), keeps its site (letsencrypt.org) in a public repository (letsencrypt/website) under the
Mozilla Public License 2.0 (its LICENSE.txt; no other licence is given for the prose): the
blog's posts as Markdown under `content/en/post/`, news of a public service (launches,
milestones, incidents, revocations, root changes, funding, annual reports), a source no earlier
half used. This takes every post, reading its Markdown as fresh41's posts are read (links and
emphasis as their words, headings as intertitles, list items as paragraphs; HTML, code and
media left out), with the line the page prints under the headline (the theme's post hero:
`By Josh Aas, ISRG Executive Director · November 12, 2015`). Kept here, not done by hand, so
anyone with a clone can write the texts again and see every choice; bench/fresh46_dumps.py
pastes them.
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
from bench.fresh39_texts import closed
from bench.fresh41_texts import markdown_of
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh46" / "texts.txt"
REPOSITORY = "https://github.com/letsencrypt/website"
SITE = "https://letsencrypt.org"
LICENCE = "MPL-2.0"
FOLDER = "content/en/post"
FEWEST_WORDS = 60
"""The shortest post taken: a notice of a paragraph or two, not a line with a link."""
MOST_WORDS = 1800
"""The longest post taken: the announcements and explanations, not the longest reports."""

_FILE = re.compile(r"^(\d{4})-(\d\d?)-(\d\d?)-(.+)\.(md|markdown)$")
_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.S)
"""A Hugo shortcode (`{{< figure … >}}`): the page prints what it renders, not its call."""


def unquoted(value: str) -> str:
    """A front-matter value without the single quotes YAML wraps it in (`'Public Beta: …'`)."""
    if len(value) > 1 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def posted(fields: dict[str, str]) -> datetime:
    """The post's day, from its `date:` field (`2015-11-12T00:00:00Z`): some files' names
    write a day of one digit (`2015-10-8-…`), the field never does."""
    return datetime.strptime(fields["date"][:10], "%Y-%m-%d")


def markdown(source: str) -> str:
    """The post's Markdown as the page prints it: fresh41's reading, and no shortcodes."""
    return markdown_of(_SHORTCODE.sub("", source))


def entry(name: str, source: str) -> str:
    """A post's block in texts.txt: its id, address, headline, the line with its author and
    day the page prints under the headline, its text."""
    found = _FILE.match(name)
    assert found is not None, name
    fields = front_matter(source)[0]
    day = posted(fields)
    slug = unquoted(fields.get("slug", "")) or found[4]
    author = unquoted(fields.get("author", ""))
    dated = f"{day:%B} {day.day}, {day.year}"
    above = (f"By {author} · {dated}" if author else dated,)
    url = f"{SITE}/{day:%Y/%m/%d}/{slug}/"
    head = f"en-{day:%Y%m%d}-{slug.lower()} | en | {LICENCE} | {url}"
    return closed(page_entry(head, unquoted(fields["title"]), above, markdown(source)))


HEAD = """\
The forty-sixth fresh half, tuning, of a public service's news: real published blog posts,
verbatim, one per `@ id | language | licence | URL` block (`= ` the headline; `^ ` the line the
page printed under it; `! ` a caption; `## ` an intertitle; then the body paragraphs, blank-line
separated). The Let's Encrypt blog (letsencrypt.org, the Internet Security Research Group's),
from
{repository}
at {commit}, written by `python -m bench.fresh46_texts` from a clone of it; the repository is
under the Mozilla Public License 2.0 (its LICENSE.txt). An id is the language, the post's day
and its name.
bench/fresh46_dumps.py pastes them into dumps.
"""


def taken(source: str) -> bool:
    """Whether a post is one the half takes: a headline and `FEWEST_WORDS` to `MOST_WORDS`
    printed words."""
    count = words(printed(markdown(source)))
    return bool(front_matter(source)[0].get("title")) and FEWEST_WORDS <= count <= MOST_WORDS


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every post taken, by its day."""
    commit = git(clone, "rev-parse", "HEAD")
    posts = []
    for name in git(clone, "ls-tree", "--name-only", f"HEAD:{FOLDER}").split("\n"):
        if _FILE.match(name):
            source = git(clone, "show", f"HEAD:{FOLDER}/{name}") + "\n"
            if taken(source):
                posts.append((posted(front_matter(source)[0]), name, source))
    entries = [entry(name, source) for _, name, source in sorted(posts)]
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, FOLDER, texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
