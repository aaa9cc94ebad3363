"""`make bench`: every benchmark under bench/, one after another, in one table.

Each benchmark module runs in its own process (so one's imports and caches cannot
speed up or slow down another) and prints its own rows; this collects them.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

SUITE = (
    "split",
    "split_quality",
    "wrapped",
    "store",
    "reanchor",
    "export",
    "triage",
    "duplicates",
    "entities",
    "analyse",
    "tui",
    "serve",
)
"""Order: the quick, pure ones first; spaCy and the TUI last."""


def main(names: list[str]) -> int:
    """Runs the named benchmarks (default: all present) and prints their tables."""
    here = Path(__file__).resolve().parent
    chosen = names or [n for n in SUITE if (here / f"{n}.py").exists()]
    print(
        f"reader benchmarks — {platform.python_version()}, {os.cpu_count()} cores, "
        f"{time.strftime('%Y-%m-%d %H:%M')}"
    )
    failed = 0
    for name in chosen:
        print(f"\n## {name}")
        sys.stdout.flush()
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", f"bench.{name}"], check=False)
        failed += done.returncode != 0
        print(f"({name}: {time.perf_counter() - started:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
