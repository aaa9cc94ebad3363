"""The splitter's compiled patterns kept on disk, so a process that splits does not compile
them again.

A process's first split compiled some sixty patterns, long alternations of cue words
among them (the role chain's joined heads, the chrome and credit lines), for some 90 ms
of CPU: a sixth of `reader export` splitting a 2,000-article dump, and a wait before the
first article of every process that splits. Python's `re` makes a pattern's code in pure
Python and hands it to `_sre.compile`, which checks it and builds the pattern; this module
keeps that code in a file of the workspace's split cache folder (`SplitCache` names the
folder, `EntryWriter.commit` saves what was compiled since), and a copy in the user's cache
folder that a workspace with no file of its own reads (`shared_folder`: only a machine's
first workspace compiles), and builds each pattern from it when the file holds the same
pattern and flags, for the same Python and `_sre`, in a millisecond or two for all of them.

It is only a speed-up: a file that is missing, another Python's, damaged, or whose code
`_sre` refuses is let be, and the pattern compiled as `re.compile` compiles it (a test
checks that a pattern built from the file equals `re.compile`'s, code and all); where
`re`'s private parts this leans on (`_parser.parse`, `_compiler._code`, `_sre.compile`)
are not as in CPython 3.11 to 3.13, any failure of theirs makes it `re.compile` alone. The file
is written to a temp file and renamed, never synced; the patterns are the splitter's own
(no pattern read from a dump is compiled through it).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

try:  # CPython's own: without them every pattern is compiled by `re.compile`
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python
    pass

_CODE_TYPE = "I"
"""The code's items as `_sre` holds them (`_sre.CODESIZE` bytes each)."""
_LENGTH_BYTES = 8
_DIGEST_BYTES = 16
_TEMP_SUFFIX = ".tmp"
MAX_ITEMS = 1 << 20
"""Past this much code (4 MB) a save drops the file's patterns this process did not use (the
splitter's own are some 200,000 items; patterns changed by later versions go this way)."""

Key = tuple[str, int]
"""A pattern and the flags it was asked with."""
Built = tuple[int, "array[int] | list[int]", int, dict[str, int]]
"""What `_sre.compile` takes beside the pattern: its flags, its code, its groups less one
and the index of its named groups. The code is kept as an array (as a list of ints, 200,000
of them held a few MB), but code made here is the list `re`'s compiler gives until `save`
makes it an array: turned at once and back for `_sre`, it cost a workspace's first
opening 16 M instructions in the process its first frame waits for."""


class _Kept:
    """The code of this process's patterns: read from the folder's file, made here since."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.read = False
        self.code: dict[Key, Built] = {}
        self.used: set[Key] = set()
        self.made = False


_kept = _Kept()


def keep_in(folder: Path) -> None:
    """Keeps the patterns' code in `folder` (a workspace's split cache folder) from now on:
    read when the first pattern is compiled, saved by `save`."""
    if folder == _kept.folder or not _usable():
        return
    _kept.folder, _kept.read, _kept.code, _kept.used, _kept.made = folder, False, {}, set(), False


def _usable() -> bool:
    """Whether this Python has the parts of `re` and `_sre` the code is kept with, as
    CPython 3.11 to 3.13 have them."""
    try:
        return (
            array(_CODE_TYPE).itemsize == _sre.CODESIZE
            and isinstance(_sre.MAGIC, int)
            and all(map(callable, (_sre.compile, _compiler._code, _parser.parse)))
        )
    except (AttributeError, NameError):
        return False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, built from the code kept in the folder when it holds
    it, and compiled (its code kept) when not."""
    flags = int(flags)
    if _kept.folder is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    if not _kept.read:
        _kept.read = True
        _kept.code = _read(_file(_kept.folder)) or _read_shared()
    key = (pattern, flags)
    _kept.used.add(key)
    found = _kept.code.get(key)
    if found is not None:
        try:
            return _built(pattern, found)
        except Exception:  # refused by `_sre` (or its signature moved)
            del _kept.code[key]
    try:
        made = _made(pattern, flags)
        compiled = _built(pattern, made)
    except Exception:  # `re`'s and `_sre`'s own parts moved: as before
        return re.compile(pattern, flags)
    _kept.code[key] = made
    _kept.made = True
    return compiled


