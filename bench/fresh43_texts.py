"""The texts of the forty-third fresh half, taken by code from a clone of a French public
body's newsletter: `python -m bench.fresh43_texts GAZETTE` writes
tests/fixtures/dumps/real/fresh43/texts.txt.

Short news in French as a government office writes it, from a source no earlier half used: the
Gazette #BlueHats, the newsletter on free software in the French administration that the
interministerial digital directorate (DINUM, Direction interministérielle du numérique) sent
every two months in 2019 to 2021, which github.com/DISIC/gazette-bluehats keeps as one Org file
an issue under `content/post/` (its LICENSE.txt: Licence Ouverte 2.0 / Open Licence 2.0). A news
item is a heading of an issue (`* ` or `** `) with the prose under it up to the next heading;
a top heading with prose of its own is one item, the headings under it its intertitles; the
issue's own opening lines, its press review, agenda and sign-off sections are not news.

The Org markup is read as the site's generator prints it: a link as its words (or its address
where it has none), emphasis and verbatim marks as their words, a list item or a quotation's
paragraph as a paragraph of its own, a paragraph's lines joined; images, tables and export
blocks left out. Kept here, not done by hand, so anyone with the clone can write the texts
again and see every choice; bench/fresh43_dumps.py pastes them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from bench.clone_texts import git
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh43" / "texts.txt"
GAZETTE = "https://github.com/DISIC/gazette-bluehats"
SITE = "https://disic.github.io/gazette-bluehats"
ISSUES = "content/post"
LICENCE = "Licence Ouverte 2.0"
FEWEST_WORDS = 40
"""The shortest item taken: a notice of a paragraph or two, not a line with a link."""
MOST_WORDS = 700
"""The longest item taken: the issues' focus pieces, not more."""

_ISSUE = re.compile(r"^gazette_bluehat_(\d+)\.org$")
_HEADING = re.compile(r"^(\*{1,3}) +(.*?)\s*$")
_NOT_NEWS = re.compile(
    r"^(Revue de presse|Une suggestion|D[ée]sin?s?cription|[ÉE]v[ée]nements|Agenda|Brèves"
    r"|De-ci de-là|Offres d'emploi|Les contributions du mois|Les événements à venir)",
    re.IGNORECASE,
)
"""The headings of an issue's sections that are not news items, nor any heading under them: its
press review (links to others' articles), agenda, job offers, short notes of links and
sign-off."""
INTRODUCED = 5
"""The fewest words of its own a top heading with headings under it needs to be one item (the
headings under it its intertitles): fewer, and it is a section's name over items."""
_LINK = re.compile(r"\[\[([^\]]+)\](?:\[([^\]]+)\])?\]")
_VERBATIM = re.compile(r"(?<![\w=~])([=~])(\S(?:.*?\S)?)\1(?![\w=~])")
_BOLD = re.compile(r"(?<![\w*])\*(\S(?:[^*\n]*?\S)?)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w/:])/([^\s/](?:[^/\n]*?[^\s/])?)/(?![\w/])")
_COMMENT = re.compile(r"^#(\+|\s|$)")
"""A line Org does not print: a `#+` directive or a `# ` comment (a line opening on a hashtag,
`#BlueHats`, is text)."""
_ITEM = re.compile(r"^\s*(?:[-+]|\d+[.)])\s+")
_IMAGE = re.compile(r"\.(png|jpe?g|gif|svg)$", re.IGNORECASE)


def inline(text: str) -> str:
    """A line as the page prints it: links as their words, emphasis and verbatim as their
    words, runs of spaces single."""

    def linked(found: re.Match[str]) -> str:
        return found[2] or found[1].removeprefix("mailto:")

    text = _LINK.sub(linked, text)
    text = _VERBATIM.sub(lambda found: found[2], text)
    text = _BOLD.sub(lambda found: found[1], text)
    text = _ITALIC.sub(lambda found: found[1], text)
    return " ".join(text.split())


def only_image(line: str) -> bool:
    """Whether a line is an image alone (`[[file.png]]`), which the page shows, not prints."""
    found = _LINK.fullmatch(line.strip())
    return found is not None and found[2] is None and bool(_IMAGE.search(found[1]))


def paragraphs(lines: Sequence[str]) -> list[str]:
    """The paragraphs of a heading's lines: blank lines and list items part them; `#+`
    directives, tables, images and export blocks are left out, a quotation's lines kept."""
    found: list[str] = []
    current: list[str] = []
    skipping = False

    def close() -> None:
        if current:
            text = inline(" ".join(current))
            if text:
                found.append(text)
            current.clear()

    for line in lines:
        stripped = line.strip()
        lowered = stripped.lower()
        if lowered.startswith("#+begin_") and not lowered.startswith("#+begin_quote"):
            close()
            skipping = True
            continue
        if lowered.startswith("#+end_"):
            close()
            skipping = False
            continue
        if skipping or _COMMENT.match(stripped) or stripped.startswith("|"):
            continue
        if not stripped or only_image(stripped):
            close()
            continue
        if _ITEM.match(line):
            close()
            current.append(_ITEM.sub("", line))
            continue
        current.append(stripped)
    close()
    return found


