"""The hard fixture set: a ratchet. It prints how much the splitter gets right and fails
when any figure falls below the floor it had reached (raise the floors as it improves)."""

from __future__ import annotations

import pytest

from tests.dumps.dump_fixtures import DUMPS, score

CASES = sorted((DUMPS / "heldout").glob("*.expected.json"))
FLOORS = {"title": 41, "start": 39, "end": 34, "paragraphs": 30, "not_in_body": 227}
"""Reached on 2026-12-03 out of 45 titles and 259 chrome strings."""


def test_hard_fixtures_do_not_regress(capsys: pytest.CaptureFixture[str]) -> None:
    hits = score(CASES)
    with capsys.disabled():
        print(
            f"\nhard dumps: titles {hits['title']}/{hits['total_title']}, body starts "
            f"{hits['start']}, ends {hits['end']}, paragraph counts {hits['paragraphs']} "
            f"(of the titles found), chrome kept out {hits['not_in_body']}/"
            f"{hits['total_not_in_body']}"
        )
    for key, floor in FLOORS.items():
        assert hits[key] >= floor, (key, hits[key], floor)
