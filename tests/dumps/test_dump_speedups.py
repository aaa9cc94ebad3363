"""The splitter's shortcuts give what the plain way gives: remembered line facts, chrome
patterns tried on a lowered ASCII line, patterns compiled on first use, quotes folded, the
collector paused while streaming."""

from __future__ import annotations

import gc
import itertools
import re
import unicodedata
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.split_quality import sealed
from reader.dumps import assemble, chrome, credits, lines, measure
from reader.dumps._patterns import LazyPattern
from reader.dumps.lines import Line, logical_lines, normalize_newlines
from reader.dumps.load import iter_articles, read_dump, split_text
from reader.dumps.roles import Classifier, Facts, classify
from tests.dumps.dump_fixtures import DUMPS, every_span


def test_remembered_facts_are_the_facts_of_each_line() -> None:
    text = (DUMPS / "wire.txt").read_text(encoding="utf-8")
    lines = list(logical_lines(text + "\n\n" + text))
    remembered = Classifier()
    for line in lines:
        fact = remembered(line)
        assert fact == classify(line)
        assert fact.line is line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Read more: the full story", True),
        ("READ MORE: THE FULL STORY", True),
        ("Read more: l’histoire", True),
        ("Facebook | Twitter | Email", True),
        ("Facebook · Twitter", True),
        ("news/uk/eu", True),
        ("press@example.org", True),
        ("BC-Britain-Politics", True),
        ("bc-britain-politics", False),
        ("== Background", True),
        ("Vladimir Putin and the IMF clash over trade in Rome", False),
        ("Officials in Seoul said talks would go on | maybe", False),
    ],
)
def test_chrome_patterns_on_ascii_and_other_lines(line: str, expected: bool) -> None:
    assert chrome.is_chrome(line) is expected
    shaped = chrome._SHORT_CHROME.match(line) or chrome.is_share_bar(line)
    assert bool(shaped or chrome._is_chrome_word(line)) is expected


def test_heading_and_front_matter_lines_are_not_remembered_as_plain() -> None:
    remembered = Classifier()
    plain = remembered(Line("Related topics"))
    heading = remembered(Line("Related topics", heading=2))
    assert plain == classify(Line("Related topics"))
    assert heading == classify(Line("Related topics", heading=2))


def test_a_lazy_pattern_answers_as_the_compiled_one_and_compiles_once() -> None:
    lazy = LazyPattern(r"(?P<word>[a-z]+)\s*:", re.IGNORECASE)
    first = lazy.match
    assert lazy.match("Source: AP").group("word") == "Source"
    assert lazy.match is not first  # the compiled pattern's method took its place
    compiled = re.compile(r"(?P<word>[a-z]+)\s*:", re.IGNORECASE)
    for text in ("", "x", "Photo: a", "a:b:c", "É: x"):
        assert bool(lazy.match(text)) == bool(compiled.match(text))
        assert lazy.findall(text) == compiled.findall(text)
        assert lazy.sub("-", text) == compiled.sub("-", text)


