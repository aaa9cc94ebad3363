"""The texts of the thirty-first fresh half, taken by code from a clone of their repository:
`python -m bench.fresh31_texts CLONE` writes tests/fixtures/dumps/real/fresh31/texts.txt.

The GIMP project keeps the source of gimp.org in a public repository: its news items as
Markdown under `content/news/`, each opened by Pelican's `Key: value` metadata (title, date,
authors, an optional slug and the summary its news index prints), and the theme whose templates
print them (themes/newgimp), whose base template puts the site's content under CC BY-SA 4.0.
This takes every news item the site publishes (not a draft) of at most 1,500 words, reading its
Markdown as fresh29's posts are read (bench/fresh29_texts.py): links and emphasis as their
words, headings as intertitles, list items as paragraphs, a figure's caption as the caption the
page prints; an image's alternative text is left out, as the page does not print it, and so are
code blocks, tables, embedded players and reference links' definitions (the words that link to
them are kept); entities are the characters they stand for. The page prints the date and the
authors over the text, and the news index prints the summary under the headline: those are kept
as the lines printed over the text. Kept here, not done by hand, so anyone with a clone can
write the texts again and see every choice; bench/fresh31_dumps.py pastes them into dumps with
the theme's own chrome.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from bench.clone_texts import CloneTexts, git
from bench.fresh29_texts import inline, page_entry
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh31" / "texts.txt"
REPOSITORY = "https://github.com/vidister/gimp-web"
SITE = "https://www.gimp.org/news/"
"""Where the site publishes a news item (pelicanconf.py's ARTICLE_URL), before its day and
slug."""
FOLDER = "content/news"
LICENCE = "CC BY-SA 4.0"
MOST_WORDS = 1500
"""The longest item taken: a news item, not a long feature or an interview."""

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img[^>]*>")
"""An image, whose alternative text the page does not print."""
_UNSLUGGED = re.compile(r"[^\w\s-]")
_DEFINITION = re.compile(r"^ {0,3}\[([^\]]+)\]:[ \t]*\S+.*$", re.M)
"""A reference link's definition, which the page does not print."""
_REFERENCE = re.compile(r"\[([^\]]+)\](?:\[([^\]]*)\])?(?!\()")


def metadata(source: str) -> tuple[dict[str, str], str]:
    """The item's Pelican metadata (the `Key: value` lines before the first blank line) and
    the Markdown under it."""
    head, _, markdown = source.partition("\n\n")
    fields = {}
    for line in head.split("\n"):
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip()
    return fields, markdown


def slug(fields: dict[str, str]) -> str:
    """The item's slug: its own, or its title as Pelican's slugify makes one."""
    if fields.get("slug"):
        return fields["slug"]
    words = _UNSLUGGED.sub("", fields["title"].lower())
    return re.sub(r"[-\s]+", "-", words).strip("-")


def printed(markdown: str) -> str:
    """The Markdown with what the page does not print as prose taken out: images, reference
    links' definitions (their words kept where the text links them), entities as the
    characters they stand for."""
    defined = {name.lower() for name in _DEFINITION.findall(markdown)}

    def linked(found: re.Match[str]) -> str:
        named = found[2] or found[1]
        return found[1] if named.lower() in defined else found[0]

    markdown = _REFERENCE.sub(linked, _DEFINITION.sub("", _IMAGE.sub("", markdown)))
    return html.unescape(markdown)


def words(markdown: str) -> int:
    """The words the item's body prints."""
    return sum(len(inline(line).split()) for line in markdown.split("\n"))


def entry(fields: dict[str, str], markdown: str) -> str:
    """An item's block in texts.txt: its id, address, headline, the date and authors over its
    text and the summary under its headline in the index."""
    day = fields["date"][:10]
    name = slug(fields)
    ident = f"en-{day.replace('-', '')}-{name}"
    url = f"{SITE}{day.replace('-', '/')}/{name}/"
    above = (day, f"by {fields['authors']}", inline(fields.get("summary", "")))
    return page_entry(f"{ident} | en | {LICENCE} | {url}", fields["title"], above, markdown)


def taken(fields: dict[str, str], markdown: str) -> bool:
    """Whether the half takes an item: published (not a draft), at most `MOST_WORDS` long."""
    return fields.get("status") != "draft" and words(markdown) <= MOST_WORDS


HEAD = """\
The thirty-first fresh half, a second-look half: real published news items, verbatim, one per
`@ id | language | licence | URL` block (`= ` the headline; `^ ` the date and the authors the
page printed over the text, then the summary the news index printed under the headline; `! ` a
caption the page printed; `## ` an intertitle; then the body paragraphs, blank-line separated).
The news of the GIMP project (gimp.org/news), from
{repository}
at {commit}, written by `python -m bench.fresh31_texts` from a clone of it; the site's content
is under CC BY-SA 4.0 (its base template, themes/newgimp/templates/base.html). An id is the
language, the item's date and its slug. bench/fresh31_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every taken item, by file name."""
    commit = git(clone, "rev-parse", "HEAD")
    paths = git(clone, "ls-tree", "-r", "--name-only", "HEAD", FOLDER).split("\n")
    entries = []
    for path in sorted(p for p in paths if p.endswith(".md")):
        fields, markdown = metadata(git(clone, "show", f"HEAD:{path}") + "\n")
        markdown = printed(markdown)
        if taken(fields, markdown):
            entries.append(entry(fields, markdown))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, "themes/newgimp/templates/base.html", texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
