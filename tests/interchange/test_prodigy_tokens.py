"""Prodigy's tokens made in numpy: the bytes the dict-per-token tokeniser wrote, white
space as spaCy keeps it, and every span's edge a token's edge."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable
from typing import Any

import orjson
import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from reader.interchange.exporters import prodigy_tokens

_WORD = re.compile(r"\w+|[^\w\s]")
_GAP = re.compile(r"[^\S ]\s*| \s+")


def _dict_tokens(text: str, cuts: Iterable[int]) -> list[dict[str, Any]]:
    """The tokens as the exporter made them until session 18, one dict each: words and
    marks matched, the white space spaCy makes a token of, each cut inside a token
    splitting it (the oracle the numpy tokeniser must equal byte for byte)."""
    edges = [match.span() for match in _WORD.finditer(text)]
    for gap in _GAP.finditer(text):
        start, end = gap.span()
        edges.append((start + 1, end) if start and gap.group().startswith(" ") else (start, end))
    if text[:1] == " " and not text[1:2].isspace():
        edges.append((0, 1))
    bounds = sorted(set(cuts))
    pieces = []
    for start, end in sorted(edges):
        inside = bounds[bisect.bisect_right(bounds, start) : bisect.bisect_left(bounds, end)]
        for cut in inside:
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    follows = [start for start, _end in pieces[1:]] + [len(text)] if pieces else []
    return [
        {"text": text[start:end], "start": start, "end": end, "id": number, "ws": end != after}
        for number, ((start, end), after) in enumerate(zip(pieces, follows, strict=True))
    ]


_ALPHABET = "ab é1_.,'\"\\/\t\n\r\x0b\x0c\x08\x85\xa0\u2003\u3000\x1f\x1b\x00\x7f\x9b🌊𝟎中-  "
"""Words, marks, every kind of white space, what orjson escapes short and long, DEL and
C1 (written raw), two- three- and four-byte UTF-8, an astral digit (a word) and emoji."""
_TEXTS = st.lists(st.text(st.sampled_from(_ALPHABET), max_size=40), min_size=1, max_size=6)
_CUTS = st.lists(st.integers(min_value=-2, max_value=45), max_size=8)


@given(_TEXTS, st.data())
def test_tokens_are_the_bytes_the_dict_per_token_tokeniser_wrote(
    texts: list[str], data: st.DataObject
) -> None:
    cuts = [data.draw(_CUTS) for _ in texts]
    made = prodigy_tokens.serialised(texts, cuts)
    for text, text_cuts, (serialised, starts) in zip(texts, cuts, made, strict=True):
        expected = _dict_tokens(text, text_cuts)
        assert serialised == orjson.dumps(expected)
        assert starts == list(map(operator.itemgetter("start"), expected))


@given(_TEXTS, st.data())
def test_with_ends_the_same_tokens_and_the_ends_they_hold(
    texts: list[str], data: st.DataObject
) -> None:
    """What the prodigy-ner format reads the ends from (it parsed the JSON back for them)."""
    cuts = [data.draw(_CUTS) for _ in texts]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(prodigy_tokens, "BATCH_POINTS", 7)  # texts in batches of their own too
        made = prodigy_tokens.serialised_with_ends(texts, cuts)
    assert [tokens for tokens, _ends in made] == prodigy_tokens.serialised(texts, cuts)
    for (serialised, _starts), ends in made:
        assert ends == [token["end"] for token in orjson.loads(serialised)]


@given(_TEXTS, st.data())
def test_texts_in_many_batches_give_what_each_gives_alone(
    texts: list[str], data: st.DataObject
) -> None:
    cuts = [data.draw(_CUTS) for _ in texts]
    alone = list(
        itertools.chain.from_iterable(
            map(prodigy_tokens.serialised, [[t] for t in texts], [[c] for c in cuts])
        )
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(prodigy_tokens, "BATCH_POINTS", 7)
        assert prodigy_tokens.serialised(texts, cuts) == alone


@given(st.text(st.sampled_from(_ALPHABET)), _CUTS)
def test_tokens_give_the_text_back_and_fall_on_every_cut(text: str, cuts: list[int]) -> None:
    [(serialised, _starts)] = prodigy_tokens.serialised([text], [cuts])
    made = orjson.loads(serialised)
    assert "".join(t["text"] + " " * t["ws"] for t in made) == text
    assert [t["id"] for t in made] == list(range(len(made)))
    edges = {0, len(text)} | {t["start"] for t in made} | {t["end"] for t in made}
    assert {cut for cut in cuts if 0 <= cut <= len(text)} <= edges


_BLANK = spacy.blank("xx")


@given(st.text(st.sampled_from("ab \t\n\xa0\u2003"), max_size=30))
def test_tokens_keep_white_space_as_spacy_does(text: str) -> None:
    [(serialised, _starts)] = prodigy_tokens.serialised([text], [[]])
    assert [(t["text"], t["ws"]) for t in orjson.loads(serialised)] == [
        (token.text, bool(token.whitespace_)) for token in _BLANK(text)
    ]


def test_a_long_text_is_a_batch_of_its_own() -> None:
    text = "word " * 10_000
    [(serialised, starts)] = prodigy_tokens.serialised([text], [[3]])
    assert serialised == orjson.dumps(_dict_tokens(text, [3]))
    assert starts[:3] == [0, 3, 5]
