"""The texts of the forty-seventh fresh half, sealed at birth, taken by code from a clone of
their repository: `python -m bench.fresh47_texts CLONE` writes
tests/fixtures/dumps/real/fresh47/texts.txt.

OpenTTD, the open-source transport simulation game, keeps its site (www.openttd.org) in a
public repository (OpenTTD/website) under the GNU General Public License v2 (its LICENSE; no
other licence is given for the prose): the project's news as Markdown under `_posts/`, each
named by its day, 2004 to 2026 (releases, infrastructure, events, development notes), a source
no earlier half used. This takes every post written in Markdown alone (the older ones, kept as
HTML with `<br />` breaks and links, are left out, as is a post whose page draws pictures by
Liquid tags), reading it as fresh41's posts are read (links and emphasis as their words,
headings as intertitles, list items as paragraphs; code and media left out), with the lines
the page prints under the headline (_includes/post_macro.html: the day, `Posted by …`). Kept
here, not done by hand, so anyone with a clone can write the texts again and see every choice;
bench/fresh47_dumps.py pastes them.
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

TEXTS = REAL / "fresh47" / "texts.txt"
REPOSITORY = "https://github.com/OpenTTD/website"
SITE = "https://www.openttd.org/news"
LICENCE = "GPL-2.0"
FOLDER = "_posts"
FEWEST_WORDS = 40
"""The shortest post taken: a notice of a paragraph or two, not a line with a link."""
MOST_WORDS = 1500
"""The longest post taken: the news and notes, not the longest development essays."""

_FILE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)-(.+)\.md$")
_MARKUP = re.compile(r"<[A-Za-z/]|\{%")
"""HTML or a Liquid tag in a post: the older posts kept as HTML, and pictures drawn by tags."""
_COMMENT = re.compile(r"<!--.*?-->", re.S)
"""An HTML comment (the `<!-- more -->` excerpt mark): the page prints nothing of it."""


def day_of(name: str) -> datetime:
    """The post's day, the one its file's name opens on."""
    found = _FILE.match(name)
    assert found is not None, name
    return datetime(int(found[1]), int(found[2]), int(found[3]))


def markdown(source: str) -> str:
    """The post's Markdown as the page prints it: fresh41's reading, and no comments."""
    return markdown_of(_COMMENT.sub("", source))


def entry(name: str, source: str) -> str:
    """A post's block in texts.txt: its id, address, headline, the day and `Posted by …`
    lines the page prints under the headline, its text."""
    found = _FILE.match(name)
    assert found is not None, name
    fields = front_matter(source)[0]
    day = day_of(name)
    slug = found[4]
    above = (f"{day:%Y-%m-%d}", f"Posted by {fields['author']}" if fields.get("author") else "")
    url = f"{SITE}/{day:%Y/%m/%d}/{slug}.html"
    head = f"en-{day:%Y%m%d}-{slug.lower()} | en | {LICENCE} | {url}"
    return closed(page_entry(head, fields["title"], above, markdown(source)))


HEAD = """\
The forty-seventh fresh half, sealed at birth, of a game project's news: real published news
posts, verbatim, one per `@ id | language | licence | URL` block (`= ` the headline; `^ ` the
lines the page printed under it; `! ` a caption; `## ` an intertitle; then the body paragraphs,
blank-line separated). OpenTTD's news (www.openttd.org), from
{repository}
at {commit}, written by `python -m bench.fresh47_texts` from a clone of it; the repository is
under the GNU General Public License v2 (its LICENSE). An id is the language, the post's day
and its name.
bench/fresh47_dumps.py pastes them into dumps.
"""


def taken(source: str) -> bool:
    """Whether a post is one the half takes: a headline, Markdown alone (no HTML, no Liquid
    tag) and `FEWEST_WORDS` to `MOST_WORDS` printed words."""
    if not front_matter(source)[0].get("title") or _MARKUP.search(_COMMENT.sub("", source)):
        return False
    return FEWEST_WORDS <= words(printed(markdown(source))) <= MOST_WORDS


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every post taken, by file name (its day)."""
    commit = git(clone, "rev-parse", "HEAD")
    entries = []
    for name in git(clone, "ls-tree", "--name-only", f"HEAD:{FOLDER}").split("\n"):
        if _FILE.match(name):
            source = git(clone, "show", f"HEAD:{FOLDER}/{name}") + "\n"
            if taken(source):
                entries.append(entry(name, source))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, FOLDER, texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
