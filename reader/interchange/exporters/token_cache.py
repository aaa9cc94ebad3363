"""Prodigy tokens kept between exports, serialised, so a repeated `jsonl` export splices bytes.

Tokenising 2,000 articles for 100,000 annotations (about 440,000 token dicts made and
serialised) cost more than twice what orjson needs for the annotations themselves.
An article's tokens depend on its body and on the offsets its tagged annotations cut
tokens at, so that pair is the key (hashed with the tokeniser's pattern and the entry
format); the entry is the `tokens` list exactly as orjson writes it inside a task
(lone surrogates already U+FFFD; DEL and C1 controls escaped as `json_out` escapes a line)
and where each token starts, which the spans' token indices are found in. Beside it, an
article's `spans` list as orjson writes it and the task hash made of it (building and
hashing 100,000 span dicts was a third of a repeated export), keyed by the same pair and
the ids, offsets and tags of its annotations, which with the tokens make the spans.

One file in the workspace cache folder holds them: this export's entries first, then
the previous file's others while the file stays under `MAX_BYTES`, so exporting a
subset (`--tag`) does not evict the full export. The cache is only a speed-up: a file
that cannot be read is ignored and replaced; one that cannot be written is not kept.
It is written to a temp file and renamed, so a kill leaves no half file (a killed
writer's temp file goes at the next write); it is not synced to disk, as losing it
costs one slower export.
"""

from __future__ import annotations

import contextlib
import hashlib
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path

import orjson

from reader.store import remove_stale_temp_files, write_replacing

FILE = "prodigy-tokens.bin"
"""The cache's file inside the workspace cache folder."""
MAGIC = b"reader prodigy tokens 3\n"
"""The first bytes of a cache file; bumping the number orphans every entry (2: a spans
entry's key made of its tokens' key; 3: DEL and C1 controls escaped in the entries, which
an export then splices into its lines as views of the file's bytes, uncopied)."""
MAX_BYTES = 128 * 1024 * 1024
"""Past this the previous file's unused entries are dropped (this export's are all kept)."""
_LENGTH_BYTES = 8
_STARTS = "q"
"""The array type of token starts (64-bit: a body may be longer than 2**31 code points)."""

Entry = tuple[bytes | memoryview, Sequence[int]]
"""An article's serialised `tokens` list and where each token starts (a list when made, an
array when read back: made a list, 440,000 ints at 100,000 annotations, for spans that were
read back too and never looked them up); or its serialised `spans` list and, alone in the
list, the task hash."""
_SPANS = b"\x00spans\x00"
"""Set before a spans entry's annotations in its key, so no tokens key can equal it."""


class TokenCache:
    """The tokens of one workspace's exported articles, by body and cut offsets."""

    def __init__(self, directory: Path, salt: str) -> None:
        """Reads `directory`'s cache file; `salt` names the tokeniser (its pattern), so
        entries another tokeniser made are never found."""
        self.path = directory / FILE
        self._salt = salt.encode("utf-8", "surrogatepass")
        self._old: dict[str, list[int]] = {}
        self._blob = memoryview(b"")
        self._used: dict[str, Entry] = {}
        self._missed = False
        self._read()

    def tokens_key(self, text: str, offsets: Sequence[int]) -> str:
        """The key of the tokens of `text` cut at `offsets` (sorted, distinct)."""
        return self._digest(
            len(offsets).to_bytes(_LENGTH_BYTES, "little")
            + array(_STARTS, offsets).tobytes()
            + text.encode("utf-8", "surrogatepass")
        )

    def find(self, key: str) -> Entry | None:
        """The entry kept under `key` by an earlier export (kept again by this one), if any: its
        JSON a view of the file's bytes, for the export to write as it is."""
        place = self._old.get(key)
        if place is None:
            return None
        start, tokens_length, starts_length = place
        middle = start + tokens_length
        starts = array(_STARTS)
        starts.frombytes(self._blob[middle : middle + starts_length])
        entry = (self._blob[start:middle], starts)  # spans read back never bisect it: no list
        self._used[key] = entry
        return entry

    def keep(self, key: str, entry: Entry) -> Entry:
        """Keeps `entry`, made by this export, for the next one; returns it."""
        self._used[key] = entry
        self._missed = True
        return entry

    def spans(self, tokens_key: str, inputs: bytes, make: Callable[[], Entry]) -> Entry:
        """The spans entry of the text and offsets whose tokens are kept under `tokens_key`, for
        the annotations `inputs` (their ids, offsets and tags, serialised), from the file or made
        by `make` (serialised spans, [task hash]) and kept for the next export. Its key is
        made of the tokens' key, not of the text hashed again."""
        key = self._digest(_SPANS + tokens_key.encode("ascii") + inputs)
        found = self.find(key)
        return found if found is not None else self.keep(key, make())

    @property
    def changed(self) -> bool:
        """Whether this export made entries the file does not hold (`save` writes them): an
        export that made none hands no writing over (a process forked for nothing)."""
        return self._missed

    def save(self) -> None:
        """Writes the file when this export made entries it did not hold; never raises for
        a folder that cannot be written (the next export makes them again)."""
        if not self._missed:
            return
        index: dict[str, list[int]] = {}
        parts: list[bytes | memoryview] = []
        size = 0
        for key, (serialised, starts) in self._used.items():
            raw = array(_STARTS, starts).tobytes()
            index[key] = [size, len(serialised), len(raw)]
            parts += (serialised, raw)
            size += len(serialised) + len(raw)
        for key, (start, tokens_length, starts_length) in self._old.items():
            length = tokens_length + starts_length
            if key in index or size + length > MAX_BYTES:
                continue
            index[key] = [size, tokens_length, starts_length]
            parts.append(self._blob[start : start + length])
            size += length
        header = orjson.dumps(index)
        parts[:0] = (MAGIC, len(header).to_bytes(_LENGTH_BYTES, "little"), header)
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            remove_stale_temp_files(self.path)
            write_replacing(self.path, parts)

    def _read(self) -> None:
        try:
            data = self.path.read_bytes()
        except OSError:
            return
        body = len(MAGIC) + _LENGTH_BYTES
        if not data.startswith(MAGIC) or len(data) < body:
            return
        length = int.from_bytes(data[len(MAGIC) : body], "little")
        try:
            index = orjson.loads(data[body : body + length])
        except orjson.JSONDecodeError:
            return
        blob = memoryview(data)[body + length :]
        if isinstance(index, dict) and all(_fits(place, len(blob)) for place in index.values()):
            self._old, self._blob = index, blob

    def _digest(self, data: bytes) -> str:
        return hashlib.blake2b(self._salt + data, digest_size=16).hexdigest()


def _fits(place: object, size: int) -> bool:
    """Whether an index entry names a piece inside the file's `size` bytes of entries."""
    return (
        isinstance(place, list)
        and len(place) == 3
        and all(type(number) is int and number >= 0 for number in place)
        and place[0] + place[1] + place[2] <= size
        and place[2] % array(_STARTS).itemsize == 0
    )
