"""The split cache: a dump split once is read back as the same articles, and never stale."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from reader.article import Article
from reader.dumps import field_model, split_cache, start_model
from reader.dumps import load as load_module
from reader.dumps.decoding import DumpError
from reader.dumps.load import iter_dump, load_dumps
from reader.dumps.split_cache import Reusing, SplitCache

DUMP = (
    "Storm closes harbour\n\nThe harbour closed on Monday as the storm came in.\n"
    "Boats stayed in port.\n\n\n"
    "Council votes on budget\n\nThe council voted on Tuesday. The budget passed.\n"
)


@pytest.fixture
def cache(tmp_path: Path) -> SplitCache:
    return SplitCache(tmp_path / "cache")


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "seeds" / "dump.txt"
    path.parent.mkdir()
    path.write_text(DUMP, encoding="utf-8")
    return path


@pytest.fixture
def splits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources split for real (not read from the cache)."""
    done: list[str] = []
    split = load_module.split_text

    def counted(text: str, source: str = "", encoding: str = "utf-8") -> list[Article]:
        done.append(source)
        return split(text, source, encoding)

    monkeypatch.setattr(load_module, "split_text", counted)
    return done


def _entries(cache: SplitCache) -> list[Path]:
    return sorted(cache.directory.glob(f"*{split_cache.SUFFIX}"))


def test_a_dump_split_once_is_read_back_as_the_same_articles(
    cache: SplitCache, dump: Path, splits: list[str]
) -> None:
    first = load_dumps([dump], cache=cache)
    again = load_dumps([dump], cache=cache)
    assert len(first) == 2
    assert again == first
    assert splits == [str(dump)]
    assert len(_entries(cache)) == 1


def test_all_dumps_are_read_back_together_only_when_each_was_split_before(
    cache: SplitCache, dump: Path, tmp_path: Path
) -> None:
    other = dump.with_name("other.txt")
    other.write_text(DUMP.replace("Storm", "Gale"), encoding="utf-8")
    assert cache.get_all([dump, other]) is None
    expected = load_dumps([dump, other], cache=cache)
    assert cache.get_all([dump, other]) == expected
    assert cache.get_all([]) == []
    for missing in (tmp_path / "gone.txt", tmp_path / "seeds"):  # for load_dumps to report
        assert cache.get_all([dump, missing]) is None
    small = SplitCache(cache.directory.parent, max_bytes=len(DUMP) - 1)
    assert small.get_all([dump]) is None  # a dump over the cap is never in the cache


def test_a_changed_or_moved_dump_is_split_again(
    cache: SplitCache, dump: Path, splits: list[str]
) -> None:
    load_dumps([dump], cache=cache)
    dump.write_text(DUMP.replace("Monday", "Sunday"), encoding="utf-8")
    [changed, _] = load_dumps([dump], cache=cache)
    assert "Sunday" in changed.body
    moved = dump.rename(dump.with_name("moved.txt"))
    assert {a.source for a in load_dumps([moved], cache=cache)} == {str(moved)}
    assert splits == [str(dump), str(dump), str(moved)]


