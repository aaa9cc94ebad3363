"""The texts of the fiftieth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh50_texts CLONE` writes tests/fixtures/dumps/real/fresh50/texts.txt.

The XMPP Standards Foundation publishes a monthly XMPP Newsletter on xmpp.org, and its
volunteers translate it into German, French, Italian, Spanish and Brazilian Portuguese; the
site's repository (xsf/xmpp.org, a Hugo site) keeps every translation as Markdown under
`content/blog/`, and each issue ends on its own licence: CC BY-SA 4.0. A project's news in five
of the splitting issue's languages, from a source no earlier half used, and news that is mostly
not prose: an issue is a run of intertitles (events, articles, software news, each extension's
state) over link lists, a list item a line. The texts are read as fresh48's reader reads
Markdown (bench/fresh48_texts.py: a list item with its mark, a table row, a code line, a block a
line; links and emphasis as their words; an image's alternative text a caption), after Hugo's
`figure` shortcodes are read as the images they print and other shortcodes left out. The line
under the headline is the one the site's theme prints there (`Gepostet am 05. März 2022`: its
i18n strings and date layouts).
Kept here, not done by hand, so anyone with a clone can write the texts again and see every
choice; bench/fresh50_dumps.py pastes them.
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
from bench.fresh_dumps import REAL
from bench.page_layout import MONTHS

TEXTS = REAL / "fresh50" / "texts.txt"
REPOSITORY = "https://github.com/xsf/xmpp.org"
SITE = "https://xmpp.org"
LICENCE = "CC BY-SA 4.0"
FOLDER = "content/blog"
LANGUAGES = {"de": "de", "fr": "fr", "it": "it", "es": "es", "pt-br": "pt"}
"""The site's code of each language taken, and the language's code here."""
POSTED = {
    "de": "Gepostet am {day:02d}. {month} {year}",
    "es": "Publicado el {day} de {month} de {year}",
    "fr": "Posté le {month} {day}, {year}",
    "it": "Pubblicato il {day} {month} {year}",
    "pt": "Publicado em {month} {day}, {year}",
}
"""The line the theme prints under a headline: its `postedOnDate` string around the day in its
`dateFormat` layout (themes/xmpp.org/i18n/LANGUAGE.yaml), the month named in the language."""

_FILE = re.compile(r"^content/blog/(?:[\w/-]+/)?([\w-]+)\.(de|fr|it|es|pt-br)\.md$")
_FIGURE = re.compile(r"\{\{<\s*figure\b([^>]*)>\}\}")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}", re.S)
_CODE = re.compile(r"`[^`\n]*`")
_GUARDS = (("<", "\x00lt;"), (">", "\x00gt;"))
"""What an angle bracket in inline code is written as while the Markdown is read, so a tag
named in code (`<body>`) is printed, not taken for HTML and left out."""


def posted(day: date, language: str) -> str:
    """The theme's line under the headline, for a post of `day`."""
    month = MONTHS[language][day.month - 1]
    return POSTED[language].format(day=day.day, month=month, year=day.year)


def figures(markdown: str) -> str:
    """The Markdown with each Hugo `figure` shortcode written as the image it prints (its
    caption, or its alternative text, as the image's words) and every other shortcode gone."""

    def image(found: re.Match[str]) -> str:
        attributes = dict(_ATTRIBUTE.findall(found[1]))
        words = attributes.get("caption") or attributes.get("alt") or ""
        return f"\n\n![{words}]({attributes.get('src', '')})\n\n"

    return _SHORTCODE.sub("", _FIGURE.sub(image, markdown))


def guarded(markdown: str) -> str:
    """The Markdown with the angle brackets of its inline code guarded (`_GUARDS`)."""

    def guard(found: re.Match[str]) -> str:
        code = found[0]
        for mark, guard in _GUARDS:
            code = code.replace(mark, guard)
        return code

    return _CODE.sub(guard, markdown)


def unguarded(text: str) -> str:
    """A block's text with its guarded angle brackets printed again."""
    for mark, guard in _GUARDS:
        text = text.replace(guard, mark)
    return text


def slug(title: str) -> str:
    """The address's last part as Hugo's `:title` permalink makes it: the title lower-cased,
    spaces as hyphens, punctuation gone."""
    kept = re.sub(r"[^\w\s-]", "", title.lower())
    return re.sub(r"\s+", "-", kept.strip())


def entry(path: str, source: str) -> str | None:
    """An issue's block in texts.txt (its id, address, headline, the posted line and its
    blocks), or None for a page with no headline or day."""
    found = _FILE.match(path)
    fields, markdown = front_matter(source)
    if not found or "title" not in fields or "date" not in fields:
        return None
    day = date.fromisoformat(fields["date"][:10])
    language = LANGUAGES[found[2]]
    title = inline(fields["title"])
    url = f"{SITE}/{found[2]}/{day:%Y/%m}/{slug(title)}/"
    kind = re.sub(r"^\d{4}-\d\d-\d\d[-_]?", "", found[1]).lower() or "post"
    head = f"{language}-{day:%Y%m%d}-{kind} | {language} | {LICENCE} | {url}"
    parts = [(kind, unguarded(text)) for kind, text in blocks(guarded(figures(markdown)))]
    lines = [f"@ {head}", f"= {title}", f"^ {posted(day, language)}"]
    lines += [f"! {text}" for kind, text in parts if kind == "caption"]
    lines.append("")
    for kind, text in parts:
        if kind != "caption":
            lines += [f"## {text}" if kind == "subhead" else text, ""]
    while lines[-2].startswith("## "):
        del lines[-2:]
    return "\n".join(lines)


HEAD = """\
The fiftieth fresh half, tuning, of a project's newsletter in five languages: the XMPP
Newsletter as its volunteers translated it into German, French, Italian, Spanish and Brazilian
Portuguese, verbatim, one issue per `@ id | language | licence | URL` block (`= ` the headline;
`^ ` the line the site prints under it; `! ` a caption; `## ` an intertitle; then the body
blocks, blank-line separated: paragraphs, and list items, table rows and code lines as the page
printed them, one a block). From the Markdown of the site's repository
{repository}
at {commit}, written by `python -m bench.fresh50_texts` from a clone of it; every issue closes
on its own licence line, CC BY-SA 4.0. An id is the language, the issue's day and what its
file's name says it is (`newsletter`; `post` for the blog post). bench/fresh50_dumps.py pastes
them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every translated post, by day and language."""
    commit = git(clone, "rev-parse", "HEAD")
    posts = []
    for path in git(clone, "ls-tree", "-r", "--name-only", "HEAD", FOLDER).split("\n"):
        if _FILE.match(path):
            text = entry(path, git(clone, "show", f"HEAD:{path}") + "\n")
            if text is not None:
                posts.append((text.split(" | ", 1)[0][5:], text))
    entries = [text for _, text in sorted(posts)]
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, FOLDER, texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
