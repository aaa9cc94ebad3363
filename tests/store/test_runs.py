"""A run's JSON is the documents indented as the `json` export nests them: the same bytes
the former way made (indented at the top, each line break given `NESTED`), for any text."""

from __future__ import annotations

import orjson
from hypothesis import given
from hypothesis import strategies as st

from reader.store.runs import NESTED, TEXT_ORDER, DocumentRun, sort_in_text_order
from reader.text import json_out

_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
_DOCS = st.lists(
    st.fixed_dictionaries(
        {
            "id": _TEXT,
            "start": st.integers(0, 10**6),
            "end": st.integers(0, 10**6),
            "quote": _TEXT,
            "tags": st.lists(_TEXT, max_size=3),
            "note": _TEXT,
            "orphaned": st.booleans(),
        }
    ),
    max_size=6,
)


def _former(docs: list[dict[str, object]]) -> bytes:
    indented = orjson.dumps(docs, option=orjson.OPT_INDENT_2).replace(b"\n", NESTED)
    return json_out.escape_controls(indented)


@given(_DOCS)
def test_a_run_is_the_documents_indented_as_the_json_export_nests_them(
    docs: list[dict[str, object]],
) -> None:
    run = DocumentRun.of(docs)
    assert run.buffer == _former(docs)
    assert orjson.loads(run.buffer) == docs
    assert run.orphaned_count() == sum(bool(doc["orphaned"]) for doc in docs)


def test_an_empty_run_is_an_empty_list() -> None:
    assert DocumentRun.of([]).buffer == b"[]"


_ORDERED = st.lists(
    st.fixed_dictionaries(
        {
            "start": st.integers(0, 5),
            "end": st.integers(0, 5),
            "created": st.sampled_from(["2025-01-01", "2025-01-02"]),
            "id": st.sampled_from(["a", "b", "c"]),
        }
    ),
    max_size=12,
)


class _Watched(list):  # type: ignore[type-arg]
    """A list that says whether it was sorted."""

    sorted = False

    def sort(self, *args: object, **kwargs: object) -> None:
        self.sorted = True
        super().sort(*args, **kwargs)  # type: ignore[arg-type]


@given(_ORDERED)
def test_documents_come_in_text_order_as_a_sort_by_its_key_puts_them(
    docs: list[dict[str, object]],
) -> None:
    expected = sorted(docs, key=TEXT_ORDER)
    sort_in_text_order(docs)
    assert docs == expected


@given(_ORDERED)
def test_documents_in_text_order_already_are_not_sorted_again(
    docs: list[dict[str, object]],
) -> None:
    """A store hands them out in that order: no key is made for each to sort them again."""
    watched = _Watched(sorted(docs, key=TEXT_ORDER))
    expected = list(watched)
    sort_in_text_order(watched)
    assert watched == expected
    assert not watched.sorted
