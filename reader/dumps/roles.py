"""What each logical line is (chrome, byline, caption, bullet, text …), decided once.

Both the splitter (where do articles start?) and the assembler (what goes to
`meta`, what to `body`?) read these facts, so they are computed a single time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reader.dumps import chrome, credits, measure, openings
from reader.dumps._patterns import lazy
from reader.dumps.cues import Cues, Gate
from reader.dumps.lines import Line

Role = Literal[
    "chrome",
    "related",
    "updated",
    "byline",
    "caption",
    "credits",
    "bullet",
    "highlights",
    "url",
    "field",
    "text",
]
Shape = Literal["caps", "title", "sentence"]
Meta = tuple[tuple[str, str], ...]

_LABEL_LINE = 140
"""Links, section labels and timestamps are never longer than this."""
_LONG = 300
"""Lines longer than this are running text: no chrome or byline is that long."""
_URL = lazy(
    r"^(?:(?:saved from|source|url|link|via|original|read more|read the full story|full story"
    r"|continue reading|lire la suite|lire l'article|weiterlesen|mehr lesen|zum artikel"
    r"|leggi tutto|leggi l'articolo|continua a leggere|leer más|seguir leyendo|continuar lendo"
    r"|leia mais|ler mais|saiba mais|continue a ler|lees meer|lees verder|read on|weiter"
    r"|suite|seguir|continua|view (?:this )?post on the web at)\s*[:→»›>|\-–—]*\s*"
    r"|(?P<label>[^\W\d_][\w'’]*(?: [^\W\d_][\w'’]*){0,3})\s*[:→»›]\s*)?"
    r"(?:<?(?P<url>https?://[^\s>]+)>?|\((?P<paren>https?://\S+)\))$",
    re.I,
)
"""A link alone on its line, maybe under a label: a read-more link in the words of the
languages above, or in any language a label of up to four words and a colon or an arrow
("Czytaj więcej: https://…", "Läs mer → https://…", "Leia a matéria completa » http://…")."""


def labelled_link(text: str) -> bool:
    """A link under a label of its own rather than a read-more's words ("Full report:
    https://…", "Czytaj więcej: https://…"): the article's address where it closes the
    article (a digest's item), a line of its text where the text goes on under it."""
    found = _URL.match(text) if "://" in text else None
    return bool(found and found.group("label"))


_TABBED = lazy(r"^(?P<key>[^\W\d_][\w'’/-]*(?: [\w'’/-]+){0,3})\t+(?P<value>[^\s][^\t]{0,200})$")
"""A label of up to four words, a tab and its value, as an export's summary lists them
("Results Found<TAB>3"): one value, no more tabs after it (cells parted by more tabs are a
table's row, text)."""


def _tabbed_label(text: str) -> tuple[str, str] | None:
    """(key, value) of a label, a tab and its value (`_TABBED`), unless the value is the rest
    of a sentence, opening in small letters and running on to its stop: a sentence pasted
    with the tab its editor left ("The city council<TAB>approved … said."). A label's case
    cannot tell ("Results found", "Anzahl der Treffer"); a search's terms open in small
    letters but stop nowhere ("Text<TAB>voices and (kabul or lagos)")."""
    tabbed = _TABBED.match(text)
    if tabbed is None:
        return None
    value = tabbed.group("value").strip()
    if value[:1].islower() and measure.ends_sentence(value):
        return None
    return "_".join(tabbed.group("key").lower().split()), value


_LINKED = lazy(
    r"^(?P<label>[^<>]{1,220}?)\s*<(?P<url>https?://[^\s<>]+)>$"
    r"|^(?P<words>[^<>()]{1,220}?)\s+\((?P<address>https?://\S+)\)$"
)
"""A link's words with its address glued on in angle brackets, as a mail client pastes an
HTML link ("Read the full story<https://…>"), or after them in brackets, as a newsletter
service writes its plain-text part ("Read more (https://…)")."""
LINK_ENDS = ">)"
"""The last character of a line `linked_label` may take."""
_LINK_WORDS = 8
"""A link's words are a label; a longer line with a link at its end is a paragraph."""
_HEADLINE_LINK_WORDS = 3
"""A linked line of this many words or more, shaped like a headline, is one (a newsletter
links each headline to its story)."""


def linked_label(text: str) -> tuple[str, str] | None:
    """(words, address) of a line that is a link's words with its address glued on in
    angle brackets ("Read the full story<https://…>"), as a mail client pastes an HTML
    link; None for other lines."""
    if not text or text[-1] not in LINK_ENDS or "://" not in text:
        return None
    match = _LINKED.match(text)
    if match is None:
        return None
    if match.group("url"):
        return match.group("label").strip(), match.group("url")
    return match.group("words").strip(), match.group("address")


def _nav_link(label: str) -> bool:
    """A link that is furniture ("View in browser", "Unsubscribe", a logo's "[Name]"),
    not a headline linked to its story."""
    words = measure.word_count(label)
    if words > _LINK_WORDS or label[:1] == "[" or chrome.is_chrome(label):
        return words <= _LINK_WORDS
    return words < _HEADLINE_LINK_WORDS or _shape(label, words) is None


CLOSERS = "*_\"'”’»)」』"
"""Marks that may close a line after its last word: emphasis, quotes (」 and 』 too), a
bracket. Wider than `measure.CLOSING_QUOTES`, which closes a sentence: a headline may also be
wrapped in Markdown emphasis (`*`, `_`) or guillemets, and no sentence stop is looked for
here."""
_NUMBERED = lazy(r"^\d{3,}[.)]")
_CASE_WORD = lazy(r"[^\W\d_][\w'’\-]*")
"""A word, for telling title case from sentence case."""
_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into of off on onto or over per the to up via vs with"
    " nor yet so than after over".split()
)
_MINOR_CASED = frozenset(
    "".join(cased)
    for word in _MINOR_WORDS
    for cased in itertools.product(*((letter, letter.upper()) for letter in word))
)
"""Every word that lowers to one of `_MINOR_WORDS` ("The", "AND", "oF"): its letters each in
either case, since no other character lowers to an ASCII letter but the Kelvin sign (to
"k", which no minor word holds). A title's words are looked up as they are, not lowered
one by one."""


