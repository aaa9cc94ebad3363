"""A second process for the store's crash and lock tests (run or forked by them, not
collected). Each mode says a line (`say`) after each step it finished:

python tests/store_child.py add STORE   # add annotations forever, say each id once saved
python tests/store_child.py add-logged STORE   # the same, each save a line of the change log
python tests/store_child.py add-logged-snapshot STORE   # the same, the store keeping an export
                                                        # snapshot (a killed writer's log folded
                                                        # in at opening carries it)
python tests/store_child.py add-behind STORE   # add annotations forever through a writer
                                               # thread (as the app saves), one to three
                                               # at a time, say their ids (one line) once
                                               # `flush` returned
python tests/store_child.py add-behind-logged-snapshot STORE   # the same, saving to the
                                                               # change log with a snapshot
python tests/store_child.py add-behind-making-snapshot STORE   # the same, making its
                                                               # snapshot after each flush
python tests/store_child.py hold STORE  # open STORE, add one annotation, print its id
                                        # and "ready", close when stdin sends a line
python tests/store_child.py export STORE   # read STORE as exports do forever, making its
                                           # snapshot anew each time; say "read" after each
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from reader.store import Store, _snapshot, _storage

BODY = "The committee met on Tuesday. " * 8 + "It adjourned without a vote."

Say = Callable[[str], None]
"""Where a mode tells its parent what it finished: a line each."""


def add_forever(path: Path, say: Say) -> None:
    with Store(path) as store:
        n = 0
        while True:
            start = (n * 7) % 200
            annotation = store.add_annotation(f"article-{n % 13}", BODY, start, start + 20)
            say(annotation.id)
            n += 1


def add_behind(path: Path, say: Say, *, made: bool = False) -> None:
    with Store(path) as store:
        store.write_behind(lambda error: print(error, file=sys.stderr))
        n = 0
        while True:
            added = []
            for _ in range(1 + n % 3):  # changes made while the writer saves join its next save
                start = (n * 7) % 200
                added.append(store.add_annotation(f"article-{n % 13}", BODY, start, start + 20))
                n += 1
            store.flush()
            say(" ".join(annotation.id for annotation in added))
            if made:
                store.make_snapshot()


def add_behind_logged_snapshot(path: Path, say: Say) -> None:
    _storage.LOG_FROM = 0
    _snapshot.MIN_BYTES = 0
    add_behind(path, say)


def add_behind_making_snapshot(path: Path, say: Say) -> None:
    """`add-behind-logged-snapshot`, the store asked to make its snapshot after each flush
    (as the app asks when the user is idle: a compaction first, then the snapshot)."""
    _storage.LOG_FROM = 0
    _snapshot.MIN_BYTES = 0
    add_behind(path, say, made=True)


def add_logged(path: Path, say: Say) -> None:
    _storage.LOG_FROM = 0  # as a store big enough to save through its change log
    add_forever(path, say)


def add_logged_snapshot(path: Path, say: Say) -> None:
    _snapshot.MIN_BYTES = 0  # as a store big enough to keep one
    add_logged(path, say)


def hold(path: Path, say: Say) -> None:
    with Store(path) as store:
        annotation = store.add_annotation("held", BODY, 0, 29, tags=["claim"])
        say(annotation.id)
        say("ready")
        sys.stdin.readline()


def export_forever(path: Path, say: Say) -> None:
    _snapshot.MIN_BYTES = 0  # as a store big enough to keep one
    while True:
        for made in _snapshot.snapshot_files(path):
            made.unlink(missing_ok=True)
        with Store(path, read_only=True, bulk=True) as store:
            store.annotation_documents(release=True)
        say("read")


MODES: dict[str, Callable[[Path, Say], None]] = {
    "add": add_forever,
    "add-logged": add_logged,
    "add-logged-snapshot": add_logged_snapshot,
    "add-behind": add_behind,
    "add-behind-logged-snapshot": add_behind_logged_snapshot,
    "add-behind-making-snapshot": add_behind_making_snapshot,
    "hold": hold,
    "export": export_forever,
}


def _print(line: str) -> None:
    print(line, flush=True)


if __name__ == "__main__":
    MODES[sys.argv[1]](Path(sys.argv[2]), _print)
