"""The bytecode caches `make test` fills before its workers start (`python -m tests.warm`).

On a fresh clone every pytest worker found them empty and made them all itself: each
rewrote the assertions of the 320 test modules and compiled every module it imported,
some 6 s of CPU a worker, five times over on two cores. Made once here (about 7 s of CPU,
on both cores beside the import linter), they are read by every worker. The rewritten
modules are what pytest's own import hook makes (`enable_assertion_pass_hook` is off in
this project), in the file it reads them from; a cache pytest cannot read it makes again,
so a pytest whose rewriting moved on costs the time it cost before and nothing else.
"""

from __future__ import annotations

import compileall
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from _pytest.assertion.rewrite import PYC_TAIL, _rewrite_test, _write_pyc_fp, get_cache_dir

ROOT = Path(__file__).resolve().parent.parent
REWRITTEN = re.compile(r"(^|/)(test_[^/]*|conftest)\.py$")
"""The modules pytest rewrites (its default `python_files` and the conftest files)."""


def rewrite(path: Path) -> None:
    """Caches `path` rewritten, as pytest's import hook would."""
    stat, code = _rewrite_test(path, None)  # type: ignore[arg-type]
    folder = get_cache_dir(path)
    folder.mkdir(exist_ok=True)
    temp = folder / f"{path.stem}{PYC_TAIL}.warm"
    with temp.open("wb") as file:
        _write_pyc_fp(file, stat, code)
    temp.replace(folder / f"{path.stem}{PYC_TAIL}")


def main() -> None:
    """Rewrites the test modules and compiles the others, on every core."""
    tests = sorted(p for p in (ROOT / "tests").rglob("*.py") if REWRITTEN.search(p.as_posix()))
    with ProcessPoolExecutor() as pool:
        list(pool.map(rewrite, tests, chunksize=8))
    for folder in ("reader", "bench", "tests"):
        compileall.compile_dir(ROOT / folder, quiet=1, workers=0, rx=REWRITTEN)


if __name__ == "__main__":
    main()
