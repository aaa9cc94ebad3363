"""The texts of the fortieth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh40_texts CLONE` writes tests/fixtures/dumps/real/fresh40/texts.txt.

The Monero project keeps the source of getmonero.org in a public repository
(monero-project/monero-site) under the BSD 3-Clause licence (its LICENSE and README: "This
repository is licensed under the BSD 3-Clause"). Its Moneropedia, the site's encyclopaedia of
the project's terms, is translated entry by entry under `_i18n/<language>/resources/
moneropedia/`: each entry opens on the same intertitles in its language (`Grundlagen` and
`Weitere Informationen`, `Les Bases` and `Plus d'Informations`, `Podstawy` and `Więcej
informacji`, `Основы` and `Дополнительная информация`), a template document of the kind the
weakest halves hold. This takes every entry its translator marked translated
(`translated="yes"` in its disclaimer line) in the four languages that have any (German,
French, Polish, Russian), reading its Markdown as fresh29's posts are read (links and emphasis
as their words, headings as intertitles, list items as paragraphs, rules left out), its
`@term` links as the words the site's plugin prints (the term, its hyphens as spaces) and the
headline as the page prints it, the entry's name in the language's strings file. Kept here,
not done by hand, so anyone with a clone can write the texts again and see every choice;
bench/fresh40_dumps.py pastes them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from bench.clone_texts import CloneTexts, added_day, git
from bench.fresh25_texts import front_matter
from bench.fresh29_texts import page_entry
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh40" / "texts.txt"
REPOSITORY = "https://github.com/monero-project/monero-site"
SITE = "https://www.getmonero.org"
LICENCE = "BSD-3-Clause"
LANGUAGES = ("de", "fr", "pl", "ru")
"""The languages with entries their translators marked translated."""
FOLDER = "_i18n"

_TRANSLATED = re.compile(r'translated="yes"')
_LIQUID = re.compile(r"^\s*\{%.*?%\}\s*$", re.M)
"""A Liquid tag on a line of its own (the disclaimer's include): the page prints a notice
there, not the entry's words."""
_DOUBLED = re.compile(r"^(#{1,6}) #{1,6} ", re.M)
"""A heading whose marker is typed twice (`### ### Процесс …`): the text under it is the
intertitle."""
_TERM = re.compile(r"(?<![\w.])@(\w[\w-]*\w|\w)")
"""A link to another entry, `@ring-signature`: the plugin prints the term, hyphens as
spaces."""


def names(strings: str) -> dict[str, str]:
    """The entries' names in a language's strings file (`moneropedia:` → `entries:`), by the
    entry's file name."""
    found: dict[str, str] = {}
    inside = False
    for line in strings.split("\n"):
        if line.startswith("  entries:"):
            inside = True
        elif inside and line.startswith("    ") and ":" in line:
            key, _, value = line.strip().partition(":")
            found[key] = value.strip().strip("'\"")
        elif inside and line.strip():
            inside = line.startswith("    ")
    return found


def printed(markdown: str) -> str:
    """The entry's Markdown as the site prints it: the Liquid lines gone, `@term` links as
    their words, a heading's doubled marker read once."""
    markdown = _DOUBLED.sub(r"\1 ", _LIQUID.sub("", markdown))
    return _TERM.sub(lambda found: found[1].replace("-", " "), markdown)


def entry(clone: Path, language: str, name: str, title: str) -> str:
    """An entry's block in texts.txt: its id (the language, the day the repository added the
    translation, the entry's name), its address and headline, its text."""
    path = f"{FOLDER}/{language}/resources/moneropedia/{name}.md"
    markdown = front_matter(git(clone, "show", f"HEAD:{path}") + "\n")[1]
    day = added_day(clone, path)
    head = f"{language}-{day}-{name} | {language} | {LICENCE} | "
    head += f"{SITE}/{language}/resources/moneropedia/{name}.html"
    return page_entry(head, title, (), printed(markdown))


HEAD = """\
The fortieth fresh half, tuning, of template documents in four languages: real published
encyclopaedia entries, verbatim, one per `@ id | language | licence | URL` block (`= ` the
headline; `## ` an intertitle; then the body paragraphs, blank-line separated). The Moneropedia
of getmonero.org in German, French, Polish and Russian, from
{repository}
at {commit}, written by `python -m bench.fresh40_texts` from a clone of it; the repository is
under the BSD 3-Clause licence. An id is the language, the day the repository added the
translation and the entry's name. bench/fresh40_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every translated entry, language by language,
    by file name."""
    commit = git(clone, "rev-parse", "HEAD")
    entries = []
    for language in LANGUAGES:
        titles = names(git(clone, "show", f"HEAD:{FOLDER}/{language}.yml"))
        folder = f"HEAD:{FOLDER}/{language}/resources/moneropedia"
        for file in git(clone, "ls-tree", "--name-only", folder).split("\n"):
            name = file.removesuffix(".md")
            source = git(clone, "show", f"{folder}/{file}")
            if _TRANSLATED.search(source) and name in titles:
                entries.append(entry(clone, language, name, titles[name]))
    return HEAD.format(repository=REPOSITORY, commit=commit) + "\n" + "\n".join(entries)


SOURCE = CloneTexts(TEXTS, REPOSITORY, FOLDER, texts_file)
"""The half's texts.txt from a clone of the site's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
