"""The `prodigy-ner` format: the checked articles' entities as Prodigy `ner.manual` tasks.

Prodigy's NER recipes (`ner.manual`, `ner.correct`, `prodigy train --ner`, `data-to-spacy`)
read a task's entities from its `spans` and train only on tasks answered `accept`. The
`jsonl` format's spans are the user's passage tags and its answer the triage state: fed to
those recipes, it trains on nothing. Here each article the user checked is one task (its
entities are gold: the model's corrected by the user's edits, as `reader export -f spacy`
takes them, `training.checked_for_training`): the body as `text`, `jsonl`'s tokens (cut at
every entity's edges), the entities as `spans` with `token_start` and `token_end`
(inclusive), `answer: accept` in the `ner_manual` view (`reader import` checks the article
again from it), the article's id, title and dump in `meta`, and `jsonl`'s hashes. An
unchecked article is not written: accepted, the model's guesses would be taken for gold.

An entity whose edges are not a token's (one with a space at its edge, imported from another
tool) is left out and said, as the spaCy export leaves out one its tokenizer cuts through:
Prodigy would refuse its span or train on other characters.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from reader.analysis import Entity
from reader.article import Article
from reader.interchange.exporters.jsonl import hashed_text, prodigy_hash
from reader.interchange.exporters.records import OFFSETS
from reader.nlp.training import GoldArticle, Misaligned
from reader.text import json_out
from reader.text.counted import counted

if TYPE_CHECKING:
    from reader.store import Store

MANUAL_VIEW = "ner_manual"
"""The Prodigy interface a task's answer is given in: accepted there, its spans are all
the article's entities (what `reader import` reads as a check)."""


@dataclass(frozen=True, slots=True)
class NerTasks:
    """What `ner_tasks` made: the lines to write and what the summary line says."""

    lines: list[bytes]
    """One task per checked article, each a JSON object ending in a newline."""
    entities: int
    """Entity spans written."""
    misaligned: tuple[Misaligned, ...]
    """Entities left out: their edges are not a token's."""


def ner_tasks(golds: Sequence[GoldArticle], source: Callable[[str], str]) -> NerTasks:
    """The checked articles' tasks, in their order; `source` writes an article's dump path
    as the other formats do (relative to the workspace)."""
    from reader.interchange.exporters.prodigy_tokens import serialised_with_ends  # numpy

    hashed = [hashed_text(gold.article.body) for gold in golds]
    cuts = [sorted({edge for e in gold.entities for edge in (e.start, e.end)}) for gold in golds]
    made = serialised_with_ends([text for text, _hash in hashed], cuts)
    lines: list[bytes] = []
    misaligned: list[Misaligned] = []
    written = 0
    for gold, (text, input_hash), ((tokens, starts), ends) in zip(golds, hashed, made, strict=True):
        spans = []
        for entity in sorted(gold.entities, key=lambda e: (e.start, e.end)):
            span = _span(entity, starts, ends)
            if span is None:
                misaligned.append(Misaligned(gold.article, entity))
            else:
                spans.append(span)
        written += len(spans)
        task = _task(gold, text, input_hash, tokens, spans, source)
        lines.append(json_out.dumps(task, newline=True))
    return NerTasks(lines, written, tuple(misaligned))


@dataclass(frozen=True, slots=True)
class NerTasksFile:
    """What `ner_tasks_to_folder` wrote, and what to tell the user besides."""

    path: Path
    articles: int
    """Checked articles written, one task each."""
    done: NerTasks
    warning: str | None
    """Checked articles left out (`checked_for_training`), or None."""

    def message(self, where: str) -> str:
        """What was written, as `reader export -f prodigy-ner` says it, to `where` (the path
        as shown), with the spans left out counted."""
        line = (
            f"{counted(self.articles, 'checked article')} with "
            f"{counted(self.done.entities, 'entity')} as "
            f"accepted Prodigy NER tasks to {where}"
        )
        if self.done.misaligned:
            line += f"; {len(self.done.misaligned)} left out, not on token boundaries"
        return line


def ner_tasks_to_folder(
    store: Store, articles: Sequence[Article], folder: Path, root: Path | None
) -> NerTasksFile:
    """The export dialog's Prodigy NER tasks: the checked articles among `articles`, as
    `reader export -f prodigy-ner` writes them (dump paths relative to the workspace at
    `root`, if any), to a new file in `folder`; NoTrainingData saying why when there is no
    checked article (the command line's words)."""
    from reader.interchange import NER_TASKS_FORMAT
    from reader.interchange.export import fresh_path, write
    from reader.interchange.exporters.selection import RelativeSources, export_time
    from reader.interchange.training import NoTrainingData, checked_for_training

    golds, said = checked_for_training(store, articles)
    if not golds:
        raise NoTrainingData(said or "no checked articles")
    done = ner_tasks(golds, str if root is None else RelativeSources(root))
    path = fresh_path(folder, NER_TASKS_FORMAT, ".jsonl", export_time())
    write(done.lines, path)
    return NerTasksFile(path, len(golds), done, said)


def _span(entity: Entity, starts: list[int], ends: list[int]) -> dict[str, Any] | None:
    """The entity as a span on the tokens starting at `starts` and ending at `ends`; None
    when its edges are not a token's."""
    first = bisect.bisect_right(starts, entity.start) - 1
    last = bisect.bisect_left(starts, entity.end) - 1
    if first < 0 or last < first or starts[first] != entity.start or ends[last] != entity.end:
        return None
    return {
        "start": entity.start,
        "end": entity.end,
        "token_start": first,
        "token_end": last,
        "label": entity.label,
    }


def _task(
    gold: GoldArticle,
    text: str,
    input_hash: int,
    tokens: bytes,
    spans: list[dict[str, Any]],
    source: Callable[[str], str],
) -> dict[str, Any]:
    """One checked article's accepted task; the task hash is `jsonl`'s (of the spans, after
    the input hash), so Prodigy tells a changed correction from the same one."""
    article = gold.article
    return {
        "text": text,
        "tokens": orjson.Fragment(tokens),
        "spans": spans,
        "answer": "accept",
        "_view_id": MANUAL_VIEW,
        "meta": {
            **article.meta,
            "article_id": article.id,
            "title": article.title,
            "source": source(article.source),
            "offsets": OFFSETS,
        },
        "_input_hash": input_hash,
        "_task_hash": prodigy_hash({"spans": spans}, prefix=b"%d" % input_hash),
    }
