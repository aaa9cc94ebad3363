"""Lets `python -m reader` behave exactly like the `reader` console script."""

from reader.cli import main

raise SystemExit(main())
