"""The terminal UI: the only package that imports Textual.

It drives the domain modules (`reader.dumps.load`, `reader.nlp.service`, ...) and owns nothing
but presentation: widgets draw articles, screens arrange them, the app wires keys,
workers and messages together.
"""
