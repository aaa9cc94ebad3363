"""Prodigy tokens kept between `jsonl` exports: the same bytes whether made or read back."""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from reader.interchange.export import FORMATS, render
from reader.interchange.exporters import jsonl, prodigy_tokens, token_cache
from reader.interchange.exporters.records import Export
from reader.interchange.exporters.selection import Selection, collect
from reader.store import Annotation
from tests.interchange.export_support import OTHER_BODY, annotation, article, seeded

ONE = article()
TWO = article(OTHER_BODY + " A C1 \x9b and DEL \x7f inside.", title="Floods")


def _records(moved: bool = False) -> list[Annotation]:
    return [
        annotation(ONE, "minister spo" if moved else "inister", ident="a", tags=("key",)),
        annotation(ONE, "budget wou", ident="b", tags=("claim", "key"), note="n"),
        annotation(TWO, "oods hit", ident="c", tags=("key",)),
        annotation(TWO, "C1 \x9b and", ident="d", tags=("claim",)),
    ]


def _export(tmp_path: Path, cache: Path | None, **changes: object) -> Export:
    store = seeded(tmp_path / "store" / "s.json", _records(**changes))  # type: ignore[arg-type]
    with store:
        return collect(store, [ONE, TWO], exported="t", cache_dir=cache)


def _jsonl(export: Export) -> bytes:
    rendered, _summary = render(export, FORMATS["jsonl"])
    assert isinstance(rendered, bytes)
    return rendered


