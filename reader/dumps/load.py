"""A dump file to `Article` records: decode, split into lines, find articles, build them.

Pure functions over text; the only I/O is reading the dump file itself. Articles are
yielded as they are found (`iter_articles`), so a big dump's list fills while it is
split; `split_text` and `load_dump` collect them.

Nothing is dropped: every line lands in an article (title, meta, subheading, body)
or in the dump's own matter (an export header, an email greeting, a footer), which
rides on the first article's `meta.dump_front_matter` and the last's `meta.dump_back_matter`.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.article import Article
from reader.collector import collector_paused
from reader.dumps import credits, measure
from reader.dumps._patterns import lazy
from reader.dumps.assemble import Placement, assemble
from reader.dumps.batches import ahead, doubling
from reader.dumps.boundaries import PREFIX, Cut, Layout, iter_spans, mails_one_by_one
from reader.dumps.chrome import line_key, section_label, unnumbered
from reader.dumps.decoding import DumpError, decode_dump
from reader.dumps.file_bytes import NotAFileError, read_at_most
from reader.dumps.footer_words import unsubscribes
from reader.dumps.jsonl import iter_jsonl, looks_like_jsonl
from reader.dumps.language import language_of
from reader.dumps.lines import logical_lines, raw_lines
from reader.dumps.roles import Classifier, Facts, listed_headline

if TYPE_CHECKING:
    from reader.dumps.split_cache import SplitCache

MAX_DUMP_BYTES = 512 * 1024 * 1024
"""Bigger files are refused rather than read into memory."""


@dataclass(slots=True)
class Dump:
    """One split dump: its articles and the matter that belongs to none of them."""

    source: str
    articles: list[Article]
    front_matter: list[str] = field(default_factory=list)
    """Lines before the first article: an export header, a cover page, a greeting."""
    back_matter: list[str] = field(default_factory=list)
    """Lines after the last article's text that no article could take: a footer."""


@dataclass(frozen=True, slots=True)
class Placed:
    """Where one logical line of a dump went, for `reader articles --lines`."""

    first: int
    """The dump line (from 0) it starts on."""
    last: int
    """The dump line it ends on (wrapped copy spans several)."""
    role: str
    """What the line is (text, byline, chrome, field …), decided before the split."""
    article: int | None
    """The article's index; None for the dump's matter."""
    field: str
    """title, meta, subhead, body or matter."""
    rule: str


_MAIL_HEADER = lazy(
    r"^(?:from|to|cc|bcc|subject|sent|date|reply-to|objet|envoyé|à|sujet|pour|betreff|von|an"
    r"|gesendet|datum|oggetto|inviato|mittente|destinatario|da|asunto|enviado(?: el)?"
    r"|enviada em|fecha|para|assunto|data|de|van|aan|onderwerp|verzonden"
    r"|от|кому|копия|тема|дата|отправлено|od|do|temat|wysłano)\s*:\s*\S",
    re.IGNORECASE,
)
"""The first line of a mail a newsletter was pasted from."""
_VIEW_ONLINE = lazy(
    r"^(?:view (?:this )?e-?mail (?:in (?:your |a )?browser|online)|view (?:it )?online"
    r"|view in (?:your )?browser|bekijk (?:deze e-mail )?(?:in (?:uw|je) browser|online)"
    r"|voir (?:cet e-?mail )?(?:dans (?:le|votre) navigateur|la version en ligne)"
    r"|(?:diese e-?mail )?im browser (?:ansehen|anzeigen|öffnen)"
    r"|ver (?:este correo |este e-?mail )?(?:en el|no) navegador|visualizza nel browser"
    r"|view (?:this )?post on the web)(?:\b|$)",
    re.IGNORECASE,
)
"""The first line of a newsletter's own text, where no mail header was pasted above it (or a
forwarded mail's mark, `credits.is_forward_mark`)."""


def _view_online(text: str) -> bool:
    """A newsletter's "View this email online" or a forwarded mail's mark: the first line of
    a pasted mail's own text."""
    return bool(_VIEW_ONLINE.match(text)) or credits.is_forward_mark(text)


_SIGNATURE = "--"
"""The line a mail's signature opens under (RFC 3676's `-- `, as a logical line)."""
_WIDE_GAP = 2
"""A gap of this many blank lines is wide in a dump whose blocks are set apart by one: it
ends a mail header's block."""
_RHYTHM_LINES = 200
"""The lines under a mail header read to learn how far apart the dump sets its blocks
(`_usual_gap`): where they stand two blank lines apart, a header's block ends at a gap
wider than that."""
_HEADER_LINES = 40
"""An export's request header is shorter than this many lines."""
_FOOTER_WORDS = 60
"""A footer's lines are short; a line longer than this is article text."""
_COVER_LINES = 400
"""A cover page's list of headlines is found again within this many lines."""
_SPANS_AT_ONCE = 64
"""The most articles' lines found before they are assembled (`reader.dumps.batches`)."""
_COVER = "front matter: a cover page listing the documents' headlines"
_MASTHEAD = "front matter: a digest's masthead and contents, over its first numbered message"
_FRONT = "front matter: before the first article, no article text in it"
_MASTHEAD_OVER_LIST = "front matter: a few short lines over a digest's first listed story"
_BACK = "back matter: after an article, no article text in it"


