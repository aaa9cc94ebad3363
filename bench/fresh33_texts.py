"""The texts of the thirty-third fresh half, taken by code from clones of their repositories:
`python -m bench.fresh33_texts FOLDER` writes tests/fixtures/dumps/real/fresh33/texts.txt, FOLDER
holding clones of the PHP manual's sources named as their repositories are (`doc-base`,
`doc-en`, `doc-fr`, `doc-es`, `doc-de`, `doc-pt_br`, `doc-it`).

The PHP manual is a set of template documents: every function's page prints the same
intertitles (`Description`, `Parameters`, `Return Values`, `Examples`, `See Also`, … in the
page's language), the same short lines (`The above example will output:`) and the same table
heads (`Version | Description`). Its sources are DocBook files, one per function, in a
repository per language; the intertitles and short lines are entities each language's
repository defines (`&reftitle.parameters;`), and the versions a page prints over its purpose
are the English repository's versions.xml. This takes, in each language, the function pages of
one extension (English arrays, French strings, Spanish maths, German dates, Brazilian
Portuguese files, Italian variables) of at most `MOST_WORDS` words whose every entity the
repositories define and that link to no other section by its title (`<xref>`, whose words only
the site's renderer writes). A page is read as php.net prints it: the function's synopsis as
one line (`str_contains(string $haystack, string $needle): bool`), each section's title as an
intertitle, paragraphs, a parameter's name and its description, list items and an example's
title each a paragraph, a table's row as one line with its cells ` | ` apart; code and its output
are left out, as earlier halves leave code out. The page's headline is the function's name; over
the text it prints the versions that have it and `name — purpose`. Kept here, not done by hand,
so anyone with the clones can write the texts again and see every choice; bench/fresh33_dumps.py
pastes them into dumps.
"""

from __future__ import annotations

import html
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from bench.clone_texts import git
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh33" / "texts.txt"
REPOSITORY = "https://github.com/php/"
LICENCE = "CC BY 3.0"
MOST_WORDS = 700
"""The longest page taken: a function's page, not an extension's long introduction."""
FEWEST_WORDS = 30
FEWEST_SECTIONS = 3
"""An alias's page prints one section of a line or two: not a template document's page."""
EXTENSIONS = {
    "en": "array",
    "fr": "strings",
    "es": "math",
    "de": "datetime",
    "pt_br": "filesystem",
    "it": "var",
}
"""Which extension's function pages each language gives: one set per language, so that no
function is taken in two languages."""
SITE_LANGUAGE = {"pt_br": "pt_BR"}
"""php.net's name of a language where it is not the repository's."""

_DECLARED = re.compile(r"<!ENTITY\s+([\w.\-]+)\s+(?:'([^']*)'|\"([^\"]*)\")\s*>", re.S)
_NAMED = re.compile(r'<entity\s+name="([\w.\-]+)"\s*>(.*?)</entity>', re.S)
_REFERENCE = re.compile(r"&([\w.\-]+);")
_XML_OWN = frozenset({"lt", "gt", "amp", "quot", "apos"})
_NAMESPACE = re.compile(r"\{[^}]*\}")
_SPACE = re.compile(r"\s+")
_MARKS = ("= ", "^ ", "! ", "+ ", "## ", "@ ")
"""How a line of texts.txt opens when it is not a paragraph: a page whose paragraph would
open so is not taken."""

BLOCKS = frozenset({"para", "simpara", "note", "warning", "caution", "tip", "important"})
LISTS = frozenset({"itemizedlist", "orderedlist", "simplelist", "variablelist"})
LEFT_OUT = frozenset({"programlisting", "screen", "informalexample", "mediaobject", "titleabbrev"})
"""Code and its output, and what the page does not print as prose."""


def entities(base: Path, *languages: Path) -> dict[str, str]:
    """Every entity the manual defines, from doc-base's global ones to each language's own
    (a later repository's definition wins, as a language's file overrides the English one)."""
    found: dict[str, str] = {}
    for clone in (base, *languages):
        names = git(clone, "ls-tree", "-r", "--name-only", "HEAD").split("\n")
        for name in names:
            if name.endswith(".ent") and not name.startswith(("scripts/", "docbook/")):
                source = git(clone, "show", f"HEAD:{name}")
                for key, single, double in _DECLARED.findall(source):
                    found[key] = single or double
                found.update(_NAMED.findall(source))
    return found


