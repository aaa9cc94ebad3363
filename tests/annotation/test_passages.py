"""The passage cursor: sentence and paragraph moves, selections, drags, new sentence bounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.annotation.passages import PassageCursor, Sentences, snap_to_words

# Three paragraphs: two sentences, one sentence, three sentences.
BODY = "Aa one. Bb two.\n\nCc three.\n\nDd four. Ee five. Ff six."
PARAGRAPHS = [(0, 15), (17, 26), (28, 52)]


def _spans(body: str, texts: list[str]) -> list[tuple[int, int]]:
    return [(body.index(t), body.index(t) + len(t)) for t in texts]


SENTENCES = _spans(BODY, ["Aa one.", "Bb two.", "Cc three.", "Dd four.", "Ee five.", "Ff six."])


def _cursor() -> PassageCursor:
    return PassageCursor(Sentences(SENTENCES, PARAGRAPHS))


def _text(span: tuple[int, int] | None) -> str | None:
    return None if span is None else BODY[span[0] : span[1]]


def test_starts_on_the_first_sentence_and_targets_it() -> None:
    cursor = _cursor()
    assert _text(cursor.sentence) == "Aa one."
    assert cursor.selection is None
    assert _text(cursor.target) == "Aa one."


def test_moves_by_sentence_and_stops_at_the_ends() -> None:
    cursor = _cursor()
    cursor.move(1)
    assert _text(cursor.sentence) == "Bb two."
    cursor.move(10)
    assert _text(cursor.sentence) == "Ff six."
    cursor.move(-1)
    assert _text(cursor.sentence) == "Ee five."
    cursor.move(-10)
    assert _text(cursor.sentence) == "Aa one."


def test_moves_by_paragraph() -> None:
    cursor = _cursor()
    cursor.move_paragraph(forward=True)
    assert _text(cursor.sentence) == "Cc three."
    cursor.move_paragraph(forward=True)
    assert _text(cursor.sentence) == "Dd four."
    cursor.move_paragraph(forward=True)
    assert _text(cursor.sentence) == "Ff six."
    cursor.move_paragraph(forward=False)
    assert _text(cursor.sentence) == "Dd four."
    cursor.move_paragraph(forward=False)
    assert _text(cursor.sentence) == "Cc three."
    cursor.move(-1)
    cursor.move_paragraph(forward=False)
    assert _text(cursor.sentence) == "Aa one."


def test_v_anchors_a_selection_that_moves_extend_either_way() -> None:
    cursor = _cursor()
    cursor.move(2)
    cursor.toggle_selection()
    assert cursor.selecting
    assert _text(cursor.selection) == "Cc three."
    cursor.move(2)
    assert _text(cursor.selection) == "Cc three.\n\nDd four. Ee five."
    cursor.move(-3)
    assert _text(cursor.selection) == "Bb two.\n\nCc three."
    assert cursor.target == cursor.selection
    cursor.toggle_selection()
    assert cursor.selection is None and not cursor.selecting


def test_paragraph_moves_extend_a_selection_by_whole_paragraphs() -> None:
    cursor = _cursor()
    cursor.toggle_selection()
    cursor.move_paragraph(forward=True)
    assert _text(cursor.selection) == "Aa one. Bb two."
    cursor.move_paragraph(forward=True)
    assert _text(cursor.selection) == "Aa one. Bb two.\n\nCc three."
    cursor.move_paragraph(forward=True)
    assert _text(cursor.selection) == BODY


def test_p_selects_the_cursor_paragraph_and_clear_drops_it() -> None:
    cursor = _cursor()
    cursor.move(4)
    cursor.select_paragraph()
    assert _text(cursor.selection) == "Dd four. Ee five. Ff six."
    assert cursor.clear() is True
    assert cursor.clear() is False
    assert _text(cursor.target) == "Ff six."


def test_a_dragged_range_is_exact_until_the_cursor_moves() -> None:
    cursor = _cursor()
    cursor.select_range(3, 12)
    assert cursor.selection == (3, 12)
    assert cursor.target == (3, 12)
    cursor.move(1)
    assert cursor.selection is None
    assert _text(cursor.sentence) == "Bb two."
    cursor.select_range(3, 12)
    cursor.toggle_selection()
    assert cursor.selection is None


def test_place_puts_the_cursor_on_the_sentence_at_an_offset() -> None:
    cursor = _cursor()
    cursor.toggle_selection()
    cursor.place(BODY.index("five"))
    assert cursor.selection is None
    assert _text(cursor.sentence) == "Ee five."


def test_new_sentence_bounds_keep_the_place_and_the_selection() -> None:
    cursor = _cursor()
    cursor.move(3)
    cursor.toggle_selection()
    cursor.move(1)
    merged = [*SENTENCES[:3], (SENTENCES[3][0], SENTENCES[4][1]), SENTENCES[5]]
    cursor.rebase(Sentences(merged, PARAGRAPHS))
    assert _text(cursor.selection) == "Dd four. Ee five."
    cursor.move(1)
    assert _text(cursor.selection) == "Dd four. Ee five. Ff six."


def test_an_empty_body_has_no_target_and_nothing_moves() -> None:
    cursor = PassageCursor(Sentences([], []))
    cursor.move(1)
    cursor.move_paragraph(forward=True)
    cursor.select_paragraph()
    cursor.toggle_selection()
    assert cursor.target is None and cursor.index is None and not cursor.selecting


def test_snap_to_words_widens_to_whole_words_and_trims() -> None:
    body = "Alpha beta gamma delta"
    assert snap_to_words(body, 8, 13) == (6, 16)
    assert snap_to_words(body, 13, 8) == (6, 16)
    assert snap_to_words(body, 5, 6) is None
    assert snap_to_words(body, 0, 100) == (0, len(body))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(1, 6), min_size=1, max_size=6),
    st.lists(
        st.sampled_from(["j", "k", "J", "K", "v", "p", "esc", "drag"]),
        max_size=30,
    ),
    st.integers(0, 200),
)
def test_any_key_sequence_keeps_the_target_on_whole_sentences_or_the_drag(
    paragraph_sizes: list[int], keys: list[str], drag_at: int
) -> None:
    sentences: list[tuple[int, int]] = []
    paragraphs: list[tuple[int, int]] = []
    at = 0
    for size in paragraph_sizes:
        start = at
        for _ in range(size):
            sentences.append((at, at + 5))
            at += 6
        paragraphs.append((start, at - 1))
        at += 1
    cursor = PassageCursor(Sentences(sentences, paragraphs))
    starts = {s for s, _ in sentences}
    ends = {e for _, e in sentences}
    dragged = False
    for key in keys:
        actions = {
            "j": lambda: cursor.move(1),
            "k": lambda: cursor.move(-1),
            "J": lambda: cursor.move_paragraph(forward=True),
            "K": lambda: cursor.move_paragraph(forward=False),
            "v": cursor.toggle_selection,
            "p": cursor.select_paragraph,
            "esc": cursor.clear,
            "drag": lambda: cursor.select_range(drag_at % at, drag_at % at + 1),
        }
        actions[key]()
        dragged = key == "drag"
        target = cursor.target
        assert target is not None
        if not dragged:
            assert target[0] in starts and target[1] in ends
        assert cursor.sentence in sentences
