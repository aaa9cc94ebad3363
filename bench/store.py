"""Save latency of one annotation at 1,000, 10,000 and 100,000 annotations, against plain TinyDB.

    .venv/bin/python -m bench.store

For each size, a store holding that many seeded, realistic annotations is written
to bench/.data/ (on the same disk as the checkout, so fsync costs what it costs),
then `Store.add_annotation` is timed REPEATS times: each call is one complete
save, on disk when it returns (a whole atomic rewrite for a small store, one fsynced
line of the change log for a big one). The baseline inserts the same documents with
TinyDB's default JSONStorage, in the same process (it neither fsyncs nor survives a
kill; at 100,000 it is timed fewer times, each insert rewriting ~60 MB). Also
printed: the store's size, the time to open it (parse, replay, validate, build the
index) and to close it (folding the change log into the store file).
"""

from __future__ import annotations

import random
import shutil
import uuid
from pathlib import Path

import orjson
from tinydb import TinyDB

from bench.timing import Figure, measure, ratio
from reader.store import Annotation, Store
from reader.store.schema import ANNOTATIONS, fresh_data

SIZES = (1_000, 10_000, 100_000)
REPEATS = 30
BASELINE_REPEATS = {100_000: 3}
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


def _ours(
    path: Path, existing: list[Annotation], rng: random.Random
) -> tuple[Figure, Figure, Figure]:
    data = fresh_data()
    data[ANNOTATIONS] = {a.id: a.to_doc() for a in existing}
    path.write_bytes(orjson.dumps(data))
    n = len(existing)
    opened = measure(f"open a store of {n:,}", lambda: Store(path, read_only=True).close())
    body = _text(rng, 5_000, 5_000)
    store = Store(path)
    saved = measure(
        f"save 1 annotation among {n:,}: reader.Store",
        lambda: store.add_annotation("f" * 16, body, 100, 260, tags=["key"], note="why?"),
        repeat=REPEATS,
    )
    closed = measure(
        f"close it (the change log folded in) at {n:,}", store.close, repeat=1, warmup=0
    )
    return saved, opened, closed


def _baseline(path: Path, existing: list[Annotation]) -> Figure:
    with TinyDB(path) as db:
        table = db.table(ANNOTATIONS)
        table.insert_multiple(a.to_doc() for a in existing)
        extra = existing[0].to_doc()
        return measure(
            f"save 1 annotation among {len(existing):,}: TinyDB JSONStorage",
            lambda: table.insert(dict(extra)),
            repeat=BASELINE_REPEATS.get(len(existing), REPEATS),
        )


def main() -> list[str]:
    """Measures every size; returns the printed rows."""
    folder = DATA / "store"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rows = [
        f"median (min–max) of {REPEATS} saves, each on disk when it returns; "
        f"TinyDB at 100,000: {BASELINE_REPEATS[100_000]} inserts"
    ]
    try:
        for n in SIZES:
            rng = random.Random(n)
            existing = _annotations(n, rng)
            ours_path = folder / f"reader-{n}.json"
            saved, opened, closed = _ours(ours_path, existing, rng)
            size = ours_path.stat().st_size
            baseline = _baseline(folder / f"tinydb-{n}.json", existing)
            rows += [
                saved.row(),
                baseline.row(),
                ratio(f"TinyDB JSONStorage / reader.Store at {n:,}", baseline, saved),
                f"{f'store size at {n:,}':<48} {size:>10,} bytes",
                opened.row(),
                closed.row(),
            ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return rows


if __name__ == "__main__":
    print("\n".join(main()))
