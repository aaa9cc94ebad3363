"""The heap: freed memory goes back to the system, and what lives as long as the app is
left out of the garbage collector's passes.

Two glibc `malloc` defaults cost the app resident memory it no longer uses:

- Blocks over the mmap threshold (128 KB) get mappings of their own, unmapped when
  freed; but the first such block freed raises the threshold to its size (up to
  32 MB), so from then on numpy's arrays for the stories, the search text and the
  model's tables come from the heap, which keeps what they leave behind: 20 MB held
  after grouping stories at 10,000 articles. Fixing the threshold turns that off.
- Each thread that allocates gets an arena of its own (up to eight per core), and
  each keeps its own free space: the split, the search index, the stories and the
  entity model are built by different workers. Two arenas are plenty under the GIL.
  The cap only stops new arenas: threads that allocated before it (the terminal watch,
  Textual's input and output threads, the workers that load the dump and open the
  store, the one setting it) keep theirs, and later threads share those: 7-8 arenas
  with the 10,000-article dump open, whose free pages a trim then gives back some
  1.2 MB of (docs/performance.md, fill20).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable, Hashable

M_ARENA_MAX = -8
"""mallopt's parameter number for the most arenas (glibc's malloc.h)."""
M_MMAP_THRESHOLD = -3
"""mallopt's parameter number for the mmap threshold (glibc's malloc.h)."""
ARENAS = 2
"""Arenas at most once set: no thread makes a new one after (those made before stay)."""
MMAP_THRESHOLD = 128 * 1024
"""glibc's initial threshold, kept: blocks this size and over are mapped on their own."""


def keep_heap_small() -> bool:
    """Sets both (see the module docstring); True if glibc took them.

    Elsewhere (another C library, another system) nothing changes. Called after the
    first frame, since `ctypes` takes some 10 ms to import, and before the workers
    that build the search index, the stories and the model start (threads that have
    their arena keep it)."""
    mallopt = _glibc("mallopt", "c_int", "c_int")
    if mallopt is None:
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) & bool(mallopt(M_ARENA_MAX, ARENAS))


def give_back() -> bool:
    """Returns the heap's free pages to the system (glibc's `malloc_trim`); True if some
    went back.

    For after the app let go of much at once, among what it keeps: the open dump's
    bodies, held compressed once it is listed (`Library.compact`), left 10 MB of free
    chunks between the blocks that live on, which glibc keeps mapped for the next
    allocations and which counted, all of it, in the peak the model's load then set.
    It walks the whole heap holding each arena's lock (7 ms at 10,000 articles, 66 ms at
    100,000 under load 12): a thread that allocates meanwhile waits, so the app asks for
    it when the user is idle (`IdleCollector.give_back_when_idle`)."""
    malloc_trim = _glibc("malloc_trim", "c_size_t")
    return malloc_trim is not None and bool(malloc_trim(0))


