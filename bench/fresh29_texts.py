"""The texts of the twenty-ninth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh29_texts CLONE` writes tests/fixtures/dumps/real/fresh29/texts.txt.

R-Ladies Global, the organisation of gender minorities in the R community, keeps its site in a
public repository under CC BY 4.0: its news and blog posts as Markdown with front matter, some
translated into Spanish, French and Portuguese, and the Hugo theme and strings that print them.
This takes every post of the blog and the news in those three languages (all the repository
translates, save the posts it marks `translated: no`, whose text is English) and every news post
in English, reading each page's Markdown as the site renders it: links and emphasis as their
words, headings as intertitles, an image's alternative text as the caption the theme prints
under it, list items and quotes as paragraphs, and the authors', translators' and language lines
that close a post as the credits under its text. What the page does not show as prose is left
out (code blocks, tables, embedded tweets and their scripts, shortcodes). Kept here, not done by
hand, so anyone with a clone can write the texts again and see every choice;
bench/fresh29_dumps.py pastes them into dumps with the theme's own chrome.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.clone_texts import CloneTexts, git
from bench.fresh25_texts import front_matter
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh29" / "texts.txt"
REPOSITORY = "https://github.com/rladies/rladies.github.io"
LICENCE = "CC BY 4.0"
FOREIGN = ("es", "fr", "pt")
"""The languages the site translates into."""
FOLDERS = ("content/blog", "content/about-us/news")

_FILE = re.compile(r"/index\.(en|es|fr|pt)\.md$")
_DAY = re.compile(r"^\d\d-\d\d[-_]")
"""The month and day opening a post's folder (`03-14_`)."""
_FENCE = re.compile(r"^```.*?^```[ \t]*$", re.M | re.S)
_DROPPED = re.compile(
    r"^\s*(?:<blockquote class=\"twitter|<script|<iframe|`?\{\{|</?figure"
    r"|(?:\*{3,}|-{3,}|_{3,})\s*$)"
)
"""A line the page does not print as prose: an embedded tweet, its script, an embedded video,
a shortcode, the frame of a figure, a rule."""
_FIGCAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>")
_HEADING = re.compile(r"^#{1,6}\s*(.+?)\s*#*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_FOOTNOTE = re.compile(r"\[\^\d+\](?!:)")
_NOTE = re.compile(r"^\[\^\d+\]:\s*")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
_TAG = re.compile(
    r"<(?:https?://|mailto:)?([^<>\s]+@[^<>\s]+|[^<>\s]+\.[a-z]{2,}/[^<>\s]*)>|<[^>]+>"
)
_STRONG = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"
)
_CREDIT = re.compile(r"^(?:Autor|Auteur|Authors?\b|Traduc|Tradu[çc]|Written by|English version)")
"""A closing line that credits the post's authors or translators, or points to its English."""


@dataclass(frozen=True)
class Post:
    """One post as its Markdown file holds it: where, in what language, its front matter's
    fields and its text."""

    path: str
    language: str
    fields: dict[str, str]
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    markdown: str

    @property
    def ident(self) -> str:
        """The text's id: the language, the front matter's date and its slug."""
        slug = self.fields.get("slug") or _DAY.sub("", self.path.split("/")[-2])
        day = self.fields["date"].strip("'")[:10].replace("-", "")
        return f"{self.language}-{day}-{slug.lower().replace('_', '-')}"


def post(path: str, source: str) -> Post:
    """A post from its file: the front matter's scalars (read as fresh25's pages are), its
    authors' names and tags, then the Markdown under it."""
    fields, markdown = front_matter(source)
    lists: dict[str, list[str]] = {"author": [], "tags": []}
    current = ""
    for line in source[: len(source) - len(markdown)].split("\n"):
        if not line.startswith((" ", "-")):
            current = line.partition(":")[0]
        elif current in lists and line.strip().startswith("-"):
            item = line.strip()[1:].strip().removeprefix("name:")
            lists[current].append(item.strip().strip("\"'").strip())
    language = _FILE.search(path)
    assert language is not None
    authors = tuple(name for name in lists["author"] if name)
    return Post(path, language[1], fields, authors, tuple(lists["tags"]), markdown)


def inline(text: str) -> str:
    """A line's words as the page prints them: links and emphasis as their words, footnote
    marks and tags gone, the addresses of autolinks kept."""
    text = _FOOTNOTE.sub("", _LINK.sub(r"\1", text))
    text = _TAG.sub(lambda found: found[1] or "", text)
    text = _STRONG.sub(lambda found: found[1] or found[2], text)
    text = _EMPHASIS.sub(lambda found: found[1] or found[2], text)
    return " ".join(text.replace("\\", "").replace("`", "").split())