@dataclass(slots=True)
class Facts:
    """A logical line with its role and, when it could be a title, its shape."""

    line: Line
    role: Role
    folded: str
    """The text folded for comparison, for lines that could be a title (else empty)."""
    shape: Shape | None
    words: int
    meta: tuple[tuple[str, str], ...] = ()
    """What the line tells `meta`: ("byline", "Jane Doe"), ("updated", "3 hours ago") …"""
    repeated: bool = False
    """The line is one of a block the dump repeats around its pages, a site's menu or footer
    (`repeats`): furniture, never the title or the body, whatever its role says."""
    recurs: bool = False
    """The line, short and no headline, comes back elsewhere in the dump, alone or with
    other numbers (`repeats`): a page's template ("Anterior", "Last edited on 4 May 2021."),
    furniture where it stands under the body's last paragraph."""
    site_line: bool = False
    """The line is the site's name or address a reader view prints over each headline
    (`repeats.site_lines`): a label over the headline under it, as a breadcrumb is."""
    opens_section: bool = False
    """The line is an intertitle the dump's documents share (`repeats.sections`): short, it
    stands over another paragraph elsewhere in the dump ("Basics" over each entry). It opens
    a section of its article's text, never the article nor its lead."""


def classify(line: Line) -> Facts:
    """The facts of one logical line."""
    text = line.text
    words = measure.word_count(text)
    role, meta = _role(line, text)
    if line.heading:
        shape: Shape | None = _case_style(text)
    else:
        shape = _shape(text, words) if role in ("text", "highlights", "related") else None
    folded = chrome.line_key(text) if shape else ""
    return Facts(line, role, folded, shape, words, meta)


_MEMO_CHARS = 140
"""Lines up to this long are remembered: chrome, labels, dates and repeated titles come
back line after line in a dump; paragraphs seldom do."""
_MEMO_LINES = 50_000
"""At most this many lines are remembered in one run, so the memory stays small."""


class Classifier:
    """`classify` for one run over a dump, line after line: a plain line (no heading, no
    front matter, no closing read by its layout) met before gets the facts it had then, which
    depend on its text alone;
    two lines in a row opened by the same symbol ("✅ …", "🔹 …") are items of a list,
    neither a headline, whatever their words (`signed_items`); and a line opened in lower
    case under a sentence left unfinished goes on with it (`continued`)."""

    __slots__ = ("_known", "_previous", "_signed")

    def __init__(self) -> None:
        self._known: dict[str, tuple[Role, str, Shape | None, int, Meta]] = {}
        self._previous: Facts | None = None
        self._signed = 0

    def __call__(self, line: Line) -> Facts:
        """The facts of one logical line, as `classify` gives them but for what the line
        above says of its shape. That line's facts may change with it: whoever reads the
        facts reads a line ahead before deciding on one (as `boundaries` reads `AHEAD`)."""
        text = line.text
        if len(text) > _MEMO_CHARS or line.heading or line.front_matter or line.closes:
            fact = classify(line)
        elif (known := self._known.get(text)) is not None:
            fact = Facts(line, *known)
        else:
            fact = classify(line)
            if len(self._known) < _MEMO_LINES:
                self._known[text] = (fact.role, fact.folded, fact.shape, fact.words, fact.meta)
        previous = self._previous
        self._previous = fact
        if fact.shape and previous is not None:
            _with_line_above(previous, fact)
        if previous is not None and not fact.line.block_start and ":" in text:
            credited_pair(previous, fact)
        self._signed = _signed(previous, fact, self._signed) if previous is not None else 0
        return fact


