"""The footer: the focused pane's keys, most used first, each shown whole or not at all.

Textual's `Footer` lists every binding marked `show` in binding order and lets the
row run off the edge: at 80 columns words were cut ("a An▏") and the triage keys never
showed. This one asks `reader.tui.keys.FOOTER_HINTS` what matters in the focused pane,
fits whole hints into the width (`reader.tui.presenters.footer_hints.fit`), and runs the key
when a hint is clicked. It redraws only when the focus, the keys or the width change.

At its left it can show a status: a pending count or `*` until the key it is for
(or any other) uses it up, or where the last `>`/`<` jump landed ("match 2/3").
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widget import Widget

from reader.tui.keys import FOOTER_HINTS, FooterHint
from reader.tui.presenters.footer_hints import Hint, fit

PALETTE = Hint("^p", "Palette", "ctrl+p")
"""The command palette, shown last when there is room."""


class ReaderFooter(Widget):
    """One line of key hints for the pane that has the focus."""

    COMPONENT_CLASSES = frozenset({"footer--key", "footer--description", "footer--status"})
    DEFAULT_CSS = """
    ReaderFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
        padding: 0 0 0 1;
    }
    ReaderFooter > .footer--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    ReaderFooter > .footer--description {
        color: $footer-description-foreground;
    }
    ReaderFooter > .footer--status {
        color: $text-warning;
        text-style: bold;
    }
    """

    status: reactive[str] = reactive("")
    """Shown before the hints while set: a pending prefix, or the last match's place."""

    def on_mount(self) -> None:
        """Follows the focus and the bindings (a keymap, a dialog closed)."""
        self.watch(self.screen, "focused", lambda _focused: self.refresh())
        self.screen.bindings_updated_signal.subscribe(self, lambda _screen: self.refresh())

    def hints(self) -> list[Hint]:
        """Every hint of the focused pane, in priority order (before fitting)."""
        focused = self.screen.focused
        pane = (focused.id or "") if focused is not None else ""
        mode = getattr(self.screen, "footer_mode", "")
        wanted = FOOTER_HINTS.get(f"{pane}:{mode}", ()) or FOOTER_HINTS.get(pane, ())
        bound: dict[str, Binding] = {}
        for _node, binding, _enabled, _tooltip in self.screen.active_bindings.values():
            if binding.id:
                bound.setdefault(binding.id, binding)
        hints = [hint for spec in wanted if (hint := self._hint(spec, bound)) is not None]
        return [*hints, PALETTE]

    def _hint(self, spec: FooterHint, bound: dict[str, Binding]) -> Hint | None:
        bindings = [bound.get(binding_id) for binding_id in spec.ids]
        if any(binding is None for binding in bindings):
            return None
        keys = [self._first_key(binding) for binding in bindings if binding is not None]
        return Hint(spec.joiner.join(display for display, _ in keys), spec.description, keys[0][1])

    def _first_key(self, binding: Binding) -> tuple[str, str]:
        """(how the binding's first key is shown, the key itself)."""
        key = binding.key.split(",")[0].strip()
        return self.app.get_key_display(Binding(key, binding.action)), key

    def render(self) -> Text:
        """The hints that fit, whole, each a click target for its key."""
        key_style = self.get_component_rich_style("footer--key")
        words_style = self.get_component_rich_style("footer--description")
        line = Text(no_wrap=True, overflow="crop", end="")
        width = self.content_size.width
        if self.status:
            line.append(self.status, self.get_component_rich_style("footer--status"))
            line.append("  ")
            width -= len(line)
        for n, hint in enumerate(fit(self.hints(), width)):
            click = Style.from_meta({"@click": f"app.simulate_key({hint.action!r})"})
            if n:
                line.append("  ")
            line.append(hint.keys, key_style + click)
            line.append(" " + hint.description, words_style + click)
        return line
