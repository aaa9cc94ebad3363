"""The four database-export dumps the blog halves' builders (fresh36 to fresh41) write alike: a
LexisNexis export with its field lines, LexisNexis records under their copyright line, a Nexis
Uni delivery under its cover and a Factiva display. Only the names and words that are a
source's own differ between the halves (what the exports call it, its copyright holder, a
section, a byline, a job's cover), so a half states those once and this writes the dumps; each
builder module had repeated the same four functions, line for line, with its own words in them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench import database_exports as export
from bench.fresh_dumps import Dump, Text

Share = Callable[[dict[str, Text], str], tuple[str, ...]]
"""A half's dealing: the ids of the texts a dump (by name) holds."""
Builder = Callable[[dict[str, Text]], Dump]
"""A dump builder as `fresh_dumps.Half` takes it: the half's texts in, one dump out."""


@dataclass(frozen=True)
class Lexis:
    """The LexisNexis export (`lexisnexis_01`): source line (its words and indent), date,
    headline, `BYLINE:` where a half names authors, `SECTION:`, `LENGTH:`, the body unwrapped,
    `LOAD-DATE:`, `LANGUAGE:` and the publication type."""

    style: str
    source: str
    indent: int
    section: str
    byline: Callable[[Text], str] | None = None
    kind: str = "PUBLICATION-TYPE: Web Blog"

    def dump(self, t: dict[str, Text], share: Share) -> Dump:
        """The export of the texts the half deals to `lexisnexis_01`."""
        dump = Dump.named("lexisnexis_01", self.style)

        def lines(text: Text) -> export.LexisRecord:
            fields = [f"BYLINE: {self.byline(text)}"] if self.byline else []
            fields += [f"SECTION: {self.section}", f"LENGTH: {export.word_count(text)} words"]
            closing = export.lexis_closing(text, self.kind)
            return export.lexis_source(text, self.source, self.indent), fields, closing

        return export.lexis_documents(dump, t, share(t, dump.name), lines, None, 0)


@dataclass(frozen=True)
class Copyrighted:
    """The LexisNexis records under their copyright line (`lexisnexis_02`), as
    `database_exports.copyrighted_records` lays them out: the holder, the source line (words
    and indent), the field lines, the closing field and the wrapping width."""

    style: str
    holder: str
    source: tuple[str, int]
    fields: Sequence[str]
    closing: str
    wrap: int

    def dump(self, t: dict[str, Text], share: Share) -> Dump:
        """The records of the texts the half deals to `lexisnexis_02`."""
        dump = Dump.named("lexisnexis_02", self.style)
        idents = share(t, dump.name)
        fields = list(self.fields)
        return export.copyrighted_records(
            dump, t, idents, self.holder, self.source, fields, self.closing, self.wrap
        )


@dataclass(frozen=True)
class NexisUni:
    """The Nexis Uni delivery (`nexis_factiva_01_nexisuni`), as
    `database_exports.nexis_uni_delivery` takes its cover's job and search and its documents'
    source, copyright holder and byline."""

    style: str
    job: tuple[str, str, str]
    search: tuple[str, str]
    document: tuple[str, str, str]

    def dump(self, t: dict[str, Text], share: Share) -> Dump:
        """The delivery of the texts the half deals to `nexis_factiva_01_nexisuni`."""
        dump = Dump.named("nexis_factiva_01_nexisuni", self.style)
        idents = share(t, dump.name)
        return export.nexis_uni_delivery(dump, t, idents, self.job, self.search, self.document)


@dataclass(frozen=True)
class Factiva:
    """Factiva's display (`nexis_factiva_02_factiva`): the source, its code, the rights line's
    holder and the first document's number."""

    style: str
    source: str
    code: str
    rights: str
    first: int

    def dump(self, t: dict[str, Text], share: Share) -> Dump:
        """The display of the texts the half deals to `nexis_factiva_02_factiva`."""
        dump = Dump.named("nexis_factiva_02_factiva", self.style)
        idents = share(t, dump.name)
        return export.factiva_display(
            dump, t, idents, self.source, self.code, self.rights, self.first
        )


@dataclass(frozen=True)
class Exports:
    """A half's four export dumps: how it deals its texts and what each export prints of its
    source."""

    share: Share
    lexis: Lexis
    copyrighted: Copyrighted
    nexis_uni: NexisUni
    factiva: Factiva

    def builders(self) -> tuple[Builder, ...]:
        """The four dump builders, for the half's `Half` beside the builders its module
        defines."""
        parts = (self.lexis, self.copyrighted, self.nexis_uni, self.factiva)
        return tuple(_builder(part, self.share) for part in parts)


def _builder(part: Lexis | Copyrighted | NexisUni | Factiva, share: Share) -> Builder:
    """One export's dump builder: the texts in, the dump out."""

    def build(t: dict[str, Text]) -> Dump:
        return part.dump(t, share)

    return build