def _with_line_above(above: Facts, fact: Facts) -> None:
    """What the line above says of a line shaped like a headline: a list's item, or the
    rest of a sentence, when it opens with a symbol or in lower case."""
    head = fact.line.text[:1]
    if head > "\x7f":
        signed_items(above, fact)
    elif head.islower():
        continued(above, fact)


SIGNATURE_MARK = "--"
"""A mail's signature delimiter ("-- ", RFC 3676's, its space often lost in a paste): the
lines flush under it sign what is above."""
_SIGNATURE_LINES = 4
_SIGNATURE_WORDS = 8


def _signed(above: Facts, fact: Facts, signed: int) -> int:
    """How many lines of a signature `fact` closes (0: none). A signature is the delimiter
    with up to four short lines flush under it, none a sentence ("-- " over "holger", over
    "L'équipe de traduction francophone de Monero"): the post above ended there, so the
    delimiter and its lines are credits, whoever signs (a footer's sentence under "--", "You
    are receiving this email because …", is no signature). A signature's line in a meta
    role (a link, a byline) keeps it."""
    if fact.line.block_start or signed >= _SIGNATURE_LINES:
        return 0
    if not signed and above.line.text != SIGNATURE_MARK:
        return 0
    short = fact.words <= _SIGNATURE_WORDS and not measure.ends_sentence(fact.line.text)
    if not short or fact.role not in _SIGNATURE_ROLES:
        return 0
    for line in (above, fact) if not signed else (fact,):
        if line.role == "text":
            line.role, line.meta = "credits", (("credits", line.line.text),)
            line.shape, line.folded = None, ""
    return signed + 1


_SIGNATURE_ROLES = frozenset({"text", "url", "byline", "chrome", "credits"})


def signed_items(first: Facts, second: Facts) -> None:
    """Two lines in a row opened by the same symbol (an emoji, ★, ✓: `openings.sign`) are a
    list's items, not headlines dressed with it: neither keeps a headline's shape."""
    sign = second.line.text[:1]
    if first.line.text[:1] == sign and openings.sign(sign):
        for fact in (first, second):
            fact.shape, fact.folded = None, ""


_KICKER_WORDS = 3
"""A line of text this short over a headline is its kicker ("Tech"), not a sentence."""
_NAME_CREDIT = lazy(
    r"^(?P<label>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)\s*:\s*"
    r"(?P<name>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){1,5})$"
)
_JOINING_WORDS = 3
"""A name's joining word ("e", "und", "van", "de") is this short, in small letters."""


def _named_credit(text: str) -> str | None:
    """The label of a line that credits people by name ("Teksti: Anna Virtanen", "Foto: Ana
    Souza e Pedro Lima"): a word or two, a colon, then names, each word capitalised but the
    short joining ones; None for other lines."""
    found = _NAME_CREDIT.match(text)
    if found is None or not found.group("label")[:1].isupper():
        return None
    words = found.group("name").split()
    capitalised = sum(1 for word in words if word[:1].isupper())
    if capitalised < 2 or any(
        not word[:1].isupper() and len(word) > _JOINING_WORDS for word in words
    ):
        return None
    return found.group("label").casefold()


_CREDIT_ROLES = frozenset({"byline", "credits"})


def credited_pair(above: Facts, fact: Facts) -> None:
    """Two lines in a row, each crediting people by name under its own label ("Teksti: Anna
    Virtanen" over "Kuva: Pekka Lahti", "Tekst: …" over "Zdjęcia: …"), or one such line beside
    a credit the rules know: a page's credits for its text and pictures, in any language, told
    by their being two; one such line alone may be a headline ("Interview: Angela Merkel").
    Both are credits."""
    label, label_above = _named_credit(fact.line.text), _named_credit(above.line.text)
    if label == label_above or not (label or label_above):
        return
    pair = [above, fact]
    if all(credit.role == "text" for credit in pair) and label and label_above:
        credited = pair
    elif above.role in _CREDIT_ROLES and fact.role == "text" and label:
        credited = [fact]
    elif fact.role in _CREDIT_ROLES and above.role == "text" and label_above:
        credited = [above]
    else:
        return
    for credit in credited:
        credit.role, credit.meta = "byline", (("byline", credit.line.text),)
        credit.shape, credit.folded = None, ""


