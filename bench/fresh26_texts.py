"""The texts of the twenty-sixth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh26_texts CLONE` writes tests/fixtures/dumps/real/fresh26/texts.txt.

The half's texts are the pages of USAGov en Español (the Spanish side of USA.gov, run by the
General Services Administration) as GSA archived the site's HTML in June 2023: the article of
each `espanol/<page>/index.html`, its headline, intertitles, paragraphs and list items, dated
by the page's own `Última actualización:` line. Kept in the repository, like fresh25's, so
anyone with a clone can write the same file again and see every choice made on the way.
"""

from __future__ import annotations

import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from bench.clone_texts import CloneTexts, added_day, git, text_block
from bench.fresh_dumps import REAL
from bench.page_layout import MONTHS

TEXTS = REAL / "fresh26" / "texts.txt"
REPOSITORY = "https://github.com/usagov/usagov-archive-2023"
LICENCE = "Public domain (17 U.S.C. 105)"
LEFT_OUT = (
    "acerca-de-usagov-en-espanol",
    "accesibilidad",
    "agencias-federales",
    "avisos-sitio-web",
    "centro-de-llamadas",
    "chat",
    "colabore-con-nosotros",
    "contactenos",
    "email",
    "enlace-su-sitio",
    "estados-consumidor",
    "forma-de-uso",
    "gracias-por-reportar-problemas-en-este-sitio-web",
    "politica-enlace",
    "privacidad-seguridad-accesibilidad",
    "preguntas",
    "quienes-somos",
    "reporte-problemas-en-este-sitio-web",
    "software-gratis",
)
"""Pages about the site itself (its policies, how to reach or link to it) and the agency and
state directories, whose text is a name, a line and addresses."""
FEWEST_WORDS = 100
MOST_WORDS = 1300

HEAD = """\
The twenty-sixth fresh half, a second-look half: real published text, verbatim, one per `@ id
| language | licence | URL` block (`= ` the headline, `## ` an intertitle as the page
published it, then the body paragraphs, blank-line separated). The pages of USAGov en Español
(usa.gov/espanol), the Spanish guide to the services of the United States government that the
General Services Administration runs, as GSA archived the site's HTML in June 2023, written by
`python -m bench.fresh26_texts` from a clone of
{repository}
at the commit in each address. Works of the United States government, in the public domain
(17 U.S.C. 105); the site says so of itself ("Ambos sitios web son de dominio público",
espanol/enlace-su-sitio). A page's text is its headline (`<h1>`) and its articles: each `<h2>`
or `<h3>` an intertitle, each paragraph and list item a paragraph of its own, tags removed, a
line break a space, entities decoded, runs of spaces one. Pages of fewer than {fewest} or more
than {most} words, pages with fewer than three paragraphs or more than twice as many list
items, pages about the site itself and the agency and state directories are left out. An id
is the language, the day of the page's `Última actualización:` line (or, for a page without
one, the day the archive added it) and the page's folder name.
"""

_UPDATED = re.compile(r"Última actualización:\s*(\d+)\s+de\s+(\w+)\s+de\s*(\d{4})")
_BLOCKS = {"h1": "title", "h2": "subhead", "h3": "subhead", "p": "body", "li": "body"}


class _Article(HTMLParser):
    """The blocks of a page's articles, in order: (kind, text), kind `title` for the page's
    first `<h1>` wherever it stands, `subhead` or `body` inside an `<article>`; list items
    are counted apart (`items`) for the page's choice."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.open: str | None = None
        self.words: list[str] = []
        self.blocks: list[tuple[str, str]] = []
        self.items = 0
        self.lists = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.inside = True
        elif tag == "br" and self.open is not None:
            self.words.append(" ")
        elif tag in _BLOCKS and (self.inside or tag == "h1"):
            self.close()
            self.open, self.words = tag, []
            self.lists += tag == "li"

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.close()
            self.inside = False
        elif tag in _BLOCKS:
            self.close()
            self.lists -= tag == "li" and self.lists > 0

    def close(self) -> None:
        """Ends the open block: a block inside another (a paragraph in a list item) is a
        block of its own, and so is what the outer one held before it."""
        if self.open is not None:
            text = " ".join("".join(self.words).replace("\xa0", " ").split())
            if text:
                self.blocks.append((_BLOCKS[self.open], text))
                self.items += self.lists > 0 and self.open != "h1"
            self.open = None

    def handle_data(self, data: str) -> None:
        if self.open is not None:
            self.words.append(data)


def article(page: str) -> tuple[str, list[tuple[str, str]], int]:
    """A page's headline, body blocks and how many of them are list items."""
    parser = _Article()
    parser.feed(page)
    titles = [text for kind, text in parser.blocks if kind == "title"]
    blocks = [(kind, text) for kind, text in parser.blocks if kind != "title"]
    return (titles[0] if titles else ""), blocks, parser.items


def updated(page: str) -> str | None:
    """The day of the page's `Última actualización:` line (`20210907`), if it has one."""
    found = _UPDATED.search(html.unescape(re.sub(r"<[^>]+>", " ", page)))
    if not found or found.group(2).lower() not in MONTHS["es"]:
        return None
    day, month, year = found.groups()
    return f"{year}{MONTHS['es'].index(month.lower()) + 1:02d}{int(day):02d}"


def entry(clone: Path, commit: str, path: str) -> str | None:
    """A page's block in texts.txt, or None for a page the half leaves out."""
    page = (clone / path).read_text(encoding="utf-8")
    title, blocks, items = article(page)
    words = sum(len(text.split()) for _, text in blocks)
    paragraphs = sum(kind == "body" for kind, _ in blocks) - items
    day = updated(page) or added_day(clone, path)
    if not title or paragraphs < 3 or items > 2 * paragraphs:
        return None
    if not FEWEST_WORDS <= words <= MOST_WORDS or blocks[-1][0] != "body":
        return None
    slug = Path(path).parent.name
    return text_block(
        f"es-{day}-{slug} | es | {LICENCE} | {REPOSITORY}/blob/{commit}/{path}", title, blocks
    )


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every page the half keeps, by folder name."""
    commit = git(clone, "rev-parse", "HEAD")
    pages = sorted((clone / "espanol").glob("*/index.html"))
    paths = [str(p.relative_to(clone)) for p in pages if p.parent.name not in LEFT_OUT]
    entries = [found for path in paths if (found := entry(clone, commit, path))]
    head = HEAD.format(repository=REPOSITORY, fewest=FEWEST_WORDS, most=MOST_WORDS)
    return head + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, "espanol", texts_file)
"""The half's texts.txt from a clone of the archive."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
