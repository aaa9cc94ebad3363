"""The texts of the thirty-seventh fresh half, taken by code from a clone of their repository:
`python -m bench.fresh37_texts CLONE` writes tests/fixtures/dumps/real/fresh37/texts.txt.

The Go project keeps the source of go.dev in a public repository (golang/website): its blog's
posts as Markdown under `_content/blog/`, each opened by front matter (the title, the date,
the authors under `by:`, a summary), their content under CC BY 4.0 (`_content/copyright.md`).
This takes every post of at most 1,500 words that holds no code (no indented or fenced block,
no `{{code}}`, `{{play}}` or `{{raw}}` directive: the half is prose), reading its Markdown as
fresh29's posts are read (bench/fresh29_texts.py, bench/fresh31_texts.py): links and emphasis
as their words, headings as intertitles, list items as paragraphs, images and the site's other
directives left out, entities as the characters they stand for. The page prints the authors
and the day under the headline (`Andrew Gerrand`, `28 March 2012`): those are kept as the
lines printed over the text. Kept here, not done by hand, so anyone with a clone can write the
texts again and see every choice; bench/fresh37_dumps.py pastes them.
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

TEXTS = REAL / "fresh37" / "texts.txt"
REPOSITORY = "https://github.com/golang/website"
SITE = "https://go.dev/blog/"
FOLDER = "_content/blog"
LICENCE = "CC BY 4.0"
MOST_WORDS = 1500
"""The longest post taken: news and essays, not a long report."""

_CODE = re.compile(r"^(?:\t| {4}|```)|\{\{(?:code|play|raw|donotprint)", re.M)
"""What marks a post that holds code: an indented or fenced block, or a directive that prints
a program."""


def authors(source: str) -> list[str]:
    """The names under the front matter's `by:`, in order."""
    head = source.split("\n---", 1)[0] if source.startswith("---") else ""
    names, listing = [], False
    for line in head.split("\n"):
        if not line.startswith(("-", " ")):
            listing = line.startswith("by:")
        elif listing:
            names.append(line.strip().lstrip("-").strip().strip("\"'"))
    return names


def entry(name: str, source: str) -> str:
    """A post's block in texts.txt: its id, address, headline and the authors and day the page
    prints over its text."""
    fields, markdown = front_matter(source)
    day = datetime.strptime(fields["date"][:10], "%Y-%m-%d")
    head = f"en-{day:%Y%m%d}-{name} | en | {LICENCE} | {SITE}{name}"
    above = (" and ".join(authors(source)), f"{day.day} {day:%B %Y}")
    return page_entry(head, fields["title"], above, printed(markdown))


HEAD = """\
The thirty-seventh fresh half, a second look at mailed plain text: real published blog posts,
verbatim, one per `@ id | language | licence | URL` block (`= ` the headline; `^ ` the authors
and the day the page printed under it; `## ` an intertitle; then the body paragraphs,
blank-line separated). The Go blog (go.dev/blog), from
{repository}
at {commit}, written by `python -m bench.fresh37_texts` from a clone of it; the site's content is
under CC BY 4.0 (_content/copyright.md). An id is the language, the post's date and its name.
bench/fresh37_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every dated post (not a redirect, the index or
    the README) of at most `MOST_WORDS` words with no code, by file name."""
    commit = git(clone, "rev-parse", "HEAD")
    names = git(clone, "ls-tree", "--name-only", f"HEAD:{FOLDER}").split("\n")
    entries = []
    for file in sorted(n for n in names if n.endswith(".md")):
        source = git(clone, "show", f"HEAD:{FOLDER}/{file}") + "\n"
        fields, markdown = front_matter(source)
        if "date" not in fields:
            continue
        if not _CODE.search(markdown) and words(printed(markdown)) <= MOST_WORDS:
            entries.append(entry(file.removesuffix(".md"), source))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, "_content/copyright.md", texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
