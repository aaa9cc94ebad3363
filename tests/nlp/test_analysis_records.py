"""Analyses as the app keeps them: read, compared and pickled as values, held packed."""

from __future__ import annotations

import dataclasses
import pickle
import sys

import pytest

from reader.analysis import Analysis, Entity

ENTITIES = (Entity(0, 4, "PERSON"), Entity(10, 2**32 - 1, "ORG"), Entity(20, 25, "PERSON"))
SENTENCES = ((0, 9), (10, 2**32 - 1))

FORMS = [
    (ENTITIES, SENTENCES),
    ((), ()),
    ([Entity(0, 4, "GPE")], [(0, 4)]),  # lists stay lists
    ((Entity(0, 2**32, "GPE"), Entity(-1, 3, "GPE")), ((-1, 2**40),)),  # past 32 bits
    ((Entity(True, 3, "GPE"),), ((True, 2), (1, 2, 3))),  # not ints, not pairs
    ((Entity(5, 70_000, "ORG"), Entity(9, 3, "ORG")), ((0, 70_000),)),  # past 16-bit lengths
    (tuple(Entity(i, i + 1, "ORG") for i in range(2000)), tuple((i, i) for i in range(2000))),
]


@pytest.mark.parametrize(("entities", "sentences"), FORMS)
def test_an_analysis_reads_back_as_given_in_every_form(
    entities: tuple[Entity, ...], sentences: tuple[tuple[int, int], ...]
) -> None:
    analysis = Analysis(entities, sentences, complete=False)
    for copy in (analysis, pickle.loads(pickle.dumps(analysis, pickle.HIGHEST_PROTOCOL))):
        assert copy.entities == entities and type(copy.entities) is type(entities)
        assert copy.sentences == sentences and type(copy.sentences) is type(sentences)
        assert [type(e.start) for e in copy.entities] == [type(e.start) for e in entities]
        assert copy.entity_count == len(entities) and copy.complete is False
        assert copy == analysis
        if type(entities) is tuple:  # a dataclass's hash, so unhashable with lists
            assert hash(copy) == hash(analysis)


def test_analyses_compare_and_replace_as_dataclasses_do() -> None:
    analysis = Analysis(ENTITIES, SENTENCES)
    assert analysis == Analysis(tuple(ENTITIES), tuple(SENTENCES))
    assert analysis != Analysis(ENTITIES[:2], SENTENCES)
    assert analysis != Analysis((*ENTITIES[:2], Entity(20, 25, "GPE")), SENTENCES)
    assert analysis != Analysis(ENTITIES, SENTENCES, complete=False)
    fewer = dataclasses.replace(analysis, entities=ENTITIES[:1])
    assert (fewer.entities, fewer.sentences, fewer.complete) == (ENTITIES[:1], SENTENCES, True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        analysis.entities = ()  # type: ignore[misc]


def test_entities_and_sentences_are_held_smaller_than_as_python_objects() -> None:
    """Each entity was four objects (itself, two ints, a shared label), each sentence
    three; held packed, they cost a tenth of that."""
    entities = tuple(Entity(1000 + i * 10, 1005 + i * 10, "ORG") for i in range(100))
    sentences = tuple((1000 + i * 10, 1009 + i * 10) for i in range(100))
    analysis = Analysis(entities, sentences)
    as_objects = sum(
        sys.getsizeof(e) + sys.getsizeof(e.start) + sys.getsizeof(e.end) for e in entities
    ) + sum(sys.getsizeof(s) + sys.getsizeof(s[0]) + sys.getsizeof(s[1]) for s in sentences)
    held = analysis._held_entities, analysis._held_sentences  # type: ignore[attr-defined]
    assert sum(sys.getsizeof(h) for h in held) < 0.1 * as_objects


def test_an_entity_is_held_in_8_bytes_and_a_sentence_in_6() -> None:
    analysis = Analysis(ENTITIES[:1] + ENTITIES[2:], SENTENCES[:1])
    held = analysis._held_entities, analysis._held_sentences  # type: ignore[attr-defined]
    assert [len(h) for h in held] == [16, 6]
    assert analysis.entities == (ENTITIES[0], ENTITIES[2]) and analysis.sentences == ((0, 9),)
