from __future__ import annotations

import base64

import pyperclip
import pytest

from reader.annotation.clipboard import CopyResult, citation, copy_text, osc52_sequence


def test_copy_uses_the_system_clipboard_when_there_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    result = copy_text("a passage")
    assert copied == ["a passage"]
    assert result == CopyResult("system")
    assert not result.needs_osc52
    assert result.message == "Copied to the clipboard."


def test_without_a_clipboard_the_result_asks_for_osc52(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_clipboard(_text: str) -> None:
        raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", no_clipboard)
    result = copy_text("a passage")
    assert result.needs_osc52
    assert "OSC 52" in result.message
    assert "no system clipboard" in result.message


def test_a_broken_clipboard_tool_falls_back_instead_of_raising(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(_text: str) -> None:
        raise FileNotFoundError(2, "No such file or directory", "xclip")

    monkeypatch.setattr(pyperclip, "copy", broken)
    result = copy_text("a passage")
    assert result.needs_osc52
    assert "No such file or directory" in result.message
    assert "\n" not in result.message


def test_the_osc52_sequence_carries_the_text_as_base64_only() -> None:
    hostile = "quote \x1b]0;owned\x07 and \x1b[31mred"
    sequence = osc52_sequence(hostile)
    assert sequence.startswith("\x1b]52;c;")
    assert sequence.endswith("\x07")
    payload = sequence[len("\x1b]52;c;") : -1]
    assert "\x1b" not in payload and "\x07" not in payload
    assert base64.b64decode(payload).decode("utf-8") == hostile


def test_a_citation_has_the_quote_then_title_source_and_date() -> None:
    text = citation(
        "She said the budget\nwould be cut.", "Budget talks", "dump-0612.txt", "2025-06-12"
    )
    assert text == "“She said the budget would be cut.”\n— Budget talks, dump-0612.txt, 2025-06-12"


def test_a_citation_leaves_out_missing_parts_and_does_not_double_quotes() -> None:
    assert citation('"Already quoted."', "Title", None, "") == "“Already quoted.”\n— Title"
    assert citation("Just this.", "", None, None) == "“Just this.”"


def test_a_citation_never_carries_terminal_escapes() -> None:
    text = citation("bad \x1b[2J quote", "title\x07", "src", None)
    assert "\x1b" not in text and "\x07" not in text
    assert "␛[2J" in text
