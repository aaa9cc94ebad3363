"""Reads the JSON Lines formats `reader export` writes: Prodigy tasks (`jsonl`, and what
`prodigy db-out` gives back of them) and doccano examples (`doccano`, and doccano's own
JSONL export of a project they were loaded into).

Each line is one article, named by `meta.article_id` (Prodigy) or `article_id` (doccano,
which keeps an example's other keys): a line naming none is refused, since its spans could
go nowhere. Its spans become annotations: a Prodigy span by its `annotation_id` (one per
tag, the annotation's tags in their order), a span added in Prodigy without one, and every
doccano label, by its offsets (`<article>-<start>-<end>`: importing the same file twice adds
nothing, nor into the workspace it came from, where one over the same characters as an
annotation the store holds is that annotation), the labels over the same characters its
tags; a note goes to the annotation it
names (Prodigy) or over the same characters (doccano, one with no label making an untagged
annotation). The quote and its context are read from the line's `text`, then re-anchored
in the workspace's article as any import is. The triage state is the line's (`meta.state`,
`state`); Prodigy's `answer` is not read as one (it judges the task's spans, not the
article: a rejected span would have hidden its article as discarded), except in a text
classification task (`prodigy-textcat`: a `label`, no spans), where it judges the article:
accepted, it is kept (or stays starred), rejected, discarded. A span whose label
is an entity label (`entity_spans`: a Prodigy span added there, a doccano label, doccano's
own `entities`) is an entity edit, not a tag: read from an accepted (or unanswered) task,
left out and counted from one rejected or ignored, and a task accepted in Prodigy's manual
NER view checks its article. The entity spans `reader export --with-entities` writes are
not imported (a model's output, not the user's work), nor tag colours (neither format has
them).

A doccano line's offsets count UTF-16 code units, as doccano writes them (and reader's export
now does), except in a file reader wrote before, whose `offsets` says code points.

Neither format has times: an annotation the store already holds takes only the file's tags
it lacks and the file's note under its own, a state it holds is left as it is
(`ImportBatch.timed`), and new ones are stamped with the import's time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reader.interchange.exporters.jsonl import ANSWERS
from reader.interchange.exporters.records import OFFSETS
from reader.interchange.exporters.selection import export_time
from reader.interchange.importers.batch import ImportBatch
from reader.interchange.importers.entity_spans import EntitySpans, doccano_entities
from reader.interchange.importers.fields import FormatProblem, Node
from reader.store import STATES, Annotation, ArticleRecord, StateRecord, context
from reader.text.utf16 import code_point_offsets, utf16_length

PRODIGY = "jsonl"
DOCCANO = "doccano"
_WANTED = {"label": "a label", "notes": "a note"}
Spans = dict[str, tuple[int, int, list[str]]]
"""An article's annotations by id: their offsets and tags, in the order first met."""


def format_of(line: object) -> str | None:
    """Which of the two formats a parsed line is (None: neither)."""
    if not isinstance(line, dict) or not isinstance(line.get("text"), str):
        return None
    if "spans" in line or "tokens" in line or "answer" in line:
        return PRODIGY
    if "label" in line:
        return DOCCANO
    return None


def read(
    lines: list[object], kind: str, entity_labels: frozenset[str] = frozenset()
) -> ImportBatch:
    """Checks every line of a file of `kind` (`format_of`) and returns its records; spans
    labelled with one of `entity_labels` are entity edits."""
    stamp = export_time()
    batch = _Batch(EntitySpans(entity_labels, stamp))
    for number, line in enumerate(lines, 1):
        node = Node.of(line, f"line {number}")
        if kind == PRODIGY:
            _prodigy(node, batch, stamp)
        else:
            _doccano(node, batch, stamp)
    return ImportBatch(
        kind,
        tuple(batch.annotations),
        batch.states,
        articles=batch.articles,
        entity_edits=tuple(batch.entities.edits),
        checked=batch.entities.checked,
        dumps=batch.dumps,
        timed=False,
        left_out_entities=batch.entities.left_out,
        unchecked=batch.entities.unchecked,
    )


