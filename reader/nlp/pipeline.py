"""Builds and runs the spaCy pipeline: the one module that imports spaCy.

Imported lazily by `reader.nlp.service` (importing spaCy costs about 0.4 s, and the TUI
must paint first). It loads the named model keeping only what entities need (the
components that set `doc.ents` and any shared tok2vec they listen to) plus a rule
`sentencizer`; in `en_core_web_sm` that is `ner` alone, which carries its own
tok2vec, at about twice the speed of the full pipeline. When the model is missing
or broken it builds the fallback: blank English, a sentencizer and the rules of
`reader.nlp.rules`.
"""

from __future__ import annotations

import multiprocessing
import threading
import weakref
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from typing import Any, NoReturn

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans
from thinc.api import Model
from thinc.layers.chain import forward as _chain_forward

from reader.analysis import PipelineInfo
from reader.collector import held_through_loads
from reader.nlp.models import config_path, model_fingerprint
from reader.nlp.rules import RULES_VERSION, find_entities
from reader.nlp.segments import EntityTuple, Found, Span, Window

FALLBACK_NAME = "fallback:rules"
"""`PipelineInfo.name` of the rule-based pipeline."""
RULES_COMPONENT = "reader_entity_rules"
_REASON_WIDTH = 200
_AHEAD_PER_PROCESS = 4
"""Groups queued per worker process: keeps both busy without holding the whole dump."""


@Language.component(RULES_COMPONENT)
def _rules_component(doc: Doc) -> Doc:
    """The fallback's recogniser: `reader.nlp.rules` spans, snapped to tokens."""
    spans = (
        doc.char_span(start, end, label=label, alignment_mode="contract")
        for start, end, label in find_entities(doc.text)
    )
    doc.ents = filter_spans([span for span in spans if span is not None and len(span)])
    return doc


_loaded: dict[str, tuple[Language, PipelineInfo, threading.Lock]] = {}
_loaded_lock = threading.Lock()


def shared(requested: str) -> tuple[Language, PipelineInfo, threading.Lock]:
    """The pipeline for `requested`, loaded once per process, with the lock that guards it.

    Every service asking for the same model gets the same pipeline (one copy in
    memory, one load). Fallbacks are not kept: they are cheap, and a model
    installed later is then found by the next service.
    """
    key = f"{requested}#{model_fingerprint(requested)}"  # a folder saved over: another model
    with _loaded_lock:
        found = _loaded.get(key)
        if found is None:
            nlp, info = build(requested)
            found = (nlp, info, threading.Lock())
            if not info.fallback:
                _loaded[key] = found
        return found


def build(requested: str) -> tuple[Language, PipelineInfo]:
    """The named model trimmed to entities + sentencizer, or the fallback with a reason."""
    try:
        with held_through_loads():
            nlp = spacy.load(requested, exclude=_not_for_entities(_config(requested)))
    except Exception as exc:  # a broken model can fail in many ways; none may stop the app
        return build_fallback(requested, _load_failure(requested, exc))
    keep = _entity_components(nlp)
    if not keep:
        return build_fallback(requested, f'spaCy model "{requested}" has no entity recognizer')
    for name in nlp.pipe_names:
        if name not in keep:
            nlp.disable_pipe(name)
    nlp.add_pipe("sentencizer", before=nlp.pipe_names[0])
    _predict_leanly(nlp)
    meta = nlp.meta
    info = PipelineInfo(
        requested=requested,
        name=f"{meta.get('lang', '')}_{meta.get('name', requested)}",
        version=str(meta.get("version", "")),
        components=tuple(nlp.pipe_names),
        fallback=False,
        reason=None,
        fingerprint=model_fingerprint(requested),
    )
    return nlp, info


