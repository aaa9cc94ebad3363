"""A site's furniture told by its coming back: the blocks a dump of one site's pages repeats.

A reader who pastes several pages of one site pastes its menu over each article and its
footer under each one (the language switch, the contact block, the links to its code of
conduct). No word list knows a site's menu, but any site repeats it: two short lines that
follow each other twice or more in one dump, neither a sentence, are its furniture where a
page sets furniture, over the headline and under the last paragraph (`assemble` reads them
there). An article's own lines seldom come back so: a headline comes back alone, as the
next page's teaser, with other lines around it than under its own page's menu; a date line
differs from page to page. A reader view prints the site's name or address over each
headline instead: a short line opening each page over another headline (`site_lines`); a
PDF's pages their running head, the same but for its page's number (`running_heads`). A
database export's records carry no site's furniture (`boundaries` asks for none there).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reader.dumps import measure
from reader.dumps.roles import Facts

_SHORT = 80
"""A menu's item, a footer's link or label is no longer than this."""


_CALL_WORDS = 5
"""A call to the reader set in a footer ("Questa pagina è stata utile?", "RESTA
AGGIORNATO!") runs this many words at most."""


def _furniture_shaped(fact: Facts) -> bool:
    """A short line of text that ends no sentence, or asks or calls in a few words, and is no
    Markdown heading: a menu's item, a label, a link's words, a footer's "Was this page
    helpful?" (a pair the dump repeats holds it, so an article's own short question or
    exclamation is none: it comes back with other lines around it, if at all)."""
    text = fact.line.text
    return (
        fact.role == "text"
        and len(text) <= _SHORT
        and not fact.line.heading
        and (not measure.ends_sentence(text) or _call(fact))
    )


def _call(fact: Facts) -> bool:
    """A question or an exclamation of a few words (`_CALL_WORDS`)."""
    return fact.words <= _CALL_WORDS and fact.line.text.rstrip()[-1:] in "?!"


@dataclass(frozen=True, slots=True)
class Furniture:
    """What the dump's first lines repeat: the pairs of lines of its menus and footers, the
    template keys (`template_key`) of the short lines its pages print each alone, and the
    site's line a reader view prints over each headline (`site_lines`) or a PDF's running
    heads (`running_heads`)."""

    pairs: frozenset[tuple[str, str]] = frozenset()
    keys: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()
    head: tuple[str, str] | None = None
    """The pair the dump opens with when it is one of `pairs`: the site's menu over the first
    page, which opens every page the dump holds."""


NONE = Furniture()
"""No furniture: a database export's, or a dump's whose pages repeat nothing."""


def furniture(facts: Sequence[Facts]) -> Furniture:
    """The pairs of lines of text, one right after the other and one of them
    furniture-shaped, that the dump's first lines hold twice or more (its pages' menus and
    footers), and the template keys of the short lines of text they hold twice or more. A
    run of such pairs holding two lines or more that are not furniture-shaped (a paragraph, a
    sentence) is a text pasted twice, not furniture: its pairs and lines are left out."""
    texts = [fact.line.text if fact.role in _PAIRED else None for fact in facts]
    seen = Counter(texts)
    twice = {text for text, count in seen.items() if count > 1 and text is not None}
    # a pair comes back only where both its lines do: most lines of a dump come once
    again = [text in twice for text in texts]
    both = [at for at, (upper, lower) in enumerate(itertools.pairwise(again)) if upper and lower]
    counts = Counter((texts[at], texts[at + 1]) for at in both)
    pairs: set[tuple[str, str]] = set()
    copied: set[str] = set()
    held = Counter(fact.line.text for fact in facts)
    again_any = frozenset(text for text, count in held.items() if count > 1)
    for run in _consecutive([at for at in both if counts[texts[at], texts[at + 1]] > 1]):
        lines = [*run, run[-1] + 1]
        if _copied(facts, lines, again_any):
            copied.update(facts[line].line.text for line in lines)
        else:
            pairs.update(_furniture_pairs(facts, lines))
    opening = (facts[0].line.text, facts[1].line.text) if len(facts) > 1 else None
    head = opening if opening in pairs else None
    sites = site_lines(facts) | running_heads(facts)
    return Furniture(frozenset(pairs), _recurring_keys(facts, copied), sites, head)


def _consecutive(indices: Sequence[int]) -> Iterator[list[int]]:
    """The runs of consecutive numbers in `indices` (ascending)."""
    run: list[int] = []
    for at in indices:
        if run and at != run[-1] + 1:
            yield run
            run = []
        run.append(at)
    if run:
        yield run


_PAIRED = frozenset({"text", "chrome"})
"""The roles of the lines a repeated pair may hold: a menu's "Home" is chrome by its word."""
_OTHER_LINES = 2
"""A repeated run holding this many statements is a text pasted twice: a site's footer holds
one at most (its code of conduct, its licence)."""


def _copied(facts: Sequence[Facts], run: Sequence[int], again: frozenset[str]) -> bool:
    """A run of repeated lines (`run`: their indices) is a text pasted twice: it holds
    statements (`_statement`), as paragraphs are, counted on through the lines of any role
    under it that the dump holds twice too (`again`: a page's date line cuts the run of its
    headline and dek from the run of its paragraphs)."""
    end = run[-1] + 1
    while end < len(facts) and facts[end].line.text in again:
        end += 1
    return sum(_statement(facts[at]) for at in range(run[0], end)) >= _OTHER_LINES


def _statement(fact: Facts) -> bool:
    """A line of text that is no furniture and ends a sentence of more words than a call: a
    paragraph, or a footer's statement ("You need JavaScript to view comments here."); a
    label ("Language:") or a list of the site's languages is none."""
    return (
        fact.role == "text"
        and fact.words > _CALL_WORDS
        and not _furniture_shaped(fact)
        and measure.ends_sentence(fact.line.text)
    )


def _furniture_pairs(facts: Sequence[Facts], run: Sequence[int]) -> list[tuple[str, str]]:
    """The pairs of a run of repeated lines that is no text pasted twice: its every line."""
    return [(facts[at].line.text, facts[at + 1].line.text) for at in run[:-1]]


def _furniture_like(fact: Facts) -> bool:
    """A furniture-shaped line (`_furniture_shaped`), or one the rules read as chrome by its
    words ("Show Comments", "Imprint | Privacy Policy")."""
    return fact.role == "chrome" or _furniture_shaped(fact)


def mark_repeated(
    facts: Sequence[Facts], first: int, end: int, pairs: frozenset[tuple[str, str]]
) -> None:
    """Marks `Facts.repeated` each line from `first` to `end` that is one of a repeated menu
    or footer: a line of text that two of `pairs` hold with the lines above and below it, a
    furniture-shaped line that one of them holds with a furniture-like line (`_furniture_like`)
    above or below it, or a short line of text (a footer's statement over its links) that one
    holds with such a line below it."""
    if not pairs:
        return
    for at in range(first, end):
        fact = facts[at]
        if fact.role != "text":
            continue
        text = fact.line.text
        above = facts[at - 1] if at else None
        below = facts[at + 1] if at + 1 < len(facts) else None
        held_up = above is not None and (above.line.text, text) in pairs
        held_down = below is not None and (text, below.line.text) in pairs
        up = held_up and above is not None and _furniture_like(above)
        down = held_down and below is not None and _furniture_like(below)
        if (held_up and held_down) or (
            (up or down) if _furniture_shaped(fact) else (down and len(text) <= _SHORT)
        ):
            fact.repeated = True


_SITE_WORDS = 3
"""A site's name or address over a headline ("delta.chat", "Designers Italia") runs this many
words at most."""


def _site_shaped(fact: Facts) -> bool:
    """A line of text of a few words that ends no sentence and is no Markdown heading."""
    return (
        fact.role == "text"
        and fact.words <= _SITE_WORDS
        and len(fact.line.text) <= _SHORT
        and not fact.line.heading
        and not measure.ends_sentence(fact.line.text)
    )


def site_lines(facts: Sequence[Facts]) -> frozenset[str]:
    """The site's line a reader view (or a read-later tool) prints over each page's headline:
    a short line (`_site_shaped`) that the dump's first lines hold twice or more, every time
    opening a block (the dump's first line, or a line under a blank one) with another line of
    text right under it, and another each time (a headline). The same line over the same
    line is a menu's pair (`furniture`); a line that also stands elsewhere is no page's head
    (an intertitle, a list's item)."""
    unders: dict[str, list[str] | None] = {}
    for at, fact in enumerate(facts):
        if not _site_shaped(fact):
            continue
        text = fact.line.text
        below = facts[at + 1] if at + 1 < len(facts) else None
        heads = (
            (at == 0 or fact.line.gap_before > 0)
            and below is not None
            and below.role == "text"
            and below.line.gap_before == 0
        )
        seen = unders.setdefault(text, [])
        if seen is None:
            continue
        if heads and below is not None:
            seen.append(below.line.text)
        else:
            unders[text] = None
    return frozenset(
        text
        for text, seen in unders.items()
        if seen is not None and len(seen) > 1 and len(set(seen)) == len(seen)
    )


_NUMBER = re.compile(r"\d+")
_HEAD_NUMBERS = 2
"""A running head prints this many numbers at least: its issue's or date's, and its page's."""


def running_heads(facts: Sequence[Facts]) -> frozenset[str]:
    """The running head a PDF's pages print over their text ("GAZETTE #BLUEHATS N°0 — 1er
    avril 2019        page 3"): a short line of two numbers or more opening a block, over a
    headline set apart under it (`_heads_page`), that the dump holds twice or more the same
    but for its numbers, and not the same each time (its page's number changes). A headline
    series' own numbers ("Update 12", "Update 13") stand over a paragraph, not a headline."""
    pages: dict[str, set[str]] = {}
    for at, fact in enumerate(facts):
        if _heads_page(facts, at):
            text = fact.line.text
            pages.setdefault(_NUMBER.sub("0", text), set()).add(text)
    return frozenset(text for texts in pages.values() if len(texts) > 1 for text in texts)


def _heads_page(facts: Sequence[Facts], at: int) -> bool:
    """Line `at` may be a page's running head: a short line of text with two numbers or
    more that ends no sentence and opens a block, a headline-shaped line under it after a
    blank line, and a paragraph under that (`_prose`)."""
    if at + 2 >= len(facts):
        return False
    fact, below = facts[at], facts[at + 1]
    return (
        below.shape is not None
        and below.line.gap_before > 0
        and below.role == "text"
        and fact.role == "text"
        and (at == 0 or fact.line.gap_before > 0)
        and len(fact.line.text) <= _SHORT
        and not fact.line.heading
        and _prose(facts[at + 2])
        and len(_NUMBER.findall(fact.line.text)) >= _HEAD_NUMBERS
        and not measure.ends_sentence(fact.line.text)
    )


def _numbered(fact: Facts) -> bool:
    """A line of text holding numbers, as a page's running head does (`running_heads`)."""
    return fact.role == "text" and _NUMBER.search(fact.line.text) is not None


def mark_sites(facts: Sequence[Facts], first: int, end: int, sites: frozenset[str]) -> None:
    """Marks `Facts.repeated` and `Facts.site_line` each line from `first` to `end` that is
    one of `sites` (`site_lines`, `running_heads`): the site's or the page's, never the title
    or the body, and a label over the headline under it."""
    if not sites:
        return
    for fact in facts[first:end]:
        if fact.line.text in sites and (_site_shaped(fact) or _numbered(fact)):
            fact.repeated = fact.site_line = True


_DIGIT = re.compile(r"\d")
_TEMPLATE_CHARS = 15
"""A template's words before its first number run this long at least ("Posted on ")."""


def template_key(text: str) -> str:
    """What a page's template line keeps from page to page: the text before its first number
    when that is long enough ("This post was last edited on " of "… on 16 febrero 2019."),
    else the whole text."""
    found = _DIGIT.search(text)
    if found is None or found.start() < _TEMPLATE_CHARS:
        return text
    return text[: found.start()]


def _recurring_keys(facts: Sequence[Facts], copied: set[str]) -> frozenset[str]:
    """The template keys (`template_key`) of short lines of text that the dump's first lines
    hold twice or more, but for the lines of a text pasted twice (`copied`)."""
    counts = Counter(
        template_key(fact.line.text)
        for fact in facts
        if fact.shape is None
        and fact.role == "text"
        and len(fact.line.text) <= _SHORT
        and fact.line.text not in copied
    )
    return frozenset(key for key, count in counts.items() if count > 1)


def _short_text(fact: Facts) -> bool:
    """A short line of text with no headline's shape: a template's line may be one; a
    headline shaped line under the text is the text's own (a reference, a link's title)."""
    return fact.role == "text" and len(fact.line.text) <= _SHORT and fact.shape is None


def mark_recurring(facts: Sequence[Facts], first: int, end: int, keys: frozenset[str]) -> None:
    """Marks `Facts.recurs` each short line of text from `first` to `end` whose template key
    is one of `keys`."""
    if not keys:
        return
    for fact in facts[first:end]:
        if _short_text(fact) and template_key(fact.line.text) in keys:
            fact.recurs = True


_SECTION_WORDS = 15
"""An intertitle is a headline's length at most (`assemble`'s subheadings)."""
_PROSE_WORDS = 12
"""The paragraph under an intertitle runs to this many words at least."""


def _section_shaped(fact: Facts) -> bool:
    """A line of text that may title a section: shaped like a headline, short, set apart from
    the line above, no Markdown heading (whose level says what it is), ending neither a
    sentence nor a clause."""
    return (
        fact.role == "text"
        and fact.shape is not None
        and fact.line.gap_before > 0
        and not fact.line.heading
        and fact.words <= _SECTION_WORDS
        and not measure.ends_clause(fact.line.text)
    )


def _prose(fact: Facts) -> bool:
    """A paragraph's line: text of a sentence's length, no headline's shape."""
    return fact.role == "text" and fact.shape is None and fact.words >= _PROSE_WORDS


def sections(facts: Sequence[Facts]) -> frozenset[str]:
    """The intertitles the dump's documents share: short headline-shaped lines that stand over
    a paragraph twice or more, over another paragraph each time ("Basics", "In depth" over
    each entry of an encyclopaedia, "Return values" in each page of a reference). A headline
    comes back over its own first paragraph (the same story pasted twice), never over
    another; a byline or a section label sits with the headline, apart from the text."""
    under: dict[str, set[str]] = {}
    for upper, lower in itertools.pairwise(facts):
        if _prose(lower) and _section_shaped(upper):
            under.setdefault(upper.line.text, set()).add(lower.line.text)
    return frozenset(text for text, paragraphs in under.items() if len(paragraphs) > 1)


def mark_sections(facts: Sequence[Facts], first: int, end: int, texts: frozenset[str]) -> None:
    """Marks `Facts.opens_section` each section-shaped line from `first` to `end` whose text
    is one of `texts` (`sections`)."""
    if not texts:
        return
    for fact in facts[first:end]:
        if fact.line.text in texts and _section_shaped(fact):
            fact.opens_section = True


def _section_under(facts: Sequence[Facts], i: int) -> int | None:
    """Where the intertitle the dump's documents share stands under line `i`, right under it
    or under the site's furniture alone (a page's "Moneropedia" under each entry's headline);
    None if none does."""
    j = i + 1
    while j < len(facts) and facts[j].repeated and not facts[j].opens_section:
        j += 1
    return j if j < len(facts) and facts[j].opens_section else None


def over_section(facts: Sequence[Facts], i: int) -> bool:
    """Line `i`, a line of text that ends no sentence, stands over an intertitle the dump's
    documents share (`_section_under`): their headline, whatever its case ("zgoda", an entry
    named in lowercase, as a glossary names its terms)."""
    fact = facts[i]
    if fact.role != "text" or measure.ends_sentence(fact.line.text):
        return False
    return _section_under(facts, i) is not None


def heads_section(facts: Sequence[Facts], i: int) -> bool:
    """Line `i` stands over an intertitle the dump's documents share (`over_section`), which
    stands closer under it than the text under the intertitle: a headline over its document's
    first intertitle. A line of the text over an intertitle further down (a list's last item
    over "Return values") stands as far from it as the intertitle from its own text."""
    if not over_section(facts, i):
        return False
    j = _section_under(facts, i)
    assert j is not None  # over_section found it
    return j + 1 < len(facts) and facts[j].line.gap_before < facts[j + 1].line.gap_before
