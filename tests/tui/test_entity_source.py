"""The app's entity service and every fake the tests or benches hand the app in its place
have each member of `EntitySource`, with its signature: users23's keys passed their tests
on fakes with `tokens` and `with_pipeline`, which `ModelRouter` did not have, and did
nothing in the app.

The fakes are found, not listed: every class under tests/ and bench/ that defines a member
only an entity source has, or derives from such a class, wherever it is added next.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

from reader.nlp.entity_source import EntitySource
from reader.nlp.router import ModelRouter

ROOT = Path(__file__).resolve().parents[2]
MEMBERS = tuple(
    name
    for name, value in vars(EntitySource).items()
    if not name.startswith("_") and (callable(value) or isinstance(value, property))
)
"""The protocol's members: what the screens and the entity worker call."""
SOURCE_ONLY = frozenset(MEMBERS) - {"load", "analyse_many"}
"""Members only an entity source has (the export's and the CLI's finders have the other two)."""


def mismatches(service: type) -> list[str]:
    """How `service` differs from `EntitySource`: a member missing, a method where a property
    is, or a signature whose parameters differ in name, kind or default (what a call
    depends on; annotations are the fakes' own)."""
    found = []
    for name in MEMBERS:
        wanted = inspect.getattr_static(EntitySource, name)
        try:
            got = inspect.getattr_static(service, name)
        except AttributeError:
            found.append(f"{service.__qualname__}.{name} is missing")
            continue
        if isinstance(wanted, property) or isinstance(got, property):
            if not (isinstance(wanted, property) and isinstance(got, property)):
                found.append(f"{service.__qualname__}.{name} is not a property as wanted")
            continue
        if _shape(got) != _shape(wanted):
            found.append(f"{service.__qualname__}.{name}{inspect.signature(got)}")
    return found


def _shape(function: object) -> list[tuple[str, object, object]]:
    signature = inspect.signature(function)  # type: ignore[arg-type]
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


def _defined_classes(tree: ast.Module) -> list[tuple[ast.ClassDef, bool]]:
    """Each class of a module, and whether it is at its top level (importable by name)."""
    found: list[tuple[ast.ClassDef, bool]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                found.append((child, node is tree))
            visit(child)

    visit(tree)
    return found


def _is_fake(node: ast.ClassDef, fakes: set[str]) -> bool:
    defined = {n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
    return bool(defined & SOURCE_ONLY or bases & fakes)


def _may_hold_a_fake(text: str, fakes: set[str]) -> bool:
    """Whether a file's text has what a file holding a fake has: a member only a source
    defines, or the name of a fake it may derive from (only such files are parsed: parsing
    every test file took seconds)."""
    return any(f"def {name}(" in text for name in SOURCE_ONLY) or any(
        name in text for name in fakes
    )


def fake_services() -> tuple[list[type], list[str]]:
    """The fake entity services under tests/ and bench/, and those defined inside a function
    or a class (which no test could check: they must be at a module's top level)."""
    texts = {
        path: path.read_text(encoding="utf-8")
        for folder in ("tests", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
    }
    classes_of: dict[Path, list[tuple[ast.ClassDef, bool]]] = {}
    fakes: set[str] = set()
    while True:  # a fake's subclass may be in a file that names no member of its own
        for path, text in texts.items():
            if path not in classes_of and _may_hold_a_fake(text, fakes):
                classes_of[path] = _defined_classes(ast.parse(text))
        named = {
            node.name
            for found in classes_of.values()
            for node, _top in found
            if _is_fake(node, fakes)
        }
        if named == fakes:
            break
        fakes = named
    classes, hidden = [], []
    for path, found in classes_of.items():
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for node, top in found:
            if not _is_fake(node, fakes):
                continue
            if not top:
                hidden.append(f"{module}: {node.name}")
                continue
            service = getattr(importlib.import_module(module), node.name)
            if any(hasattr(service, name) for name in SOURCE_ONLY):  # not a namesake's subclass
                classes.append(service)
    return classes, hidden


def test_the_apps_router_has_every_member_the_screens_call() -> None:
    assert mismatches(ModelRouter) == []


def test_every_fake_service_has_every_member_with_the_routers_signature() -> None:
    classes, hidden = fake_services()
    names = {service.__qualname__ for service in classes}
    assert {"FakeService", "LendingService", "HeldService"} <= names
    assert hidden == []
    assert [m for service in classes for m in mismatches(service)] == []


def test_a_fake_with_a_wrong_signature_or_a_missing_member_is_told() -> None:
    """A fake as they were: `n_process` positional, no `model_of`, `expected_fallback` a
    plain method (made by `type`, so that the search for fakes does not find it)."""

    def analyse_many(self: object, articles: object, n_process: int = 1) -> None:
        """Positional where the router's are keyword-only."""

    def expected_fallback(self: object) -> bool:
        return False

    found = mismatches(
        type(
            "Positional", (), {"analyse_many": analyse_many, "expected_fallback": expected_fallback}
        )
    )
    assert "Positional.model_of is missing" in found
    assert "Positional.expected_fallback is not a property as wanted" in found
    shown = "(self: 'object', articles: 'object', n_process: 'int' = 1) -> 'None'"
    assert f"Positional.analyse_many{shown}" in found