def build_fallback(requested: str, reason: str) -> tuple[Language, PipelineInfo]:
    """Blank English with a sentencizer and rule-based entities."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(RULES_COMPONENT)
    info = PipelineInfo(
        requested=requested,
        name=FALLBACK_NAME,
        version=RULES_VERSION,
        components=tuple(nlp.pipe_names),
        fallback=True,
        reason=reason,
    )
    return nlp, info


def _config(requested: str) -> Mapping[str, Any]:
    """The model's config as written (nothing resolved, no weights read); empty when it
    has none that can be read, so nothing is left out of the load."""
    path = config_path(requested)
    if path is None:
        return {}
    try:
        return spacy.util.load_config(path, interpolate=False)
    except Exception:  # a broken config fails the load itself, with its own message
        return {}


def _not_for_entities(config: Mapping[str, Any]) -> list[str]:
    """The components a model's config names that entities do not need, to leave out of
    the load: disabled, they were loaded all the same, and the tagger, parser, lemmatizer
    and attribute ruler of en_core_web_sm held 22 MB above its `ner` (resident, not
    file-backed: 111 against 89 MiB for the whole model). Kept, as `_entity_components`
    keeps them once loaded: every component whose factory assigns `doc.ents`, the
    embedders (tok2vec, transformer) when one of those listens to another, and any
    component this cannot tell about (sourced from another model, an unknown factory)."""
    blocks = config.get("components", {})
    factories = {name: block.get("factory") for name, block in blocks.items()}
    try:  # a blank pipeline of the language knows its factories (spaCy registers them then)
        blank = spacy.blank(config["nlp"]["lang"])
    except Exception:  # no language, an unknown one: leave nothing out
        return []
    keep = {name for name, factory in factories.items() if _may_set_entities(blank, factory)}
    if any(_listens(blocks[name]) for name in keep):
        keep |= {name for name, factory in factories.items() if factory in _EMBEDDERS}
    return [name for name in factories if name not in keep]


_EMBEDDERS = ("tok2vec", "transformer", "curated_transformer")
"""Factories of the components other components listen to for their token vectors."""


def _may_set_entities(blank: Language, factory: object) -> bool:
    """Whether a component made by `factory` sets `doc.ents`, or might (unknown)."""
    if not isinstance(factory, str):
        return True
    try:
        return "doc.ents" in blank.get_factory_meta(factory).assigns
    except Exception:  # not registered (yet): keep it
        return True


def _listens(block: object) -> bool:
    """Whether a component's config uses a listener architecture anywhere within it."""
    if isinstance(block, Mapping):
        architecture = block.get("@architectures")
        if isinstance(architecture, str) and "Listener" in architecture:
            return True
        return any(_listens(value) for value in block.values())
    return False


def _entity_components(nlp: Language) -> set[str]:
    """Components that set `doc.ents`, plus the shared embedders they listen to."""
    keep = {name for name in nlp.pipe_names if "doc.ents" in nlp.get_pipe_meta(name).assigns}
    for name, pipe in nlp.pipeline:
        if keep & set(getattr(pipe, "listening_components", ())):
            keep.add(name)
    return keep


def _predict_leanly(nlp: Language) -> None:
    """Makes the components' chains of layers let go of each layer's arrays as soon as the
    next layer has read them, when predicting.

    thinc's `chain` keeps every layer's backprop callback, and with it every layer's
    input and output arrays, until the whole chain returns, in prediction as in
    training: en_core_web_sm's tok2vec held all four encoder layers' arrays at once,
    8.9 MB traced for a batch of 8 news articles on top of everything the open dump
    holds, against 2.6 MB when each goes as soon as it is read. The same arithmetic, so
    the same entities; training (`is_train`) still goes through thinc's own forward."""
    for _name, component in nlp.components:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():  # thinc keeps each layer's forward in `_func`
            if node._func is _chain_forward:
                node._func = _chain_predicting


def _chain_predicting(model: Model[Any, Any], X: Any, is_train: bool) -> tuple[Any, Any]:
    """thinc's `chain` forward, without holding the layers' callbacks when predicting."""
    if is_train:
        return _chain_forward(model, X, is_train)
    for layer in model.layers:
        X = layer(X, is_train=False)[0]
    return X, _no_backprop


def _no_backprop(_dY: object) -> NoReturn:
    raise RuntimeError("a chain run to predict holds no gradients: run it with is_train=True")


def _load_failure(requested: str, exc: Exception) -> str:
    """One user-facing line: not installed, or installed but unusable (and why)."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, OSError) and "E050" in message:
        return f'spaCy model "{requested}" is not installed'
    line = f'spaCy model "{requested}" cannot be loaded: {message}'
    return line if len(line) <= _REASON_WIDTH else line[: _REASON_WIDTH - 1] + "…"


ZONE_AFTER = 300
"""Windows a pipeline reads for good before it reads the rest in memory zones.