def headings(source: str) -> Iterator[tuple[int, str, list[str]]]:
    """Every heading of an issue, its level and the paragraphs under it up to the next."""
    heading: tuple[int, str] | None = None
    under: list[str] = []
    for line in source.split("\n"):
        found = _HEADING.match(line)
        if found:
            if heading is not None:
                yield heading[0], heading[1], paragraphs(under)
            heading, under = (len(found[1]), inline(found[2])), []
        elif heading is not None:
            under.append(line)
    if heading is not None:
        yield heading[0], heading[1], paragraphs(under)


def items(source: str) -> Iterator[tuple[int, str, list[tuple[str, str]]]]:
    """An issue's news items in order, each its first heading's place, its headline and its
    blocks: a top heading with prose of its own is one item, the headings under it its
    intertitles; a top heading without (a section's name) leaves each heading under it an
    item of its own."""
    found = list(headings(source))
    place = 0
    while place < len(found):
        level, title, paras = found[place]
        end = place + 1
        while end < len(found) and found[end][0] > level:
            end += 1
        words = sum(len(text.split()) for text in paras)
        if _NOT_NEWS.match(title):
            place = end
        elif level > 1 or end == place + 1 or words >= INTRODUCED:
            blocks = [("body", text) for text in paras]
            for _, subhead, under in found[place + 1 : end]:
                blocks += [("subhead", subhead), *(("body", text) for text in under)]
            yield place + 1, title, blocks
            place = end
        else:
            place += 1


def issue_day(source: str) -> str:
    """The issue's day as its `#+date:` line gives it (`2020-05-05`)."""
    found = re.search(r"^#\+date:\s*(\d{4}-\d\d-\d\d)", source, re.MULTILINE | re.IGNORECASE)
    assert found is not None
    return found[1]


def issue_entries(number: int, source: str, seen: set[str]) -> list[str]:
    """The blocks in texts.txt of an issue's news items: each whose prose is news of the
    length the half takes and not an earlier issue's item again, under the issue's number and
    day."""
    day = issue_day(source)
    entries = []
    for order, heading, blocks in items(source):
        prose = [text for kind, text in blocks if kind == "body"]
        count = sum(len(text.split()) for text in prose)
        if not FEWEST_WORDS <= count <= MOST_WORDS:
            continue
        while blocks and blocks[-1][0] == "subhead":
            blocks.pop()
        if prose[0] in seen:
            continue
        seen.add(prose[0])
        ident = f"fr-{day.replace('-', '')}-bluehats{number:02d}-{order:02d}"
        url = f"{SITE}/gazette_bluehat_{number}/"
        lines = [f"@ {ident} | fr | {LICENCE} | {url}", f"= {heading}"]
        lines += [f"^ Gazette #BlueHats n°{number}", f"^ {day}", ""]
        marked = [f"## {text}" if kind == "subhead" else text for kind, text in blocks]
        entries.append("\n".join(lines + [f"{text}\n" for text in marked]))
    return entries


HEAD = """\
The forty-third fresh half, tuning, of a French public body's short news: real published news,
verbatim, one per `@ id | language | licence | URL` block (`= ` the headline; `^ ` the issue
and day it was sent in; then the body paragraphs, blank-line separated). Written by
`python -m bench.fresh43_texts` from a clone of
{gazette}
at {commit} (the Gazette #BlueHats, the newsletter of the French interministerial digital
directorate, DINUM, on free software in the administration; Licence Ouverte 2.0, its
LICENSE.txt). An id is the language, the issue's day, its number and the heading's place in it.
bench/fresh43_dumps.py pastes them into dumps.
"""


def texts_file(gazette: Path) -> str:
    """texts.txt from the clone: its head, then every news item of every issue, in the
    issues' order."""
    names = git(gazette, "ls-tree", "--name-only", f"HEAD:{ISSUES}").split("\n")
    numbered = sorted((int(found[1]), name) for name in names if (found := _ISSUE.match(name)))
    entries: list[str] = []
    seen: set[str] = set()
    for number, name in numbered:
        source = git(gazette, "show", f"HEAD:{ISSUES}/{name}") + "\n"
        entries += issue_entries(number, source, seen)
    head = HEAD.format(gazette=GAZETTE, commit=git(gazette, "rev-parse", "--short", "HEAD"))
    return head + "\n" + "\n".join(entries)


def main(argv: Sequence[str]) -> int:
    """Writes texts.txt from the clone named on the command line (a usage line and 2 when it
    is not named or lacks the issues' folder)."""
    check = ["git", "-C", argv[0] if argv else ".", "cat-file", "-e", f"HEAD:{ISSUES}"]
    if len(argv) != 1 or subprocess.run(check, capture_output=True, check=False).returncode:
        print(f"usage: python -m bench.fresh43_texts GAZETTE (a clone of {GAZETTE})")
        return 2
    TEXTS.parent.mkdir(parents=True, exist_ok=True)
    TEXTS.write_text(texts_file(Path(argv[0])), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
