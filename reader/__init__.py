"""reader: a keyboard-driven terminal reader and annotator for dumps of news articles."""

__version__ = "0.1.0"
