"""Lets `python -m reader` behave exactly like the `reader` console script."""

from reader.cli import console

raise SystemExit(console())