def continued(above: Facts, fact: Facts) -> None:
    """A line opened in lower case ("de Podemos y del …", "eBay and the other sites …")
    right under a line of text that ends no sentence goes on with that sentence (a
    paragraph a blank line broke in two), so it is no headline, whatever name opens it."""
    if (
        above.role == "text"
        and above.words > _KICKER_WORDS
        and not measure.ends_sentence(above.line.text)
    ):
        fact.shape, fact.folded = None, ""


def _role(line: Line, text: str) -> tuple[Role, tuple[tuple[str, str], ...]]:
    if line.front_matter:
        key, _, value = text.partition(": ")
        return "field", (credits.field(text) or (key.lower().replace("-", "_"), value),)
    if line.heading:
        return ("related", ()) if chrome.is_related_header(text) else ("text", ())
    if line.closes or (
        text[:1] in chrome.CLOSER_HEADS
        and len(text) < chrome.CLOSER_MAX
        and chrome.closes_record(text)
    ):
        return "chrome", ()  # "--- END ---", "End of Document": the record above's
    if credits.is_forward_mark(text):
        return "field", (("mail", text),)  # a mail client's mark over a forwarded mail's header
    if chrome.is_callout(text):
        return "chrome", ()
    if credits.is_field_code(text):
        return "chrome", ()  # a Factiva field code alone on its line ("LP", "TD", "AN")
    if text[:2] == "> " and len(text) <= _QUOTED_FIELD_MAX:
        quoted = _quoted_field(text[2:])
        if quoted is not None:
            return quoted
    bullet = chrome.bullet_text(line.text)
    if bullet is not None and chrome.section_label(text):
        return "chrome", (("section", text),)  # "— WORLD —" is a label, not a list item
    if bullet is not None and not _is_numbered_sentence(text) and not _is_stamp(text):
        return "bullet", (("summary", bullet),)
    if len(text) > _LONG:
        return ("caption", ()) if credits.is_caption(text) else ("text", ())
    return _short_role(text)


_QUOTED_FIELD_MAX = 120
"""A clipper's quoted fields are short lines; a longer quoted line is a quotation."""
_QUOTED_FIELD_ROLES = frozenset({"credits", "chrome", "updated", "byline", "field"})


def _quoted_field(text: str) -> tuple[Role, tuple[tuple[str, str], ...]] | None:
    """The role of a line a Markdown clipper quotes under the note's title ("> Quelle:
    okfn.de, 11. Januar 2021", "> Gespeichert: 11.01.2021", "> Source: …"): the role its
    text has unquoted when that is furniture, or chrome for a one-word label over a date
    (when the note was saved); None for a quotation, which is the article's text."""
    role, meta = _short_role(text)
    if role in _QUOTED_FIELD_ROLES:
        return role, meta
    label, colon, value = text.partition(":")
    if colon and len(label.split()) == 1 and _dated_part(value.strip()):
        return "chrome", ()
    return None


def _short_role(text: str) -> tuple[Role, tuple[tuple[str, str], ...]]:
    if not _CHAIN.may_claim(text):
        return "text", ()  # no rule of the chain could claim it: running text, most lines
    return _chain(text)


def _chain(text: str) -> tuple[Role, tuple[tuple[str, str], ...]]:
    """The rules, one after another: the first that claims the line gives its role."""
    url = _URL.match(text) if "://" in text else None  # links run longer than labels
    if url:
        return "url", (("url", url.group("url") or url.group("paren")),)
    linked = linked_label(text) if text[-1:] in LINK_ENDS else None
    if linked and _nav_link(linked[0]):
        return "chrome", (("link", text),)  # "View in browser<https://…>", as Outlook pastes
    if len(text) <= _LABEL_LINE:
        label = _label_role(text)
        if label is not None:
            return label
    labelled = credits.field(text)
    if labelled:
        return "field", (labelled,)
    tabbed = _tabbed_label(text) if "\t" in text else None
    if tabbed:  # "Results Found<tab>4": a row of a table of labels and values, not prose
        return "field", (tabbed,)
    if credits.is_credits(text):
        return "credits", (("credits", text.strip("()[] ")),)
    found = credits.byline(text)
    if found:
        return "byline", tuple(found)
    dated = (
        credits.source_date(text)
        or credits.marked_date_line(text)
        or credits.worded_date_line(text)
    )
    if dated:
        return "updated", (("published", dated),)
    if credits.is_photo_credit(text) or credits.opens_caption(text):
        return "chrome", ()
    if credits.is_credit_line(text):
        return "chrome", (("photo_credit", text),)
    if credits.is_caption(text):
        return "caption", (("caption", credits.caption_text(text)),)
    if chrome.is_chrome(text):
        return "chrome", ()
    if credits.is_source_note(text):
        return "credits", (("credits", text),)
    if credits.is_agency_line(text):
        return "credits", (("credits", text),)
    if credits.mail_field(text):
        return "field", (("mail", text),)
    return _composite_role(text) or ("text", ())


