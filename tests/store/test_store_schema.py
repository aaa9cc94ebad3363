"""The inlined annotation check used on open agrees with the full one on every field."""

from __future__ import annotations

import pytest

from reader.store.schema import ANNOTATIONS, _annotation_fine, _doc_problem

GOOD = {
    "id": "n1",
    "article_id": "a1",
    "start": 3,
    "end": 9,
    "quote": "quoted",
    "prefix": "",
    "suffix": "after",
    "tags": ["claim"],
    "note": "",
    "created": "2025-06-01T12:00:00.000Z",
    "updated": "2025-06-01T12:00:00.000Z",
    "orphaned": False,
}
WRONG = (None, "", 0, -1, 1.5, True, [], [""], ["x", 3], {}, "text")


def _variants() -> list[dict]:
    found = [dict(GOOD)]
    for field in GOOD:
        found.append({k: v for k, v in GOOD.items() if k != field})
        found.extend({**GOOD, field: value} for value in WRONG)
    found.append({**GOOD, "start": 9, "end": 9})
    return found


@pytest.mark.parametrize("doc", _variants())
def test_the_fast_check_passes_exactly_what_the_full_check_passes(doc: dict) -> None:
    full = _doc_problem(ANNOTATIONS, "n1", doc, partial=False) is None
    assert _annotation_fine("n1", doc) == full


def test_a_document_that_is_no_mapping_goes_to_the_full_check() -> None:
    assert not _annotation_fine("n1", ["not", "a", "doc"])  # type: ignore[arg-type]
