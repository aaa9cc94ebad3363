"""The results of the NLP layer, as plain records the TUI, CLI and cache share.

They hold offsets only (into `Article.body`), never spaCy objects, so they cross
threads, processes and the disk cache cheaply, and reading them never imports spaCy.
"""

from __future__ import annotations

import operator
import struct
import threading
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity: `body[start:end]` is its text, `label` the model's label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the reader shows for one article body: entities and sentence ranges.

    No entity or sentence crosses a paragraph boundary. `complete` is False for a
    partial result of a big article still being processed.

    `entities` and `sentences` read and compare as tuples, but are held packed
    (`_pack_entities`, `_pack_sentences`): the app keeps every article's analysis for
    the session, and at 10,000 articles (some 340,000 entities, 125,000 sentences) as
    Python objects they were about 60 MB.
    """

    entities: tuple[Entity, ...]
    sentences: tuple[tuple[int, int], ...]
    complete: bool = True

    @property
    def entity_count(self) -> int:
        """How many entities, without reading them (the list shows it on every row)."""
        held = _ENTITIES_SLOT.__get__(self)
        return len(held) // _ENTITY.size if held.__class__ is bytes else len(held)

    def __eq__(self, other: object) -> bool:
        """Field by field on the held forms (each a function of the value, so equal
        values are held alike): nothing is unpacked to compare."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _HELD(self) == _HELD(other)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with the values, not the held forms: a label's number is this
        process's (`_LABELS`)."""
        return Analysis, (self.entities, self.sentences, self.complete)


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    """Which pipeline produced the entities, so the UI can say so (and why, on fallback)."""

    requested: str
    name: str
    version: str
    components: tuple[str, ...]
    fallback: bool
    reason: str | None
    fingerprint: str = ""
    """For a pipeline loaded from a folder, a digest of its files (`model_fingerprint`):
    pipelines `spacy train` writes all share one name and version."""

    @property
    def identity(self) -> str:
        """What cached results are keyed by: the same model and version give the same results
        (and, for a pipeline folder, the same files: `name@version#fingerprint`).

        Which components run follows from the model, so they are not part of it.
        """
        return pipeline_identity(self.name, self.version, self.fingerprint)

    def describe(self) -> str:
        """One line for people: name, version and the components that run."""
        return f"{self.name} {self.version} ({', '.join(self.components)})"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form for `reader entities --json`."""
        return {
            "requested": self.requested,
            "name": self.name,
            "version": self.version,
            "components": list(self.components),
            "fallback": self.fallback,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class LanguageGap:
    """An article read by a pipeline made for another language: its entities are that
    pipeline's guesses (an English model finds "PERSON" in Arabic script), so the user is
    told, and shown how `[models]` in reader.toml maps the language to a pipeline of its own."""

    article: str
    """The article's language code (`meta["language"]`)."""
    pipeline: str
    """The language the pipeline was trained on (its meta.json's `lang`)."""
    model: str
    """The pipeline's name, as `--model` takes it."""

    def describe(self, count: int | None = None) -> str:
        """One line for people: what reads what, and the setting that changes it (`count`:
        how many articles, for a report after the fact; None: the language's articles)."""
        if count is None:
            read = f"Articles in {self.article} are read by"
        else:
            read = f"{count:,} article{'s' if count != 1 else ''} in {self.article} read by"
        return (
            f"{read} {self.model}, a pipeline for {self.pipeline}: entities there are "
            f"guesses. Map {self.article} to a pipeline of its own under [models] in reader.toml."
        )


def pipeline_identity(name: str, version: str, fingerprint: str = "") -> str:
    """`name@version`, with `#fingerprint` for a pipeline folder: the entity cache's key for
    a pipeline, computed alike before a model loads (from its meta.json) and after."""
    base = f"{name}@{version}"
    return f"{base}#{fingerprint}" if fingerprint else base


