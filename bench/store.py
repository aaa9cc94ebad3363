"""Save latency of one annotation at 100, 1,000 and 10,000 annotations, against plain TinyDB.

    .venv/bin/python -m bench.store

For each size, a store holding that many seeded, realistic annotations is written
to bench/.data/ (on the same disk as the checkout, so fsync costs what it costs),
then `Store.add_annotation` is timed REPEATS times: each call is one complete
atomic save. The baseline inserts the same documents with TinyDB's default
JSONStorage, in the same process. Also printed: the store's size and the time to
open it (parse, validate, build the index).
"""

from __future__ import annotations

import random
import shutil
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import orjson
from tinydb import TinyDB

from reader.store import Annotation, Store
from reader.store_schema import ANNOTATIONS, fresh_data

SIZES = (100, 1_000, 10_000)
REPEATS = 30
OPEN_REPEATS = 5
DATA = Path(__file__).parent / ".data"
SYLLABLES = ("ta", "re", "on", "mi", "ster", "bud", "get", "vo", "te", "ca", "ll", "pro", "ment")


def _text(rng: random.Random, low: int, high: int) -> str:
    words: list[str] = []
    target = rng.randint(low, high)
    while len(" ".join(words)) < target:
        words.append("".join(rng.choices(SYLLABLES, k=rng.randint(1, 4))))
    return " ".join(words)[:target]


def _annotations(n: int, rng: random.Random) -> list[Annotation]:
    made = []
    for i in range(n):
        start = rng.randint(0, 20_000)
        quote = _text(rng, 40, 300)
        stamp = f"2025-06-01T09:{i // 60 % 60:02d}:{i % 60:02d}.000Z"
        made.append(
            Annotation(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                article_id=f"{rng.randrange(max(1, n // 20)):016x}",
                start=start,
                end=start + len(quote),
                quote=quote,
                prefix=_text(rng, 32, 32),
                suffix=_text(rng, 32, 32),
                tags=tuple(rng.sample(["key", "quote", "claim", "follow-up", "question"], 2)),
                note=_text(rng, 0, 120) if rng.random() < 0.4 else "",
                created=stamp,
                updated=stamp,
            )
        )
    return made


def _timed(action: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return times


def _ours(path: Path, existing: list[Annotation], rng: random.Random) -> tuple[list[float], ...]:
    data = fresh_data()
    data[ANNOTATIONS] = {a.id: a.to_doc() for a in existing}
    path.write_bytes(orjson.dumps(data))
    opens = _timed(lambda: Store(path, read_only=True).close(), OPEN_REPEATS)
    body = _text(rng, 5_000, 5_000)
    with Store(path) as store:
        saves = _timed(
            lambda: store.add_annotation("f" * 16, body, 100, 260, tags=["key"], note="why?"),
            REPEATS,
        )
    return saves, opens


def _baseline(path: Path, existing: list[Annotation]) -> list[float]:
    with TinyDB(path) as db:
        table = db.table(ANNOTATIONS)
        table.insert_multiple(a.to_doc() for a in existing)
        extra = existing[0].to_doc()
        return _timed(lambda: table.insert(dict(extra)), REPEATS)


def _spread(times: list[float]) -> str:
    return f"{statistics.median(times):7.2f} ({min(times):.2f}–{max(times):.2f})"


def main() -> None:
    """Prints one row per store size."""
    shutil.rmtree(DATA / "store", ignore_errors=True)
    (DATA / "store").mkdir(parents=True)
    print(f"save of one annotation, ms: median (min–max) of {REPEATS}; open: of {OPEN_REPEATS}")
    print(
        f"{'annotations':>11}  {'reader.Store save':>24}  {'TinyDB JSONStorage':>24}  "
        f"{'ratio':>6}  {'store bytes':>11}  {'open ms':>8}"
    )
    for n in SIZES:
        rng = random.Random(n)
        existing = _annotations(n, rng)
        ours_path = DATA / "store" / f"reader-{n}.json"
        saves, opens = _ours(ours_path, existing, rng)
        size = ours_path.stat().st_size
        base = _baseline(DATA / "store" / f"tinydb-{n}.json", existing)
        ratio = statistics.median(base) / statistics.median(saves)
        print(
            f"{n:>11,}  {_spread(saves):>24}  {_spread(base):>24}  {ratio:>5.1f}x  "
            f"{size:>11,}  {statistics.median(opens):>8.1f}"
        )
    shutil.rmtree(DATA / "store", ignore_errors=True)


if __name__ == "__main__":
    main()
