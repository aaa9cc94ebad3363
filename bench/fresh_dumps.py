"""The fresh held-out dumps: `python -m bench.fresh_dumps` writes them and their gold.

tests/fixtures/dumps/real/fresh/texts.txt holds real published articles (Global Voices
in six languages, Agência Brasil), verbatim, with their sources and licences. This
pastes them in the eight shapes the splitter meets (database exports, email digests,
clipper Markdown, long articles with intertitles, trailers, foreign web pages, classic
plain text) and writes, for each dump, the gold file `bench.split_quality` scores
against. Everything around the articles (headers, field lines, dates, counters, labels,
footers, front matter, trailers) is written here, not taken from the sources. The dumps
were built before the splitter was ever run on them and are never tuned on: the third
half, `fresh/`, is scored only.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REAL = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dumps" / "real"
"""The folder of the real-text halves, each builder's folder below it."""
FRESH = REAL / "fresh"
TEXTS = FRESH / "texts.txt"

LANGUAGE_NAMES = {
    "de": "GERMAN",
    "en": "ENGLISH",
    "es": "SPANISH",
    "fr": "FRENCH",
    "it": "ITALIAN",
    "nl": "DUTCH",
    "pl": "POLISH",
    "pt": "PORTUGUESE",
    "ru": "RUSSIAN",
}


@dataclass(frozen=True, slots=True)
class Text:
    """One published article: its headline, body blocks and the captions printed with it."""

    id: str
    language: str
    licence: str
    url: str
    title: str
    blocks: tuple[tuple[str, str], ...]
    """(kind, text): kind `body` for a paragraph, `subhead` for an intertitle."""
    captions: tuple[str, ...]
    above: tuple[str, ...] = ()
    """Lines the source printed over the body (its date line, its byline), for the halves
    whose source kept them: their pages carry the site's own chrome, not only the builder's."""
    below: tuple[str, ...] = ()
    """Lines the source printed under the body (a collaborator's credit, a translator's)."""

    def words(self) -> int:
        """Words in the body, for LENGTH and word-count lines."""
        return sum(len(text.split()) for _, text in self.blocks)


def read_texts(path: Path = TEXTS) -> dict[str, Text]:
    """Every article of texts.txt by id, in file order: `= ` its headline, `! ` a caption,
    `^ ` and `+ ` a line its source printed over and under the body, `## ` an intertitle."""
    texts: dict[str, Text] = {}
    for chunk in path.read_text(encoding="utf-8").split("\n@ ")[1:]:
        head, *rest = chunk.split("\n")
        ident, language, licence, url = (part.strip() for part in head.split("|"))
        title, blocks = "", []
        printed: dict[str, list[str]] = {"! ": [], "^ ": [], "+ ": []}
        for block in "\n".join(rest).split("\n\n"):
            for line in block.strip().split("\n"):
                if not line:
                    continue
                if line.startswith("= "):
                    title = line[2:]
                elif line[:2] in printed:
                    printed[line[:2]].append(line[2:])
                elif line.startswith("## "):
                    blocks.append(("subhead", line[3:]))
                else:
                    blocks.append(("body", line))
        captions, above, below = (tuple(printed[mark]) for mark in ("! ", "^ ", "+ "))
        texts[ident] = Text(
            ident, language, licence, url, title, tuple(blocks), captions, above, below
        )
    return texts


