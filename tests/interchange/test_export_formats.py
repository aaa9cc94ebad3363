"""Each tool format, read back the way its tool reads it: spans must index the text."""

from __future__ import annotations

import codecs
import io
import json
import re
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from reader.interchange.export import FORMATS, ExportError, render, write
from reader.interchange.exporters.brat import (
    UNTAGGED,
    brat_type,
    fragments,
    slug,
    tag_from_brat_type,
)
from reader.interchange.exporters.records import Export
from reader.interchange.exporters.selection import collect
from reader.interchange.importer import import_file
from reader.store import Annotation, StateRecord, Store, Tag, context
from tests.interchange.export_support import (
    BODY,
    OTHER_BODY,
    T1,
    annotation,
    article,
    seeded,
)

ONE = article()
TWO = article(OTHER_BODY, title="Floods", source="seeds/b.txt")
GONE = article("This dump was moved away.", title="Gone")


def _records() -> list[Annotation]:
    start = BODY.index("ten percent")
    end = BODY.index("Opposition") + len("Opposition")
    quote, prefix, suffix = context(BODY, start, end)
    across = Annotation(
        "x", ONE.id, start, end, quote, prefix, suffix, ("claim",), "two\nlines", T1, T1
    )
    return [
        annotation(ONE, "The minister", ident="a", tags=("key", "my tag")),
        annotation(ONE, "budget", ident="b", note="check the figure"),
        across,
        annotation(TWO, "🌊 again", ident="w", tags=("50% sure",)),
        annotation(TWO, "tired — asked", ident="t", tags=("key",), note="quote\\ this"),
        annotation(GONE, "moved", ident="g", tags=("key",)),
    ]


@pytest.fixture
def export(tmp_path: Path) -> Export:
    tags = [Tag("key", "#e5c07b", "1"), Tag("my tag", "#123abc", None)]
    states = {ONE.id: StateRecord("starred", T1)}
    with seeded(tmp_path / "s.json", _records(), states, tags) as store:
        orphan = Annotation("o", TWO.id, 0, 4, "gone", "", "", ("key",), "", T1, T1, orphaned=True)
        store.merge([orphan])
        return collect(store, [ONE, TWO])


def _rendered(export: Export, name: str) -> bytes:
    rendered, _summary = render(export, FORMATS[name])
    assert isinstance(rendered, bytes)
    return rendered


def _quotes() -> dict[str, str]:
    bodies = {ONE.id: ONE.body, TWO.id: TWO.body}
    return {a.id: bodies[a.article_id][a.start : a.end] for a in _records() if a.id != "g"}


# -- Prodigy (jsonl) -----------------------------------------------------------------------


def test_prodigy_tasks_have_spans_that_index_their_text(export: Export) -> None:
    lines = _rendered(export, "jsonl").decode("utf-8").splitlines()
    tasks = [json.loads(line) for line in lines]  # what prodigy's JSONL loader does
    assert [t["meta"]["article_id"] for t in tasks] == [ONE.id, TWO.id]
    quotes = _quotes()
    labels = []
    for task in tasks:
        assert isinstance(task["_input_hash"], int) and isinstance(task["_task_hash"], int)
        assert -(2**31) <= task["_input_hash"] < 2**31 and -(2**31) <= task["_task_hash"] < 2**31
        assert "code points" in task["meta"]["offsets"]
        for span in task["spans"]:
            assert task["text"][span["start"] : span["end"]] == quotes[span["annotation_id"]]
            labels.append(span["label"])
        for note in task["notes"]:
            assert task["text"][note["start"] : note["end"]] == quotes[note["annotation_id"]]
    assert sorted(labels) == ["50% sure", "claim", "key", "key", "my tag"]
    assert [n["note"] for n in tasks[0]["notes"]] == ["check the figure", "two\nlines"]


def test_prodigy_hashes_are_deterministic_and_tell_tasks_apart(export: Export) -> None:
    first = [json.loads(line) for line in _rendered(export, "jsonl").splitlines()]
    again = [json.loads(line) for line in _rendered(export, "jsonl").splitlines()]
    assert [(t["_input_hash"], t["_task_hash"]) for t in first] == [
        (t["_input_hash"], t["_task_hash"]) for t in again
    ]
    assert len({t["_input_hash"] for t in first}) == 2
    assert len({t["_task_hash"] for t in first}) == 2


_VOCAB = Vocab()