def _untokenised(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, making tokens fails: what an export writes must come from the cache."""

    def refuse(texts: list[str], _cuts: object) -> list[prodigy_tokens.Tokens]:
        if texts:
            raise AssertionError("tokens made again")
        return []

    monkeypatch.setattr(prodigy_tokens, "serialised", refuse)


def test_tokens_read_back_write_the_same_bytes_as_tokens_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    plain = _jsonl(_export(tmp_path, None))
    assert _jsonl(_export(tmp_path, cache)) == plain
    assert (cache / token_cache.FILE).is_file()
    _untokenised(monkeypatch)
    assert _jsonl(_export(tmp_path, cache)) == plain


def test_spans_are_read_back_only_for_the_same_annotations_ids_offsets_and_tags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spans and task hash kept with the tokens: the same annotations splice them in,
    a tag or an id changed (the offsets, and so the tokens, the same) makes them anew."""
    cache = tmp_path / "cache"
    export = _export(tmp_path, cache)
    first = _jsonl(export)
    retagged = [
        annotation(ONE, "inister", ident="a", tags=("claim",)),
        annotation(ONE, "budget wou", ident="renamed", tags=("claim", "key"), note="n"),
        *_records()[2:],
    ]
    with seeded(tmp_path / "other" / "s.json", retagged) as store:
        changed = collect(store, [ONE, TWO], exported="t", cache_dir=cache)
        plain = collect(store, [ONE, TWO], exported="t")
    assert _jsonl(changed) == _jsonl(plain)

    def refuse(*_args: object) -> object:
        raise AssertionError("spans made again")

    monkeypatch.setattr(jsonl, "_serialised_spans", refuse)
    assert _jsonl(export) == first


def test_moved_annotations_cut_the_tokens_anew(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _jsonl(_export(tmp_path, cache))
    moved = _jsonl(_export(tmp_path, cache, moved=True))
    assert moved == _jsonl(_export(tmp_path, None, moved=True))
    assert b'"text":"inister"' not in moved and b'"text":"spo"' in moved


def test_a_subset_export_keeps_the_whole_exports_tokens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    whole = _jsonl(_export(tmp_path, cache))
    with seeded(tmp_path / "store" / "s.json", _records()) as store:
        claims = collect(store, [ONE, TWO], Selection(tags=frozenset({"claim"})), cache_dir=cache)
    _jsonl(claims)
    _untokenised(monkeypatch)
    assert _jsonl(_export(tmp_path, cache)) == whole


@pytest.mark.parametrize(
    "content",
    [b"", b"not a cache", token_cache.MAGIC + b"\xff" * 8, token_cache.MAGIC + b"\x05" + b"\0" * 7],
)
def test_a_broken_cache_file_is_replaced(tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / token_cache.FILE).write_bytes(content)
    assert _jsonl(_export(tmp_path, cache)) == _jsonl(_export(tmp_path, None))
    assert (cache / token_cache.FILE).read_bytes().startswith(token_cache.MAGIC)


def test_an_index_pointing_past_the_file_is_not_trusted(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    plain = _jsonl(_export(tmp_path, cache))
    path = cache / token_cache.FILE
    path.write_bytes(path.read_bytes()[:-8])  # the last entry lost its end
    assert _jsonl(_export(tmp_path, cache)) == plain


def test_a_cache_folder_that_cannot_be_written_costs_only_the_cache(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert _jsonl(_export(tmp_path, blocked / "cache")) == _jsonl(_export(tmp_path, None))
    assert blocked.read_text() == "not a folder"


def test_the_cache_file_sits_in_the_workspace_cache_folder(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _jsonl(_export(tmp_path, cache))
    assert [p.name for p in cache.iterdir()] == [token_cache.FILE]


def test_the_tokens_kept_are_written_when_the_caller_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `Export.keep_for_next` the export hands the cache's writing over (`reader export`
    does it once the user has the answer): nothing is written before it is run, and what
    it writes then serves the next export as at once."""
    cache = tmp_path / "cache"
    later: list[Callable[[], None]] = []
    first = _jsonl(replace(_export(tmp_path, cache), keep_for_next=later.append))
    assert not (cache / token_cache.FILE).exists()
    assert len(later) == 1
    later[0]()
    _untokenised(monkeypatch)
    assert _jsonl(_export(tmp_path, cache)) == first


def test_a_lines_tokens_are_written_as_made_not_copied_into_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each task's tokens are a piece of their own between the rest of its line (copied
    into it, 40 MB at 100,000 annotations took as many fresh pages again), escaped as the
    whole line was: the joined pieces are the same bytes."""
    made: list[bytes] = []
    making = jsonl.made_tokens

    def kept(texts: list[str], cuts: list[list[int]]) -> list[prodigy_tokens.Tokens]:
        tokens = making(texts, cuts)
        made.extend(serialised for serialised, _starts in tokens)
        return tokens

    monkeypatch.setattr(jsonl, "made_tokens", kept)
    export = _export(tmp_path, None)
    rendered, _summary = render(export, FORMATS["jsonl"], in_pieces=True)
    assert isinstance(rendered, list)
    plain = made[0]  # ONE's: no DEL or C1 control to escape
    assert any(piece is plain for piece in rendered)
    monkeypatch.setattr(jsonl, "made_tokens", making)
    assert b"".join(rendered) == _jsonl(export)
    assert b"\\u009b" in b"".join(rendered) and "\x9b".encode() not in b"".join(rendered)


def test_tokens_read_back_are_written_as_views_of_the_cache_file(tmp_path: Path) -> None:
    """A repeated export splices each article's tokens and spans from the file's bytes as they
    are (kept escaped, DEL and C1 controls too): copied out, 40 MB at 100,000 annotations
    took as many fresh pages again. The lines are the same bytes as made."""
    cache = tmp_path / "cache"
    made = _jsonl(_export(tmp_path, cache))
    rendered, _summary = render(_export(tmp_path, cache), FORMATS["jsonl"], in_pieces=True)
    assert isinstance(rendered, list)
    assert sum(isinstance(piece, memoryview) for piece in rendered) == 4  # two articles
    assert b"".join(rendered) == made


class _Unlisted(array):  # type: ignore[type-arg]
    """Token starts that refuse to be made a list."""

    def tolist(self) -> list[int]:
        raise AssertionError("the token starts were made a list")


def test_token_starts_read_back_are_made_a_list_only_to_be_looked_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export whose spans are read back too never looks a token start up: listed, the
    starts were 440,000 ints at 100,000 annotations for nothing. Spans made again over
    tokens read back find their tokens in the starts as kept."""
    cache = tmp_path / "cache"
    first = _jsonl(_export(tmp_path, cache))
    monkeypatch.setattr(token_cache, "array", _Unlisted)
    assert _jsonl(_export(tmp_path, cache)) == first
    tagged = _records()
    tagged[0] = annotation(ONE, "inister", ident="a", tags=("claim",))  # same cuts: tokens kept
    store = seeded(tmp_path / "retagged" / "s.json", tagged)
    with store:
        retagged = collect(store, [ONE, TWO], exported="t", cache_dir=cache)
    assert _jsonl(retagged) == _jsonl(replace(retagged, cache_dir=None))
