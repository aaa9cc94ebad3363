"""Whether the splitter of the working tree splits exactly as the one of a git revision
(default: `main`): for a change meant to make it faster, not different.

`python -m bench.split_same [REV]` splits every file under tests/fixtures/ (but the sealed
halves', `bench.split_quality.SEALED`) and seeds/, all of them end to end as one dump, and
generated dumps (`bench.corpus`), with each splitter in a process of its own; it compares
the articles (every field, `meta` included), the dump's front and back matter, where every
line went (`reader articles --lines`), and the articles of the two-process split
(`reader.dumps.parts`) of the big ones. It prints the names of the inputs that differ and
how many articles do, never their text (some of the fixtures are held out of tuning), and
exits 1 if any differs. Not part of `make bench`.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from bench.split_quality import REAL, SEALED

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ((10_000, 2025), (3_000, 1), (3_000, 7))
"""(articles, seed) of the generated dumps (`bench.corpus.dump`)."""
SEALED_FOLDERS = tuple(sorted(str((REAL / half).relative_to(ROOT)) for half in SEALED))
"""The sealed halves' folders, which no splitter is run on (`bench.split_quality.SEALED`)."""

_CHILD = r"""
import dataclasses, hashlib, json, pickle, sys, tempfile
from pathlib import Path
import reader
from reader.dumps.load import place_lines, read_dump, split_dump
from reader.dumps.parts import Rest, iter_dump_in_parts
from bench import corpus

root, out = Path(sys.argv[1]), Path(sys.argv[2])
assert Path(reader.__file__).resolve().is_relative_to(Path(sys.argv[3]).resolve()), reader.__file__

def digest(value):
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()

def whole(text, source):
    dump = split_dump(text, source)
    placed = [dataclasses.astuple(p) for p in place_lines(text, source)]
    return {
        "articles": [digest(a.to_dict()) for a in dump.articles],
        "matter": digest([dump.front_matter, dump.back_matter]),
        "lines": digest(placed),
    }

def parts(text, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        rest = Rest()
        try:
            found = [digest(a.to_dict() | {"source": name}) for a in iter_dump_in_parts(path, rest)]
        finally:
            rest.close()
        alone = [digest(a.to_dict()) for a in split_dump(text, name).articles]
        return {"parts": found, "parts_as_one": digest(found) == digest(alone)}

results = {}
files = sorted(
    p
    for d in ("tests/fixtures", "seeds")
    for p in (root / d).rglob("*")
    if p.is_file() and not any(p.is_relative_to(root / half) for half in %(sealed)r)
)
texts = []
for path in files:
    name = str(path.relative_to(root))
    try:
        text, _ = read_dump(path)
    except Exception as exc:
        results[name] = {"error": type(exc).__name__}
        continue
    texts.append(text)
    results[name] = whole(text, name)
everything = "\n\n".join(texts)
results["all files as one dump"] = whole(everything, "all")
results["all files as one dump, two cores"] = parts(everything, "all.txt")
for articles, seed in %(generated)r:
    text = corpus.dump(articles, seed)
    name = f"generated {articles} articles, seed {seed}"
    results[name] = whole(text, name)
    results[name + ", two cores"] = parts(text, "generated.txt")
results["generated long article"] = whole(corpus.long_article(), "long")
out.write_bytes(pickle.dumps(results))
"""


def _outputs(tree: Path, bench_root: Path) -> dict[str, dict[str, object]]:
    """What the splitter in `tree` (a folder holding `reader/`) makes of every input."""
    with tempfile.NamedTemporaryFile(suffix=".pickle") as out:
        code = _CHILD % {"generated": GENERATED, "sealed": SEALED_FOLDERS}
        env = {**os.environ, "PYTHONPATH": f"{tree}:{bench_root}"}
        subprocess.run(
            [sys.executable, "-c", code, str(ROOT), out.name, str(tree)],
            check=True,
            env=env,
            cwd=tree,
        )
        return pickle.loads(Path(out.name).read_bytes())


def _revision_tree(revision: str, into: Path) -> Path:
    """The `reader/` package of `revision`, unpacked under `into`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "reader"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def compare(old: dict[str, dict[str, object]], new: dict[str, dict[str, object]]) -> list[str]:
    """One line per input whose output differs: its name and what differs."""
    rows = []
    for name in sorted(old.keys() | new.keys()):
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if before is None or after is None:
            rows.append(f"{name}: only in the {'new' if before is None else 'old'} run")
            continue
        parts = []
        for key in sorted(before.keys() | after.keys()):
            was, now = before.get(key), after.get(key)
            if was == now:
                continue
            if isinstance(was, list) and isinstance(now, list):
                changed = sum(a != b for a, b in zip(was, now, strict=False))
                parts.append(f"{key}: {len(was)} -> {len(now)}, {changed} differ")
            else:
                parts.append(f"{key} differs")
        rows.append(f"{name}: " + "; ".join(parts))
    return rows


def main(revision: str = "main") -> int:
    """Compares the two splitters; 0 when every output is the same."""
    with tempfile.TemporaryDirectory() as tmp:
        old = _outputs(_revision_tree(revision, Path(tmp)), ROOT)
    new = _outputs(ROOT, ROOT)
    rows = compare(old, new)
    print("\n".join(rows))
    broken = [name for name, result in new.items() if result.get("parts_as_one") is False]
    for name in broken:
        print(f"{name}: the two-process split differs from one process")
    articles = sum(len(r.get("articles", [])) + len(r.get("parts", [])) for r in new.values())
    digest = hashlib.sha256(pickle.dumps(sorted(new.items()))).hexdigest()[:12]
    print(
        f"{len(new)} inputs, {articles} articles compared against {revision}: "
        f"{len(rows)} differ (outputs {digest})"
    )
    return 1 if rows or broken else 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:2]))
