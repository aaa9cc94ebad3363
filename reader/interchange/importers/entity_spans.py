"""Entity labels in another tool's spans: a Prodigy `ner.manual` task's spans, a doccano
sequence-labelling project's labels, read as entity edits rather than passage tags.

A team that labelled PERSON, ORG and GPE in Prodigy or doccano did the work the entity
keys do (`i`, then `t`); read as tags, it would sit in the annotations panel as passages
tagged "ORG", out of the training data and of every entity count. A span is an entity when
its label is one of the import's entity labels (the model's, or those `reader import
--entity-labels` names): that is the only sign such files give. A span of reader's own
export (a Prodigy span with its `annotation_id`) is a tag whatever its name.

The files carry no times: an entity edit the store holds over the same characters stays
(`merged_edits`, untimed), as an annotation the store holds keeps its tags; importing the
same file twice adds nothing, since each edit is named by its place and label.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.interchange.importers.fields import FormatProblem, Node
from reader.store import context
from reader.store.records import EntityEdit

ACCEPTED = ("accept", None)
"""The Prodigy answers whose spans are the annotator's word (`accept`, or a task never
answered: a file written for `prodigy db-in`); a rejected or ignored task's spans are
not."""
MANUAL_VIEWS = frozenset({"ner_manual", "spans_manual"})
"""The Prodigy interfaces in which accepting a task says its spans are all its entities."""


def entity_name(article_id: str, start: int, end: int, label: str) -> str:
    """The id of an entity edit a file names by its place and label: the same file imported
    twice, or into the workspace it was made from, adds it once."""
    return f"{article_id}-{start}-{end}-{label}"


@dataclass
class EntitySpans:
    """The entity edits and checks gathered from a file's lines, and what was left out."""

    labels: frozenset[str]
    """The labels read as entities."""
    stamp: str
    """When the import runs: the edits' and checks' time (the file gives none)."""
    edits: list[EntityEdit] = field(default_factory=list)
    checked: dict[str, str] = field(default_factory=dict)
    left_out: int = 0
    """Entity spans of tasks not accepted (rejected or ignored in Prodigy)."""
    unchecked_tasks: int = 0
    """Tasks accepted in a manual NER view that check nothing: some of their spans are
    tags (their labels are no entity labels)."""
    not_entities: dict[str, None] = field(default_factory=dict)
    """Those spans' labels, in the order met."""

    def is_entity(self, label: str) -> bool:
        """Whether a span so labelled is an entity, not a tag."""
        return label in self.labels

    def add(self, article_id: str, text: str, start: int, end: int, label: str) -> None:
        """One entity span of an article whose text is `text`."""
        name = entity_name(article_id, start, end, label)
        where = (article_id, start, end, *context(text, start, end))
        self.edits.append(EntityEdit(name, *where, kind="label", label=label, created=self.stamp))

    def judged(
        self, article_id: str, answer: object, view: object, spans: int, tags: list[str]
    ) -> bool:
        """Whether a Prodigy task's `spans` entity spans are read (its answer accepts them),
        counting them as left out when not. A task accepted in a manual NER view is the
        article checked (its spans are all its entities), unless spans added in Prodigy
        were read as tags (`tags`, their labels: a CoNLL team's PER, GEO): its gold would
        lack them, and `export -f spacy` and `evaluate` would take a name the annotator
        marked for no entity (review23). reader's own passages riding in the task (their
        `annotation_id` kept) are no claim about entities and do not count."""
        if answer not in ACCEPTED:
            self.left_out += spans
            return False
        if answer == "accept" and view in MANUAL_VIEWS:
            if tags:
                self.not_entities.update(dict.fromkeys(tags))
                self.unchecked_tasks += 1
            else:
                self.checked[article_id] = self.stamp
        return True

    @property
    def unchecked(self) -> tuple[int, tuple[str, ...]]:
        """The accepted tasks that check nothing, and the labels that kept them from it."""
        return self.unchecked_tasks, tuple(self.not_entities)


def doccano_entities(node: Node, length: int) -> Iterable[tuple[int, int, str]]:
    """The entities of a doccano line holding its own `entities` (doccano's objects with
    `start_offset`, `end_offset` and `label`); reader's `--with-entities` list of
    `[start, end, label]` is the model's output, not the user's work, and is not read."""
    for index, item in enumerate(node.items("entities", [])):
        if isinstance(item, list):
            continue
        entity = Node.of(item, f"{node.place('entities')}[{index}]")
        start, end = entity.raw("start_offset"), entity.raw("end_offset")
        if not (type(start) is int and type(end) is int and 0 <= start < end <= length):
            raise FormatProblem(
                f"{entity.where}: expected a start and an end inside the text, got "
                f"{start!r}, {end!r}"
            )
        yield start, end, entity.name("label")