@dataclass
class Dump:
    """A dump being pasted line by line, each line labelled with its place in the gold."""

    name: str
    shape: str
    style: str
    suffix: str = ".txt"
    lines: list[str] = field(default_factory=list)
    places: list[tuple[int | None, str] | None] = field(default_factory=list)
    articles: list[dict[str, object]] = field(default_factory=list)

    @classmethod
    def named(cls, name: str, style: str, suffix: str = ".txt") -> Dump:
        """A dump by its builder's name, the shape read from the name (`nexis_factiva` from
        `nexis_factiva_01_nexisuni`), so a builder names its shape once."""
        return cls(name, re.sub(r"_\d\d(?:_[a-z]+)?$", "", name), style, suffix)

    def put(self, text: str, article: int | None, place: str) -> None:
        """One non-blank line and where it belongs."""
        self.lines.append(text)
        self.places.append((article, place))

    def gap(self, blanks: int = 1) -> None:
        """Blank lines."""
        self.lines.extend([""] * blanks)
        self.places.extend([None] * blanks)

    def matter(self, *lines: str) -> None:
        """The dump's own front or back matter (a blank line in it stays blank)."""
        for line in lines:
            if line:
                self.put(line, None, "matter")
            else:
                self.gap()

    def separator(self, text: str) -> None:
        """A line that only separates articles."""
        self.put(text, None, "separator")

    def start(self, text: Text, title: str | None = None) -> int:
        """A new gold article; returns its index."""
        paragraphs = [body for _, body in text.blocks]
        self.articles.append(
            {
                "title": title if title is not None else text.title,
                "body_starts_with": paragraphs[0],
                "body_ends_with": paragraphs[-1],
                "paragraph_count": len(paragraphs),
                "body": "\n\n".join(paragraphs),
                "language": text.language,
                "source": text.id,
                "not_in_body": [],
            }
        )
        return len(self.articles) - 1

    def meta(self, index: int, line: str) -> None:
        """A line of the article's own chrome."""
        self.put(line, index, "meta")
        self.articles[index]["not_in_body"].append(line)  # type: ignore[union-attr]

    def title(self, index: int, line: str) -> None:
        """The line holding the article's headline."""
        self.put(line, index, "title")

    def body(
        self,
        index: int,
        text: Text,
        between: int = 1,
        around_subheads: int = 2,
        wrap: int | None = None,
        render: Callable[[str, str], str] = lambda kind, line: line,
    ) -> None:
        """The article's body blocks, `between` blank lines apart (`around_subheads`
        around an intertitle), hard-wrapped at `wrap` columns if given."""
        for number, (kind, paragraph) in enumerate(text.blocks):
            if number:
                subhead = kind == "subhead" or text.blocks[number - 1][0] == "subhead"
                self.gap(around_subheads if subhead else between)
            rendered = render(kind, paragraph)
            pieces = textwrap.wrap(rendered, wrap) if wrap and kind == "body" else [rendered]
            for piece in pieces:
                self.put(piece, index, kind)

    def text(self) -> str:
        """The dump as written."""
        return "\n".join(self.lines) + "\n"

    def gold(self) -> dict[str, object]:
        """The gold file: articles, and runs of lines with the same place."""
        runs: list[list[object]] = []
        for number, place in enumerate(self.places, 1):
            if place is None:
                continue
            article, where = place
            if runs and runs[-1][2] == article and runs[-1][3] == where:
                runs[-1][1] = number
            else:
                runs.append([number, number, article, where])
        return {
            "source_file": self.name + self.suffix,
            "shape": self.shape,
            "style": self.style,
            "encode_as": None,
            "articles": self.articles,
            "lines": runs,
        }


def _web(dump: Dump, texts: Iterable[Text], chrome: dict[str, Sequence[str]]) -> Dump:
    """Web pages pasted one after another: breadcrumb, headline, date and counter lines,
    a caption, the body, a share line and a "read also" list, in the page's language."""
    texts = list(texts)
    for number, text in enumerate(texts):
        words = chrome[text.language]
        if number:
            dump.gap(3)
        index = dump.start(text)
        dump.meta(index, words[0])
        dump.title(index, text.title)
        dump.gap()
        dump.meta(index, words[1])
        dump.meta(index, words[2])
        dump.meta(index, words[3])
        dump.gap()
        for caption in text.captions:
            dump.meta(index, caption)
            dump.gap()
        dump.body(index, text)
        dump.gap(2)
        dump.meta(index, words[4])
        dump.gap()
        dump.meta(index, words[5])
        dump.meta(index, texts[(number + 1) % len(texts)].title)
    return dump


