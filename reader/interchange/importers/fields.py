"""Typed reads of parsed JSON that fail with the field's place in the file.

An import file is untrusted input; a message like `articles[2].annotations[0].start:
expected a whole number, got "3"` tells the user exactly what to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reader.errors import ReaderError

_MISSING = object()


class FormatProblem(ReaderError):
    """A field of an import file that is missing or has the wrong type or value."""


def _shown(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{_one_line(value)}"'
    return text if len(text) <= 40 else text[:39] + "…"


def _one_line(text: str) -> str:
    """Text as an error message (one line on stderr) may show it: a newline or another
    control character in a key or value of an untrusted file escaped."""
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


@dataclass(frozen=True, slots=True)
class Node:
    """A JSON object and where it sits in the file, so errors can name the place."""

    doc: dict[str, Any]
    where: str

    @classmethod
    def of(cls, value: object, where: str) -> Node:
        """Wraps `value`, which must be a JSON object."""
        if not isinstance(value, dict):
            raise FormatProblem(f"{where or 'the file'}: expected an object, got {_shown(value)}")
        return cls(value, where)

    def place(self, key: str) -> str:
        """The dotted place of one of this object's fields."""
        key = _one_line(key)
        return f"{self.where}.{key}" if self.where else key

    def raw(self, key: str, default: object = _MISSING) -> object:
        """The field's value; a missing field without a default is an error."""
        value = self.doc.get(key, default)
        if value is _MISSING:
            raise FormatProblem(f"{self.place(key)}: required but missing")
        return value

    def text(self, key: str) -> str:
        """A string field."""
        value = self.raw(key)
        if not isinstance(value, str):
            raise FormatProblem(f"{self.place(key)}: expected text, got {_shown(value)}")
        return value

    def name(self, key: str) -> str:
        """A string field that must not be blank (ids, names)."""
        value = self.text(key)
        if not value.strip():
            raise FormatProblem(f"{self.place(key)}: must not be empty")
        return value

    def one_of(self, key: str, allowed: Sequence[str]) -> str:
        """A string field naming one of `allowed` (a triage state, a correction's kind): a
        name reader does not know would be stored and then match nothing."""
        value = self.text(key)
        if value not in allowed:
            raise FormatProblem(f"{self.place(key)}: must be one of {', '.join(allowed)}")
        return value

    def optional_text(self, key: str) -> str | None:
        """A string field that may be null or missing."""
        value = self.raw(key, None)
        if value is not None and not isinstance(value, str):
            raise FormatProblem(f"{self.place(key)}: expected text or null, got {_shown(value)}")
        return value

    def whole(self, key: str, least: int = 0) -> int:
        """An integer field of at least `least` (true/false are not numbers here)."""
        value = self.raw(key)
        if type(value) is not int:
            raise FormatProblem(f"{self.place(key)}: expected a whole number, got {_shown(value)}")
        if value < least:
            raise FormatProblem(f"{self.place(key)}: must be at least {least}, got {value}")
        return value

    def flag(self, key: str) -> bool:
        """A true/false field."""
        value = self.raw(key)
        if not isinstance(value, bool):
            raise FormatProblem(f"{self.place(key)}: expected true or false, got {_shown(value)}")
        return value

    def items(self, key: str, default: object = _MISSING) -> list[Any]:
        """An array field."""
        value = self.raw(key, default)
        if not isinstance(value, list):
            raise FormatProblem(f"{self.place(key)}: expected a list, got {_shown(value)}")
        return value

    def texts(self, key: str) -> list[str]:
        """An array of strings."""
        values = self.items(key)
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise FormatProblem(
                    f"{self.place(key)}[{index}]: expected text, got {_shown(value)}"
                )
        return values

    def time(self, key: str) -> str:
        """An ISO 8601 time, kept as written (so a round trip is exact)."""
        value = self.text(key)
        moment(value, self.place(key))
        return value

    def nodes(self, key: str, default: object = _MISSING) -> list[Node]:
        """An array of objects, each wrapped with its place."""
        return [
            Node.of(v, f"{self.place(key)}[{i}]") for i, v in enumerate(self.items(key, default))
        ]


def moment(value: str, where: str = "") -> datetime:
    """An ISO 8601 time as an aware datetime (UTC when no offset is written)."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise FormatProblem(f"{where}: not an ISO 8601 time: {_shown(value)}") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def when(value: str) -> datetime:
    """A record's time for comparison (which of two is newer); an unreadable one counts as
    oldest."""
    try:
        return moment(value)
    except FormatProblem:
        return datetime.min.replace(tzinfo=UTC)
