"""Named entities and sentences from spaCy, with a cache and a rule fallback.

Importing this package never imports spaCy: `EntityService.load()` does, in a worker
thread, so the TUI's first frame and cache lookups stay fast. `pipeline` loads spaCy
models; `training` (checked articles as `Doc`s for a `DocBin`) and `evaluation` (a
model's figures per label) import spaCy inside their functions only.
"""

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
