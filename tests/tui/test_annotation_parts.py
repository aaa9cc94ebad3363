"""The annotation feature's parts without a running app: hit-testing, marks, counts, start-up."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest

from reader.annotation.anchoring import AnchorReport
from reader.annotation.reanchor import describe_reanchoring, reanchor, reanchor_open
from reader.article import Article, Paragraph, article_id
from reader.cli import main
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.presenters.layout import layout_article
from reader.tui.presenters.marks import PassageMarks, tag_style
from tests.conftest import SEED


def test_offset_at_maps_cells_to_body_offsets() -> None:
    body = "Alpha beta gamma.\n\nSecond paragraph here."
    article = Article("a", "s", 0, "Title", body, (Paragraph(0, 17), Paragraph(19, len(body))))
    layout = layout_article(article, 12)
    rows = [row for row, line in enumerate(layout.lines) if line.in_body]
    first = layout.lines[rows[0]]
    assert layout.offset_at(rows[0], 0) == first.start
    assert layout.offset_at(rows[0], 3) == first.start + 3
    assert layout.offset_at(rows[0], 99) == first.end
    assert layout.offset_at(0, 5) == 0
    gap = next(row for row, line in enumerate(layout.lines) if line.kind == "gap" and row > rows[0])
    assert layout.offset_at(gap, 0) == 19
    assert layout.offset_at(len(layout.lines) + 3, 0) == len(body)


def test_offset_at_counts_wide_characters_as_two_cells() -> None:
    body = "日本語 text"
    layout = layout_article(Article("a", "s", 0, "T", body), 40)
    row = next(row for row, line in enumerate(layout.lines) if line.in_body)
    assert [layout.offset_at(row, column) for column in range(5)] == [0, 0, 1, 1, 2]


def test_marks_take_the_first_tag_colour_and_skip_orphans(tmp_path: Path) -> None:
    body = "One sentence. Another one."
    with Store(tmp_path / "r.json") as store:
        first = store.add_annotation("a", body, 0, 13, tags=["claim", "key"])
        store.add_annotation("a", body, 14, 26, note="only a note")
        tags = {tag.name: tag for tag in store.tags()}
        layer = PassageMarks(store.annotations("a"), tags).text
        spans = list(layer.spans_between(0, len(body)))
        assert [(s.start, s.end) for s in spans] == [(0, 13), (14, 26)]
        assert spans[0].style == tag_style(tags["claim"])
        assert str(spans[0].style.color.triplet.hex) == tags["claim"].colour
        assert spans[1].style.underline and spans[1].style.color is None
        reanchor(store, [Article("a", "s", 0, "T", "Entirely different text now.")])
        assert store.annotation(first.id).orphaned
        assert len(PassageMarks(store.annotations("a"), tags)) == 0


def test_reanchoring_at_start_adopts_edited_articles_and_keeps_orphans(tmp_path: Path) -> None:
    old_body = "The minister spoke on Monday. The vote is next week."
    new_body = "Updated: The minister spoke on Monday. The vote is next week."
    edited = Article(article_id("T", new_body), "s", 0, "T", new_body)
    with Store(tmp_path / "r.json") as store:
        moved = store.add_annotation("old-id", old_body, 0, 29, tags=["key"])
        lost = store.add_annotation("gone-id", "Nothing like it.", 0, 7)
        store.remember(
            [Article("old-id", "s", 0, "T", old_body), Article("gone-id", "s", 1, "G", "")]
        )
        report = reanchor_open(store, [edited])
        assert report == AnchorReport(moved=1, orphaned=1)
        placed = store.annotation(moved.id)
        assert placed.article_id == edited.id and new_body[placed.start : placed.end] == moved.quote
        assert store.annotation(lost.id).orphaned
    assert describe_reanchoring(report) == (
        "1 annotation followed edited text; 1 could not be placed and is listed as orphans"
    )
    assert describe_reanchoring(AnchorReport(exact=5)) is None
    assert describe_reanchoring(AnchorReport(fuzzy=2, orphaned=3)) == (
        "2 annotations followed edited text; 3 could not be placed and are listed as orphans"
    )


def test_an_unreadable_store_stops_the_app_with_one_line_and_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The store opens after the first frame: run the real start-up, headless.
    monkeypatch.setattr("reader.tui.launch.require_terminal", lambda: None)
    monkeypatch.setattr("reader.tui.launch.in_terminal", lambda: False)
    monkeypatch.setattr(ReaderApp, "run", functools.partialmethod(ReaderApp.run, headless=True))
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds")
    broken = tmp_path / "annotations" / "reader.json"
    broken.parent.mkdir()
    broken.write_bytes(b'{"annotations": {"x": ')
    assert main(["--workspace", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"reader: cannot read store {broken}") and error.count("\n") == 1
    assert broken.read_bytes() == b'{"annotations": {"x": '