@dataclass(frozen=True, slots=True)
class Part:
    """What a run over one part of a dump needs (`reader.dumps.parts`): the first part
    stops at `cut`; a later one (the text from the cut on) splits with the whole dump's
    `layout` and has no head of its own (no mail or request header); its lines are read
    from `begin` in `whole` (`lines.rest_of`), so that they join as the whole dump's do."""

    cut: Cut | None = None
    layout: Layout | None = None
    whole: str = ""
    begin: int = 0


@dataclass(slots=True)
class _Held:
    """The article found last, kept until the next one is found: lines with no text of
    their own that come between them are its."""

    lines: list[Facts]
    article: Article
    placements: list[Placement]
    stray: list[tuple[int, str]] = field(default_factory=list)
    """Where each run of such lines starts in `lines`, and why it looked like an article."""
    footer: bool = False
    """A run of them is a newsletter's footer (set off by a rule, nothing but short lines
    and the words of a footer): the dump's matter, wherever it stands."""


class _Run:
    """One pass of the splitter over a dump's text, keeping its matter (and, when traced,
    where every line went)."""

    def __init__(
        self,
        text: str,
        source: str,
        encoding: str,
        traced: bool = False,
        part: Part | None = None,
    ) -> None:
        self.text = text.removeprefix("\ufeff")
        self.source = source
        self.encoding = encoding
        self.part = part
        self.front: list[str] = []
        self.back: list[str] = []
        self.placed: list[Placed] | None = [] if traced else None
        self.raw: list[str] | None = None
        """The dump's lines, split only when some are matter."""
        self.matter_end = 0
        """The line after the last one kept as matter (a form feed can share a line)."""
        self.listed: set[str] = set()
        """The headlines a contents list in the front matter names, folded: each opens its
        story where it comes again (`Layout.listed`)."""

    def articles(self) -> Iterator[Article]:
        """The articles, each as soon as the next one's start is found."""
        if looks_like_jsonl(self.text):
            yield from self._jsonl()
            return
        why: dict[int, str] | None = {} if self.placed is not None else None
        held: _Held | None = None
        count = at = 0
        part = self.part
        whole = part is not None and part.whole
        layout, cut = (None, None) if part is None else (part.layout, part.cut)
        lines = logical_lines(part.whole, part.begin) if whole else logical_lines(self.text)
        if cut is None:  # towards a cut, no line past what `iter_spans` reads is made
            lines = ahead(lines, itertools.repeat(PREFIX))  # nothing read later changes them
        facts = map(Classifier(), lines)
        # a part from a cut on (a separator's, the part's first line under it) has no head of
        # its own but an article of the dump above it: a footer at its start is matter there,
        # which joins no parts (`parts._joins`)
        rest = part is not None and part.layout is not None
        if not rest:
            facts = self._after_mail_header(facts)
        spans = iter_spans(facts, why, layout, cut, self.listed)
        # assembling reads only a span's lines, which nothing changes once the span is found
        # (`iter_spans` changes lines of the span still open; the classifier, the line above
        # the one it reads), and changes none; `iter_spans` reads what this loop makes
        # (`self.listed`) only before its first span
        for span in ahead(spans, doubling(_SPANS_AT_ONCE)):
            first, at = at, at + len(span)
            if held is not None and not (count or rest) and _masthead_over(held, span):
                self._matter(held.lines, self.front, _MASTHEAD_OVER_LIST)
                held = None
            placements: list[Placement] | None = [] if self.placed is not None else None
            article = assemble(span, self.source, count + (held is not None), placements)
            divided = span[0].line.separator_before or (rest and first == 0)
            footer = (held is not None or rest) and divided and _footer_only(span, article)
            if _bodyless(article) or footer or (held is None and _greeting_only(article)):
                if held is None:
                    self._matter(span, self.front, _FRONT)
                else:  # a trailer, a lone quotation taken for a headline: the article above's
                    held.stray.append((len(held.lines), _why(why, first)))
                    held.lines.extend(span)
                    held.footer = held.footer or footer
                continue
            if placements:
                placements[0] = (placements[0][0], f"{placements[0][1]}; {_why(why, first)}")
            if held is not None:
                yield self._finish(held, last=False)
                count += 1
            held = _Held(span, article, placements or [])
        if held is not None:
            yield self._finish(held, last=cut is None or not cut.met)

    def _after_mail_header(self, facts: Iterator[Facts]) -> Iterator[Facts]:
        """The lines after a mail header ("From:", "Subject:" …) and the greeting under it,
        up to the first gap wider than the dump's usual one (`_usual_gap`; `_WIDE_GAP` at
        least), a separator, or the first block that is neither header nor greeting: those
        are the dump's front matter, with the note of whoever forwarded the mail when one
        greets above it ("Hallo Jana, anbei …"); none where the header comes again further
        down (`boundaries.mails_one_by_one`): the dump is mails, each an article; nor where
        the greeting runs on to the dump's end or to a signature: a mail pasted alone, whose
        text is the article."""
        first = next(facts, None)
        if first is None:
            return
        header = [first]
        if not _opens_mail(first.line.text):
            note = _forwarding_note(first, facts)
            opens = _mail_under_note(first, note)
            if opens is None:
                yield from self._after_request_header(itertools.chain([first], note, facts))
                return
            header += note[: opens + 1]
            facts = itertools.chain(note[opens + 1 :], facts)
        ahead = list(itertools.islice(facts, _RHYTHM_LINES))
        if header[-1] is first and (mails_one_by_one([first, *ahead]) or _replies(first, ahead)):
            yield from itertools.chain([first], ahead, facts)  # each mail an article
            return
        wide = max(_WIDE_GAP, _usual_gap(ahead) + 1)
        forwards = _forwards([*header, *ahead])
        if forwards and header[-1] is first and credits.is_forward_mark(first.line.text):
            yield from itertools.chain([first], ahead, facts)  # the first forwarded mail
            return
        facts = itertools.chain(ahead, facts)
        for fact in facts:
            if (
                fact.line.gap_before >= wide
                or fact.line.separator_before
                or _after_greeting(fact)
                or (forwards and credits.is_forward_mark(fact.line.text))
            ):
                if fact.line.text == _SIGNATURE:  # the mail's own text ended above it
                    yield from itertools.chain(header, [fact], facts)
                    return
                self._matter(header, self.front, "front matter: a mail header and greeting")
                # a digest's table of contents, like an export's cover page, lists the
                # headlines that follow
                yield from self._after_request_header(itertools.chain([fact], facts))
                return
            header.append(fact)
        if any(fact.role == "text" and not _MAIL_HEADER.match(fact.line.text) for fact in header):
            yield from header  # a mail pasted alone: its text is the article
            return
        self._matter(header, self.front, "front matter: a mail header and greeting")

    def _after_request_header(self, facts: Iterator[Facts]) -> Iterator[Facts]:
        """The lines from a database export's first record mark ("1 of 3 DOCUMENTS"): the
        search request above it is the dump's front matter; as are a cover page listing the
        documents' headlines, and a digest's masthead and contents over its first numbered
        message ("Send X mailing list submissions to …", "Today's Topics:", then "Message: 1"
        and "Message: 2" further down)."""
        head = list(itertools.islice(facts, _HEADER_LINES))
        mark = next((at for at, fact in enumerate(head) if _opens_record(fact)), None)
        if mark and not any(_paragraph(fact) for fact in head[:mark]):
            self._matter(head[:mark], self.front, "front matter: an export's request header")
            head = head[mark:]
        elif numbered := [at for at, fact in enumerate(head) if _numbers_message(fact)]:
            head += itertools.islice(facts, _COVER_LINES)
            if numbered[0] and any(_numbers_message(fact) for fact in head[numbered[0] + 1 :]):
                self._matter(head[: numbered[0]], self.front, _MASTHEAD)
                head = head[numbered[0] :]
        elif (listed := _listed_headline(head)) is not None:
            head += itertools.islice(facts, _COVER_LINES)
            first = _first_document(head, listed)
            if first:
                self._matter(head[:first], self.front, _COVER)
                head = head[first:]
        yield from head
        yield from facts

    def _finish(self, held: _Held, last: bool) -> Article:
        if last or held.footer:
            self._drop_footer(held)
        if held.stray:
            self._take_stray(held)
        article = held.article
        if article.index == 0 and self.front:
            article.meta["dump_front_matter"] = "\n".join(self.front)
            if "language" not in article.meta:
                _front_language(article, self.front)
        if last and self.back:
            article.meta["dump_back_matter"] = "\n".join(self.back)
        if self.encoding not in ("utf-8", "ascii"):
            article.meta["encoding"] = self.encoding
        if self.placed is not None:
            self.placed.extend(
                _placed(facts, article.index, where, rule)
                for facts, (where, rule) in zip(held.lines, held.placements, strict=True)
            )
        return article

    def _drop_footer(self, held: _Held) -> None:
        """A newsletter footer (unsubscribe and preference links) after the last article:
        the dump's back matter."""
        lines = held.lines
        start = _footer_start(lines)
        if start is None:
            return
        placements: list[Placement] | None = [] if self.placed is not None else None
        rebuilt = assemble(lines[:start], self.source, held.article.index, placements)
        if _bodyless(rebuilt):
            return
        self._matter(lines[start:], self.back, "back matter: a newsletter footer")
        held.stray = [(at, why) for at, why in held.stray if at < start]
        held.lines, held.article, held.placements = lines[:start], rebuilt, placements or []

    def _take_stray(self, held: _Held) -> None:
        """Builds the article again with the lines that followed it with no text of
        their own; the rare lines it still cannot take are the dump's back matter."""
        placements: list[Placement] | None = [] if self.placed is not None else None
        rebuilt = assemble(held.lines, self.source, held.article.index, placements)
        if _bodyless(rebuilt):
            stray = held.lines[held.stray[0][0] :]
            del held.lines[held.stray[0][0] :]
            self._matter(stray, self.back, _BACK)
            return
        if placements:
            for at, why in held.stray:
                where, rule = placements[at]
                placements[at] = (where, f"{rule}; {why}, but no text followed it")
        marks = [held.lines[at].line.record for at, _ in held.stray if held.lines[at].line.record]
        if marks:  # "2 of 3 DOCUMENTS" over lines with no text of their own
            rebuilt.meta["record"] = " | ".join(filter(None, [rebuilt.meta.get("record"), *marks]))
        held.article, held.placements = rebuilt, placements or []

    def _matter(self, span: list[Facts], into: list[str], rule: str) -> None:
        """Keeps lines as the dump has them (marks, wrapping and all) as its matter."""
        if self.raw is None:
            self.raw = raw_lines(self.text)
        for facts in span:
            if facts.line.record:  # "1 of 3 DOCUMENTS", a mark line above this one
                into.append(facts.line.record)
            if facts.line.as_written:  # a front-matter field, with its `---` lines
                into.append(facts.line.as_written)
            else:
                first = max(facts.line.number, self.matter_end)
                into.extend(self.raw[n].strip() for n in range(first, facts.line.last + 1))
            self.matter_end = max(self.matter_end, facts.line.last + 1)
        if into is self.front:
            self.listed.update(line_key(f.meta[0][1]) for f in span if f.role == "bullet")
        if self.placed is not None:
            self.placed.extend(_placed(facts, None, "matter", rule) for facts in span)

    def _jsonl(self) -> Iterator[Article]:
        count = 0
        for number, line, article in iter_jsonl(self.text, self.source):
            if article is None:
                (self.back if count else self.front).append(line)
                if self.placed is not None:
                    rule = "JSON Lines: not an article object"
                    self.placed.append(Placed(number, number, "record", None, "matter", rule))
                continue
            if self.placed is not None:
                rule = "JSON Lines: an article object (its title and text fields)"
                self.placed.append(Placed(number, number, "record", count, "body", rule))
            if self.encoding not in ("utf-8", "ascii"):
                article.meta["encoding"] = self.encoding
            yield article
            count += 1