WEB_CHROME = {
    "pt": (
        "Início › Mundo › América Latina",
        "Publicado em 28/10/2014 às 10h05",
        "Atualizado em 28/10/2014 às 14h22",
        "Tempo de leitura: 2 min · 1.284 visualizações",
        "Compartilhar: Facebook | Twitter | WhatsApp",
        "Leia também",
    ),
    "es": (
        "Inicio > Internacional > Oceanía",
        "Publicado el 27 de mayo de 2011, 10:32",
        "Actualizado: 27/05/2011 18:05",
        "Lectura: 2 min | 2.315 lecturas",
        "Compartir en Facebook · Twitter · Correo",
        "Te puede interesar",
    ),
    "it": (
        "Home / Esteri / Medio Oriente",
        "Pubblicato il 29 maggio 2011 alle 09:12",
        "Aggiornato il 29/05/2011 alle 17:40",
        "Tempo di lettura: 1 min · 873 visualizzazioni",
        "Condividi su Facebook · Twitter · WhatsApp",
        "Leggi anche",
    ),
    "de": (
        "Startseite › Politik › Asien",
        "Veröffentlicht am 16.06.2012, 08:15 Uhr",
        "Aktualisiert am 16.06.2012, 11:40 Uhr",
        "Lesezeit: 2 Min. · 1.102 Aufrufe",
        "Teilen: Facebook | Twitter | E-Mail",
        "Mehr zum Thema",
    ),
}


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Portuguese web pages."""
    dump = Dump("foreign_web_01", "foreign_web", "Portuguese web pages pasted in a row")
    return _web(dump, (t[i] for i in ("gvpt-1", "gvpt-2", "gvpt-3", "gvpt-4")), WEB_CHROME)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Spanish, Italian and German web pages."""
    dump = Dump("foreign_web_02", "foreign_web", "Spanish, Italian and German web pages")
    return _web(dump, (t[i] for i in ("gves-3", "gvit-3", "gvde-6", "gvit-6")), WEB_CHROME)


DIGEST = {
    "pt": {
        "header": (
            "From: Boletim Global Voices <boletim@digest.example.org>",
            "To: leitor@example.com",
            "Subject: Seu resumo semanal",
            "Date: Tue, 28 Oct 2014 07:00:00 -0200",
            "",
            "Olá,",
            "",
            "Nesta edição: {n} histórias para ler.",
        ),
        "sections": ("AMÉRICA LATINA", "BRASIL", "ÁFRICA", "MUNDO"),
        "publication": "Global Voices em Português, 28/10/2014",
        "more": "Leia mais: ",
        "footer": (
            "Você recebe este e-mail porque se inscreveu no nosso boletim.",
            "Cancelar inscrição: https://digest.example.org/unsubscribe?u=5c1e09",
            "Ver no navegador | Preferências",
            "© 2014 Example Digest",
        ),
    },
    "es": {
        "header": (
            "From: Resumen Global Voices <resumen@digest.example.org>",
            "To: lector@example.com",
            "Subject: Las noticias de la semana",
            "Date: Mon, 30 May 2011 06:30:00 +0200",
            "",
            "Hola:",
            "",
            "Te enviamos {n} historias de la semana.",
        ),
        "sections": ("AMÉRICA LATINA", "ORIENTE MEDIO", "ASIA", "AMÉRICA LATINA"),
        "publication": "Global Voices en Español · 29/05/2011",
        "more": "Leer más: ",
        "footer": (
            "Recibes este correo porque te suscribiste a nuestro boletín.",
            "Darse de baja: https://digest.example.org/baja?u=91ab2f",
            "© 2011 Example Digest, Calle Mayor 1, Madrid",
        ),
    },
}


def _digest(dump: Dump, texts: Sequence[Text], words: dict[str, object]) -> Dump:
    header = [str(line).format(n=len(texts)) for line in words["header"]]  # type: ignore[attr-defined]
    dump.matter(*header)
    for number, text in enumerate(texts):
        dump.gap(2)
        index = dump.start(text)
        dump.meta(index, words["sections"][number])  # type: ignore[index]
        dump.title(index, text.title)
        dump.meta(index, str(words["publication"]))
        dump.gap()
        dump.body(index, text)
        dump.gap()
        dump.meta(index, f"{words['more']}{text.url}")
        dump.gap()
        dump.separator("* * *")
    dump.gap()
    dump.matter(*words["footer"])  # type: ignore[arg-type]
    return dump


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A Portuguese mail digest."""
    dump = Dump("email_digest_01", "email_digest", "Portuguese email digest")
    return _digest(dump, [t[i] for i in ("gvpt-1", "gvpt-2", "gvpt-3", "gvpt-4")], DIGEST["pt"])


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A Spanish mail digest, one headline a question."""
    dump = Dump("email_digest_02", "email_digest", "Spanish email digest, a '?' headline")
    return _digest(dump, [t[i] for i in ("gves-2", "gves-6", "gves-7", "gves-8")], DIGEST["es"])


