"""How a one-shot command's process ends once the user has the answer, and work that serves
only a later command (a cache for the next one) is done without keeping them waiting.

`reader export` from a store with no current snapshot made the snapshot for the next
export inside its own time (the span inputs, the orphans counted, a 56 MB runs file
written: 0.4 of the orjson floor at 100,000 annotations), and then freed the parsed store
before it could end (another 0.3). In a process that is the whole command (`whole_process`,
set by its entry), `leave` gives such work to a process of its own session (`detached`)
and ends this one at once, its memory not freed: the user's shell waits for neither. Any
other caller (a test calling `reader.cli.main`, the app) has the work done in place.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable

_whole = [False]
"""Whether this process is one `reader` command run from its entry (see `whole_process`)."""


def whole_process() -> None:
    """Says this process is one `reader` command and nothing else (the `reader` script and
    `python -m reader` say so before they run it): it may end without freeing its memory."""
    _whole[0] = True


def is_whole_process() -> bool:
    """Whether this process is one `reader` command run from its entry (`whole_process`):
    only such a process leaves work to others that outlive it."""
    return _whole[0]


def end_now(status: int) -> None:
    """Ends a whole process at once with `status`, its output flushed, waiting for no thread
    and running no exit handler: for the app told to stop (SIGHUP, SIGTERM) once its store
    is closed, where the interpreter's own exit waited for any thread left (a worker that
    never returned, in a futex wait for ever, long after its terminal had gone). Elsewhere
    (a test calling `reader.cli.main`) it returns."""
    if not _whole[0]:
        return
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(status)


def end_by(seconds: float, status: int) -> None:
    """In a whole process: ends it with `status` in `seconds` from now, whatever it is doing
    then (closing waits on a lock never let go, a thread it waits for never ends), from a
    thread of its own; flushes nothing, which could wait on a lock too. Elsewhere nothing."""
    if not _whole[0]:
        return

    def end() -> None:
        threading.Event().wait(seconds)
        os._exit(status)

    threading.Thread(target=end, name="reader-deadline", daemon=True).start()


def die_with_parent() -> None:
    """In a forked child: asks Linux to end it (SIGKILL) when the thread that forked it
    ends, so it never outlives the process it works for, however that one ends (a signal,
    SIGKILL, the OOM killer); elsewhere the closed pipe ends it once it next writes. Call
    it first thing, then see that the parent is still there (it may have gone before)."""
    import ctypes  # only in children that ask

    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


_PR_SET_PDEATHSIG = 1


def leave(status: int, later: Iterable[Callable[[], None]] = ()) -> int:
    """Ends a command that has given its answer (its file written, its line printed) with
    `status`, `later` done after it. In a whole process that may fork (no other thread: a
    fork would copy a lock one held) the work goes to a process of its own and this one
    ends here (`os._exit`, its output flushed first; an export runs no exit handler);
    otherwise the work is done here and `status` returned."""
    work = list(later)
    if not (_whole[0] and hasattr(os, "fork") and threading.active_count() == 1):
        done_here(work)
        return status
    sys.stdout.flush()
    sys.stderr.flush()
    if work:
        detached(lambda: done_here(work), DETACHED_NICE)
    os._exit(status)


def done_here(later: Iterable[Callable[[], None]]) -> None:
    """Does `later` in this process, in turn (where it may not end as `leave` ends it)."""
    for work in later:
        work()


DETACHED_NICE = 10
"""The niceness of the process `leave` gives its work to: the user's next command first."""
DETACHED_LIFE_S = 600
"""The longest a `detached` process lives: its work (a cache, a snapshot: seconds) is
rebuildable, and one that hangs (a lock a thread of its parent held when it was forked)
would stay for good where no hangup reaches it."""


def detached(work: Callable[[], None], nice: int = 0, life_s: int = DETACHED_LIFE_S) -> int:
    """Runs `work` in a process of its own session, which neither the caller's end (the
    app's `close` kills its children) nor the terminal's hangup stops, at `nice`: writing a
    cache is no reason to keep the user waiting, nor to lose the work when they quit. Its
    standard streams are /dev/null, so whoever reads this process's output (a pipe, the
    shell's `$(…)`) has it all when this process ends. After `life_s` seconds the kernel
    ends it (SIGALRM, whose default action no code here can hold up). Its pid, for a
    caller that goes on and waits for it (a process that ends leaves it to init)."""
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            signal.alarm(life_s)
            os.setsid()
            nothing = os.open(os.devnull, os.O_RDWR)
            for stream in (0, 1, 2):
                os.dup2(nothing, stream)
            if nice:
                os.nice(nice)
            work()
            status = 0
        finally:
            os._exit(status)
    return pid


def reap_when_done(pid: int) -> None:
    """Reaps the child `pid` as soon as it ends, from a thread of its own: a child nobody
    waits for stays a zombie as long as its parent lives (the split cache's writer beside a
    big dump's split, tens of seconds). Only for a child nothing else waits for; start it
    when this process may hold a thread (none may run when it forks)."""
    threading.Thread(target=_reap, args=(pid,), name="reader-reaper", daemon=True).start()


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
