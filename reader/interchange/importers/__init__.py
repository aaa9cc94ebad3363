"""Readers of the formats `reader import` accepts; each turns parsed JSON into an `ImportBatch`.

They check every field before anything is written, and a problem is one line naming
the place in the file (`articles[2].annotations[0].start: …`).
"""
