"""Agência Brasil's news of 2016 as a public scrape keeps them, read by code: what the
twenty-seventh and twenty-eighth fresh halves take their texts from.

The USC Lab on Non-Democratic Politics scraped the news pages of Agência Brasil, the Brazilian
public news agency (EBC), found by the word `brasil`, and kept a sample of 2016 in its public
repository: each page as the lines of Python bytes literals its scraper printed (the address,
the headline, the date line, the byline, then each block of the page's text), pages parted by
a rule of asterisks. The agency published under CC BY 3.0 BR then. This reads the sample into
texts.txt blocks, keeping what the page printed around its text apart from the text: the date
line and the byline over it, captions (a line ending in a photo credit), intertitles (a short
line) and the collaborators' and translators' credits under it. Kept here, not done by hand,
so anyone with a clone can write the halves' texts again and see every choice. The halves'
builders read the page's own lines back through it too (its byline, its hour, its reporter), so
both halves print them alike.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.clone_texts import git
from bench.fresh_dumps import Text

REPOSITORY = "https://github.com/LabOnNonDemocraticPolitics/AgenciaBrasil"
SAMPLE = "abs2016_utf-8_short.txt"
"""The sample's file in the repository (its UTF-8 copy; the other is Latin-1)."""
LICENCE = "CC BY 3.0 BR"
RULE = "*" * 36
"""The line of asterisks the scraper printed between pages."""

_CREDIT = re.compile(r"/\s?[^/.!?;:]{2,40}$")
"""A photo credit closing a caption (`Valter Campanato/Agência Brasil`, `Fiocruz/Arquivo`)."""
_STAMP = re.compile(r"\d\d:\d\d:\d\d$")
"""A gallery's time stamp closing a caption."""
_CLOSED = re.compile(r"[.!?:;\"”)\]…]$")
_CREDITS = re.compile(r"^(?:\*|Traducción:|Tradução:)")
"""A credit under the text: a collaborator's (`*Colaborou …`) or a translator's."""
_OTHER_AGENCY = re.compile(r"^Da Agência (?!Brasil)")
"""A byline naming another agency, whose text the licence does not cover (`Da Agência Lusa`)."""


@dataclass(frozen=True)
class Page:
    """One scraped page: its address, headline, date line (`29/12/2016 21h08`), byline and
    the blocks of its text, each a paragraph as the page printed it."""

    url: str
    title: str
    dated: str
    byline: str
    paragraphs: tuple[str, ...]

    @property
    def language(self) -> str:
        """`es` for the agency's Spanish edition (`/es/` in the address), else `pt`."""
        return "es" if "/es/" in self.url else "pt"

    @property
    def day(self) -> str:
        """The day of the date line, `20161229`."""
        day, month, year = self.dated.split()[0].split("/")
        return f"{year}{month}{day}"

    @property
    def ident(self) -> str:
        """The text's id: its language, day and the slug of its address."""
        return f"{self.language}-{self.day}-{self.url.rstrip('/').rsplit('/', 1)[1]}"


def pages(sample: str) -> list[Page]:
    """Every page of the sample, in its order."""
    found = []
    for record in sample.split(RULE):
        values = [
            ast.literal_eval(line).decode("utf-8")
            for line in record.split("\n")
            if line.startswith(("b'", 'b"'))
        ]
        if len(values) < 5:
            continue
        url, title, dated, byline = (" ".join(value.split()) for value in values[:4])
        paragraphs = [" ".join(line.split()) for block in values[4:] for line in block.split("\n")]
        found.append(Page(url, title, dated, byline, tuple(p for p in paragraphs if p)))
    return found


def kept(page: Page) -> bool:
    """Whether a half may take the page: news, not the agency's notices about itself (its
    corrections and outages, headlines that open with its name), and the agency's own text,
    signed by it or its reporters: not another agency's it carried, nor a page with no byline,
    whose author, and so its licence, the page does not say."""
    own = bool(page.byline) and not _OTHER_AGENCY.match(page.byline)
    return own and not page.title.startswith("Agência Brasil")


def kind(paragraph: str, following: str) -> str:
    """What a block of the page is: `caption` (a photo credit or time stamp closes it, or it
    is the opening of the next block, a caption that repeats the lead), `credit` (a
    collaborator's or translator's line), `subhead` (six words at most, or ten without a
    closing mark), else `body`."""
    open_ended = not _CLOSED.search(paragraph)
    credited = open_ended and (_CREDIT.search(paragraph) or _STAMP.search(paragraph))
    if credited or (following != paragraph and following.startswith(paragraph)):
        return "caption"
    if _CREDITS.match(paragraph):
        return "credit"
    words = len(paragraph.split())
    return "subhead" if words <= 6 or (open_ended and words <= 10) else "body"


def entry(page: Page) -> str:
    """The page's block in texts.txt: its head and headline, the date line and byline (`^ `)
    and captions (`! `) the page printed with it, its intertitles and paragraphs, and the
    credits under them (`+ `)."""
    following = (*page.paragraphs[1:], "")
    kinds = [kind(p, after) for p, after in zip(page.paragraphs, following, strict=True)]
    parts = [(k, p) for p, k in zip(page.paragraphs, kinds, strict=True)]
    above = [f"^ {line}" for line in (page.dated, page.byline) if line]
    captions = [f"! {p}" for k, p in parts if k == "caption"]
    lines = [f"@ {page.ident} | {page.language} | {LICENCE} | {page.url}", f"= {page.title}"]
    lines += [*above, *captions, ""]
    for k, p in parts:
        if k in ("body", "subhead"):
            lines += [f"## {p}" if k == "subhead" else p, ""]
    lines += [f"+ {p}\n" for k, p in parts if k == "credit"]
    return "\n".join(lines)


def texts_file(clone: Path, head: str, chosen: Callable[[Page], bool]) -> str:
    """A half's texts.txt from a clone: `head` (formatted with the repository, the commit and
    the sample's file), then the block of every page the half keeps and `chosen` takes."""
    commit = git(clone, "rev-parse", "HEAD")
    sample = (clone / SAMPLE).read_text(encoding="utf-8")
    entries = [entry(page) for page in pages(sample) if kept(page) and chosen(page)]
    return (
        head.format(repository=REPOSITORY, commit=commit, sample=SAMPLE) + "\n" + "\n".join(entries)
    )


AGENCY = "Agência Brasil"
HOLDER = "Empresa Brasil de Comunicação (EBC)"
"""The agency's publisher, whose name exports print in their copyright lines."""


def byline(text: Text) -> str:
    """The byline the page printed (`Fulano - Repórter da Agência Brasil`), or the agency's
    name where it printed none."""
    return text.above[1] if len(text.above) > 1 else AGENCY


def clock(text: Text) -> str:
    """The hour of the page's date line as clocks print it: `14:41` for `14h41`."""
    return text.above[0].split()[1].replace("h", ":")


def writer(text: Text) -> str:
    """The reporter's name alone (`Paula Laboissière`), as exports print a byline; the agency's
    where the page names no reporter."""
    name = byline(text).split(" – ")[0].split(" - ")[0].rstrip("*")
    return AGENCY if name.startswith(("Da ", AGENCY)) else name