def test_prodigy_tasks_carry_tokens_token_spans_and_an_answer(tmp_path: Path) -> None:
    states = {ONE.id: StateRecord("kept", T1), TWO.id: StateRecord("discarded", T1)}
    with seeded(tmp_path / "s.json", _records(), states, []) as store:
        export = collect(store, [ONE, TWO])
    tasks = [json.loads(line) for line in _rendered(export, "jsonl").splitlines()]
    assert [t["answer"] for t in tasks] == ["accept", "reject"]  # kept, discarded
    for task in tasks:
        text, tokens = task["text"], task["tokens"]
        assert [t["id"] for t in tokens] == list(range(len(tokens)))
        for token in tokens:
            assert text[token["start"] : token["end"]] == token["text"]
        shown = "".join(t["text"] + (" " if t["ws"] else "") for t in tokens)
        assert shown == text  # as spaCy's Doc(words, spaces) gives it back
        for span in task["spans"]:  # on token boundaries, token_end inclusive (ner.manual)
            assert tokens[span["token_start"]]["start"] == span["start"]
            assert tokens[span["token_end"]]["end"] == span["end"]
        doc = Doc(_VOCAB, [t["text"] for t in tokens], [t["ws"] for t in tokens])
        for span in task["spans"]:  # spaCy finds every span's characters in the tokens
            found = doc.char_span(span["start"], span["end"])
            assert found is not None and found.text == text[span["start"] : span["end"]]
    breaks = [[t["text"] for t in task["tokens"] if t["text"].isspace()] for task in tasks]
    assert breaks == [["\n\n"], ["\r\n"]]  # a paragraph's break is a token, as in spaCy


def test_an_undecided_article_is_ignored_in_prodigy(export: Export) -> None:
    tasks = [json.loads(line) for line in _rendered(export, "jsonl").splitlines()]
    assert [t["answer"] for t in tasks] == ["accept", "ignore"]  # starred, never triaged


# -- doccano -------------------------------------------------------------------------------


def _as_doccano_reads(text: str, start: int, end: int) -> str:
    """The text a doccano label covers: offsets in UTF-16 units, JavaScript's string indices
    (read as code points, a label after TWO's "🌊" was one character early in doccano)."""
    units = text.encode("utf-16-le")
    return units[2 * start : 2 * end].decode("utf-16-le")


def test_doccano_labels_index_the_text_and_notes_are_comments(export: Export) -> None:
    examples = [json.loads(line) for line in _rendered(export, "doccano").splitlines()]
    assert [e["article_id"] for e in examples] == [ONE.id, TWO.id]
    for example in examples:
        for start, end, label in example["label"]:
            assert isinstance(label, str)
            assert _as_doccano_reads(example["text"], start, end) in _quotes().values()
        for start, end, note in example["notes"]:
            assert _as_doccano_reads(example["text"], start, end) in _quotes().values()
            assert note in example["Comments"]
    assert examples[0]["Comments"] == ["check the figure", "two\nlines"]
    assert [label for _s, _e, label in examples[1]["label"]] == ["50% sure", "key"]


# -- brat ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Floods", "floods"),
        ("Café owner wins “best croissant” prize", "cafe-owner-wins-best-croissant-prize"),
        (
            "North Korea sends troops to Russia, Seoul says; Kyiv warns of more",
            "north-korea-sends-troops-to-russia-seoul",
        ),
        ("", "untitled"),
        ("日本", "untitled"),
        ("../../etc/passwd", "etc-passwd"),
    ],
)
def test_brat_file_names_carry_a_slug_of_the_title(title: str, expected: str) -> None:
    assert slug(title) == expected
    assert len(slug(title)) <= 40


def _read_brat(folder: Path, article_id: str) -> tuple[str, list[tuple[str, str, list, str]], dict]:
    """Reads a document the way brat's server does: the text with universal newlines, and
    each .ann line split at its first two tabs, offsets as `;`-separated fragments."""
    [name] = [p.stem for p in folder.glob(f"*-{article_id}.txt")]
    with (folder / f"{name}.txt").open(encoding="utf-8") as handle:
        text = handle.read()
    spans = []
    notes = {}
    with (folder / f"{name}.ann").open(encoding="utf-8") as handle:
        for line in handle.readlines():
            ident, tail = line.rstrip("\n").split("\t", 1)
            data, text_tail = tail.split("\t", 1)
            if ident.startswith("T"):
                kind, offsets = data.split(" ", 1)
                pieces = [tuple(int(n) for n in part.split(" ")) for part in offsets.split(";")]
                spans.append((ident, kind, pieces, text_tail))
            else:
                assert ident.startswith("#") and data.startswith("AnnotatorNotes T")
                notes[data.split(" ")[1]] = text_tail
    return text, spans, notes


