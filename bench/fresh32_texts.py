"""The texts of the thirty-second fresh half, taken by code from a clone of their repository:
`python -m bench.fresh32_texts CLONE` writes tests/fixtures/dumps/real/fresh32/texts.txt.

Italian Linux Society keeps the source of linux.it, a Nikola site, in a public repository under
CC0 1.0: its news as Markdown and HTML files under `posts/`, each opened by Nikola's `.. key:
value` metadata in a comment, and the theme whose templates print them (themes/ils). fresh23
took 74 of those posts (2013 to 2023) to tune on; this takes the others, at the same commit,
save those that speak of the government's digital agency or innovation plans (AgID, the
innovation ministry and its three-year plans), whose ministry's news are the sealed fresh20.
Each post is read as fresh29's Markdown is (bench/fresh29_texts.py), its HTML first turned into
the blocks it prints (a paragraph, a quote, a list item each a block, a heading an intertitle),
images, tables and comments left out, entities as the characters they stand for. The page prints
`Pubblicato il` and the date over the text: that line is kept as the one printed over it. Kept
here, not done by hand, so anyone with a clone can write the texts again and see every choice;
bench/fresh32_dumps.py pastes them into dumps with the theme's own chrome.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from bench.clone_texts import CloneTexts, git
from bench.fresh29_texts import page_entry
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh32" / "texts.txt"
FRESH23 = REAL / "fresh23" / "texts.txt"
REPOSITORY = "https://github.com/fatualux/linux.it"
COMMIT = "c7f57407f9b9d92226ff4439d69a453e3bf6d20d"
"""The commit that holds the posts (the repository's later commits moved them out)."""
FOLDER = "posts"
LICENCE = "CC0 1.0"
SEALED_SUBJECTS = ("agid", "innovazion", "piano triennale", "trasformazione digitale", "pnrr")
"""Words of a post on the government's digital agency or innovation plans: left out."""

_META = re.compile(r"^\.\. (\w+):[ \t]*(.*)$", re.M)
_BLOCK = re.compile(r"</?(?:p|div|ul|ol|blockquote|hr|br)\b[^>]*>", re.I)
_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.I | re.S)
_ITEM = re.compile(r"<li[^>]*>", re.I)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img[^>]*>|<!--.*?-->|<table.*?</table>", re.S | re.I)


def metadata(source: str) -> tuple[dict[str, str], str]:
    """The post's Nikola metadata (its `.. key: value` lines in the opening comment) and the
    text under the comment."""
    head, _, text = source.partition("-->")
    return dict(_META.findall(head)), text


def markdown(text: str) -> str:
    """The post as Markdown alone: its HTML paragraphs, quotes and list items as blocks, its
    headings as `##` headings, images, tables and comments gone, entities decoded."""
    text = _IMAGE.sub("", text)
    text = _HEADING.sub(lambda found: f"\n\n## {found[1].strip()}\n\n", text)
    text = _ITEM.sub("\n\n* ", _BLOCK.sub("\n\n", text))
    return html.unescape(text)


def held_by_fresh23() -> set[str]:
    """The posts fresh23 holds, by path."""
    return set(re.findall(rf"/blob/{COMMIT}/(\S+)", FRESH23.read_text(encoding="utf-8")))


def taken(path: str, source: str, held: set[str]) -> bool:
    """Whether the half takes a post: one fresh23 does not hold, on no sealed subject."""
    lowered = source.lower()
    return path not in held and not any(word in lowered for word in SEALED_SUBJECTS)


def entry(path: str, commit: str, fields: dict[str, str], text: str) -> str:
    """A post's block in texts.txt: its id, address, headline and the line over its text."""
    day = fields["date"][:10]
    ident = f"it-{day.replace('-', '')}-{fields['slug']}"
    head = f"{ident} | it | {LICENCE} | {REPOSITORY}/blob/{commit}/{path}"
    return page_entry(head, fields["title"], (f"Pubblicato il {day}",), markdown(text))


HEAD = """\
The thirty-second fresh half, a tuning half: real published news items, verbatim, one per `@ id |
language | licence | URL` block (`= ` the headline, `^ ` the line the page printed over the
text, `## ` an intertitle, then the body paragraphs, blank-line separated). The news of Italian
Linux Society (linux.it) that fresh23 does not hold, from
{repository}
at {commit}, written by `python -m bench.fresh32_texts` from a clone of it; the site's content
is under CC0 1.0 (its README and LICENSE). An id is the language, the post's date and its slug.
bench/fresh32_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path, commit: str = COMMIT) -> str:
    """texts.txt from the clone at `commit`: its head, then every taken post, by path."""
    paths = git(clone, "ls-tree", "-r", "--name-only", commit, FOLDER).split("\n")
    held = held_by_fresh23()
    entries = []
    for path in sorted(p for p in paths if p.endswith(".md")):
        source = git(clone, "show", f"{commit}:{path}") + "\n"
        if taken(path, source, held):
            entries.append(entry(path, commit, *metadata(source)))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, "themes/ils/templates/base.tmpl", texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
