"""Named entities and sentences from spaCy, with a cache and a rule fallback.

Importing this package never imports spaCy: `EntityService.load()` does, in a worker
thread, so the TUI's first frame and cache lookups stay fast. `pipeline` loads spaCy
models; `training` (checked articles as `Doc`s for a `DocBin`) and `evaluation` (a
model's figures per label) import spaCy inside their functions only.
"""

from typing import TYPE_CHECKING

from reader.lazy import lazy_exports

if TYPE_CHECKING:
    from reader.nlp.glossary import LabelStyle, label_style
    from reader.nlp.service import (
        DEFAULT_MODEL,
        MODEL_ENV,
        EntityService,
        NlpError,
        resolve_model_name,
    )

__all__ = [
    "DEFAULT_MODEL",
    "MODEL_ENV",
    "EntityService",
    "LabelStyle",
    "NlpError",
    "label_style",
    "resolve_model_name",
]

_EXPORTS = {
    "LabelStyle": "glossary",
    "label_style": "glossary",
    "DEFAULT_MODEL": "service",
    "MODEL_ENV": "service",
    "EntityService": "service",
    "NlpError": "service",
    "resolve_model_name": "service",
}
"""Each name -> the module that defines it, imported on first use."""

__getattr__ = lazy_exports(__name__, _EXPORTS)
