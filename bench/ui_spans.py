"""What holds the app's thread while a big dump loads: its busy spans, named.

`python -m bench.ui_spans [RUNS]` (not in `make bench`; `batches` below counts a batch's
cost in instructions) runs `bench.tui`'s
`big_dump_typing` scene RUNS times (default 5) with two instruments on the app's thread:
every callback its event loop runs (`asyncio.events.Handle._run`, wrapped for this
process only) is timed in wall and in the thread's own CPU, and another thread samples
the app thread's stack every `SAMPLE_SECONDS` (`sys._current_frames`); whole-screen
layouts and repaints (`Screen._refresh_layout`, `Compositor.render_full_update`, private
to Textual 8) are counted with their CPU.

Per run it prints each key as `name+index wall/CPU/ran/waited/others` in ms: from the press
to the screen answering it, the CPU of the app thread's callbacks in that window, the app
thread's run and run-queue wait over the whole press (its closing keys too; from
`/proc/self/task/*/schedstat`), and the other threads' run time. Then, for each key over
`SLOW_MS`, the callbacks in its window, the longest first, with the frames most often on
the stack while each ran; and the heaviest callbacks of the run by CPU. A span whose CPU
is far under its wall waited for a core (or for the interpreter, held by another thread).
CPU is what a quiet machine would take; wall times at a load of 5 or more are mostly
waits.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TypeVar

from textual._compositor import Compositor
from textual.pilot import Pilot
from textual.screen import Screen

from bench.tui import (
    ActionClock,
    HeldService,
    PaintClock,
    Press,
    _answered,
    _big_workspace,
    _loading,
    _running,
    session_on,
)
from reader.article import Article, article_id
from reader.tui.app import ReaderApp

T = TypeVar("T")
SAMPLE_SECONDS = 0.002
"""Between two samples of the stacks (the sampler waits for the interpreter as well)."""
MIN_SPAN = 0.0002
"""Callbacks shorter than this (seconds) are not kept."""
SLOW_MS = 50.0
"""A key slower than this (the goal) has its window shown."""
LOOK_BACK = 1.0
"""Seconds before the first key from which the heaviest callbacks are looked for."""
SHOWN_SPANS = 4
"""Spans shown per slow key (the longest)."""
SHOWN_FRAMES = 6
"""Frames shown per span: the innermost of the stacks most often sampled in it."""


@dataclass
class Span:
    """One callback the loop ran: when, how long in wall and CPU, and what."""

    start: float
    wall: float
    cpu: float
    what: str


@dataclass
class Spans:
    """The loop's callbacks on the app's thread and samples of its stack."""

    spans: list[Span] = field(default_factory=list)
    samples: list[tuple[float, bool, str]] = field(default_factory=list)
    whole: collections.Counter[str] = field(default_factory=collections.Counter)
    """Whole-screen layouts and repaints, each kind's count and ms of CPU."""
    _stop: threading.Event = field(default_factory=threading.Event)

    def __enter__(self) -> Spans:
        self._original = asyncio.events.Handle._run
        self._layout, self._full = Screen._refresh_layout, Compositor.render_full_update
        original, spans = self._original, self.spans
        Screen._refresh_layout = self._counted(self._layout, "layout")  # type: ignore[method-assign]
        Compositor.render_full_update = self._counted(self._full, "repaint")  # type: ignore[method-assign]

        def timed(handle: asyncio.events.Handle) -> None:
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                original(handle)
            finally:
                took = time.perf_counter() - wall
                if took > MIN_SPAN:
                    spans.append(Span(wall, took, time.thread_time() - cpu, describe(handle)))

        asyncio.events.Handle._run = timed  # type: ignore[method-assign]
        self._sampler: threading.Thread | None = None
        return self

    def sample(self) -> None:
        """Starts sampling this thread's stack (once: after the split child's fork, which
        a running thread would prevent)."""
        if self._sampler is None:
            self._sampler = threading.Thread(target=self._sample, args=(threading.get_ident(),))
            self._sampler.start()

    def _counted(self, method: Callable[..., T], kind: str) -> Callable[..., T]:
        def counted(*args: object, **kwargs: object) -> T:
            cpu = time.thread_time()
            try:
                return method(*args, **kwargs)
            finally:
                self.whole[kind] += 1
                self.whole[f"{kind} ms"] += round((time.thread_time() - cpu) * 1000)

        return counted

    def __exit__(self, *_exc: object) -> None:
        asyncio.events.Handle._run = self._original  # type: ignore[method-assign]
        Screen._refresh_layout = self._layout  # type: ignore[method-assign]
        Compositor.render_full_update = self._full  # type: ignore[method-assign]
        self._stop.set()
        if self._sampler is not None:
            self._sampler.join()

    def _sample(self, main: int) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            now = time.perf_counter()
            for ident, frame in sys._current_frames().items():
                if ident != threading.get_ident():
                    self.samples.append((now, ident == main, leaf(frame)))

    def within(self, start: float, end: float) -> Iterator[Span]:
        """The spans that overlap [start, end]."""
        for span in self.spans:
            if span.start < end and span.start + span.wall > start:
                yield span

    def frames(self, start: float, end: float, main: bool) -> list[tuple[int, str]]:
        """The innermost reader or Textual frames most often sampled between `start` and
        `end` on the app's thread (`main`) or on the others (how often, which)."""
        counts = collections.Counter[str]()
        for at, on_main, where in self.samples:
            if start <= at <= end and on_main == main:
                counts[where] += 1
        return [(n, name) for name, n in counts.most_common(SHOWN_FRAMES)]