_GREETING = lazy(
    r"^(?:hello|hi|hey|dear|good (?:morning|evening|afternoon)|bonjour|bonsoir|salut|ch[èe]re?s?"
    r"|hallo|guten (?:morgen|tag|abend)|liebe[rs]?|hola|buen(?:os|as) (?:d[íi]as|tardes)"
    r"|querid[oa]s?|estimad[oa]s?|ol[áa]|oi|bom dia|boa (?:tarde|noite)|car[oaie]|ciao"
    r"|buongiorno|buonasera|gentil[ei]|goedemorgen|goedemiddag|goedenavond|beste|hoi)\b",
    re.IGNORECASE,
)
"""The greetings a newsletter opens with, in the languages reader meets most."""
_GREETING_WORDS = 40
_SALUTATION = lazy(r"^[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3},$")
"""A line that greets the reader, in any language: up to four words and a comma ("Hallo
Jana,", "Cześć Ola,", "Hi all,")."""
_NOTE_LINES = 12
"""A note over a forwarded mail is shorter than this many lines."""
_BARE_NOTE_WORDS = 20
"""A note with no greeting over a forwarded mail ("FYI", "Zur Info, für Donnerstag.") has
lines no longer than this many words."""
_MAIL_NOTE = lazy(
    r"forwarded this|was this (?:e-?mail )?forwarded|subscribe here|view (?:this e-?mail )?online"
    r"|having trouble viewing|weitergeleitet|version en ligne|transféré|ver en el navegador"
    r"|reenviado|encaminhado|ver no navegador|inoltrat[oa]|visualizza nel browser"
    r"|view (?:this )?e-?mail in (?:your )?browser|bekijk deze e-?mail|doorgestuurd"
    r"|this e-?mail originated from outside|external e-?mail",
    re.IGNORECASE,
)
"""A newsletter's note above its greeting ("Forwarded this email? Subscribe here")."""


