"""Exports as one file a browser can save (under `reader serve`)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from reader.interchange.download import as_download


def test_a_file_is_delivered_as_it_is(tmp_path: Path) -> None:
    written = tmp_path / "reader-json-20260101T000000Z.json"
    written.write_bytes(b'{"articles": []}')
    download = as_download(written)
    assert (download.name, download.payload) == (written.name, written.read_bytes())


def test_a_folder_is_delivered_as_a_zip_of_it(tmp_path: Path) -> None:
    folder = tmp_path / "reader-brat-20260101T000000Z"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("text", encoding="utf-8")
    (folder / "a.ann").write_text("T1\tkey 0 4\ttext\n", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("more", encoding="utf-8")
    download = as_download(folder)
    assert download.name == f"{folder.name}.zip"
    with zipfile.ZipFile(io.BytesIO(download.payload)) as archive:
        names = archive.namelist()
        assert names == [f"{folder.name}/a.ann", f"{folder.name}/a.txt", f"{folder.name}/sub/b.txt"]
        assert archive.read(f"{folder.name}/a.ann") == b"T1\tkey 0 4\ttext\n"