def describe(handle: asyncio.events.Handle) -> str:
    """The callback's name, or for a task's step its coroutine's."""
    callback = handle._callback  # type: ignore[attr-defined]
    task = getattr(callback, "__self__", None)
    if isinstance(task, asyncio.Task):
        coro = task.get_coro()
        return f"task {getattr(coro, '__qualname__', coro)}"
    return getattr(callback, "__qualname__", repr(callback))


def leaf(frame: FrameType | None) -> str:
    """The innermost frame of reader's (else Textual's, else the innermost) with the one
    outside it, as file:function:line."""
    first, ours, depth = frame, None, 0
    while frame is not None and depth < 60:
        path = frame.f_code.co_filename
        if "/reader/" in path or ("/textual/" in path and ours is None):
            ours = frame
            if "/reader/" in path:
                break
        frame, depth = frame.f_back, depth + 1
    chosen = ours or first
    if chosen is None:
        return "?"
    return " < ".join(named(f) for f in (chosen, chosen.f_back) if f is not None)


def named(frame: FrameType) -> str:
    code = frame.f_code
    return f"{'/'.join(Path(code.co_filename).parts[-2:])}:{code.co_qualname}:{frame.f_lineno}"


Window = tuple[str, float, float, dict[str, tuple[float, float]]]
"""A timed key: its name, start, seconds, and each thread's run and wait seconds meanwhile."""


def threads() -> dict[str, tuple[float, float]]:
    """Each thread of this process (by name) with its run and wait seconds so far."""
    found = {}
    for thread in threading.enumerate():
        schedstat = Path(f"/proc/self/task/{thread.native_id}/schedstat")
        with contextlib.suppress(OSError):
            ran, waited, _ = schedstat.read_text().split()
            found[f"{thread.name}:{thread.native_id}"] = (int(ran) / 1e9, int(waited) / 1e9)
    return found


def recording(press: Press, spans: Spans, windows: list[Window]) -> Press:
    """`press`, noting each timed key's window; the stack is sampled from the first key on."""

    async def noted(pilot: Pilot[None], n: int) -> tuple[str, float] | None:
        spans.sample()
        before, started = threads(), time.perf_counter()
        timed = await press(pilot, n)
        after = threads()
        if timed is not None:
            used = {
                name: (ran - before.get(name, (0, 0))[0], wait - before.get(name, (0, 0))[1])
                for name, (ran, wait) in after.items()
            }
            windows.append((f"{timed[0]} (key {n})", started, timed[1], used))
        return timed

    return noted


def report(spans: Spans, windows: list[Window]) -> list[str]:
    """Each slow key's window: the longest spans in it and their frames."""
    rows = []
    for key, start, took, used in windows:
        if took * 1000 <= SLOW_MS:
            continue
        rows.append(f"{key}: {took * 1000:.1f} ms")
        inside = sorted(spans.within(start, start + took), key=lambda s: -s.wall)
        busy, cpu = sum(s.wall for s in inside), sum(s.cpu for s in inside)
        rows.append(
            f"  {len(inside)} callbacks, {busy * 1000:.1f} ms of wall, {cpu * 1000:.1f} ms of CPU"
        )
        for name, (ran, wait) in used.items():
            if ran + wait > 0.001:
                rows.append(f"    thread {name}: ran {ran * 1000:.1f} ms, waited {wait * 1000:.1f}")
        for span in inside[:SHOWN_SPANS]:
            rows.append(
                f"  {span.wall * 1000:7.1f} ms wall {span.cpu * 1000:7.1f} ms CPU "
                f"at +{(span.start - start) * 1000:.1f}: {span.what}"
            )
            for n, name in spans.frames(span.start, span.start + span.wall, main=True):
                rows.append(f"      {n:4d} {name}")
        rows.append("  the other threads meanwhile:")
        for n, name in spans.frames(start, start + took, main=False):
            rows.append(f"      {n:4d} {name}")
    return rows


