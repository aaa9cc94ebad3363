"""The texts of the thirty-fifth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh35_texts CLONE` writes tests/fixtures/dumps/real/fresh35/texts.txt.

The NixOS project keeps the source of nixos.org in a public repository: its blog's
announcements as Markdown under `core/src/content/blog/announcements/`, each opened by front
matter (an id, the title, the date, the category), and the Astro components that print them,
under CC BY-SA 4.0 (the repository's README and the footer it prints). They are short news:
releases, security notices, papers accepted, the foundation's news, most of them one to three
paragraphs. This takes every announcement of at most 1,500 words, reading its Markdown as
fresh31's news items are read (bench/fresh31_texts.py, after fresh29's posts): links and
emphasis as their words, headings as intertitles, list items as paragraphs; images (whose
alternative text the page does not print), code blocks, tables and reference links'
definitions left out (and the one announcement that writes a table as a paragraph per cell, and
the open letter an earlier half already holds); entities as the characters they stand for. The
page prints `Published on` and the day under the headline (lib/utils.js, createBlogSubheader):
that is kept as the line printed over the text. Kept here, not done by hand, so anyone with a
clone can write the texts again and see every choice; bench/fresh35_dumps.py pastes them into
dumps with the site's own chrome.
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

TEXTS = REAL / "fresh35" / "texts.txt"
REPOSITORY = "https://github.com/NixOS/nixos-homepage"
SITE = "https://nixos.org/blog/announcements/"
"""Where the site publishes an announcement (pages/blog/[category]/[year]/[id].astro), before
its year and id."""
FOLDER = "core/src/content/blog/announcements"
LICENCE = "CC BY-SA 4.0"
MOST_WORDS = 1500
"""The longest announcement taken: news, not a long report."""

REPOSTED = frozenset({"euc-ngi-open-letter"})
"""Announcements that reproduce a text published elsewhere first (the open letter on the EU's
Next Generation Internet funding, which an earlier half holds as its first publisher printed
it): left out, so that no paragraph is in two halves."""
_FIGURE_ONLY = re.compile(r"^\d+$", re.M)
"""A paragraph that is a figure alone: one release announcement writes its table of top
contributors as a paragraph per cell (`Rank`, `1`, a name, `1573`); the half leaves it out, as
fresh31 leaves out tables."""


def published(day: datetime) -> str:
    """The line the page prints under the headline: `Published on` and the day as
    JavaScript's toDateString writes it (`Sun Oct 16 2005`)."""
    return f"Published on {day:%a %b %d %Y}"


def entry(path: str, fields: dict[str, str], markdown: str) -> str:
    """An announcement's block in texts.txt: its id, address, headline and the `Published on`
    line printed over its text. The address ends on the front matter's id, or the file's name
    after its day where it has none."""
    day = datetime.strptime(fields["date"][:10], "%Y-%m-%d")
    name = fields.get("id") or path.rsplit("/", 1)[-1].removesuffix(".md").split("_", 1)[-1]
    head = f"en-{day:%Y%m%d}-{name} | en | {LICENCE} | {SITE}{day.year}/{name}/"
    return page_entry(head, fields["title"], (published(day),), markdown)


HEAD = """\
The thirty-fifth fresh half, a tuning half of short news: real published announcements,
verbatim, one per `@ id | language | licence | URL` block (`= ` the headline; `^ ` the
`Published on` line the page printed under it; `## ` an intertitle; then the body paragraphs,
blank-line separated). The announcements of the NixOS project's blog (nixos.org/blog), from
{repository}
at {commit}, written by `python -m bench.fresh35_texts` from a clone of it; the site's content is
under CC BY-SA 4.0 (its README and footer). An id is the language, the announcement's date and
its id. bench/fresh35_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every announcement of at most `MOST_WORDS`
    words with no paragraph a figure alone and not `REPOSTED`, by file name (its day)."""
    commit = git(clone, "rev-parse", "HEAD")
    paths = git(clone, "ls-tree", "-r", "--name-only", "HEAD", FOLDER).split("\n")
    entries = []
    for path in sorted(p for p in paths if p.endswith(".md")):
        fields, markdown = front_matter(git(clone, "show", f"HEAD:{path}") + "\n")
        markdown = printed(markdown)
        if fields.get("id") in REPOSTED or _FIGURE_ONLY.search(markdown):
            continue
        if words(markdown) <= MOST_WORDS:
            entries.append(entry(path, fields, markdown))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, "core/src/components/Footer.astro", texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
