"""What the builders that take their texts by code from a clone of a public repository share:
git in the clone, a text's block in texts.txt, and the command line that writes the file. Kept
in one place so each half's module holds only its own choices (which pages, which words)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


def git(clone: Path, *args: str) -> str:
    """One git command's output in the clone."""
    return subprocess.run(
        ["git", "-C", str(clone), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def holds(clone: Path, folder: str) -> bool:
    """Whether the clone (a work tree or a bare mirror) holds the folder at its HEAD: a
    builder's command line checks it before it reads, and answers with its usage if not."""
    check = ["git", "-C", str(clone), "cat-file", "-e", f"HEAD:{folder}"]
    return subprocess.run(check, capture_output=True, check=False).returncode == 0


def added_day(clone: Path, path: str) -> str:
    """The day the repository's history added a file (`20130628`): the date of a page that
    carries none of its own."""
    log = ["log", "--diff-filter=A", "--date=format:%Y%m%d", "--format=%ad", "--", path]
    return git(clone, *log).split()[-1]


def text_block(head: str, title: str, blocks: Sequence[tuple[str, str]]) -> str:
    """A text's block in texts.txt: its `@ id | language | licence | URL` head, `= ` and the
    headline, then each intertitle (`## `) and paragraph a blank line apart."""
    lines = [f"@ {head}", f"= {title}", ""]
    for kind, text in blocks:
        lines += [f"## {text}" if kind == "subhead" else text, ""]
    return "\n".join(lines)


@dataclass(frozen=True)
class CloneTexts:
    """A half's texts.txt as its module writes it from a clone: where the file goes, the
    repository it is a clone of, a folder (or file) every such clone holds, and how the
    file's text is made from the clone."""

    texts: Path
    repository: str
    folder: str
    build: Callable[[Path], str]

    def main(self, argv: Sequence[str]) -> int:
        """Writes texts.txt from the clone named on the command line (a usage line and 2
        when none is named or it lacks the folder)."""
        if len(argv) != 1 or not (Path(argv[0]) / self.folder).exists():
            print(f"usage: python -m bench.<half>_texts CLONE (a clone of {self.repository})")
            return 2
        self.texts.parent.mkdir(parents=True, exist_ok=True)
        self.texts.write_text(self.build(Path(argv[0])), encoding="utf-8")
        return 0


@dataclass(frozen=True)
class ClonesTexts:
    """A half's texts.txt made from clones of several repositories (two for fresh42 and
    fresh44, three for fresh45): where the file goes, the module and the clones' names its
    usage line gives, the repositories, a folder each clone holds, and how the file's text is
    made from the clones, in the order they are named."""

    texts: Path
    module: str
    names: tuple[str, ...]
    repositories: tuple[str, ...]
    folders: tuple[str, ...]
    build: Callable[..., str]

    def main(self, argv: Sequence[str]) -> int:
        """Writes texts.txt from the clones named on the command line (a usage line and 2 when
        they are not all named or lack their folders)."""
        if len(argv) != len(self.names) or not all(map(holds, map(Path, argv), self.folders)):
            *first, last = self.repositories
            named = " ".join(self.names)
            print(f"usage: python -m {self.module} {named} (clones of {', '.join(first)}")
            print(f"       and {last})")
            return 2
        self.texts.parent.mkdir(parents=True, exist_ok=True)
        self.texts.write_text(self.build(*map(Path, argv)), encoding="utf-8")
        return 0
