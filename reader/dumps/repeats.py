"""A site's furniture told by its coming back: the blocks a dump of one site's pages repeats.

A reader who pastes several pages of one site pastes its menu over each article and its
footer under each one (the language switch, the contact block, the links to its code of
conduct). No word list knows a site's menu, but any site repeats it: two short lines that
follow each other twice or more in one dump, neither a sentence, are its furniture where a
page sets furniture, over the headline and under the last paragraph (`assemble` reads them
there). An article's own lines seldom come back so: a headline comes back alone, as the
next page's teaser, with other lines around it than under its own page's menu; a date line
differs from page to page. A database export's records carry no site's furniture
(`boundaries` asks for none there).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

from reader.dumps import measure
from reader.dumps.roles import Facts

_SHORT = 80
"""A menu's item, a footer's link or label is no longer than this."""


def _furniture_shaped(fact: Facts) -> bool:
    """A short line of text that ends no sentence and is no Markdown heading: a menu's item,
    a label, a link's words."""
    text = fact.line.text
    return (
        fact.role == "text"
        and len(text) <= _SHORT
        and not fact.line.heading
        and not measure.ends_sentence(text)
    )


def repeated_pairs(facts: Sequence[Facts]) -> frozenset[tuple[str, str]]:
    """The pairs of lines of text, one right after the other and one of them
    furniture-shaped, that the dump's first lines hold twice or more: its pages' menus and
    footers. A run of such pairs holding two lines or more that are not furniture-shaped (a
    paragraph, a sentence) is a text pasted twice, not furniture: its pairs are left out."""
    texts = [fact.line.text if fact.role == "text" else None for fact in facts]
    counts = Counter(itertools.pairwise(texts))
    pairs: set[tuple[str, str]] = set()
    run: list[int] = []
    for at in range(len(facts)):
        pair = (texts[at], texts[at + 1]) if at + 1 < len(facts) else (None, None)
        if None not in pair and counts[pair] > 1:
            run.append(at)
        elif run:
            pairs.update(_furniture_pairs(facts, [*run, run[-1] + 1]))
            run = []
    return frozenset(pairs)


_OTHER_LINES = 2
"""A repeated run holding this many lines that are not furniture-shaped is a text pasted
twice: a site's footer holds one statement at most (its code of conduct, its licence)."""


def _furniture_pairs(facts: Sequence[Facts], run: Sequence[int]) -> list[tuple[str, str]]:
    """The pairs of a run of repeated lines (`run`: their indices) that hold a
    furniture-shaped line, unless the run is a text pasted twice."""
    shaped = {at: _furniture_shaped(facts[at]) for at in run}
    if len(run) - sum(shaped.values()) >= _OTHER_LINES:
        return []
    return [
        (facts[at].line.text, facts[at + 1].line.text)
        for at in run[:-1]
        if shaped[at] or shaped[at + 1]
    ]


def mark_repeated(
    facts: Sequence[Facts], first: int, end: int, pairs: frozenset[tuple[str, str]]
) -> None:
    """Marks `Facts.repeated` each line from `first` to `end` that is one of a repeated menu
    or footer: a furniture-shaped line that one of `pairs` holds with a furniture-shaped line
    above or below it, or a line of text (the footer's statement, a sentence) that two of
    them hold with such lines above and below it."""
    if not pairs:
        return
    for at in range(first, end):
        fact = facts[at]
        if fact.role != "text":
            continue
        text = fact.line.text
        above = facts[at - 1] if at else None
        below = facts[at + 1] if at + 1 < len(facts) else None
        up = above is not None and (above.line.text, text) in pairs and _furniture_shaped(above)
        down = below is not None and (text, below.line.text) in pairs and _furniture_shaped(below)
        if (up or down) if _furniture_shaped(fact) else (up and down):
            fact.repeated = True
