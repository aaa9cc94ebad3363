"""The splitter's patterns built from the code a workspace keeps are the patterns `re.compile`
makes, code and all; a file that does not check is let be; a process that splits with the
file compiles nothing and splits as one without it."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
import types
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.dumps import _patterns, cues, pattern_code
from reader.dumps.split_cache import SplitCache
from tests.conftest import ROOT, SEED


@pytest.fixture(autouse=True)
def _own_kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test keeps its patterns' code alone (the process's state is put back after)."""
    monkeypatch.setattr(pattern_code, "_kept", pattern_code._Kept())
    yield


@pytest.fixture
def no_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    """No user cache folder: the workspace's file is the only code there is."""
    monkeypatch.setattr(pattern_code, "shared_folder", lambda: None)


def test_a_workspace_with_no_code_of_its_own_builds_its_patterns_from_the_users_copy(
    tmp_path: Path,
) -> None:
    """A machine's first workspace compiles; a later one's first opening builds its patterns
    from the copy in the user's cache folder, where it compiled them all again (some 75 ms
    of the 130 its plan took before the first frame). Fails without it."""
    pattern = r"(?P<word>\w+)\s+(?:storm|harbour|council)s?\b"
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    pattern_code.keep_in(first)
    pattern_code.compile(pattern, re.IGNORECASE)
    pattern_code.save()
    second.mkdir()
    pattern_code.keep_in(second)
    assert pattern_code.compile(pattern, re.IGNORECASE) == re.compile(pattern, re.IGNORECASE)
    assert pattern_code._kept.made is False  # built from the copy, not compiled
    assert list(second.iterdir()) == []  # nothing new to save


def _splitters_patterns() -> list[tuple[str, int]]:
    """Every pattern of the splitter: each `LazyPattern`, and the heads each role chain's
    gate joins for every band of lengths, cut for lines opening with a letter, a digit, a
    mark or another script. The objects an app run before in this process froze
    (`gc.freeze`) are listed by `gc.get_objects` only once unfrozen."""
    gc.unfreeze()
    found = {(p.pattern, p.flags) for p in gc.get_objects() if isinstance(p, _patterns.LazyPattern)}
    for gate in (g for g in gc.get_objects() if isinstance(g, cues.Gate)):
        for length in [*gate._limits, max(gate._limits, default=0) + 1]:
            head = gate._passes(length).head
            for first in "abrst4(*«é年" if head is not None else "":
                pattern = head.for_first(first)
                if pattern is not None:
                    found.add((pattern.pattern, pattern.flags))
    return sorted(found)


def test_every_pattern_built_from_the_kept_code_is_the_one_re_compile_makes(
    tmp_path: Path,
) -> None:
    import reader.dumps.load  # noqa: F401  # every module of the splitter, its patterns made

    patterns = _splitters_patterns()
    assert len(patterns) > 50
    pattern_code.keep_in(tmp_path)
    for pattern, flags in patterns:
        assert pattern_code.compile(pattern, flags) == re.compile(pattern, flags)
    pattern_code.save()
    pattern_code.keep_in(tmp_path / "another")
    pattern_code.keep_in(tmp_path)
    for pattern, flags in patterns:  # now from the file: equal patterns hold equal code
        assert pattern_code.compile(pattern, flags) == re.compile(pattern, flags)
    assert pattern_code._kept.made is False  # none compiled again


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-7],
        lambda data: data[:40],
        lambda data: b"garbage" + data,
        lambda data: data.replace(b"reader pattern code 1", b"reader pattern code 0"),
        lambda data: b"",
    ],
)
def test_a_file_that_does_not_check_is_let_be(
    tmp_path: Path, damage: object, no_shared: None
) -> None:
    pattern = r"(?P<word>\w+)\s+(?:the|a|an)\b"
    pattern_code.keep_in(tmp_path)
    pattern_code.compile(pattern, re.IGNORECASE)
    pattern_code.save()
    (kept,) = tmp_path.iterdir()
    kept.write_bytes(damage(kept.read_bytes()))  # type: ignore[operator]
    pattern_code.keep_in(tmp_path / "another")
    pattern_code.keep_in(tmp_path)
    assert pattern_code.compile(pattern, re.IGNORECASE) == re.compile(pattern, re.IGNORECASE)


def _rewritten(kept: Path, code: bytes) -> None:
    """The file at `kept` holding `code` in place of its one pattern's, vouched for as the
    module vouches for what it writes."""
    magic = pattern_code._magic()
    payload = kept.read_bytes()[len(magic) + 16 :]
    length = int.from_bytes(payload[:8], "little")
    payload = payload[: 8 + length] + code
    kept.write_bytes(magic + pattern_code._digest(payload) + payload)


@pytest.mark.parametrize(
    ("damage", "vouched"),
    [(b"\xff\xff\x00\x00", True), (b"\x01\x00\x00\x00", False), (b"\x00" * 4, False)],
)
def test_code_sre_refuses_or_the_file_does_not_vouch_for_is_compiled_again(
    tmp_path: Path, damage: bytes, vouched: bool, no_shared: None
) -> None:
    """The file is only a speed-up: code that `_sre` finds invalid, or that the file's digest
    does not vouch for (`_sre` takes code of FAILURE opcodes, or of zeros, as well formed:
    another pattern's code), never stands for the pattern."""
    pattern = "(a|b)+c"
    pattern_code.keep_in(tmp_path)
    pattern_code.compile(pattern)
    pattern_code.save()
    (kept,) = tmp_path.iterdir()
    size = len(re.sub(rb".*\]\]", b"", kept.read_bytes(), flags=re.DOTALL)) // 4
    if vouched:
        _rewritten(kept, damage * size)
    else:
        data = kept.read_bytes()
        kept.write_bytes(data[: -4 * size] + damage * size)
    pattern_code.keep_in(tmp_path / "another")
    pattern_code.keep_in(tmp_path)
    assert pattern_code.compile(pattern) == re.compile(pattern)
    assert pattern_code._kept.made


