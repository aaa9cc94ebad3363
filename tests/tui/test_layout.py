"""Wrapping and display lines: offsets must index the body exactly at any width."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size

from reader.article import Article, Paragraph
from reader.tui.presenters import breaks
from reader.tui.presenters.layout import (
    _NARROW,
    _wrap_narrow,
    _wrap_units,
    layout_article,
    meta_line,
    wrap,
)
from tests.tui.helpers import seed_articles

texts = st.text(alphabet=st.sampled_from(list("ab cdé\t漢字。「」 \u3000\u200b-\n")), max_size=300)


@given(texts, st.integers(min_value=1, max_value=40))
def test_wrapped_lines_fit_and_keep_every_word_in_order(text: str, width: int) -> None:
    ranges = wrap(text, width)
    for start, end in ranges:
        line = text[start:end]
        assert line == line.strip() and line
        assert cell_len(line.translate(DRAWN)) <= max(width, 2)
    assert "".join(_squeeze(text[s:e]) for s, e in ranges) == _squeeze(text)
    assert all(a[1] <= b[0] for a, b in pairwise(ranges))


@given(st.text(alphabet=st.sampled_from(list("ab é’—€\u2e7f\u2e80漢。「 \U0001f600")), max_size=60))
def test_only_a_text_with_a_wide_character_is_cut_by_the_wide_rules(text: str) -> None:
    """The check below U+2E80 that spares most texts the wide pattern answers as it does."""
    pattern = breaks._unit() if breaks._any_wide().search(text) else re.compile(r"\S+")
    assert list(breaks.units(text)) == [match.span() for match in pattern.finditer(text)]


narrow_texts = st.text(alphabet=st.sampled_from(list("ab cé\t\n’—€\xa0")), max_size=200)


@given(narrow_texts, st.integers(min_value=1, max_value=30), st.none() | st.integers(0, 30))
def test_narrow_text_is_wrapped_line_by_line_as_word_by_word(
    text: str, width: int, first: int | None
) -> None:
    """The pattern that wraps most news a line at a time cuts where the unit loop does."""
    assert _NARROW.fullmatch(text)
    assert _wrap_narrow(text, width, first) == _wrap_units(text, width, first)


def test_every_character_wrapped_as_narrow_is_one_cell_wide() -> None:
    drawn = [chr(code) for code in range(0x3000) if _NARROW.fullmatch(chr(code))]
    assert [c for c in drawn if c not in "\t\n\r" and get_character_cell_size(c) != 1] == []
    assert "’" in drawn and "漢" not in drawn and "\u0301" not in drawn


DRAWN = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
"""A paragraph's tabs and line breaks as the view draws them: a cell each."""


def _squeeze(text: str) -> str:
    return "".join(text.split())


def test_wrap_breaks_at_spaces_and_cuts_long_words() -> None:
    assert wrap("one two three", 7) == [(0, 7), (8, 13)]
    assert wrap("abcdefghij", 4) == [(0, 4), (4, 8), (8, 10)]
    assert wrap("", 10) == []


def test_wrap_counts_wide_characters_as_two_cells() -> None:
    ranges = wrap("漢字漢字漢字", 4)
    assert [("漢字漢字漢字")[s:e] for s, e in ranges] == ["漢字", "漢字", "漢字"]


def test_wrap_keeps_closing_marks_off_a_line_head_and_opening_ones_off_its_end() -> None:
    text = "漢字漢字。漢字「漢字」。"
    lines = [text[s:e] for s, e in wrap(text, 8)]
    assert lines == ["漢字漢", "字。漢字", "「漢", "字」。"]
    assert "".join(lines) == text


def test_wrap_breaks_japanese_between_characters_and_keeps_latin_words_whole() -> None:
    text = "新しいKubernetesのリリースです。"
    lines = [text[s:e] for s, e in wrap(text, 14)]
    assert lines == ["新しい", "Kubernetesのリ", "リースです。"]


def test_wrap_keeps_a_latin_apostrophe_inside_its_word_beside_japanese() -> None:
    text = "漢字 don’t"
    assert [text[s:e] for s, e in wrap(text, 5)] == ["漢字", "don’t"]


def test_wrap_breaks_at_an_ideographic_space_drops_it_and_counts_it_two_cells() -> None:
    text = "山田\u3000太郎が来た。"
    assert [text[s:e] for s, e in wrap(text, 4)] == ["山田", "太郎", "が来", "た。"]
    assert [text[s:e] for s, e in wrap(text, 10)] == ["山田\u3000太郎", "が来た。"]
    assert [text[s:e] for s, e in wrap(text, 9)] == ["山田\u3000太", "郎が来", "た。"]
    indented = "\u3000今日は"
    assert [indented[s:e] for s, e in wrap(indented, 6)] == ["今日は"]


