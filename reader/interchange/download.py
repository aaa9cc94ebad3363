"""A written export as one file a browser can save: a file as it is, a folder zipped.

`reader serve` hands exports to the browser as downloads; a browser saves files, not
folders, so a brat export (a folder of .txt and .ann pairs) travels as a zip of it.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Download:
    """The name a browser saves under, and the bytes."""

    name: str
    payload: bytes


def as_download(path: Path) -> Download:
    """The export at `path` as one file; a folder becomes `<name>.zip` holding `<name>/...`."""
    if not path.is_dir():
        return Download(path.name, path.read_bytes())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member in sorted(p for p in path.rglob("*") if p.is_file()):
            archive.write(member, Path(path.name, member.relative_to(path)).as_posix())
    return Download(f"{path.name}.zip", buffer.getvalue())