def expanded(source: str, defined: dict[str, str]) -> str | None:
    """The file with every entity replaced by its definition, or None where one is not
    defined (the page would print what the repositories do not hold)."""
    for _ in range(6):
        names = set(_REFERENCE.findall(source)) - _XML_OWN
        if not names:
            return source
        if names - defined.keys():
            return None
        source = _REFERENCE.sub(lambda m: m[0] if m[1] in _XML_OWN else defined[m[1]], source)
    return None


def tag(element: ET.Element) -> str:
    """An element's name without its namespace."""
    return _NAMESPACE.sub("", element.tag)


def words(element: ET.Element) -> str:
    """An inline element's words as the page prints them: a function's name with `()`, a
    union of types with `|` (`?type` where the other is null), the rest as its text, spaces
    collapsed."""
    name = tag(element)
    if name == "type" and element.get("class") == "union":
        types = [words(child) for child in element]
        other = [t for t in types if t != "null"]
        return f"?{other[0]}" if len(types) == 2 and len(other) == 1 else "|".join(types)
    parts = [element.text or ""]
    for child in element:
        if tag(child) not in LEFT_OUT:
            parts.append(words(child))
        parts.append(child.tail or "")
    text = _SPACE.sub(" ", "".join(parts)).strip()
    return f"{text}()" if name == "function" and "(" not in text else text


def synopsis(element: ET.Element) -> str:
    """A method's synopsis as php.net prints it: `name(type $param = default, …): type`."""
    params = []
    for param in (p for p in element if tag(p) == "methodparam"):
        pieces = {tag(child): words(child) for child in param}
        name = ("..." if param.get("rep") == "repeat" else "") + "$" + pieces["parameter"]
        typed = f"{pieces['type']} {name}" if "type" in pieces else name
        params.append(f"{typed} = {pieces['initializer']}" if "initializer" in pieces else typed)
    name = next(words(child) for child in element if tag(child) == "methodname")
    returned = next((words(c) for c in element if tag(c) == "type"), "")
    joined = f"{name}({', '.join(params)})"
    return f"{joined}: {returned}" if returned else joined


def flow(element: ET.Element) -> Iterator[tuple[str, str]]:
    """The blocks a section's element prints, in order: ("subhead", title) or ("body", text)."""
    name = tag(element)
    if name in LEFT_OUT:
        return
    if name == "methodsynopsis":
        yield "body", synopsis(element)
    elif name == "title":
        yield "subhead", words(element)
    elif name == "varlistentry":
        for child in element:
            if tag(child) == "term":
                yield "body", words(child)
            else:
                yield from flow(child)
    elif name == "member":
        yield "body", words(element)
    elif name == "row":
        yield "body", " | ".join(words(cell) for cell in element)
    elif name == "example":
        for child in element:
            yield from (("body", text) for _, text in flow(child))
    elif name in BLOCKS:
        run = [element.text or ""]
        for child in element:
            if tag(child) in BLOCKS | LISTS | LEFT_OUT | {"example", "informaltable", "table"}:
                yield from _said(run)
                run = []
                yield from flow(child)
            else:
                run.append(words(child))
            run.append(child.tail or "")
        yield from _said(run)
    else:
        for child in element:
            yield from flow(child)


def _said(run: list[str]) -> Iterator[tuple[str, str]]:
    """A paragraph's words gathered so far, where there are any."""
    text = _SPACE.sub(" ", "".join(run)).strip()
    if text:
        yield "body", text


def page(root: ET.Element) -> tuple[str, str, list[tuple[str, str]]]:
    """A function page's name, purpose and blocks."""
    names = next(e for e in root if tag(e) == "refnamediv")
    name = next(words(e) for e in names if tag(e) == "refname")
    purpose = next(words(e) for e in names if tag(e) == "refpurpose")
    blocks: list[tuple[str, str]] = []
    for section in (e for e in root if tag(e) == "refsect1"):
        blocks += list(flow(section))
    return name, purpose, blocks


def versions(english: Path, extension: str) -> dict[str, str]:
    """The versions that have each function, from the English repository's versions.xml."""
    path = f"reference/{extension}/versions.xml"
    root = ET.fromstring(git(english, "show", f"HEAD:{path}").encode())
    return {e.get("name", ""): e.get("from", "") for e in root.iter() if tag(e) == "function"}


