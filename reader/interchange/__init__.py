"""Annotations out to other tools and back in: one exporter or importer module per format."""
