"""The view logic of the TUI without Textual: what rows, spans, colours and layouts to show."""