def taken(source: str, blocks: list[tuple[str, str]]) -> bool:
    """Whether the half takes a page: a function's own page (at least `FEWEST_SECTIONS`
    intertitles and `FEWEST_WORDS` words, not an alias's two lines), at most `MOST_WORDS`
    words, no section linked by its title and nothing that reads as a mark of texts.txt."""
    count = sum(len(text.split()) for _, text in blocks)
    sections = sum(kind == "subhead" for kind, _ in blocks)
    marked = any(text.startswith(_MARKS) or text[:1] in "=^!+@#" for _, text in blocks)
    sized = FEWEST_WORDS <= count <= MOST_WORDS and sections >= FEWEST_SECTIONS
    return "<xref" not in source and sized and not marked


def entries(folder: Path, language: str, defined: dict[str, str]) -> Iterator[str]:
    """Each taken page of a language's extension, as its block in texts.txt."""
    clone = folder / f"doc-{language}"
    extension = EXTENSIONS[language]
    since = versions(folder / "doc-en", extension)
    listed = git(clone, "ls-tree", "-r", "--name-only", "HEAD", f"reference/{extension}/functions")
    for path in sorted(p for p in listed.split("\n") if p.endswith(".xml")):
        source = expanded(git(clone, "show", f"HEAD:{path}"), defined)
        if source is None:
            continue
        root = ET.fromstring(source.encode())
        name, purpose, blocks = page(root)
        if not taken(source, blocks) or name not in since:
            continue
        slug = name.replace("_", "-").lower()
        site = SITE_LANGUAGE.get(language, language)
        url = f"https://www.php.net/manual/{site}/function.{slug}.php"
        log = ["log", "-1", "--date=format:%Y%m%d", "--format=%ad", "--", path]
        day = git(clone, *log)
        head = f"@ {language[:2]}-{day}-{name} | {language[:2]} | {LICENCE} | {url}"
        above = [f"^ ({html.unescape(since[name])})", f"^ {name} — {purpose}"]
        lines = [head, f"= {name}", *above, ""]
        for kind, text in blocks:
            lines += [f"## {text}" if kind == "subhead" else text, ""]
        yield "\n".join(lines)


HEAD = """\
The thirty-third fresh half, a tuning half of template documents: real published pages of the
PHP manual, verbatim, one per `@ id | language | licence | URL` block (`= ` the headline, the
function's name; `^ ` the versions that have it and `name — purpose`, the lines the page prints
over the text; `## ` an intertitle; then the body paragraphs, blank-line separated). From the
manual's sources in {repository}doc-base and doc-en, doc-fr, doc-es, doc-de, doc-pt_br and
doc-it, at these commits:
{commits}
Written by `python -m bench.fresh33_texts` from clones of them; the manual is under CC BY 3.0
(doc-base's LICENSE). An id is the language, the day the language's repository last changed the
page and the function's name. bench/fresh33_dumps.py pastes them into dumps.
"""


def texts_file(folder: Path) -> str:
    """texts.txt from the clones in `folder`: its head, then each language's taken pages."""
    languages = [folder / f"doc-{language}" for language in EXTENSIONS]
    commits = "\n".join(
        f"{clone.name} {git(clone, 'rev-parse', 'HEAD')}"
        for clone in (folder / "doc-base", *languages)
    )
    blocks = []
    for language in EXTENSIONS:
        own = [folder / "doc-en"] + ([folder / f"doc-{language}"] if language != "en" else [])
        defined = entities(folder / "doc-base", *own)
        blocks += list(entries(folder, language, defined))
    return HEAD.format(repository=REPOSITORY, commits=commits) + "\n" + "\n".join(blocks)


def main(argv: list[str]) -> int:
    """Writes texts.txt from the folder of clones named on the command line (a usage line
    and 2 when none is named or it lacks one of them)."""
    needed = ["doc-base", *(f"doc-{language}" for language in EXTENSIONS)]
    if len(argv) != 1 or not all((Path(argv[0]) / name).exists() for name in needed):
        print("usage: python -m bench.fresh33_texts FOLDER (clones of php/doc-base, doc-en, …)")
        return 2
    TEXTS.parent.mkdir(parents=True, exist_ok=True)
    TEXTS.write_text(texts_file(Path(argv[0])), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
