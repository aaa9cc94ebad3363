"""A dump's bytes turned into articles (decoding, line roles, boundaries, assembly); the inbox.

`load_dump` and `load_dumps` are the way in: they read a file in any encoding and
split it into `reader.article.Article` records. `inbox` watches seeds/ for new and
growing dumps. The other modules are the splitter's stages, in the order they run:
`decoding`, `lines`, `roles` (with `chrome` and `credits`), `boundaries`, `assemble`.
"""

from reader.dumps.decoding import DumpError
from reader.dumps.load import load_dump, load_dumps, read_dump, split_text

__all__ = ["DumpError", "load_dump", "load_dumps", "read_dump", "split_text"]
