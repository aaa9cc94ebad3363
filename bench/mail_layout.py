"""How text sent by mail is hard-wrapped, for the halves built of mailed plain text (fresh36 to
fresh38): a paragraph broken at a width between 60 and 80 columns, as a mail client or a list
archive sends it, and broken again by a client with a narrower width that does not join the
lines it breaks (the long-and-short "comb" of a re-wrapped quote), a paragraph some client
re-flowed into one long line among wrapped ones, and a reply's `> ` quoting. Each is a
`wrapper` for bench/page_layout.Body: a paragraph in, its lines out, so that joining the lines
with a space (and taking the quote marks off) gives the paragraph back.
"""

from __future__ import annotations

import re
import textwrap
import zlib
from collections.abc import Callable, Mapping, Sequence

from bench.fresh_dumps import Text

Wrapper = Callable[[str], list[str]]
_MARKED = re.compile(r"^(?:#{1,6}\s|>|[-*•]\s)")
"""A line opening as Markdown or a quote does (`# `, `>`, `- `), which a reader (and the gold's
scorer) takes for markup rather than words: no wrapped line may open so."""


def wrapped(width: int) -> Wrapper:
    """Lines of at most `width` columns, broken at spaces only (never inside a word, an
    address or at a hyphen), as a mail client sends a paragraph; a line that would open on
    `_MARKED` takes the word before it down with it."""

    def wrap(paragraph: str) -> list[str]:
        lines = textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)
        for number in range(1, len(lines)):
            if _MARKED.match(lines[number]):
                head, _, word = lines[number - 1].rpartition(" ")
                lines[number - 1 : number + 1] = [head, f"{word} {lines[number]}"]
        return [line for line in lines if line]

    return wrap


def combed(width: int, narrower: int) -> Wrapper:
    """Lines wrapped at `width` and then each broken again at `narrower` without being
    joined: a long line, a short one, a long one, as a second client's re-wrap leaves them."""
    first, second = wrapped(width), wrapped(narrower)

    def wrap(paragraph: str) -> list[str]:
        return [piece for line in first(paragraph) for piece in second(line)]

    return wrap


def reflowed(width: int, share: int) -> Wrapper:
    """Lines wrapped at `width`, save about one paragraph in `share` that a client re-flowed
    into one long line (which ones is fixed by the paragraph's checksum, so a dump is the same
    on every build)."""
    wrap = wrapped(width)

    def flow(paragraph: str) -> list[str]:
        if zlib.crc32(paragraph.encode("utf-8")) % share == 0:
            return [paragraph]
        return wrap(paragraph)

    return flow


def quoted(wrapper: Wrapper, mark: str = "> ") -> Wrapper:
    """The lines `wrapper` gives, each under a reply's quote `mark`."""

    def quote(paragraph: str) -> list[str]:
        return [mark + line for line in wrapper(paragraph)]

    return quote


def flowed(width: int) -> Wrapper:
    """Lines wrapped at `width` as a client sending `format=flowed` (RFC 3676) writes them:
    every line but a paragraph's last ends in a space, the mark of a soft break."""
    wrap = wrapped(width)

    def flow(paragraph: str) -> list[str]:
        lines = wrap(paragraph)
        return [line + " " for line in lines[:-1]] + lines[-1:]

    return flow


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=\S)")


def sentence_lines(paragraph: str) -> list[str]:
    """A paragraph with a line per sentence, as a writer keeps Markdown source under
    version control (semantic line breaks); a line that would open on `_MARKED` stays on the
    line before it."""
    lines: list[str] = []
    for piece in _SENTENCE_END.split(paragraph):
        if lines and _MARKED.match(piece):
            lines[-1] = f"{lines[-1]} {piece}"
        else:
            lines.append(piece)
    return lines


def indented(wrapper: Wrapper, margin: str = "   ") -> Wrapper:
    """The lines `wrapper` gives, each behind a left `margin`, as a text browser's dump of a
    page (`lynx -dump`) sets paragraphs in from the headings."""

    def indent(paragraph: str) -> list[str]:
        return [margin + line for line in wrapper(paragraph)]

    return indent


def dealt(idents: Sequence[str], sizes: Mapping[str, int], name: str) -> tuple[str, ...]:
    """The ids dump `name` holds when `idents` are dealt out in order to the dumps of `sizes`
    (each name's count), the dumps taken in name order: no text in two dumps, and a dump's
    texts chosen by where it stands, not by hand."""
    before = sum(count for other, count in sizes.items() if other < name)
    return tuple(idents[before : before + sizes[name]])


Pools = Mapping[str, tuple[str, int]]
"""Each dump's pool of texts (a language, a kind of page) and how many texts it holds."""


def dealt_in_pools(
    t: dict[str, Text], pool: Callable[[Text], str], sizes: Pools, longest: Pools, name: str
) -> tuple[str, ...]:
    """The ids dump `name` holds when every dump draws on one pool of texts (`pool` names a
    text's): the dumps of `longest` take, longest first, their pool's longest texts with
    intertitles, the dumps of `sizes` the rest of their pool dealt in order (`dealt`); no text
    in two dumps, and each dump's texts of one language or kind, so its page's chrome can be
    in that language."""
    wanted = (sizes | longest)[name][0]
    own = [ident for ident in t if pool(t[ident]) == wanted]
    counts = {dump: count for dump, (kind, count) in longest.items() if kind == wanted}
    titled = [i for i in own if any(kind == "subhead" for kind, _ in t[i].blocks)]
    long_ones = sorted(titled, key=lambda i: (-t[i].words(), i))[: sum(counts.values())]
    if name in longest:
        return dealt(long_ones, counts, name)
    counts = {dump: count for dump, (kind, count) in sizes.items() if kind == wanted}
    return dealt([i for i in own if i not in long_ones], counts, name)
