"""Each dump style people produce splits into the right articles with the right parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.article import Article
from reader.dumps.load import load_dump, split_text

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"


def _kinds(article: Article) -> list[tuple[str, str]]:
    return [(p.kind, article.paragraph_text(p)) for p in article.paragraphs]


def test_wire_copy_is_unwrapped_with_datelines_and_credits_in_meta() -> None:
    oil, gold = load_dump(DUMPS / "wire.txt")
    assert oil.title == "OIL PRICES SLIP AS DEMAND WORRIES RETURN"
    assert gold.title == "GOLD STEADIES NEAR RECORD HIGH ON RATE-CUT BETS"
    assert oil.body.startswith("NEW YORK, March 3 (Reuters) - Oil prices fell on Tuesday as fresh")
    assert oil.body.endswith("an analyst at Price Futures Group.")
    assert len(oil.paragraphs) == 3
    assert oil.meta["dateline"] == "NEW YORK, March 3 (Reuters)"
    assert oil.meta["credits"].startswith("Reporting by Jane Doe")
    assert "Reporting by" not in oil.body


def test_separators_split_and_scene_breaks_do_not() -> None:
    titles = [a.title for a in load_dump(DUMPS / "sep.txt")]
    assert titles == [
        "Storm knocks out power to thousands",
        "Museum returns looted bronzes",
        "Chess prodigy, 12, becomes youngest grandmaster",
    ]
    scene = "Title of a story\n\nFirst part of it ends here.\n\n* * *\n\nThen it goes on, later.\n"
    (article,) = split_text(scene)
    assert article.body.endswith("Then it goes on, later.")


def test_form_feeds_split_on_their_own_line_or_glued_to_a_title() -> None:
    articles = load_dump(DUMPS / "formfeed.txt")
    assert [a.title for a in articles] == [
        "First story about the harbour",
        "Second story: the bridge",
        "Third story on the rail strike",
    ]


def test_markdown_headings_lists_and_subheads() -> None:
    council, library = load_dump(DUMPS / "markdown.md")
    assert council.title == "Council approves new cycle lanes"
    assert library.title == "Library to stay open on Sundays"
    kinds = _kinds(council)
    assert ("subheading", "Opposition from shop owners") in kinds
    assert [k for k, _ in kinds].count("list_item") == 2


def test_setext_headings_are_titles_not_separators() -> None:
    text = "Flood warning issued\n====================\n\nRivers rose overnight.\n"
    (article,) = split_text(text)
    assert article.title == "Flood warning issued"
    assert article.body == "Rivers rose overnight."


def test_single_blank_gap_between_articles_and_a_short_subhead() -> None:
    spain, farmers = load_dump(DUMPS / "single_gap.txt")
    assert spain.title == "Heavy rains flood parts of southern Spain"
    assert ("subheading", "What happens next") in _kinds(spain)
    assert farmers.title == "Farmers count the cost after a summer of drought"
    assert farmers.body.endswith("would release emergency funds next month.")


def test_an_article_with_no_title_gets_one_from_its_first_sentence() -> None:
    (article,) = load_dump(DUMPS / "notitle.txt")
    assert article.title.startswith("The committee met for four hours on Thursday")
    assert article.body.startswith("The committee met for four hours")
    assert article.meta["title_source"]


def test_json_lines_dumps() -> None:
    rates, jobs = load_dump(DUMPS / "lines.jsonl")
    assert (rates.title, rates.body) == (
        "Rates held",
        "The bank held rates.\n\nIt said inflation was easing.",
    )
    assert rates.meta["url"] == "https://x.example/a"
    assert rates.meta["byline"] == "Ann Lee"
    assert (jobs.title, jobs.body) == ("Jobs up", "Payrolls rose by 200,000.")


def test_one_article_file_and_crlf_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_bytes(b"\xef\xbb\xbfA single story\r\n\r\nIt has one paragraph.\r\n")
    (article,) = load_dump(path)
    assert (article.title, article.body) == ("A single story", "It has one paragraph.")
    assert article.meta["encoding"] == "utf-8-sig"


@pytest.mark.parametrize("text", ["", "\n\n\n", "   \t  \n", "-----\n* * *\n", "\f\f"])
def test_empty_and_blank_dumps_give_no_articles(text: str) -> None:
    assert split_text(text) == []


def test_website_copy_with_byline_and_chrome() -> None:
    text = (
        "Rescuers reach miners trapped for three days\n\nShare\nBy Maria Lopez\n"
        "Published 12 March 2025\n\nImage caption, Relatives waited at the mine entrance\n\n"
        "Rescue teams reached 14 miners trapped underground in northern Chile on Sunday.\n\n"
        "Advertisement\n\nAll were in good health, officials said.\n\n"
        "Read more: Mine safety in Chile\n"
    )
    (article,) = split_text(text)
    assert article.meta["byline"] == "Maria Lopez"
    assert article.meta["published"] == "12 March 2025"
    assert "Relatives waited" in article.meta["caption"]
    assert article.body == (
        "Rescue teams reached 14 miners trapped underground in northern Chile on Sunday."
        "\n\nAll were in good health, officials said."
    )


def test_an_article_whose_only_text_looks_like_a_standfirst_keeps_it_as_body() -> None:
    (article,) = split_text("A title for a story\n\nand a short unfinished line\n")
    assert article.body == "and a short unfinished line"
    assert "summary" not in article.meta


def test_front_matter_at_the_very_start_and_between_clippings() -> None:
    text = (
        '---\ntitle: "Port strike ends"\nauthor:\n  - "[[Ana Lima]]"\n---\n'
        "The strike at the port ended on Monday after a pay deal was agreed.\n\n"
        "Ships began unloading within hours.\n"
        '---\ntitle: "Rail fares rise"\nauthor: Tom Hale\n---\n'
        "Rail fares will rise by 4% in March, the operator said on Tuesday.\n"
    )
    strike, rail = split_text(text)
    assert (strike.title, strike.meta["byline"]) == ("Port strike ends", "Ana Lima")
    assert strike.body.endswith("Ships began unloading within hours.")
    assert (rail.title, rail.meta["byline"]) == ("Rail fares rise", "Tom Hale")


def test_a_form_feed_alone_on_a_line_separates_even_single_gap_articles() -> None:
    text = (
        "Harbour reopens\nShips sail again after repairs, the port said.\n\f\n"
        "Bridge closes\nThe bridge will close in April, the council said.\n"
    )
    assert [a.title for a in split_text(text)] == ["Harbour reopens", "Bridge closes"]


@pytest.mark.parametrize(
    "text", ["---", "---\n", "---\nno key here\n", "-----\nA title\n\nText.\n"]
)
def test_a_rule_at_the_start_that_opens_no_front_matter_is_just_a_rule(text: str) -> None:
    for article in split_text(text):
        assert "---" not in article.body
