"""Annotations out to other tools and back in: one exporter or importer module per format.

`export` gathers what to write and hands it to a module of `exporters/`; `importer`
reads a file back through `importers/` and merges it into the store. A new format is
one module in each folder plus its entry in `export.FORMATS` (see
docs/architecture.md). `training` picks the checked articles and writes them as
spaCy training data (`reader export -f spacy`); `exporters.prodigy_ner` writes them as
Prodigy NER tasks (`-f prodigy-ner`). The names below are imported on first use, so
`reader export` does not load the importers.
"""

from typing import TYPE_CHECKING

from reader.lazy import lazy_exports

if TYPE_CHECKING:
    from reader.interchange.export import ExportError, export_format
    from reader.interchange.importer import ImportFileError, import_file

__all__ = [
    "DEFAULT_DEV_SHARE",
    "NER_TASKS_FORMAT",
    "NER_TASKS_HELP",
    "TRAINING_FORMAT",
    "TRAINING_HELP",
    "ExportError",
    "ImportFileError",
    "export_format",
    "import_file",
]

DEFAULT_DEV_SHARE = 0.2
"""Share of checked articles held out for evaluation when `--dev` is asked for (here, not
in `training`, so `reader export`'s parser names it without importing spaCy's side)."""

TRAINING_FORMAT = "spacy"
"""The training-data format (`reader export -f spacy`, the export dialog's line after the
annotation formats): the checked articles as a spaCy DocBin, not an annotation format of
`export.FORMATS`."""
TRAINING_HELP = "the checked articles' entities as a spaCy DocBin for `spacy train`"
"""What the training format is for, as `reader export --help` and the dialog say it."""
NER_TASKS_FORMAT = "prodigy-ner"
"""The checked articles' entities as Prodigy NER tasks (`reader export -f prodigy-ner`, the
export dialog's last line, `exporters.prodigy_ner`): like the training format, the user's
checks pick its articles, not an annotation format of `export.FORMATS` (whose `jsonl`
spans are the passage tags)."""
NER_TASKS_HELP = "the checked articles' entities as accepted Prodigy ner.manual tasks"
"""What the Prodigy NER format is for, as `reader export --help` and the dialog say it."""

_EXPORTS = {
    "ExportError": "export",
    "export_format": "export",
    "ImportFileError": "importer",
    "import_file": "importer",
}
"""Each name -> the module that defines it."""

__getattr__ = lazy_exports(__name__, _EXPORTS)
