"""The texts of the thirtieth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh30_texts CLONE` writes tests/fixtures/dumps/real/fresh30/texts.txt.

Italian Laravel News (laravel-news.it), the crowd blog of the Italian Laravel community, keeps
its Jigsaw site in a public repository: its posts as Markdown with front matter under
`source/_posts/`, its Blade layouts, and a copyright page that puts the content under CC BY-SA
4.0. This takes every post, reading its Markdown as fresh29's posts are read
(bench/fresh29_texts.py): links and emphasis as their words, headings as intertitles, list items
as paragraphs, code blocks, tables, embedded videos and rules left out. The page's author and
categories are the lines it printed over the text. Kept here, not done by hand, so anyone with a
clone can write the texts again and see every choice; bench/fresh30_dumps.py pastes them into
dumps with the site's own chrome.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.clone_texts import CloneTexts, git
from bench.fresh25_texts import front_matter
from bench.fresh29_texts import page_entry
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh30" / "texts.txt"
REPOSITORY = "https://github.com/laravel-news-it/laravel-news.it"
SITE = "https://laravel-news.it/news/"
"""Where the site publishes a post: its file's name after this (the `posts` collection's
path in config.php)."""
FOLDER = "source/_posts"
LICENCE = "CC BY-SA 4.0"

HEAD = """\
The thirtieth fresh half, a second-look half: real published posts, verbatim, one per `@ id |
language | licence | URL` block (`= ` the headline, `^ ` the author and the categories the page
printed over the text, `## ` an intertitle, then the body paragraphs, blank-line separated).
The posts of Italian Laravel News, the crowd blog of the Italian Laravel community, from
{repository}
at {commit}, written by `python -m bench.fresh30_texts` from a clone of it; the site's content
is under CC BY-SA 4.0 (its copyright page, source/copyright.blade.php). An id is the language,
the front matter's date and the file's name. bench/fresh30_dumps.py pastes them into dumps.
"""


def entry(clone: Path, path: str) -> str:
    """A post's block in texts.txt: its id, address, headline, author and categories."""
    fields, markdown = front_matter(git(clone, "show", f"HEAD:{path}") + "\n")
    name = Path(path).stem
    ident = f"it-{fields['date'][:10].replace('-', '')}-{name}"
    categories = [c.strip() for c in fields.get("categories", "").strip("[]").split(",")]
    head = f"{ident} | it | {LICENCE} | {SITE}{name}"
    return page_entry(head, fields["title"], (fields["author"], " · ".join(categories)), markdown)


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every post, by file name."""
    commit = git(clone, "rev-parse", "HEAD")
    paths = git(clone, "ls-tree", "-r", "--name-only", "HEAD", FOLDER).split("\n")
    entries = [entry(clone, path) for path in sorted(paths) if path.endswith(".md")]
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, "source/copyright.blade.php", texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
