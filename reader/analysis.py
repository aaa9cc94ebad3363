"""The results of the NLP layer, as plain records the TUI, CLI and cache share.

They hold offsets only (into `Article.body`), never spaCy objects, so they cross
threads, processes and the disk cache cheaply, and reading them never imports spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    """

    entities: tuple[Entity, ...]
    sentences: tuple[tuple[int, int], ...]
    complete: bool = True


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


def pipeline_identity(name: str, version: str, fingerprint: str = "") -> str:
    """`name@version`, with `#fingerprint` for a pipeline folder: the entity cache's key for
    a pipeline, computed alike before a model loads (from its meta.json) and after."""
    base = f"{name}@{version}"
    return f"{base}#{fingerprint}" if fingerprint else base
