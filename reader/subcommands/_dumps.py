"""The dumps a subcommand reads, where one that cannot be read (binary, missing, too big)
is a warning and the command goes on with the rest, as the TUI does.

A command ends with an error only when none of the dumps the user named could be read:
then it has nothing to work on, and an exit status of 0 would hide that. A dump that
cannot be read in seeds/, which workspace-wide commands (`export`, `import`, `stats`
without a PATH) read besides the store, is only ever a warning: the user's work in the
store is still there to export or count.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from reader.article import Article
from reader.dumps.split_cache import SplitCache
from reader.store import Store
from reader.subcommands import given_path
from reader.subcommands._console import warn
from reader.workspace import Workspace, dump_paths, is_dump_name, left_out_line, seed_dumps

_T = TypeVar("_T")


def named_dumps(paths: list[Path]) -> list[Path]:
    """The dumps `paths` name, folders expanded (`dump_paths`); each note a folder keeps
    about itself (its README) is left out with a warning line, as the TUI tells of it."""
    notes: list[Path] = []
    found = dump_paths(paths, notes)
    for note in notes:
        warn(left_out_line(note))
    return found


def load_readable(
    paths: Sequence[Path],
    *,
    named: bool,
    cache: SplitCache | None = None,
    split: Callable[[str, str, str], list[Article]] | None = None,
) -> list[Article]:
    """The articles of every dump of `paths` that can be read, in order. `named`: the user
    named these dumps (not seeds/). `cache` and `split` are `load_dumps`'s."""
    from reader.dumps.load import load_dumps  # the splitter: only for a dump not cached

    def load(path: Path) -> list[Article]:
        return load_dumps([path], warn, cache, split)

    return [article for _, found in each_readable(paths, load, named=named) for article in found]


def cached_readable(paths: Sequence[Path], cache: SplitCache, *, named: bool) -> list[Article]:
    """`load_readable` through the workspace's split cache, which the app fills as it opens
    dumps: a command run after the app (or after another command) reads its dumps there
    and never imports the splitter; a dump not split before is split once, a big one on
    two cores, and kept for the next."""
    cached = cache.get_all(paths)
    if cached is not None:
        return cached
    from reader.dumps.parts import TwoCores  # the splitter: only for a dump not split before

    return load_readable(paths, named=named, cache=cache, split=TwoCores())


def each_readable(
    paths: Sequence[Path], read: Callable[[Path], _T], *, named: bool
) -> Iterator[tuple[Path, _T]]:
    """Each path with `read(path)`, in turn; a path whose `read` raises `DumpError` is
    warned of and passed over. When `named` and not one could be read, a `DumpError`
    ends the command: the dump's own, alone, when it was the only one (the decoder's
    module imported here: a command whose dumps all come from the split cache, as an
    export's do, reads none and goes without it, some 9 M instructions of its start)."""
    from reader.dumps.decoding import DumpError

    unreadable = 0
    for path in paths:
        try:
            got = read(path)
        except DumpError as exc:
            if named and len(paths) == 1:
                raise
            warn(str(exc))
            unreadable += 1
            continue
        yield path, got
    if named and paths and unreadable == len(paths):
        raise DumpError(f"none of the {len(paths)} dumps could be read")


def workspace_dumps(workspace: Workspace, store: Store) -> list[Path]:
    """The dumps of seeds/, then those the store keeps work by (its annotated, triaged and
    checked articles were last seen in them, or they have corrections), where they still
    are (`Store.dump_sources`: a few paths, no record built). `reader DIR` keeps a
    workspace's dumps in DIR itself, and `reader seeds/ ~/clips.txt` some outside it: a
    command naming no dump found none of them in seeds/, so an export left their articles
    out "whose dump is not present" (the file was where the store said), and `evaluate`
    said they were not checked as they were (users31: until then only a workspace whose
    seeds/ was empty read them). A file among them whose name or place is no dump's is said
    and passed over (`_passed_over_line`, `_read_unnamed`)."""
    found = seed_dumps(workspace)
    read = {path.resolve() for path in found}
    # os.path.isfile: a recorded name the system refuses (too long) is no file here, where
    # Path.is_file raised and every command reading the workspace's dumps stopped on it
    more = (Path(s) for s in store.dump_sources() if os.path.isfile(s))  # noqa: PTH113
    recorded = sorted(path for path in more if path.resolve() not in read)
    readable = {path: _read_unnamed(path, workspace.root) for path in recorded}
    passed_over = [path for path, read_it in readable.items() if not read_it]
    if passed_over:
        warn(_passed_over_line(passed_over))
    return found + [path for path, read_it in readable.items() if read_it]


def _read_unnamed(path: Path, root: Path) -> bool:
    """Whether a file the store keeps work by is read though the command did not name it:
    its name is a dump's, and so is the name of the file it links to, and neither lies in a
    hidden folder below the workspace (`~/.ssh`, `~/.config`; the workspace may be in one
    itself). By its name alone, a key kept as `~/.config/app/tokens.txt`, or a `today.txt`
    linking to a key, was read and searched."""
    return all(
        is_dump_name(place) and not _in_hidden_folder(place, root)
        for place in (path.absolute(), path.resolve())
    )


def _in_hidden_folder(path: Path, root: Path) -> bool:
    below = path.relative_to(root) if path.is_relative_to(root) else path
    return any(part.startswith(".") and part not in {".", ".."} for part in below.parts[:-1])


def _passed_over_line(paths: Sequence[Path]) -> str:
    """What is said of the files the store keeps work by whose names are no dump's, which no
    command reads unless named. A reader before 9d95390a recorded, at an import, any path
    the file gave as an article's dump: a colleague's export naming `~/.ssh/id_rsa` had it
    split and searched (its text in `reader search`) by every command after, in a store
    that still holds that record. A dump the user named (`reader ~/news.log`) is read as
    soon as it is named again."""
    names = ", ".join(str(path) for path in paths)
    if len(paths) == 1:
        kept = f"{names}: your store keeps work by it"
        return f"not read: {kept}, but its name or place is no dump's (name it to read it)"
    return (
        f"not read: {len(paths)} files your store keeps work by, whose names or places are "
        f"no dump's: "
        f"{names} (name one to read it)"
    )


def add_dump_paths(parser: argparse.ArgumentParser) -> None:
    """The PATH... of a command that counts or finds the user's work: with none it reads
    what `dumps_asked` takes, as the TUI opened with no PATH does."""
    parser.add_argument(
        "paths",
        nargs="*",
        type=given_path,
        metavar="PATH",
        help="dump files or folders (default: seeds/ and the dumps your work is in)",
    )


def dumps_asked(paths: list[Path], workspace: Workspace, store: Store) -> list[Path]:
    """The dumps named (`named_dumps`), or with none named the workspace's
    (`workspace_dumps`): one rule for `stats`, `search` and `import`."""
    return named_dumps(paths) if paths else workspace_dumps(workspace, store)
