"""A headline over its dated source line, a label maybe over both, is three lines set one
under the other, not one paragraph hard-wrapped.

fresh18 (session 19, shape19): a digest sets each item as a section label, the headline and
its source and date ("▸ RECHT" / "Rechtliche Aspekte von Open-Source-Projekten" /
"opensource.guide, 9. März 2018"). The source opens in small letters, so `lines` took the
block for wrapped copy whenever the headline ran to 40 characters, joined the three into
one line, and that line, ending in a date, was a timestamp: the item's headline was lost and
the item went into the article above. Only a block of two lines was let off before; a break
into a line of small letters that is a dated source line is no wrap in a block of any size.
The near miss: wire copy wrapped mid-sentence is still rejoined.
"""

from __future__ import annotations

import pytest

from reader.dumps.lines import logical_lines
from reader.dumps.load import split_text
from reader.dumps.roles import classify

ITEMS = {
    "de": (
        "Hallo zusammen,\nhier sind unsere Lesetipps rund um freie Projekte.",
        (
            "▸ REICHWEITE",
            "Finden Sie Nutzer*innen für Ihr Open-Source-Projekt",
            "opensource.guide, 9. März 2018",
            "Es gibt keine Regel, die besagt, dass man den Start eines Projekts bewerben muss. "
            "Es gibt viele gute Gründe, an freier Software zu arbeiten.",
        ),
        (
            "▸ RECHT",
            "Rechtliche Aspekte von Open-Source-Projekten",
            "opensource.guide, 9. März 2018",
            "Ihr kreatives Werk mit der Welt zu teilen, ist eine anregende und erfüllende "
            "Erfahrung. Es kann aber auch eine Menge rechtlicher Fragen aufwerfen.",
        ),
    ),
    "en-us": (
        "Hello,\nhere are the stories our readers opened most this month.",
        (
            "== GOVERNANCE ==",
            "Announcing the 2022 OpenTelemetry Governance Committee Election",
            "via opentelemetry.io · September 15, 2022",
            "The project is excited to announce the election of its governance committee. "
            "Every member of the community who has contributed this year may vote.",
        ),
        (
            "== EVENTS ==",
            "OpenTelemetry Contribfest at KubeCon North America 2023",
            "via opentelemetry.io · November 13, 2023",
            "This year marked many milestones for the project. The community met in Chicago "
            "to work on the code together, and many new contributors joined in.",
        ),
    ),
    "en": (
        "Hello all,\nhere are this week's readings on free projects.",
        (
            "▸ REACH",
            "Finding users for your open source project this year",
            "opensource.guide, 9 March 2018",
            "There's no rule that says you have to promote an open source project when you "
            "launch. There are many fulfilling reasons to work in open source.",
        ),
        (
            "▸ LAW",
            "The legal side of open source, explained for maintainers",
            "opensource.guide, 9 March 2018",
            "Sharing your creative work with the world can be a fun and rewarding experience. "
            "It can also mean a bunch of legal things you didn't know you had to worry about.",
        ),
    ),
}


@pytest.mark.parametrize("language", sorted(ITEMS))
def test_a_label_a_headline_and_its_source_line_are_three_lines(language: str) -> None:
    _, (label, headline, source, _), _ = ITEMS[language]
    lines = [line.text for line in logical_lines(f"{label}\n{headline}\n{source}\n")]
    assert lines == [label, headline, source]


@pytest.mark.parametrize("language", sorted(ITEMS))
def test_each_item_of_a_digest_keeps_its_headline(language: str) -> None:
    greeting, *items = ITEMS[language]
    dump = (
        greeting
        + "\n\n\n"
        + "\n\n\n".join("\n".join(item[:3]) + f"\n\n{item[3]}" for item in items)
    )
    articles = split_text(dump + "\n", f"digest_{language}.txt", "utf-8")
    assert [article.title for article in articles][-2:] == [item[1] for item in items]
    assert all(article.meta.get("published") for article in articles[-2:])


def test_wire_copy_wrapped_mid_sentence_is_still_rejoined() -> None:
    """The near miss: breaks into small letters that are no source lines."""
    wrapped = (
        "The council met on Tuesday evening and the mayor said that the vote was\n"
        "held after a long debate about the budget for the schools of the city,\n"
        "which had been delayed twice since the spring by the regional office.\n"
    )
    (line,) = logical_lines(wrapped)
    assert line.text.startswith("The council met") and line.text.endswith("regional office.")


@pytest.mark.parametrize(
    "line",
    [
        "16 settembre 2010 ore 09:30",
        "16 settembre 2010 ore 09:30 · aggiornato alle 12:15",
        "via opentelemetry.io · September 15, 2022",
        "opensource.guide, April 25, 2025",
    ],
)
def test_a_source_s_date_line_in_either_order_is_a_date_line(line: str) -> None:
    """Italian pages write "ore" before the time ("alle" was read, "ore" was not): the line
    was text, so a headline over it had no lead and went into the related list above
    (fresh4's foreign_web_01, once its source lines were no longer joined). A source's line
    with an American date, month first ("September 15, 2022"), was text too, so a digest's
    headline over it was joined to it (fresh16's email_digest_02, fresh18's)."""
    (only,) = logical_lines(line + "\n")
    assert classify(only).role == "updated"


@pytest.mark.parametrize("line", ["Elections set for March 3, 2024", "Vote on March 3, 2024"])
def test_a_headline_ending_in_a_date_is_no_date_line(line: str) -> None:
    """The near miss: words before the date that are no source's name and its mark."""
    (only,) = logical_lines(line + "\n")
    assert classify(only).role == "text"
