"""Package re-exports that import their module on first use (PEP 562).

A package's `__init__` names what it offers; importing one small module of the
package (`reader.text.safe` for the first frame) must not import all the others,
so the names are resolved when first asked for, then kept in the package.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module


def lazy_exports(package: str, exports: Mapping[str, str]) -> Callable[[str], object]:
    """A module-level `__getattr__` for `package`: `exports` maps each name to its module
    (relative to the package); the value is imported on first access and cached."""

    def __getattr__(name: str) -> object:
        try:
            module = exports[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