def test_brat_offsets_match_the_txt_as_brat_reads_it(export: Export, tmp_path: Path) -> None:
    rendered, summary = render(export, FORMATS["brat"])
    folder = tmp_path / "brat"
    write(rendered, folder)
    assert summary.absent == 1 and summary.orphaned == 1
    names = [f"001-{slug(ONE.title)}-{ONE.id}", f"002-floods-{TWO.id}"]
    pairs = [f"{name}.{suffix}" for name in names for suffix in ("txt", "ann")]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*pairs, "annotation.conf", "visual.conf"]
    )
    for source in (ONE, TWO):
        text, spans, notes = _read_brat(folder, source.id)
        assert len(text) == len(source.body)  # a \r became \n, nothing moved
        for _ident, _kind, pieces, shown in spans:
            assert " ".join(text[start:end] for start, end in pieces) == shown
            assert all("\n" not in text[start:end] for start, end in pieces)
        if source is ONE:
            kinds = [kind for _i, kind, _p, _t in spans]
            assert kinds == ["key", "my_tag", UNTAGGED, "claim"]
            assert [len(pieces) for _i, _k, pieces, _t in spans][-1] == 2
            assert notes == {"T3": "check the figure", "T4": "two\\nlines"}
        else:
            assert [kind for _i, kind, _p, _t in spans] == ["50__000025_sure", "key"]
            assert notes == {"T2": "quote\\\\ this"}
    conf = (folder / "annotation.conf").read_text()
    assert "50__000025_sure" in conf.split("[relations]")[0]
    assert "my_tag\tbgColor:#123abc" in (folder / "visual.conf").read_text()


def test_brat_reads_the_folders_types_and_lets_spans_overlap(
    export: Export, tmp_path: Path
) -> None:
    """As brat's server reads the configs (projectconfig.py): a type is kept only of ASCII
    letters, digits, `_` and `-` (it rewrote `50%25_sure` to `50_25_sure`, and then found the
    `.ann`'s `50%25_sure` no known type); spans may overlap only where `<OVERLAP>` allows it
    (a passage with two tags is two `T` lines on the same text); a label is what it shows."""
    rendered, _ = render(export, FORMATS["brat"])
    folder = tmp_path / "brat"
    write(rendered, folder)
    conf = (folder / "annotation.conf").read_text()
    declared = conf.split("[entities]\n")[1].split("\n\n")[0].split("\n")
    assert sorted(declared) == sorted(["key", "my_tag", "claim", "50__000025_sure", UNTAGGED])
    assert all(re.fullmatch(r"[a-zA-Z0-9_-]+", kind) for kind in declared)
    relations = conf.split("[relations]\n")[1].split("\n\n")[0]
    assert relations == "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"
    visual = (folder / "visual.conf").read_text()
    labels = visual.split("[labels]\n")[1].split("\n\n")[0].split("\n")
    assert "50__000025_sure | 50% sure" in labels and "my_tag | my tag" in labels


