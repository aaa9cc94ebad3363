"""The `brat` format: a folder of `.txt` + `.ann` pairs brat can open.

Each pair is named `NNN-title-slug-ID` (the article's place in the export, its title
in lowercase ASCII words, its id), so a folder of them can be browsed in brat's file
list and sorts in the export's order.

The `.txt` is the body itself, so brat's offsets (characters, i.e. code points)
are our offsets; a carriage return becomes a newline (the same length), because
brat reads text with universal newlines. Each tag of an annotation is a `T` line;
a span crossing line breaks is written as brat's discontinuous fragments, one per
line, since a `.ann` line cannot hold a newline; a span of line breaks alone has
nothing brat can show and is left out. A note is an `AnnotatorNotes` (`#`) line on
the annotation's first `T` line, with backslash, newline, carriage return and tab
escaped as `\\`, `\n`, `\r`, `\t`, and the other breaks brat ends a line at
(`LINE_BREAKS`: a vertical tab, U+2028 …) as `\\u000b`, `\\u2028` …. Tags become brat
types with `brat_type` (reversed by `tag_from_brat_type`); untagged annotations get the
type `_untagged`, which no tag can map to. `annotation.conf` lists the types and
`visual.conf` gives them the tags' names as brat's labels (`key_finding | key finding`, what
brat shows) and their colours. A lone surrogate (which UTF-8 cannot hold) is
written as U+FFFD, one character for one, as in every format.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable
from urllib.parse import unquote

from reader.interchange.exporters.records import OFFSETS, AnnotationDoc, Export
from reader.text.folding import to_ascii
from reader.text.safe import without_surrogates

UNTAGGED = "_untagged"
"""The brat type of annotations without tags (it decodes to a name with a leading space,
which the store never allows, so no tag collides with it)."""

SLUG_CHARS = 40
"""Longest title part of a file name."""
_PLAIN = frozenset(string.ascii_letters + string.digits + "-")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""Where a `.ann` line ends as brat's server reads it (`codecs.open(...).readlines()`, which
breaks at every `str.splitlines` break): a vertical tab or a U+2028 in a span or a note cut
its line in two, and brat could not read the file."""
_RARE_BREAKS = LINE_BREAKS[2:]
"""The breaks besides a newline and a carriage return: looked for once per body (a scan per
character, fast), and in an annotation's text only when its body holds one."""
_NOT_BREAK = re.compile(f"[^{LINE_BREAKS}]+")
"""A fragment of a span: the text between its line breaks."""
_NOTE_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        "\n": "\\n",
        "\r": "\\r",
        "\t": "\\t",
        **{char: f"\\u{ord(char):04x}" for char in _RARE_BREAKS},
    }
)


@functools.lru_cache(maxsize=4096)  # called once per tag of every annotation
def brat_type(tag: str) -> str:
    """A tag as a brat type, which brat keeps only of ASCII letters, digits, `_` and `-` (it
    rewrote `%` to `_` in `annotation.conf`, and then called the `.ann`'s type unknown): a
    space is `_` (brat shows `_` as a space); any other character but letters, digits and
    `-` (so `_` too), a space before a space, and the first `-` of an all-hyphen name (brat's
    configs read it as a separator line) are `__` and six hex digits of the code point. The
    mapping reverses with `tag_from_brat_type`: `__` never stands for two spaces."""
    out = [
        char
        if char in _PLAIN
        else "_"
        if char == " " and tag[at + 1 : at + 2] != " "
        else f"__{ord(char):06x}"
        for at, char in enumerate(tag)
    ]
    if not tag.strip("-"):
        out[0] = f"__{ord(tag[0]):06x}"
    return "".join(out)


_TYPE_PIECE = re.compile(r"__([0-9a-f]{6})|_")
"""An escaped character or a space in a brat type (`brat_type`)."""


def tag_from_brat_type(label: str) -> str:
    """The tag a brat type came from (the inverse of `brat_type`); a type with `%` is one an
    older reader wrote, percent-encoded. ValueError when it names no text (not UTF-8, a code
    point past U+10FFFF or a surrogate)."""
    if "%" in label:
        return unquote(label.replace("_", " "), errors="strict")
    return _TYPE_PIECE.sub(_type_piece, label)


def _type_piece(match: re.Match[str]) -> str:
    if match[1] is None:
        return " "
    char = chr(int(match[1], 16))  # ValueError past U+10FFFF
    if "\ud800" <= char <= "\udfff":
        raise ValueError(f"a surrogate, U+{ord(char):04X}, is no character")
    return char


def render_files(export: Export) -> dict[str, bytes]:
    """File name -> content for the folder; articles without a body are left out."""
    files: dict[str, bytes] = {}
    types: dict[str, str | None] = {brat_type(tag.name): tag.colour for tag in export.tags}
    present = [(article, article.body) for article in export.articles if article.body is not None]
    digits = max(3, len(str(len(present))))
    known: dict[tuple[str, ...], tuple[str, ...]] = {}
    for number, (article, body) in enumerate(present, start=1):
        name = f"{number:0{digits}d}-{slug(article.title or '')}-{article.id}"
        files[f"{name}.txt"] = _utf8(body.replace("\r", "\n"))
        ann = _ann_lines(body, article.annotations, types, known)
        files[f"{name}.ann"] = _utf8("".join(ann))
    files["annotation.conf"] = _annotation_conf(types).encode("utf-8")
    files["visual.conf"] = _visual_conf(types).encode("utf-8")
    return files


