"""Where a newsletter footer's words first stand in a dump's last article
(`load._unsubscribe_line`), read from the article's last statement down, is where reading
every line from the tail on found them: on every article of every open fixture dump (the
real halves among them) and generated dump, and from any tail on any run of statements,
footer lines, statements naming a footer's words and short lines."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from reader.dumps.footer_words import unsubscribes
from reader.dumps.lines import Line
from reader.dumps.load import _FOOTER_WORDS, _statement, _unsubscribe_line
from reader.dumps.roles import Facts, classify
from tests.dumps.dump_fixtures import every_span


def _from_the_top(lines: Sequence[Facts], tail: int) -> int | None:
    """The first line from `tail` holding the words, None if a statement follows it."""
    first = next((at for at in range(tail, len(lines)) if unsubscribes(lines[at].line.text)), None)
    if first is None or any(map(_statement, lines[first + 1 :])):
        return None
    return first


def _tail(lines: Sequence[Facts]) -> int:
    """Where `load._footer_start` reads from: the last run of short lines."""
    tail = len(lines)
    while tail > 1 and lines[tail - 1].words <= _FOOTER_WORDS:
        tail -= 1
    return tail


def test_read_from_the_end_on_every_article() -> None:
    found = 0
    for span in every_span():
        expected = _from_the_top(span, _tail(span))
        assert _unsubscribe_line(span, _tail(span)) == expected
        found += expected is not None
    assert found > 10


_POOL = tuple(
    classify(Line(text))
    for text in (
        "The council approved the budget on Tuesday.",
        "Readers can unsubscribe from the list at any time, the company said.",
        "Unsubscribe from this list",
        "Click here to unsubscribe.",
        "You are receiving this because you signed up.",
        "Se désinscrire",
        "Abmelden",
        "Share",
        "Thanks for reading!",
        "© 2024 The Desk",
        "Read more: https://example.org/story",
        "Our mailing address is:",
        "Why did the minister resign?",
        "",
    )
)


@given(st.lists(st.sampled_from(_POOL), max_size=12), st.integers(0, 13))
def test_read_from_the_end_on_any_run_of_lines(lines: list[Facts], tail: int) -> None:
    tail = min(tail, len(lines))
    assert _unsubscribe_line(lines, tail) == _from_the_top(lines, tail)
