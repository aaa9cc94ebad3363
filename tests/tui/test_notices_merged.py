"""The session's opening notices, one per kind of trouble (`presenters.notices`)."""

from __future__ import annotations

from pathlib import Path

from reader.tui.presenters.notices import (
    LISTED_LINES,
    Notice,
    inbox_trouble,
    not_listed,
    stale,
    unchecked,
)

ROOT = Path("/home/me/news")


def test_every_dump_well_read_says_nothing() -> None:
    assert not_listed([], [], ROOT) is None
    assert stale([], ROOT) is None


def test_one_dump_keeps_the_title_of_its_trouble() -> None:
    broken = f"{ROOT}/seeds/broken.txt: not a text file (binary data)"
    assert not_listed([broken], [], ROOT) == Notice(
        "Dump not loaded", "seeds/broken.txt: not a text file (binary data)", "error"
    )
    assert not_listed([], ["/elsewhere/e.txt: the file is empty"], ROOT) == Notice(
        "Nothing to list", "/elsewhere/e.txt: the file is empty", "warning"
    )


def test_dumps_not_read_and_empty_ones_share_one_notice_a_line_each() -> None:
    problems = [f"{ROOT}/seeds/broken.txt: not a text file (binary data)"]
    empty = [f"{ROOT}/seeds/blank{n}.txt: the file is empty" for n in range(LISTED_LINES + 2)]
    notice = not_listed(problems, empty, ROOT)
    assert notice is not None
    assert (notice.title, notice.severity) == (f"{LISTED_LINES + 3} dumps not listed", "error")
    lines = notice.message.split("\n")
    assert lines[0] == "seeds/broken.txt: not a text file (binary data)"
    assert lines[1:LISTED_LINES] == [
        f"seeds/blank{n}.txt: the file is empty" for n in range(LISTED_LINES - 1)
    ]
    assert lines[LISTED_LINES:] == ["and 3 more"]
    assert not_listed([], empty[:2], ROOT) == Notice(
        "2 dumps not listed",
        "seeds/blank0.txt: the file is empty\nseeds/blank1.txt: the file is empty",
        "warning",
    )


def test_stale_corrections_share_one_notice() -> None:
    assert stale(["retitle “A”: its text is gone"], None) == Notice(
        "Correction no longer applies", "retitle “A”: its text is gone", "warning"
    )
    notice = stale(["a", "b"], ROOT)
    assert notice is not None and notice.title == "2 corrections no longer apply"


def test_the_inbox_names_a_dump_from_the_workspace_else_by_its_folder_and_name() -> None:
    inside = ROOT / "seeds" / "x.txt"
    assert inbox_trouble(f"{inside}: permission denied", inside, ROOT) == (
        "seeds/x.txt: permission denied"
    )
    outside = Path("/mnt/usb/news/x.txt")
    assert inbox_trouble(f"{outside}: permission denied", outside, ROOT) == (
        "news/x.txt: permission denied"
    )


def test_joined_articles_unchecked_at_start_are_told_with_the_keys_as_bound() -> None:
    """The notice asks the app for each key (`keys.shown_key_of`) and words them itself."""
    bound = {"edit_entities": "E", "check_entities": "ctrl+k", "undo": "U"}.__getitem__
    assert unchecked(0, bound) is None
    notice = unchecked(2, bound)
    assert notice is not None and notice.title == "Entity checks"
    assert "one part of each was never checked (E, then ctrl+k checks it again; U undoes)" in (
        notice.message
    )
