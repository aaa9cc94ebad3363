"""`reader` that leaves behind a thread nothing ends, for the signal tests (run by them, not
collected).

python tests/thread_left.py ARGS...   # `reader ARGS...` from its entry (a whole process),
                                      # but as the store opens a thread starts that waits
                                      # for good, as a worker left waiting on a lock would:
                                      # the interpreter's own exit waits for such a thread
                                      # (review31 found `reader` processes in a futex wait
                                      # 1 h 47 min after their terminal had gone)
"""

from __future__ import annotations

import sys
import threading
from typing import Any

from reader.cli import console
from reader.tui.launch import Rest

_open = Rest.open


def _open_leaving_a_thread(rest: Rest) -> Any:
    threading.Thread(target=threading.Event().wait, name="left-waiting").start()
    return _open(rest)


if __name__ == "__main__":
    Rest.open = _open_leaving_a_thread  # type: ignore[method-assign]
    sys.exit(console())
