"""One article's logical lines to an `Article`: title, `meta` from the lead, and a body.

The lead is everything between the title and the first paragraph of running
text: repeated titles, captions, chrome, bylines, timestamps, summaries. It all
goes to `meta`. The body keeps the running text, subheadings, lists and
highlights blocks, each a `Paragraph` range, joined by blank lines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reader.article import LANGUAGE_TO_COME, Article, ParagraphKind, Range, article_id
from reader.dumps import chrome, credits, measure
from reader.dumps._patterns import lazy
from reader.dumps.field_features import features, quoted, spoken, weighed
from reader.dumps.field_model import MOVABLE, FieldModel, learned_fields, seen
from reader.dumps.language import article_language, language_code
from reader.dumps.repeats import over_section
from reader.dumps.roles import (
    ITEM_NUMBER,
    Facts,
    Role,
    caption_over_credit,
    dek_followed_by_lead,
    labelled_link,
    linked_label,
    listed_headline,
    over_headline_lead,
)

_META_ROLES = frozenset({"chrome", "updated", "byline", "caption", "credits", "url", "field"})
_KICKER_MAX_WORDS = 3
_KICKER_LONG_WORDS = 6
_KICKER_CUES = 2
"""A kicker of up to `_KICKER_MAX_WORDS` words counts two cues; a longer one, up to
`_KICKER_LONG_WORDS`, one, and needs a publication word or furniture under it."""
_TRAILER_WORDS = 4
"""A line after the last paragraph this short that ends no sentence signs the article off
("kmo/sco/lb", "(END)")."""
_SIGN_OFF_WORDS = 8
"""A longer sign-off opened by a bracket or a dash ("(по материали на Global Voices)",
"-- Central Asia desk, 13 May") holds a desk, a source and a date in up to this many
words, on a line no longer than a label (`_LABEL_MAX`)."""
_SIGN_OFF_OPENERS = ("(", "[", "=", "-", "–", "—", "（", "［")
"""What such a sign-off opens with: a bracket (the full-width ones too, as Japanese and Chinese
text sets a translator's "（翻訳：…）") or a dash."""
_SIGN_OFF_DASHES = "-–—"
"""Dashes that frame a sign-off on both sides ("– red –", "— AP —"): no list item."""
_SUBHEAD_MAX_WORDS = 15
_TEASER_MAX_WORDS = 16
"""A short line in a related-stories list is a teaser; so is a longer headline-shaped one."""
_DEK_MAX_WORDS = 60
"""A standfirst over a byline or timestamp is a sentence or two; a longer one only when
the first paragraph repeats it."""
_AD_COPY_WORDS = 12
"""An ad's copy right under its label is a slogan; a longer line there is the article's
paragraph, which a copied page puts under a lone "Advertisement"."""
_SHORT_LEAD_WORDS = 6
"""A short label over more lead ("Wikinews", "WIKNWS"); a longer line over nothing but a
"Read more" link is a paragraph (a digest's one-line question), not lead."""
_DERIVED_TITLE_CHARS = 90
_PLAIN_TITLE_WORDS = 12
"""A headline set as plain text runs this many words at most; a longer line over the text is
its first paragraph."""
_DEK_LOOKAHEAD = 6
_LABEL_MAX = 60
_CAPTION_WORDS = 30
_NAME = lazy(
    r"^(?:[^\W\d_][\w.'’\-]*|de|da|van|von|bin|al|el|and|&)"
    r"(?:\s+(?:[^\W\d_][\w.'’\-]*|de|da|van|von|bin|al|el|and|&)){1,5}$"
)
_PUBLICATION = lazy(
    r"\b(?:review|ledger|wire|news|times|post|journal|herald|daily|gazette|tribune|observer"
    r"|magazine|weekly|report|insider|today|digest|press|chronicle|monitor|express"
    r"|telegraph|standard|mail|independent|bulletin|dispatch|register|courier|record"
    r"|examiner|sentinel|inquirer|enquirer|mirror|globe|week)$",
    re.IGNORECASE,
)
_IMAGE_SOURCE = lazy(r"image source\s*[,:]?", re.IGNORECASE)
_ROLE = lazy(
    r"\b(?:correspondent|reporter|editor|writer|columnist|contributor|staff|bureau|producer"
    r"|journalist|news|desk|analyst|presenter)\b",
    re.IGNORECASE,
)


Placement = tuple[str, str]
"""Where one line went and why: (field, rule); field is title, meta, subhead or body."""


@dataclass(slots=True)
class _Draft:
    """An article being built: meta values collect in lists, joined at the end."""

    title: str = ""
    title_key: str = ""
    """The title folded, to recognise it when a site repeats it."""
    title_line: int = -1
    """The line the title was taken from when it was only the first headline-shaped line
    (a field giving the title further down the lead wins over it); -1 otherwise."""
    meta: dict[str, list[str]] = field(default_factory=dict)
    parts: list[tuple[str, ParagraphKind, int]] = field(default_factory=list)
    """Body paragraphs: text, kind, and the index of the line they came from."""
    placed: list[Placement] | None = None
    """Filled only when asked for (`reader articles --lines`): one placement per line."""
    offset: int = 0
    """Index of the first line being read, in the article's lines."""
    facts: Sequence[Facts] = ()
    """The article's lines, to keep a line as written when what is noted drops words."""
    noted: dict[int, list[tuple[str, str]]] | None = None
    """Kept only while the field model decides: what each line noted in `meta`, so a line
    it moves to the body takes its values with it."""
    contact: int = -1
    """The last body part of a press contact (`credits.is_press_contact`, and the lines under
    its label): it and the parts above are the release's, never a trailer to trim; -1 if
    none."""

    def place(self, i: int, where: str, rule: str) -> None:
        if self.placed is not None:
            self.placed[self.offset + i] = (where, rule)

    def note(self, key: str, value: str, line: int = -1) -> None:
        """Adds `value` to `meta[key]`, and to what `line` noted (-1: no line in particular)."""
        if value and value not in self.meta.setdefault(key, []):
            self.meta[key].append(value)
        if value and self.noted is not None and line >= 0:
            self.noted.setdefault(line, []).append((key, value))

    def note_line(self, i: int, key: str, value: str, rule: str) -> None:
        """Notes a line's text (or what it says) under `key`, and where it went."""
        line = self.offset + i
        self.note(key, value, line)
        text = self.facts[line].line.text
        if value != text and not kept_in(text, (value,)):
            self.note("as_written", text, line)  # a caption without its label, a numbered item
        self.place(i, "meta", f"{rule} -> meta.{key}")

    def note_all(self, i: int, fact: Facts, rule: str) -> None:
        text, line = fact.line.text, self.offset + i
        for key, value in fact.meta:
            self.note(key, value, line)
        if not fact.meta:
            self.note("chrome", text, line)
        elif fact.line.front_matter:
            self.note("front_matter", fact.line.as_written, line)  # quotes, `---` and all
        elif fact.role == "field" or (fact.role == "url" and fact.meta[0][1] != text):
            self.note("fields", text, line)  # labelled lines as written, labels and all
        elif not kept_in(text, [value for _, value in fact.meta]):
            self.note("as_written", text, line)  # "Updated 07 November 2025": values drop words
        keys = ",".join(key for key, _ in fact.meta) or "chrome"
        self.place(i, "meta", f"{rule} -> meta.{keys}")

    def add(self, i: int, text: str, kind: ParagraphKind, rule: str) -> None:
        """A body paragraph (or subheading) from line `i`."""
        self.parts.append((text, kind, self.offset + i))
        self.place(i, "subhead" if kind == "subheading" else "body", rule)


_LANGUAGES_LATER = False
"""Whether each article's language is left to guess after the split (`guess_languages_later`)."""


def guess_languages_later() -> None:
    """Leaves the language of each article this process (and any it forks) splits from now
    on as `reader.article.LANGUAGE_TO_COME`, to be guessed once every article is sent
    (`reader.dumps.language.article_language`): for the process that splits a big dump
    for the app, whose list waits for the split but for no language (the guess was a tenth
    of the split of the 10,000-article bench dump, docs/performance.md, speed35)."""
    global _LANGUAGES_LATER
    _LANGUAGES_LATER = True


def languages_left() -> bool:
    """Whether this process leaves languages to guess after the split (`guess_languages_later`)."""
    return _LANGUAGES_LATER


def assemble(
    facts: Sequence[Facts], source: str, index: int, placed: list[Placement] | None = None
) -> Article | None:
    """Builds the article; None when the lines hold no title and no text at all.

    `placed`, when given, is filled with one (field, rule) per line."""
    model = learned_fields()
    if model is not None and placed is None:
        placed = []
    draft = _Draft(placed=placed, facts=facts, noted=None if model is None else {})
    if placed is not None:
        placed[:] = [("meta", "unplaced")] * len(facts)
    if facts and facts[0].line.record:
        draft.note("record", facts[0].line.record)
    pictured = _pictured(facts)
    body_start = _read_lead(facts, draft, pictured)
    draft.offset = body_start
    rest = facts[body_start:]
    _read_body(rest, draft, pictured and _pictured(rest))  # no photo in all: none in the rest
    if model is not None:
        _learned_fields(model, facts, draft)
    if not draft.parts and "summary" in draft.meta:
        draft.parts = [(text, "paragraph", -1) for text in draft.meta.pop("summary")]
        _summary_to_body(draft)
    if not draft.parts and not draft.title:
        return None
    if not draft.title and not _plain_title(facts, draft):
        draft.title = _derived_title(draft.parts[0][0])
        draft.note("title_source", "derived from the first paragraph")
    for fact in facts:  # an underlined heading: its underline as written
        if fact.line.as_written and not fact.line.front_matter:
            draft.note("as_written", fact.line.as_written)
    body, ranges, chunks = _join(draft.parts)
    if ranges and ranges[0][2] == "paragraph":
        line = credits.dateline(body[: ranges[0][1]])
        if line:
            draft.note("dateline", line)
    meta = {key: _join_meta(key, values) for key, values in draft.meta.items()}
    language = language_code(meta.get("language", ""))
    if language is None and "language" not in meta and _LANGUAGES_LATER:
        meta["language"] = LANGUAGE_TO_COME  # guessed once the app's list is full
    elif language := language or article_language(draft.title, body, ranges):
        meta["language"] = language
    return Article.from_ranges(
        article_id(draft.title, body, chunks), source, index, draft.title, body, ranges, meta
    )


def _learned_fields(model: FieldModel, facts: Sequence[Facts], draft: _Draft) -> None:
    """Moves the lines the field model is sure the rules misplaced (between meta, subhead
    and body), each with the rule saying so; every line is scored on the rules' placing."""
    placed = draft.placed
    assert placed is not None and draft.noted is not None  # made so when the model is on
    if not draft.parts:
        return  # no article by the rules (a dump's matter, a trailer): not the model's to make
    title = next((j for j, (where, _) in enumerate(placed) if where == "title"), -1)
    derived = -1 if title >= 0 else min(part[2] for part in draft.parts)
    moves = []
    for i, (ruled, rule) in enumerate(placed):
        if ruled == "title" or rule == "unplaced" or not weighed(facts, placed, i):
            continue
        if facts[i].role == "bullet" and rule.startswith("lead"):
            continue  # a lead's summary bullets: body or meta by the house, not the line
        names = features(facts, placed, i, title)
        seen(facts[i].line.number, names, ruled)
        decided = model.decide(names, ruled)
        if decided is None or (ruled != "meta" and spoken(facts, placed, i)):
            continue
        if ruled == "meta" and facts[i].repeated:
            continue  # the site's furniture, told by its coming back, which no feature reads
        if decided[0] == "meta" and i == derived and _title_from(i, decided[1], draft):
            continue
        if decided[0] == "meta" and quoted(facts[i]):
            continue  # a quotation set as a paragraph, though it closes the article
        if ruled != "meta" or i in draft.noted:
            moves.append((i, ruled, *decided))
    if moves and {part[2] for part in draft.parts} <= {i for i, _, w, _ in moves if w == "meta"}:
        moves = [move for move in moves if move[2] != "meta"]  # the body is never emptied
    for i, ruled, where, chance in moves:
        _move(facts[i].line.text, i, ruled, where, draft)
        placed[i] = (where, f"learned field {where} {chance:.2f} (rules: {ruled})")
    if moves:  # parts are appended in line order: only a moved line can be out of it
        draft.parts.sort(key=lambda part: part[2])


def _title_from(i: int, chance: float, draft: _Draft) -> bool:
    """Whether line `i`, the first of the body of an article with no title, which the field
    model finds no body, is made the title: so it is when the title derived from it would be
    the line whole (a headline the rules took for text), so the title stays what the rules
    make it (the model's to move are `field_model.MOVABLE`) and the body loses a line that is
    none of it. Moved to meta, the title would be taken from the next paragraph."""
    assert draft.placed is not None
    text = next(part[0] for part in draft.parts if part[2] == i)
    if len(draft.parts) < 2 or _derived_title(text) != text:
        return False
    draft.parts = [part for part in draft.parts if part[2] != i]
    draft.title = text
    ruled = draft.placed[i][0]
    draft.placed[i] = ("title", f"learned field meta {chance:.2f} (rules: {ruled}); no title")
    return True


def _plain_title(facts: Sequence[Facts], draft: _Draft) -> bool:
    """Whether the body's first line, in an article no headline-shaped line titles, is made
    its title: so it is when it is a headline set as plain text (`_plain_headline`) with more
    of the body under it. The title derived from it would be the line whole, and the body would
    repeat it (`array_search` over a page of the PHP manual, `vacaciones <- crecer(RedRLadies)`
    over a blog post). Taken after the field model, which scores every line on the rules'
    placing, so the lines it weighs read as they did."""
    text, kind, i = draft.parts[0]
    if kind != "paragraph" or len(draft.parts) < 2 or not _plain_headline(facts[i]):
        return False
    draft.parts = draft.parts[1:]
    draft.title = text.strip()
    if draft.placed is not None:
        draft.placed[i] = ("title", "a short line over the text, no headline above it")
    _lead_under(facts, draft)
    return True


def _lead_under(facts: Sequence[Facts], draft: _Draft) -> None:
    """Reads the body's first lines under a title taken from it as a lead (`_lead_line`):
    a post's labels under its headline ("Authors" / "Paloma" / "Etiquetas" / "vacaciones"), a
    dek, go to meta as they would under a headline-shaped title. One body part is always
    left."""
    draft.offset = 0  # the lead's lines are counted from the article's first
    while len(draft.parts) > 1 and draft.parts[0][1] == "paragraph":
        if not _lead_line(facts, draft.parts[0][2], draft):
            return
        draft.parts = draft.parts[1:]


def _plain_headline(fact: Facts) -> bool:
    """A headline set as plain text: a short line (`_PLAIN_TITLE_WORDS`) that ends no
    sentence, quotes nothing and leads into nothing (no ":", "," or ";" at its end); a
    greeting ("Hola a todos:"), a quoted reply or a sentence opening an untitled text is none."""
    text = fact.line.text.strip()
    return (
        fact.role == "text"
        and fact.words <= _PLAIN_TITLE_WORDS
        and text[:1] != ">"
        and text[-1:] not in ":,;"
        and not measure.ends_sentence(text)
    )


def _move(text: str, i: int, ruled: str, where: str, draft: _Draft) -> None:
    """Takes line `i` out of the field the rules gave it and puts it, as written, in
    `where` (all of it: the values it noted in `meta` go, its text comes)."""
    assert draft.noted is not None and where in MOVABLE
    if ruled == "meta":
        _unnote(i, draft.noted, draft.meta)
    else:
        draft.parts = [part for part in draft.parts if part[2] != i]
    if where == "meta":
        draft.note("chrome", text, i)
    elif where == "subhead":
        draft.parts.append((chrome.strip_emphasis(text), "subheading", i))
    else:
        draft.parts.append((text, "paragraph", i))


def _unnote(i: int, noted: dict[int, list[tuple[str, str]]], meta: dict[str, list[str]]) -> None:
    """Drops the values line `i` noted, but those another line noted as well."""
    others = {pair for line, pairs in noted.items() if line != i for pair in pairs}
    for key, value in noted.pop(i):
        if (key, value) not in others and value in meta.get(key, ()):
            meta[key].remove(value)
            if not meta[key]:
                del meta[key]


def _summary_to_body(draft: _Draft) -> None:
    """An article with no running text shows its summary as its body: so say the lines."""
    if draft.placed is not None:
        for i, (where, rule) in enumerate(draft.placed):
            if where == "meta" and rule.endswith("meta.summary"):
                draft.placed[i] = ("body", rule.replace("meta.summary", "body (no other text)"))


def _join_meta(key: str, values: list[str]) -> str:
    lines = key in ("summary", "caption", "chrome", "fields", "front_matter")
    return "\n".join(values) if lines else " | ".join(values)


def _read_lead(facts: Sequence[Facts], draft: _Draft, pictured: bool) -> int:
    """Reads title and lead into the draft; returns where the body starts."""
    quoted = False  # under a quoted heading ("> ## Excerpt"): the quote is the dek
    for i, fact in _unlabelled(facts, draft, pictured):
        text = fact.line.text
        quoted = quoted and text[:1] == ">" and not fact.line.block_start
        if text.startswith(">") and i and chrome.is_callout(facts[i - 1].line.text):
            draft.note_line(i, "chrome", text, "lead: callout")
        elif quoted:
            dek = chrome.strip_emphasis(text.lstrip("> "))
            draft.note_line(i, "summary", dek, "lead: dek under a quoted heading")
        elif text[:1] == ">" and not draft.parts and _quoted_heading(text):
            draft.note_line(i, "chrome", text, "lead: a quoted heading over the dek")
            quoted = True
        elif draft.title and _shared_intertitle(facts, i):
            return i  # the body opens with an intertitle the dump's documents share
        elif fact.repeated:
            draft.note_line(i, "chrome", text, "lead: the site's furniture, repeated on its pages")
        elif _title_field(facts, i) and not _titled_by_then(draft):
            if draft.title_line >= 0:  # "Late Edition" over "HEADLINE: …": a label, not it
                draft.note("section", draft.title, draft.title_line)
                draft.place(
                    draft.title_line, "meta", "lead: a line over the title field -> meta.section"
                )
                draft.title_line = -1
            if fact.line.front_matter:
                draft.note("front_matter", fact.line.as_written)
            else:
                draft.note("fields", text)
            key, value = fact.meta[0]
            draft.title = _untagged(value) if key == "subject" else value
            draft.title_key = chrome.line_key(draft.title)
            draft.place(i, "title", "lead: title field")
        elif draft.title and _first_intertitle(facts, i):
            return i  # the body opens with an intertitle, set as its others are
        elif fact.role in _META_ROLES or fact.role == "related":
            draft.note_all(i, fact, f"lead: {fact.role}")
        elif fact.role == "highlights" and not draft.parts and _bullets_follow(facts, i):
            draft.note_line(i, "chrome", text, "lead: highlights label")
        elif fact.role == "bullet" and not draft.title and listed_headline(facts, i):
            draft.title = chrome.strip_emphasis(fact.meta[0][1])
            draft.title_key = chrome.line_key(draft.title)
            draft.note("as_written", text, draft.offset + i)
            draft.place(i, "title", "lead: a headline set as a list item")
        elif fact.role == "bullet":
            summary = chrome.strip_emphasis(fact.meta[0][1])
            draft.note_line(i, "summary", summary, "lead: bullet")
        elif draft.title and fact.folded and fact.folded == draft.title_key:
            draft.note_line(i, "chrome", text, "lead: repeated title")
            if fact.line.heading:
                _heading_is_the_title(facts, i, draft)
        elif draft.title and fact.line.heading and _site_suffixed(draft.title_key, fact.folded):
            draft.title, draft.title_key = chrome.strip_emphasis(text), fact.folded
            draft.place(i, "title", "lead: heading repeating the title field without the site")
            _heading_is_the_title(facts, i, draft)
        elif draft.title_line >= 0 and _site_suffixed(draft.title_key, fact.folded):
            _page_title_over(facts, i, draft)
        elif draft.title and not draft.parts and _dek(fact, text) and not _forwarded(facts, i):
            draft.note_line(i, "summary", chrome.strip_emphasis(text.lstrip("> ")), "lead: dek")
        elif not draft.title and _in_record_over(facts, i, "updated"):
            draft.note_line(i, "publication", text, "lead: publication over a date line")
        elif (
            not draft.title
            and (
                fact.shape
                or fact.line.heading
                or _in_record_over(facts, i, "field")
                or over_section(facts, i)  # a glossary's term in lowercase, over "Basics"
                or (i > 0 and _aside_over_headline(facts, i - 1))  # "is_array" under "(PHP 4…)"
                or (i == 0 and fact.line.separator_before and over_headline_lead(facts, i))
            )
            and _titled(fact)
        ):
            if _over_trailed_headline(facts, i):
                draft.note_line(i, "chrome", text, "lead: over a headline its trail ends with")
                continue
            if _over_defined_name(facts, i):
                draft.note_line(i, "section", text, "lead: a label over a name the text defines")
                continue
            if _kicker(facts, i) and not _in_record_over(facts, i, "field"):
                draft.note_line(i, "section", text, "lead: kicker over the headline")
                continue
            if _aside_over_headline(facts, i):
                draft.note_line(i, "chrome", text, "lead: an aside in brackets over the headline")
                continue
            draft.title = _unprefixed(_unbracketed(chrome.strip_emphasis(text)))
            draft.title_key = fact.folded
            draft.title_line = -1 if fact.line.heading else i
            draft.place(i, "title", "lead: first headline-shaped line")
            if draft.title != chrome.strip_emphasis(text):
                draft.note("as_written", text, draft.offset + i)
            if (linked := linked_label(text)) is not None:  # "Headline<https://…>"
                draft.title, draft.title_key = linked[0], chrome.line_key(linked[0])
                draft.note("url", linked[1])
                draft.note("as_written", text)
                draft.place(i, "title", "lead: a headline linked to its story -> meta.url")
        elif not (draft.title and _lead_line(facts, i, draft)):
            return i
    return len(facts)


def _title_field(facts: Sequence[Facts], i: int) -> bool:
    """A field that names the article: an export's "HEADLINE:", a mail's subject in a
    digest's message header ("Betreff:", and "Subject:" under the message's number, as
    Mailman sets it; elsewhere an English "Subject:" holds an export's index terms)."""
    fact = facts[i]
    if fact.role != "field" or fact.meta[0][0] not in ("title", "subject"):
        return False
    return fact.meta[0][0] == "title" or _under_message_number(facts, i) or _under_sender(facts, i)


_LIST_TAG = lazy(r"\[(?=\S)[^\[\]]{1,40}(?<=\S)\]\s+(?=\S)")
"""The tag a mailing list sets before every subject it sends ("[gentoo-announce] ",
"[Python-Dev] ", "[Delta Chat] "): a name in brackets, no space at its edges."""


def _untagged(subject: str) -> str:
    """A mail's subject without its list's tag (`_LIST_TAG`): the list's name, not the
    message's title (the field's line as written is kept in `meta.fields`)."""
    found = _LIST_TAG.match(subject) if subject[:1] == "[" else None
    return subject[found.end() :] if found else subject


def _under_message_number(facts: Sequence[Facts], i: int) -> bool:
    """Whether line `i` is in a block a digest's message number opens ("Message: 3") or a
    mail client's mark over a forwarded mail (`credits.is_forward_mark`)."""
    j = i
    while j > 0 and not facts[j].line.block_start:
        j -= 1
    return any(
        credits.is_message_number(fact.line.text) or credits.is_forward_mark(fact.line.text)
        for fact in facts[j:i]
    )


def _under_sender(facts: Sequence[Facts], i: int) -> bool:
    """Whether line `i` is in a mail's header under its sender's line ("From: Delta Chat Blog
    <…>", a `mail` field): the subject there is the mail's, not an export's index terms."""
    j = i
    while j > 0 and not facts[j].line.block_start:
        j -= 1
    return any(fact.role == "field" and fact.meta[0][0] == "mail" for fact in facts[j:i])


def _unbracketed(title: str) -> str:
    """A headline without the lenticular brackets Japanese notes set headlines in
    (【Kubernetes v1.30をそっと覗く】), as a Markdown heading without its `#`; the line as
    written is kept in `meta.as_written`. Only one pair around the whole line: in
    "【速報】東京で地震【更新】" the brackets mark labels, and stripping the outer two would
    leave "速報】東京で地震【更新"."""
    inner = title[1:-1]
    if title[:1] == "【" and title[-1:] == "】" and inner.strip() and "【" not in inner:
        return inner.strip()
    return title


_TITLE_PREFIX = lazy(
    r"^(?:\[\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?\] [^:\[\]]{1,40}: "
    rf"|{ITEM_NUMBER}|\d{{1,3}}/ )(?=\S)"
)
"""What a line sets before its headline: a chat export's stamp and sender ("[09/11/2016
10:31] Redação: "), as a messenger writes each message it exports, or a digest's item
number set off by a pipe ("2 | ") or a slash ("2/ ", as French newsletters number theirs)."""


def _unprefixed(title: str) -> str:
    """A headline without the stamp and sender a chat export sets before each message, or a
    digest's number before a pipe or a slash (`_TITLE_PREFIX`); the line as written is kept in
    `meta.as_written`. A title that would be left empty keeps its prefix."""
    if title[:1] not in "[0123456789" or not (found := _TITLE_PREFIX.match(title)):
        return title
    return title[found.end() :]


_SITE_SUFFIX = lazy(r"^\s*[-–—|:·»]\s*\S.{0,60}$")
"""What a page's title adds after its headline: " | Global Voices", " - Wikinews"."""


def _site_suffixed(title_key: str, heading_key: str) -> bool:
    """The title field is the heading with the site's name after it, as a clipper takes the
    page's title ("Headline | Global Voices") while the page shows the headline alone."""
    return (
        bool(heading_key)
        and title_key.startswith(heading_key)
        and bool(_SITE_SUFFIX.match(title_key[len(heading_key) :]))
    )


def _page_title_over(facts: Sequence[Facts], i: int, draft: _Draft) -> None:
    """The lead's first headline-shaped line was the page's title, the headline and the
    site's name ("Play Store, OAuth2 and more - Delta Chat", as a browser's title bar or a
    copied tab reads), over the headline as the page sets it: the headline is the title, the
    page's title a line of meta."""
    page, fact = facts[draft.title_line].line.text, facts[i]
    draft.note("chrome", page, draft.title_line)
    draft.place(draft.title_line, "meta", "lead: the page's title over its headline -> meta.chrome")
    draft.title, draft.title_key = chrome.strip_emphasis(fact.line.text), fact.folded
    draft.title_line = i
    draft.place(i, "title", "lead: the headline under the page's title, without the site")


def _quoted_heading(text: str) -> bool:
    """A Markdown heading inside a quote ("> ## Excerpt"), as MarkDownload sets the label
    over the page's excerpt."""
    return text[:1] == ">" and chrome.markdown_heading(text[1:].strip()) is not None


def _titled_by_then(draft: _Draft) -> bool:
    """The draft has a title that a field giving the title would not replace: one from a
    heading or a field, not merely the first headline-shaped line of the lead."""
    return bool(draft.title) and draft.title_line < 0


def _unlabelled(
    facts: Sequence[Facts], draft: _Draft, pictured: bool
) -> Iterator[tuple[int, Facts]]:
    """The lines left once photo labels have done their work: a caption under "Image
    caption," or a credit line, the credit under "Image source,", and a caption over
    its "Credit…" line all go to `meta` here. `pictured`: what `_pictured` says of `facts`,
    found once for an article's lines and asked again of its body's only when they hold a
    photo's line."""
    pending = ""
    for i, fact in enumerate(facts):
        if pending and _take_pending(pending, i, fact, draft):
            pending = ""
            continue
        text = fact.line.text
        pending = _pending_after(text) if len(text) <= _LABEL_MAX else ""
        if not pictured:
            yield i, fact
            continue
        if _above_credit(facts, i):
            draft.note_line(i, "caption", text, "caption above a photo credit")
            continue
        if draft.title and _image_alt(facts, i):
            draft.note_line(i, "caption", text, "image text over its caption")
            continue
        if i and _under_image(facts[i - 1], fact):
            caption = chrome.strip_emphasis(text)
            draft.note_line(i, "caption", caption, "caption or credit under an image")
            continue
        yield i, fact


def _pictured(facts: Sequence[Facts]) -> bool:
    """Whether the lines hold what a photo's caption stands beside: a photo credit (under
    a caption, `_above_credit`), a caption (under an image's text, `_image_alt`) or an
    image (over its caption or credit, `_under_image`). Most articles hold none, and then
    no line is asked the three, one pass over the lines where each line asked three rules."""
    for fact in facts:
        if fact.role == "caption" or fact.line.text.startswith("!["):
            return True
        if fact.meta and any(key == "photo_credit" for key, _ in fact.meta):
            return True
    return False


_PENDING_KEPT = 4096
"""Short lines whose answer `_pending_after` keeps (a few hundred kilobytes at most)."""


def _under_image(above: Facts, fact: Facts) -> bool:
    """A short line right under a Markdown image line (no blank between): its caption
    or credit."""
    return (
        above.line.text.startswith("![")
        and not fact.line.block_start
        and fact.role in ("text", "chrome", "caption", "credits")
        and fact.words <= _CAPTION_WORDS
    )


@lru_cache(maxsize=_PENDING_KEPT)
def _pending_after(text: str) -> str:
    """What a label line (no longer than `_LABEL_MAX`: `_unlabelled` asks only of those)
    says of the next line: a caption, or a photo credit. Remembered: a site's furniture
    comes back under every article ("Follow", "Short Url"), and three rules say no to it."""
    if credits.opens_caption(text):
        return "caption"
    if _IMAGE_SOURCE.fullmatch(text.strip()):
        return "credit"
    return "maybe-caption" if credits.is_photo_credit(text) else ""


def _take_pending(pending: str, i: int, fact: Facts, draft: _Draft) -> bool:
    if fact.role != "text" or fact.words > 40:
        return False
    if pending == "credit":
        draft.note_line(i, "chrome", fact.line.text, "credit under an image source label")
        return True
    if pending == "maybe-caption" and measure.ends_sentence(fact.line.text):
        return False
    caption = credits.caption_text(fact.line.text)
    draft.note_line(i, "caption", caption, "caption under a photo label")
    return True


def _above_credit(facts: Sequence[Facts], i: int) -> bool:
    """A caption sits right above its photo credit line."""
    fact = facts[i]
    if fact.role != "text" or fact.words > 60 or i + 1 >= len(facts):
        return False
    return caption_over_credit(fact, facts[i + 1])


def _image_alt(facts: Sequence[Facts], i: int) -> bool:
    """A short unpunctuated line set right on top of a caption (no blank between), as a
    copied page gives an image's alternative text over the caption under it."""
    fact = facts[i]
    if fact.role != "text" or fact.words > _CAPTION_WORDS or i + 1 >= len(facts):
        return False
    below = facts[i + 1]
    return (
        below.role == "caption"
        and not below.line.block_start
        and not fact.line.heading
        and not measure.ends_sentence(fact.line.text)
    )


def _heading_is_the_title(facts: Sequence[Facts], i: int, draft: _Draft) -> None:
    """A heading repeating the `title:` field of the front matter above it: the heading
    is the title as the article shows it, the field one of its metadata. A heading's title
    is not one a later title field replaces (`_titled_by_then`), whichever line gave it first."""
    draft.title_line = -1
    if draft.placed is None:
        return
    for j in range(i):
        if draft.placed[j][0] == "title":
            draft.placed[j] = ("meta", "lead: title field, repeated by the heading below")
    draft.placed[i] = ("title", "lead: heading repeating the title field")


def _dek(fact: Facts, text: str) -> bool:
    """A standfirst right under the title, set apart as Markdown writes it: a `>` quote or
    a wholly italic paragraph of at least a sentence."""
    if fact.role != "text" or fact.line.heading or fact.words < 8:
        return False
    if text.startswith(">"):
        return not chrome.is_callout(text)
    return text[:1] in "*_" and text[:2] not in ("**", "__") and chrome.strip_emphasis(text) != text


def _forwarded(facts: Sequence[Facts], i: int) -> bool:
    """The article opens with a forwarded mail's header (`credits.is_forward_mark` over
    line `i`): a quoted paragraph under it is the mail's quoted text, not a dek."""
    return any(credits.is_forward_mark(fact.line.text) for fact in facts[:i])


def _kicker(facts: Sequence[Facts], i: int) -> bool:
    """A section label or publication name over the headline ("Rivers", "Midland Courier",
    "Global Voices em Português"): a short line with a longer headline-shaped line below it
    in the lead. Up to three words that is enough; a name of up to six words needs a second
    cue, a publication word or site furniture (a breadcrumb) before the headline."""
    kicker = facts[i]
    if kicker.words > _KICKER_LONG_WORDS or kicker.line.heading:
        return False
    if ": " in kicker.line.text:
        return False  # "Colombia: Free Cinema Festival": a headline's topic and its news
    cues = 2 if kicker.words <= _KICKER_MAX_WORDS else 1
    cues += bool(_PUBLICATION.search(kicker.line.text))
    for j in range(i + 1, min(len(facts), i + 1 + _DEK_LOOKAHEAD)):
        fact = facts[j]
        if _image_alt(facts, j):
            continue
        if _shared_intertitle(facts, j):
            return False  # the body's first intertitle, the dump's own: the line is its headline
        if fact.role == "text" and fact.shape and fact.words > kicker.words:
            if _first_intertitle(facts, j):
                return False  # the body's first intertitle under the headline, no kicker's
            if credits.dated_parts(fact.line.text) or _dated_lead(fact.line.text):
                return False  # the headline's date line ("Site · April 2008"), no headline
            headline = not fact.line.text.rstrip("\"'”’»)").endswith((".", ";", ":", ","))
            # a line the next paragraph carries on (a quoted tweet, then "twittert X.") is
            # the first paragraph, not a headline under a kicker
            return headline and cues >= _KICKER_CUES and not _carried_on(facts, j)
        if fact.role == "text" and not (fact.shape and fact.words <= kicker.words):
            return False
        if fact.role in ("updated", "byline") and kicker.words > _KICKER_MAX_WORDS:
            return False  # a date or byline under a longer line: it is the headline
        if fact.role == "chrome" and chrome.is_word_count(fact.line.text):
            return False  # an export's word count under the line: the line is the headline
        cues += fact.role == "chrome"
    return False


_TRAIL = lazy(r"\s+[/›»>|]\s+")
"""What parts a page's trail ("Blog  /  2022  /  Headline", "Accueil › Monde › Headline")."""


def _has_trail_mark(text: str) -> bool:
    """Whether `text` holds a mark `_TRAIL` parts at, each looked for by `in`: a line with
    none is one part, and the pattern, tried at every space of the paragraphs under a title,
    cost a split of the generated dump 9% of its instructions to say so."""
    return "/" in text or ">" in text or "|" in text or "»" in text or "›" in text


def _over_trailed_headline(facts: Sequence[Facts], i: int) -> bool:
    """Whether line `i` stands over the page's trail that ends with the headline below it
    ("Docs  Blog" over "Blog / 2022 / Headline" over "Headline"), or is that trail: a menu
    or a breadcrumb, not the title, as a page names its headline last in its trail."""
    end = min(len(facts), i + 1 + _DEK_LOOKAHEAD)
    for k in range(i, end - 1):  # each line split once, then matched with those under it
        text = facts[k].line.text
        if not _has_trail_mark(text):
            continue  # one part: what scanning its every space for a mark would find
        parts = _TRAIL.split(text.strip())
        if len(parts) > 1 and any(
            facts[j].role == "text" and facts[j].shape and facts[j].line.text.strip() == parts[-1]
            for j in range(k + 1, end)
        ):
            return True
    return False


def _over_defined_name(facts: Sequence[Facts], i: int) -> bool:
    """Whether line `i` is a label over a name that the line under the name says again, a
    dash and what it is ("FUNCTION OF THE WEEK" over "array_pad" over "array_pad — Pad array
    …"): the name is the headline, however it is cased; the label is its section."""
    j = next((j for j in range(i + 1, len(facts)) if facts[j].role == "text"), len(facts))
    if j + 1 >= len(facts):
        return False
    name = facts[j].line.text.strip()
    return _title_then_what(facts[j + 1].line.text.strip(), name)


_DATED_LEAD_WORDS = 4
"""A date opening a line runs to this many words at most ("Tuesday, October 3, 2018")."""


def _dated_lead(text: str) -> bool:
    """Whether the line opens with a whole date, then its authors or its place ("October 03,
    2018 by karissa, magnus"): a post's date line, which no headline opens with."""
    words = text.split()
    return any(
        credits.is_date(" ".join(words[:count]))
        for count in range(2, min(len(words) - 1, _DATED_LEAD_WORDS) + 1)
    )


def _aside_over_headline(facts: Sequence[Facts], i: int) -> bool:
    """A line wholly in brackets right over a short line that ends no sentence (a manual's
    "(PHP 4, PHP 5, PHP 7, PHP 8)" over "is_array"): an aside the page prints over its
    headline, never the headline, however few words the headline under it has or however
    it is cased."""
    if not _bracketed(facts[i].line.text):
        return False
    below = facts[i + 1] if i + 1 < len(facts) else None
    return (
        below is not None
        and below.role == "text"
        and below.line.gap_before == 0
        and below.words <= _KICKER_LONG_WORDS
        and not measure.ends_sentence(below.line.text)
        and not _bracketed(below.line.text)
    )


def _bracketed(text: str) -> bool:
    """The line is wholly in one pair of brackets: "(PHP 4, PHP 5, PHP 7, PHP 8)"."""
    return text[:1] == "(" and text.rstrip()[-1:] == ")" and text.count("(") == 1


def _aside_under_name(facts: Sequence[Facts], i: int) -> bool:
    """A line wholly in brackets right under a short line that ends no sentence, in one
    block (a manual's "(PHP 8)" under "str_contains", wherever the rules put the name): an
    aside the page prints beside a name, not a subheading of the text."""
    fact = facts[i]
    if i == 0 or fact.line.gap_before or not _bracketed(fact.line.text):
        return False
    above = facts[i - 1]
    return (
        above.role == "text"
        and above.words <= _KICKER_LONG_WORDS
        and not _bracketed(above.line.text)
        and not measure.ends_sentence(above.line.text)
    )


def _first_intertitle(facts: Sequence[Facts], i: int) -> bool:
    """Line `i`, a short headline-shaped line apart from the line above, is set as its
    article's intertitles are: as wide a gap under it as under a headline-shaped line
    further down between the paragraphs, wider than the paragraphs have. A long document
    (a guide, a post with intertitles) opens with one right under its headline and lead;
    a dek sits closer to the text it stands over, or has no intertitles set like it."""
    fact = facts[i]
    if not _intertitle_shaped(fact) or not fact.line.gap_before or i + 1 >= len(facts):
        return False
    gap = facts[i + 1].line.gap_before
    if not _paragraph(facts[i + 1]):
        return False
    if gap <= _paragraph_gap(facts):
        return _set_in_capitals_as_intertitles(facts, i, gap)
    return any(
        _intertitle_shaped(facts[j]) and facts[j].line.gap_before and _over_text(facts, j, gap)
        for j in range(i + 2, len(facts) - 1)
    )


def _shared_intertitle(facts: Sequence[Facts], i: int) -> bool:
    """Line `i` is an intertitle the dump's documents share (`Facts.opens_section`: "Basics"
    over each entry), right over text (a paragraph, however short; or a line too long for a
    headline, if unstopped): the body's first, however it is set, where a label, a byline or
    a kicker would sit, and the line over it is the headline. Under an export's field (a
    record's "Length:"), a line over the text is the export's label for it ("Body")."""
    if not facts[i].opens_section or i + 1 >= len(facts):
        return False
    below = facts[i + 1]
    if below.role != "text" or (below.shape is not None and below.words < _PROSE_WORDS):
        return False
    return i == 0 or facts[i - 1].role != "field" or _title_field(facts, i - 1)


def _set_in_capitals_as_intertitles(facts: Sequence[Facts], i: int, gap: int) -> bool:
    """Where every block stands as far apart as the next, line `i` is the body's first
    intertitle when it is set in capitals as an intertitle further down is, and a line above
    it (the headline) is not: a dek is set in the headline's case, not the intertitles'."""
    if facts[i].shape != "caps" or not any(f.shape not in ("caps", None) for f in facts[:i]):
        return False
    return any(
        facts[j].shape == "caps"
        and _intertitle_shaped(facts[j])
        and facts[j].line.gap_before
        and _over_text(facts, j, gap)
        for j in range(i + 2, len(facts) - 1)
    )


def _intertitle_shaped(fact: Facts) -> bool:
    """A line of text that may be an intertitle: shaped like a headline, short, not a
    heading (whose level says what it is), ending neither a sentence nor a clause."""
    return (
        fact.role == "text"
        and fact.shape is not None
        and not fact.line.heading
        and fact.words <= _SUBHEAD_MAX_WORDS
        and not measure.ends_clause(fact.line.text)
    )


def _over_text(facts: Sequence[Facts], j: int, gap: int) -> bool:
    """A paragraph stands under line `j`, `gap` blank lines down."""
    return facts[j + 1].line.gap_before == gap and _paragraph(facts[j + 1])


def _paragraph(fact: Facts) -> bool:
    """A paragraph's line: running text, or a sentence of a paragraph's length however
    short (one under a headline may have a headline's shape, "You've launched it. Now?")."""
    return _running_text(fact) or (
        fact.role == "text"
        and fact.words >= _PROSE_WORDS
        and not fact.line.heading
        and measure.ends_sentence(fact.line.text)
    )


def _paragraph_gap(facts: Sequence[Facts]) -> int:
    """The blank lines between most of the article's paragraphs (the lower median), counted
    over each paragraph that follows another: one under an intertitle stands as far from it
    as the intertitle from the text above, so in a document of short sections (an entry
    under "Basics" and "In depth") those gaps would make up the median."""
    gaps = sorted(
        fact.line.gap_before
        for above, fact in itertools.pairwise(facts)
        if _running_text(fact) and _running_text(above)
    )
    if not gaps:
        gaps = sorted(fact.line.gap_before for fact in facts if _running_text(fact))
    return gaps[(len(gaps) - 1) // 2] if gaps else 1


def _in_record_over(facts: Sequence[Facts], i: int, role: Role) -> bool:
    """In an export's record, line `i` is a line of text right over a line of `role`. Over
    the record's fields ("BYLINE: …", `field`) it is the headline, however short
    or cased ("Leadership e governo", a headline ending in a period): the fields follow the
    headline there, no kicker nor dek. Over its date line (`updated`) it is the
    publication, whatever the name's case ("opensource.guide"): the publication and its
    date line stand over the headline, the copyright lines maybe above them."""
    return (
        bool(facts[0].line.record)
        and facts[i].role == "text"
        and i + 1 < len(facts)
        and facts[i + 1].role == role
    )


def _titled(fact: Facts) -> bool:
    return fact.words <= 30 and not fact.line.text.endswith(":")


def _lead_line(facts: Sequence[Facts], i: int, draft: _Draft) -> bool:
    """Notes a lead line that is not running text (a dek, an author, a role); False at the
    first paragraph of the body."""
    fact = facts[i]
    text = chrome.strip_emphasis(fact.line.text)
    if fact.line.heading or (facts[0].line.record and "length" in draft.meta):
        return False  # an export's record: its length field closes the lead, the text follows
    if _short_run_closing_block(facts, i):
        draft.note_line(i, "label", text, "lead: a run of short lines closing the title's block")
        return True
    if _title_then_what(text, draft.title):
        draft.note_line(i, "summary", text, "lead: the title again, a dash and what it is")
        return True
    if not fact.shape:
        if _dek_sentence(facts, i, draft):
            draft.note_line(i, "summary", text, "lead: sentence over a byline or timestamp")
            return True
        if _lead_label(facts, i):
            draft.note_line(i, "chrome", text, "lead: short line over more lead")
            return True
        return False
    if fact.words <= 5 and _NAME.match(text) and _PUBLICATION.search(text):
        draft.note_line(i, "publication", text, "lead: publication name")
    elif "byline" not in draft.meta and fact.words <= 5 and _named(text):
        draft.note_line(i, "byline", text, "lead: a name under the title")
    elif fact.words <= 8 and _ROLE.search(text):
        draft.note_line(i, "author_role", text, "lead: an author's role")
    elif fact.words >= 4 and not measure.ends_sentence(text) and not _carried_on(facts, i):
        if _restates(text, draft.title):
            return False  # the post's own heading over its text, not a dek saying more
        draft.note_line(i, "summary", text, "lead: headline-shaped dek")
    elif (
        fact.words > _SHORT_LEAD_WORDS
        and measure.ends_sentence(text)
        and not dek_followed_by_lead(facts, i)
    ):
        return False  # a sentence ("… victimes de préjugés ?") no byline follows: the text
    elif _more_lead_follows(facts, i):
        draft.note_line(i, "chrome", text, "lead: short line over more lead")
    elif (
        fact.words <= _KICKER_MAX_WORDS
        and not measure.ends_sentence(text)
        and _running_text_below(facts, i)
    ):
        draft.note_line(i, "label", text, "lead: a short label over the first paragraph")
    else:
        return False
    return True


_WORDS = lazy(r"\w+")


_WHAT_AFTER = lazy(r"\s+[-–—]\s+\S")
"""A dash set apart by spaces, then words: what the title names ("array_chunk — Split an array
into chunks"); a hyphen inside a word is none."""


def _title_then_what(text: str, title: str) -> bool:
    """The line says the title again, whole, then a dash and what it is: a reference page's
    one-line summary under its name (`array_chunk — Split an array into chunks`, a manual's
    `name — purpose`), the title's own repeat, not the text's first paragraph. The dash is
    looked for first, where the title would end: most lines have none there, and a paragraph
    is not folded whole for them."""
    return (
        bool(title)
        and _WHAT_AFTER.match(text, len(title)) is not None
        and text[: len(title)].casefold() == title.casefold()
    )


def _restates(text: str, title: str) -> bool:
    """The line has the title's words, in order, only its punctuation otherwise ("Unruhe als
    Strukturprinzip: Die Arbeit …" under "Unruhe als Strukturprinzip - Die Arbeit …"): the
    heading the post sets over its own text, where a site's headline tops the page. A dek
    says what the headline does not."""
    return _WORDS.findall(text.casefold()) == _WORDS.findall(title.casefold())


_PARTICLES = frozenset(
    "de da das do dos del della di du la le van von der den ter ten bin ibn al el and y e &".split()
)
"""The words of a name that stand in lowercase ("Jane van der Berg", "Ana da Silva")."""


def _named(text: str) -> bool:
    """A person's name, or a label a page sets where one stands: up to six words, at most
    one in lowercase but a name's particles. A line of words in lowercase under a headline
    ("Filed from the town hall") is text, not a byline."""
    lower = sum(word[:1].islower() and word not in _PARTICLES for word in text.split())
    return lower <= 1 and bool(_NAME.match(text))


_PROSE_WORDS = 12
"""A paragraph under the lead runs to this many words at least; a label is far shorter."""


def _running_text_below(facts: Sequence[Facts], i: int) -> bool:
    """The next line is running text: the short line over it is a label of the page (a
    place, a section), not a paragraph of a few words."""
    return i + 1 < len(facts) and _running_text(facts[i + 1])


def _carried_on(facts: Sequence[Facts], i: int) -> bool:
    """The next paragraph opens in lowercase, carrying on this line's sentence (a quoted
    tweet, then "twittert Journelle."): the line is the first paragraph, not a dek."""
    if i + 1 >= len(facts):
        return False
    below = facts[i + 1]
    return below.role == "text" and below.line.text[:1].islower()


def _dek_sentence(facts: Sequence[Facts], i: int, draft: _Draft) -> bool:
    """A standfirst sentence under the title, told apart from the first paragraph by the
    byline or timestamp that still follows it, or by the wider gap that parts it, set right
    under the title, from the paragraphs."""
    if draft.parts or "summary" in draft.meta:
        return False
    if facts[i].words > _DEK_MAX_WORDS and not _repeated_below(facts, i):
        return False
    return dek_followed_by_lead(facts, i) or _set_apart_under_title(facts, i)


def _set_apart_under_title(facts: Sequence[Facts], i: int) -> bool:
    """Line `i` stands right under the title, no blank line between, and a gap wider than
    the paragraphs below have parts it from them: the headline's dek, set with it."""
    if i != 1 or facts[i].line.gap_before or i + 2 >= len(facts):
        return False
    gaps = sorted(f.line.gap_before for f in facts[i + 2 :] if _running_text(f))
    return bool(gaps) and facts[i + 1].line.gap_before > gaps[(len(gaps) - 1) // 2]


def _repeated_below(facts: Sequence[Facts], i: int) -> bool:
    """The sentence comes again in the first paragraph under the lead: a standfirst that
    repeats the lead's opening, however long."""
    text = chrome.strip_emphasis(facts[i].line.text).strip()
    for fact in facts[i + 1 : i + 1 + _DEK_LOOKAHEAD * 2]:
        if fact.role == "text" and not fact.shape and fact.words > facts[i].words / 2:
            return text in fact.line.text
    return False


_RUN_LINES = 2


def _short_run_closing_block(facts: Sequence[Facts], i: int) -> bool:
    """Line `i` is one of a run of short lines, none a sentence, that closes the title's
    block, the text standing apart under it ("Autor" / "Nadejda Sero" / "Etiquetas" /
    "comunidad" / "mentorias" under a headline and its date): a page's labels and their
    values, whatever their words and language, never the first paragraph. Two lines at
    least, each of five words at most; a block of one short line is read as before."""
    if facts[i].line.block_start:
        return False
    end = i
    while end + 1 < len(facts) and not facts[end + 1].line.block_start:
        end += 1
    run = facts[i : end + 1]
    first = i
    while first > 0 and not facts[first].line.block_start and _short_unstopped(facts[first - 1]):
        first -= 1
    return (
        end + 1 < len(facts)
        and end + 1 - first >= _RUN_LINES
        and all(_short_unstopped(fact) for fact in run)
    )


def _short_unstopped(fact: Facts) -> bool:
    """A line of a long kicker's length at most that ends no sentence: a label or its value
    ("Etiquetas", "R-Ladies Global Leadership Team")."""
    return (
        fact.role == "text"
        and fact.words < _KICKER_LONG_WORDS
        and not measure.ends_sentence(fact.line.text)
    )


def _lead_label(facts: Sequence[Facts], i: int) -> bool:
    """Line `i`, shapeless (a name in lowercase: "cloud.gov News"), is a short label inside
    the lead's block, right under the line above, no sentence, over more lead: an export's
    source over its code and language lines."""
    fact = facts[i]
    return (
        fact.role == "text"
        and fact.line.gap_before == 0
        and fact.words <= _SHORT_LEAD_WORDS
        and not measure.ends_sentence(fact.line.text)
        and _more_lead_follows(facts, i)
    )


def _more_lead_follows(facts: Sequence[Facts], i: int) -> bool:
    """More lead comes before the first paragraph: a meta line, maybe after other short
    labels (a database export's "Wikinews", "WIKNWS", "French" over its copyright line)."""
    short = facts[i].words <= _SHORT_LEAD_WORDS
    for fact in facts[i + 1 : i + 1 + _DEK_LOOKAHEAD]:
        if fact.role == "chrome" and chrome.closes_record(fact.line.text):
            return False  # "End of Document": the record ends, the line was its text
        if fact.role in _META_ROLES:
            return short or fact.role != "url"
        if not (fact.role == "text" and fact.shape and fact.words <= _KICKER_MAX_WORDS):
            return False
    return False


def _read_body(facts: Sequence[Facts], draft: _Draft, pictured: bool) -> None:
    mode = ""
    listed = _closing_list(facts)
    last_text = -1 if _unmarked(facts) else _last_own_paragraph(facts)
    for i, fact in _unlabelled(facts, draft, pictured):
        text = fact.line.text
        if i >= listed:
            draft.note_line(i, "chrome", text, "body: a label over headlines, the article's last")
            continue
        if mode == "closed":
            draft.note_line(i, "chrome", text, "body: under the article's closing link")
            continue
        if fact.repeated and i > last_text:
            draft.note_line(i, "chrome", text, "body: the site's furniture, repeated on its pages")
            continue
        if fact.recurs and i > last_text:
            draft.note_line(
                i, "chrome", text, "body: a line of the page's template, under its text"
            )
            continue
        if fact.role == "related" or (mode == "related" and _teaser(fact)):
            mode = "related"
            draft.note_line(i, "chrome", text, "body: related-stories list")
            continue
        if chrome.is_callout(text) or (mode == "callout" and text.startswith(">")):
            mode = "callout"
            draft.note_line(i, "chrome", text, "body: callout")
            continue
        if mode == "ad" and not fact.line.block_start and fact.words <= _AD_COPY_WORDS:
            draft.note_line(i, "chrome", text, "body: advertisement copy under its label")
            continue
        if chrome.is_ad_label(text):
            mode = "ad"
            draft.note_line(i, "chrome", text, "body: advertisement label")
            continue
        if mode == "contact" and _contact_line(fact):
            draft.add(i, text, "paragraph", "body: a line of the press contact")
            draft.contact = len(draft.parts) - 1
            continue
        if fact.role == "text" and credits.is_press_contact(text):
            mode = "contact"
            draft.add(i, text, "paragraph", "body: a press contact")
            draft.contact = len(draft.parts) - 1
            continue
        mode = "highlights" if mode == "highlights" and _short_highlight(fact) else ""
        if fact.role in _META_ROLES and _meta_in_body(facts, i):
            draft.note_all(i, fact, f"body: {fact.role}")
            if fact.role == "url" and labelled_link(text):
                mode = "closed"  # a read-more link closes its article: a footer follows
        elif fact.folded and fact.folded == draft.title_key:
            draft.note_line(i, "chrome", text, "body: repeated title")
        elif fact.role == "highlights" and _bullets_follow(facts, i):
            mode = "highlights"
            draft.add(i, text, "highlights", "body: highlights label")
        elif fact.role == "bullet":
            kind: ParagraphKind = "highlights" if mode == "highlights" else "list_item"
            draft.add(i, text, kind, f"body: bullet ({kind})")
        elif mode == "highlights":
            draft.add(i, text, "highlights", "body: highlights item")
        elif _aside_under_name(facts, i):
            draft.note_line(i, "chrome", text, "body: an aside in brackets under a name")
        elif _is_subheading(facts, i):
            draft.add(i, chrome.strip_emphasis(text), "subheading", "body: subheading")
        else:
            draft.add(i, text, "paragraph", "body: paragraph")
    _trim_trailer(draft)


def _unmarked(facts: Sequence[Facts]) -> bool:
    """No line of the article is the site's furniture (`Facts.repeated`, `Facts.recurs`): the
    last paragraph of its own is not looked for (most dumps repeat nothing)."""
    return not any(fact.repeated or fact.recurs for fact in facts)


def _last_own_paragraph(facts: Sequence[Facts]) -> int:
    """The body's last paragraph of its own (`_own_paragraph`): a site's menu and footer stand
    under it (and over the title), never between its paragraphs."""
    return max((at for at, fact in enumerate(facts) if _own_paragraph(fact)), default=-1)


def _own_paragraph(fact: Facts) -> bool:
    """A paragraph the dump does not repeat: running text, or a shorter line that ends a
    sentence. A template document's sections may hold one short sentence each (`Returns the
    flipped array.` under `Return Values`), and its intertitles come back on every page: read
    as furniture, they would be cut from the body above its last long paragraph; a site's menu
    and footer end no sentence between the body and their own lines."""
    if fact.repeated or fact.recurs:
        return False
    if _running_text(fact):
        return True
    return fact.role == "text" and fact.shape is None and measure.ends_sentence(fact.line.text)


def _contact_line(fact: Facts) -> bool:
    """A short line of the press contact under its label: text, or the mail address or
    phone number the rules read as chrome; not a closing mark ("-- Ende --", "(END)")."""
    return (
        fact.words <= credits.CONTACT_LINE_WORDS
        and fact.role in ("text", "chrome")
        and fact.line.text[:1] not in _CONTACT_NEVER_OPENS
    )


_CONTACT_NEVER_OPENS = "-–—=(#*[_~"


_LIST_LABEL_WORDS = 3


def _closing_list(facts: Sequence[Facts]) -> int:
    """Where the article's last block is a list of other stories under a label of its own
    ("Czytaj także:", "Още по темата:", "関連記事"), maybe under a share bar: a short label,
    then only headlines (`_listed_story`), to the end of the block, which ends the
    article. A "read also" list in any language, by its shape; `len(facts)` if none."""
    end = len(facts)
    start = end - 1
    while start > 0 and not facts[start].line.block_start:
        start -= 1
    if start <= 0:
        return end  # the body's only block is its text
    while start < end and facts[start].role in _META_ROLES:
        start += 1  # the share bar or the counter the list sits under
    label = facts[start] if start < end - 1 else None
    if label is None or label.role != "text" or label.words > _LIST_LABEL_WORDS:
        return end
    if measure.ends_sentence(label.line.text.rstrip(":：")):
        return end
    if all(_listed_story(fact) for fact in facts[start + 1 : end]):
        return start
    return end


def _listed_story(fact: Facts) -> bool:
    """A headline in a list of other stories: shaped like one, with no stop but the question
    or exclamation mark a headline may end in ("Tunezja: Czytelnicy wychodzą na ulice!")."""
    if fact.role != "text" or not fact.shape:
        return False
    text = fact.line.text
    return not measure.ends_sentence(text) or measure.ends_question(text)


def _trim_trailer(draft: _Draft) -> None:
    """Drops what trails the last paragraph: desk codes, agency sign-offs, topic tags
    ("kmo/sco/lb", "(END)", "news"), which a real last paragraph never looks like, and
    lines that say where the article came from (`credits.signs_off`)."""
    while len(draft.parts) > 1 and len(draft.parts) - 1 > draft.contact:
        text, kind, line = draft.parts[-1]
        if _signed(draft.parts[-2:]):
            return  # a letter's close and its writer's name ("Till next time," / "Juliane")
        if not (kind == "paragraph" and credits.signs_off(text)):
            if not _short_trailer(text) or (kind == "list_item" and not _framed(text)):
                return
            if measure.ends_sentence(text) and not text.startswith(("(", "=", "-")):
                return
            if not text.startswith(_SIGN_OFF_OPENERS) and _announced_list_end(draft.parts):
                return  # the last item of a list its paragraph announces ("… incluyen:")
            if _bare_link(text) and measure.ends_colon(draft.parts[-2][0]):
                return  # the link its paragraph announces ("… cet article de blog :")
        draft.note("chrome", text, line)
        if draft.placed is not None:
            draft.placed[line] = ("meta", "trailer after the last paragraph -> meta.chrome")
        draft.parts.pop()


_LIST_ITEMS = 12
"""The most items of a list read back to the paragraph announcing it."""


def _announced_list_end(parts: Sequence[tuple[str, str, int]]) -> bool:
    """The body's last part ends a list of two items or more, none a sentence, that a
    paragraph announces by its colon ("Estos beneficios como mínimo incluyen:" over
    "Hospitalización", …, "Servicios de pediatría"): the list's last item, not a trailer.
    (A paragraph ending in a colon right over the last part is a quotation's, cut off.)"""
    for at, (text, _, _) in enumerate(reversed(parts[-_LIST_ITEMS - 1 : -1])):
        if measure.ends_colon(text):
            return at > 0  # an item above the last one: a list, not a quotation's colon
        if measure.ends_sentence(text):
            return False
    return False


def _signed(last: Sequence[tuple[str, str, int]]) -> bool:
    """The body's last parts are a valediction ("Till next time,", "Un saludo,": a short
    line closed by a comma), maybe with the name under it that signs the text."""
    return any(credits.valediction(text) for text, _, _ in last)


def _short_trailer(text: str) -> bool:
    """A line short enough to sign an article off (`_TRAILER_WORDS`, `_SIGN_OFF_WORDS`)."""
    words = measure.word_count(text, _SIGN_OFF_WORDS)  # enough to tell, not all of them
    if words <= _TRAILER_WORDS:
        return True
    opened = text.startswith(_SIGN_OFF_OPENERS)
    return opened and words <= _SIGN_OFF_WORDS and len(text) <= _LABEL_MAX


def _framed(text: str) -> bool:
    """A line set between two dashes ("– red –"): a sign-off, which reads as a list item
    by its first dash alone."""
    return len(text) > 2 and text[0] in _SIGN_OFF_DASHES and text[-1] in _SIGN_OFF_DASHES


def _teaser(fact: Facts) -> bool:
    """A line of a related-stories list: a headline, a topic, a time, a link."""
    if fact.role in _META_ROLES or fact.role == "bullet":
        return True
    return fact.role == "text" and (fact.words <= _TEASER_MAX_WORDS or fact.shape is not None)


def _bullets_follow(facts: Sequence[Facts], i: int) -> bool:
    return i + 1 < len(facts) and facts[i + 1].role == "bullet"


def _meta_in_body(facts: Sequence[Facts], i: int) -> bool:
    """Chrome and credits leave the body anywhere; a timestamp only when it stands alone or
    closes the article ("Posted in News | 9 May 2021 | Leave a comment", a blog's footer
    under its last paragraph); a link under a label of its own (`labelled_link`) only when
    no paragraph follows it: a read-more link closes its article, and "Full report:
    https://…" between two paragraphs is the text's."""
    fact = facts[i]
    if fact.role == "url" and labelled_link(fact.line.text):
        return not any(_running_text(after) for after in facts[i + 1 :])
    if _announced_link(facts, i):
        return False
    if fact.role == "updated" and _dates_a_section(facts, i) and _timeline(facts):
        return False
    return fact.role != "updated" or fact.words <= 8 or i == len(facts) - 1


def _announced_link(facts: Sequence[Facts], i: int) -> bool:
    """Line `i` is a bare link right under a line of the text that announces it by its colon
    ("… n'hésitez pas à faire les vôtres :", "See the wiki for more information:", "En savoir
    plus :"): the text's own link, where a link alone elsewhere is the article's address."""
    fact = facts[i]
    return (
        fact.role == "url"
        and i > 0
        and facts[i - 1].role == "text"
        and measure.ends_colon(facts[i - 1].line.text)
        and _bare_link(fact.line.text)
    )


def _bare_link(text: str) -> bool:
    """A web address alone on its line, with no label or words around it."""
    return "://" in text and len(text.split()) == 1


def _dates_a_section(facts: Sequence[Facts], i: int) -> bool:
    """A date line right over a paragraph, with running text above it."""
    return (
        facts[i].role == "updated"
        and i + 1 < len(facts)
        and _running_text(facts[i + 1])
        and any(map(_running_text, facts[:i]))
    )


def _timeline(facts: Sequence[Facts]) -> bool:
    """Two date lines or more each stand between paragraphs (`_dates_a_section`): the text's
    own intertitles, a timeline's ("1 de octubre de 2013" over what opens that day, "1 de
    enero de 2014" over the next), not a page's dates, which stand once over or under the
    text."""
    dated = (
        i
        for i in range(1, len(facts) - 1)
        if facts[i].role == "updated" and _running_text(facts[i + 1])
    )
    first = next((i for i in dated if _dates_a_section(facts, i)), None)
    return first is not None and next(dated, None) is not None


def _running_text(fact: Facts) -> bool:
    """A paragraph of running text: no headline's shape, a sentence's length (longer than
    the field model's `_prose`, which a sentence of any length may be)."""
    return fact.role == "text" and fact.shape is None and fact.words >= _PROSE_WORDS


def _short_highlight(fact: Facts) -> bool:
    return fact.role == "bullet" or (
        fact.shape is not None and fact.words <= 25 and fact.role == "text"
    )


def _is_subheading(facts: Sequence[Facts], i: int) -> bool:
    fact = facts[i]
    if fact.line.heading:
        return True
    text = fact.line.text
    if not fact.shape or fact.words > _SUBHEAD_MAX_WORDS or i + 1 >= len(facts):
        return False
    if text.endswith(":") or text.startswith(">"):
        return False
    if chrome.strip_emphasis(text) != text:
        return True
    standalone = fact.line.block_start and fact.line.block_end
    return standalone or fact.shape == "caps" or _between_paragraphs(facts, i)


def _between_paragraphs(facts: Sequence[Facts], i: int) -> bool:
    """A short headline-like line inside a block of one-line paragraphs: a crosshead."""
    fact = facts[i]
    if fact.words > _SUBHEAD_MAX_WORDS * 2 // 3 or i == 0:
        return False
    before, after = facts[i - 1], facts[i + 1]
    return (
        measure.ends_sentence(before.line.text)
        and after.role == "text"
        and after.shape is None
        and after.words >= 12
    )


_MARKUP = lazy(r"^(?:#{1,6}\s+|>\s?|[-*•]\s+(?=\S))")
_WRAPPED = lazy(r"^(\*\*|__|\*|_)(.+)\1$", re.S)
_MARK_HEADS = frozenset("#>-*•_")
"""First characters of a line `plain` can change (or of one with runs of whitespace)."""


def plain(text: str) -> str:
    """A line as read, for telling whether its text is kept: whitespace folded, and the
    Markdown marks that only set it out (a heading's `#`, a quote's `>`, a bullet, the
    emphasis around it) left off."""
    text = text.strip()
    if mark := _MARKUP.match(text):
        text = text[mark.end() :]
    text = " ".join(text.split())
    while text[:1] in ("*", "_") and (match := _WRAPPED.match(text)) is not None:
        text = match.group(2).strip()
    return text


def kept_in(text: str, values: Sequence[str]) -> bool:
    """Whether a line's text is all there in one of the values noted from it."""
    if any(text in value for value in values):
        return True
    if text[:1] not in _MARK_HEADS and "  " not in text and "\t" not in text:
        return False  # no mark to leave off: the plain text is the text itself
    folded = plain(text)
    return any(folded in value or folded in plain(value) for value in values)


def _derived_title(text: str) -> str:
    """A title for an article pasted without one: its first sentence, shortened."""
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if len(sentence) <= _DERIVED_TITLE_CHARS:
        return sentence
    return sentence[: _DERIVED_TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _join(parts: list[tuple[str, ParagraphKind, int]]) -> tuple[str, list[Range], list[str]]:
    """The body (the parts' texts joined by blank lines), each part's range in it, and the
    texts it was joined from (the id reads them: `article_id`)."""
    chunks: list[str] = []
    ranges: list[Range] = []
    offset = 0
    for text, kind, _line in parts:
        if chunks:
            offset += 2
        chunks.append(text)
        ranges.append((offset, offset + len(text), kind))
        offset += len(text)
    return "\n\n".join(chunks), ranges, chunks
