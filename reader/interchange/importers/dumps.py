"""Which of this workspace's dumps an import file's dump path names.

A file names a dump as the exporting workspace did: relative to it when the dump was
inside it (`seeds/news.txt`), else by its absolute path on that machine. Here the first
is taken in this workspace, and a path that names no dump here is matched by its file
name when exactly one dump here has it (a dump kept outside a workspace sits elsewhere
on another machine).

A path in a file is only a name, never a place to read: the file may come from anyone,
and a path the store records is read by every command after (`stats`, `search`,
`export`), so a file naming `/etc/passwd` or `../../.ssh/id_rsa` as its dump would have
that file split, searched, and its text carried into the user's next export. So the
store records the dump here a path names (one this import reads: seeds/, the dumps named
with the file, those the store already keeps work by), or a dump's name in seeds/
(which every command reads anyway: the colleague's `seeds/news.txt` is found there once
it is copied in), and nothing else (`DumpNames.recorded`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path, PurePath

from reader.article import Article
from reader.store import source_key
from reader.store.records import opened_source
from reader.workspace import Workspace, is_dump_name


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

    def recorded(self, written: str) -> str | None:
        """The dump path the store may record for a file's path (`key`): a dump here, or a
        dump's name in seeds/; None for any other (refused: see the module's docstring).
        "" (an article of no file) stays ""."""
        if not written:
            return ""
        found = self.key(written)
        if found in self.articles or _in_seeds(found, self._root):
            return found
        return None


def _in_seeds(key: str, root: Path) -> bool:
    """Whether `key` (absolute, no links followed) names a dump file directly in seeds/."""
    path = Path(os.path.normpath(key))
    return path.parent == Workspace(root).seeds_dir and is_dump_name(path)