def test_other_splitter_code_never_reads_an_entry(
    cache: SplitCache, dump: Path, splits: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_dumps([dump], cache=cache)
    monkeypatch.setattr(split_cache, "_splitter_version", lambda: b"another splitter")
    load_dumps([dump], cache=cache)
    assert len(splits) == 2


def test_an_unreadable_entry_is_deleted_and_the_dump_split_again(
    cache: SplitCache, dump: Path, splits: list[str]
) -> None:
    expected = load_dumps([dump], cache=cache)
    for garbage in (b'{"format": 1, "artic', b'{"format": 1, "articles": [{"id": 3}]}'):
        [entry] = _entries(cache)
        entry.write_bytes(garbage)
        assert load_dumps([dump], cache=cache) == expected
    assert len(splits) == 3
    assert load_dumps([dump], cache=cache) == expected
    assert len(splits) == 3


def test_a_dump_whose_encoding_was_guessed_is_not_kept(
    cache: SplitCache, dump: Path, splits: list[str]
) -> None:
    dump.write_bytes(DUMP.replace("harbour", "caf\xe9").encode("cp1252"))
    load_dumps([dump], cache=cache)
    assert _entries(cache) == []


def test_a_dump_whose_name_is_not_utf8_is_split_and_not_kept(
    cache: SplitCache, dump: Path, splits: list[str]
) -> None:
    odd = dump.with_name(os.fsdecode(b"caf\xe9.txt"))
    odd.write_text(DUMP, encoding="utf-8")
    assert len(load_dumps([odd], cache=cache)) == 2
    assert _entries(cache) == []


def test_a_folder_that_cannot_be_written_leaves_the_caller_splitting(
    tmp_path: Path, dump: Path, splits: list[str]
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    assert len(load_dumps([dump], cache=SplitCache(blocked))) == 2


def test_past_the_cap_the_entries_used_longest_ago_go_and_stray_temp_files_too(
    tmp_path: Path, dump: Path, splits: list[str]
) -> None:
    probe = SplitCache(tmp_path / "probe")
    load_dumps([dump], cache=probe)
    [entry] = _entries(probe)
    cache = SplitCache(tmp_path / "cache", max_bytes=int(entry.stat().st_size * 2.5))
    dumps = [dump.with_name(f"{n}.txt") for n in range(3)]
    for number, path in enumerate(dumps):
        path.write_text(DUMP, encoding="utf-8")
        load_dumps([path], cache=cache)
        for made in _entries(cache):  # older by a minute each, the newest now
            if made.stat().st_mtime > time.time() - 1:
                os.utime(made, (time.time() - 60 * (3 - number),) * 2)
    stray = cache.directory / ".left-by-a-kill.json.123.tmp"
    stray.write_bytes(b"{")
    os.utime(stray, (time.time() - 3600,) * 2)
    load_dumps([dump], cache=cache)  # a fourth entry: the cap is passed
    assert len(_entries(cache)) == 2
    assert not stray.exists()
    splits.clear()
    load_dumps([dumps[2], dump], cache=cache)  # the newest stayed
    assert splits == []
    load_dumps([dumps[0], dumps[1]], cache=cache)  # the oldest went
    assert splits == [str(dumps[0]), str(dumps[1])]


class _Splitter:
    """`iter_dump`, counting the dumps it splits."""

    def __init__(self) -> None:
        self.split: list[Path] = []

    def __call__(self, path: Path) -> Iterator[Article]:
        self.split.append(path)
        return iter_dump(path)


def _dicts(articles: Iterable[Article]) -> list[dict[str, object]]:
    return [article.to_dict() for article in articles]


def test_reusing_splits_a_new_dump_and_keeps_it_only_when_told(
    cache: SplitCache, dump: Path
) -> None:
    splitter = _Splitter()
    reusing = Reusing(cache, splitter)
    first = list(reusing(dump))
    assert _dicts(first) == _dicts(load_dumps([dump])) and not _entries(cache)
    reusing.keep()
    again = Reusing(cache, splitter)
    assert _dicts(again(dump)) == _dicts(first)  # ids, titles, bodies, order
    assert splitter.split == [dump]


def test_reusing_splits_a_dump_changed_since_it_was_kept(cache: SplitCache, dump: Path) -> None:
    reusing = Reusing(cache, iter_dump)
    list(reusing(dump))
    reusing.keep()
    dump.write_text(DUMP + "\n\nA third story\n\nIt came late.\n", encoding="utf-8")
    splitter = _Splitter()
    found = list(Reusing(cache, splitter)(dump))
    assert splitter.split == [dump] and len(found) == 3


def test_reusing_keeps_nothing_for_a_dump_changed_while_it_was_split(
    cache: SplitCache, dump: Path
) -> None:
    reusing = Reusing(cache, iter_dump)
    list(reusing(dump))
    dump.write_text(DUMP.upper(), encoding="utf-8")
    reusing.keep()
    assert not _entries(cache)


def test_reusing_splits_over_a_corrupt_entry_and_replaces_it(cache: SplitCache, dump: Path) -> None:
    reusing = Reusing(cache, iter_dump)
    list(reusing(dump))
    reusing.keep()
    (entry,) = _entries(cache)
    entry.write_bytes(b'{"format": 1, "articles": [{"id"')
    splitter = _Splitter()
    again = Reusing(cache, splitter)
    assert len(list(again(dump))) == 2 and splitter.split == [dump]
    again.keep()
    assert len(cache.get(dump.read_bytes(), str(dump)) or []) == 2


def test_reusing_splits_when_the_cache_folder_cannot_be_used(tmp_path: Path, dump: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    splitter = _Splitter()
    reusing = Reusing(SplitCache(blocked), splitter)
    assert len(list(reusing(dump))) == 2
    reusing.keep()  # nothing written, nothing raised
    assert len(list(Reusing(SplitCache(blocked), splitter)(dump))) == 2
    assert splitter.split == [dump, dump]


def test_reusing_passes_on_the_splitters_error_for_an_unreadable_dump(
    cache: SplitCache, tmp_path: Path
) -> None:
    with pytest.raises(DumpError, match="no such file"):
        Reusing(cache, iter_dump)(tmp_path / "gone.txt")


def test_a_partial_entry_is_ignored_and_the_dump_split_again(
    cache: SplitCache, dump: Path, splits: list[str]
) -> None:
    expected = load_dumps([dump], cache=cache)
    [entry] = _entries(cache)
    whole = entry.read_bytes()
    for end in (0, 10, len(whole) // 2, len(whole) - 1):
        entry.write_bytes(whole[:end])
        assert load_dumps([dump], cache=cache) == expected
    assert len(splits) == 5
    assert entry.read_bytes() == whole  # written again whole by the last split


def test_an_entry_of_another_version_of_the_dump_is_replaced(
    cache: SplitCache, dump: Path, splits: list[str]
) -> None:
    load_dumps([dump], cache=cache)
    first = dump.read_bytes()
    dump.write_text(DUMP.replace("Monday", "Sunday"), encoding="utf-8")
    changed = load_dumps([dump], cache=cache)
    assert len(_entries(cache)) == 1  # one entry a dump: the new version's
    assert cache.get(first, str(dump)) is None
    assert cache.get(dump.read_bytes(), str(dump)) == changed
    assert len(splits) == 2


class _CountedDigest:
    """A dump's digest read from its file, counted."""

    def __init__(self) -> None:
        self.made = 0

    def __call__(self, file: BinaryIO) -> str:
        self.made += 1
        return DIGEST(file)


DIGEST = split_cache._read_digest


def test_a_first_opening_splits_before_the_dump_is_hashed_and_hashes_it_once(
    cache: SplitCache, dump: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hashed by `keep`, once every article is out: beside the split, the hash took a core
    from it before the last rows (docs/performance.md, speed31)."""
    digest = _CountedDigest()
    monkeypatch.setattr(split_cache, "_read_digest", digest)
    reusing = Reusing(cache, iter_dump)
    articles = reusing(dump)
    first = next(articles)
    rest = list(articles)
    assert first.title == "Storm closes harbour" and digest.made == 0  # none while split
    reusing.keep()
    assert digest.made == 2  # the bytes the split read, then the file again, to compare
    assert _dicts(Reusing(cache, _never)(dump)) == _dicts([first, *rest])


def _never(path: Path) -> Iterator[Article]:
    raise AssertionError(f"{path} split again")


def test_the_entry_is_written_as_the_articles_pass_and_only_kept_whole(
    cache: SplitCache, dump: Path
) -> None:
    reusing = Reusing(cache, iter_dump)
    found = list(reusing(dump))
    [temp] = cache.directory.glob(".*.tmp")
    assert temp.stat().st_size > len(DUMP) and not _entries(cache)  # written, not an entry
    reusing.keep()
    assert not temp.exists() and len(_entries(cache)) == 1
    assert cache.get(dump.read_bytes(), str(dump)) == found


@pytest.fixture
def small_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each article written to the temp entry as it passes (not a megabyte at a time)."""
    monkeypatch.setattr(split_cache, "FRAME_ARTICLES", 1)


def test_a_cached_dump_gives_its_first_frame_before_the_rest_is_read_and_splits_on_past_a_bad_one(
    cache: SplitCache, dump: Path, small_writes: None
) -> None:
    """A reopened big dump's first rows wait for one frame of its entry, not all of them
    (read whole, 10,000 articles were some 40 ms of CPU before the first). Fails without it."""
    reusing = Reusing(cache, iter_dump)
    list(reusing(dump))
    reusing.keep()
    (entry,) = _entries(cache)
    entry.write_bytes(entry.read_bytes()[:-1])  # the second of its two frames cut short
    splitter = _Splitter()
    articles = Reusing(cache, splitter)(dump)
    first = next(articles)
    assert first.title == "Storm closes harbour" and splitter.split == []  # from the entry
    rest = list(articles)
    assert splitter.split == [dump]  # split on from the frame that could not be read
    assert _dicts([first, *rest]) == _dicts(load_dumps([dump]))  # none twice, none lost
    assert not _entries(cache)  # gone: the next opening splits it and keeps it again


def test_a_split_stopped_short_leaves_no_entry_and_no_temp_file(
    cache: SplitCache, dump: Path, small_writes: None
) -> None:
    reusing = Reusing(cache, iter_dump)
    articles = reusing(dump)
    next(articles)
    assert list(cache.directory.glob(".*.tmp"))
    articles.close()  # the app quit while the dump was split
    reusing.keep()
    assert list(cache.directory.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked process")
@pytest.mark.parametrize("passed", [0, 1, 2, "keep"])
def test_a_process_killed_while_it_writes_leaves_no_entry_that_reads(
    cache: SplitCache, dump: Path, passed: int | str, small_writes: None
) -> None:
    """SIGKILL after `passed` articles, or in `keep` before the entry is renamed."""
    pid = os.fork()
    if pid == 0:  # the child: never returns
        try:
            reusing = Reusing(cache, iter_dump)
            articles = reusing(dump)
            if passed == "keep":
                list(articles)
                split_cache._file_digest = _killed  # type: ignore[assignment]
                reusing.keep()
            else:
                for _ in range(int(passed)):
                    next(articles)
                _killed()
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert not _entries(cache)
    assert cache.get(dump.read_bytes(), str(dump)) is None
    reusing = Reusing(cache, iter_dump)  # the next opening splits and keeps it
    found = list(reusing(dump))
    reusing.keep()
    assert cache.get(dump.read_bytes(), str(dump)) == found


def _killed(*_args: object) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_dump_changed_after_the_split_read_it_and_before_it_was_hashed_is_not_kept(
    cache: SplitCache, dump: Path
) -> None:
    """Its digest would be the new bytes', its articles the old ones': the file is hashed
    as it was when opened, before the split, or not at all."""
    reusing = Reusing(cache, iter_dump)
    articles = reusing(dump)  # the split has read the dump; the hash has not begun
    with dump.open("a", encoding="utf-8") as grown:
        grown.write("\n\nA third story\n\nIt came late.\n")
    assert len(list(articles)) == 2
    reusing.keep()
    assert not _entries(cache)
    assert len(list(Reusing(cache, iter_dump)(dump))) == 3


def test_an_older_formats_entries_count_toward_the_cap_and_go_first(
    tmp_path: Path, dump: Path
) -> None:
    """Format 3's entries were named `*.json`: none is read any more, and each goes once the
    cap is passed, oldest first, not kept for ever beside the new ones."""
    probe = SplitCache(tmp_path / "probe")
    load_dumps([dump], cache=probe)
    [entry] = _entries(probe)
    cache = SplitCache(tmp_path / "cache", max_bytes=int(entry.stat().st_size * 1.5))
    old = cache.directory / f"{'0' * 40}.json"
    old.parent.mkdir(parents=True)
    old.write_bytes(
        b'{"format":3,"digest":"' + b"0" * 40 + b'","articles":[]}' + b" " * entry.stat().st_size
    )
    os.utime(old, (time.time() - 3600,) * 2)
    load_dumps([dump], cache=cache)
    assert not old.exists() and len(_entries(cache)) == 1


def test_the_learned_models_files_are_named_as_their_modules_name_them() -> None:
    named = [Path(split_cache.__file__).with_name(n) for n in split_cache.LEARNED_ARTEFACTS]
    assert named == [start_model.ARTEFACT, field_model.ARTEFACT]


def test_reading_the_cache_imports_none_of_the_splitters_code() -> None:
    """An export of dumps split before reads them from here: it imported the whole splitter
    (some 10 ms, bytecode cached) for the learned models' file names."""
    probe = "import sys, reader.dumps.split_cache; print(*sorted(sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    loaded = set(done.stdout.split())
    assert "reader.dumps.split_cache" in loaded
    assert not loaded & {"reader.dumps.start_model", "reader.dumps.roles", "reader.dumps.load"}