_COMPOSITE_MARKS = "·|•"
"""The marks the labels of a composite line are strung on."""
_CHAIN = Gate(
    (
        Cues(words=("://",)),  # a link on its line
        Cues(ends=LINK_ENDS),  # a link's words and its address
        *(
            cues.capped(_LABEL_LINE)  # `_label_role`, asked of short lines only
            for cues in (
                *chrome.HIGHLIGHTS_HEADER_CUES,
                *chrome.RELATED_HEADER_CUES,
                *chrome.RELATED_TEASER_CUES,
                *chrome.SECTION_LABEL_CUES,
                *credits.TIMESTAMP_CUES,
                *credits.LOCAL_TIMESTAMP_CUES,
            )
        ),
        *credits.FIELD_CUES,
        Cues(marks="\t"),  # a label and its value
        *credits.CREDITS_CUES,
        *credits.BYLINE_CUES,
        *credits.SOURCE_DATE_CUES,
        *credits.MARKED_DATE_CUES,
        *credits.WORDED_DATE_CUES,
        *credits.PHOTO_CREDIT_CUES,  # and `opens_caption`
        *credits.CREDIT_LINE_CUES,
        *credits.CAPTION_CUES,
        *chrome.CHROME_CUES,
        *credits.SOURCE_NOTE_CUES,
        *credits.AGENCY_LINE_CUES,
        *credits.MAIL_FIELD_CUES,
        Cues(marks=_COMPOSITE_MARKS),  # `_composite_role`
    )
)
"""The cues of every rule `_chain` asks, in its order: a rule added there declares its
own here (`Cues()` for one that may claim any line), or the gate would answer for it."""
_PARTS = lazy(r"\s+[·|•]\s+")
_TIME = lazy(r"^\d{1,2}[:.h]\d{2}(?:\s*(?:uur|uhr|h))?$", re.IGNORECASE)
_DATED_PARTS = 2
"""Parts of a line that are a date or a time, enough to make it a date line."""


def _dated_part(part: str) -> bool:
    """A part of a line that is a date, a time or a dated label."""
    return bool(
        credits.source_date(part)
        or credits.local_timestamp(part)
        or credits.timestamps(part)
        or credits.worded_date_line(part)
        or _TIME.match(part)
    )


_PART_WORDS = 6
_READING_TIME = lazy(
    r"^\d{1,3}\s*(?:min(?:ute)?s?|minuten|minuti|minutos|minutes)\.?"
    r"(?:\s+(?:read|lesezeit|lesedauer|de lecture|di lettura|de lectura|de leitura|leestijd))?$",
    re.IGNORECASE,
)
"""A page's reading time beside its date ("2 Min.", "5 min read", "3 minuti di lettura"):
its abbreviation's stop ends no sentence."""


ITEM_NUMBER = r"\d{1,3} \| "
"""A digest's item number set off by a pipe ("4 | "), as a pattern's text: one reading for
the role a numbered line takes (`_numbered_item`) and the title it gives
(`reader.dumps.assemble`, which takes the number off)."""
_ITEM_NUMBER = lazy(rf"^{ITEM_NUMBER}(?=\S)")


def _numbered_item(text: str) -> bool:
    """A digest's item numbered before a pipe ("4 | Brasil envía más militares a Haití"):
    the number counts nothing, and the line is a headline, not a label and a counter; a
    date or a label after the number keeps the line a label's ("2 | 10:21")."""
    if not text[:1].isdigit() or not (item := _ITEM_NUMBER.match(text)):
        return False
    rest = text[item.end() :]
    return not (chrome.is_chrome(rest) or _dated_part(rest))


