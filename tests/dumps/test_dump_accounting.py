"""Nothing is lost: every line of a dump lands in exactly one place, as `--lines` says.

Over generated dumps (articles with leads, quotes, trailers, front matter, export
headers, separators, junk) and the fuzz text the other properties use."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.article import Article
from reader.dumps import field_model
from reader.dumps.chrome import _BULLET_MARKS
from reader.dumps.field_model import FieldModel
from reader.dumps.jsonl import looks_like_jsonl
from reader.dumps.lines import raw_lines
from reader.dumps.load import iter_articles, iter_dump, load_dump, split_dump, split_text
from reader.dumps.start_model import StartModel, shipped, using
from reader.dumps.trace import line_records
from tests.dumps.dump_strategies import DUMP_TEXT

_WORDS = st.sampled_from(
    "the council said on tuesday that plans for new homes would go ahead despite protests"
    " from residents Berlin Paris Reuters minister court river bank strike vote".split()
)
_SENTENCE = st.lists(_WORDS, min_size=3, max_size=30).map(
    lambda words: " ".join(words).capitalize() + "."
)
_QUOTE = _SENTENCE.map(lambda s: f"“{s}”")
_TITLE = st.lists(_WORDS, min_size=2, max_size=14).map(lambda w: " ".join(w).title())
_LEAD = st.sampled_from(
    [
        "By Jane Doe",
        "Updated 3 hours ago",
        "Share",
        "Published 12 March 2025",
        "Listen",
        "Updated 07 November 2025",
        "**By Jane Doe | July 23, 2014**",
        "Posted on April 29, 2014 by admin",
        "Image caption, Crowds in the square on Tuesday",
        "Photo: Jane Doe/Reuters",
        "Mis à jour le 4 juillet 2012 à 7:39",
        "1. Council votes on the plan",
        "*A standfirst in italics that sums the story up in a sentence or so.*",
        "> A dek set as a quotation under the title of the story today.",
        "Section: World; Length: 612 words",
        "Source: https://x.test/c",
    ]
)
_TRAILER = st.sampled_from(
    [
        "(Reporting by A; Editing by B)",
        "(END)",
        "kmo/sco",
        "Read more: https://x.test/a",
        "(Wikinews)",
        "— Jane Doe",
        "Fonte: Global Voices",
        "End of Document",
        "--- END ---",
    ]
)
_MATTER = st.sampled_from(
    [
        "Subject: Morning briefing\nFrom: News <news@x.test>\nDate: Mon, 3 Mar 2025\n\nHello,\n",
        "1 of 3 DOCUMENTS\n\nThe Ledger\n\nMarch 3, 2025 Monday\n",
        "---\ntitle: A Clipped Story\nurl: https://x.test/b\ntags:\n  - news\n---\n",
        "---\ntitle: 'It''s a \"Clipped\" Story'\nnotes:\nurl: \"https://x.test/d\"\n"
        "tags: [news, world]\n---\n",
        "Document 2 of 5\n\nThe Ledger\n\nLOAD-DATE: March 4, 2025\n",
        "Unsubscribe | Manage preferences\n",
        "",
    ]
)
_GAP = st.sampled_from(["\n\n", "\n\n\n", "\n", "\n\n-----\n\n", "\n\n\f\n"])


@st.composite
def _article(draw: st.DrawFn) -> str:
    lines = [draw(st.sampled_from(["", "# ", "## "])) + draw(_TITLE)]
    lines += draw(st.lists(_LEAD, max_size=2))
    lines += draw(st.lists(st.one_of(_SENTENCE, _QUOTE, _TITLE), min_size=1, max_size=5))
    lines += draw(st.lists(_TRAILER, max_size=1))
    gaps = draw(st.lists(_GAP, min_size=len(lines), max_size=len(lines)))
    return "".join(line + gap for line, gap in zip(lines, gaps, strict=True))


_DUMP = st.tuples(
    _MATTER, st.lists(st.one_of(_article(), _MATTER), min_size=1, max_size=5), _MATTER
).map(lambda parts: parts[0] + "\n".join(parts[1]) + "\n" + parts[2])


def _squash(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> str:
    """Letters and digits only: a YAML title field's value, quoted or not."""
    return re.sub(r"\W", "", text)