_SPLIT = """import sys, types
from pathlib import Path
from re import _parser
from reader.dumps.load import load_dumps
from reader.dumps.split_cache import SplitCache
from reader.dumps import pattern_code
if sys.argv[3] == "broken":  # `re`'s private parts moved, as they may in another Python
    pattern_code._compiler = types.SimpleNamespace(_code=lambda *args: 1 / 0)
parsed = []
parse = _parser.parse
_parser.parse = lambda *args: parsed.append(args) or parse(*args)
cache = SplitCache(Path(sys.argv[1]))
articles = load_dumps([Path(sys.argv[2])], cache=cache)
kept = pattern_code._kept
print(len(parsed), len(kept.used), kept.made, [(a.id, a.title, a.body) for a in articles])
"""


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    """A fresh Python run with `args` from the project's root, its output kept."""
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )


def _split_in_a_process(cache: Path, dump: Path, how: str = "") -> tuple[int, int, str]:
    """Patterns parsed (compiled) by a fresh process splitting `dump` with the split cache in
    `cache`, of them those asked of `pattern_code`, and the articles it gave. `how`:
    `broken`, with `re._compiler._code` failing in `pattern_code`."""
    done = _python("-c", _SPLIT, str(cache), str(dump), how)
    parsed, asked, _made, articles = done.stdout.split(" ", 3)
    return int(parsed), int(asked), articles


def test_a_process_splitting_with_the_kept_code_compiles_nothing_and_splits_the_same(
    tmp_path: Path,
) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_bytes(SEED.read_bytes())
    first, asked, split = _split_in_a_process(tmp_path / "cache", dump)
    entries = SplitCache(tmp_path / "cache").directory
    assert asked > 20 and any(p.name.startswith("patterns-") for p in entries.iterdir())
    for entry in entries.glob("*.split"):
        entry.unlink()  # the dump is split again, with the patterns' code
    again, asked_again, split_again = _split_in_a_process(tmp_path / "cache", dump)
    assert asked_again == asked
    assert again == first - asked  # those asked of `pattern_code` were built from its code
    assert split_again == split


def test_where_res_private_parts_fail_every_pattern_is_compiled_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`_compiler._code` or `_sre.compile` moved in another Python: `re.compile` alone, and
    the split is the split."""
    dump = tmp_path / "dump.txt"
    dump.write_bytes(SEED.read_bytes())
    _, _, split = _split_in_a_process(tmp_path / "plain", dump)
    _, asked, broken = _split_in_a_process(tmp_path / "broken", dump, "broken")
    assert asked > 20 and broken == split
    assert not any(p.name.startswith("patterns-") for p in (tmp_path / "broken").rglob("*"))
    pattern_code.keep_in(tmp_path)
    monkeypatch.setattr(pattern_code, "_sre", types.SimpleNamespace(compile=None, **_SRE))
    assert pattern_code.compile("(a|b)+c") == re.compile("(a|b)+c")
    assert not pattern_code._kept.made


_SRE = {"MAGIC": 0, "CODESIZE": 4}


def test_importing_the_splitters_patterns_brings_none_of_the_files_tools() -> None:
    """The splitter imports `pattern_code` on the app's first frame's path: what reads and
    writes the file (19 ms of CPU) comes once a folder is set."""
    done = _python("-X", "importtime", "-c", "import reader.cli, reader.dumps._patterns")
    imported = done.stderr.splitlines()
    names = {line.rsplit("|", 1)[-1].strip() for line in imported}
    assert not names & {"orjson", "hashlib", "unicodedata"}


def test_a_first_split_with_no_file_yet_brings_none_of_the_files_readers(tmp_path: Path) -> None:
    """A workspace's first opening splits its small dumps before the first frame, with no
    file of code yet: orjson (and the `uuid`, `platform` and `datetime` it imports, some
    15 M instructions) is not imported to read a file that is not there."""
    probe = (
        "import sys; from pathlib import Path; from reader.dumps import pattern_code; "
        "pattern_code.keep_in(Path(sys.argv[1])); pattern_code.compile('(a|b)+c'); "
        "print(sorted({'orjson', 'uuid'} & set(sys.modules)))"
    )
    assert _python("-c", probe, str(tmp_path)).stdout.split() == ["[]"]


def test_code_made_here_goes_to_sre_as_made_and_is_packed_only_when_saved(
    tmp_path: Path,
) -> None:
    """Compiled on a first opening, in the process its first frame waits for: the code goes
    to `_sre` as `re`'s compiler made it (a list), and becomes the array the file and the
    process keep only in `save` (16 M instructions out of that process)."""
    pattern_code.keep_in(tmp_path)
    assert pattern_code.compile("(a|b)+c") == re.compile("(a|b)+c")
    ((_, made, _, _),) = pattern_code._kept.code.values()
    assert type(made) is list
    pattern_code.save()
    ((_, kept, _, _),) = pattern_code._kept.code.values()
    assert isinstance(kept, array) and kept.tolist() == made
    pattern_code.keep_in(tmp_path / "another")
    pattern_code.keep_in(tmp_path)
    assert pattern_code.compile("(a|b)+c") == re.compile("(a|b)+c")  # read back from the file