Every word a pipeline reads that its vocabulary lacks stays in it for good (a lexeme,
its strings, the tokenizer's cache of it): analysing the generated dump grew the app by
some 0.8 KB an article, 2.4 MB by 3,000 articles, on top of the open dump. Read in a
memory zone (`Language.memory_zone`), the words a group of windows adds go when the group
is done. The common words come first and stay (a word first met in a zone is made again
in the next), so the first windows are read for good: zones after 1,000 articles, 3,000
read, held 1.5 MB less traced memory for the same CPU (50.9 against 51.7 s, load 17) and
the same entities. After 300 (one window an article of the generated dump), 1,600 read as
the app reads them (batches of 8), the pipeline's growth was 1.2 MB traced against 2.0 MB
after 1,000, in the same CPU (29.8 against 29.4 s, load 21); after 100, 600 read, the
same entities (one digest over them) in 11.4 against 11.8 s."""
_read_for_good: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()
"""Windows each pipeline has read outside a zone (counted under its lock)."""


def run(
    nlp: Language,
    items: Iterable[tuple[int, Sequence[Window]]],
    batch_size: int,
    lock: AbstractContextManager[object] | None = None,
) -> Iterator[tuple[int, Found]]:
    """Runs `nlp.pipe` over the windows of many articles, yielding each article when done.

    `items` are (tag, windows) with at least one window each. Results are in body
    offsets, kept only from each window's core (not yet cut at paragraphs). They are
    read a group of whole articles at a time, about `batch_size` windows (the model's
    batch), each group's docs all read before the group's results are given, past
    `ZONE_AFTER` in a memory zone; `lock` is held around each group only, so another
    thread can analyse one article between two groups (the article the user is looking
    at goes first), and no thread reads a doc of a zone another has closed.
    """
    guard = lock if lock is not None else nullcontext()
    for group in _groups(items, batch_size):
        with guard, _zone(nlp, sum(len(windows) for _tag, windows in group)):
            done = _read(nlp, group, batch_size)
        yield from done


def _groups(
    items: Iterable[tuple[int, Sequence[Window]]], size: int
) -> Iterator[list[tuple[int, Sequence[Window]]]]:
    """Whole articles in groups of at least `size` windows (the last may have fewer)."""
    group: list[tuple[int, Sequence[Window]]] = []
    windows = 0
    for item in items:
        group.append(item)
        windows += len(item[1])
        if windows >= size:
            yield group
            group, windows = [], 0
    if group:
        yield group


def _zone(nlp: Language, windows: int) -> AbstractContextManager[object]:
    """A memory zone for the next `windows` windows, once the pipeline has read
    `ZONE_AFTER` for good; until then none, and they are counted."""
    read = _read_for_good.get(nlp, 0)
    if read >= ZONE_AFTER:
        return nlp.memory_zone()
    _read_for_good[nlp] = read + windows
    return nullcontext()


def _read(
    nlp: Language, group: list[tuple[int, Sequence[Window]]], batch_size: int
) -> list[tuple[int, Found]]:
    """What the model finds in a group's windows, each article's results whole."""
    found: dict[int, tuple[list[EntityTuple], list[Span]]] = {tag: ([], []) for tag, _ in group}
    stream = ((window.text, (tag, window)) for tag, windows in group for window in windows)
    for doc, (tag, window) in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        _collect(doc, window, *found[tag])
    return list(found.items())


def _collect(doc: Doc, window: Window, entities: list[EntityTuple], sentences: list[Span]) -> None:
    """Appends what a window's core holds, in body offsets.

    Entities count where they start inside the core (so each is found once, by the
    window that sees it with context on both sides); sentences are clipped to the
    core and trimmed of whitespace, so together they tile the text.
    """
    offset, low, high = window.start, window.keep_start, window.keep_end
    entities.extend(
        (offset + e.start_char, offset + e.end_char, e.label_)
        for e in doc.ents
        if low <= offset + e.start_char < high
    )
    text = doc.text
    for sentence in doc.sents:
        start = max(sentence.start_char, low - offset)
        end = min(sentence.end_char, high - offset)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            sentences.append((offset + start, offset + end))


def run_parallel(
    nlp: Language,
    info: PipelineInfo,
    items: Iterable[tuple[int, Sequence[Window]]],
    n_process: int,
    batch_size: int,
) -> Iterator[tuple[int, Found]]:
    """Like `run`, over `n_process` worker processes, in order.

    A task is one of `run`'s groups (whole articles, about `batch_size` windows), so a
    worker reads the model's full batches as one process does: with one article a task,
    two processes spent 24-40% more CPU than one (the model's per-batch cost paid for
    every article, and a task's round trip each), which bounded their speed-up.
    Workers are forked with the loaded pipeline when this process has a single
    thread (cheap, and fork is safe then); otherwise (inside the TUI) they start
    fresh with forkserver or spawn and load the pipeline themselves, since forking
    a threaded process can deadlock. A worker that dies raises BrokenProcessPool
    here instead of hanging.
    """
    context = _context()
    inherited = nlp if context.get_start_method() == "fork" else None
    fallback_reason = info.reason if info.fallback else None
    pool = ProcessPoolExecutor(
        n_process,
        mp_context=context,
        initializer=_init_worker,
        initargs=(info.requested, fallback_reason, inherited),
    )
    queued: deque[Future[list[tuple[int, Found]]]] = deque()
    try:
        for group in _groups(items, batch_size):
            queued.append(pool.submit(_work, [(tag, list(ws)) for tag, ws in group], batch_size))
            if len(queued) >= n_process * _AHEAD_PER_PROCESS:
                yield from queued.popleft().result()
        while queued:
            yield from queued.popleft().result()
    finally:
        for future in queued:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


_worker_nlp: Any = None
"""The pipeline of a worker process (set by `_init_worker`)."""


def _init_worker(requested: str, fallback_reason: str | None, inherited: Language | None) -> None:
    global _worker_nlp
    if inherited is not None:
        _worker_nlp = inherited
    elif fallback_reason is not None:
        _worker_nlp = build_fallback(requested, fallback_reason)[0]
    else:
        _worker_nlp = build(requested)[0]


def _work(group: list[tuple[int, Sequence[Window]]], batch_size: int) -> list[tuple[int, Found]]:
    return list(run(_worker_nlp, group, batch_size))
