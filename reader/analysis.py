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

    @property
    def identity(self) -> str:
        """What cached results are keyed by: the same model and version give the same results.

        Which components run follows from the model, so they are not part of it.
        """
        return f"{self.name}@{self.version}"

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