def _front_matter(dump: Dump, index: int, fields: Sequence[str], heading: bool) -> None:
    """YAML front matter; its `title:` line is the title only when no `# H1` follows."""
    dump.meta(index, "---")
    for line in fields:
        if line.startswith("title:") and not heading:
            dump.title(index, line)
        else:
            dump.meta(index, line)
    dump.meta(index, "---")


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """German clippings: front matter in any order, quoted or not, one without an H1."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "German web-clipper Markdown: YAML front matter, H1 or none, italic dek, image lines",
        suffix=".md",
    )
    fields = (
        (
            "title: 'Italien: Heftige Proteste gegen Hochgeschwindigkeitsstrecke'",
            "url: https://de.globalvoices.org/category/topics/politics/?m=201203",
            "saved: 2012-03-29",
            "site: Global Voices",
            "tags: [politik]",
        ),
        (
            'saved: "2012-03-19 21:04"',
            "site: de.globalvoices.org",
            'title: "Aserbaidschan: Enthüllungsjournalistin trotzt Erpressungsversuch"',
            "url: 'https://de.globalvoices.org/category/topics/politics/?m=201203'",
        ),
        (
            "url: https://de.globalvoices.org/category/topics/politics/?m=201203",
            "title: Mazedonien: Friedensmarsch für Samstag, 17. März, geplant",
            "tags: clippings",
        ),
        (
            "tags: [clippings, europa]",
            "title: 'Spanien: “Yes We Camp”, Bewegung auf den Straßen und im Internet'",
            "site: Global Voices",
            "saved: 2011-05-21T09:30:00+02:00",
            "url: https://de.globalvoices.org/2011/05/",
        ),
    )
    for number, (ident, front) in enumerate(
        zip(("gvde-1", "gvde-2", "gvde-3", "gvde-4"), fields, strict=True)
    ):
        text = t[ident]
        if number:
            dump.gap()
        index = dump.start(text)
        _front_matter(dump, index, front, heading=number != 2)
        dump.gap()
        if number != 2:
            dump.title(index, f"# {text.title}")
            dump.gap()
        if number == 1:
            dump.meta(index, f"*{text.blocks[0][1].split('. ')[0]}.*")
            dump.gap()
        if number == 3:
            dump.meta(
                index, "![](https://globalvoices.org/wp-content/uploads/2011/05/acampada.jpg)"
            )
            dump.meta(index, "Foto: Global Voices (CC BY 3.0)")
            dump.gap()
        dump.body(index, text)
        dump.gap()
    return dump


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """French clippings: a quoted paragraph, image lines with captions, a blockquote dek."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "French web-clipper Markdown: '>' dek, image lines with captions, a quoted paragraph",
        suffix=".md",
    )
    quoted = {"gvfr-1": 2, "gvfr-2": 1}
    for number, ident in enumerate(("gvfr-1", "gvfr-2", "gvfr-3", "gvfr-4")):
        text = t[ident]
        if number:
            dump.gap()
            dump.separator("---")
            dump.gap()
        index = dump.start(text)
        quoted_title = text.title.replace("'", "''")
        _front_matter(
            dump,
            index,
            (
                f"title: '{quoted_title}'",
                f"url: {text.url}",
                "site: Global Voices en français",
                f"saved: 2014-11-0{number + 6}",
            ),
            heading=True,
        )
        dump.gap()
        dump.title(index, f"# {text.title}")
        dump.gap()
        if number == 0:
            dump.meta(index, f"> {text.blocks[0][1].split('. ')[0]}.")
            dump.gap()
        for caption in text.captions:
            dump.meta(index, f"![](https://globalvoices.org/wp-content/uploads/{text.id}.jpg)")
            dump.meta(index, caption)
            dump.gap()
        position = quoted.get(ident)
        dump.body(
            index,
            text,
            render=lambda kind, line, position=position, text=text: (
                f"> {line}" if position is not None and line == text.blocks[position][1] else line
            ),
        )
        dump.gap()
    return dump


