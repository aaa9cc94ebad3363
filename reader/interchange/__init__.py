"""Annotations out to other tools and back in: one exporter or importer module per format.

`export` gathers what to write and hands it to a module of `exporters/`; `importer`
reads a file back through `importers/` and merges it into the store. A new format is
one module in each folder plus its entry in `export.FORMATS` (see
docs/architecture.md). `training` picks the checked articles and writes them as
spaCy training data (`reader export -f spacy`).
"""

from reader.interchange.export import ExportError, export_format
from reader.interchange.importer import ImportFileError, import_file

__all__ = ["ExportError", "ImportFileError", "export_format", "import_file"]