NOT_OTHERS = ("MainThread", "Thread-")
"""The app's thread and the sampler's (a plain `threading.Thread`, as no thread of the
app's is)."""


def summary(spans: Spans, window: Window) -> str:
    """A key's wall ms and the app thread's callbacks' CPU ms in its window."""
    key, start, took, used = window
    cpu = sum(span.cpu for span in spans.within(start, start + took))
    main = next(times for name, times in used.items() if name.startswith("MainThread"))
    others = sum(ran for name, (ran, _w) in used.items() if not name.startswith(NOT_OTHERS))
    figures = "/".join(f"{f * 1000:.0f}" for f in (took, cpu, *main, others))
    return f"{key.split()[0]}{key.split()[-1][:-1]} {figures}"


def heaviest(spans: Spans, since: float) -> list[str]:
    """The callbacks that took the most CPU from `since` on (the first key), with frames."""
    rows = [f"  the heaviest callbacks from {LOOK_BACK:.0f} s before the first key on (CPU):"]
    later = [span for span in spans.spans if span.start >= since - LOOK_BACK]
    for span in sorted(later, key=lambda s: -s.cpu)[:SHOWN_SPANS]:
        rows.append(
            f"  {span.cpu * 1000:7.1f} ms CPU {span.wall * 1000:7.1f} ms wall "
            f"at {(span.start - since) * 1000:+.0f}: {span.what}"
        )
        for n, name in spans.frames(span.start, span.start + span.wall, main=True):
            rows.append(f"      {n:4d} {name}")
    return rows


def main(runs: int = 5) -> list[str]:
    """The slow keys of `runs` loadings and what ran in them."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        workspace = _big_workspace(Path(tmp))
        with PaintClock() as paints, ActionClock() as actions:
            for run in range(runs):
                windows: list[Window] = []
                with Spans() as spans:
                    press = recording(_answered(paints, actions), spans, windows)
                    asyncio.run(_loading(workspace, True, press))
                slow = [w for w in windows if w[2] * 1000 > SLOW_MS]
                worst = max(w[2] for w in windows) * 1000 if windows else 0.0
                load = Path("/proc/loadavg").read_text().split()[0]
                rows.append(
                    f"run {run + 1} (load {load}): {len(windows)} keys, {len(slow)} over "
                    f"{SLOW_MS:.0f} ms, the slowest {worst:.1f} ms; whole-screen "
                    + ", ".join(f"{kind} {n}" for kind, n in sorted(spans.whole.items()))
                )
                rows.append("  " + ", ".join(summary(spans, w) for w in windows))
                rows += report(spans, windows)
                rows += heaviest(spans, windows[0][1] if windows else 0.0)
    return rows


class Fed(ReaderApp):
    """The app over one article of a big dump that nothing splits: its batches are posted
    by `batches` (no worker, no process)."""

    def _load(self, paths: list[Path]) -> None:
        self._loading = True


def batches(count: int = 10_000, size: int = 500) -> list[str]:
    """The app thread's work for a big dump's batches alone: `count` made-up articles
    posted `size` at a time, the app left to draw each. Under `valgrind --tool=cachegrind`
    its instructions less those of `batches 0` are the batches' (as in `reader`, no key,
    no dialog: what the list, its header and the title line cost per batch)."""
    from reader.tui.messages import ArticlesFound

    source = Path("big.txt")
    made = [
        Article(article_id(f"Story {n}", f"Text {n}."), str(source), n, f"Story {n}", f"Text {n}.")
        for n in range(count + 1)
    ]
    session = session_on(made[:1])
    session.deferred = [source]
    service = HeldService()
    app = Fed(session, service, "held")

    async def fed() -> None:
        async with _running(app, service.release) as pilot:
            await pilot.pause(0.1)
            for start in range(1, count + 1, size):
                app.post_message(ArticlesFound(source, tuple(made[start : start + size])))
                await pilot.pause(BATCH_PAUSE)

    asyncio.run(fed())
    return [f"{len(app.main.article_list.articles):,} articles listed in batches of {size}"]


BATCH_PAUSE = 0.05
"""Seconds after each batch: the screen is drawn meanwhile (Textual draws within 1/60 s)."""


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["batches"]:
        print("\n".join(batches(*map(int, arguments[1:]))))
    else:
        print("\n".join(main(*map(int, arguments))))
