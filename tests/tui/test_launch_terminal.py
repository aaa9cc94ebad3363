"""The TUI refuses to start without a terminal, except in a browser tab (`reader serve`)."""

from __future__ import annotations

import io

import pytest

from reader.tui.launch import WEB_DRIVER, NoTerminal, require_terminal


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.setattr("sys.stdout", io.StringIO())


@pytest.mark.usefixtures("no_terminal")
def test_without_a_terminal_the_tui_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    with pytest.raises(NoTerminal, match="needs a terminal"):
        require_terminal()


@pytest.mark.usefixtures("no_terminal")
def test_a_browser_tab_needs_no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTUAL_DRIVER", WEB_DRIVER)  # as textual-serve starts each tab
    require_terminal()
