"""Messages the app's threads (the entity worker, the store's writer) post to it.

`post_message` is thread-safe, so the worker never touches widgets: it reports,
and the app updates the library and repaints on its own thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.message import Message

from reader.analysis import Analysis, PipelineInfo
from reader.article import Article
from reader.library.stories import Stories
from reader.store.errors import StoreWriteError


@dataclass
class PipelineReady(Message):
    """The spaCy pipeline (or its fallback) is loaded; entities for new text can start."""

    info: PipelineInfo
    """Which pipeline runs, and why it is the fallback if it is."""


@dataclass
class StoriesFound(Message):
    """Near-duplicate articles were grouped into stories (over every open article)."""

    stories: Stories


@dataclass
class AnalysesArrived(Message):
    """Entity results for some articles: cached, partial (big articles) or complete."""

    results: tuple[tuple[Article, Analysis], ...]
    """Each article with its analysis; a partial one has `complete == False`."""


@dataclass
class ArticlesChanged(Message):
    """A correction (a break, a join, a retitle, or its undo) changed the list."""

    articles: tuple[Article, ...]
    """The articles new to the list, maybe none: to search and to analyse."""


@dataclass
class ArticlesFound(Message):
    """Some articles of a big dump, as the splitter finds them: the list fills as it splits."""

    path: Path
    articles: tuple[Article, ...]
    """The articles found since the last message (each dump's first come at once)."""
    done: bool = False
    """The dump is split: these are its last articles."""
    error: str | None = None
    """The dump could not be read: why, in one line (no article comes, `done` is set)."""


@dataclass
class SaveFailed(Message):
    """The store's writer could not save the changes: they stay in memory, the user is told."""

    error: StoreWriteError
