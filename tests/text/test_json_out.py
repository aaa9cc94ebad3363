"""JSON for terminals: DEL and C1 controls escaped exactly as the former regex pass did."""

from __future__ import annotations

import re

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.text import json_out

_FORMER = re.compile(rb"\x7f|\xc2[\x80-\x9f]")


def _former(value: object) -> bytes:
    """The escaping before the byte-search fast path: one regex pass over everything."""
    data = orjson.dumps(value)
    return _FORMER.sub(lambda m: b"\\u%04x" % ord(m.group().decode()), data)


def test_del_and_c1_controls_are_escaped_and_other_latin1_is_kept() -> None:
    data = json_out.dumps({"t": "a\x7fb\x85c\x9bd\xa0e«f»\x80"})
    assert data == b'{"t":"a\\u007fb\\u0085c\\u009bd\xc2\xa0e\xc2\xabf\xc2\xbb\\u0080"}'
    assert orjson.loads(data) == {"t": "a\x7fb\x85c\x9bd\xa0e«f»\x80"}


def test_text_without_controls_is_orjson_itself() -> None:
    value = {"quote": "Zürich — café 🌊", "n": [1, 2]}
    assert json_out.dumps(value) == orjson.dumps(value)


@given(st.lists(st.text(alphabet=st.characters(max_codepoint=0x2FF, exclude_categories=("Cs",)))))
def test_the_same_bytes_as_the_former_regex_pass(texts: list[str]) -> None:
    assert json_out.dumps(texts) == _former(texts)


@given(
    st.lists(
        st.tuples(
            st.text(alphabet=st.characters(max_codepoint=0x2FF, exclude_categories=("Cs",))),
            st.booleans(),
        )
    )
)
def test_spliced_pieces_join_to_the_document_with_the_json_in_place(
    items: list[tuple[str, bool]],
) -> None:
    """Each value marked to be spliced is given apart as its JSON, escaped as `dumps`
    escapes; the pieces, joined, are what `dumps` writes of the document holding them."""
    whole = [{"text": text, "n": [1, 2]} for text, _apart in items]
    spliced: list[bytes] = []
    marked: list[object] = []
    for value, (_text, apart) in zip(whole, items, strict=True):
        if apart:
            indented = orjson.dumps(value, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n  ")
            spliced.append(json_out.escape_controls(indented))
            marked.append(json_out.SPLICE)
        else:
            marked.append(value)
    pieces = json_out.dumps_spliced(marked, spliced, indent=True, newline=True)
    assert b"".join(pieces) == json_out.dumps(whole, indent=True, newline=True)
    assert len(pieces) == 2 * len(spliced) + 1


@given(
    st.lists(
        st.text(alphabet=st.characters(max_codepoint=0x2FF, exclude_categories=("Cs",))),
        min_size=1,
    )
)
def test_a_place_may_take_many_pieces_that_together_make_its_json(texts: list[str]) -> None:
    """A list spliced into a place is written piece by piece (items made apart, the commas
    and brackets between them): joined, the document `dumps` writes."""
    whole = {"before": 1, "items": texts, "after": [2]}
    items = [json_out.dumps(text) for text in texts]
    between: list[json_out.Piece] = [b",\n    "] * (2 * len(items) - 1)
    between[::2] = items
    place = [b"[\n    ", *between, b"\n  ]"]
    marked = {**whole, "items": json_out.SPLICE}
    pieces = json_out.dumps_spliced(marked, [place], indent=True, newline=True)
    assert b"".join(pieces) == json_out.dumps(whole, indent=True, newline=True)
    assert len(pieces) == len(place) + 2


def test_a_spliced_value_for_no_place_is_refused() -> None:
    with pytest.raises(ValueError, match="1 places for 2 spliced values"):
        json_out.dumps_spliced([json_out.SPLICE], [b"1", b"2"])
