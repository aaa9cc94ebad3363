"""Lone surrogates (a dump decoded with surrogateescape, a note from a broken clipboard) in
every export format: each is written as U+FFFD, one character for one, so nothing fails and
every offset still indexes the text written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.interchange.export import FORMATS, render, write
from reader.interchange.exporters.records import Export, ExportArticle
from reader.store import context

T0 = "2025-01-02T03:04:05.000Z"
BODY = "Paris \ud800 said the mayor.\n\nA broken \udcff byte and the rest of the text."
CLEAN = BODY.replace("\ud800", "\ufffd").replace("\udcff", "\ufffd")


def _doc(ident: str, start: int, end: int, tags: list[str], note: str) -> dict[str, object]:
    quote, prefix, suffix = context(BODY, start, end)
    return {
        "id": ident,
        "start": start,
        "end": end,
        "quote": quote,
        "prefix": prefix,
        "suffix": suffix,
        "tags": tags,
        "note": note,
        "created": T0,
        "updated": T0,
        "orphaned": False,
    }


def _export(cache_dir: Path | None = None) -> Export:
    start = BODY.index("\ud800")
    annotations = (
        _doc("a", 0, start + 5, ["key"], "pasted \udc80 note"),
        _doc("b", BODY.index("broken"), len(BODY), ["claim", "key"], ""),
    )
    article = ExportArticle(
        id="article-1",
        title="Bad \udcff title",
        source="seeds/bad\udcff.txt",
        meta={"byline": "A. \ud800 Writer"},
        state="kept",
        state_changed=T0,
        body=BODY,
        annotations=annotations,
    )
    return Export(T0, (), (article,), with_text=True, cache_dir=cache_dir)


def _written(name: str, export: Export, out: Path) -> dict[str, str]:
    """The export written to disk, each file strictly decoded as UTF-8."""
    rendered, _summary = render(export, FORMATS[name])
    write(rendered, out)
    files = sorted(out.iterdir()) if out.is_dir() else [out]
    return {path.name: path.read_bytes().decode("utf-8") for path in files}


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_writes_a_lone_surrogate_as_a_replacement(name: str, tmp_path: Path) -> None:
    files = _written(name, _export(tmp_path / "cache"), tmp_path / f"out-{name}")
    text = "".join(files.values())
    assert "\ufffd" in text
    if name == "brat":
        [txt] = [content for file, content in files.items() if file.endswith(".txt")]
        assert txt == CLEAN.replace("\r", "\n")
        [ann] = [content for file, content in files.items() if file.endswith(".ann")]
        assert "pasted \ufffd note" in ann
        assert all(CLEAN[start:end] in ann for start, end in _brat_offsets(ann))
    elif name in {"jsonl", "doccano"}:
        [line] = text.splitlines()
        assert json.loads(line)["text"] == CLEAN
    else:
        assert json.loads(text)  # the whole document, readable


def _brat_offsets(ann: str) -> list[tuple[int, int]]:
    """Each fragment of each `T` line (`T1<TAB>type start end[;start end]<TAB>text`)."""
    found = []
    for line in ann.splitlines():
        if line.startswith("T"):
            _type, offsets = line.split("\t")[1].split(" ", 1)
            for piece in offsets.split(";"):
                start, end = piece.split()
                found.append((int(start), int(end)))
    return found


def test_prodigy_tokens_and_spans_index_the_replaced_text_made_and_read_back(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    made = _written("jsonl", _export(cache), tmp_path / "made.jsonl")["made.jsonl"]
    read_back = _written("jsonl", _export(cache), tmp_path / "again.jsonl")["again.jsonl"]
    without = _written("jsonl", _export(), tmp_path / "plain.jsonl")["plain.jsonl"]
    assert made == read_back == without
    task = json.loads(made)
    tokens = task["tokens"]
    assert [CLEAN[t["start"] : t["end"]] for t in tokens] == [t["text"] for t in tokens]
    assert "\ufffd" in [t["text"] for t in tokens]
    for span in task["spans"]:
        assert tokens[span["token_start"]]["start"] == span["start"]
        assert tokens[span["token_end"]]["end"] == span["end"]
    assert task["notes"][0]["note"] == "pasted \ufffd note"
