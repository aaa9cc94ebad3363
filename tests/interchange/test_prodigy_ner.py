"""`exporters.prodigy_ner`: which entities a task can carry as spans, and the text it
writes."""

from __future__ import annotations

import orjson

from reader.analysis import Entity
from reader.article import Article
from reader.interchange.exporters.prodigy_ner import ner_tasks
from reader.nlp.training import GoldArticle


def _gold(body: str, *entities: Entity) -> GoldArticle:
    return GoldArticle(Article("a1", "/w/seeds/d.txt", 0, "Title", body), entities)


def test_an_entity_whose_edge_is_a_tokens_white_space_is_left_out_and_counted() -> None:
    """'Oslo ' (a trailing space, as another tool may give it) ends on no token's end:
    Prodigy would refuse the span or train on another one."""
    body = "Talks in Oslo and Bergen ended."
    oslo, bergen = Entity(9, 14, "GPE"), Entity(18, 24, "GPE")
    done = ner_tasks([_gold(body, oslo, bergen)], lambda source: source)
    (task,) = map(orjson.loads, done.lines)
    assert [(s["start"], s["end"], s["token_start"], s["token_end"]) for s in task["spans"]] == [
        (18, 24, 4, 4)
    ]
    assert done.entities == 1
    assert [problem.entity for problem in done.misaligned] == [oslo]


def test_an_entity_inside_a_word_cuts_the_word_into_tokens() -> None:
    body = "The Franco-German summit."
    franco = Entity(4, 10, "NORP")
    (task,) = map(orjson.loads, ner_tasks([_gold(body, franco)], str.upper).lines)
    (span,) = task["spans"]
    assert task["tokens"][span["token_start"]]["text"] == "Franco"
    assert span["token_start"] == span["token_end"]
    assert task["meta"]["source"] == "/W/SEEDS/D.TXT"  # as the caller writes dump paths


def test_a_lone_surrogate_is_written_as_a_replacement_character_offsets_kept() -> None:
    body = "Bad \udc80 byte in Lima."
    lima = Entity(body.index("Lima"), body.index("Lima") + 4, "GPE")
    (task,) = map(orjson.loads, ner_tasks([_gold(body, lima)], str).lines)
    assert task["text"] == "Bad \ufffd byte in Lima."
    (span,) = task["spans"]
    assert task["text"][span["start"] : span["end"]] == "Lima"
