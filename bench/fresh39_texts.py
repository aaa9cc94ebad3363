"""The texts of the thirty-ninth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh39_texts CLONE` writes tests/fixtures/dumps/real/fresh39/texts.txt.

Entrepreneurs d'intérêt général (EIG) was the French government's programme, run by Etalab,
that placed digital specialists in administrations for ten months to take on a challenge
(`défi`). Its site (entrepreneur-interet-general.etalab.gouv.fr) is kept in a public repository
(entrepreneur-interet-general/site-eig) under the Licence Ouverte 2.0 (its LICENSE.md): the
blog's posts in French (`_posts/`) and English (`en/_posts/`), and a page per challenge
(`_defis/`), which the site's layout prints under the same lines for every challenge (its
one-line description, `Administration de rattachement :`, `Année et durée :`), a template
page of the kind the weakest halves hold. This takes every published post (a file whose name
does not open on `_`) and every challenge page, reading the Markdown as fresh29's posts are
read (links and emphasis as their words, headings as intertitles, an image's alternative text
as its caption, list items as paragraphs; frames and rules left out), with the lines the page
prints over the text: a post's day and author (`27 février 2018 / de Soizic Pénicaud, équipe
EIG`, _layouts/post.html), a challenge's description, administration and promotion
(_layouts/defi.html, from _data/defis.yml). Kept here, not done by hand, so anyone with a clone
can write the texts again and see every choice; bench/fresh39_dumps.py pastes them.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

from bench.clone_texts import CloneTexts, git
from bench.fresh25_texts import front_matter
from bench.fresh29_texts import page_entry
from bench.fresh_dumps import REAL
from bench.page_layout import local_date

TEXTS = REAL / "fresh39" / "texts.txt"
REPOSITORY = "https://github.com/entrepreneur-interet-general/site-eig"
SITE = "https://entrepreneur-interet-general.etalab.gouv.fr"
LICENCE = "Licence Ouverte 2.0"
FOLDERS = {"_posts": "fr", "en/_posts": "en"}
"""The blog's folders and their languages (the site's `defaults`: `en/` is English)."""
CHALLENGES = "_defis"

_FILE = re.compile(r"^(\d{2}|\d{4})-(\d\d)-(\d\d)-(.+)\.md$")
"""A post's or challenge's file: its day (the year in two digits or four, as Jekyll reads
both) and its name."""


def _scalar(value: str) -> str:
    """A front matter's or data file's one-line value as YAML reads it: quotes off, a doubled
    single quote inside single quotes one."""
    value = value.strip()
    if len(value) > 1 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value.strip('"')


def closed(entry: str) -> str:
    """A text's block without the intertitle it would end on: a heading over a frame (`Pour
    revoir la table-ronde :`) or over figures the layout prints from data (`Chiffres clés`),
    none of which the texts take, heads no text of the post's."""
    lines = entry.rstrip("\n").split("\n")
    while lines[-1].startswith("## ") or not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def day_of(name: str) -> datetime:
    """The day a file's name opens on, a two-digit year in this century."""
    found = _FILE.match(name)
    assert found is not None, name
    year, month, day = found[1], found[2], found[3]
    return datetime(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))


def dated(day: datetime, language: str) -> str:
    """The day as the post layout prints it: `27 février 2018`, `05 June 2019`."""
    return local_date(day, "fr") if language == "fr" else f"{day:%d %B %Y}"


def post_entry(folder: str, name: str, source: str) -> str:
    """A post's block in texts.txt: its id, address, headline, the line with its day and
    author the page prints over it, its text."""
    language = FOLDERS[folder]
    fields, markdown = front_matter(source)
    day = day_of(name)
    slug = _FILE.match(name)[4]  # type: ignore[index]
    prefix = "/en" if language == "en" else ""
    url = f"{SITE}{prefix}/blog/{day:%Y/%m/%d}/{slug}.html"
    by = "de" if language == "fr" else "by"
    above = (f"{dated(day, language)} / {by} {_scalar(fields.get('author', ''))}",)
    head = f"{language}-{day:%Y%m%d}-{slug.lower()} | {language} | {LICENCE} | {url}"
    return closed(page_entry(head, _scalar(fields["title"]), above, markdown))


def challenges(data: str) -> dict[str, dict[str, str]]:
    """Each challenge's one-line fields in _data/defis.yml, by the title its page names."""
    found: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in data.split("\n"):
        if line and not line.startswith(" ") and line.rstrip().endswith(":"):
            current = found.setdefault(_scalar(line.rstrip()[:-1]), {})
        elif line.startswith("  ") and not line.startswith("   ") and ":" in line:
            key, _, value = line.strip().partition(":")
            current[key] = _scalar(value)
    return found


def printed_over(fields: dict[str, str]) -> tuple[str, ...]:
    """What the challenge layout prints over its text: the description, the administration
    (and its town), the year, promotion and length."""
    town = f" - {fields['ville']}" if fields.get("ville") else ""
    promotion = fields.get("promotion", "")
    cohort = "Designers d'Intérêt Général" if promotion == "dig" else f"EIG {promotion}"
    return (
        fields.get("description", ""),
        f"Administration de rattachement : {fields.get('administration', '')}{town}",
        f"Année et durée : {fields.get('year', '')} — {cohort} — "
        f"{fields.get('duration_months', '')} mois",
    )


def challenge_entry(name: str, source: str, data: dict[str, dict[str, str]]) -> str:
    """A challenge page's block in texts.txt: its id, address, headline (the data's title),
    the lines the layout prints over its text, its text."""
    fields, markdown = front_matter(source)
    title = _scalar(fields["title"])
    found = data[title]
    day = day_of(name)
    slug = _FILE.match(name)[4]  # type: ignore[index]
    url = f"{SITE}/defis/{day:%Y}/{slug}.html"
    head = f"fr-{day:%Y%m%d}-defi-{slug.lower()} | fr | {LICENCE} | {url}"
    return closed(page_entry(head, found.get("title", title), printed_over(found), markdown))


HEAD = """\
The thirty-ninth fresh half, a second look, of template pages and posts with their site's
chrome: real published blog posts and challenge pages, verbatim, one per `@ id | language |
licence | URL` block (`= ` the headline; `^ ` a line the page printed over the text; `! ` a
caption; `## ` an intertitle; then the body paragraphs, blank-line separated). The site of the
French government's Entrepreneurs d'intérêt général programme (Etalab), from
{repository}
at {commit}, written by `python -m bench.fresh39_texts` from a clone of it; the repository is
under the Licence Ouverte 2.0 (its LICENSE.md). An id is the language, the day the file's name
gives and its name. bench/fresh39_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every published post, French then English,
    then every challenge page, each by file name."""
    commit = git(clone, "rev-parse", "HEAD")
    entries = []
    for folder in FOLDERS:
        for name in git(clone, "ls-tree", "--name-only", f"HEAD:{folder}").split("\n"):
            if _FILE.match(name):
                source = git(clone, "show", f"HEAD:{folder}/{name}") + "\n"
                entries.append(post_entry(folder, name, source))
    data = challenges(git(clone, "show", "HEAD:_data/defis.yml"))
    for name in git(clone, "ls-tree", "--name-only", f"HEAD:{CHALLENGES}").split("\n"):
        if _FILE.match(name):
            source = git(clone, "show", f"HEAD:{CHALLENGES}/{name}") + "\n"
            if _scalar(front_matter(source)[0].get("title", "")) in data:
                entries.append(challenge_entry(name, source, data))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, CHALLENGES, texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