def save() -> None:
    """Writes the folder's file when patterns were compiled here since it was read: those
    this process used, then the file's others up to `MAX_ITEMS` of code. Never raises (the
    next process compiles them again), nor makes the folder (the split cache's, made by
    the entry written before)."""
    if _kept.folder is None or not _kept.made:
        return
    _kept.made = False
    for key, (built_flags, items, groups, groupindex) in _kept.code.items():
        if isinstance(items, list):
            _kept.code[key] = (built_flags, array(_CODE_TYPE, items), groups, groupindex)
    index: list[list[Any]] = []
    code = array(_CODE_TYPE)
    kept = sorted(_kept.code.items(), key=lambda item: item[0] not in _kept.used)
    for (pattern, flags), (built_flags, items, groups, groupindex) in kept:
        if (pattern, flags) not in _kept.used and len(code) + len(items) > MAX_ITEMS:
            continue
        index.append([pattern, flags, built_flags, groups, groupindex, len(code), len(items)])
        code.extend(items)
    import orjson  # the file's tools: imported once a folder is set (see `_read`)

    header = orjson.dumps(index)
    payload = b"".join((len(header).to_bytes(_LENGTH_BYTES, "little"), header, code.tobytes()))
    kept = b"".join((_magic(), _digest(payload), payload))
    _write(_file(_kept.folder), kept)
    shared = shared_folder()
    if shared is not None:
        with contextlib.suppress(OSError):
            shared.mkdir(parents=True, exist_ok=True)
            _write(_file(shared), kept)


def _write(path: Path, data: bytes) -> None:
    """`data` in the file at `path`, whole or not at all (a temp file renamed); never raises."""
    temp = path.with_name(f".{path.name}.{os.getpid()}{_TEMP_SUFFIX}")
    with contextlib.suppress(OSError):
        temp.write_bytes(data)
        temp.replace(path)


def shared_folder() -> Path | None:
    """The user's cache folder for reader (`$XDG_CACHE_HOME/reader`, else `~/.cache/reader`;
    None with no home), whose file of code serves a workspace that has none yet: a first
    opening compiled some 57 patterns in the process the first frame waits for, 75 ms of
    its 130 (docs/performance.md, frame23). Only the splitter's own patterns are in it."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "reader"
    try:
        return Path.home() / ".cache" / "reader"
    except RuntimeError:
        return None


def _read_shared() -> dict[Key, Built]:
    """The code the user's cache folder keeps (none where there is no such folder)."""
    shared = shared_folder()
    return {} if shared is None else _read(_file(shared))


def _file(folder: Path) -> Path:
    """The file of this Python's code in `folder` (another Python's lies beside it)."""
    return folder / f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}.code"


def _magic() -> bytes:
    """The file's first line: the format, and the Python, `_sre` and Unicode data (case
    folding is worked into the code) its code is for."""
    import unicodedata

    return b"reader pattern code 1 %d %d %d %s\n" % (
        sys.hexversion,
        _sre.MAGIC,
        _sre.CODESIZE,
        unicodedata.unidata_version.encode("ascii"),
    )


def _digest(payload: bytes | memoryview) -> bytes:
    """What the file holds after its first line to vouch for the rest: `_sre` checks the
    code's form only, and a damaged file's code may be another pattern's."""
    import hashlib

    return hashlib.blake2b(payload, digest_size=_DIGEST_BYTES).digest()


def _read(path: Path) -> dict[Key, Built]:
    """The code the file at `path` holds; none when it cannot be read or does not check.
    What reads and writes the file (orjson, hashlib, unicodedata) is imported here and in
    `save`, not with the module: the splitter imports it on the app's first frame's path,
    where they cost 19 ms of CPU; orjson (with the `uuid` and `datetime` it imports) only once
    the file is read, so a first split, with no file yet, does without it."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    import orjson

    magic = _magic()
    payload = memoryview(data)[len(magic) + _DIGEST_BYTES :]
    if not data.startswith(magic) or data[len(magic) : len(magic) + _DIGEST_BYTES] != _digest(
        payload
    ):
        return {}
    length = int.from_bytes(payload[:_LENGTH_BYTES], "little")
    code = array(_CODE_TYPE)
    try:
        index = orjson.loads(payload[_LENGTH_BYTES : _LENGTH_BYTES + length])
        code.frombytes(payload[_LENGTH_BYTES + length :])
        return dict(_entry(item, code) for item in index)
    except (orjson.JSONDecodeError, ValueError, TypeError):
        return {}


def _entry(item: Any, code: array[int]) -> tuple[Key, Built]:
    """One pattern's key and code from its index item (ValueError when it does not check)."""
    pattern, flags, built_flags, groups, groupindex, offset, length = item
    if not (
        isinstance(pattern, str)
        and all(type(n) is int for n in (flags, built_flags, groups, offset, length))
        and 0 <= offset <= offset + length <= len(code)
        and isinstance(groupindex, dict)
        and all(type(n) is int and 0 < n <= groups for n in groupindex.values())
    ):
        raise ValueError("not a pattern's code")
    return (pattern, flags), (built_flags, code[offset : offset + length], groups, groupindex)


def _made(pattern: str, flags: int) -> Built:
    """What `re.compile` works out for the pattern before `_sre.compile` builds it."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(parsed.state.groupdict)


def _built(pattern: str, built: Built) -> re.Pattern[str]:
    """The pattern `_sre` builds from its code (which it checks: RuntimeError if invalid)."""
    flags, code, groups, groupindex = built
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, number in groupindex.items():
        indexgroup[number] = name
    items = code if isinstance(code, list) else code.tolist()
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, items, groups, groupindex, tuple(indexgroup)
    )
    return compiled
