"""Reads the `brat` folders `reader export` writes (`exporters.brat`): each article's `.ann`
beside its `.txt`, named `NNN-title-slug-ID`, or one such `.ann` alone.

An article is named by the last part of its files' name (its id), and its text is the
`.txt` (the body, a carriage return written as a newline: the same length, so the offsets
hold). Each `T` line is a span; the lines over the same characters are one annotation,
their types its tags in their order (`tag_from_brat_type`; `_untagged` is none), named by
its offsets as a doccano label is (`<article>-<start>-<end>`: importing the same folder
twice adds nothing, nor into the workspace that wrote it); a span written in pieces at its
line breaks (`0 5;6 10`) runs from its first piece's start to its last piece's end. An
`AnnotatorNotes` line is the note of the annotation its `T` line is part of, its escapes
(`\\n`, `\\r`, `\\t`, `\\\\`, `\\u2028` …) read back. brat's relations, events, attributes and
normalisations have nothing in reader to hold them and are left out. Two annotations over
the same characters come back as one (brat has no ids to tell them apart). There are no
times, states or tag colours: as with Prodigy and doccano, an annotation the store holds
takes only the file's tags it lacks and its note under its own
(`ImportBatch.timed`).
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.dumps.file_bytes import read_at_most
from reader.interchange.exporters.brat import LINE_BREAKS, UNTAGGED, tag_from_brat_type
from reader.interchange.exporters.selection import export_time
from reader.interchange.importers.batch import ImportBatch
from reader.interchange.importers.fields import FormatProblem
from reader.interchange.importers.json_lines import Spans, place_name, spanned_annotations
from reader.store import Annotation

BRAT = "brat"
SUFFIX = ".ann"
_ESCAPED = re.compile(r"\\(u[0-9a-f]{4}|.)")
"""An escape in a note: `\\n`, `\\r`, `\\t`, `\\\\`, or `\\u2028` for a line break brat reads."""
_UNESCAPED = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}
_PIECE = re.compile(r"(\d+) (\d+)")


def is_brat(path: Path) -> bool:
    """Whether `path` is a folder (a brat export) or a brat `.ann` file."""
    return path.is_dir() or path.suffix == SUFFIX


def read(path: Path, limit: int) -> ImportBatch:
    """Reads and checks a brat folder's pairs (or one `.ann` and its `.txt`), refused as too
    large past `limit` bytes in all (the bound any import file is held to); OSError when an
    `.ann` cannot be read (FileNotFoundError: there is none)."""
    pairs = sorted(path.glob(f"*{SUFFIX}")) if path.is_dir() else [path]
    if not pairs:
        raise FormatProblem(
            "is a folder holding no brat .ann files; name a reader json, W3C, jsonl or "
            "doccano export, or a brat export's folder"
        )
    stamp = export_time()
    budget = _Budget(limit, path if path.is_dir() else path.parent)
    seen: set[str] = set()
    annotations: list[Annotation] = []
    for ann in pairs:
        article_id = ann.stem.rsplit("-", 1)[-1]
        if article_id in seen:
            raise FormatProblem(f"{ann.name}: article {article_id} appears twice")
        seen.add(article_id)
        marked = _decoded(budget.read(ann), ann.name)
        txt = ann.with_suffix(".txt")
        try:
            text = _decoded(budget.read(txt), txt.name)
        except FileNotFoundError:
            raise FormatProblem(
                f"{ann.name}: no .txt beside it (brat reads the text there)"
            ) from None
        annotations += _annotations(article_id, text, marked, ann.name, stamp)
    return ImportBatch(BRAT, tuple(annotations), timed=False)


class _Budget:
    """What is left of the bound on the bytes one import reads, file after file (a folder of
    many pairs is held to it as one file is), each in the folder named (`folder`)."""

    def __init__(self, limit: int, folder: Path) -> None:
        self._limit = limit
        self._left = limit
        self._folder = folder.resolve()

    def read(self, path: Path) -> bytes:
        """The bytes of `path` (read through `read_at_most`: a pipe or a device no further
        than the bound), counted against what is left. A link out of the folder is refused:
        the folder came from someone else, and a `.txt` linked to `~/.ssh/id_rsa` would have
        that file's text quoted into the store, and into the user's next export."""
        if path.exists() and not (target := path.resolve()).is_relative_to(self._folder):
            raise FormatProblem(f"{path.name}: a link to {target}, outside the folder: not read")
        data = read_at_most(path, self._left)
        if data is None:
            raise FormatProblem(f"too large (more than {self._limit} bytes)")
        self._left -= len(data)
        return data


def _decoded(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise FormatProblem(f"{name}: not UTF-8 text") from None


def _annotations(article_id: str, text: str, ann: str, name: str, stamp: str) -> list[Annotation]:
    """One `.ann` file's annotations on `text`."""
    spans: Spans = {}
    parts: dict[str, str] = {}
    """Each `T` line's id -> the annotation it is part of."""
    notes: dict[str, str] = {}
    for number, line in enumerate(ann.split("\n"), 1):
        fields = line.split("\t", 2)  # a span's text, the third, may hold a tab
        where = f"{name} line {number}"
        if line.startswith("T"):
            label, offsets = _two(fields, 3, where)
            start, end = _offsets(offsets, len(text), where)
            key = place_name(article_id, start, end)
            tags = spans.setdefault(key, (start, end, []))[2]
            if label != UNTAGGED:
                tags.append(_tag(label, where))
            parts[fields[0]] = key
        elif line.startswith("#"):
            kind, target = _two(fields, 3, where)
            if kind == "AnnotatorNotes" and target.startswith("T"):
                if target not in parts:
                    raise FormatProblem(f"{where}: a note on {target}, which no line above has")
                notes[parts[target]] = _ESCAPED.sub(_unescaped, fields[2])
    return spanned_annotations(article_id, text, spans, notes, stamp)


def _two(fields: list[str], count: int, where: str) -> tuple[str, str]:
    """The two words of a line's second field (`type offsets`, `AnnotatorNotes T1`), the
    line holding `count` tab-separated fields (its last may hold more tabs)."""
    words = fields[1].split(" ", 1) if len(fields) == count else []
    if len(words) != 2:
        raise FormatProblem(f"{where}: expected {count} fields separated by tabs")
    return words[0], words[1]


def _offsets(offsets: str, length: int, where: str) -> tuple[int, int]:
    """Where a span starts and ends: its first piece's start, its last piece's end."""
    pieces = [_PIECE.fullmatch(piece) for piece in offsets.split(";")]
    if not all(pieces):
        raise FormatProblem(f"{where}: expected offsets as 'start end', got {offsets!r}")
    start, end = int(pieces[0][1]), int(pieces[-1][2])  # type: ignore[index]
    if not 0 <= start < end <= length:
        raise FormatProblem(f"{where}: offsets {start} {end} are not inside the text")
    return start, end


def _tag(label: str, where: str) -> str:
    try:
        tag = tag_from_brat_type(label)
    except ValueError:  # not UTF-8 percent-encoded, or no character escaped
        raise FormatProblem(f"{where}: type {label!r} is not a name reader wrote") from None
    if not tag.strip():
        raise FormatProblem(f"{where}: type {label!r} names an empty tag")
    return tag


def _unescaped(match: re.Match[str]) -> str:
    if len(match[1]) == 5:  # `u` and four hex digits: the exporter's for a line break
        char = chr(int(match[1][1:], 16))
        return char if char in LINE_BREAKS else match[0]
    return _UNESCAPED.get(match[1], match[0])