_BROWSER = lazy(r"browser|navigateur|navegador|vers(?:ione|ion|ão|ao) web", re.IGNORECASE)
_MAILED = lazy(r"e-?mail|courriel|correo|newsletter|://", re.IGNORECASE)


def _browser_note(text: str) -> bool:
    """A note that the mail can be read in a web browser, in any of the languages above
    ("Visualizza questa email nel tuo browser (https://…)"): it names the browser and links
    to the copy. Naming the mail is not enough: a first headline and its teaser about
    browsers and e-mail ("Chrome browser to block e-mail tracking pixels") name both."""
    return bool(_BROWSER.search(text)) and "://" in text


def _opens_mail(text: str) -> bool:
    """The first line of a pasted mail: a header line, or a mail client's or newsletter's
    mark over one ("---------- Forwarded message ---------", "View this email online")."""
    return bool(_MAIL_HEADER.match(text) or _view_online(text)) or credits.mail_field(text)


def _forwards(facts: Sequence[Facts]) -> bool:
    """Two mails or more forwarded in one (`credits.is_forward_mark`) among the dump's first
    lines: each forwarded mail is an article under its own header, not the front matter."""
    return sum(credits.is_forward_mark(fact.line.text) for fact in facts) >= 2


_REPLY = lazy(
    r"^[^\W\d_][\w-]*\s*:\s*(?:re|aw|sv|vs|antw|odp|rif|r|res|ynt|ответ)(?:\[\d+\])?\s*:",
    re.IGNORECASE,
)
"""A header line whose value opens with a reply's mark ("Subject: Re: …", "Betreff: AW: …",
"Oggetto: R: …", "Temat: Odp: …"): no other field of a header opens so."""


