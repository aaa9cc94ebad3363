"""Training data from the user's checks: which articles are gold, train/dev, the files.

The checked articles of the open dumps (`checked_articles`), with the entities the
user checked (`reader.annotation.entity_edits.gold_entities`), are written as spaCy
`DocBin` files by `export_training`; `reader.nlp.training` makes the `Doc`s.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.annotation.entity_edits import gold_entities
from reader.article import Article
from reader.errors import ReaderError
from reader.interchange import DEFAULT_DEV_SHARE, TRAINING_FORMAT
from reader.interchange.outputs import replaced, streams_into, write_into
from reader.nlp.training import GoldArticle, Misaligned, docbin_bytes
from reader.store import Store, write_atomically
from reader.text.counted import counted

if TYPE_CHECKING:
    from reader.nlp.training import Language


def checked_articles(store: Store, articles: Sequence[Article]) -> list[GoldArticle]:
    """The open articles whose entities the user checked, each once, with their gold."""
    checked = store.checked()
    found: dict[str, GoldArticle] = {}
    for article in articles:
        if article.id in checked and article.id not in found:
            found[article.id] = GoldArticle(article, gold_entities(store.entity_edits(article.id)))
    return list(found.values())


def checked_for_training(
    store: Store, articles: Sequence[Article]
) -> tuple[list[GoldArticle], str | None]:
    """The checked articles among `articles` (`checked_articles`) and what to tell the user:
    with none, why (nothing checked yet, or every article checked no longer among them as it
    was: the command line said "check one first" to a user who had); with some, a warning
    when others checked are left out (the summary counted only those used), else None."""
    golds = checked_articles(store, articles)
    elsewhere = _checked_elsewhere(store, articles)
    if not golds and not elsewhere:
        return (
            golds,
            "no checked articles: check an article's entities in the reader first (i, then c)",
        )
    if not golds:
        return golds, (
            f"no checked articles in these dumps: {counted(elsewhere, 'checked article')} not in "
            "them as "
            "they were (edited since, or in other dumps); check again in the reader (i, then c)"
        )
    if not elsewhere:
        return golds, None
    return golds, (
        f"{counted(elsewhere, 'checked article')} left out: not in these dumps as they were "
        "(edited since, or in other dumps); check them again in the reader (i, then c)"
    )


def _checked_elsewhere(store: Store, articles: Sequence[Article]) -> int:
    return len(store.checked().keys() - {article.id for article in articles})


def split_dev(
    golds: Sequence[GoldArticle], share: float
) -> tuple[list[GoldArticle], list[GoldArticle]]:
    """(train, dev): a stable share of the articles for dev, chosen by a hash of their id.

    The same article stays on the same side as more articles are checked, so a dev
    score never rewards a model that trained on its dev articles. `NoTrainingData` when
    either side would be empty: `spacy train` stops on an empty dev or training file, after
    the user has set up a run on it, and the export had said nothing.
    """
    if not 0 < share < 1:
        raise ValueError(f"the dev share must be between 0 and 1, not {share}")
    train: list[GoldArticle] = []
    dev: list[GoldArticle] = []
    for gold in golds:
        draw = int.from_bytes(hashlib.sha256(gold.article.id.encode()).digest()[:8]) / 2**64
        (dev if draw < share else train).append(gold)
    if golds and not (train and dev):
        empty, drawn = ("dev", "none") if not dev else ("training", "every one")
        raise NoTrainingData(
            f"the {empty} file would be empty: of {counted(len(golds), 'checked article')}, "
            f"{drawn} falls to a dev share of {share:g}; spacy train needs both files "
            "(a share nearer 0.5, or more articles checked)"
        )
    return train, dev


@dataclass(frozen=True, slots=True)
class TrainingExport:
    """What `export_training` wrote, for the summary line."""

    train: int
    """Articles in the training file."""
    dev: int
    """Articles in the dev file (0 without one)."""
    entities: int
    """Entity spans written, both files."""
    misaligned: tuple[Misaligned, ...]


def export_training(
    nlp: Language,
    golds: Sequence[GoldArticle],
    output: Path,
    dev_output: Path | None = None,
    dev_share: float = DEFAULT_DEV_SHARE,
) -> TrainingExport:
    """Writes the checked articles as `DocBin` files (atomically): all to `output`, or a
    stable `dev_share` of them to `dev_output` and the rest to `output`."""
    train, dev = split_dev(golds, dev_share) if dev_output is not None else (list(golds), [])
    data, misaligned = docbin_bytes(nlp, train)
    outputs = [(output, data)]
    if dev_output is not None:
        dev_data, dev_misaligned = docbin_bytes(nlp, dev)
        outputs.append((dev_output, dev_data))
        misaligned += dev_misaligned
    for path, payload in outputs:
        _write(path, payload)
    written = sum(len(g.entities) for g in golds) - len(misaligned)
    return TrainingExport(len(train), len(dev), written, tuple(misaligned))


def _write(path: Path, payload: bytes) -> None:
    """One file of the export; a refusal is a line naming the user's path, as the other
    formats say it, not the OSError of the temp file renamed over it."""
    try:
        if streams_into(path):
            write_into(path, [payload])
        else:  # as the other exports do: `-o exports/train.spacy` in a fresh workspace
            target = replaced(path)
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, payload)
    except OSError as exc:
        raise ReaderError(f"cannot write {path}: {exc.strerror or exc}") from exc


class NoTrainingData(ReaderError):
    """No checked article to write: the message says why (`checked_for_training`)."""


@dataclass(frozen=True, slots=True)
class TrainingFile:
    """What `training_to_folder` wrote, and what to tell the user besides."""

    path: Path
    done: TrainingExport
    warning: str | None
    """Checked articles left out (`checked_for_training`), or None."""

    def message(self, where: str) -> str:
        """What was written, as `reader export -f spacy` says it, to `where` (the path as
        shown), with the spans left out counted."""
        line = (
            f"{counted(self.done.train, 'checked article')} with "
            f"{counted(self.done.entities, 'entity')} to {where}"
        )
        if self.done.misaligned:
            line += f"; {len(self.done.misaligned)} left out, not on token boundaries"
        return line


def training_to_folder(
    nlp: Language, store: Store, articles: Sequence[Article], folder: Path
) -> TrainingFile:
    """The export dialog's spaCy training data: the checked articles among `articles`, as
    `reader export -f spacy` writes them, to a new file in `folder`; NoTrainingData saying
    why when there is none (the same words as the command line's)."""
    from reader.interchange.export import fresh_path  # the exporters: only when exporting
    from reader.interchange.exporters.selection import export_time

    golds, said = checked_for_training(store, articles)
    if not golds:
        raise NoTrainingData(said or "no checked articles")
    path = fresh_path(folder, TRAINING_FORMAT, ".spacy", export_time())
    return TrainingFile(path, export_training(nlp, golds, path), said)
