"""The terminal UI: the only package that imports Textual.

It drives the domain modules (`reader.dump`, `reader.nlp`, ...) and owns nothing
but presentation: widgets draw articles, screens arrange them, the app wires keys,
workers and messages together.
"""
