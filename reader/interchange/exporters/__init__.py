"""One module per export format, each a pure function from an `Export` to bytes or files.

`reader.interchange.export` chooses among them and writes the result; nothing here touches the
store or the disk, so each format can be tested on hand-made records.
"""