Decider = tuple[StartModel | None, FieldModel | None]
_SWAPPER = FieldModel(
    {
        "title": StartModel({}, -10.0, 0.0),
        "meta": StartModel({"rules body": 20.0, "rules subhead": 20.0}, -10.0, 0.0),
        "subhead": StartModel({}, -10.0, 0.0),
        "body": StartModel({"rules meta": 20.0}, -10.0, 0.0),
    },
    0.5,
)
"""A field model that moves every line it scores: body and subheads to meta, meta to body."""
DECIDERS = pytest.mark.parametrize(
    "decider",
    [
        (None, None),
        (None, field_model.shipped()),
        (shipped(), field_model.shipped()),
        (None, _SWAPPER),
    ],
    ids=["rules", "fields", "learned", "swapping fields"],
)
"""The properties hold whoever decides where articles start and which field each line
goes to: the rules, the learned field model (`READER_SPLITTER=fields`), both learned
models (`READER_SPLITTER=learned`), or a field model moving every line it may."""


@contextmanager
def _deciding(decider: Decider) -> Iterator[None]:
    with using(decider[0]), field_model.using(decider[1]):
        yield


_RETITLED = (
    "Subject: Morning briefing\nFrom: News <news@x.test>\nDate: Mon, 3 Mar 2025\n\nHello,\n"
    "The The\n\nBy Jane Doe\n\n1. Council votes on the plan\n\n"
    "The The The Said The The The The The The The The The The\n\n\n"
    "# The The The Said The The The The The The The The The The\n\nBy Jane Doe\n\n"
    "By Jane Doe\n\nThe The\n\n\n---\ntitle: A Clipped Story\nurl: https://x.test/b\n"
    "tags:\n  - news\n---\n"
)
"""Found by the property below: with the lines around them moved, a heading repeating the
title line above it and a title field after them fall in one article; the heading stays
its title, and the field's title goes to meta (it was taken as the title while `--lines`
still called the heading so)."""


@DECIDERS
@settings(max_examples=150, deadline=None)
@given(st.one_of(_DUMP, DUMP_TEXT))
@example(_RETITLED)
@example("+ 0")  # found by the property: bullet marks beyond "-", "*" and "•"
@example("▸ -----")
@example("-\naThe minister said on Tuesday that talks would go on.\n0")  # a lone mark (data20)
def test_every_line_lands_in_exactly_one_place(decider: Decider, text: str) -> None:
    with _deciding(decider):
        dump = split_dump(text, "gen")
        records = list(line_records(text, "gen"))
    lines = raw_lines(text.removeprefix("\ufeff"))
    counts = Counter(record["line"] for record in records)
    assert set(counts) == set(range(1, len(lines) + 1))
    matter = _squash(" ".join(dump.front_matter + dump.back_matter))
    for record in records:
        line = _squash(lines[record["line"] - 1])
        if record["field"] == "blank":
            assert record["role"] == "separator" or not line
            continue
        if "\f" in lines[record["line"] - 1]:
            continue  # a form feed cuts the line in two, each part placed on its own
        assert counts[record["line"]] == 1
        if record["role"] == "record" or "delimiter" in record["rule"]:
            continue  # a JSON object's fields are decoded; a `---` only marks front matter
        if record["rule"].startswith("joined to line"):
            line = line.removeprefix("- ").strip("\"'")  # a wrapped line or a list item
        if record["field"] == "matter":
            assert record["article"] is None
            assert line in matter
        else:
            article = dump.articles[record["article"]]
            _assert_in_article(article, record["field"], line)


def _assert_in_article(article: Article, field: str, line: str) -> None:
    """Body lines' text is in the body; a title line holds the title; meta is not empty."""
    if field == "body":
        body = _squash(article.body)
        assert line in body or _read(line) in body, line
    elif field == "subhead":
        assert _squash(line.strip("#*_ ")) in _squash(article.body) or "*" in line
    elif field == "title":
        title = _squash(article.title)
        assert title in line or line in title or _words(title) in _words(line)
    else:
        assert field == "meta" and article.meta


_BULLETS = re.escape("".join(sorted(_BULLET_MARKS)))
_MARKS = re.compile(rf"^(?:#{{1,6}}\s+|>\s?|[{_BULLETS}]\s+|\d+[.)]\s+)")
"""What sets a line out without being its text: a heading's hashes, a quote's `>`, and
any mark the splitter reads as a bullet ("+ 0" is a list item "0", its mark kept in meta
`as_written`)."""
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")


