"""Which of this workspace's dumps an import file's dump path names.

A file names a dump as the exporting workspace did: relative to it when the dump was
inside it (`seeds/news.txt`), else by its absolute path on that machine. Here the first
is taken in this workspace, and a path that names no dump here is matched by its file
name when exactly one dump here has it (a dump kept outside a workspace sits elsewhere
on another machine).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePath

from reader.article import Article
from reader.store import source_key
from reader.store.records import opened_source


class DumpNames:
    """The dumps of one workspace's articles, and the file paths that name them."""

    def __init__(self, articles: Sequence[Article], root: Path) -> None:
        self._root = root
        self.articles: dict[str, list[Article]] = {}
        """The articles of each dump, by its `source_key`, in their order."""
        keys: dict[str, str] = {}
        for article in articles:
            key = keys.get(article.source)
            if key is None:
                key = keys[article.source] = source_key(article.source)
            self.articles.setdefault(key, []).append(article)
        self._by_name: dict[str, list[str]] = {}
        for key in self.articles:
            self._by_name.setdefault(PurePath(key).name, []).append(key)
        self._named: dict[str, str] = {}

    def key(self, written: str) -> str:
        """The `source_key` of the dump here that a file's path names; when none does, the
        path as this workspace would hold it (relative ones taken in it)."""
        found = self._named.get(written)
        if found is None:
            found = opened_source(written, self._root)
            named = self._by_name.get(PurePath(written).name, [])
            if found not in self.articles and len(named) == 1:
                found = named[0]
            self._named[written] = found
        return found