class _Batch:
    """The records gathered line by line, refusing an article given twice."""

    def __init__(self, entities: EntitySpans) -> None:
        self.entities = entities
        self.annotations: list[Annotation] = []
        self.states: dict[str, StateRecord] = {}
        self.articles: dict[str, ArticleRecord] = {}
        self.dumps: dict[str, str] = {}
        self._seen: set[str] = set()

    def article(self, node: Node, key: str, details: Node) -> str:
        """The line's article id (at `key` of `node`), its title and dump from `details`."""
        article_id = node.name(key)
        if article_id in self._seen:
            raise FormatProblem(f"{node.place(key)}: article {article_id} appears twice")
        self._seen.add(article_id)
        title, source = details.optional_text("title"), details.optional_text("source")
        if source is not None:
            self.dumps[article_id] = source
            if title is not None:
                self.articles[article_id] = ArticleRecord(source, title)
        return article_id

    def state(self, article_id: str, state: str | None, stamp: str) -> None:
        """The article's triage state, unless none or `new` (what an article with no record
        is written as: a record would say it was set back to unread)."""
        if state is not None and state != "new":
            self.states[article_id] = StateRecord(state, stamp)  # type: ignore[arg-type]


def _prodigy(node: Node, batch: _Batch, stamp: str) -> None:
    meta = Node.of(node.raw("meta", {}), node.place("meta"))
    article_id = batch.article(meta, "article_id", meta)
    text = node.text("text")
    spans: Spans = {}
    found: list[tuple[int, int, str]] = []
    added_as_tags: list[str] = []  # labels given in Prodigy that are no entity labels
    for span in node.nodes("spans", []):
        named, label = span.raw("annotation_id", None), span.name("label")
        if named is None and batch.entities.is_entity(label):
            found.append(
                (*_offsets(span.raw("start"), span.raw("end"), len(text), span.where), label)
            )
            continue
        if named is None:
            added_as_tags.append(label)
        key = _spanned(spans, span, named, article_id, len(text))
        spans[key][2].append(label)
    answer, view = node.raw("answer", None), node.raw("_view_id", None)
    if batch.entities.judged(article_id, answer, view, len(found), added_as_tags):
        for start, end, label in found:
            batch.entities.add(article_id, text, start, end, label)
    notes = {}
    for note in node.nodes("notes", []):  # an untagged annotation has a note alone
        notes[_spanned(spans, note, note.name("annotation_id"), article_id, len(text))] = note.text(
            "note"
        )
    batch.annotations += spanned_annotations(article_id, text, spans, notes, stamp)
    batch.state(article_id, _judged(node, answer, _state(meta, "state")), stamp)


JUDGED = {"accept": "kept", "reject": "discarded"}
"""The triage state a Prodigy answer on a whole article gives (`prodigy-textcat`)."""


def _judged(node: Node, answer: object, state: str | None) -> str | None:
    """The article's state: a text classification task's answer (one `label` to accept or
    reject, no spans: the article itself judged, as `prodigy-textcat` writes it) where it
    gives one, the state written beside it when the answer agrees with it (a starred
    article accepted stays starred); any other task's written state (its answer judges
    its spans, not the article)."""
    if not isinstance(node.raw("label", None), str) or node.raw("spans", None):
        return state
    judged = JUDGED.get(answer) if isinstance(answer, str) else None
    if judged is None or ANSWERS.get(state or "") == answer:
        return state
    return judged


def _spanned(spans: Spans, node: Node, named: object, article_id: str, length: int) -> str:
    """The id of the annotation `node` (a span or a note) is part of, made for it if new:
    the id it names, else one of its offsets."""
    start, end = _offsets(node.raw("start"), node.raw("end"), length, node.where)
    key = named if isinstance(named, str) and named.strip() else place_name(article_id, start, end)
    held = spans.setdefault(key, (start, end, []))
    if held[:2] != (start, end):
        raise FormatProblem(f"{node.where}: annotation {key} is over other characters too")
    return key