def _composite_label(text: str) -> bool:
    """Short labels strung on one line ("Global Voices · 2 min de lecture", "847 vues · 3
    commentaires", "25. Januar 2013 · von Jana Berg"): at least one a known label, a date
    or a byline, none a sentence."""
    return _composite_role(text) is not None


def _composite_role(text: str) -> tuple[Role, tuple[tuple[str, str], ...]] | None:
    """The role of such a line: a date line when a date has a byline or a counter beside
    it, a byline, or chrome for a counter or reading time with labels; None for others."""
    if not any(map(text.__contains__, _COMPOSITE_MARKS)) or _numbered_item(text):
        return None
    parts = _PARTS.split(text)
    if not 2 <= len(parts) <= 4:
        return None
    timed = [bool(_READING_TIME.match(part)) for part in parts]
    if any(
        measure.word_count(part, _PART_WORDS) > _PART_WORDS
        or (measure.ends_sentence(part) and not reading)
        for part, reading in zip(parts, timed, strict=True)
    ):
        return None
    dates = sum(1 for part in parts if _dated_part(part))
    named = any(credits.byline(p) for p in parts)
    counted = any(timed) or any(
        chrome.is_chrome(part) and any(map(str.isdigit, part)) for part in parts
    )
    # "Nieuwsbericht | 12-03-2024 | 10:21": a date and a time beside a label are a date line
    if dates and (named or counted or dates == len(parts) or dates >= _DATED_PARTS):
        return "updated", (("published", text),)  # kept as written: the date has company
    if named:
        return "byline", (("byline", text),)
    if (counted and not dates) or all(chrome.is_chrome(part) for part in parts):
        return "chrome", ()
    # "VIDEO | …" may head a story and "World · 2 hours ago" a teaser in a list of them:
    # a date beside a mere label proves nothing.
    return None


def _label_role(text: str) -> tuple[Role, tuple[tuple[str, str], ...]] | None:
    """Roles only short lines can have: a section label, a timestamp."""
    if chrome.is_highlights_header(text):
        return "highlights", ()
    if chrome.is_related_header(text):
        return "related", ()
    if chrome.is_related_teaser(text):
        return "chrome", (("related", text),)  # "Lire aussi : …" inside an article
    if chrome.section_label(text):
        return "chrome", (("section", text),)  # kept as written, marks and all
    stamps = credits.timestamps(text)
    if stamps:
        return "updated", tuple(stamps)
    local = credits.local_timestamp(text)
    if local:
        return "updated", (local,)
    return None


def _is_stamp(text: str) -> bool:
    """A credits line or a date ("1. Juli 2015, 10:34 Uhr", with a byline after a dot)
    that looks like a list item."""
    return credits.is_credits(text) or (
        text[:1].isdigit()
        and (
            credits.source_date(text) is not None
            or credits.worded_date_line(text) is not None
            or _composite_label(text)
        )
    )


def _is_numbered_sentence(text: str) -> bool:
    """ "2. The court ruled…" is a list item; "2024. That year…" is not a bullet at all."""
    return bool(_NUMBERED.match(text))


_DOI = lazy(r"\b10\.\d{4,9}/\S")
"""A digital object identifier: a line citing a work by one is a reference, never a
headline, whatever its capitals."""
_OPENERS = "\"'“‘¿¡([*_【「『〈《〔［（"
"""What may open a headline before its first letter: quotes, Spanish marks, brackets and
emphasis, and the brackets Chinese and Japanese set headlines in (【…】, 「…」)."""


def _shape(text: str, words: int) -> Shape | None:
    """How a line that could be a title is cased; None when it cannot be one."""
    if words == 0 or words > 30 or len(text) > 220:
        return None
    end = text.rstrip("\"'”’)]*_")
    if measure.ends_clause(end) and not end.endswith("..."):
        return None  # a sentence, quoted or not: "“We will not give up.”"
    if (
        words >= _EXCLAIMED_WORDS
        and measure.ends_question(end)
        and measure.INNER_BREAK.search(text)
    ):
        return None  # "… see the website. And please submit a talk!": a paragraph
    if "/" in text and _DOI.search(text):
        return None  # a reference in a list of them: "Jane Doe (ed), …, 10.5281/zenodo.1198732"
    head = text.lstrip(_OPENERS)
    first = head[:1]
    if (
        not (first.isupper() or first.isdigit())
        and not _other_head(head)
        and not (text[:1] == "[" and _other_head(text))  # "[bold red]Markup headline[/] …"
    ):
        return None
    if not text.isascii() and measure.unmarked_sentences(text):
        return None  # Thai sentences parted by spaces, never stopped: a paragraph
    return _case_style(text)


