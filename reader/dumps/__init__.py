"""A dump's bytes turned into articles (decoding, line roles, boundaries, assembly); the inbox.

`load_dump` and `load_dumps` are the way in: they read a file in any encoding and
split it into `reader.article.Article` records; `iter_dump` and `iter_articles` yield
the articles as they are found, and `split_dump` keeps the dump's own front and back
matter beside them. `trace` says where each line went (`reader articles --lines`).
`inbox` watches seeds/ for new and growing dumps (`signatures`: when one counts as
unchanged); `split_cache` keeps split results on disk
so a command does not split the same dump twice. The other modules are the splitter's
stages, in the order they run: `decoding`, `lines`, `roles` (with `chrome` and
`credits`), `boundaries`, `assemble`.
"""

from typing import TYPE_CHECKING

from reader.lazy import lazy_exports

if TYPE_CHECKING:
    from reader.dumps.decoding import DumpError
    from reader.dumps.load import (
        Dump,
        iter_articles,
        iter_dump,
        load_dump,
        load_dumps,
        read_dump,
        split_dump,
        split_text,
    )

__all__ = [
    "Dump",
    "DumpError",
    "iter_articles",
    "iter_dump",
    "load_dump",
    "load_dumps",
    "read_dump",
    "split_dump",
    "split_text",
]

_EXPORTS = {
    "DumpError": "decoding",
    "Dump": "load",
    "iter_articles": "load",
    "iter_dump": "load",
    "load_dump": "load",
    "load_dumps": "load",
    "read_dump": "load",
    "split_dump": "load",
    "split_text": "load",
}
"""Each name -> the module that defines it, imported on first use."""

__getattr__ = lazy_exports(__name__, _EXPORTS)