_QUOTES = {"‘": "'", "’": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"'}


@pytest.mark.parametrize(
    "line",
    ["“Quoted” ‘words’ «here» „and” `there´", "Plain ASCII `tick`", "Ünïcode — “mixed” ’’"],
)
def test_a_line_key_folds_quotes_as_a_translation_table_would(line: str) -> None:
    folded = unicodedata.normalize("NFKC", line).casefold().translate(str.maketrans(_QUOTES))
    assert chrome.line_key(line) == " ".join(folded.split()).strip(" #*_")


@pytest.mark.parametrize("collecting", [True, False])
def test_streamed_articles_leave_the_collector_as_the_caller_has_it(collecting: bool) -> None:
    text = (DUMPS / "wire.txt").read_text(encoding="utf-8")
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        states, articles = [], []
        for article in iter_articles(text):
            states.append(gc.isenabled())
            articles.append(article)
        assert states == [collecting] * len(articles) and gc.isenabled() == collecting
        assert articles == split_text(text)
    finally:
        (gc.enable if was else gc.disable)()


@given(st.text(alphabet=st.sampled_from("a \n\r\u2028\u2029\x85\f"), max_size=40))
def test_line_breaks_become_newlines_as_when_each_was_replaced_in_turn(text: str) -> None:
    """Breaks are looked for before they are replaced: the same text as replacing them all."""
    replaced = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    assert normalize_newlines(text) == replaced.replace("\u2029", "\n\n").replace("\x85", "\n")


def test_remembered_label_answers_are_the_rules_answers_on_every_open_fixture() -> None:
    """What `assemble` remembers of a short line (whether it labels the next as a caption or
    a credit) is what the rules say of its text alone, met first or again."""
    paths = [p for p in DUMPS.rglob("*") if p.suffix in (".txt", ".md") and not sealed(p)]
    texts = {
        line.text
        for path in paths
        for line in logical_lines(read_dump(path)[0])
        if len(line.text) <= assemble._LABEL_MAX
    }
    assemble._pending_after.cache_clear()
    first = {text: assemble._pending_after(text) for text in sorted(texts)}
    again = {text: assemble._pending_after(text) for text in sorted(texts, reverse=True)}
    rules = {text: assemble._pending_after.__wrapped__(text) for text in texts}
    assert first == again == rules and set(rules.values()) >= {"", "caption", "credit"}


@given(st.text(alphabet=st.sampled_from("aAdDeEiInN17-=*#§— \t\n"), max_size=60))
def test_lines_read_alike_whether_their_heads_were_met_before(text: str) -> None:
    """A line's head kept as one no separator opens with (`lines._PLAIN_HEADS`) reads as
    it did when it was first met."""
    lines._PLAIN_HEADS.clear()
    first = list(logical_lines(text))
    assert list(logical_lines(text)) == first
    for head in lines._PLAIN_HEADS:
        first_mark = head[:1]
        assert first_mark not in lines._SEPARATOR_HEADS and not first_mark.isdigit()
        assert head.lower() not in chrome.RECORD_STARTS


_INNER_BREAK_LETTERS_FIRST = re.compile(
    r"(?:[?!]|(?<=[^\W\d_]{3})\.)[\"'”’»)]?\s+[\"'“‘«(¿¡]?[^\W\d_]"
)
"""`measure.INNER_BREAK` as written before it opened each branch with its mark."""


_AROUND_A_STOP = (
    ("", " ", "1", "_", "a"),
    ("", "a", "ab", "abc", "abcd", "a1c", "Zé", "Яbc", "U.S"),
    ("", ".", "?", "!", ","),
    ("", '"', "”", ")"),
    ("", " ", "\t", "\xa0", "  "),
    ("", "“", "(", "¿"),
    ("", "a", "É", "1", "_"),
)
"""What may stand around a stop, piece by piece: a word of every length around three
letters (after a letter, a digit or nothing), the marks, closers, spaces and openers the
test reads, and what opens the next sentence."""


def test_a_sentence_inside_a_line_is_found_as_with_the_letters_looked_for_first() -> None:
    """The two-sentence test finds the same break where its period's letters are looked
    behind for after the period as where they were looked for before it, on every line
    made of those pieces, twice over."""
    for pieces in itertools.product(*_AROUND_A_STOP):
        text = "".join(pieces)
        for line in (text, text + text):
            found = measure.INNER_BREAK.search(line)
            before = _INNER_BREAK_LETTERS_FIRST.search(line)
            assert (found and found.span()) == (before and before.span()), line


_SIGN_OFF_WORDS = ("a", "by", "İl", "**", "*", "_", "__x__", "*b*", "źródło:", "、")
_SIGN_OFF_SPACES = (" ", "  ", "\t", "\u3000", "\n")


@given(
    st.lists(st.sampled_from(_SIGN_OFF_WORDS), min_size=20, max_size=32),
    st.lists(st.sampled_from(_SIGN_OFF_SPACES), min_size=32, max_size=32),
    st.sampled_from(("", "*", "**", "_", " ")),
)
def test_a_paragraph_too_long_to_sign_off_is_told_before_its_copy_is_made(
    words: list[str], spaces: list[str], emphasis: str
) -> None:
    """`credits.signs_off` counts a line's spaced words before it lowers the line and takes
    off its emphasis: a line with too many is as long in the copy the rule reads."""
    line = emphasis + "".join(w + s for w, s in zip(words, spaces, strict=False)) + emphasis
    copy = chrome.strip_emphasis(line.strip()).lower()
    most = credits._SIGN_OFF_MAX_WORDS
    if len(line.split(None, most)) > most:
        assert measure.word_count(copy, most) > most
        assert not credits.signs_off(line)


def _rule_over_field_line_by_line(text: str) -> bool:
    """`lines._has_front_matter` as it read the text before its patterns: each line opening
    with `---` found with `str.find`, the line under it cut to 39 characters and matched."""

    def next_rule(after: int) -> int | None:
        found = text.find("\n---", after)
        return None if found == -1 else found + 1

    line_start = 0 if text.startswith("---") else next_rule(0)
    while line_start is not None:
        line_end = text.find("\n", line_start)
        if line_end == -1:
            return False
        following = text[line_end + 1 : line_end + 40].split("\n", 1)[0]
        if lines._FIELD_LINE.match(following):
            return True
        line_start = next_rule(line_end)
    return False


_FRONT_MATTER_PIECES = ("-", "---", "\n", "a", ":", "_", " ", "é", "1", "\t", "x" * 36, "title:")


@given(st.lists(st.sampled_from(_FRONT_MATTER_PIECES), max_size=24).map("".join))
def test_front_matter_is_looked_for_as_when_each_rule_line_was_tried(text: str) -> None:
    """The two patterns find a `---` line over a `key:` line where the line-by-line scan did,
    the key's colon as far into its line as the scan read (39 characters)."""
    assert lines._has_front_matter(text) is _rule_over_field_line_by_line(text)


@pytest.mark.parametrize("key", [36, 37, 38, 39])
def test_a_key_s_colon_is_read_as_far_as_the_scan_read(key: int) -> None:
    for text in (f"---\n{'k' * key}: v", f"text\n--- x\n{'k' * key}:"):
        assert lines._has_front_matter(text) is _rule_over_field_line_by_line(text) is (key < 39)


def test_lines_with_no_photo_among_them_are_asked_no_photo_rule() -> None:
    """`assemble._unlabelled` asks its three photo rules of no line when `_pictured` finds no
    photo's line among them: on every article of the open fixtures and generated dumps, each
    rule says no to every line of those, and some of the others' lines are taken."""
    taken = 0
    for span in every_span():
        asked = [
            assemble._above_credit(span, i)
            or assemble._image_alt(span, i)
            or (i > 0 and assemble._under_image(span[i - 1], span[i]))
            for i in range(len(span))
        ]
        assert assemble._pictured(span) or not any(asked), span[0].line.text
        taken += sum(asked)
    assert taken > 20


@given(st.text(alphabet=st.sampled_from("# \t\u2003ab=-*"), max_size=12))
def test_a_heading_holds_its_mark_as_the_wrapped_line_test_takes_it(text: str) -> None:
    """`lines._continues` asks whether the line above is a heading only if it holds a `#`."""
    assert chrome.markdown_heading(text) is None or "#" in text


def test_an_article_with_no_photo_line_is_looked_over_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`_pictured` reads an article's lines once when none is a photo's: its body, part of
    them, holds none either; with one, the body is asked again (its own lines decide)."""
    seen: list[int] = []
    pictured = assemble._pictured

    def counted(facts: Sequence[Facts]) -> bool:
        seen.append(len(facts))
        return pictured(facts)

    monkeypatch.setattr(assemble, "_pictured", counted)
    plain = "A headline\n\nThe first paragraph of the story.\n\nThe second one."
    split_text(plain)
    assert len(seen) == 1
    seen.clear()
    split_text("A headline\n\n![A photo](https://example.org/a.jpg)\n\nThe paragraph.")
    assert len(seen) == 2 and seen[1] < seen[0]
