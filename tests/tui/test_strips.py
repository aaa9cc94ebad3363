"""Textual's `Strip` as `reader.tui.strips` relies on it, and the app drawing with strips
that make their caches on first use.

`make_strip_caches_lazy` replaces `Strip.__init__` with one that sets what Textual's does
but the seven caches, and makes each cache's slot a property. These tests fail, saying
what changed, when a Textual upgrade sets something else in `__init__` or makes other
caches, before the app would draw with strips missing a field.
"""

from __future__ import annotations

import gc

from rich.segment import Segment
from rich.style import Style
from textual.cache import FIFOCache
from textual.strip import Strip

from reader.tui import strips
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from tests.tui.helpers import Noted, make_session, screen_lines, settle

_CHANGED = "Textual's Strip changed shape; review reader.tui.strips: "
_SEGMENTS = [Segment("hello ", Style(bold=True)), Segment("world")]


def _built(init: object) -> Strip:
    strip = object.__new__(Strip)
    init(strip, _SEGMENTS, 11)  # type: ignore[operator]
    return strip


def _slots(strip: Strip) -> dict[str, object]:
    """Every slot Strip declares that is set on `strip`, read past the properties."""
    found: dict[str, object] = {}
    for name in Strip.__slots__:
        slot = strips.SLOTS.get(name, Strip.__dict__[name])
        try:
            found[name] = slot.__get__(strip)
        except AttributeError:
            continue
    return found


def test_textual_init_sets_the_lean_fields_and_the_caches_of_their_sizes() -> None:
    textual, lean = _slots(_built(strips.TEXTUAL_INIT)), _slots(_built(strips._lean_init))
    caches = {name: value for name, value in textual.items() if isinstance(value, FIFOCache)}
    sizes = {name: cache._maxsize for name, cache in caches.items()}
    assert sizes == strips.CACHE_SIZES, _CHANGED + f"its caches are {sizes}"
    rest = {name: value for name, value in textual.items() if name not in caches}
    assert rest == lean, _CHANGED + f"its __init__ sets {sorted(rest)}"
    assert set(Strip.__slots__) == set(textual) | set(strips.CACHE_SIZES), _CHANGED + "slots"


def test_a_lean_strip_makes_a_cache_when_first_used_and_draws_the_same() -> None:
    assert strips.make_strip_caches_lazy()
    assert strips.make_strip_caches_lazy(), "a second call changes nothing"
    strip = Strip(_SEGMENTS)
    assert not any(isinstance(held, FIFOCache) for held in gc.get_referents(strip))
    cropped = strip.crop(0, 5)
    assert cropped.text == "hello" and strip.crop(0, 5) is cropped, "kept in its cache"
    assert sum(isinstance(held, FIFOCache) for held in gc.get_referents(strip)) == 1
    assert strip.crop_extend(2, 14, None).text == "llo world   "
    assert [part.text for part in strip.divide([3, 11])] == ["hel", "lo world"]
    assert strip.cell_length == 11 and strip.text == "hello world"


async def test_the_app_draws_its_list_and_text_with_lean_strips() -> None:
    app = Noted(make_session())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert Strip.__init__ is strips._lean_init
        article = app.query_one(ArticleView).article
        assert article is not None
        assert article.title[:20] in "\n".join(screen_lines(app.query_one(ArticleList)))
        await pilot.press("j")
        await settle(pilot)
        shown = app.query_one(ArticleView).article
        assert shown is not None and shown is not article
        assert shown.body.split()[0] in "\n".join(screen_lines(app.query_one(ArticleView)))
