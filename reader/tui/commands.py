"""The command palette's own commands: every key of the main screen, runnable by name.

Only what the screen takes now is offered (the entity-editing commands only while
entity editing is on).

Built from `keys.CONTEXTS`, so the palette, the help screen and the bindings can
never disagree.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from functools import partial

from textual.actions import parse
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.widget import Widget

from reader.tui import keys


@dataclass(frozen=True, slots=True)
class Command:
    """One palette entry: what it says and what it runs."""

    title: str
    help: str
    run: Callable[[], Awaitable[None]]


class ReaderCommands(Provider):
    """Offers the reader's key actions in the palette, with their keys as help."""

    def _commands(self) -> Iterator[Command]:
        for context in keys.CONTEXTS:
            if context.target is None:
                continue
            if context.target.startswith("#") and not self.screen.query(context.target):
                continue
            for binding in context.bindings:
                if not self._available(context.target, binding.action):
                    continue
                shortcut = keys.shown_keys(self.app, binding)
                title = binding.description
                if context.target.startswith("#"):
                    title = f"{context.title}: {binding.description.lower()}"
                run = partial(self._run, context.target, binding.action)
                yield Command(title, f"{shortcut} · {context.title}", run)

    def _available(self, target: str, action: str) -> bool:
        """Whether the screen takes the action now (its `check_action`): a command it would
        refuse, such as the entity keys while entity editing is off, is not offered."""
        namespace, name, parameters = parse(action)
        if namespace == "screen" or (target == "screen" and not namespace):
            return self.screen.check_action(name, parameters) is not False
        return True

    async def _run(self, target: str, action: str) -> None:
        if target == "app":
            await self.app.run_action(action)
        elif target == "screen":
            await self.screen.run_action(action)
        else:
            widget = self.screen.query_one(target, Widget)
            widget.focus()
            await widget.run_action(action)

    async def discover(self) -> Hits:
        """All commands, when the palette opens with no query."""
        for command in self._commands():
            yield DiscoveryHit(command.title, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        """Commands whose title matches the query, best first."""
        matcher = self.matcher(query)
        for command in self._commands():
            if (score := matcher.match(command.title)) > 0:
                yield Hit(score, matcher.highlight(command.title), command.run, help=command.help)