LEXIS_DATES = {
    "gven-1": "January 11, 2012 Wednesday",
    "gven-2": "February 10, 2014 Monday",
    "gven-5": "January 30, 2008 Wednesday",
    "gvde-5": "June 14, 2012 Thursday",
    "gvde-6": "June 15, 2012 Friday",
    "gvde-7": "January 19, 2009 Monday",
    "gvde-8": "April 11, 2014 Friday",
    "gvde-9": "April 8, 2014 Tuesday",
}


def _lexis(dump: Dump, texts: Sequence[Text], publication: str, wrap: int | None) -> Dump:
    dump.matter(
        "LexisNexis(R) Academic",
        "Copyright 2015 LexisNexis, a division of Reed Elsevier Inc. All rights reserved.",
        "",
        "Terms: global voices  (Edit Search | Suggest Terms for My Search)",
    )
    for number, text in enumerate(texts, 1):
        dump.gap(3)
        dump.put(f"{'':30}{number} of {len(texts)} DOCUMENTS", None, "separator")
        dump.gap(2)
        index = dump.start(text)
        dump.meta(index, f"{'':28}{publication}")
        dump.gap()
        dump.meta(index, f"{'':25}{LEXIS_DATES[text.id]}")
        dump.gap()
        dump.title(index, text.title)
        dump.gap()
        dump.meta(index, "BYLINE: Global Voices")
        dump.gap()
        dump.meta(index, "SECTION: WORLD; Pg. 3")
        dump.gap()
        dump.meta(index, f"LENGTH: {text.words()} words")
        dump.gap(2)
        dump.body(index, text, wrap=wrap)
        dump.gap(2)
        date = LEXIS_DATES[text.id].rsplit(" ", 1)[0]
        dump.meta(index, f"LOAD-DATE: {date}")
        dump.gap()
        dump.meta(index, f"LANGUAGE: {LANGUAGE_NAMES[text.language]}")
        dump.gap()
        dump.meta(index, "PUBLICATION-TYPE: Web Publication")
        dump.gap(2)
        dump.meta(index, f"{'':20}Copyright {date[-4:]} Global Voices (CC BY 3.0)")
        dump.meta(index, f"{'':26}Some Rights Reserved")
    return dump


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """An English LexisNexis export."""
    dump = Dump("lexisnexis_01", "lexisnexis", "English LexisNexis text export")
    return _lexis(dump, [t[i] for i in ("gven-1", "gven-2", "gven-5")], "Global Voices", None)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """A German LexisNexis export with hard-wrapped paragraphs."""
    dump = Dump("lexisnexis_02", "lexisnexis", "German LexisNexis export, wrapped body lines")
    ids = ("gvde-5", "gvde-6", "gvde-7", "gvde-8", "gvde-9")
    return _lexis(dump, [t[i] for i in ids], "Global Voices auf Deutsch", 76)


