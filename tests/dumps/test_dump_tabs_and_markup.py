"""Tabs inside running text, and a title dressed in markup tags, keep their article's text.

Found by review17 (session 17), handed to shape18, who owns the rules. A label and its value
parted by a tab is a row of an export's summary ("Results Found<TAB>3"), so `roles` took
any line opening with up to four words and a tab for one: a sentence pasted from Word or a
PDF with a tab after its first words ("The city council<TAB>approved …") went to meta as
`meta.the_city_council`, and a dump whose every line held tabs gave no article at all, all
of it front matter. A label is written as labels are, each word opening without a small
letter, with one value after it; a run of words in lower case before a tab, or cells parted
by more tabs, is text. And a first line opening with a markup tag ("[bold red]Markup
headline[/] …", as Rich and BBCode write them) had no headline's shape (its first letter
read was the tag's small "b"), so the title was lost to meta; the tag is read past as an
escape sequence is (`openings.past_dressing`).
"""

from __future__ import annotations

import pytest

from reader.dumps.lines import logical_lines
from reader.dumps.load import split_text
from reader.dumps.openings import past_dressing
from reader.dumps.roles import classify

TITLE = "Council approves new budget for schools"


def _role(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    (line,) = logical_lines(text + "\n")
    fact = classify(line)
    return fact.role, fact.meta


@pytest.mark.parametrize(
    "sentence",
    [
        "The city council\tapproved a new budget on Tuesday that raises spending, officials said.",
        "Le conseil municipal\ta adopté mardi un nouveau budget, ont indiqué les services.",
        "Der Stadtrat hat\tam Dienstag einen neuen Haushalt beschlossen, sagte die Sprecherin.",
        "El consejo municipal\taprobó el martes un nuevo presupuesto, dijeron los funcionarios.",
    ],
    ids=["en", "fr", "de", "es"],
)
def test_a_sentence_with_a_tab_after_its_first_words_stays_in_the_body(sentence: str) -> None:
    dump = f"{TITLE}\n\n{sentence}\n\nThe mayor welcomed the vote and thanked the members.\n"
    (article,) = split_text(dump, "tabbed.txt", "utf-8")
    assert article.title == TITLE
    assert sentence.replace("\t", " ") in article.body.replace("\t", " ")
    assert set(article.meta) <= {"language"}  # no field made of the sentence's first words


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Results Found\t3", "results_found", "3"),
        ("Timestamp\t3 December 2026 10:14", "timestamp", "3 December 2026 10:14"),
        ("Source\tAll Sources", "source", "All Sources"),
        ("Text\tvoices and (kabul or lagos)", "text", "voices and (kabul or lagos)"),
        ("Results found\t3", "results_found", "3"),
        ("Date range\tIn the last year", "date_range", "In the last year"),
        ("Anzahl der Treffer\t12", "anzahl_der_treffer", "12"),
    ],
)
def test_an_export_summary_s_labels_are_still_fields(text: str, key: str, value: str) -> None:
    """The near miss: a search summary's rows, each a label and one value that is no
    sentence's rest, stay fields, whatever the label's case (review18)."""
    assert _role(text) == ("field", ((key, value),))


@pytest.mark.parametrize(
    "text",
    [
        "The city council\tapproved a new budget on Tuesday.",
        "Der Stadtrat hat\tam Dienstag einen Haushalt beschlossen.",
        "Tabbed\ttitle\there",
        "a\tb\tc",
    ],
)
def test_a_sentence_s_rest_or_a_row_of_cells_is_no_field(text: str) -> None:
    assert _role(text)[0] == "text"


def test_a_search_summary_over_an_article_stays_its_fields() -> None:
    """review18's near miss: rows in sentence case over the article's headline."""
    summary = (
        "Search summary\nText\tvoices and (kabul or lagos)\nDate range\tIn the last year\n"
        "Source\tAll sources\nResults found\t3\nTimestamp\t3 December 2026 10:14\n\n\n"
    )
    dump = summary + (
        "Flood hits the old town\n\nHeavy rain flooded several streets in the old town "
        "overnight. Residents were moved to safety.\n\nThe river rose by two metres.\n"
    )
    (article,) = split_text(dump, "summary.txt", "utf-8")
    assert article.title == "Flood hits the old town"
    assert article.body.startswith("Heavy rain")


def test_a_dump_whose_every_line_holds_tabs_gives_its_article() -> None:
    dump = (
        "\tTabbed\ttitle\there\n\n"
        "\tBody\twith\ttabs\tand a sentence that goes on for a while, as the text said.\n\n"
        "\tMore\tbody\ttext\there, pasted from a table that kept its tabs, they said.\n"
    )
    (article,) = split_text(dump, "tabs.txt", "utf-8")
    assert "Tabbed" in article.title
    assert "pasted from a table that kept its tabs" in article.body


MARKUP_TITLE = "[bold red]Markup headline[/] with [link=https://example.com]a link[/link]"


def test_a_title_opening_with_a_markup_tag_stays_the_title() -> None:
    dump = (
        f"{MARKUP_TITLE}\n\n"
        "The first paragraph of the article says something about markup and links in text.\n\n"
        "The second paragraph goes on about it for a while, as paragraphs do.\n"
    )
    (article,) = split_text(dump, "markup.txt", "utf-8")
    assert article.title == MARKUP_TITLE
    assert article.body.startswith("The first paragraph")


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("[bold red]Markup headline[/]", "Markup headline[/]"),
        ("[b]Flood hits the old town[/b]", "Flood hits the old town[/b]"),
        ("[url=https://example.org/a]Flood hits[/url]", "Flood hits[/url]"),
        (
            "[Flood hits the old town](https://example.org/)",
            "[Flood hits the old town](https://example.org/)",
        ),
        ("[1] Smith, J. (2020). A paper.", "[1] Smith, J. (2020). A paper."),
        ("[update] The council voted again", "[update] The council voted again"),
        ("[read more](https://example.org/)", "[read more](https://example.org/)"),
        ("[]Flood hits", "[]Flood hits"),
    ],
)
def test_what_markup_is_read_past(written: str, words: str) -> None:
    """A tag of markup (a name in small letters, maybe `=` a value, or a closing `[/…]`)
    glued to what it dresses is read past; a Markdown link's words, a reference's number and
    an editor's bracketed word set apart by a space are where the words begin."""
    assert past_dressing(written) == words