_EXCLAIMED_WORDS = 22
"""A line this long that ends in a question or an exclamation after a sentence of its own
is a paragraph, though headlines may ask or exclaim: a short one ("Hackathon over. What
comes next?") may be a headline, and so may a long one of one sentence."""


def _other_head(head: str, dressed: bool = False) -> bool:
    """A line whose first character is no capital or digit may still be a headline: opened
    by a hashtag ("#aufschrei erzählt …"), a letter of a script without case, a name in
    lower case ("iPhone 14 adds …"), or any of these past its dressing ("🔥 Breaking: …",
    an escape sequence)."""
    first = head[:1]
    if first.isupper() or first.isdigit() or measure.uncased(first):
        return True
    if (
        (first == "#" and head[1:2].isalnum())
        or openings.opens_with_name(head)
        or openings.opens_with_identifier(head)
    ):
        return True
    if dressed:
        return False
    bare = openings.past_dressing(head).lstrip(_OPENERS)
    return bare != head and _other_head(bare, dressed=True)


def listed_headline(facts: Sequence[Facts], i: int) -> bool:
    """A headline set as a list item over its teaser, as digests list their stories ("•
    Headline", "- Headline", "1. Headline"): a bullet opening its block, shaped like a
    headline, with running text under it and a link (a read-more line) closing the block;
    or, set off by a rule or a wider gap, with only its source and date under it and the
    teaser and the link each a block of their own ("1) Headline" / "site.org – 16 May
    2024"); or a numbered story under the link closing the one above (`numbered_story`).
    An article's own list has no link under each item, nor a rule over each."""
    fact = facts[i]
    if fact.role != "bullet" or not fact.line.block_start:
        return False
    if numbered_story(facts, i):
        return True
    if fact.line.block_end:
        return False
    item = fact.meta[0][1]
    if _shape(item, measure.word_count(item)) is None:
        return False
    if i + 1 < len(facts) and facts[i + 1].role == "updated" and facts[i + 1].line.block_end:
        return _dated_item(facts, i)
    below = facts[i + 1] if i + 1 < len(facts) else None
    if below is None or below.role != "text" or below.shape is not None:
        return False
    for after in facts[i + 1 :]:
        if after.role == "url":
            return True
        if after.line.block_end or after.role not in ("text", "url"):
            return False
    return False


def numbered_story(facts: Sequence[Facts], i: int) -> bool:
    """A story of a digest that numbers them ("2. Headline", "3) fdiv"), set off by a rule
    or a wider gap than one blank line: under the link that closes the story above, or
    over the next number set off so (the first story, under the greeting). Such a line is
    the story's headline whatever its case or the lines under it (a date, a quotation, a
    teaser shaped like a headline): an article's own numbered list has no link closing
    each item. At `i` 0 (an article's first line, as the assembler reads its lines) the
    start is made, and only the number and the gap are read."""
    line = facts[i].line
    number = _STORY_NUMBER.match(line.text)
    if number is None or not set_off(line):
        return False
    if i == 0 or link_line(facts[i - 1]):
        return True
    following = f"{int(number.group(1)) + 1}{number.group(2)}"
    return any(
        fact.role == "bullet"
        and fact.line.text.startswith(following)
        and set_off(fact.line)
        and link_line(facts[j - 1])
        for j, fact in enumerate(facts[i + 1 : i + _STORY_LINES], i + 1)
    )


def set_off(line: Line) -> bool:
    """The line stands under a rule or a wider gap than one blank line: where a digest's
    stories part, not an article's paragraphs."""
    return line.separator_before or line.gap_before > 1


def link_line(fact: Facts) -> bool:
    """The line is a link, or ends in one (`ends_in_link`): a read-more line closing a
    digest's story."""
    return fact.role == "url" or ends_in_link(fact.line.text)


def ends_in_link(text: str) -> bool:
    """The line is a label, its colon and a bare web address ("Enlace: https://…",
    "View/Reply Online (#4107): https://…"): a read-more line, never a headline, which a
    link's words with the address glued on in brackets may be (`linked_label`)."""
    return _ENDS_IN_LINK.search(text) is not None


_STORY_NUMBER = lazy(r"(\d{1,2})([.)])\s")
_ENDS_IN_LINK = lazy(r":\s+https?://[^\s<>()]+$")
_STORY_LINES = 64
"""How far below a numbered line the next number is looked for: a story and its teaser."""