def _replies(first: Facts, ahead: Sequence[Facts]) -> bool:
    """Whether the mail header the dump opens with is a reply's (`_REPLY`): a reply is a
    mail's own text, however short its paragraphs, never a newsletter's greeting."""
    block = itertools.takewhile(lambda fact: not fact.line.gap_before, ahead)
    return any(_REPLY.match(fact.line.text) for fact in itertools.chain([first], block))


def _forwarding_note(first: Facts, facts: Iterator[Facts]) -> list[Facts]:
    """The lines under a first line that greets someone ("Hallo Jana,", "Cześć Ola,") or is
    short enough to be a note with no greeting ("Zur Info, für Donnerstag."), taken from
    `facts`, where a note over a forwarded mail would end; none under other lines."""
    if not _SALUTATION.match(first.line.text.strip()) and first.words > _BARE_NOTE_WORDS:
        return []
    return list(itertools.islice(facts, _NOTE_LINES))


def _mail_under_note(first: Facts, note: Sequence[Facts]) -> int | None:
    """Where a forwarded mail opens in `note`, the lines under `first`: anywhere in a note
    that greets; under a note with no greeting only right under its one block, and only by a
    client's mark or two header lines, which a headline's next lines never are."""
    if _SALUTATION.match(first.line.text.strip()):
        return next((at for at, fact in enumerate(note) if _opens_mail(fact.line.text)), None)
    opens = next((at for at, fact in enumerate(note) if fact.line.gap_before), None)
    if opens is None or any(fact.words > _BARE_NOTE_WORDS for fact in note[:opens]):
        return None
    text = note[opens].line.text
    if _view_online(text):
        return opens
    below = note[opens + 1].line.text if opens + 1 < len(note) else ""
    return opens if _MAIL_HEADER.match(text) and _opens_mail(below) else None