NEXIS_DATES = {
    "gvit-5": "July 29, 2009 Wednesday",
    "gvit-6": "July 28, 2009 Tuesday",
    "gvit-7": "July 23, 2009 Thursday",
    "gvit-8": "July 22, 2009 Wednesday",
}


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """An Italian Nexis Uni export: cover page, numbered headlines, documents."""
    texts = [t[i] for i in ("gvit-5", "gvit-6", "gvit-7", "gvit-8")]
    dump = Dump("nexis_factiva_01_nexisuni", "nexis_factiva", "Italian Nexis Uni export")
    dump.matter(
        "User Name: =M. Rossi",
        "Date and Time: Monday, March 10, 2025 2:15:00 PM CET",
        "Job Number: 281933405",
        "",
        "",
        f"Documents ({len(texts)})",
    )
    for number, text in enumerate(texts, 1):
        dump.gap()
        dump.matter(f"{number}. {text.title}")
    dump.matter(
        "Client/Matter: -None-",
        "Search Terms: global voices",
        "Search Type: Terms and Connectors",
    )
    for text in texts:
        dump.gap(2)
        index = dump.start(text)
        dump.title(index, text.title)
        dump.gap()
        dump.meta(index, "Global Voices in Italiano")
        dump.meta(index, NEXIS_DATES[text.id])
        dump.gap()
        dump.meta(index, "Copyright 2009 Global Voices, CC BY 3.0")
        dump.meta(index, "Section: MONDO")
        dump.meta(index, f"Length: {text.words()} words")
        dump.gap()
        dump.meta(index, "Body")
        dump.gap(2)
        dump.body(index, text)
        dump.gap(2)
        dump.meta(index, "Classification")
        dump.gap(2)
        dump.meta(index, "Language: ITALIAN")
        dump.gap()
        dump.meta(index, "Publication-Type: Web Publication")
        dump.gap()
        dump.meta(index, f"Load-Date: {NEXIS_DATES[text.id].rsplit(' ', 1)[0]}")
        dump.gap(2)
        dump.separator("End of Document")
    return dump