def blocks(markdown: str) -> list[tuple[str, str]]:
    """The post's blocks in order, each `(kind, text)`: `subhead`, `caption` or `body`."""
    chunks = _FENCE.sub("", markdown).split("\n\n")
    return [block for chunk in chunks for block in chunk_blocks(chunk)]


def chunk_blocks(chunk: str) -> list[tuple[str, str]]:
    """One Markdown paragraph's blocks: its headings, its list items and notes each a block,
    an image's alternative text a caption, and what follows the image in the paragraph (its
    `Caption:` or `Fonte:` line) part of the figure's caption too."""
    found: list[tuple[str, str]] = []
    lines: list[str] = []
    kind = "body"

    def flush() -> None:
        if text := inline(" ".join(lines)):
            found.append((kind, text))
        lines.clear()

    for raw in chunk.split("\n"):
        captions = _FIGCAPTION.findall(raw) or _IMAGE.findall(raw)
        line = "" if _FIGCAPTION.search(raw) else _IMAGE.sub("", raw).rstrip()
        if raw.lstrip().startswith("|") or (_DROPPED.match(line) and not captions):
            continue
        line = line.lstrip("> ") if line.startswith(">") else line
        if heading := _HEADING.match(line):
            flush()
            found.append(("subhead", inline(heading[1])))
        elif captions or _ITEM.match(line) or _NOTE.match(line):
            flush()
            found += [("caption", inline(c)) for c in captions if inline(c)]
            kind = "caption" if captions else kind
            lines.append(_NOTE.sub("", _ITEM.sub("", line)))
        else:
            lines.append(line)
    flush()
    return found


def page_entry(head: str, title: str, above: Sequence[str], markdown: str) -> str:
    """A page's block in texts.txt from its Markdown: its `@ ` head and headline, the lines
    the page printed over it (`^ `), the captions it printed with it (`! `), its intertitles
    and paragraphs, and the credits that close it (`+ `)."""
    parts = blocks(markdown)
    credits: list[str] = []
    while parts and _CREDIT.match(parts[-1][1]):
        credits.insert(0, parts.pop()[1])
    lines = [f"@ {head}", f"= {inline(title)}", *(f"^ {line}" for line in above if line)]
    lines += [f"! {text}" for kind, text in parts if kind == "caption"]
    lines.append("")
    for kind, text in parts:
        if kind != "caption":
            lines += [f"## {text}" if kind == "subhead" else text, ""]
    lines += [f"+ {text}\n" for text in credits]
    return "\n".join(lines)


def entry(found: Post, commit: str) -> str:
    """The post's block in texts.txt, the authors and tags the page printed over it."""
    url = f"{REPOSITORY}/blob/{commit}/{found.path}"
    head = f"{found.ident} | {found.language} | {LICENCE} | {url}"
    above = (", ".join(found.authors), " · ".join(found.tags))
    return page_entry(head, found.fields["title"], above, found.markdown)


def taken(found: Post) -> bool:
    """Whether the half takes a post: a translation the site marks as one, or a news post in
    English."""
    if found.fields.get("translated") == "no":
        return False
    return found.language in FOREIGN or "/news/" in found.path


HEAD = """\
The twenty-ninth fresh half, a tuning half: real published posts, verbatim, one per `@ id |
language | licence | URL` block (`= ` the headline, `^ ` the authors and the tags the page
printed over the text, `! ` a caption it printed with it, `## ` an intertitle, then the body
paragraphs, blank-line separated, and `+ ` a credit it printed under them). The blog and news
posts of R-Ladies Global in Spanish, French and Portuguese and its news in English, from
{repository}
at {commit}, written by `python -m bench.fresh29_texts` from a clone of it; the site's content is
under CC BY 4.0 (its LICENCE.md). An id is the language, the front matter's date and its slug.
bench/fresh29_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every taken post, foreign ones first, each in
    the repository's order."""
    commit = git(clone, "rev-parse", "HEAD")
    paths = git(clone, "ls-tree", "-r", "--name-only", "HEAD", *FOLDERS).split("\n")
    posts = [post(p, git(clone, "show", f"HEAD:{p}") + "\n") for p in paths if _FILE.search(p)]
    chosen = [p for p in posts if taken(p)]
    chosen.sort(key=lambda p: p.language not in FOREIGN)
    head = HEAD.format(repository=REPOSITORY, commit=commit)
    return head + "\n" + "\n".join(entry(p, commit) for p in chosen)


SOURCE = CloneTexts(TEXTS, REPOSITORY, "LICENCE.md", texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