def _utf8(text: str) -> bytes:
    """`text` as UTF-8, each lone surrogate (which UTF-8 cannot hold) written as U+FFFD, one
    character for one, so brat's offsets still fit; text without one is encoded once."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return without_surrogates(text).encode("utf-8")


def slug(title: str, limit: int = SLUG_CHARS) -> str:
    """A title as a file name part: lowercase ASCII words joined by `-`, cut at a word
    within `limit` characters (`untitled` when nothing is left)."""
    ascii_title = to_ascii(title)
    words = _NOT_WORD.sub(" ", ascii_title.lower()).split()
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) > limit:
            break
        kept.append(word)
    if not kept and words:
        kept = [words[0][:limit]]
    return "-".join(kept) or "untitled"


def fragments(body: str, start: int, end: int) -> tuple[str, str] | None:
    """A span crossing line breaks as its `.ann` line writes it: the fragments' offsets and
    their texts joined by a space; None when only line breaks are in it. Each fragment is
    one match of the text between breaks, read for both (a Python loop over the breaks,
    then over the pieces twice, was a tenth of a brat export)."""
    found = list(_NOT_BREAK.finditer(body, start, end))
    if not found:
        return None
    offsets = ";".join([f"{start} {end}" for start, end in map(re.Match.span, found)])
    return offsets, " ".join(map(re.Match.group, found))


def _ann_lines(
    body: str,
    annotations: Iterable[AnnotationDoc],
    types: dict[str, str | None],
    known: dict[tuple[str, ...], tuple[str, ...]],
) -> list[str]:
    """The `.ann` lines of one article; each type first met is added to `types` (in the
    order met, so `annotation.conf` lists them so). `known` holds the types of each set of
    tags met so far in the export (made once per set, not per annotation)."""
    lines: list[str] = []
    rare = _breaks(body)
    t_number = 0
    note_number = 0
    for annotation in annotations:
        start, end = annotation["start"], annotation["end"]
        tags = tuple(annotation["tags"])
        labels = known.get(tags)
        if labels is None:
            labels = known[tags] = _labels(tags, types)
        text = body[start:end]
        if start < end and "\n" not in text and "\r" not in text and not (rare and _breaks(text)):
            offsets = f"{start} {end}"  # most spans: one piece, no line break to cut at
        else:
            pieces = fragments(body, start, end)
            if pieces is None:
                continue
            offsets, text = pieces
        first = t_number + 1
        if len(labels) == 1:  # most annotations: one line, no loop
            t_number = first
            lines.append(f"T{first}\t{labels[0]} {offsets}\t{text}\n")
        else:
            for label in labels:
                t_number += 1
                lines.append(f"T{t_number}\t{label} {offsets}\t{text}\n")
        if annotation["note"]:
            note_number += 1
            note = annotation["note"].translate(_NOTE_ESCAPES)
            lines.append(f"#{note_number}\tAnnotatorNotes T{first}\t{note}\n")
    return lines


def _breaks(text: str) -> bool:
    """Whether `text` holds one of the rarer line breaks (`_RARE_BREAKS`)."""
    return any(char in text for char in _RARE_BREAKS)


def _labels(tags: tuple[str, ...], types: dict[str, str | None]) -> tuple[str, ...]:
    """The brat types of one set of tags (`UNTAGGED` for none), each added to `types`
    when first met."""
    labels = tuple(map(brat_type, tags)) if tags else (UNTAGGED,)
    for label in labels:
        types.setdefault(label, None)
    return labels


_OVERLAP = "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
"""Spans of any types may share, hold or cross each other's text, as annotations and their
tags do: brat forbids it unless told (a passage tagged twice, or a quote in a claim, was an
error on every annotation of it)."""


def _annotation_conf(types: dict[str, str | None]) -> str:
    entities = "".join(f"{label}\n" for label in types)
    return (
        f"# Written by reader. Offsets count {OFFSETS}.\n"
        f"[entities]\n{entities}\n[relations]\n{_OVERLAP}\n[events]\n\n[attributes]\n"
    )


def _visual_conf(types: dict[str, str | None]) -> str:
    labels = "".join(
        f"{label} | {tag}\n"
        for label in types
        if label != UNTAGGED and _LABEL_SAFE.fullmatch(tag := tag_from_brat_type(label))
    )
    drawing = "".join(
        f"{label}\tbgColor:{colour}\n" for label, colour in types.items() if colour is not None
    )
    return f"[labels]\n{labels}\n[drawing]\n{drawing}"


_LABEL_SAFE = re.compile(r"[^|<>!][^|<>]*")
"""A tag brat's `[labels]` can show as it is: no `|` (it separates labels), no `<` `>` (a
macro, which brat refuses the whole file for), no leading `!` (marks a type unused); any
other is shown as its type."""