def test_a_brat_export_needs_a_new_or_empty_folder(export: Export, tmp_path: Path) -> None:
    rendered, _ = render(export, FORMATS["brat"])
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "mine.txt").write_text("keep me")
    with pytest.raises(ExportError, match="already exists"):
        write(rendered, taken)
    assert [p.name for p in taken.iterdir()] == ["mine.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    write(rendered, empty)
    assert (empty / "annotation.conf").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_file_export_replaces_the_old_file_whole_without_waiting_for_the_disk(
    export: Export, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export can be made again, so it is renamed into place but not synced (a 50 MB
    sync was the longest wait of `reader export`); the store is synced, the export not."""
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    target.write_bytes(b"the export before")
    synced: list[int] = []
    monkeypatch.setattr("os.fsync", synced.append)
    rendered, _ = render(export, FORMATS["json"])
    write(rendered, target)
    assert isinstance(rendered, bytes)
    assert target.read_bytes() == rendered
    assert synced == []
    assert [p.name for p in target.parent.iterdir()] == ["export.json"]


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1))
def test_brat_types_are_safe_and_map_back_to_the_tag(tag: str) -> None:
    label = brat_type(tag)
    assert label and not any(c.isspace() for c in label) and label.isascii()
    assert re.fullmatch(r"[a-zA-Z0-9_-]+", label)  # brat's storage form
    assert label.strip("-")  # an all-hyphen line is a separator in brat's configs
    assert tag_from_brat_type(label) == tag
    assert label != UNTAGGED


@pytest.mark.parametrize(
    ("label", "tag"), [("50%25_sure", "50% sure"), ("key_finding_%C3%A9", "key finding é")]
)
def test_brat_types_an_older_reader_wrote_still_map_back(label: str, tag: str) -> None:
    assert tag_from_brat_type(label) == tag


@given(st.text(alphabet="ab\n\r ", max_size=30), st.data())
def test_brat_fragments_cover_the_span_except_line_breaks(body: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(body)))
    end = data.draw(st.integers(start, len(body)))
    written = fragments(body, start, end)
    unbroken = body[start:end].replace("\n", "").replace("\r", "")
    if written is None:
        assert not unbroken
        return
    offsets, text = written
    pieces = [tuple(map(int, piece.split())) for piece in offsets.split(";")]
    assert "".join(body[s:e] for s, e in pieces) == unbroken
    assert text == " ".join(body[s:e] for s, e in pieces)
    assert all(start <= s < e <= end for s, e in pieces)


LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""What `str.splitlines` breaks at besides `\\n` and `\\r`."""


def test_brat_lines_stay_whole_where_brat_reads_them_with_codecs_readlines(
    tmp_path: Path,
) -> None:
    """brat's server reads an `.ann` with `codecs.open(...).readlines()`, which breaks lines
    at every `str.splitlines` break: a span or a note holding a vertical tab or a U+2028
    (pasted from a web page) cut its line in two, and brat could not read the file."""
    body = "".join(f"Part {n} of the text{char}" for n, char in enumerate(LINE_BREAKS)) + "end."
    one = article(body, title="Breaks")
    note = f"a note {LINE_BREAKS} over {chr(0x2028)} breaks"
    records = [annotation(one, body[5:-5], ident="z", tags=("key",), note=note)]
    with seeded(tmp_path / "s.json", records, {}, [Tag("key", "#e5c07b", "1")]) as store:
        done = collect(store, [one])
    folder = tmp_path / "brat"
    write(render(done, FORMATS["brat"])[0], folder)
    [ann] = folder.glob("*.ann")
    with codecs.open(str(folder / f"{ann.stem}.txt"), "r", encoding="utf-8") as handle:
        text = handle.read()
    with codecs.open(str(ann), "r", encoding="utf-8") as handle:
        lines = handle.readlines()
    assert [line.split("\t")[0] for line in lines] == ["T1", "#1"]
    _ident, data, shown = lines[0].rstrip("\n").split("\t")
    pieces = [tuple(map(int, piece.split())) for piece in data.split(" ", 1)[1].split(";")]
    assert " ".join(text[start:end] for start, end in pieces) == shown
    assert len(pieces) == len(LINE_BREAKS)
    placed = tmp_path / "placed.json"
    with Store(placed) as target:
        target.remember([one])
        import_file(target, folder, [one])
        [back] = target.annotations()
    assert (back.start, back.end, back.tags, back.note) == (5, len(body) - 5, ("key",), note)


# -- W3C -----------------------------------------------------------------------------------


def test_w3c_quotes_equal_the_text_at_their_positions(export: Export) -> None:
    doc = orjson.loads(_rendered(export, "w3c"))
    assert doc["type"] == "AnnotationCollection" and "anno.jsonld" in doc["@context"][0]
    items = doc["first"]["items"]
    assert doc["total"] == len(items) == 6  # five present ones and the absent article's
    assert doc["first"]["id"] == f"{doc['id']}:page:1"  # "The Page MUST have an IRI" (5.2)
    bodies = {f"urn:reader:article:{a.id}": a.body for a in (ONE, TWO)}
    for item in items:
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        body = bodies.get(item["target"]["source"])
        if body is not None:
            assert body[position["start"] : position["end"]] == quote["exact"]
            assert body[: position["start"]].endswith(quote["prefix"])
            assert body[position["end"] :].startswith(quote["suffix"])
    first = items[0]
    assert first["id"] == "urn:reader:annotation:a"
    assert [b["value"] for b in first["body"] if b["purpose"] == "tagging"] == ["key", "my tag"]
    noted = next(i for i in items if i["id"].endswith(":b"))
    assert noted["body"] == [
        {
            "type": "TextualBody",
            "purpose": "commenting",
            "value": "check the figure",
            "format": "text/plain",
        }
    ]


def test_w3c_imports_back_into_the_same_annotations(export: Export, tmp_path: Path) -> None:
    path = tmp_path / "w3c.jsonld"
    path.write_bytes(_rendered(export, "w3c"))
    with Store(tmp_path / "fresh.json") as fresh:
        report = import_file(fresh, path, [ONE, TWO])
        back = {a.id: a for a in fresh.annotations()}
    assert (report.added, report.orphaned) == (6, 0)
    for original in _records():
        assert back[original.id] == original


def test_tool_formats_leave_out_absent_articles_and_orphans_and_say_so(export: Export) -> None:
    for name in ("jsonl", "doccano"):
        _rendered_bytes, summary = render(export, FORMATS[name])
        assert (summary.articles, summary.annotations) == (2, 5)
        assert (summary.absent, summary.orphaned) == (1, 1)
        assert "1 article whose dump is not present" in summary.message()
    _json, summary = render(export, FORMATS["json"])
    assert (summary.absent, summary.orphaned, summary.annotations) == (0, 0, 7)
    stream = io.BytesIO(_rendered(export, "jsonl"))
    assert len(stream.readlines()) == 2