def _read(text: str) -> str:
    """A line as read: whitespace folded, and the marks that only set it out (a heading's
    `#`, a quote's `>`, a bullet, the emphasis around it) left off."""
    text = text.strip()
    if text.startswith("#"):
        text = re.sub(r"\s+#+$", "", text)  # a heading's closing hashes
    text = _squash(_MARKS.sub("", text))
    while (match := _EMPHASIS.match(text)) is not None:
        text = match.group(2).strip()
    return text


def _printed(dump_text: str) -> list[str]:
    """Every string `reader articles --json` prints for a dump: titles, bodies, meta (where
    the dump's matter rides); a dump with no article at all has only its matter."""
    dump = split_dump(dump_text, "gen")
    printed = [*dump.front_matter, *dump.back_matter] if not dump.articles else []
    for article in dump.articles:
        printed += [article.title, article.body, *map(str, article.meta.values())]
    return [_read(text) for text in printed] + [_squash(text) for text in printed]


@DECIDERS
@settings(max_examples=150, deadline=None)
@given(st.one_of(_DUMP, DUMP_TEXT))
def test_every_lines_text_is_in_what_is_printed(decider: Decider, text: str) -> None:
    """Never a character lost: each non-blank line's text, as written (only layout marks
    and a soft hyphen at a wrap left off), is in a title, a body or a meta value."""
    if looks_like_jsonl(text.removeprefix("\ufeff")):
        return  # JSON Lines: each object's fields are decoded, not kept as written
    with _deciding(decider):
        printed = _printed(text)
    for raw in raw_lines(text.removeprefix("\ufeff")):
        for part in raw.split("\f"):
            line = _read(part)
            if not any(ch.isalnum() for ch in line):
                continue  # `-----`, `* * *`, `---`: marks that only divide
            assert any(line in found or line.rstrip("-") in found for found in printed), line


@settings(max_examples=100, deadline=None)
@given(st.one_of(_DUMP, DUMP_TEXT))
def test_streamed_articles_are_the_listed_ones(text: str) -> None:
    assert list(iter_articles(text, "gen")) == split_text(text, "gen")


def test_a_last_paragraph_that_is_a_quotation_stays_in_the_body() -> None:
    text = (
        "Council approves new cycle lanes\n\n"
        "The council voted on Tuesday to build four new cycle lanes through the centre.\n\n"
        "“We will not give up on this town.”\n"
    )
    (article,) = split_text(text)
    assert article.body.endswith("“We will not give up on this town.”")


def test_a_quotation_is_not_the_next_articles_title() -> None:
    text = (
        "Council approves new cycle lanes\n\n"
        "The council voted on Tuesday to build four new cycle lanes through the centre.\n\n"
        "“We will not give up on this town.”\n\n\n"
        "Library to stay open on Sundays after a petition\n\n"
        "The library will open on Sundays from next month, the council said on Monday.\n"
    )
    first, second = split_text(text)
    assert first.body.endswith("“We will not give up on this town.”")
    assert second.title == "Library to stay open on Sundays after a petition"


def test_a_headline_over_one_line_of_text_is_an_article() -> None:
    """A line of words in lowercase under a headline is no name of a byline: it is the
    article's text, and the two lines are no dump's matter."""
    dump = split_dump("Council approves new cycle lanes\n\nFiled from the town hall\n")
    (article,) = dump.articles
    assert (article.title, article.body) == (
        "Council approves new cycle lanes",
        "Filed from the town hall",
    )
    assert dump.front_matter == []
    (named,) = split_text("Council approves new cycle lanes\n\nJane van der Berg\n\nText.\n")
    assert named.meta["byline"] == "Jane van der Berg"


def test_lines_before_the_first_article_are_front_matter() -> None:
    text = "Morning Briefing\n\nStorm knocks out power\n\nThousands lost power on Tuesday night.\n"
    dump = split_dump(text)
    assert [a.title for a in dump.articles]
    assert all(r["field"] != "blank" for r in line_records(text) if r["role"] not in ("blank",))


