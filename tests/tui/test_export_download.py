"""`E` under `reader serve`: the export is written and also handed to the browser.

`App.is_web` is what textual-serve's driver reports; these apps claim it and record
what they deliver (the real download path is tested over a websocket in
tests/serving and in a browser by `make e2e`).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from textual import events

from reader.tui.dialogs.export import ExportDialog
from reader.tui.presenters.session import Session
from tests.tui.helpers import make_session, seed_articles, settle
from tests.tui.test_triage_keys import SIZE, Noted


class Served(Noted):
    """The app as textual-serve runs it; deliveries recorded instead of sent."""

    def __init__(self, session: Session, *, web: bool = True) -> None:
        super().__init__(session)
        self.main.preview_delay = 0
        self.web = web
        self.delivered: list[tuple[bytes, str | None]] = []

    @property
    def is_web(self) -> bool:
        return self.web

    def deliver_binary(self, path_or_file: Any, **kwargs: Any) -> str | None:  # type: ignore[override]
        self.delivered.append((path_or_file.read(), kwargs.get("save_filename")))
        return "key"


async def _export(app: Served, *keys: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "E")
        assert isinstance(app.screen, ExportDialog)
        await pilot.press(*keys, "enter")
        await settle(pilot)


async def test_in_a_browser_the_export_is_written_and_downloaded(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    app = Served(make_session(exports_dir=exports))
    await _export(app)
    (written,) = exports.iterdir()
    assert app.delivered == [(written.read_bytes(), written.name)]
    document = json.loads(app.delivered[0][0])
    assert {a["id"]: a["state"] for a in document["articles"]}[seed_articles()[0].id] == "starred"
    assert any(f"downloading {written.name}" in note for note in app.notes)


async def test_in_a_browser_a_brat_folder_downloads_as_a_zip(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    app = Served(make_session(exports_dir=exports))
    await _export(app, "j", "j", "j")  # json, jsonl, doccano, brat
    (folder,) = exports.iterdir()
    assert folder.is_dir() and any(folder.iterdir())
    ((payload, name),) = app.delivered
    assert name == f"{folder.name}.zip"
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        assert {Path(n).name for n in archive.namelist()} == {p.name for p in folder.iterdir()}


async def test_in_a_terminal_the_export_is_only_written(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    app = Served(make_session(exports_dir=exports), web=False)
    await _export(app)
    (written,) = exports.iterdir()
    assert app.delivered == []
    assert any(note.endswith(str(written)) for note in app.notes)


async def test_a_download_the_browser_did_not_get_is_a_notification(tmp_path: Path) -> None:
    app = Served(make_session(exports_dir=tmp_path / "exports"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.post_message(events.DeliveryFailed("key", OSError("the tab was closed")))
        await pilot.pause()
        assert "the tab was closed" in app.notes
        assert app.is_running
