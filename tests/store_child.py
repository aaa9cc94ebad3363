"""A second process for the store's crash and lock tests (run by them, not collected).

python tests/store_child.py add STORE   # add annotations forever, print each id once saved
python tests/store_child.py add-logged STORE   # the same, each save a line of the change log
python tests/store_child.py add-logged-snapshot STORE   # the same, the store keeping an export
                                                        # snapshot (a killed writer's log folded
                                                        # in at opening carries it)
python tests/store_child.py hold STORE  # open STORE, add one annotation, print its id
                                        # and "ready", close when stdin sends a line
python tests/store_child.py export STORE   # read STORE as exports do forever, making its
                                           # snapshot anew each time; print "read" after each
"""

from __future__ import annotations

import sys
from pathlib import Path

from reader.store import Store, _snapshot, _storage

BODY = "The committee met on Tuesday. " * 8 + "It adjourned without a vote."


def add_forever(path: Path) -> None:
    with Store(path) as store:
        n = 0
        while True:
            start = (n * 7) % 200
            annotation = store.add_annotation(f"article-{n % 13}", BODY, start, start + 20)
            print(annotation.id, flush=True)
            n += 1


def add_logged(path: Path) -> None:
    _storage.LOG_FROM = 0  # as a store big enough to save through its change log
    add_forever(path)


def add_logged_snapshot(path: Path) -> None:
    _snapshot.MIN_BYTES = 0  # as a store big enough to keep one
    add_logged(path)


def hold(path: Path) -> None:
    with Store(path) as store:
        annotation = store.add_annotation("held", BODY, 0, 29, tags=["claim"])
        print(annotation.id, flush=True)
        print("ready", flush=True)
        sys.stdin.readline()


def export_forever(path: Path) -> None:
    _snapshot.MIN_BYTES = 0  # as a store big enough to keep one
    while True:
        for made in _snapshot.snapshot_files(path):
            made.unlink(missing_ok=True)
        with Store(path, read_only=True, bulk=True) as store:
            store.annotation_documents(release=True)
        print("read", flush=True)


if __name__ == "__main__":
    modes = {
        "add": add_forever,
        "add-logged": add_logged,
        "add-logged-snapshot": add_logged_snapshot,
        "hold": hold,
        "export": export_forever,
    }
    modes[sys.argv[1]](Path(sys.argv[2]))