def test_wrap_counts_a_tab_or_line_break_between_words_one_cell_in_any_script() -> None:
    assert wrap("café\tcafé", 8) == [(0, 4), (5, 9)]
    assert wrap("漢字\n漢字", 6) == [(0, 2), (3, 5)]
    assert wrap("café\tcafé", 9) == [(0, 9)]


def test_wrap_cuts_where_it_falls_when_marks_run_too_long() -> None:
    text = "漢。。。。。。"
    assert [text[s:e] for s, e in wrap(text, 4)] == ["漢。", "。。", "。。", "。"]


def test_first_line_room_differs_for_bullets() -> None:
    assert wrap("aa bb cc", 5, first_width=2) == [(0, 2), (3, 8)]


@settings(max_examples=40)  # of 113 widths; the wrap itself is held to its lines above
@given(st.integers(min_value=8, max_value=120))
def test_body_lines_index_the_body_at_any_width(width: int) -> None:
    for article in seed_articles():
        layout = layout_article(article, width)
        body_lines = [line for line in layout.lines if line.in_body]
        shown = "".join(_squeeze(layout.text_of(line)) for line in body_lines)
        assert shown == _squeeze(article.body)
        for line in body_lines:
            assert layout.text_of(line) == article.body[line.start : line.end]
            assert cell_len(line.prefix + layout.text_of(line)) <= width


def test_header_has_title_meta_summary_and_rule() -> None:
    article = seed_articles()[0]
    layout = layout_article(article, 200)
    kinds = [line.kind for line in layout.lines[:6]]
    assert kinds == ["title", "meta", "gap", "summary", "rule", "paragraph"]
    assert layout.lines[0].text == article.title
    assert layout.lines[1].text == "07 November 2025 · SEOUL · 000_8217380e2a8b8745.txt"


def test_paragraph_kinds_get_their_prefixes_and_gaps_between() -> None:
    body = "Heading\n\nfirst item\n\nsecond"
    article = Article(
        "x",
        "dump.txt",
        0,
        "T",
        body,
        (Paragraph(0, 7, "subheading"), Paragraph(9, 19, "list_item"), Paragraph(21, 27)),
    )
    lines = [line for line in layout_article(article, 40).lines if line.kind != "rule"][2:]
    assert [(line.kind, line.prefix) for line in lines] == [
        ("subheading", ""),
        ("gap", ""),
        ("list_item", "• "),
        ("gap", ""),
        ("paragraph", ""),
    ]


def test_a_list_item_shows_one_mark_the_dumps_or_ours() -> None:
    """The dump's own mark ("- ", "* ", "1. ") is drawn alone, its text hung under it:
    ours before it showed "• - Buses stopped at noon."."""
    items = ["- Buses stopped at noon.", "* Trains run every half hour, slower."]
    items += ["12. Ferries run.", "No mark here"]
    body = "\n\n".join(items)
    paragraphs = tuple(
        Paragraph(body.index(text), body.index(text) + len(text), "list_item") for text in items
    )
    article = Article("x", "d.txt", 0, "T", body, paragraphs)
    layout = layout_article(article, 20)
    drawn = [line.prefix + layout.text_of(line) for line in layout.lines if line.in_body]
    assert drawn == [
        "- Buses stopped at",
        "  noon.",
        "* Trains run every",
        "  half hour, slower.",
        "12. Ferries run.",
        "• No mark here",
    ]


def test_highlights_and_bullets_run_on_as_one_block() -> None:
    body = "HIGHLIGHTS\n\n• one\n\n• two\n\nAfter"
    paragraphs = (
        Paragraph(0, 10, "highlights"),
        Paragraph(12, 17, "highlights"),
        Paragraph(19, 24, "highlights"),
        Paragraph(26, 31),
    )
    article = Article("x", "d.txt", 0, "T", body, paragraphs)
    lines = layout_article(article, 40).lines
    rule = [line.kind for line in lines].index("rule")
    body_kinds = [line.kind for line in lines[rule + 1 :]]
    assert body_kinds == ["highlights", "highlights", "highlights", "gap", "paragraph"]
    assert all(line.prefix == "▌ " for line in lines if line.kind == "highlights")


def test_line_of_finds_the_line_showing_an_offset() -> None:
    article = seed_articles()[0]
    layout = layout_article(article, 30)
    for offset in (0, 100, len(article.body) - 1):
        line = layout.lines[layout.line_of(offset)]
        assert line.start <= offset < line.end or offset >= line.end


def test_control_characters_and_markup_stay_visible_text() -> None:
    body = "Red \x1b[31malert\x1b[0m and [bold]not bold[/] here\x07."
    article = Article("x", "d.txt", 0, "[b]Title\x1b]0;pwn\x07", body, (Paragraph(0, len(body)),))
    layout = layout_article(article, 80)
    shown = "".join(line.text or layout.text_of(line) for line in layout.lines)
    assert "\x1b" not in shown and "\x07" not in shown
    assert "[bold]not bold[/]" in shown
    assert "[b]Title" in shown
    assert len(layout.body_text) == len(body)


