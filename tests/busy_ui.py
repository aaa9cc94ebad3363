"""`reader` whose UI thread is held by a triage key, for the signal tests (run by them,
not collected).

python tests/busy_ui.py MARKER ARGS...   # `reader ARGS...` (a whole process, as the
                                         # `reader` script), but the first triage key's
                                         # save (its disk write, on the store's
                                         # writer thread) makes the file MARKER, then takes
                                         # HOLD_S seconds, and once it is saved the UI
                                         # thread stays busy for good (as with a long
                                         # analysis result), so a signal sent on seeing
                                         # MARKER lands during a save and is answered
                                         # only if the exit does not wait for that thread
"""

from __future__ import annotations

import faulthandler
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from reader import leaving
from reader.cli import main
from reader.library.triage import Triage
from reader.store._storage import AtomicJSONStorage, Save

HOLD_S = 1.0
"""How long the triage key's save takes once MARKER is made."""

_put = AtomicJSONStorage.put
_apply = Triage.apply
_triaging = threading.Event()


def _slow_put(storage: AtomicJSONStorage, save: Save) -> None:
    if _triaging.is_set():
        Path(sys.argv[1]).touch()
        time.sleep(HOLD_S)
    _put(storage, save)


def _apply_then_hold(triage: Triage, *args: Any, **kwargs: Any) -> Any:
    _triaging.set()
    _apply(triage, *args, **kwargs)
    threading.Event().wait()  # never set: the UI thread is held from here on


if __name__ == "__main__":
    stacks = Path(sys.argv[1]).with_suffix(".stacks").open("w")  # for a hang's report
    faulthandler.register(signal.SIGUSR1, file=stacks, all_threads=True)
    leaving.whole_process()  # as the `reader` script: its end comes by a deadline at worst
    AtomicJSONStorage.put = _slow_put  # type: ignore[method-assign]
    Triage.apply = _apply_then_hold  # type: ignore[method-assign]
    sys.exit(main(sys.argv[2:]))
