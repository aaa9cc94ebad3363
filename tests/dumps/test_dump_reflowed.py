"""Hard-wrapped paragraphs stay whole (issue 13): a line a mail client's re-flow made longer,
and the words it left on a short line under it, are read as wrapped text at the width the
dump's other wrapped lines show, not as a paragraph a line; Factiva's paragraphs under their
codes are rejoined as other wrapped text is."""

from __future__ import annotations

import textwrap

from reader.dumps import split_text
from reader.dumps.lines import block_width, wrapped_width

_FIRST = (
    "The city council voted on Tuesday to extend the night bus network to the northern "
    "suburbs, after a year of petitions from residents who work late shifts in the hospitals "
    "and warehouses along the ring road and who have no other way home."
)
_SECOND = (
    "The new lines will run every twenty minutes between midnight and five in the morning, "
    "and the council expects the first buses to leave the central station in early spring, "
    "once the drivers have been hired and trained for the routes."
)
_THIRD = (
    "Residents who had campaigned for the change said they were relieved, but several asked "
    "why the southern districts, where many of the same workers live, were left out of the "
    "plan for another year at least."
)


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, width=72)


def _dump(second: list[str]) -> str:
    paragraphs = ["\n".join(_wrapped(_FIRST)), "\n".join(second), "\n".join(_wrapped(_THIRD))]
    return "Night buses to reach the northern suburbs\n\n" + "\n\n".join(paragraphs) + "\n"


def _paragraphs(text: str) -> list[str]:
    (article,) = split_text(text, "digest.txt")
    return [" ".join(article.paragraph_text(p).split()) for p in article.paragraphs]


def test_a_line_reflowed_past_the_width_keeps_its_paragraph_whole() -> None:
    lines = _wrapped(_SECOND)
    reflowed = [lines[0] + " " + lines[1], *lines[2:]]
    assert len(reflowed[0]) > 100
    assert _paragraphs(_dump(reflowed)) == [_FIRST, _SECOND, _THIRD]


def test_the_words_a_reflow_left_under_a_long_line_carry_on_into_a_capital() -> None:
    lines = [
        "The new lines will run every twenty minutes between midnight and five,",
        "and the council expects the first buses to leave the central station of",
        "Leeds in early spring, once the drivers have been hired and trained for",
        "the routes.",
    ]
    words = lines[1].split()
    reflowed = [lines[0] + " " + " ".join(words[:-1]), words[-1], *lines[2:]]
    assert reflowed[1] == "of" and len(reflowed[0]) > 100
    assert _paragraphs(_dump(reflowed)) == [_FIRST, " ".join(lines), _THIRD]


def test_factiva_paragraphs_under_their_code_are_rejoined() -> None:
    fields = "HD\nNight buses to reach the northern suburbs\nWC\n212 words\nPD\n7 July 2012\nLP"
    body = "\n".join([*_wrapped(_FIRST), "TD", *_wrapped(_SECOND)])
    lines = [*fields.split("\n"), *body.split("\n"), "AN", "Document WN0020120707e8770001"]
    (article,) = split_text("\n".join(lines) + "\n", "factiva.txt")
    paragraphs = [" ".join(article.paragraph_text(p).split()) for p in article.paragraphs]
    assert paragraphs == [_FIRST, _SECOND]


def test_the_dumps_wrap_width_is_what_its_wrapped_lines_reach() -> None:
    lines = _dump(_wrapped(_SECOND)).split("\n")
    assert 68 <= wrapped_width(lines) <= 72
    unwrapped = [_FIRST, "", _SECOND, "", _THIRD]
    assert wrapped_width(unwrapped) == 0


def test_a_blocks_width_leaves_out_a_reflowed_line_only_where_the_dump_has_one() -> None:
    lengths = [70, 140, 68, 71, 30]
    assert block_width(lengths, lambda: 72) == 72
    assert block_width(lengths, lambda: 0) == 140
    assert block_width([70, 69, 71, 30], lambda: 0) == 71
    assert block_width([70, 140, 150, 68, 71], lambda: 72) == 150  # two in five: not a re-flow