def _usual_gap(facts: Sequence[Facts]) -> int:
    """The blank lines the dump usually sets between its blocks (the lower median of the
    gaps there are; 1 where there is none): a gap is wide against this, not against a fixed
    count, for pastes set their blocks apart by one blank line or more, and a digest may
    set its items' paragraphs right under their headlines."""
    gaps = sorted(fact.line.gap_before for fact in facts if fact.line.gap_before)
    return gaps[(len(gaps) - 1) // 2] if gaps else 1


def _after_greeting(fact: Facts) -> bool:
    """A block under a mail header that is neither more header nor a greeting (which opens
    with a greeting word or ends on a comma, colon, stop or exclamation mark): the first
    item of the newsletter."""
    text = fact.line.text.strip()
    if fact.role == "bullet" and fact.line.gap_before:
        return True  # a list's first item: a digest's first story, however it ends
    if not fact.line.gap_before or _MAIL_HEADER.match(text) or _GREETING.match(text):
        return False
    if fact.role == "chrome" and fact.meta and fact.meta[0][0] == "link":
        return False  # "View this email in your browser<https://…>", a logo's link
    if unsubscribes(text) or _MAIL_NOTE.search(text) or _view_online(text):
        return False
    if _browser_note(text):
        return False
    return fact.words > _GREETING_WORDS or text[-1:] not in ",:.!"


def _footer_start(lines: Sequence[Facts]) -> int | None:
    """Where a newsletter footer starts in the last article's lines: the block holding the
    first unsubscribe line of a tail of short lines, or the wider gap or separator before
    it when nothing but short lines comes between; None when there is no footer."""
    tail = len(lines)
    while tail > 1 and lines[tail - 1].words <= _FOOTER_WORDS:
        tail -= 1
    first = _unsubscribe_line(lines, tail)
    if first is None:
        return None
    block = next(
        (
            at
            for at in range(first, 0, -1)
            if lines[at].line.gap_before or lines[at].line.separator_before
        ),
        None,
    )
    if block is None:
        return None
    block = _sign_off_start(lines, block)
    wide = next(
        (
            at
            for at in range(block, 0, -1)
            if lines[at].line.gap_before >= 2 or lines[at].line.separator_before
        ),
        None,
    )
    if wide is not None and all(_footer_line(fact) for fact in lines[wide:block]):
        block = wide
    return _after_last_link(lines, block)


def _unsubscribe_line(lines: Sequence[Facts], tail: int) -> int | None:
    """The first line from `tail` on that holds a footer's words (`unsubscribes`), unless the
    article's own sentences go on under it (`_statement`: "… to unsubscribe from …").
    Read from the end: most articles end on a statement, and then only the lines under the
    last one are searched, and those above it only when one under it holds the words (one
    above it would be the first, with a statement under it): reading every short line of a
    last article made of short paragraphs was 8% of a real dump's split."""
    last = next(
        (at for at in range(len(lines) - 1, tail - 1, -1) if _statement(lines[at])), tail - 1
    )
    first = next(
        (at for at in range(last + 1, len(lines)) if unsubscribes(lines[at].line.text)), None
    )
    if first is None or any(unsubscribes(lines[at].line.text) for at in range(tail, last)):
        return None
    return first


def _after_last_link(lines: Sequence[Facts], start: int) -> int:
    """The footer's start moved up to the line after the last article's link ("Read more:
    https://…") when only a few short blocks stand between ("Thanks for reading The Desk!
    Subscribe for free …"): a digest's article ends with its link, and what follows the
    last one is the mail's, in any language."""
    at = start
    while at > 1 and start - at < _SIGN_OFF_LINES and lines[at - 1].role != "url":
        if lines[at - 1].words > _FOOTER_SPAN_WORDS:
            return start
        at -= 1
    if at == start or lines[at - 1].role != "url" or not lines[at].line.gap_before:
        return start
    return at


_FOOTER_MARK = lazy(r"https?://|www\.|@|©|\(c\)|\||·", re.IGNORECASE)
"""What a footer's lines hold and an article's sentences seldom do: a link, a mail address,
a copyright sign, links or an address set apart by bars or dots."""


def _statement(fact: Facts) -> bool:
    """A statement of running text with no mark of a footer (`_FOOTER_MARK`), naming no
    mail (`_MAILED`), with no footer words: an article's paragraph. Under a footer's first
    unsubscribe line come links, an address under its label, a copyright line, a question
    to the reader ("Möchtest du ändern, wie du diese E-Mails bekommst?") and more footer
    words, never such a sentence."""
    text = fact.line.text
    return (
        fact.role == "text"
        and measure.ends_sentence(text)
        and not measure.ends_question(text)
        and not measure.ends_colon(text)  # a label ("Our mailing address is:")
        and not _FOOTER_MARK.search(text)
        and not _MAILED.search(text)
        and not unsubscribes(text)
    )


_FOOTER_LINE_WORDS = 6
"""A footer's text line above the unsubscribe line ("Thanks for reading!") is short."""


_SIGN_OFF_LINES = 3


def _sign_off_start(lines: Sequence[Facts], block: int) -> int:
    """The footer's start moved up over a sign-off right above it ("Un saludo," / "El
    equipo del Boletín"): a block of a few short lines, the first ending on a comma."""
    above = next(
        (
            at
            for at in range(block - 1, 0, -1)
            if lines[at].line.gap_before or lines[at].line.separator_before
        ),
        None,
    )
    if above is None or block - above > _SIGN_OFF_LINES:
        return block
    sign_off = lines[above:block]
    if sign_off[0].line.text.rstrip().endswith(",") and all(
        fact.words <= _FOOTER_LINE_WORDS for fact in sign_off
    ):
        return above
    return block


def _footer_line(fact: Facts) -> bool:
    return fact.role != "text" or fact.words <= _FOOTER_LINE_WORDS or unsubscribes(fact.line.text)


def _footer_only(span: Sequence[Facts], article: Article | None) -> bool:
    """A run of lines (after a divide) that is all newsletter footer: share links, a
    copyright line, the sender's address, "why you receive this" and the unsubscribe
    link (a service's footer, set under a rule between two mails pasted in one dump). Its
    lines are all short and one says why you receive the mail or how to stop it; then
    either every line is a footer's (`_footer_line`) or the run has no headline of its own
    (the article it would make takes its title from its first line), in any language."""
    if len(span) > _FOOTER_SPAN or any(fact.words > _FOOTER_SPAN_WORDS for fact in span):
        return False  # an article's paragraphs: most spans stop here
    if not any(unsubscribes(fact.line.text) for fact in span):
        return False
    untitled = article is None or "title_source" in article.meta
    return untitled or all(map(_footer_line, span))


_FOOTER_SPAN = 40
"""A footer has fewer lines than this."""
_FOOTER_SPAN_WORDS = 30
"""No line of a footer set apart runs longer than this ("You received this digest because
you're subscribed to updates for this group …" is 24 words)."""


def _numbers_message(fact: Facts) -> bool:
    """A digest's number over a message's header ("Message: 3", `credits.is_message_number`)."""
    return credits.is_message_number(fact.line.text)


def _opens_record(fact: Facts) -> bool:
    """A record mark ("1 of 3 DOCUMENTS") or the headline field a Factiva document opens
    with (`HD`): above the first, a search summary is the export's header."""
    text = fact.line.text
    return bool(fact.line.record) or text == "HD" or text.startswith("HD\t")


def _paragraph(fact: Facts) -> bool:
    return fact.role == "text" and fact.shape is None and fact.words >= _PARAGRAPH_WORDS


def _listed_headline(head: Sequence[Facts]) -> str | None:
    """The first item, folded, of a list near the top of a dump ("1. Headline"): a database
    export's cover page and a digest's contents list the headlines that follow."""
    for fact in head:
        if fact.role == "bullet":  # "1. Headline", "• Headline - 1 Update"
            return line_key(fact.meta[0][1])
        if _paragraph(fact):
            return None  # an article came first: a list under it ranks stories, not documents
    return None


_PARAGRAPH_WORDS = 12


def _first_document(head: Sequence[Facts], listed: str) -> int | None:
    """Where the first listed headline comes again as a line of its own: the first
    document; everything above it is the cover page."""
    seen = False
    for at, fact in enumerate(head):
        if fact.role == "bullet" and line_key(fact.meta[0][1]) == listed:
            seen = True
        elif seen and (headline := unnumbered(_headline_key(fact))) and _lists(listed, headline):
            return _labelled_from(head, at)
    return None


def _headline_key(fact: Facts) -> str:
    """A line's text folded, when it could be a headline, or a title or subject field's value
    folded (a digest's "Betreff: Headline" or "Subject: Headline" under the message's
    number; an export's "SUBJECT:" index terms are never a listed headline)."""
    if fact.role == "field" and fact.meta[0][0] in ("title", "subject"):
        return line_key(fact.meta[0][1])
    if fact.role == "chrome" and fact.line.text[:1].isdigit():
        return line_key(fact.line.text)  # "2 | Headline", which reads as a label and its value
    return fact.folded


def _labelled_from(head: Sequence[Facts], at: int) -> int:
    """The first document's first line: its headline, or the section label over it
    ("AMERICAS ·· PERU"), which is the document's, not the cover page's."""
    while at > 0 and not head[at].line.separator_before and head[at - 1].role != "bullet":
        above = head[at - 1].line
        if head[at].line.block_start and section_label(above.text) is None:
            break
        at -= 1
    return at


_LISTED_SUFFIX = lazy(r"^\s*[-–—|,(/·]\s*\S.{0,60}$")
"""What a cover page's list adds after a headline: " - Global Voices", ", 3 May 2024"."""


def _lists(listed: str, headline: str) -> bool:
    """The cover page's item is the headline, maybe followed by its source or date."""
    if listed == headline:
        return True
    return listed.startswith(headline) and bool(_LISTED_SUFFIX.match(listed[len(headline) :]))


def _bodyless(article: Article | None) -> bool:
    """No article, or one without body text (`Article.has_body`, which decodes nothing:
    decoding every body only to tell it from nothing was 0.4% of a split)."""
    return article is None or not article.has_body


_GREETING_ONLY_WORDS = 12
_GREETING_ONLY_LINES = 4


def _greeting_only(article: Article | None) -> bool:
    """The dump's first block holds nothing but short lines closed by a greeting ("[bluehats]
    Gazette #BlueHats n°1" over the list's address and "Bonjour à toutes et à tous,") or by
    a line announcing what follows ("Hola a todos:" over "cuatro funciones para el jueves:"):
    a mail's head pasted without its header's labels, the dump's front matter, not an
    article."""
    if article is None:
        return False
    lines = article.body.split("\n\n")
    greeting = lines[-1].strip()
    return (
        len(lines) <= _GREETING_ONLY_LINES
        and greeting[-1:] in ",:!"
        and (bool(_GREETING.match(greeting)) or greeting.endswith(":"))
        and all(len(line.split()) <= _GREETING_ONLY_WORDS for line in lines)
    )


def _front_language(article: Article, front: Sequence[str]) -> None:
    """The dump's first article, its own words too few to tell its language ("intdiv" over
    its signature), is in the language of the front matter over it, where a digest greets
    its readers ("Hola a todos:"), if that tells one."""
    language = language_of("\n".join(front))
    if language:
        article.meta["language"] = language


def _masthead_over(held: _Held, span: Sequence[Facts]) -> bool:
    """The dump's first article is a few short lines over a digest's first story, set as a
    list item over its link (`roles.listed_headline`), and no such story itself: the
    digest's masthead, greeting or contents ("PRIVATE MESSAGING WEEKLY — Issue 41" over
    "Four reads this week."), the dump's front matter, not an article."""
    lines = [held.article.title, *held.article.body.split("\n\n")]
    return (
        listed_headline(span, 0)
        and not listed_headline(held.lines, 0)
        and len(lines) <= _GREETING_ONLY_LINES + 1
        and all(len(line.split()) <= _GREETING_ONLY_WORDS for line in lines)
    )


def _why(why: dict[int, str] | None, first: int) -> str:
    """Why an article starts at line `first`, for the trace."""
    if why is None:
        return ""
    return why.get(first, "the dump's first line")


def _placed(facts: Facts, article: int | None, where: str, rule: str) -> Placed:
    line = facts.line
    return Placed(line.number, line.last, facts.role, article, where, rule)


def iter_articles(text: str, source: str = "", encoding: str = "utf-8") -> Iterator[Article]:
    """The articles of one dump's text, in order, each yielded as soon as it is complete.

    The first article's `meta.dump_front_matter` and the last's `meta.dump_back_matter` hold the
    dump's own lines that belong to no article."""
    return _collector_paused(_Run(text, source, encoding).articles())


def split_dump(text: str, source: str = "", encoding: str = "utf-8") -> Dump:
    """The articles of one dump's text and its front and back matter."""
    run = _Run(text, source, encoding)
    articles = _paused(run.articles)
    return Dump(source, articles, run.front, run.back)


def iter_first_part(
    text: str, source: str, encoding: str, cut: Cut
) -> tuple[Iterator[Article], Dump]:
    """The articles of a dump's text up to `cut` (`reader.dumps.parts`), and the dump's matter
    found meanwhile (its lists fill as the articles come). If no article surely starts at
    the cut (`cut.met` is then False), they go on to the end of the text as `iter_articles`."""
    run = _Run(text, source, encoding, part=Part(cut=cut))
    return _collector_paused(run.articles()), Dump(source, [], run.front, run.back)


def iter_rest(
    text: str, source: str, encoding: str, layout: Layout, begin: int = 0
) -> tuple[Iterator[Article], Dump]:
    """The articles of the text from a cut (`text[begin:]`, `reader.dumps.parts`), split with
    the whole dump's `layout`, numbered from 0, as they are found; and the dump's matter
    found meanwhile (its front matter is whole once the first article comes). `text` from
    the start of the piece holding the cut (`lines.rest_of`) reads its lines as a run over
    the whole dump does."""
    part = Part(layout=layout, whole=text, begin=begin)
    run = _Run(text[begin:], source, encoding, part=part)
    return _collector_paused(run.articles()), Dump(source, [], run.front, run.back)


def split_text(text: str, source: str = "", encoding: str = "utf-8") -> list[Article]:
    """Splits the text of one dump into its articles, in order."""
    return _paused(_Run(text, source, encoding).articles)


def place_lines(text: str, source: str = "") -> list[Placed]:
    """Where each logical line of a dump went and the rule or score that decided it."""
    run = _Run(text, source, "utf-8", traced=True)
    for _ in run.articles():
        pass
    return run.placed or []


def _collector_paused(articles: Iterator[Article]) -> Iterator[Article]:
    """The articles as they are found, the garbage collector paused while the splitter
    looks for each (as `_paused` pauses it for a whole split) and left as the caller had it
    between them: the first article of a big dump comes after its first few thousand lines
    are read, and collections of them (they hold no cycles) were time lost."""
    while True:  # inline, not `collector_paused`: its generator costs 1.6 µs an article
        collecting = gc.isenabled()
        gc.disable()
        try:
            article = next(articles, None)
        finally:
            if collecting:
                gc.enable()
        if article is None:
            return
        yield article


def _paused(articles: Callable[[], Iterator[Article]]) -> list[Article]:
    """All the articles, with the garbage collector paused meanwhile: splitting makes
    hundreds of thousands of small objects and no cycles, so its passes would only
    cost time (about 8%)."""
    with collector_paused():
        return list(articles())


def read_dump(path: Path) -> tuple[str, str]:
    """(text, encoding) of a dump file; `DumpError` with a one-line reason otherwise."""
    return _decoded(path, read_dump_bytes(path))


def read_dump_bytes(path: Path) -> bytes:
    """The bytes of a dump file (not too big, not a folder); `DumpError` otherwise."""
    try:
        if path.is_dir():
            raise DumpError(f"{path}: is a directory, not a dump file")
        size = path.stat().st_size
        if size > MAX_DUMP_BYTES:
            raise DumpError(f"{path}: too large ({size} bytes; the limit is {MAX_DUMP_BYTES})")
        data = read_at_most(path, MAX_DUMP_BYTES)  # a pipe: up to the limit
        if data is None:
            raise DumpError(f"{path}: too large (more than {MAX_DUMP_BYTES} bytes)")
        return data
    except NotAFileError as exc:
        raise DumpError(f"{path}: {exc}") from None
    except FileNotFoundError as exc:
        raise DumpError(f"{path}: no such file") from exc
    except PermissionError as exc:
        raise DumpError(f"{path}: permission denied") from exc
    except OSError as exc:
        raise DumpError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _decoded(path: Path, data: bytes) -> tuple[str, str]:
    try:
        decoded = decode_dump(data)
    except DumpError as exc:
        raise DumpError(f"{path}: {exc}") from exc
    return decoded.text, decoded.encoding


def nothing_listed(path: Path, text: str | None = None) -> str:
    """Why a dump gave no article, in the one line the user is told: its text is blank, or
    nothing in it reads as an article. Without `text` the file is read again (a big dump is
    split elsewhere, and giving nothing is rare); one that cannot be read any more is told
    as giving no article."""
    if text is None:
        with contextlib.suppress(DumpError):
            text = read_dump(path)[0]
    blank = text is not None and not text.strip()
    return f"{path}: {'the file is empty' if blank else 'no article found in its text'}"


def load_dump(path: Path) -> list[Article]:
    """The articles of one dump file."""
    text, encoding = read_dump(path)
    return split_text(text, str(path), encoding)


def iter_dump(path: Path) -> Iterator[Article]:
    """The articles of one dump file as they are found (the file is read first, so a
    `DumpError` comes before any article)."""
    text, encoding = read_dump(path)
    return iter_articles(text, str(path), encoding)


def load_dumps(
    paths: Sequence[Path],
    on_empty: Callable[[str], None] | None = None,
    cache: SplitCache | None = None,
    split: Callable[[str, str, str], list[Article]] | None = None,
) -> list[Article]:
    """The articles of several dumps, in the order given; the first unreadable one raises.

    A dump that gives no article is not an error (it may be still being written), but
    `on_empty` is told why in one line, so the user does not take silence for a bug.
    With a `cache`, a dump split before (the same bytes, path and splitter) is not split
    again. `split` gives what `split_text` gives (`reader.dumps.parts.TwoCores` on two
    cores); None is `split_text` as the module holds it when called.
    """
    split = split or split_text
    articles: list[Article] = []
    for path in paths:
        data = read_dump_bytes(path)
        found = None if cache is None else cache.get(data, str(path))
        if found is None:
            text, encoding = _decoded(path, data)
            found = split(text, str(path), encoding)
            if not found and on_empty is not None:
                on_empty(nothing_listed(path, text))
            if found and cache is not None:
                cache.put(data, str(path), encoding, found)
        articles.extend(found)
    return articles
