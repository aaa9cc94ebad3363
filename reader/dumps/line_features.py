"""What the role rules ask of a line before they try a pattern, found cheaply.

Most lines a dump holds are running text or titles, and the role chain
(`reader.dumps.roles`) asks a dozen rules of each; nearly all say no, and saying no is
where the chain's time goes. The regex engine pays some ninety instructions a character
to scan a line for a class (`\\d`) and find nothing; the string methods find one character
with `memchr`. The facts here give the patterns' own answers, by string methods where they
can: a test holds each to its pattern on every line of the real and generated dumps and on
any text.
"""

from __future__ import annotations

from reader.dumps._patterns import lazy

_ANY_DIGIT = lazy(r"\d")


def has_digit(text: str) -> bool:
    """Whether `text` holds a decimal digit of any script, as `\\d` finds one. An ASCII
    text can hold only 0-9, each looked for by the string search (a tenth of the regex
    scan's cost on a title); others are searched with the pattern."""
    if text.isascii():
        return (
            "0" in text
            or "1" in text
            or "2" in text
            or "3" in text
            or "4" in text
            or "5" in text
            or "6" in text
            or "7" in text
            or "8" in text
            or "9" in text
        )
    return _ANY_DIGIT.search(text) is not None