FACTIVA_DATES = {
    "gvfr-4": "11 December 2013",
    "gvfr-5": "12 January 2013",
    "gvfr-6": "11 January 2013",
    "gvfr-7": "11 January 2013",
}


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """A French Factiva export: headline list, search summary, documents with ids."""
    texts = [t[i] for i in ("gvfr-4", "gvfr-5", "gvfr-6", "gvfr-7")]
    dump = Dump("nexis_factiva_02_factiva", "nexis_factiva", "French Factiva export")
    dump.matter("Factiva", "", "Headlines", "")
    for number, text in enumerate(texts, 1):
        dump.matter(
            f"{number}. {text.title}",
            f"   Global Voices, {FACTIVA_DATES[text.id]}, {text.words()} words, (French)",
        )
    dump.gap()
    dump.matter(
        "Search Summary",
        "Text        global voices",
        "Date        01/01/2013 to 31/12/2013",
        "Source      All Sources",
        "Language    French",
        f"Results Found   {len(texts)}",
        "Timestamp   10 March 2025 14:15",
    )
    for number, text in enumerate(texts):
        dump.gap(2)
        index = dump.start(text)
        dump.title(index, text.title)
        dump.meta(index, f"{text.words()} words")
        dump.meta(index, FACTIVA_DATES[text.id])
        dump.meta(index, "Global Voices")
        dump.meta(index, "GLBVOI")
        dump.meta(index, "French")
        dump.meta(index, "Copyright 2013 Global Voices. CC BY 3.0.")
        dump.gap()
        dump.body(index, text)
        dump.gap()
        dump.meta(index, f"Document GLBVOI0020130111e91b0000{number}")
    return dump


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """Portuguese articles whose every paragraph and intertitle is set off by two blank
    lines, the gap between articles; a one-line question paragraph."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "Portuguese articles, every paragraph, intertitle and article two blank lines apart",
    )
    for number, ident in enumerate(("abr-1", "abr-2", "gvpt-1")):
        text = t[ident]
        if number:
            dump.gap(2)
        index = dump.start(text)
        dump.title(index, text.title)
        dump.gap(2)
        dump.body(index, text, between=2, around_subheads=2)
    return dump


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Spanish, English and French articles: one blank line between paragraphs, two around
    intertitles and between articles."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "Spanish, English and French articles; intertitles set off by two blank lines",
    )
    for number, ident in enumerate(("gves-1", "gven-1", "gvfr-1")):
        text = t[ident]
        if number:
            dump.gap(2)
        index = dump.start(text)
        dump.title(index, text.title)
        dump.gap()
        dump.body(index, text, between=1, around_subheads=2)
    return dump


TRAILERS = {
    "gvde-1": ("(Global Voices)", "Artikel erstellt am 29.03.2012"),
    "gvde-2": ("— Global Voices auf Deutsch",),
    "gvde-3": ("VON DER GLOBAL-VOICES-REDAKTION",),
    "gvde-4": ("(Übersetzung: Global Voices)", "Veröffentlicht am 21.05.2011"),
    "gvpt-1": ("(Com informações do MigraMundo)",),
    "gvpt-2": ("*Redação Global Voices*",),
    "gvpt-3": ("— Global Voices em Português", "Matéria criada em 12/05/2014 às 09h40"),
    "abr-2": ("(Reportagem da Agência Brasil)",),
}


def _trailers(dump: Dump, texts: Sequence[Text]) -> Dump:
    for number, text in enumerate(texts):
        if number:
            dump.gap()
        index = dump.start(text)
        dump.title(index, text.title)
        dump.gap()
        dump.body(index, text)
        dump.gap()
        for line in TRAILERS[text.id]:
            dump.meta(index, line)
        dump.gap()
    return dump


def trailers_01(t: dict[str, Text]) -> Dump:
    """German articles with agency credits, dates, sign-offs and a capitals author line."""
    dump = Dump("trailers_01", "trailers", "German articles with trailers, one blank line apart")
    return _trailers(dump, [t[i] for i in ("gvde-1", "gvde-2", "gvde-3", "gvde-4")])


def trailers_02(t: dict[str, Text]) -> Dump:
    """Portuguese articles with credits, an italic author line and creation dates."""
    dump = Dump("trailers_02", "trailers", "Portuguese articles with trailers")
    return _trailers(dump, [t[i] for i in ("gvpt-1", "gvpt-2", "gvpt-3", "abr-2")])


def classic_01(t: dict[str, Text]) -> Dump:
    """Italian articles, plain: headline, blank line, paragraphs, two blank lines."""
    dump = Dump("classic_01", "classic", "Italian plain text, two blank lines between articles")
    for number, ident in enumerate(("gvit-1", "gvit-2", "gvit-3", "gvit-4")):
        text = t[ident]
        if number:
            dump.gap(2)
        index = dump.start(text)
        dump.title(index, text.title)
        dump.gap()
        dump.body(index, text)
    return dump


def classic_02(t: dict[str, Text]) -> Dump:
    """English wire copy: capitals headlines, hard-wrapped paragraphs, dashed separators."""
    dump = Dump("classic_02", "classic", "English wire copy, capitals, wrapped, separators")
    for number, ident in enumerate(("gven-3", "gven-4", "gven-6", "gven-7")):
        text = t[ident]
        if number:
            dump.gap()
            dump.separator("-" * 40)
            dump.gap()
        index = dump.start(text, title=text.title.upper())
        dump.title(index, text.title.upper())
        dump.gap()
        dump.body(index, text, wrap=68)
    return dump


SOURCES_HEAD = """# Fresh held-out dumps: sources and licences

Built by `python -m bench.fresh_dumps` from [texts.txt](texts.txt); this file too. These
dumps were written, and first scored, before anyone tuned the splitter on them; they are
never tuned on and `--show` never prints them. They stand in for the held-out half, which
was partly spent when a rule was chosen after its figures had been seen.