def _glibc(name: str, *argtypes: str) -> Callable[..., int] | None:
    """glibc's function `name`, taking the `ctypes` types named by `argtypes` and returning
    an int; None off Linux (where `ctypes` is not even imported) or where the C library
    has no such function."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        function = getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):
        return None
    function.argtypes = tuple(getattr(ctypes, argtype) for argtype in argtypes)
    function.restype = ctypes.c_int
    return function


FULL_PASS_EVERY = 1_000
"""Passes of the middle generation before the collector may start a full pass by itself
(Python's default: 10). A backstop only: the app runs its full passes while the user is
idle (`IdleCollector`)."""
IDLE_SECONDS = 1.0
"""Seconds without a key, a click or a scroll after which the user is reading, not typing."""
FULL_PASS_DUE = 10
"""Middle-generation passes since the last full one after which an idle moment gets a full
pass: what Python's own default waits for."""


class IdleCollector:
    """Runs the collector's full passes between keys, never on one.

    After the opening is frozen, the oldest generation still holds what was built since:
    Textual's caches of drawn lines, the lists of listed ids (100,000 at a time), the order
    by state. A full pass walks all of it, 20 to 70 ms of CPU at 100,000 articles, and
    Python starts one whenever an allocation tips its counters: on whatever key allocated
    then (the slowest answers of a quiet run: `u` 67.9 ms, `ctrl+o` 53.6 ms). With
    `defer` the collector leaves full passes to `collect_if_idle`, which the app calls
    now and then: it runs one once the user has been idle for `IDLE_SECONDS` and enough
    was kept since the last. Young passes go on as before, so cycles die young as ever;
    what reached the oldest generation waits for the next pause of the user's.
    """

    def __init__(self, idle: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._idle = idle
        self._clock = clock
        self._last_input = clock()
        self._thresholds = gc.get_threshold()
        self._freeze = False
        self._give_back = False

    def give_back_when_idle(self) -> None:
        """Asks for `give_back` at the next idle moment (safe from any thread): the heap
        is walked between keys, as full passes are."""
        self._give_back = True

    def defer(self) -> None:
        """Leaves full passes to `collect_if_idle` (the collector's own, rare, as a backstop)."""
        young, middle, _ = self._thresholds
        gc.set_threshold(young, middle, FULL_PASS_EVERY)

    def restore(self) -> None:
        """The collector's thresholds as they were before `defer` (the app has ended)."""
        gc.set_threshold(*self._thresholds)

    def input_seen(self) -> None:
        """The user pressed a key, clicked or scrolled just now."""
        self._last_input = self._clock()

    def freeze_when_idle(self) -> None:
        """What was built so far lives as long as the app: frozen at the next idle moment.

        At 100,000 articles the articles, the search text, the entity index, the stories
        and the sort keys are some 450,000 objects, built by workers. Left in the oldest
        generation, each full pass walks all of them (0.6 s of CPU); frozen (`gc.freeze`)
        they are never walked again, and refcounting still frees any of them dropped
        later. But a frozen cycle is never freed: frozen as a worker ended, the garbage
        of the oldest generation (whatever died since the last full pass, which waits
        for the user's pauses) stayed for good, some 5,000 objects per freeze at 10,000
        articles. So the freeze follows a full pass, both when the user pauses.
        """
        self._freeze = True

    def idle(self) -> bool:
        """Whether the user has been idle for the collector's `idle` seconds."""
        return self._clock() - self._last_input >= self._idle

    def collect_if_idle(self) -> bool:
        """A full pass if the user has been idle long enough and one is due or a freeze
        waits (which then follows it); True if run. Free pages go back to the system
        then too, if asked (`give_back_when_idle`)."""
        if not self.idle():
            return False
        due = self._freeze or gc.get_count()[2] >= FULL_PASS_DUE
        if due:
            gc.collect()
        if self._freeze:
            gc.freeze()
            self._freeze = False
        if self._give_back:
            self._give_back = False
            give_back()
        return due


class Settling:
    """The work that allocates and lets go of the most as a dump comes in (its bodies
    compacted and folded for search, its stories grouped, its annotations placed), held
    while it runs, so that the entity model's first load can wait for it to end.

    The model's load sets the app's peak (spaCy reading its weights: some 7 MB more for
    a tenth of a second, as in the model's own process), and begun beside the stories
    (some 17 MB of arrays at 10,000 articles) it stood on theirs: which came first was
    the machine's timing, and the same code read 3.6x and 4.4x of its memory budget from
    one run to the next (docs/performance.md, mem30). Thread-safe: held and released on
    the app's thread, waited for in the entity worker's."""

    def __init__(self) -> None:
        self._held: set[Hashable] = set()
        self._changed = threading.Condition()

    def hold(self, work: Hashable) -> None:
        """`work` runs: `wait` waits for it."""
        with self._changed:
            self._held.add(work)

    def release(self, work: Hashable) -> None:
        """`work` ended (or never ran); releasing what is not held does nothing."""
        with self._changed:
            self._held.discard(work)
            if not self._held:
                self._changed.notify_all()

    def wait(self, timeout: float) -> bool:
        """True once nothing is held; False if something still is after `timeout` seconds."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._held, timeout)
