"""The pilot apps' frames: each screen drawn whole when it first shows and when the app ends,
the refreshes between them not drawn, unless a test reads what the terminal gets.

A headless app draws every refresh as a terminal app does, then throws the frame away
(`App._display` writes nothing without a terminal): in the pilot tests that was some 45% of
their CPU (tests/tui/test_app_keys.py and test_triage_keys.py, one process: 23.2 s of CPU
with every frame drawn, 12.9 s with none), for frames no test reads. The tests read what a
widget shows through its own lines (`helpers.screen_lines`), which draw it anew. A widget
that cannot draw still fails its test: every screen is drawn the first time it is on top,
and the last screen is drawn whole as the app ends. A test that reads frames, or what
drawing one does (a snapshot, the tint under a dialog, the terminal's bytes), is marked
`frames` and gets every one."""

from __future__ import annotations

import weakref
from typing import Any

import pytest
from textual.app import App
from textual.css.model import RuleSet
from textual.css.stylesheet import CSSLocation, Stylesheet
from textual.screen import Screen

_REFRESH = Screen._compositor_refresh
_SHUTDOWN = App._shutdown
_PARSE_RULES = Stylesheet._parse_rules
_PARSED: dict[tuple[object, ...], list[RuleSet]] = {}
"""Every stylesheet's rules as parsed, by its text, place, cascade and variables: shared by
the apps of a worker, as one app's own stylesheet shares them between its parses."""
_DRAWN: weakref.WeakSet[Screen[Any]] = weakref.WeakSet()
"""The screens drawn once on top: their later refreshes are not drawn."""


def _refresh_drawn_once(screen: Screen[Any]) -> None:
    """A screen's refresh, drawn the first time the screen is on top of a headless app;
    its regions wait, marked for drawing, for a frame that draws them (the last)."""
    app = screen.app
    if app.is_headless and screen is app.screen and screen in _DRAWN:
        app._update_mouse_over(screen)
        return
    if screen is app.screen:
        _DRAWN.add(screen)
    _REFRESH(screen)


async def _shutdown_after_a_last_frame(app: App[Any]) -> None:
    """The app's screen drawn whole, as a terminal would show it last, before it ends: a
    widget that fails to draw fails the test, once the app is shut down cleanly."""
    failed: Exception | None = None
    if app.is_headless and app._running and app.screen_stack and app.screen.is_mounted:
        try:
            app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
        except Exception as error:  # raised once the app has ended, as Textual's own are
            failed = error
    await _SHUTDOWN(app)
    if failed is not None:
        raise failed


def _parse_rules_once(
    stylesheet: Stylesheet,
    css: str,
    read_from: CSSLocation,
    is_default_rules: bool = False,
    tie_breaker: int = 0,
    scope: str = "",
) -> list[RuleSet]:
    """A stylesheet's rules, parsed once a worker for the same text, place and variables."""
    variables = tuple(sorted(stylesheet._variables.items()))
    key = (css, read_from, is_default_rules, tie_breaker, scope, variables)
    if key not in _PARSED:
        _PARSED[key] = _PARSE_RULES(
            stylesheet, css, read_from, is_default_rules, tie_breaker, scope
        )
    return _PARSED[key]


@pytest.fixture(autouse=True)
def _stylesheets_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pilot app reads the rules its stylesheets parsed to in an app before it."""
    monkeypatch.setattr(Stylesheet, "_parse_rules", _parse_rules_once)


@pytest.fixture(autouse=True)
def _frames_drawn_where_seen(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every pilot app of a test not marked `frames` draws a screen's first showing and its
    last, not the refreshes between."""
    if request.node.get_closest_marker("frames") is None:
        monkeypatch.setattr(Screen, "_compositor_refresh", _refresh_drawn_once)
        monkeypatch.setattr(App, "_shutdown", _shutdown_after_a_last_frame)