Every headline, body paragraph, intertitle and caption is real published text, copied
verbatim (whitespace aside) from the page named below; where a page was read as a listing
or an excerpt, the body is the paragraphs the page printed, cut at a paragraph end (an
ending `...` is the publisher's own). Everything around them is written by the builder
and taken from no source: mail headers, greetings, footers, section labels, publication
and date lines, counters, breadcrumbs, share lines, "read also" lists (titles of other
articles in the set), export headers, cover pages and field lines, front matter, image
lines and their credits where no caption was published, italic and `>` deks (which
repeat the lead's first sentence as sites and clippers do), and trailers. Wire copy
upper-cases the headline and hard-wraps the paragraphs.

Licences: Global Voices publishes under CC BY 3.0 (© the authors and translators of
Global Voices); Agência Brasil (EBC) publishes under CC BY 3.0 BR; the two Agência
Brasil texts were read as republished by liberalfm.com.br, which names Agência Brasil
as their source. The French teasers marked ecirtam.net were read in that site's archive
of the Global Voices en français feed. Changes (CC BY asks that they be indicated): none
to the words; HTML removed, paragraphs kept as published, Markdown markers added in the
clipper dumps, headlines upper-cased and lines wrapped in wire copy. The dumps are shared
under CC BY 4.0, keeping the sources' attribution.

"""


SOURCES_TABLE = (
    "| Id | Language | Title | URL | Licence | Used in |\n| :- | :- | :- | :- | :- | :- |\n"
)
"""The head of the table of texts every SOURCES.md ends with."""


def sources(texts: dict[str, Text], used: dict[str, list[str]], head: str = SOURCES_HEAD) -> str:
    """SOURCES.md: a half's note (`head`, this half's by default), then the table with one
    row per article."""
    rows = [
        f"| {t.id} | {t.language} | {t.title.replace('|', '/')} | {t.url} | {t.licence} | "
        f"{', '.join(used.get(t.id, [])) or '-'} |"
        for t in texts.values()
    ]
    return head + SOURCES_TABLE + "\n".join(rows) + "\n"


def built_files(
    builders: Iterable[Callable[[dict[str, Text]], Dump]], texts: dict[str, Text]
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each builder's dump and gold file by name, and the dumps each text went into.

    Shared by every half's builder so their gold files are written alike; the second
    value is what a SOURCES.md lists."""
    files: dict[str, str] = {}
    used: dict[str, list[str]] = {}
    for builder in builders:
        dump = builder(texts)
        files[dump.name + dump.suffix] = dump.text()
        gold = json.dumps(dump.gold(), ensure_ascii=False, indent=1)
        files[f"{dump.name}.gold.json"] = gold + "\n"
        for article in dump.articles:
            used.setdefault(str(article["source"]), []).append(dump.name)
    return files, used


def write_files(files: dict[str, str], argv: Sequence[str], default: Path) -> int:
    """Writes built files into the folder given on the command line, or `default`."""
    target = Path(argv[0]) if argv else default
    target.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (target / name).write_text(content, encoding="utf-8")
    return 0


_BUILDER_NAME = re.compile(
    r"(?:classic|clipper_markdown|email_digest|foreign_web|lexisnexis|long_intertitles"
    r"|nexis_factiva|trailers)_\d\d(?:_[a-z]+)?"
)
"""A dump builder's name: the shape it pastes, a number, and for exports the tool."""


def builders_in(namespace: Mapping[str, object]) -> tuple[Callable[[dict[str, Text]], Dump], ...]:
    """The dump builders a half's module defines (its `globals()`), in name order: read from
    the module, so a builder written there is built with no list of them to keep in step."""
    module = namespace["__name__"]
    return tuple(
        builder
        for name, builder in sorted(namespace.items())
        if _BUILDER_NAME.fullmatch(name)
        and callable(builder)
        and getattr(builder, "__module__", None) == module
    )


@dataclass(frozen=True)
class Half:
    """A set of real-text dumps as one builder module writes them: its builders, the texts
    they paste, the folder they go to and, for a half that is only scored, the head of its
    SOURCES.md (tune dumps write none). Every builder module is one of these, so building
    and writing a half is written once."""

    builders: tuple[Callable[[dict[str, Text]], Dump], ...]
    texts: Path
    folder: Path
    sources_head: str | None = None

    def build(self, texts: dict[str, Text] | None = None) -> dict[str, str]:
        """Every file of the half by name: dumps, gold files and SOURCES.md."""
        texts = texts if texts is not None else read_texts(self.texts)
        files, used = built_files(self.builders, texts)
        if self.sources_head is not None:
            files["SOURCES.md"] = sources(texts, used, self.sources_head)
        return files

    def main(self, argv: Sequence[str] = ()) -> int:
        """Writes the half (into the folder given on the command line, or its own)."""
        return write_files(self.build(), argv, self.folder)


HALF = Half(builders_in(globals()), TEXTS, FRESH, SOURCES_HEAD)
"""The fresh half: Global Voices and Agência Brasil text in six languages."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