_ENTITY = struct.Struct("=IHH")
"""A packed entity: its start, its length and its label's number in `_LABELS` (8 bytes,
where start, end and number took 12: some 0.4 MB less by 3,000 articles analysed)."""
_SENTENCE = struct.Struct("=IH")
"""A packed sentence: its start and its length."""
_PACKED_MOST = 1024
"""Entities or sentences beyond this many stay objects: the few big articles' are read
whole on every jump between entities, and unpacking 5,000 takes milliseconds."""
_LABELS: list[str] = []
"""Every label packed so far, by number (a model has a few dozen)."""
_LABEL_NUMBERS: dict[str, int] = {}
_LABELS_LOCK = threading.Lock()
_ENTITIES_SLOT = Analysis.__dict__["entities"]
_SENTENCES_SLOT = Analysis.__dict__["sentences"]
_HELD = operator.attrgetter(
    *(f"_held_{f.name}" if f.name != "complete" else f.name for f in fields(Analysis))
)
_new_entity = object.__new__
_set_start, _set_end, _set_label = (Entity.__dict__[f.name].__set__ for f in fields(Entity))


def _label_number(label: str) -> int:
    number = _LABEL_NUMBERS.get(label)
    if number is None:
        with _LABELS_LOCK:
            number = _LABEL_NUMBERS.setdefault(label, len(_LABELS))
            if number == len(_LABELS):
                _LABELS.append(label)
    return number


def _pack_entities(entities: tuple[Entity, ...]) -> tuple[Entity, ...] | bytes:
    """8 bytes an entity instead of four objects; as given when they do not fit (not a
    tuple of `Entity` with str labels, starts within 32 bits and lengths within 16, or
    too many)."""
    if (
        entities.__class__ is tuple
        and 0 < len(entities) <= _PACKED_MOST
        and all(
            e.__class__ is Entity
            and e.start.__class__ is int
            and e.end.__class__ is int
            and e.label.__class__ is str
            for e in entities
        )
    ):
        pack = _ENTITY.pack
        try:
            return b"".join(
                [pack(e.start, e.end - e.start, _label_number(e.label)) for e in entities]
            )
        except struct.error:
            pass
    return entities


def _pack_sentences(sentences: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...] | bytes:
    """6 bytes a sentence instead of three objects; as given when they do not fit (a
    start past 32 bits, a length past 16)."""
    if (
        sentences.__class__ is tuple
        and 0 < len(sentences) <= _PACKED_MOST
        and all(
            s.__class__ is tuple and len(s) == 2 and s[0].__class__ is int and s[1].__class__ is int
            for s in sentences
        )
    ):
        pack = _SENTENCE.pack
        try:
            return b"".join([pack(start, end - start) for start, end in sentences])
        except struct.error:
            pass
    return sentences


def _entity(start: int, length: int, number: int) -> Entity:
    entity = _new_entity(Entity)
    _set_start(entity, start)
    _set_end(entity, start + length)
    _set_label(entity, _LABELS[number])
    return entity


def _get_entities(analysis: Analysis) -> tuple[Entity, ...]:
    held = _ENTITIES_SLOT.__get__(analysis)
    if held.__class__ is not bytes:
        return held  # type: ignore[no-any-return]
    return tuple([_entity(*fields) for fields in _ENTITY.iter_unpack(held)])


def _get_sentences(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    held = _SENTENCES_SLOT.__get__(analysis)
    if held.__class__ is not bytes:
        return held  # type: ignore[no-any-return]
    return tuple([(start, start + length) for start, length in _SENTENCE.iter_unpack(held)])


# As in `reader.article`: the dataclass made a slot per field; `entities` and
# `sentences` go through properties that pack on the way in (the dataclass's
# `__init__` sets them) and unpack on the way out.
Analysis.entities = property(  # type: ignore[assignment,method-assign]
    _get_entities,
    lambda analysis, entities: _ENTITIES_SLOT.__set__(analysis, _pack_entities(entities)),
    doc="The named entities, in body offsets.",
)
Analysis.sentences = property(  # type: ignore[assignment,method-assign]
    _get_sentences,
    lambda analysis, sentences: _SENTENCES_SLOT.__set__(analysis, _pack_sentences(sentences)),
    doc="Sentence ranges, in body offsets.",
)
Analysis._held_entities = property(_ENTITIES_SLOT.__get__)  # type: ignore[attr-defined]
Analysis._held_sentences = property(_SENTENCES_SLOT.__get__)  # type: ignore[attr-defined]