def test_a_dump_file_streams_the_articles_it_loads(tmp_path: Path) -> None:
    dump = tmp_path / "d.txt"
    dump.write_text(
        "Storm knocks out power\n\nThousands lost power on Tuesday night.\n\n-----\n\n"
        "Museum returns looted bronzes\n\nThe museum said it would return them.\n"
    )
    streamed = iter_dump(dump)
    assert next(streamed).title == "Storm knocks out power"
    assert next(streamed).title == "Museum returns looted bronzes"
    assert next(streamed, None) is None
    assert len(load_dump(dump)) == 2


def test_a_line_whose_meta_value_drops_words_is_kept_as_written() -> None:
    text = (
        "Storm knocks out power across the north\n\nUpdated 07 November 2025\n\n"
        "Thousands lost power on Tuesday night after the storm brought down lines.\n"
    )
    (article,) = split_text(text)
    assert article.meta["updated"] == "07 November 2025"
    assert article.meta["as_written"] == "Updated 07 November 2025"


def test_front_matter_is_kept_as_written_and_end_of_document_closes_the_record() -> None:
    front = "---\ntitle: 'It''s here'\nnotes:\nurl: \"https://x.test/a\"\n---"
    text = (
        f"{front}\n\n# It's here\n\nThe council voted on Tuesday to build four new lanes.\n\n"
        "End of Document\n\nLibrary to stay open on Sundays after a petition\n\n"
        "The library will open on Sundays from next month, the council said.\n"
    )
    first, second = split_text(text)
    assert first.meta["front_matter"] == front
    assert "End of Document" in first.meta["chrome"]
    assert "End of Document" not in str(second.meta)


def test_a_record_mark_is_traced_to_the_article_it_opens() -> None:
    text = (
        "1 of 2 DOCUMENTS\n\nCouncil approves new cycle lanes across the town\n\n"
        "The council voted on Tuesday to build four new cycle lanes through the centre.\n\n"
        "2 of 2 DOCUMENTS\n\nLibrary to stay open on Sundays after petition\n\n"
        "The library will open on Sundays from next month, the council said.\n"
    )
    marks = [r for r in line_records(text) if r["role"] == "record"]
    assert [(r["line"], r["article"], r["field"]) for r in marks] == [
        (1, 0, "meta"),
        (7, 1, "meta"),
    ]
    assert [a.meta["record"] for a in split_text(text)] == ["1 of 2 DOCUMENTS", "2 of 2 DOCUMENTS"]


@pytest.mark.parametrize(
    "text",
    [
        "+++\ntitle = 'Le port rouvre'\n[params]\nauthor = 'Jeanne Martin'\n# from the old site\n"
        "+++\n\nLe port a rouvert lundi après trois semaines de travaux.\n",
        "---\ntitle: Council approves budget\nauthor:\ntags:\n  - budget\n---\n\n"
        "The council approved the budget on Tuesday.\n",
    ],
    ids=["toml-table-and-comment", "yaml-empty-key-and-list"],
)
def test_every_line_of_a_front_matter_block_is_its_articles_meta(text: str) -> None:
    """A TOML table's header, a comment, a key with no value and the delimiter closing a
    block after a list are read with the block (the splitter reads it whole): `--lines`
    gives them to the article, never calls them layout marks in no field."""
    block = raw_lines(text)[: raw_lines(text).index("", 1)]
    records = list(line_records(text))[: len(block)]
    assert [(r["article"], r["field"]) for r in records if r["field"] != "title"] == [
        (0, "meta")
    ] * (len(block) - 1)


@pytest.mark.parametrize(
    "text",
    [
        "+++\n\ntitle = 'Le port rouvre'\n+++\n\n"
        "Le port a rouvert lundi après trois semaines de travaux.\n",
        "---\nthe_key_of_a_field_longer_than_any_clipper_writes: v\n---\n\n"
        "The council approved the budget on Tuesday.\n",
    ],
    ids=["toml-over-a-blank-line", "yaml-key-of-forty-letters"],
)
def test_a_block_the_splitter_does_not_read_as_front_matter_has_no_delimiters(text: str) -> None:
    """Shaped like front matter, but not where the splitter looks for it (a `+++` over a
    blank line, a key longer than any it reads): the block's lines are read one by one, so
    `--lines` does not call its `---` or `+++` a delimiter in an article's meta."""
    records = list(line_records(text))
    closing = raw_lines(text).index(raw_lines(text)[0], 1)
    assert all("delimiter" not in r["rule"] for r in records)
    assert [records[0]["field"], records[closing]["field"]] == ["blank", "blank"]
