"""Where one article ends and the next begins, from signals that hold across publishers.

Hard signals end an article outright: a separator line or form feed followed by
what looks like an article start, a Markdown title heading (not a `##` where a plain line
titles the dump's first article and the `##` are its intertitles). Inside the text
between them, each line that could be a headline is scored: a repeated title, a
lead of site chrome or a byline under it, a dateline opening the next paragraph,
a wider blank gap than paragraphs have (unless the same gap under the line sets it off
as an intertitle whose words its article already has), a headline set out as the dump's
first is (its next line right under it, where intertitles have a gap: a line set out
otherwise, with no lead of its own, starts no article), a headline cased like the dump's
first, and a change of vocabulary between the text before and after it. After body text,
the learned start model (`start_model`) weighs those signals, the rules' own verdict and
the line's surroundings together and decides; before any, the rules do.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from reader.dumps import chrome, credits, measure
from reader.dumps._patterns import lazy
from reader.dumps.footer_words import unsubscribes
from reader.dumps.language import marker_language
from reader.dumps.line_features import has_digit
from reader.dumps.repeats import (
    NONE,
    Furniture,
    furniture,
    heads_section,
    mark_recurring,
    mark_repeated,
    mark_sections,
    mark_sites,
    sections,
)
from reader.dumps.roles import (
    CLOSERS,
    LINK_ENDS,
    SIGNATURE_MARK,
    Facts,
    Shape,
    dek_followed_by_lead,
    ends_in_link,
    link_line,
    linked_label,
    listed_headline,
    numbered_story,
    over_headline_lead,
    set_off,
)
from reader.dumps.start_features import (
    ECHOES,
    Context,
    Signals,
    Verdict,
    features,
    marked,
    value_range,
)
from reader.dumps.start_model import StartModel, keeping, learned_model, seen

THRESHOLD = 3
"""Score at which a headline-like line starts a new article."""
RESTART_THRESHOLD = 6
"""Score at which a repeated headline replaces a title no body text has followed yet."""
LEAD_STYLE_EXTRA = 3
"""What a headline without a lead needs on top of the threshold in a lead-style dump."""
_LEAD_ROLES = frozenset({"chrome", "updated", "byline", "caption", "url", "field"})
_TRAILER_ROLES = _LEAD_ROLES | {"credits"}
"""What may stand under a trailer in its block: its date, its source, its link."""
STRONG_EVIDENCE = 3
"""A lead of chrome, a repeated title, a dateline or a clearly wider gap: shared
vocabulary cannot outvote it."""
_WORDS_SCORE = (-3, -3, -3, -2, -1, 0, *([1] * 15), -1)
"""Headlines run to 6-20 words; subheads are shorter. Indexed by word count."""
INTRODUCED_SCORE = -3
"""A line under a line that names an account and ends in a colon ("Javier Vargas
@javier_vargas:") is the post it quotes, not the headline of another article."""
_HANDLE_INTRO = lazy(r"(?:^|\s)@\w{2,30}\s*:$")
QUESTION_SCORE = -2
"""A line that asks a question or exclaims is more often a paragraph (an interview's
question, a rhetorical one, a closing "Thanks to all!") than a headline."""
_ASKED = frozenset("?!\uff1f\uff01\u203c")
"""The marks `QUESTION_SCORE` reads: ? and !, full-width as Chinese and Japanese write them,
and ‼. (A question in Arabic or Greek, "؟" or ";", is left unscored, as it was: the
headlines written for those scripts' tests ask.)"""
_LOOKAHEAD = 10
_WINDOW = 4
_COHESION_RANGE = 2
"""Cohesion moves a score by at most this much, so it is skipped when that cannot matter."""
_MIN_WORDS = 12
_WORD = lazy(r"[^\W\d_]{4,}")
_STOP = frozenset(
    "that this with from have were been they their there which would could said says "
    "about after also into more than when will what where while other over some such "
    "only them then these those very just like most many much even year years first "
    "last week told including being before since under because during against between "
    "still both each made make take took percent per cent around among among".split()
)


@dataclass(frozen=True, slots=True)
class Layout:
    """Dump-wide facts the scores are relative to."""

    title_shape: Shape | None
    title_heading: int
    paragraph_gap: int
    lead_style: bool
    """The first article's title has a lead of chrome under it: a dump copied from a site
    whose every article has one, so a headline-like line without one is a subhead."""
    dated_leads: bool
    """The first article's first paragraph opens with a dated dateline ("17 octobre 2012.
    - "): a wider gap there frames intertitles as well as articles, so it proves nothing."""
    glued_start: bool = False
    """The dump's first headline has its next line (a date line, a dek, the first
    paragraph) right under it, no blank line between, where paragraphs are set apart: the
    dump's tool sets its articles' starts so, and none of its intertitles."""
    start_under: str = ""
    """The role of the line right under the dump's first headline where `glued_start` ("updated"
    for a site's name and date): a headline-shaped line with that kind of lead right under it
    is set out as the dump's articles open, however short (`_score`'s `repeats`)."""
    intertitle_heading: int = 0
    """The heading level of the first article's intertitles where a plain line titles it
    (`##` under its text): a heading that deep never starts an article."""
    open_start: bool = False
    """The dump's first headline has its next line no further under it than paragraphs
    are apart: a line that a wider gap sets off from the line under it is set unlike the
    dump's starts, as its intertitles are, unless its lead repeats every word of it
    (`_binds_forward`)."""
    marked_records: bool = False
    """The dump opens with a record's mark (a database export's "1 of 3 DOCUMENTS", a
    clipper's front matter) and marks another after body text: each record opens so, and
    a headline-shaped line inside one (an intertitle, a one-line paragraph, a list's item,
    a reference) starts none, whatever its gaps and lead."""
    record_close: tuple[str, str] = ("", "")
    """Where `marked_records`, the role and kind (`_record_key`) of the line the dump's first
    record closes on (an export's "LANGUAGE:" field, its copyright line), when the second
    closes so too: after such a line no record is open until the next mark, and text pasted
    there (another dump's articles appended to an export) is split as any dump is. Only a
    line of that role has its kind read."""
    listed: frozenset[str] = frozenset()
    """The headlines, folded, that a contents list in the dump's front matter names ("In this
    issue:" and its items): where one comes again after body text, it opens its story,
    whatever its gaps and the label over it."""
    closed_records: bool = False
    """The dump's first record, after body text, closes with an export's closing mark
    ("End of Document") and another record follows: each record closes so, and the next
    opens under the mark, never at a line inside a record."""
    numbered_messages: bool = False
    """The dump is a mailing list's digest that numbers its messages ("Message: 1", "Message:
    2" among its first lines, `credits.is_message_number`): each message is one post, opened
    under its rule and its header's fields, and a line inside one starts none (an intertitle
    its post sets off by two blank lines, as the digest sets off its messages)."""
    mails: bool = False
    """The dump is mails pasted one after another (`mails_one_by_one`): each is one post,
    opened by its header, and a line inside one starts none, as in a numbered digest."""
    signed_posts: bool = False
    """The dump's posts close with their signatures ("-- " over the names that sign each, two
    or more among its first lines): a post runs to its signature, and a line inside one
    (an intertitle its post sets off by two blank lines, as the dump sets off its posts)
    starts none."""
    furniture: Furniture = NONE
    """What the dump's first lines repeat (`repeats.furniture`): its site's menus and footers
    and its pages' template lines (none in a database export's records), whose lines
    `Facts.repeated` and `Facts.recurs` mark."""
    sections: frozenset[str] = frozenset()
    """The intertitles the dump's first lines hold over two paragraphs or more
    (`repeats.sections`), whose lines `Facts.opens_section` marks."""


PREFIX = 4096
"""Lines read before the dump-wide layout (title style, paragraph gap) is fixed."""
AHEAD = 64
"""Lines read past the one being decided: no score looks further."""
HARD_START = "separator or title heading"
PAGE_START = "the site's menu the dump opens with, under text"
TITLE_FIELD = "a field giving the title, under text"
MAIL_START = "a mail header's first line, under text"
LISTED_START = "a headline set as a list item over its teaser and link, under text"
CONTENTS_START = "a headline the dump's contents list names, under text"
SIGNED_START = "a headline under a post's signature"
_TITLED_WORDS = 4
"""A line of text this long above a title field is a headline or a paragraph: the field
opens another record."""


@dataclass(slots=True)
class Cut:
    """A dump line where another process splits the rest of the dump (`reader.dumps.parts`):
    the spans stop there if an article surely starts on it, and `met` says so."""

    line: int
    """The dump line (`Line.number`) the rest begins on."""
    met: bool = False
    """The spans stopped at `line`: a hard start, with nothing carried over to the rest."""
    layout: Layout | None = None
    """The dump's layout, once the spans have read the dump's first lines."""


def iter_spans(
    facts: Iterable[Facts],
    why: dict[int, str] | None = None,
    layout: Layout | None = None,
    cut: Cut | None = None,
    listed: Iterable[str] = (),
) -> Iterator[list[Facts]]:
    """The lines of each article, in order, as soon as the next article's start is found;
    together they cover every line. `why`, when given, gets the reason for each start
    (keyed by line index).

    For a part of a dump, `layout` is the whole dump's (`Cut.layout`), and `cut` stops the
    spans at the line where the next part starts if an article starts there for certain
    (then the last span is complete); if not, they go on to the end as without it.
    `listed`: the headlines a contents list in the front matter names, read once the first
    lines are (`Layout.listed`)."""
    source = iter(facts)
    buffer = list(itertools.islice(source, PREFIX))
    if not buffer:
        return
    given = layout is not None
    layout = layout or replace(_layout(buffer), listed=frozenset(listed))
    if cut is not None:
        cut.layout = layout
    _mark_furniture(buffer, 0, layout)
    # No score reads more than AHEAD lines ahead, so reading on in smaller steps changes
    # nothing; towards a cut it saves splitting lines the other process splits.
    step = PREFIX if cut is None else 4 * AHEAD
    more = len(buffer) == PREFIX
    base = start = 0  # `base`: index in the dump of buffer[0]
    has_body = in_related = False
    # a later part opens on a sure start that is no record's mark (`parts.cuts`): as there
    # in one pass, no record is open under it
    scan = Scan(exact=why is not None, record_closed=given)
    i = 1
    while True:
        if more and len(buffer) - i < AHEAD:
            if start > PREFIX:
                del buffer[:start]
                base, i, start = base + start, i - start, 0
            taken = len(buffer)
            buffer.extend(itertools.islice(source, step))
            more = len(buffer) - taken == step
            _mark_furniture(buffer, taken, layout)
        if i >= len(buffer):
            break
        fact = buffer[i]
        in_related = (in_related or fact.role == "related") and not _is_body(fact)
        reason = _starts_here(buffer, i, start, layout, has_body, in_related, scan)
        if layout.record_close[0]:
            scan.record_closed = _record_closed(fact, reason, layout, scan.record_closed)
        if cut is not None and fact.line.number >= cut.line:
            cut.met = fact.line.number == cut.line and reason == HARD_START and not in_related
            if cut.met:
                yield buffer[start:i]
                return
            cut = None  # not a sure start: the rest is split here after all
        if reason:
            at = i if reason == HARD_START else _labels_above(buffer, i, start)
            if reason == CONTENTS_START and at == i and _section_over(buffer, i, start):
                at = i - 1
            yield buffer[start:at]
            if why is not None:
                why[base + at] = reason
            start, has_body = at, False
        elif reason is not None:  # a `>` quote before any body is a dek, not yet the body
            has_body = has_body or (_is_body(fact) and _not_quoted(fact, buffer[start]))
            # a wire trailer under a line of text closes a body, however short (a one-line
            # question under the title)
            has_body = has_body or (fact.role == "credits" and _text_line_above(buffer, i, start))
        i += 1
    yield buffer[start:]


def _mark_furniture(facts: list[Facts], first: int, layout: Layout) -> None:
    """Marks the site's furniture among the lines from `first` on (the line above them too:
    it was marked before the line under it was read), and the intertitles shared."""
    found = layout.furniture
    mark_repeated(facts, max(first - 1, 0), len(facts), found.pairs)
    mark_recurring(facts, first, len(facts), found.keys)
    mark_sites(facts, first, len(facts), found.sites)
    mark_sections(facts, first, len(facts), layout.sections)


def _text_line_above(facts: Sequence[Facts], i: int, start: int) -> bool:
    """The line above is a sentence of the article's (not its headline)."""
    above = facts[i - 1]
    return i - 1 > start and above.role == "text" and measure.ends_sentence(above.line.text)


def _not_quoted(fact: Facts, first: Facts) -> bool:
    """A line of body text that is no `>` quote, or one under a forwarded mail's mark (the
    article's `first` line, `credits.is_forward_mark`), whose text is quoted whole."""
    return fact.line.text[:1] != ">" or credits.is_forward_mark(first.line.text)


def _starts_here(
    facts: Sequence[Facts],
    i: int,
    start: int,
    layout: Layout,
    has_body: bool,
    in_related: bool,
    scan: Scan,
) -> str | None:
    """Why line `i` starts an article: "" when it does not, None when it repeats the title
    (so it is not running text either)."""
    fact = facts[i]
    if fact.line.separator_before and not has_body and _rule_under_lead(facts, i, start):
        return ""
    if fact.line.heading > 1 and not fact.line.separator_before and _titled_note(facts, start, i):
        return ""  # a note whose front matter gives its title: its `##` are subheadings
    if _hard_start(facts, i, layout, has_body or facts[start].line.heading > 0):
        return HARD_START
    if fact.role == "field" and _title_field(fact) and _text_above(facts, start, i, has_body):
        return TITLE_FIELD
    if has_body and layout.furniture.head and _opens_page(facts, i, layout.furniture.head):
        return PAGE_START
    if has_body and fact.role == "field" and _mail_header(facts, i):
        return MAIL_START  # a digest of mails: each opens with its sender
    if has_body and _signed_above(facts, i, start) and _heads_post(facts, i):
        fact.shape = fact.shape or "sentence"  # a headline with a stop: titled as one
        return SIGNED_START  # mailed posts, each closed by its signature
    if layout.signed_posts and has_body:
        return ""  # a post runs to its signature: no line inside it starts another
    if not has_body and fact.folded and fact.folded == facts[start].folded:
        return None
    if (
        fact.role == "bullet"
        and (has_body or (i - 1 > start and numbered_story(facts, i)))
        and listed_headline(facts, i)
    ):
        # a digest listing its stories as bullets; a numbered one closes each with its link,
        # however its teaser reads (a quotation, a line shaped like a headline: no body)
        return LISTED_START
    if has_body and layout.listed and _listed(fact, layout.listed):
        return CONTENTS_START
    if (layout.marked_records and not scan.record_closed) or (
        layout.closed_records and not fact.line.separator_before
    ):
        return ""  # a record opens under its mark, never at a line inside another
    if (layout.numbered_messages or layout.mails) and has_body:
        return ""  # a digest's numbered message, a mail, is one post, opened by its header
    if fact.repeated and layout.furniture.head:
        return ""  # the site's furniture where its pages open with their menu: no headline
    if not (fact.shape and fact.role == "text"):
        if not (
            has_body
            and fact.words <= _STOPPED_WORDS
            and (_stopped_headline(facts, i, layout.paragraph_gap) or heads_section(facts, i))
        ):
            return ""  # no headline's shape: the gap is read only for lines that have one
        fact.shape = "sentence"  # a headline with a stop, or in lowercase: read, and titled, as one
    if ends_in_link(fact.line.text):
        return ""  # a read-more line: "View/Reply Online (#4107): https://…"
    if has_body and _over_read_more(facts, i):
        return ""  # a story's last paragraph, over the link that closes it
    if has_body and _under_press_contact(facts, i, start):
        return ""  # the name or organisation a press release gives journalists to call
    if has_body and _heads_link_list(facts, i, layout.paragraph_gap):
        return ""  # "Leia mais" over other stories' headlines, at the foot of a page
    if has_body and _over_valediction(facts, i, layout.paragraph_gap):
        return ""  # the last lines of the text above, over its valediction
    gap_before = _gap_before(facts, i, start)
    if gap_before < 1:
        return ""  # a headline stands after a blank line
    if (
        layout.title_heading
        and not fact.line.heading
        and _set_in_note(facts, i, layout, gap_before)
    ):
        return ""  # a plain line inside a note where articles open with `#` headings
    if has_body and (
        _announced_item(facts, i, layout, gap_before)
        or _continues_series(facts, i, start, scan.series)
        or _under_series_opening(facts, i)
    ):
        return ""
    if fact.line.heading > layout.title_heading > 0 or (
        fact.line.heading >= layout.intertitle_heading > 0
    ):
        return ""  # a `##` heading where articles open with `#` ones or plain lines: a subheading
    verdict = _score(facts, i, start, layout, gap_before)
    ruled = _starts_article(verdict, has_body, layout, in_related)
    # a line that would start an article, or that is no start only for being set out
    # unlike the dump's starts: over a wider gap, it closes the article above
    if (
        has_body
        and (ruled or verdict.signals.unlike)
        and _hangs_over_gap(facts, i, layout, gap_before)
    ):
        if _trailer_sized(fact) and not _names_under(facts[i - 1]):
            fact.role, fact.meta = "credits", (("credits", fact.line.text),)
        return ""
    # before any body text, only a repeated title restarts an article: the rules say when;
    # and on a change of script, which the model was never trained to weigh
    if has_body and not verdict.signals.script and (model := learned_model()) is not None:
        context = Context(i - start, layout.paragraph_gap, layout.lead_style, in_related, ruled)
        return _learned_start(model, facts, i, verdict, context, scan)
    if ruled:
        return f"headline score {verdict.score}" + (" (strong)" if verdict.strong else "")
    return ""


def _over_read_more(facts: Sequence[Facts], i: int) -> bool:
    """The line under is a read-more link (`roles.link_line`) and a rule or a wider gap
    than one blank line, or the dump's end, comes under that: the line is the last
    paragraph of the story the link closes, for a headline has a text of its own under it."""
    if i + 1 >= len(facts) or not link_line(facts[i + 1]):
        return False
    return i + 2 >= len(facts) or set_off(facts[i + 2].line)


def _opens_page(facts: Sequence[Facts], i: int, head: tuple[str, str] | None) -> bool:
    """Line `i` and the line under it are the pair the dump opens with, one of its site's
    repeated blocks (`Furniture.head`): the menu over every page, so a page opens here."""
    return (
        head is not None
        and facts[i].line.text == head[0]
        and i + 1 < len(facts)
        and facts[i + 1].line.text == head[1]
    )


def _listed(fact: Facts, listed: frozenset[str]) -> bool:
    """The dump's contents list names the line, maybe under the number it gives it there
    ("2 | Headline" for "2. Headline", which reads as a label and its value)."""
    if fact.folded:
        return chrome.unnumbered(fact.folded) in listed
    text = fact.line.text  # a numbered line read as a label and its value has no folded key
    return text[:1].isdigit() and chrome.unnumbered(chrome.line_key(text)) in listed


_STOPPED_WORDS = 8
"""The most words of a headline set with a stop (`_stopped_headline`)."""


def _stopped_headline(facts: Sequence[Facts], i: int, paragraph_gap: int) -> bool:
    """Line `i`, of `_STOPPED_WORDS` or fewer, is one sentence closed by a full stop, under
    a trailer that closed the text above (a credit, a source) and a wider gap than
    paragraphs have, over a headline-shaped line: a headline set with a stop ("Buenas
    Prácticas para Mantenedores de Código." over "¿Qué significa ser un mantenedor de
    código?"), which no shape reads."""
    fact = facts[i]
    text = fact.line.text
    return (
        fact.role == "text"
        and text[-1:] == "."
        and facts[i - 1].role == "credits"
        and fact.line.gap_before > paragraph_gap
        and i + 1 < len(facts)
        and facts[i + 1].role == "text"
        and facts[i + 1].shape is not None
        and measure.INNER_BREAK.search(text) is None
    )


def _set_in_note(facts: Sequence[Facts], i: int, layout: Layout, gap_before: int) -> bool:
    """Line `i`, a plain line where articles open with `#` headings, is set inside a note:
    as close to the text above as its paragraphs are, or right under a heading, whose own
    gap it stands under. A plain headline of another article in the dump (a dump mixing
    styles) stands further off."""
    return gap_before <= layout.paragraph_gap or bool(facts[i - 1].line.heading)


_ANNOUNCING_WORDS = 4
"""A paragraph that announces a list ("…there are two issues to consider. Either:") runs
longer than a label over one ("Weitere Artikel:")."""
_LIST_ITEMS = 12
"""An announced list's items read back to its paragraph: a longer run of short lines is
more than one list."""


def _announced_item(facts: Sequence[Facts], i: int, layout: Layout, gap_before: int) -> bool:
    """The line is an item of a list that a paragraph announces by its colon ("…you might
    include information on:", "Alcuni esempi includono:"), each item a short line as close
    to the one above as paragraphs are, and the first one with the next item under it: no
    headline, whose article opens under a wider gap or a rule (where an article cut off at a
    quotation's colon ends in the tuning halves) and goes on in running text."""
    if gap_before > layout.paragraph_gap or facts[i].line.separator_before:
        return False
    j = i - 1
    while (
        j > max(i - _LIST_ITEMS, 0)
        and _list_item(facts[j], layout)
        and _list_item(facts[j + 1], layout)
    ):
        j -= 1
    above = facts[j]
    if (
        above.role != "text"
        or not measure.ends_colon(above.line.text)
        or above.words <= _ANNOUNCING_WORDS
        or not _list_item(facts[j + 1], layout)
    ):
        return False
    if j < i - 1 or i + 1 == len(facts):
        return j < i - 1
    below = facts[i + 1]
    return below.line.gap_before > 0 and _list_item(below, layout)


_SERIES = lazy(r"(\D{0,16}?)(\d{1,2})(?!\d) ?[^\w\s]")
"""A numbered intertitle's label and number ("Tip #4:", "Schritt 3.", "Paso 2 —"): a short
label, a number, a mark after it."""


def _continues_series(facts: Sequence[Facts], i: int, start: int, series: ArticleSeries) -> bool:
    """The line goes on with a numbered series of the article's own intertitles ("Tip #4:
    …" under "Tip #3: …"): the next of them, not a new article's headline. The article's
    own headline counts for nothing, so a digest of numbered episodes still opens one
    article at each."""
    item = _series_item(facts[i].line.text)
    if item is None:
        return False
    label, number = item
    return (label, number - 1) in series.above(facts, start, i)


class ArticleSeries:
    """The numbered intertitles (`_series_item`) of the article being scanned below its
    headline, gathered as the scan goes: `_continues_series` asks at every numbered line
    whether the number before it stands above, and reading every line above again made a
    numbered line's question grow with its article's length."""

    __slots__ = ("_first", "_items", "_read")

    def __init__(self) -> None:
        self._first: Facts | None = None
        self._read = 0
        self._items: set[tuple[str, int]] = set()

    def above(self, facts: Sequence[Facts], start: int, i: int) -> set[tuple[str, int]]:
        """The label and number of each headline-shaped line of text in `facts[start + 1:i]`
        that is one: those gathered for the same article (the same first line) and the lines
        read since."""
        if facts[start] is not self._first or i - start < self._read:
            self._first, self._read, self._items = facts[start], 1, set()
        for fact in facts[start + self._read : i]:
            if fact.shape and fact.role == "text" and (item := _series_item(fact.line.text)):
                self._items.add(item)
        self._read = max(self._read, i - start)
        return self._items


def _series_item(text: str) -> tuple[str, int] | None:
    """The label and number of a numbered intertitle or item (`_SERIES`), if the line is one."""
    if not has_digit(text[:20]):
        return None
    found = _SERIES.match(text)
    return None if found is None else (found.group(1).casefold(), int(found.group(2)))


def _under_series_opening(facts: Sequence[Facts], i: int) -> bool:
    """The line stands right under an item of a numbered series ("1. Follow your instructor's
    instructions") whose next number comes further down: a subheading or paragraph of the
    article the series runs through, for no article ends on one item of a series with the
    next item in the article after it."""
    item = _series_item(facts[i - 1].line.text)
    if item is None:
        return False
    label, number = item
    return any(
        _series_item(fact.line.text) == (label, number + 1) for fact in facts[i + 1 : i + 1 + AHEAD]
    )


def _list_item(fact: Facts, layout: Layout) -> bool:
    """A short line shaped like a headline, as close to the line above as paragraphs are,
    announcing nothing itself (no colon closes it): an item of a list set as lines of
    their own."""
    line = fact.line
    return (
        fact.role == "text"
        and fact.shape is not None
        and 0 < line.gap_before <= layout.paragraph_gap
        and not line.separator_before
        and not line.heading
        and not measure.ends_colon(line.text)
    )


_TRAILER_WORDS = 12
"""The most words of a line that closes an article as its credits: every such line of the
tuning halves runs to 7 or fewer (a press office's name, "Lizenz: CC BY 3.0 DE – okfn.de",
a translator's note); those of 9 and 22 words there are the body's last sentence."""


def _trailer_sized(fact: Facts) -> bool:
    """A line hanging under the text as a trailer does is one when it is short and asks
    nothing: a sentence left unstopped ("…, kommt in unsere Online-Sprechstunde") or a
    question ("Thanks to all who helped!") is the body's last line."""
    return fact.words <= _TRAILER_WORDS and not measure.ends_question(fact.line.text)


_CONTACT_LINES = 5
"""The most lines of a press contact under its label (organisation, name, phone, mail)."""


def _under_press_contact(facts: Sequence[Facts], i: int, start: int) -> bool:
    """Line `i` is one of the short lines under a press release's contact label
    ("Pressekontakt:", "Media contact:"), set as close as they are: the release's own text,
    no headline (one a wider gap sets off from them still starts)."""
    for j in range(i - 1, max(start, i - 1 - _CONTACT_LINES), -1):
        text = facts[j].line.text
        if ":" in text and credits.is_press_contact(text):
            gap = facts[j + 1].line.gap_before
            return all(f.line.gap_before <= gap for f in facts[j + 1 : i + 1])
        if facts[j].words > credits.CONTACT_LINE_WORDS:
            return False
    return False


_LISTED_HEADLINES = 2
"""The fewest headlines under a label that make a list of other stories."""


def _heads_link_list(facts: Sequence[Facts], i: int, paragraph_gap: int) -> bool:
    """Line `i`, a label of a few words as close to the text above as paragraphs are, has
    two headline-shaped lines or more right under it, no blank line between, and under them
    a gap wider than paragraphs have and a headline-shaped line or a label, no paragraph nor
    lead: a list of other stories at the foot of a page ("Leia mais", "Notas relacionadas"
    over their headlines), which opens none of them. A story's own label, headline and dek
    stand over its text or its lead."""
    if facts[i].words > _KICKER_WORDS or facts[i].line.gap_before > paragraph_gap:
        return False
    j, shaped = i + 1, 0
    while j < len(facts) and not facts[j].line.gap_before:
        if facts[j].role in _LEAD_ROLES:
            return False  # a date line, a byline: the label's story's lead
        shaped += facts[j].role == "text" and facts[j].shape is not None
        j += 1
    if shaped < _LISTED_HEADLINES:
        return False
    below = facts[j] if j < len(facts) else None
    return below is None or (
        below.line.gap_before > paragraph_gap
        and ((below.role == "text" and below.shape is not None) or _label(below))
    )


_VALEDICTION_LINES = 2
"""The most lines over a valediction that close the text with it ("If you would like to host
a session sign up here" and "Have an idea? Please fill in this form" over "Signed, -- …")."""


def _over_valediction(facts: Sequence[Facts], i: int, paragraph_gap: int) -> bool:
    """Line `i` is a valediction, or stands over one with no paragraph between, each line
    as close to the one above as paragraphs are: the last lines of the text above (its
    calls to the reader, its signature), where no story opens."""
    for j in range(i, min(len(facts), i + 1 + _VALEDICTION_LINES)):
        fact = facts[j]
        if j > i and fact.line.gap_before > paragraph_gap:
            return False
        if _valediction(fact):
            return True
        if _is_body(fact):
            return False
    return False


def _hangs_over_gap(facts: Sequence[Facts], i: int, layout: Layout, gap_before: int) -> bool:
    """The line sits as close to the text above as paragraphs do, and a wider gap parts it
    from a headline-shaped line below, or from the labels over one (a breadcrumb, a section
    name): it closes the article above (a translator's note, a press office's name,
    "Published on 3 March"), and the next one starts under the gap.
    Such a line is then the credits of the article above (`_starts_here` says so on its
    facts), which the assembler keeps in meta and the next line's score reads as a trailer."""
    if gap_before > layout.paragraph_gap:
        return False
    j = i + 1  # past the trailer's own furniture right under it ("_Jane Doe_", a date line)
    while j < len(facts) and j - i <= _KICKER_LINES and not facts[j].line.gap_before:
        if facts[j].role not in _TRAILER_ROLES:
            return False
        j += 1
    if j >= len(facts):
        return False
    below = facts[j]
    return (
        below.line.gap_before > max(layout.paragraph_gap, facts[i].line.gap_before)
        and not below.line.separator_before
        and ((below.role == "text" and below.shape is not None) or _label(below))
        and not _framed(facts, j, layout.paragraph_gap)  # an intertitle the gaps set off
    )


def _learned_start(
    model: StartModel,
    facts: Sequence[Facts],
    i: int,
    verdict: Verdict,
    context: Context,
    scan: Scan,
) -> str:
    """Why the learned model starts an article on line `i` ("" if it does not): its score,
    and the rules' beside it, so `reader articles --lines` shows both. Where nobody reads
    the score (no trace, no training) and the line's features but its words settle the
    decision, the words are not read."""
    start = i - context.since_start
    names = features(facts, i, verdict, context)
    names.append("article lines " + value_range(i - start, _ARTICLE_RANGES, "40+"))
    if not (scan.exact or keeping()):
        settled = model.settled(model.score(names))
        if settled is not None:
            starts = settled and _may_start(facts, start, i, context)
            return _closing(facts, i, _SETTLED if starts else "", context)
    # in the order they always had, so a score is summed as before: the article's length last
    names[-1:-1] = [
        *marked(facts[i].line.text, verdict.signals.two_sentences),
        *_echoes(facts, i, start, scan.words),
    ]
    seen(facts[i].line.number, names)
    learned = model.score(names)
    why = f"learned start score {learned:.2f} (rules: headline score {verdict.score})"
    starts = learned >= model.threshold and _may_start(facts, start, i, context)
    return _closing(facts, i, why if starts else "", context)


def _may_start(facts: Sequence[Facts], start: int, i: int, context: Context) -> bool:
    """Whether the learned model may start an article at line `i`: where the rules do not,
    not under a newsletter footer's words in the article so far (why you receive the mail,
    how to stop it): the mail has ended there, and its back matter follows, a question to
    the reader ("Möchtest du ändern, wie du diese E-Mails bekommst?") as much as its address.
    Of the tuning halves' candidates under such words, the gold starts the 2 the rules start
    (a mail pasted after another's footer) and none of the 14 they do not."""
    return context.ruled or not any(unsubscribes(f.line.text) for f in facts[start:i])


def _closing(facts: Sequence[Facts], i: int, why: str, context: Context) -> str:
    """`why`, unless the line closes the article above, as its credits: the model, not the
    rules, would start an article on the dump's last line, with nothing under it ("Read
    also: …"; a last paragraph the rules start too is folded back into the body), or it
    keeps in the article above a line the rules start over a closing block
    (`_over_closing_lines`). Left a line of text, either went into the body above, chrome
    and all."""
    if why and (i + 1 < len(facts) or context.ruled):
        return why  # the rules' start on the last line: folded back into the body above
    if why or (context.ruled and _over_closing_lines(facts, i, context.paragraph_gap)):
        facts[i].role, facts[i].meta = "credits", (("credits", facts[i].line.text),)
    return ""


_CLOSING_WORDS = 3
"""Words of a short line in a page's closing block ("Yes  No", "Share", "Print")."""


def _over_closing_lines(facts: Sequence[Facts], i: int, paragraph_gap: int) -> bool:
    """The line sits as close to the text above as paragraphs do, and short lines or an
    article's furniture stand flush under it, with a wider gap under them: a page's closing
    block ("Was this page helpful?" over "Yes  No" and "Last modified …"), which the rules
    took for a headline over its lead."""
    if facts[i].line.gap_before > paragraph_gap:
        return False
    j = i + 1
    while j < len(facts) and not facts[j].line.gap_before:
        if facts[j].role not in _TRAILER_ROLES and facts[j].words > _CLOSING_WORDS:
            return False
        j += 1
    return i + 1 < j < len(facts) and facts[j].line.gap_before > paragraph_gap


_SETTLED = "learned start, settled without the words around it"
"""The reason of a start nobody reads (`Scan.exact` is False): no score was summed in full."""


def _echoes(facts: Sequence[Facts], i: int, start: int, words: ArticleWords) -> list[str]:
    """The learned model's features from the words around line `i` (`start_features.ECHOES`,
    read only when it decides): an intertitle names what its article is about, and the text
    under it goes on with the words above it; a headline names what follows it. With the
    article's length so far (a long article holds intertitles more often than it ends),
    fresh14's long posts taught the model these."""
    own = _words(facts[i : i + 1])
    above = words.above(facts, start, i)
    near = _words(f for f in facts[max(start, i - _WINDOW) : i] if _is_body(f))
    below = _words(_run_of_text(facts, i + 1, i + AHEAD))
    goes_on = _share(below, near) if len(below) >= _MIN_WORDS else "-"
    shares = (_share(own, above), _share(own, below), goes_on, _runs_on(facts, i, start))
    return [group + share for group, share in zip(ECHOES, shares, strict=True)]


_ARTICLE_RANGES = ((19, "-"), (39, "20+"))
_BLOCK_WORDS = 40
"""Content words read on each side of a scored line (`_runs_on`): some paragraphs' worth,
however short their lines."""
_RUNS_ON_RANGES = (
    (0, "none"),
    (6, "-6"),
    (10, "7-10"),
    (15, "11-15"),
    (20, "16-20"),
    (30, "21-30"),
)
"""Shares of the smaller side's words in hundredths: on the tuning halves, 131 of 387 true
starts share none and 31 more than 15, against 83 and 723 of 1,614 other lines."""
_MIN_BLOCK = 8


def _runs_on(facts: Sequence[Facts], i: int, start: int) -> str:
    """Whether the text runs on across line `i`, as TextTiling reads a topic's change: the
    share of content words the lines of text right above it (in its article) and right
    below it have in common. A short line of a long article (a one-sentence paragraph, a
    list item, a reference) stands between paragraphs about the same things, where a
    headline stands between two articles. Lines of any length are read, list items too,
    till each side has `_BLOCK_WORDS` words (no further than `AHEAD` lines)."""
    above = _block(facts, range(i - 1, max(start, i - AHEAD) - 1, -1))
    below = _block(facts, range(i + 1, min(len(facts), i + AHEAD)))
    smaller = min(len(above), len(below))
    if smaller < _MIN_BLOCK:
        return "-"
    return value_range(100 * len(above & below) // smaller, _RUNS_ON_RANGES, "31+")


def _block(facts: Sequence[Facts], order: Iterable[int]) -> set[str]:
    """The content words of the lines of text (paragraphs and list items) taken in `order`,
    up to `_BLOCK_WORDS`."""
    found: set[str] = set()
    for j in order:
        fact = facts[j]
        if fact.role in _BLOCK_ROLES:
            found |= content_words(fact.line.text)
            if len(found) >= _BLOCK_WORDS:
                break
    return found


_BLOCK_ROLES = frozenset({"text", "bullet"})
_UNSPACED = lazy(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
"""A run of letters of a script written without spaces between words (Thai, Lao, Chinese,
Japanese): its words are not told apart, so its character pairs stand for them."""


def content_words(text: str) -> set[str]:
    """The words of a line that say what it is about (`_WORD`, not `_STOP`); in a script
    without spaces, the pairs of characters of its runs."""
    words = set(_line_runs(text))
    words -= _STOP
    if text.isascii():
        return words
    low = text.lower()
    if low.isascii() or not (runs := _UNSPACED.findall(low)):
        return words
    words = {word for word in words if _UNSPACED.search(word) is None}
    words.update(run[k : k + 2] for run in runs for k in range(len(run) - 1))
    return words


class ArticleWords:
    """The words of the body lines of the article being scanned, gathered as the scan goes:
    the learned model asks at every line it scores how many of the line's words its article
    above has, and gathering them afresh each time made a long article's split grow with
    the square of its length (a 2 MB article of running text with intertitles: 44 times the
    default's CPU). Stop words are kept; what is asked (`_share` of a line's words, which
    have none) does not see them."""

    __slots__ = ("_first", "_read", "_words")

    def __init__(self) -> None:
        self._first: Facts | None = None
        self._read = 0
        self._words: set[str] = set()

    def above(self, facts: Sequence[Facts], start: int, i: int) -> set[str]:
        """The words of the body lines of `facts[start:i]`: those gathered for the same
        article (the same first line) and the lines read since."""
        if facts[start] is not self._first or i - start < self._read:
            self._first, self._read, self._words = facts[start], 0, set()
        for fact in facts[start + self._read : i]:
            if _is_body(fact):
                self._words.update(_line_runs(fact.line.text))
        self._read = i - start
        return self._words


@dataclass(slots=True)
class Scan:
    """What one scan of a dump keeps as it goes: for the learned start model, and the
    article's numbered intertitles."""

    exact: bool
    """The reasons are read (`reader articles --lines`): every score is summed in full."""
    words: ArticleWords = field(default_factory=ArticleWords)
    series: ArticleSeries = field(default_factory=ArticleSeries)
    record_closed: bool = False
    """No record is open (`_record_closed`): a line of the kind the dump's records close on
    (`Layout.record_close`), or an article a separator opened, has come since the last
    record's mark."""


def _share(words: set[str], text: set[str]) -> str:
    """How many of `words` the text has: none, some (under half) or most."""
    found = len(words & text)
    return "none" if not found else "some" if 2 * found < len(words) else "most"


def _rule_under_lead(facts: Sequence[Facts], i: int, start: int) -> bool:
    """Running text under a separator that follows a title and its lead with no body yet:
    the rule sets the article's header off its text (as clippers write `---` under the
    title and excerpt), it does not start another article."""
    fact = facts[i]
    if not _is_body(fact) or fact.line.record:
        return False
    return any(
        f.line.heading or (f.role == "text" and f.shape) or (f.role == "field" and _titles(f))
        for f in itertools.islice(facts, start, i)
    )


def _titles(fact: Facts) -> bool:
    return fact.meta[0][0] == "title"


def _title_field(fact: Facts) -> bool:
    """A labelled line giving the title ("HD\tHeadline", "Headline: …"), set off by a blank
    line and not a clipper's front matter (which a separator opens anyway)."""
    return (
        fact.meta[0][0] == "title"
        and fact.line.block_start
        and fact.line.gap_before > 0
        and not fact.line.front_matter
    )


def _mail_header(facts: Sequence[Facts], i: int) -> bool:
    """Line `i` opens a mail's header: a sender's or addressee's line after a blank line with
    more header under it ("Date: …", "Subject: …"), or a mail client's mark over a forwarded
    mail's header, whatever its lines ("From: Jane Doe" with no address); alone, a line such
    as "Contact: Jane Doe <press@…>" is the article's own."""
    fact = facts[i]
    if not (fact.role == "field" and fact.meta[0][0] == "mail" and fact.line.gap_before):
        return False
    below = facts[i + 1] if i + 1 < len(facts) else None
    return (
        below is not None
        and not below.line.gap_before
        and (below.role != "text" or credits.is_forward_mark(fact.line.text))
    )


def _signed_above(facts: Sequence[Facts], i: int, start: int) -> bool:
    """A blank line above line `i`, and over it a signature: the delimiter ("-- ") and the
    lines flush under it that sign the post (`roles.Classifier` makes them credits). A
    signature closes a post, so what follows is another's."""
    if not facts[i].line.gap_before:
        return False
    j = i - 1
    while j > start and facts[j].role == "credits" and not facts[j].line.block_start:
        j -= 1
    return start < j < i - 1 and facts[j].line.text == SIGNATURE_MARK and facts[j].role == "credits"


_POST_HEADLINE_WORDS = 20


def _heads_post(facts: Sequence[Facts], i: int) -> bool:
    """Line `i` is a headline over its post's text: one line of text of one sentence, a
    headline's length, a paragraph under it ("Russia's request for Delta Chat user data
    ... declined." over the letter's story)."""
    fact = facts[i]
    return (
        fact.role == "text"
        and fact.words <= _POST_HEADLINE_WORDS
        and measure.INNER_BREAK.search(fact.line.text) is None
        and i + 1 < len(facts)
        and facts[i + 1].role == "text"
    )


def _text_above(facts: Sequence[Facts], start: int, i: int, has_body: bool) -> bool:
    """The article so far has body text, a line of text long enough to be a headline, or
    fields of its own (a request's summary over the first record is as good): a title field
    below it opens another record. Under a record mark ("1 of 3 DOCUMENTS") the publication
    and date lines stand over the record's own headline field."""
    if has_body:
        return True
    if facts[start].line.record:
        return False
    return any(
        (f.role == "text" and f.words >= _TITLED_WORDS) or f.role == "field"
        for f in itertools.islice(facts, start, i)
    )


_KICKER_WORDS = 3
_KICKER_LINES = 3
_BREADCRUMB_WORDS = 12


def _gap_before(facts: Sequence[Facts], i: int, start: int) -> int:
    """The blank lines before a line, or before the labels right above it (a breadcrumb,
    a section name in capitals) when it sits under them with no blank line between."""
    return facts[_labels_above(facts, i, start)].line.gap_before


def _labels_above(facts: Sequence[Facts], i: int, start: int) -> int:
    """Where a headline's labels start (a breadcrumb, a section name in capitals right
    above it, no blank line between; `_gap_before` reads the same lines): the article
    starts there, they are its furniture, not the trailer of the one above."""
    j = i
    while (
        j > start + 1
        and i - j < _KICKER_LINES
        and facts[j].line.gap_before <= 1
        and _under_label(facts, j)
    ):
        j -= 1
    return j


def _section_over(facts: Sequence[Facts], i: int, start: int) -> bool:
    """A section's name in capitals one blank line over line `i` ("SURVEYS" over a listed
    story's headline), set further from the text above it than from the headline: the
    story's section, not the trailer of the one above."""
    above = facts[i - 1]
    return (
        i - 1 > start
        and facts[i].line.gap_before == 1
        and above.line.gap_before > 1
        and _label(above)
    )


def _under_label(facts: Sequence[Facts], j: int) -> bool:
    """Line `j` (no more than one blank line under the line above) sits under a label:
    right under it, or one blank line under a breadcrumb (a page's trail is often set
    apart from the headline)."""
    line, above = facts[j].line, facts[j - 1]
    if line.separator_before:
        return False
    if not line.gap_before:
        return _label(above)
    return above.role == "chrome" and chrome.is_breadcrumb(above.line.text)


def _slug(text: str) -> bool:
    """A section name in capitals hyphened like a wire slug ("MOYEN-ORIENT"); other chrome in
    capitals ("ADVERTISEMENT") stands anywhere in a page, over an intertitle too."""
    return "-" in text and text.isupper()


def _label(fact: Facts) -> bool:
    """What stands over a headline on a page: a breadcrumb ("Accueil › Monde", "Notizie /
    Progetti") or a section name in capitals, bare or dressed ("▶ CULTURE"), or hyphened
    ("MOYEN-ORIENT", which reads as a wire slug), or the site's line a reader view prints over
    each headline (`Facts.site_line`)."""
    if fact.site_line:
        return True
    if fact.role == "chrome":
        if fact.meta and fact.meta[0][0] == "section":
            return True
        if fact.words <= _KICKER_WORDS and _slug(fact.line.text):
            return True
        text = fact.line.text  # a share bar's slashes part its buttons, not a trail
        return (
            fact.words <= _BREADCRUMB_WORDS
            and (any(mark in text for mark in "›»>/") or chrome.is_breadcrumb(text))
            and not chrome.is_share_bar(text)
        )
    return fact.role == "text" and fact.shape == "caps" and fact.words <= _KICKER_WORDS


def _starts_article(verdict: Verdict, has_body: bool, layout: Layout, in_related: bool) -> bool:
    """A headline after body text needs the threshold (more in a lead-style dump, and strong
    evidence in a list of related stories); one before any body text only replaces the
    title when it is repeated like a title."""
    if not has_body:
        return verdict.repeated and verdict.score >= RESTART_THRESHOLD
    if (in_related or verdict.signals.unlike) and not verdict.strong:
        return False
    extra = LEAD_STYLE_EXTRA if layout.lead_style and not verdict.strong else 0
    return verdict.score >= THRESHOLD + extra


def _median_low(values: Sequence[int]) -> int:
    """`statistics.median_low`, without importing `statistics` (and its `fractions`,
    `decimal` and `random`) into the splitter at start-up."""
    return sorted(values)[(len(values) - 1) // 2]


def _layout(facts: Sequence[Facts]) -> Layout:
    first = next((i for i, f in enumerate(facts) if f.shape and f.role == "text"), None)
    gaps = [f.line.gap_before for f in facts[1:] if _is_body(f)]
    paragraph_gap = _median_low(gaps) if gaps else 1
    title_heading, intertitle_heading = _headings(facts, first)
    glued = first is not None and paragraph_gap > 0 and _glued_starts(facts, first)
    marked, closed = _marked_records(facts), _closed_records(facts)
    exported = marked or closed  # a database's records carry no site's menu or footer
    return Layout(
        title_shape=facts[first].shape if first is not None else None,
        title_heading=title_heading,
        paragraph_gap=paragraph_gap,
        lead_style=first is not None and _leads_with_evidence(facts, first),
        dated_leads=first is not None and _dated_lead(facts, first),
        glued_start=glued,
        start_under=facts[first + 1].role if glued and first is not None else "",
        intertitle_heading=intertitle_heading,
        open_start=first is not None and not _framed(facts, first, paragraph_gap),
        marked_records=marked,
        record_close=_record_close(facts) if marked else ("", ""),
        closed_records=closed,
        numbered_messages=_numbered_messages(facts),
        mails=mails_one_by_one(facts),
        signed_posts=_signed_posts(facts),
        furniture=NONE if exported else furniture(facts),
        sections=sections(facts),
    )


_NUMBERED_MESSAGES = 2
"""Message numbers among a dump's first lines that make it a digest of numbered messages: one
could be a message quoted whole."""


def _numbered_messages(facts: Sequence[Facts]) -> bool:
    """`Layout.numbered_messages`."""
    marks = (fact for fact in facts if credits.is_message_number(fact.line.text))
    return len(list(itertools.islice(marks, _NUMBERED_MESSAGES))) == _NUMBERED_MESSAGES


_HEADER_KEY = lazy(r"([^\W\d_][\w-]*(?: [\w-]+)?)[ \t]*:[ \t]*\S")
"""A header line's field, in any language ("From: …", "Sujet : …", "Тема: …")."""


def mails_one_by_one(facts: Sequence[Facts]) -> bool:
    """Whether the dump opens with a mail's header (its sender's line first, then more
    fields) that comes again further down, the same fields in the same order on a block of
    their own: mails pasted one after another (a feed's posts mailed one by one, a folder
    saved whole), each an article under its own header. A digest's messages carry headers of
    other fields than its own (no "To:", no subject, a message's number over them)."""
    if not (facts and facts[0].role == "field" and facts[0].meta[0][0] == "mail"):
        return False
    keys = _header_keys(facts, 0)
    return len(keys) > 1 and any(
        fact.line.gap_before and fact.role == "field" and _header_keys(facts, at) == keys
        for at, fact in enumerate(facts)
    )


def _header_keys(facts: Sequence[Facts], at: int) -> list[str]:
    """The fields of the header lines from line `at` on, one under the other, lowered."""
    keys = []
    for fact in itertools.islice(facts, at, None):
        found = _HEADER_KEY.match(fact.line.text)
        if found is None or (keys and fact.line.gap_before):
            break
        keys.append(found[1].lower())
    return keys


_SIGNED_POSTS = 2
"""Signatures among a dump's first lines that make its posts signed ones: one could close a
mail pasted over others."""


def _signed_posts(facts: Sequence[Facts]) -> bool:
    """`Layout.signed_posts`: signature delimiters the lines under them made credits."""
    marks = (f for f in facts if f.role == "credits" and f.line.text == SIGNATURE_MARK)
    return len(list(itertools.islice(marks, _SIGNED_POSTS))) == _SIGNED_POSTS


def _marks_record(fact: Facts) -> bool:
    return bool(fact.line.record) or fact.line.front_matter


def _marked_records(facts: Sequence[Facts]) -> bool:
    """The dump's first line is under a record's mark, and a later one after body text is
    too (`Layout.marked_records`)."""
    if not (facts and _marks_record(facts[0])):
        return False
    body = False
    for fact in facts:
        if body and _marks_record(fact):
            return True
        body = body or _is_body(fact)
    return False


def _record_key(fact: Facts) -> str:
    """What kind of line a record closes on: a field by its label ("language:"), any other
    line but running text by its folded text (a copyright line every record repeats); ""
    for running text, a heading or a record's mark, which close no record."""
    if _is_body(fact) or fact.line.heading or _marks_record(fact):
        return ""
    text = chrome.line_key(fact.line.text)
    if fact.role == "field":
        return text.partition(":")[0] + ":"
    return text


def _record_closed(fact: Facts, reason: str | None, layout: Layout, closed: bool) -> bool:
    """Whether no record is open after this line (`Scan.record_closed`): a record's mark
    opens one; a line of the kind records close on (`Layout.record_close`) closes it, and
    so does an article opened by a separator or a title heading (`HARD_START`), which no
    record's mark opened."""
    if _marks_record(fact):
        return False
    if closed or reason == HARD_START:
        return True
    role, kind = layout.record_close
    return fact.role == role and _record_key(fact) == kind


def _record_close(facts: Sequence[Facts]) -> tuple[str, str]:
    """The role and kind of line (`_record_key`) right above the second record's mark, when
    the line right above the third (if the dump's first lines hold one) is of that role and
    kind too: the line each record closes on (`Layout.record_close`)."""
    closes: list[tuple[str, str]] = []
    body = False
    for at, fact in enumerate(facts):
        if body and _marks_record(fact) and at > 0:
            closes.append((facts[at - 1].role, _record_key(facts[at - 1])))
            if len(closes) == 2:
                break
        body = body or _is_body(fact)
    if not closes or not closes[0][1] or len(set(closes)) > 1:
        return ("", "")
    return closes[0]


def _closed_records(facts: Sequence[Facts]) -> bool:
    """After body text, an export's closing mark with a record under it
    (`Layout.closed_records`)."""
    body = False
    for at, fact in enumerate(facts[:-1]):
        if body and chrome.closes_export_record(fact.line.text):
            return facts[at + 1].line.separator_before
        body = body or _is_body(fact)
    return False


def _headline_over(facts: Sequence[Facts], i: int) -> bool:
    """Line `i` has its next line right under it as a headline has its date line or dek: not
    a label over a list ("In today's edition:" over bullets), nor a live blog's stamps over an
    entry ("13:48 GMT 3 March" over its headline, "3h ago" over "15.12 GMT")."""
    text = facts[i].line.text
    return (
        _glued(facts, i)
        and text[-1:] != ":"
        and facts[i + 1].role != "bullet"
        and _CLOCK_TIME.match(text) is None
        and _CLOCK_TIME.search(facts[i + 1].line.text) is None
    )


def _glued(facts: Sequence[Facts], i: int) -> bool:
    """The line under line `i` stands right under it, no blank line between."""
    return i + 1 < len(facts) and not facts[i + 1].line.gap_before


def _glued_starts(facts: Sequence[Facts], first: int) -> bool:
    """The dump's first headline has its next line right under it, and so does a later
    headline-shaped line after body text, over a gap (or under labels over one): the setting
    repeats, so it is the dump's way of starting articles (not a newsletter's masthead over
    its date)."""
    if not _glued(facts, first):
        return False
    body = False
    for i in range(first + 1, len(facts) - 1):
        fact = facts[i]
        if (
            body
            and fact.role == "text"
            and fact.shape
            and _gap_before(facts, i, 0)
            and _headline_over(facts, i)
        ):
            return True
        body = body or _is_body(fact)
    return False


def _unlike_starts(
    facts: Sequence[Facts], i: int, start: int, evidence: int, paragraph_gap: int
) -> bool:
    """In a dump whose headlines have their next line right under them (`Layout.glued_start`),
    line `i` has none, no labels over it, and no lead of its own: none at all, only the
    lead of a headline under it set out as the dump's are (the line is the last of its
    article, a quotation's author, a trailer), or one a gap wider than paragraphs parts from
    it (an intertitle over its section's authors, "Anna Rossi · Mark Hill")."""
    if _glued(facts, i) or _labels_above(facts, i, start) != i:
        return False
    below = facts[i + 1] if i + 1 < len(facts) else None
    headline_below = (
        below is not None
        and below.role == "text"
        and below.shape is not None
        and not below.line.heading
        and _glued(facts, i + 1)
    )
    return not evidence or headline_below or _framed(facts, i, paragraph_gap)


def _lead_of_headline_below(facts: Sequence[Facts], i: int, start: int) -> bool:
    """Line `i` is set out unlike the dump's starts (`_unlike_starts`), and the lead `_lead`
    reads under it (a date line, a byline) stands right under another headline-shaped line
    below it, set out as they are: that headline's lead, not line `i`'s (a reference, a
    list's last item, an intertitle over the next article's headline and its date line).
    `_lead` reads past headline-shaped lines and a dek, so this reads the lines it does, up
    to the lead or the first paragraph."""
    if _glued(facts, i) or _labels_above(facts, i, start) != i:
        return False
    for j in range(i + 1, min(len(facts), i + 1 + _LOOKAHEAD)):
        fact = facts[j]
        if fact.role == "text" and fact.shape and not fact.line.heading:
            if _headline_over(facts, j):
                return True
        elif not (fact.role == "bullet" or (j == i + 1 and dek_followed_by_lead(facts, j))):
            return False
    return False


def _headings(facts: Sequence[Facts], first: int | None) -> tuple[int, int]:
    """The heading levels of the dump's titles and of its intertitles (0: none): titles are
    the shallowest, unless the dump's first article is titled by a plain line and has body
    text over its first heading, a `##` or deeper: that level is then its intertitles' and
    only a shallower one (`#`) titles articles."""
    levels = {f.line.heading for f in facts if f.line.heading}
    if not levels:
        return 0, 0
    if first is not None and not facts[first].line.heading:
        heading = next(j for j, f in enumerate(facts) if f.line.heading)
        inner = facts[heading].line.heading
        if inner > 1 and heading > first and any(_is_body(f) for f in facts[first + 1 : heading]):
            return min((level for level in levels if level < inner), default=0), inner
    return min(levels), 0


def _is_body(fact: Facts) -> bool:
    """Running text: a sentence-like line, not a headline, chrome or bullet."""
    return (
        fact.role == "text" and not fact.line.heading and (fact.shape is None or fact.words >= 25)
    )


def _titled_note(facts: Sequence[Facts], start: int, i: int) -> bool:
    """The article so far opens with front matter giving its title and has text under it:
    a `##` (or deeper) heading there is the note's own subheading (a static site's post
    source has `##` headings and no `#` one), however its level compares with the dump's
    titles. A `#` heading is left to the rules: after text, it is the next note's title
    (notes pasted without front matter under one that has it, or a dump's own front
    matter over `#` articles)."""
    return any(f.line.front_matter and f.meta[0][0] == "title" for f in facts[start:i]) and any(
        _is_body(f) for f in facts[start:i]
    )


def _hard_start(facts: Sequence[Facts], i: int, layout: Layout, titled: bool) -> bool:
    """A separator before an article start, or a title heading once the article so far has
    a title or text (a heading under front matter or a label belongs with them)."""
    fact = facts[i]
    if fact.line.heading and fact.line.heading == layout.title_heading:
        return titled
    if fact.line.record:  # "2 of 3 DOCUMENTS" over it: another record, whatever opens it
        return True
    return fact.line.separator_before and _opens_article(facts, i)


def _opens_article(facts: Sequence[Facts], i: int) -> bool:
    """After a separator: a headline, a lead of chrome, or a datelined first paragraph.
    Anything else is a section break inside the same article."""
    fact = facts[i]
    if fact.role in _LEAD_ROLES or fact.line.heading:
        return True
    if fact.shape and not fact.line.text.endswith(":"):
        return True
    return fact.role == "text" and (
        credits.dateline(fact.line.text) is not None or over_headline_lead(facts, i)
    )


def _score(facts: Sequence[Facts], i: int, start: int, layout: Layout, gap_before: int) -> Verdict:
    """The headline score of a candidate line (`gap_before`: the blank lines above it or its
    labels), with the signals it was summed from (the learned model reads them as features)."""
    fact = facts[i]
    gap = _gap_score(gap_before, layout.paragraph_gap)
    two_sentences = measure.INNER_BREAK.search(fact.line.text) is not None
    shape = _shape_score(fact, layout, two_sentences)
    previous = _previous_score(facts[i - 1])
    first_body, lead, repeated = _lead(facts, i)
    dateline = first_body is not None and bool(credits.dateline(facts[first_body].line.text))
    closed = _item_closed_above(facts, i, start)
    # "Headline<https://…>": a newsletter's link to a story
    linked = fact.line.text[-1:] in LINK_ENDS and linked_label(fact.line.text) is not None
    # the line is set out as the dump's first headline is, its next line right under it: a
    # lead counts twice only when it is the kind of line the first headline has there
    repeats = (
        layout.glued_start
        and _headline_over(facts, i)
        and (not lead or facts[i + 1].role == layout.start_under in _LEAD_ROLES)
    )
    evidence = (
        lead
        + _DATELINE_EVIDENCE * dateline
        + _CLOSER_EVIDENCE * closed
        + _LINKED_EVIDENCE * linked
        + _REPEATS_EVIDENCE * repeats
    )
    # a lead under a headline below, set out as the dump's starts: that headline's, and the
    # text under it too (its language, its words), so none of it speaks for this line
    led_below = layout.glued_start and _lead_of_headline_below(facts, i, start)
    unlike = led_below or (
        layout.glued_start and _unlike_starts(facts, i, start, evidence, layout.paragraph_gap)
    )
    if unlike:
        lead = evidence = 0  # what lead it has is the headline's under it
    framed = _framed(facts, i, layout.paragraph_gap)
    if gap and (unlike or (framed and not _binds_forward(facts, start, i, layout.open_start))):
        gap = FRAMED_SCORE
    elif gap and _frames_line_above(facts, i, start):
        gap = 0  # the gap sets off the intertitle above, as wide above it as below
    score = shape + gap + previous + evidence
    # In a dump whose articles open with a dated dateline, only a lead tells one: a wider
    # gap there frames intertitles as well.
    led = evidence >= STRONG_EVIDENCE
    strong = led or (gap >= STRONG_EVIDENCE and not layout.dated_leads)
    signals = Signals(shape, gap, gap_before - layout.paragraph_gap, previous, lead, dateline)
    signals.led = led
    signals.closed, signals.linked, signals.two_sentences = closed, linked, two_sentences
    signals.repeats, signals.unlike = repeats, unlike
    if first_body is None or led_below:
        return Verdict(score, strong, repeated, signals)
    signals.body_below = True
    # the script is read only where it can change the verdict (a start, or a strong one)
    if (
        (not strong or score < THRESHOLD + LEAD_STYLE_EXTRA)
        and score + _SCRIPT_EVIDENCE >= THRESHOLD
        and _script_changes(facts, start, i, first_body)
    ):
        score += _SCRIPT_EVIDENCE
        strong = signals.script = True
    elif (
        not strong
        and score + _LANGUAGE_EVIDENCE >= THRESHOLD
        and _language_changes(facts, start, i, first_body)
    ):
        score += _LANGUAGE_EVIDENCE
        strong = signals.language = True
    low = score if strong else score - _COHESION_RANGE
    if low < THRESHOLD + LEAD_STYLE_EXTRA and score + _COHESION_RANGE >= THRESHOLD:
        signals.cohesion = _cohesion_score(facts, start, i, first_body)
        score += max(signals.cohesion, 0) if strong else signals.cohesion
    return Verdict(score, strong, repeated, signals)


def _previous_score(previous: Facts) -> int:
    """What the line above says: a trailer or a signed valediction closed an article, a
    sentence or a lead line ended something, an account's name over a colon or any other
    valediction introduces what follows (the names that sign it)."""
    if previous.role == "credits":
        return 2  # a trailer closed the text
    closing = _valediction(previous)
    if closing and credits.signed_valediction(previous.line.text):
        return 2  # so did a valediction with its names on the line
    if (
        previous.role == "text"
        and previous.line.text[-1:] == ":"
        and _HANDLE_INTRO.search(previous.line.text)
    ):
        return INTRODUCED_SCORE  # "Javier Vargas @javier_vargas:" over what he wrote
    if closing:
        return INTRODUCED_SCORE  # "In service," over the names that sign the article
    if previous.role in _LEAD_ROLES or measure.ends_sentence(previous.line.text):
        return 1
    return 0


def _names_under(fact: Facts) -> bool:
    """A valediction the names under it sign ("Till next time," over "Juliane"), not one
    signed on its own line."""
    return _valediction(fact) and not credits.signed_valediction(fact.line.text)


def _valediction(fact: Facts) -> bool:
    """A line of text that closes a letter or a post (`credits.valediction`)."""
    return (
        fact.role == "text"
        and fact.words <= credits.VALEDICTION_MOST
        and "," in fact.line.text  # every valediction has its comma
        and credits.valediction(fact.line.text)
    )


_DATELINE_EVIDENCE = 3
_REPEATS_EVIDENCE = 3
"""A headline set out as the dump's first is (`Layout.glued_start`): its next line right
under it, as no intertitle of the tuning halves has (0 of 300 in such dumps)."""
_CLOCK_TIME = lazy(r"(?<!\d)(?<!\d\.)\d{1,2}[:.]\d{2}(?!\d|\.\d)")
"""A time of day ("13:48", "15.12"): a live blog's stamp, not a headline's date line. Not two
numbers of a dotted date ("30.05.2022"); a headline's number ("NixOS 22.05 released") is read
as one only at the line's head, where a stamp stands."""
_LINKED_EVIDENCE = 3
"""A headline-shaped line with its story's address glued on, as a newsletter pasted from a
mail client links each item's headline."""
_CLOSER_EVIDENCE = 3
"""A link line ("Read more: https://…") right above the line, or above the section label
over it: a digest's item ended there, and a new one starts."""


def _item_closed_above(facts: Sequence[Facts], i: int, start: int) -> bool:
    """The line above (past one section label in capitals) is a link that closes an item."""
    j = i - 1
    if j > start and facts[j].role != "url" and _label(facts[j]):
        j -= 1
    return j > start and facts[j].role == "url"


FRAMED_SCORE = -2
"""A line set off by wide gaps above and below, its lead not repeating it: an intertitle."""
_ECHO_WORD = lazy(r"[^\W\d_]{5,}")
_ECHO_BEFORE = 20
_ECHO_AFTER = 5
_LEAD_SENTENCE = 160
"""How much of the first paragraph under a headline repeats its words: its opening."""


def _framed(facts: Sequence[Facts], i: int, paragraph_gap: int) -> bool:
    """A gap wider than paragraphs have below the line as well as above it: the gaps
    set it off (an intertitle) rather than part two articles, for a headline sits as
    close to its own lead as paragraphs sit to each other."""
    return i + 1 < len(facts) and facts[i + 1].line.gap_before > paragraph_gap


_INTERTITLE_WORDS = 10


def _frames_line_above(facts: Sequence[Facts], i: int, start: int) -> bool:
    """The line above is a short unpunctuated line set off by a gap as wide as the one
    under it: an intertitle the gap frames (or a headline whose lead this line is), so the
    gap says nothing about this line starting an article."""
    above = facts[i - 1]
    return (
        i - 1 > start
        and above.role == "text"
        and above.shape is not None
        and above.words <= _INTERTITLE_WORDS
        and above.line.gap_before >= facts[i].line.gap_before > 0
        and not measure.ends_sentence(above.line.text)
    )


def _binds_forward(facts: Sequence[Facts], start: int, i: int, every: bool = False) -> bool:
    """The line's words (of five letters or more) come back in the lines below it and
    none is in its article's title or last lines above it: a headline its lead repeats,
    not an intertitle naming what its article is about (that one echoes both ways).
    With `every`, all of its words come back, not one: where the dump's first headline is
    set unlike intertitles (`Layout.open_start`), a line set as they are is one unless its
    lead repeats it ("Intervista a Mario Furlan" over "… un'intervista a Mario Furlan"),
    for an intertitle's section often opens with some of its words ("Aprendiendo de las
    Convenciones Semánticas" over "… las Convenciones Semánticas de OpenTelemetry")."""
    own = {w for w in _ECHO_WORD.findall(facts[i].line.text.lower()) if w not in _STOP}
    before = itertools.chain((facts[start],), facts[max(start + 1, i - _ECHO_BEFORE) : i])
    if _shared(own, before):
        return False
    lead = next((f for f in facts[i + 1 : i + 1 + _ECHO_AFTER] if _is_body(f)), None)
    if lead is None:
        echoed = _shared(own, facts[i + 1 : i + 1 + _ECHO_AFTER])
    else:
        opening = lead.line.text[:_LEAD_SENTENCE].lower()  # the lead's first sentence or so
        echoed = sum(word in opening for word in own)
    return echoed == len(own) > 0 if every else echoed > 0


def _shared(words: set[str], facts: Iterable[Facts]) -> int:
    seen = " ".join(fact.line.text for fact in facts if fact.role == "text").lower()
    return sum(word in seen for word in words)


def _leads_with_evidence(facts: Sequence[Facts], first: int) -> bool:
    """The dump's first headline has a lead of chrome under it, or its first paragraph
    opens with a dated dateline ("17 octobre 2012. - "): the house style of a site whose
    every article has one."""
    return _lead(facts, first)[1] >= STRONG_EVIDENCE or _dated_lead(facts, first)


def _dated_lead(facts: Sequence[Facts], first: int) -> bool:
    first_body = _lead(facts, first)[0]
    return first_body is not None and credits.dated_dateline(facts[first_body].line.text)


def _shape_score(fact: Facts, layout: Layout, two_sentences: bool) -> int:
    if fact.line.text.endswith(":"):
        return -4
    score = _WORDS_SCORE[min(fact.words, len(_WORDS_SCORE) - 1)]
    if fact.line.text.rstrip(CLOSERS)[-1:] in _ASKED:
        score += QUESTION_SCORE
    if two_sentences:
        score += QUESTION_SCORE
    if fact.shape == "caps":
        score += 1 if layout.title_shape == "caps" else -2
    elif fact.shape == layout.title_shape:
        score += 1
    return score


def _gap_score(gap: int, paragraph_gap: int) -> int:
    """A wider gap than paragraphs have. Where paragraphs sit on consecutive lines,
    one blank line also frames subheads and leads, so it says little on its own."""
    extra = gap - paragraph_gap
    if extra <= 0:
        return 0
    return 1 if paragraph_gap == 0 and extra == 1 else 3


def _lead(facts: Sequence[Facts], i: int) -> tuple[int | None, int, bool]:
    """What follows a candidate headline before its first paragraph: where that paragraph
    is, the evidence score of the lead, and whether the headline is repeated in it."""
    repeated = False
    meta = heads_section(facts, i)  # the intertitle the dump's documents open with, under it
    first_body = None
    for j in range(i + 1, min(len(facts), i + 1 + _LOOKAHEAD)):
        fact = facts[j]
        if fact.folded and fact.folded == facts[i].folded:
            repeated = True
        elif fact.role in _LEAD_ROLES:
            # a "read also" line heads no story; an ad's label stands anywhere in a page; a
            # source's or licence's credit closes the story above it
            meta = meta or not (
                _teaser_link(fact)
                or chrome.is_ad_label(fact.line.text)
                or credits.signs_off(fact.line.text)
            )
        elif not (
            fact.role == "bullet"
            or (fact.shape and not fact.line.heading)
            or (j == i + 1 and dek_followed_by_lead(facts, j))
        ):
            first_body = j
            break
    return first_body, 5 * repeated + 3 * meta, repeated


def _teaser_link(fact: Facts) -> bool:
    """A "read also" line with the other story's headline (`chrome.is_related_teaser`)."""
    return bool(fact.meta) and fact.meta[0][0] == "related"


_LANGUAGE_EVIDENCE = 3


def _language_changes(facts: Sequence[Facts], start: int, i: int, first_body: int) -> bool:
    """The text before the line and the text after it are in different languages, and the
    text after is not in the article's own (its opening paragraphs'): one article ends and
    another begins. An intertitle never switches language; the text under it may go back to
    the article's after a quotation in the original."""
    before = " ".join(f.line.text for f in facts[max(start, i - _WINDOW) : i] if _is_body(f))
    after = " ".join(f.line.text for f in _run_of_text(facts, first_body, i + AHEAD))
    if not before or not after:
        return False
    was, now = marker_language(before[-_LANGUAGE_SAMPLE:]), marker_language(after)
    if was is None or now is None or was == now:
        return False
    opening = " ".join(f.line.text for f in facts[start:i] if _is_body(f))
    return marker_language(opening[:_LANGUAGE_SAMPLE]) != now


_SCRIPT_EVIDENCE = 5
"""A headline in another script than the text above, over text in its own: as strong as a
repeated title, so that a headline of a word or two starts its article too."""


def _script_changes(facts: Sequence[Facts], start: int, i: int, first_body: int) -> bool:
    """The line and every paragraph under it (up to the next possible headline) are in one
    script, and the article so far in another: its first line and its last paragraphs (an
    article in Arabic under one in Russian, in Japanese under one in Ukrainian). A
    quotation in its own script inside an article has the article's text around it, in
    the article's script; a link's line ("View/Reply Online: https://…") is no headline."""
    line = facts[i].line.text
    above = [f for f in facts[max(start + 1, i - _WINDOW) : i] if _is_body(f)]
    if not above or "://" in line:
        return False
    now, was = measure.script(line), measure.script(above[-1].line.text)
    if now is None or was in (now, None):
        return False
    if any(measure.script(f.line.text) == now for f in (facts[start], *above[:-1])):
        return False
    below = list(_run_of_text(facts, first_body, i + AHEAD))
    return bool(below) and all(measure.script(f.line.text) == now for f in below)


_LANGUAGE_SAMPLE = 400
"""Characters of the text before a line that its language is read from (its end)."""


def _cohesion_score(facts: Sequence[Facts], start: int, i: int, first_body: int) -> int:
    """Text that goes on with the same words after a subhead; a new article changes them.
    Between two briefs (a headline and a paragraph or two, then the next headline) the
    words of each whole brief are all there are to read, and fewer are enough."""
    least = _BRIEF_WORDS if _between_briefs(facts, start, i, first_body) else _MIN_WORDS
    above = [f for f in facts[max(start, i - _WINDOW) : i] if _is_body(f)]
    before = _words(above)
    if len(before) < least:
        return 0
    after = _words(_in_script_of(_run_of_text(facts, first_body, i + AHEAD), above[-1]))
    if len(after) < least:
        return 0
    overlap = len(before & after) / min(len(before), len(after))
    if overlap <= 0.08:
        return 2
    if overlap <= 0.15:
        return 1
    return -2 if overlap >= 0.3 else 0


def _in_script_of(run: Iterable[Facts], above: Facts) -> list[Facts]:
    """The lines of `run` in the script of the text above, when the text goes on in it: a
    quotation in another script under an intertitle shares no words with the article whose
    text follows it. A run wholly in another script is all read (a new article's, most
    often)."""
    lines = list(run)
    script = measure.script(above.line.text)
    kept = [f for f in lines if measure.script(f.line.text) in (script, None)]
    return kept if kept else lines


_BRIEF_WORDS = 6
_BRIEF_PARAGRAPHS = 2


def _between_briefs(facts: Sequence[Facts], start: int, i: int, first_body: int) -> bool:
    """Line `i` stands between two whole briefs: up to `_BRIEF_PARAGRAPHS` body lines under
    a headline-shaped line above it, and as few from `first_body` to the next headline-shaped
    line or the dump's end (within `AHEAD`, as `_run_of_text` reads), where short news is
    pasted one item under another."""
    above = i - 1
    while above > start and i - above <= _BRIEF_PARAGRAPHS and _is_body(facts[above]):
        above -= 1
    if above == i - 1 or not facts[above].shape or _is_body(facts[above]):
        return False
    below = first_body
    end = min(len(facts), i + AHEAD)
    while below < end and below - first_body < _BRIEF_PARAGRAPHS and _is_body(facts[below]):
        below += 1
    if below == len(facts) < i + AHEAD:
        return below > first_body  # the dump's last brief
    return below < end and below > first_body and _run_stops(facts[below])


def _run_stops(fact: Facts) -> bool:
    """Where `_run_of_text` stops reading: a possible headline set apart."""
    return bool(fact.shape and fact.line.gap_before and not _is_body(fact))


def _run_of_text(facts: Sequence[Facts], first: int, end: int) -> Iterable[Facts]:
    """Up to `_WINDOW` body lines from `first`, stopping at the next possible headline or
    at `end`: a candidate `AHEAD` lines back reads no further, so what is decided never
    depends on how far the splitter happened to have read (nor where a dump was cut to
    split it in parts, `reader.dumps.parts`)."""
    taken = 0
    for j in range(first, min(end, len(facts))):
        fact = facts[j]
        if taken == _WINDOW or _run_stops(fact):
            return
        if _is_body(fact):
            taken += 1
            yield fact


def _words(facts: Iterable[Facts]) -> set[str]:
    found: set[str] = set()
    for fact in facts:
        found.update(_line_runs(fact.line.text))
    found -= _STOP
    return found


_TYPOGRAPHY = ("’", "‘", "“", "”", "—", "–", "…", "«", "»")
"""Marks that keep most news text from being ASCII; none is a letter."""
_ASCII_WORD = lazy(r"[a-z]{4,}")
_RUNS_KEPT = 64
"""Lines whose letter runs `_line_runs` remembers (the least recently read go first)."""


@lru_cache(maxsize=_RUNS_KEPT)
def _line_runs(text: str) -> tuple[str, ...]:
    """`_letter_runs` of a line's text lowered, remembered by the text: the scan reads one
    paragraph's words for every candidate line whose window holds it (the text above and
    below, the article so far, the blocks either side), nearly half its reads on the tuning
    halves a line read before."""
    return tuple(_letter_runs(text.lower()))


def _letter_runs(text: str) -> list[str]:
    """`_WORD`'s matches in lowercase text. Spacing out the typographic marks cannot change
    them (they are not letters), and most text is then ASCII, which a plain range matches
    in half the time of a Unicode class."""
    if not text.isascii():
        flat = text
        for mark in _TYPOGRAPHY:
            flat = flat.replace(mark, " ")
        if not flat.isascii():
            return _WORD.findall(text)
        text = flat
    return _ASCII_WORD.findall(text)