def _dated_item(facts: Sequence[Facts], i: int) -> bool:
    """A listed headline over its source and date (`listed_headline`), set off from the
    text above by a rule or a wider gap than one blank line, with one paragraph under
    them and a link under that."""
    line = facts[i].line
    if not set_off(line) or i + 3 >= len(facts):
        return False
    teaser, link = facts[i + 2], facts[i + 3]
    return (
        teaser.role == "text"
        and teaser.shape is None
        and teaser.line.block_start
        and teaser.line.block_end
        and link.role == "url"
    )


def _case_style(text: str) -> Shape:
    if text.isupper() and sum(map(str.isalpha, text)) >= 3:
        return "caps"
    major = [w for w in _CASE_WORD.findall(text) if w not in _MINOR_CASED]
    capitalised = sum(1 for w in major if w[0].isupper())
    if len(major) >= 2 and capitalised >= 0.75 * len(major):
        return "title"
    return "sentence"


_DEK_LOOKAHEAD = 6
_DEK_WORDS = 80
"""A standfirst is a sentence or two: those of the tuning halves run to 67 words; the lines
of 84 to 117 words read as one there were paragraphs over a trailer's name and date."""
_CAPTION_WORDS = 30
"""A caption is a sentence or two; a longer line set off above a credit is a paragraph."""


def caption_over_credit(fact: Facts, below: Facts) -> bool:
    """A line right over a photo credit ("Beeld: ANP"), as a caption sits over its credit:
    in the same block, or short. A paragraph, a blank line, then a credit: the credit is
    the article's, the paragraph no caption."""
    if below.line.block_start and fact.words > _CAPTION_WORDS:
        return False
    return bool(below.meta) and any(key == "photo_credit" for key, _ in below.meta)


_SIGN_OFF_ROLES = frozenset({"byline", "updated", "credits"})


def _signs_off_above_headline(facts: Sequence[Facts], i: int, j: int) -> bool:
    """The byline or timestamp at line `j` under the sentence at line `i`, with what lead
    lines stand right under it, has a headline-shaped line under it, set off by a wider gap
    than the one over it and no narrower than the one over the sentence (a dek stands right
    under its headline): it signs off the text above ("WRITTEN BY THE OPEN SOURCE GUIDES
    CONTRIBUTORS" under a guide's last paragraph, the next guide's title under the gap), and
    leads no text of its own."""
    k = j + 1
    while k < len(facts) and not facts[k].line.gap_before and facts[k].role in _SIGN_OFF_ROLES:
        k += 1
    if k >= len(facts):
        return False
    below = facts[k]
    return (
        below.role == "text"
        and below.shape is not None
        and below.line.gap_before > facts[j].line.gap_before
        and below.line.gap_before >= facts[i].line.gap_before > 0
    )


_HEADLINE_WORDS = 15
"""A headline runs this many words at most."""
_HEADLINE_LEAD = frozenset({"chrome", "updated", "byline"})
"""The lines a headline has right under it (a word count, a date line, a byline); a link
under a line names its page ("… mailing list" over the list's address)."""


def over_headline_lead(facts: Sequence[Facts], i: int) -> bool:
    """Line `i`, a line of text of a headline's length that ends no sentence, has a line of
    lead right under it (an export's word count, a date line): a headline, whatever its case
    ("cloud.gov's Tech Talk series"), where a separator or a record's closing mark stands
    over it."""
    fact = facts[i]
    below = facts[i + 1] if i + 1 < len(facts) else None
    return (
        below is not None
        and fact.role == "text"
        and below.role in _HEADLINE_LEAD
        and below.line.gap_before == 0
        and fact.words <= _HEADLINE_WORDS
        and not measure.ends_sentence(fact.line.text)
    )


def dek_followed_by_lead(facts: Sequence[Facts], i: int) -> bool:
    """A sentence under a headline that a byline or timestamp still follows: a standfirst,
    not the first paragraph. Captions (a line over a photo credit) do not end the lead. A
    paragraph longer than a standfirst runs (`_DEK_WORDS`) is none: over an author's name
    and a date line that sign the article off, it is the last paragraph."""
    if facts[i].words > _DEK_WORDS:
        return False
    for j in range(i + 1, min(len(facts), i + 1 + _DEK_LOOKAHEAD)):
        fact = facts[j]
        if fact.line.separator_before:
            return False  # the next document's lead is not this one's
        if fact.role in ("byline", "updated"):
            return not _signs_off_above_headline(facts, i, j)
        over_credit = j + 1 < len(facts) and caption_over_credit(fact, facts[j + 1])
        if fact.role == "text" and not fact.shape and not over_credit:
            return False
    return False
