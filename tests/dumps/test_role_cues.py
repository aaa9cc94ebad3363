"""The role chain's gate (`roles._CHAIN`, built from the cues each rule declares beside it,
`reader.dumps.cues`) never answers for a rule: where it says no rule could claim a line,
the chain itself (`roles._chain`) says "text", on every line of the open halves, the
generated dumps and a bench dump, and on any text made of the rules' own cue words,
marks, dress and odd letters. A cue missing or too narrow fails here, with the line."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.dumps import credits, roles
from reader.dumps.cues import FOLDS_ODDLY, SPACES, Cues, Gate, fewest_words, unnamed
from tests.dumps.test_line_features import every_line

_PROSE = (
    "The minister said on Tuesday that the talks would go on for a third week, and that "
    "neither side expected a deal before the summer recess began in earnest. "
)
_FRAGMENTS = (
    "By ",
    "by ",
    "par ",
    "di ",
    "Written by ",
    "Written by                              ",
    "B**y ",
    "**",
    "*",
    "_",
    "__",
    "Reuters/",
    "(AFP)",
    "(Reuters)",
    "(dpa/AFP)",
    "Photo: ",
    "Photo, ",
    "Photograph: ",
    "Credit: ",
    "Foto: ",
    "Bild von ",
    "Pictured, ",
    "[1/2] ",
    "Image caption:",
    "Image caption",
    "Screenshot",
    "Source: ",
    "Fonte: ",
    "Quelle:",
    "— ",
    "– ",
    "-- ",
    "--ABC",
    "Reporting by ",
    "Additional reporting",
    "(additional reporting",
    "contributed to this report",
    "contributed ",
    "reported from",
    "Jane Doe reported from ",
    "Jane Doe contributed to this report",
    "with assistance from",
    "Zusammengestellt von ",
    "Édité par ",
    "https://x.org/a",
    "http://x.org",
    "<https://x.org>",
    "\t",
    "·",
    "|",
    " | ",
    "•",
    "/",
    "@",
    "a@b.org",
    "a.b@c.org",
    "Copyright",
    "©",
    "(c)",
    "![a](b)",
    "[a](b)",
    "BC-Politics",
    "APNewsAlert-",
    "HD  ",
    "LP\t",
    "BY\t",
    "Byline:",
    "Author :",
    "Length: ",
    "Sectie:",
    "Mit Material von ",
    "The author is ",
    "Die Autorin ist ",
    "İ",
    "ı",
    "ſ",
    "ß",
    "ẞ",
    "ﬁ",
    "ﬀ",
    "K",
    "[",
    "]",
    "(",
    ")",
    ">",
    ".",
    ":",
    "!",
    " ",
    "  ",
    "\u2003",
    "opens new tab",
    ", opens new tab",
    "purchase licensing rights",
    "CC BY 4.0",
    "CC-BY-SA 3.0",
    "Read more:",
    "Follow us on Twitter",
    "Subscribe to",
    "12 Main Street",
    "Sign up to",
    "(Updates with",
    "This article was originally published",
    "Correction:",
    "estagiário sob supervisão de ",
    "Redazione",
    "Staff",
    "12",
    "2024",
    "٣",
    "Ö",
    "é",
    "Updated 3 hours ago",
    "Published: 12 March 2025",
    "12 March 2025",
    "4 juillet 2012",
    "am 3. März 2012 um 10:04",
    "2024年6月20日",
    "Getty Images",
    "Image source, Reuters",
    "Credit...Jane Doe",
    "Photograph: Jane Doe/Reuters",
    "From: Jane <a@b.org>",
    "Par la rédaction",
    "La rédaction",
    "Redazione ANSA",
    "Le Quotidien avec AFP",
    "Share",
    "Advertisement",
    "Facebook Twitter",
    "Partager : Facebook",
    "3 min de lecture",
    "847 vues",
    "Home / Mondo / Europa",
    "Accueil › Monde",
    "👁 418 keer gelezen",
    "🔊 Listen",
    "HIGHLIGHTS",
    "Key points:",
    "Related topics",
    "More from ",
    "more news from ",
    "Lire aussi : ",
    "— WORLD —",
    "▶ ",
    "━━ ",
    " ━━",
    " | ",
    "·",
    "*",
    "Zuletzt aktualisiert: 01.07.2015",
    "Publié le 27 août 2012 à 7:39",
    "Jane Doe",
)


def _text() -> st.SearchStrategy[str]:
    """Lines made of the rules' cue words, marks and dress at their start and end, in any
    case, around running text of any length (most over the chain's label length)."""
    fragment = st.sampled_from(_FRAGMENTS)
    pieces = st.lists(fragment | st.text(max_size=8), max_size=4).map("".join)
    cased = st.sampled_from((str, str.upper, str.lower, str.title))
    line = st.builds(
        lambda head, more, length, tail, case: case(
            head + more + (_PROSE * 3)[:length] + tail
        ).strip(),
        fragment,
        pieces,
        st.integers(0, 330),
        pieces | fragment,
        cased,
    )
    return line | st.text()


def _agrees(text: str) -> None:
    if not roles._CHAIN.may_claim(text):
        assert roles._chain(text) == ("text", ()), text


def test_the_gate_never_answers_for_a_rule_on_every_line() -> None:
    long_lines = 0
    for text in every_line():
        if text:
            _agrees(text)
            long_lines += len(text) > roles._LABEL_LINE
    assert long_lines > 5_000


_TAIL = (
    "neither side expected a deal before the summer recess began in earnest, officials in both"
    " capitals said"
)
_CLAIMED_LONG_LINES = (
    "Reporting by Jane Doe in London and John Roe in Paris; " + _TAIL,
    "— Zusammengestellt von der Redaktion aus Berichten der Agenturen, " + _TAIL,
    "Jane Doe, Richard Roe and Ann Smith in Kabul and Islamabad reported from the border, " + _TAIL,
    "Jane Doe, Richard Roe, Ann Smith, Bob Brown and Carol White in Kabul and Delhi,"
    " contributed to this report with notes from the border crossings to the north",
    "Written by" + " " * 80 + "Jane Doe and John Roe of the Foreign Desk in London and Paris",
    "B**y" + " " * 80 + "Jane Doe and John Roe of the Foreign Desk in London and Paris",
    "Pictured, the minister at the talks in Brussels on Tuesday, where " + _TAIL,
    "The minister at the talks in Brussels on Tuesday, where " + _TAIL + " Photo: Jane Doe",
    "The minister at the talks in Brussels on Tuesday, where " + _TAIL + " (Reuters)",
    "The minister at the talks in Brussels on Tuesday, where " + _TAIL + " | Reuters",
    "Read more: the minister at the talks in Brussels on Tuesday, where " + _TAIL,
    "Copyright 2024 The Daily Paper. The minister said " + _TAIL,
    "The minister at the talks in Brussels on Tuesday, where " + _TAIL + ", opens new tab",
    "This article was originally published by The Conversation. " + _TAIL,
    "Die Autorin ist freie Journalistin in Berlin und schreibt seit Jahren, " + _TAIL,
    "Byline: Jane Doe and John Roe of the Foreign Desk in London and Paris, " + _TAIL,
    "HD  The minister said on Tuesday that the talks would go on, and " + _TAIL,
    "Results Found\t4 of the minister's talks in Brussels on Tuesday, and " + _TAIL,
    "Read more: https://example.org/" + "a" * 140,
)
"""Lines over the label length that a rule claims, one or more for each rule's cues."""


_CLAIMED_SHORT_LINES = (
    "HIGHLIGHTS",
    "Key takeaways:",
    "Related topics",
    "Most read",
    "More from Global Voices:",
    "Weitere Artikel aus Berlin",
    "▶ CULTURE",
    "— NAHER OSTEN —",
    "ÁFRICA | MOÇAMBIQUE",
    "━━ ÁFRICA ━━",
    "WORLD ■",
    "*WORLD*",
    "[WORLD]",
    "EUROPE / FRANCE",
)
"""Short lines the rules the gate once sent every short line to claim: the highlights
and related headers and the section labels, each by its cues."""


@pytest.mark.parametrize("text", _CLAIMED_SHORT_LINES)
def test_the_gate_lets_each_label_rule_s_lines_through(text: str) -> None:
    assert roles._CHAIN.may_claim(text)
    assert roles._short_role(text) == roles._chain(text) != ("text", ())


@pytest.mark.parametrize("text", _CLAIMED_LONG_LINES)
def test_the_gate_lets_each_rule_s_long_lines_through(text: str) -> None:
    assert len(text) > roles._LABEL_LINE
    assert roles._CHAIN.may_claim(text)
    assert roles._short_role(text) == roles._chain(text)


def test_the_gate_answers_for_most_long_lines() -> None:
    long_lines = [text for text in every_line() if len(text) > roles._LABEL_LINE]
    answered = sum(1 for text in long_lines if not roles._CHAIN.may_claim(text))
    assert answered > 0.7 * len(long_lines)


@settings(max_examples=1000)
@given(_text())
def test_the_gate_never_answers_for_a_rule_on_cue_words_and_marks(text: str) -> None:
    if text:
        _agrees(text)


def _cue_letters() -> set[str]:
    """Every letter the gate's heads and words hold."""
    texts = []
    for cues in roles._CHAIN._cues:
        texts.append(re.sub(r"\\.", "", cues.head))
        texts.extend(cues.words)
    return {char for text in texts for char in text if char.isalpha()}


def test_folds_oddly_holds_every_letter_lowering_misreads() -> None:
    letters = _cue_letters()
    missed = []
    for point in range(0x80, sys.maxunicode + 1):
        char = chr(point)
        if 0xD800 <= point < 0xE000 or char in FOLDS_ODDLY:
            continue
        lowered, folded = char.lower(), char.casefold()
        if folded != lowered and set(folded) & letters:
            missed.append(char)  # a casefolded test finds what the lowered line lacks
    ignoring = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    everything = "".join(
        chr(p) for p in range(0x80, sys.maxunicode + 1) if not 0xD800 <= p < 0xE000
    )
    for found in ignoring.finditer(everything):
        char = found.group()
        if char in FOLDS_ODDLY:
            continue
        read_as = {a for a in letters if re.fullmatch(re.escape(a), char, re.IGNORECASE)}
        if read_as - {char.lower()}:
            missed.append(char)  # a pattern ignoring case reads it as another letter
    assert missed == []


def test_heads_are_written_in_lower_case() -> None:
    for cues in roles._CHAIN._cues:
        unescaped = re.sub(r"\\.", "", cues.head)
        assert unescaped == unescaped.lower(), cues.head
        assert all(word == word.lower() for word in cues.words)
        re.compile(cues.head)


def test_a_rule_with_no_cue_sends_every_line_it_may_claim_through() -> None:
    gate = Gate((Cues(words=("report",)), Cues(longest=50)))
    assert gate.may_claim("x" * 50)
    assert not gate.may_claim("x" * 51)
    assert gate.may_claim("x" * 51 + " report")
    assert Gate((Cues(),)).may_claim("x" * 500)


def test_each_kind_of_cue_is_read() -> None:
    gate = Gate(
        (
            Cues(head=r"by\s"),
            Cues(words=("photo",)),
            Cues(marks="|"),
            Cues(ends=")"),
            Cues(head="[a-z]", longest=5),
        )
    )
    text = "Plain words with nothing in them at all, long enough"
    assert not gate.may_claim(text)
    assert gate.may_claim("BY " + text)  # the head is read in the line lowered
    assert gate.may_claim(text + " PHOTO")
    assert gate.may_claim(text + " | more")
    assert gate.may_claim(text + " (AFP).**")  # emphasis and the stop taken off
    assert gate.may_claim(" " + text)  # spacing at either end: the rules strip it
    assert gate.may_claim(text + "\t")
    assert gate.may_claim(text.replace("nothing", "nothİng"))  # an odd letter
    assert gate.may_claim("abc")  # short enough for the head of a short rule
    assert not gate.may_claim("123456")


def test_fewest_words_drops_what_another_cue_implies() -> None:
    assert fewest_words(["report", "reported from", "://", "credit"], "/") == ("credit", "report")


def test_spaces_are_every_space_str_knows() -> None:
    spaces = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
    assert spaces == SPACES


def test_an_icon_is_neither_a_word_nor_a_space() -> None:
    icon = re.compile(r"[^\w\s]")
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        if unicodedata.category(char)[0] == "S":
            assert icon.match(char), hex(point)


def test_whole_lines_digits_and_caps_are_read() -> None:
    gate = Gate(
        (
            Cues(lines=frozenset({"share", "read more"})),
            Cues(digit=True, longest=20),
            Cues(head="x", longest=100).capped(10),
        )
    )
    assert gate.may_claim("Share")
    assert gate.may_claim("READ MORE :\u2003!")
    assert not gate.may_claim("Share this story now")
    assert gate.may_claim("Since 2024")
    assert gate.may_claim("Since ٣")  # a digit of any script
    assert not gate.may_claim("Since 2024, and later on")
    assert gate.may_claim("xylophone")
    assert not gate.may_claim("xylophones!")


def test_unnamed_groups_match_as_named_ones_did() -> None:
    named = r"^(?P<kind>updated|published)\s+(?P<value>.+)$"
    assert unnamed(named) == r"^(?:updated|published)\s+(?:.+)$"
    assert re.match(unnamed(named), "updated today")


_RULES_ASKED = {
    roles._chain: {
        "_URL", "_tabbed_label", "_composite_role", "_label_role", "_nav_link", "linked_label",
        "byline", "caption_text", "field", "is_agency_line", "is_caption", "is_chrome",
        "is_credit_line", "is_credits", "is_photo_credit", "is_source_note", "mail_field",
        "marked_date_line", "opens_caption", "source_date", "worded_date_line",
    },
    roles._label_role: {
        "is_highlights_header", "is_related_header", "is_related_teaser", "local_timestamp",
        "section_label", "timestamps",
    },
}  # fmt: skip
"""The rules the chain asks, as its code names them: each has its cues in `roles._CHAIN`."""
_NOT_RULES = {"LINK_ENDS", "_LABEL_LINE", "chrome", "credits", "group", "join", "len", "lower"}
_NOT_RULES |= {"match", "split", "strip", "tuple"}


def test_every_rule_the_chain_asks_has_declared_its_cues() -> None:
    for chain, rules in _RULES_ASKED.items():
        named = set(chain.__code__.co_names) - _NOT_RULES
        assert named == rules, (
            f"{chain.__name__} asks {sorted(named - rules)} and no longer {sorted(rules - named)}:"
            " declare each new rule's cues in roles._CHAIN (Cues() if it has none), then here"
        )


_DATED_SENTENCES = (
    "In November 2020, Javier Milei visited Canberra. The military cooperation drew criticism"
    " from NATO, which argued it was rushed.",
    "According to NATO, about 4872 people attended the talks in Cairo. “We will not accept"
    " this,” Benjamin Netanyahu said on Saturday.",
    "The council met on Monday and voted 12 to 3 for the new plan for the harbour's north side,"
    " which the mayor called a good day.",
)
"""Lines of running text with a figure in them, too long for a source's date line or a local
stamp (`credits.SOURCE_DATE_CUES`, `LOCAL_TIMESTAMP_CUES`), which no rule claims: the
generated dump's paragraphs of two short sentences."""


@pytest.mark.parametrize("text", _DATED_SENTENCES)
def test_the_gate_answers_for_short_sentences_with_a_figure(text: str) -> None:
    assert credits._LOCAL_STAMP_MAX + credits.EMPHASIS_MAX < len(text) <= roles._LABEL_LINE
    assert not roles._CHAIN.may_claim(text)
    assert roles._chain(text) == ("text", ())


_DATES = (
    "12 March 2025",
    "Tuesday, 12 March 2025",
    "tue 12th mar 2025 at 10:04 am",
    "March 12, 2025",
    "SEPT. 3, 2024 10:04 CET",
    "2024-03-12T10:04:00Z",
    "3/12/2025",
    "3 hours ago",
    "12 March 2025 Updated 3 hours ago",
    "March 12, 2025 modified 14:02",
    "Updated: 12 March 2025",
)
"""Bare dates, dates with their update glued on, and a labelled stamp: `timestamps`' lines."""


@pytest.mark.parametrize("text", _DATES)
def test_the_gate_lets_every_kind_of_timestamp_through(text: str) -> None:
    assert credits.timestamps(text)
    assert roles._CHAIN.may_claim(text)
    assert roles._short_role(text)[0] == "updated"


_DATE_OPENING = re.compile(credits._DATE_OPENING)
_DATE_PIECES = (
    *("Tue", "tuesday", ",", ".", " ", "  ", "12", "3", "th", "March", "sept", "2024", "-"),
    *("T", ":", "/", "am", "CET", "+02", "hours", "ago", "updated", "x"),
)


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(_DATE_PIECES),
        max_size=12,
    ).map("".join)
)
def test_every_date_opens_as_the_timestamp_cue_reads(text: str) -> None:
    """`_DATE_ONLY` (on the whole line, or on a glued update's date) opens with the cue."""
    if credits._DATE_ONLY.match(text) or credits._GLUED_UPDATED.match(text):
        date = credits._GLUED_UPDATED.match(text)
        for opened in (text, date.group("date") if date else text):
            if credits._DATE_ONLY.match(opened):
                assert _DATE_OPENING.match(opened.lower()), opened