def test_meta_line_names_the_source_file_and_encoding() -> None:
    article = Article(
        "x", "/tmp/in/dump.txt", 0, "T", "b", meta={"byline": "By A", "encoding": "cp1252"}
    )
    assert meta_line(article) == "By A · dump.txt · read as cp1252"


def test_a_date_relative_to_the_copy_says_so_and_a_whole_date_is_as_written() -> None:
    """The seed's second article said "6 sec ago" on every fresh clone, as if it were
    reader's reckoning (the file's age): it is the page's words when it was copied."""

    def meta(updated: str) -> str:
        return meta_line(Article("x", "d.txt", 0, "T", "b", meta={"updated": updated}))

    assert meta("6 sec ago") == "6 sec ago when copied · d.txt"
    assert meta("An hour ago") == "An hour ago when copied · d.txt"
    assert meta("Yesterday") == "Yesterday when copied · d.txt"
    assert meta("07 November 2025") == "07 November 2025 · d.txt"


def test_the_credits_show_at_the_articles_foot_after_a_gap() -> None:
    body = "SEOUL (Reuters) - Markets rose.\n\nThey fell later."
    credits = "(Reporting by Ju-min Park\x1b[2J; Editing by [b]Ed Davies)"
    article = Article(
        "x", "d.txt", 0, "T", body, (Paragraph(0, 31), Paragraph(33, 49)), {"credits": credits}
    )
    layout = layout_article(article, 30)
    last_body = max(row for row, line in enumerate(layout.lines) if line.in_body)
    foot = layout.lines[last_body + 1 :]
    assert [line.kind for line in foot] == ["gap", "meta", "meta"]
    assert " ".join(line.text for line in foot[1:]) == (
        "(Reporting by Ju-min Park␛[2J; Editing by [b]Ed Davies)"
    )
    assert layout.offset_at(last_body + 2, 3) == len(body)


def test_the_meta_line_names_the_publication_once() -> None:
    meta = {"byline": "By A", "publication": "Wikinews FR", "site": "fr.wikinews.org"}
    article = Article("x", "d.txt", 0, "T", "b", meta=meta)
    assert meta_line(article) == "By A · Wikinews FR · d.txt"
    site_only = Article("x", "d.txt", 0, "T", "b", meta={"site": "fr.wikinews.org"})
    assert meta_line(site_only) == "fr.wikinews.org · d.txt"
    # A LexisNexis export's "BYLINE: Global Voices" over its publication "Global Voices"
    same = {"published": "May 2, 2012", "byline": "Global Voices", "publication": "Global Voices"}
    by_outlet = Article("x", "d.txt", 0, "T", "b", meta=same)
    assert meta_line(by_outlet) == "May 2, 2012 · Global Voices · d.txt"


def test_the_meta_line_says_when_the_dates_are_the_article_it_was_broken_from() -> None:
    meta = {"published": "2025-03-04", "dateline": "OSLO", "dates_inherited": "published dateline"}
    article = Article("x", "d.txt", 1, "T", "b", meta=meta)
    assert meta_line(article) == (
        "2025-03-04 · OSLO · dated as the article it was broken from · d.txt"
    )


def test_the_dumps_own_matter_shows_where_it_stood_before_and_after_the_articles() -> None:
    meta = {
        "dump_front_matter": "Subject: Briefing\nHello,",
        "dump_back_matter": "Unsubscribe",
        "credits": "(Editing by B)",
    }
    article = Article("i", "d.txt", 0, "Title", "Body.", (Paragraph(0, 5),), meta)
    layout = layout_article(article, 200)
    shown = [layout.text_of(line) for line in layout.lines]
    assert shown[2] == "Dump text before the articles (2 lines): Subject: Briefing · Hello,"
    after = "Dump text after the articles (1 line): Unsubscribe"
    assert shown[-4:] == ["", "(Editing by B)", "", after]


def test_a_key_point_with_its_own_mark_keeps_the_bar_and_hangs_under_its_text() -> None:
    """As a list in a quote is drawn in Markdown: the block's bar, the dump's mark, and the
    later lines under the text, not under the mark ("▌ • item" run together, review21)."""
    point = "• Unions want a seven per cent pay rise and earlier retirement for crane staff."
    body = f"Key points\n\n{point}\n\n- A dash item that wraps past the width of the line here."
    paragraphs = (
        Paragraph(0, 10, "highlights"),
        Paragraph(12, 12 + len(point), "highlights"),
        Paragraph(14 + len(point), len(body), "list_item"),
    )
    layout = layout_article(Article("x", "d.txt", 0, "T", body, paragraphs), 40)
    drawn = [line.prefix + layout.text_of(line) for line in layout.lines if line.in_body]
    assert drawn[:4] == [
        "▌ Key points",
        "▌ • Unions want a seven per cent pay",
        "▌   rise and earlier retirement for",
        "▌   crane staff.",
    ]
    assert drawn[4:] == ["- A dash item that wraps past the width", "  of the line here."]
