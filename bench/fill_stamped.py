"""`reader` with every step of a big dump's fill stamped, for `bench.fill_timeline`.

Run as `python -m bench.fill_stamped [reader's arguments]` with `FILL_STAMPS` naming a
file: the functions in `STAMPED` are wrapped as their modules are imported (so nothing
is imported sooner than `reader` imports it, and the first frame's path is unchanged),
and each call, or each item a generator gives, appends one line to the file: the
monotonic clock (shared by every process of the machine), the process, the thread, the
process's CPU so far, the event and what it carried. The split child and the processes
it forks inherit the wrappers. Nothing is written without `FILL_STAMPS`, and `reader`
itself has no such switch: this is a bench's instrument, not a feature.
"""

from __future__ import annotations

import functools
import importlib.abc
import importlib.machinery
import importlib.util
import os
import runpy
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType
from typing import Any

STAMPS_ENV = "FILL_STAMPS"
"""The file the stamps are appended to."""
CALL, GENERATOR, FIRST = "call", "generator", "first"
"""A function stamped as it is entered and left; a generator at each item (with its size)
and at its end; or only at its first item and its end (one item an article)."""
STAMPED: dict[str, Sequence[tuple[str, str]]] = {
    "reader.tui.launch": [("_plan", CALL), ("split_ahead", CALL), ("Rest.open", CALL)],
    "reader.tui.ahead": [("_send", CALL), ("detached", CALL)],
    "reader.dumps.load": [("read_dump", CALL)],
    "reader.dumps.parts": [
        ("Rest.__init__", CALL),
        ("Rest.send", CALL),
        ("Rest.pieces", GENERATOR),
        ("_answer", CALL),
        ("join_parts", FIRST),
    ],
    "reader.dumps.split_cache": [("Reusing.keep", CALL), ("EntryWriter.finish", CALL)],
    "reader.tui.presenters.opening": [("split_deferred", GENERATOR)],
    "reader.tui.app": [
        ("ReaderApp.on_ready", CALL),
        ("ReaderApp._opened", CALL),
        ("ReaderApp.on_articles_found", CALL),
        ("ReaderApp._dump_done", CALL),
        ("ReaderApp._took_in", CALL),
        ("ReaderApp._prepare_articles", CALL),
    ],
    "reader.library.duplicates": [("find_stories", CALL)],
    "reader.nlp.router": [("ModelRouter.load", CALL)],
}
"""Module: (qualified name, how) of each step of a big dump's way to the list."""


def stamp(event: str, info: object = "") -> None:
    """Appends one line for `event` to the stamps' file."""
    line = (
        f"{time.monotonic():.6f} {os.getpid()} {threading.get_native_id()} "
        f"{time.process_time():.4f} {event} {info}\n"
    )
    fd = os.open(os.environ[STAMPS_ENV], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


def size(value: object) -> object:
    """What a stamp says of an item or an argument: how many articles, or bytes, it holds."""
    if isinstance(value, tuple) and value and hasattr(value[0], "articles"):
        value = value[0]  # a rest's piece: (Dump, last)
    framed = getattr(value, "framed", None)  # a frame passed on: its articles not made here
    if framed is not None:
        return f"{framed.count} framed"
    articles = getattr(value, "articles", None)
    if articles is not None:
        return f"{len(articles)}{' done' if getattr(value, 'done', False) else ''}"
    return len(value) if isinstance(value, bytes) else ""


def wrapped(function: Callable[..., Any], name: str, how: str) -> Callable[..., Any]:
    """`function`, stamped as `how` says."""
    if how in (GENERATOR, FIRST):

        @functools.wraps(function)
        def generator(*args: Any, **kwargs: Any) -> Iterator[Any]:
            count = 0
            try:
                for item in function(*args, **kwargs):
                    count += 1
                    if how == GENERATOR or count == 1:
                        stamp(f"{name}:item", size(item))
                    yield item
            finally:
                stamp(f"{name}:end", count)

        return generator

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        stamp(f"{name}:in", size(args[-1]) if args else "")
        try:
            return function(*args, **kwargs)
        finally:
            stamp(f"{name}:out")

    return call


def stamp_module(module: ModuleType) -> None:
    """Wraps the module's stamped functions in place."""
    for qualname, how in STAMPED[module.__name__]:
        *path, name = qualname.split(".")
        owner: Any = module
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, name, wrapped(getattr(owner, name), qualname, how))


class _Stamping(importlib.abc.MetaPathFinder):
    """Finds the stamped modules as Python would, and wraps their functions once loaded."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in STAMPED:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        loader = spec.loader
        run = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            stamp_module(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def main(args: list[str]) -> None:
    """Runs `reader` with `args`, stamped."""
    stamp("start")
    sys.meta_path.insert(0, _Stamping())
    sys.argv = ["reader", *args]
    runpy.run_module("reader", run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
