"""Entries that open on the same intertitle keep it in their body, under their own headline.

fresh40 (session 30, intertitle30, issue 13): an encyclopaedia's entries, pasted one after
another, each open on the same intertitle right under the headline ("Grundlagen", "Les Bases",
"Основная информация") and many go on to a second one. The assembler sent that first
intertitle to meta (a label, a byline, the site's repeated furniture) or took the headline
over it for a kicker and the intertitle for the title; and the entry's headline, a short line
over it, was often no start at all. What tells, in any language and any dump:

- A short headline-shaped line that stands over a paragraph in two places of the dump or
  more, over another paragraph each time, is an intertitle the dump's documents share
  (`repeats.sections`): it opens its article's body and is never its lead, and the line
  right over it is the headline (lead evidence for a start, no kicker). A headline comes back
  only over its own paragraph (the same story pasted twice); a byline or a section label sits
  with its headline, not over the text in many places.
  Only where that intertitle stands closer under the line than its text under it is the
  line a headline for the start's sake: an item closing the text above an intertitle further
  down stands as far from it as the intertitle from its text (fresh33's reference pages, held
  by the ratchet: read as a headline there, it cut a page at "Valori restituiti").
- An article's paragraph gap is measured between two paragraphs: one under an intertitle
  stands as far from it as the intertitle from the text above, so in a document of short
  sections those gaps made the median, and its first intertitle read as no wider-set than
  its paragraphs.

Near misses that must not change: a story pasted twice shares no intertitle; and an
export's label over the text under its record's fields, over another paragraph in each record
("Corps" under "Longueur : 262 words"), stays the export's (fresh4's Nexis Uni export, five
records, held by the ratchet: with the line read as an intertitle, its five bodies fall).
"""

from __future__ import annotations

import pytest

from reader.dumps.lines import logical_lines
from reader.dumps.load import split_text
from reader.dumps.repeats import sections
from reader.dumps.roles import Classifier, Facts

ENTRIES = (
    (
        "Address",
        "A public address is the string you give someone so they can send you money. It is "
        "long and made of letters and digits, so most wallets let you copy it as a whole.",
        "Some services let you register a short alias that points to the long address, which "
        "is easier to read aloud and to type on a phone without making a mistake.",
    ),
    (
        "Cold storage",
        "Cold storage keeps the keys of a wallet on a device that never touches a network. A "
        "sheet of paper in a drawer is the simplest kind, and it is cheaper than any machine.",
        "Spending from it means bringing the keys back online for a moment, so people keep most "
        "of their savings there and only a little in the wallet they carry around.",
    ),
    (
        "Block",
        "A block is a container of transactions that the network agrees on every two minutes "
        "or so. Each one names the block before it, so that together they form one long chain.",
        "A block that arrives late may be replaced by another one found at the same height, and "
        "the transactions in it then wait for the next block to be confirmed again.",
    ),
)
OPENER, SECOND = "Basic information", "In depth"


def _spaced_glossary() -> str:
    """Entries as a text file holds them: the headline, one blank line, the shared intertitle,
    two blank lines, the text; a second intertitle set as the first; two blank lines between
    entries, one between paragraphs."""
    entries = [
        f"{title}\n\n{OPENER}\n\n\n{first}\n\n\n{SECOND}\n\n\n{second}"
        for title, first, second in ENTRIES
    ]
    return "\n\n\n".join(entries) + "\n"


def _ruled_glossary() -> str:
    """Entries between `* * *` rules, every line one blank line from the next; only the
    first intertitle, which is all most short entries have."""
    entries = [f"{title}\n\n{OPENER}\n\n{first}\n\n{second}" for title, first, second in ENTRIES]
    return "\n\n* * *\n\n".join(entries) + "\n"


@pytest.mark.parametrize("dump", [_spaced_glossary(), _ruled_glossary()], ids=["spaced", "ruled"])
def test_entries_opening_on_a_shared_intertitle_keep_it_under_their_headline(dump: str) -> None:
    articles = split_text(dump, "glossary.txt", "utf-8")
    assert [article.title for article in articles] == [title for title, _, _ in ENTRIES]
    for article, (_, first, _) in zip(articles, ENTRIES, strict=True):
        assert article.body.startswith(f"{OPENER}\n\n{first}")
        kinds = [(article.body[start:end], kind) for start, end, kind in article.ranges()]
        assert kinds[0] == (OPENER, "subheading")
        assert not {"label", "byline", "section", "chrome"} & set(article.meta)


def test_terms_named_in_lowercase_over_the_shared_intertitle_are_headlines() -> None:
    """A glossary names its terms as they stand in a sentence ("cold storage"): no headline's
    shape, but the line over the intertitle every entry opens on is its headline."""
    dump = _spaced_glossary()
    for title, _, _ in ENTRIES:
        dump = dump.replace(f"{title}\n\n{OPENER}", f"{title.lower()}\n\n{OPENER}")
    articles = split_text(dump, "terms.txt", "utf-8")
    assert [article.title for article in articles] == [title.lower() for title, _, _ in ENTRIES]
    assert all(article.body.startswith(OPENER) for article in articles)


def test_a_document_of_short_sections_keeps_its_opening_intertitle() -> None:
    """One document, no line shared: its paragraphs one blank line apart where two follow
    each other, two under each intertitle, as the intertitles are from the text above. Its
    paragraph gap is one, so its first intertitle is set as wide as its others."""
    (_, first, second), (_, third, fourth) = ENTRIES[1], ENTRIES[2]
    dump = (
        f"Keeping savings offline\n\nOverview\n\n\n{first}\n\n\nHow it is done\n\n\n{second}"
        f"\n\n{third}\n\n\nWhat to watch for\n\n\n{fourth}\n"
    )
    (article,) = split_text(dump, "guide.txt", "utf-8")
    assert article.title == "Keeping savings offline"
    assert article.body.startswith(f"Overview\n\n{first}")
    assert "label" not in article.meta


def _facts(text: str) -> list[Facts]:
    classify = Classifier()
    return [classify(line) for line in logical_lines(text)]


def test_a_story_pasted_twice_shares_no_intertitle() -> None:
    """A headline that comes back over its own paragraph is the same story again: only a
    line over two different paragraphs is an intertitle the dump's documents share."""
    title, first, second = ENTRIES[0]
    story = f"{title} in short\n\n{first}\n\n{second}"
    assert sections(_facts(f"Notes\n\n{story}\n\n\n{story}\n")) == frozenset()
    other = f"{title} in short\n\n{ENTRIES[1][1]}"
    assert sections(_facts(f"Notes\n\n{story}\n\n\n{other}\n")) == {f"{title} in short"}