def _doccano(node: Node, batch: _Batch, stamp: str) -> None:
    article_id = batch.article(node, "article_id", node)
    text = node.text("text")
    length, point = _doccano_offsets(node, text)
    spans: Spans = {}
    notes: dict[str, str] = {}
    for kind in ("label", "notes"):
        for where, (units, ends, value) in _triples(node, kind, length):
            if not isinstance(value, str) or (kind == "label" and not value.strip()):
                raise FormatProblem(f"{where}[2]: expected {_WANTED[kind]}, got {value!r}")
            start, end = _in_code_points(point, units, ends, where)
            if kind == "label" and batch.entities.is_entity(value):
                batch.entities.add(article_id, text, start, end, value)
                continue
            key = place_name(article_id, start, end)
            held = spans.setdefault(key, (start, end, []))
            if kind == "label":
                held[2].append(value)
            else:
                notes[key] = f"{notes[key]}\n\n{value}" if key in notes else value
    for units, ends, label in doccano_entities(node, length):
        start, end = _in_code_points(point, units, ends, node.place("entities"))
        batch.entities.add(article_id, text, start, end, label)
    batch.annotations += spanned_annotations(article_id, text, spans, notes, stamp)
    batch.state(article_id, _state(node, "state"), stamp)


def _doccano_offsets(node: Node, text: str) -> tuple[int, Callable[[int], int | None]]:
    """How a doccano line counts: its text's length in its offsets, and each offset's code
    point. doccano counts UTF-16 units; a file reader wrote before it did says code points."""
    if node.raw("offsets", None) == OFFSETS:
        return len(text), lambda offset: offset
    return utf16_length(text), code_point_offsets(text)


def _in_code_points(
    point: Callable[[int], int | None], start: int, end: int, where: str
) -> tuple[int, int]:
    """A span's UTF-16 offsets as code points; one inside a character (half of an emoji's
    surrogate pair) is refused, as no text starts or ends there."""
    first, last = point(start), point(end)
    if first is None or last is None:
        raise FormatProblem(f"{where}: {start}, {end} cut a character in two (UTF-16 units)")
    return first, last


def place_name(article_id: str, start: int, end: int) -> str:
    """The id of an annotation a file names by its place alone (a doccano label, a span added
    in Prodigy, a brat `T` line): importing the same file twice adds it once."""
    return f"{article_id}-{start}-{end}"


def named_by_place(annotation: Annotation) -> bool:
    """Whether an annotation read from a file is named by its place (`place_name`): over the
    same characters of the same article as one the store holds, it is that one."""
    return annotation.id == place_name(annotation.article_id, annotation.start, annotation.end)


def _triples(node: Node, key: str, length: int) -> Iterable[tuple[str, tuple[int, int, object]]]:
    """Each `[start, end, value]` of the list at `key` (none when missing), with its place."""
    for index, item in enumerate(node.items(key, [])):
        where = f"{node.place(key)}[{index}]"
        if not isinstance(item, list) or len(item) != 3:
            raise FormatProblem(f"{where}: expected [start, end, value]")
        yield where, (*_offsets(item[0], item[1], length, where), item[2])


def _offsets(start: object, end: object, length: int, where: str) -> tuple[int, int]:
    """A span's offsets, inside the text and at least one character long."""
    if not (type(start) is int and type(end) is int and 0 <= start < end <= length):
        raise FormatProblem(
            f"{where}: expected a start and an end inside the text, got {start!r}, {end!r}"
        )
    return start, end


def _state(node: Node, key: str) -> str | None:
    """A triage state the line names (None: none); one reader does not know is refused."""
    return None if node.optional_text(key) is None else node.one_of(key, STATES)


def spanned_annotations(
    article_id: str,
    text: str,
    spans: Spans,
    notes: dict[str, str],
    stamp: str,
) -> list[Annotation]:
    """The article's annotations: each of `spans`' (its tags once each, the first time
    met), its quote and context read from `text`, its note from `notes` (by id)."""
    found = []
    for key, (start, end, tags) in spans.items():
        quote, prefix, suffix = context(text, start, end)
        names = tuple(dict.fromkeys(tags))
        note = notes.get(key, "")
        found.append(
            Annotation(
                key, article_id, start, end, quote, prefix, suffix, names, note, stamp, stamp
            )
        )
    return found
