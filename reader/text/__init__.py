"""Text from untrusted dumps made safe to show, folded for matching, and written as JSON.

`safe` keeps control and escape characters and lone surrogates from reaching a
terminal or a file; `folding` makes matching blind to case and accents while
mapping offsets back to the original; `json_out` writes JSON that never fails on
odd text.
"""

from typing import TYPE_CHECKING

from reader.lazy import lazy_exports

if TYPE_CHECKING:
    from reader.text.folding import OffsetMap, fold, fold_query
    from reader.text.safe import has_surrogates, visible, visible_line, without_surrogates

__all__ = [
    "OffsetMap",
    "fold",
    "fold_query",
    "has_surrogates",
    "visible",
    "visible_line",
    "without_surrogates",
]

_EXPORTS = {
    "OffsetMap": "folding",
    "fold": "folding",
    "fold_query": "folding",
    "has_surrogates": "safe",
    "visible": "safe",
    "visible_line": "safe",
    "without_surrogates": "safe",
}
"""Each name -> the module that defines it, imported on first use."""

__getattr__ = lazy_exports(__name__, _EXPORTS)
