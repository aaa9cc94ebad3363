"""Selecting words for a new entity while editing entities (`i`): `w` `b` `v`.

`w` and `b` put a one-word selection on the next or previous word (the first press on
the word at the cursor: the entity jumped to, or the sentence), `v` anchors it (on an
entity: its words), and from then `w` and `b` grow or shrink it a word at a time; `t` or
a digit labels what is selected, esc drops it. The footer quotes the selection as it
grows. Words are the pipeline's tokens (`reader.annotation.words`): the pattern's at the
first press, the pipeline's as soon as a worker thread has them (they wait for its lock
between batches), the selection snapped to them again.
"""

from __future__ import annotations

from functools import partial

from reader.annotation.words import Words, WordSelection, rough_tokens
from reader.article import Article
from reader.errors import ReaderError
from reader.text.safe import visible_line
from reader.tui import keys
from reader.tui.presenters.entity_editing import word_stuck
from reader.tui.screens.correcting import CorrectingScreen

QUOTE_CHARS = 40
"""The most of an entity's or a selection's text the footer quotes (its keys need room)."""


def footer_quote(text: str) -> str:
    """`text` on one line, cut to `QUOTE_CHARS` with an ellipsis."""
    quote = visible_line(text)
    return quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1] + "…"


class EntityWordsScreen(CorrectingScreen):
    """The word keys of entity editing (the subclass turns them on with `i`)."""

    _words: tuple[str, str, Words] | None = None
    """The open article's id, body and words (the pattern's, until the pipeline's come)."""
    _word_selection: WordSelection | None = None
    """The selection the word keys made (live while the view still selects its range)."""

    def action_next_word(self) -> None:
        """w: the next word (anchored with `v`: the selection one word longer)."""
        self._step_words(1)

    def action_previous_word(self) -> None:
        """b: the previous word (anchored: one word shorter, or longer backwards)."""
        self._step_words(-1)

    def action_select_words(self) -> None:
        """v while editing entities: anchors the word selection (or, with none, starts one on
        the entity under the cursor, else on the word there); v again drops it."""
        article = self.view.article
        if article is None:
            return
        live = self._live_words(article)
        if live is not None and not live.anchored:
            self._show_words(article, live.anchor_here())
            return
        if self.view.passages.selection is not None:
            self.view.action_clear_selection()
            return
        words = self._words_of(article)
        current = self.view.current
        chosen = (
            WordSelection.over(words, *current)
            if current is not None
            else WordSelection.at(words, self.view.passages.offset).anchor_here()
        )
        self._show_words(article, chosen)

    def _step_words(self, by: int) -> None:
        article = self.view.article
        if article is None:
            return
        live = self._live_words(article)
        if live is None:
            words = self._words_of(article)
            spot = self.view.current[0] if self.view.current else self.view.passages.offset
            self._show_words(article, WordSelection.at(words, spot))
            return
        moved = live.step(by)
        if moved == live:
            self.app.bell()
            why = live.stuck(by)
            if why is not None:
                start, end = live.span
                quote = footer_quote(article.body[start:end])
                self.say_in_footer(word_stuck(quote, why, by, partial(keys.shown_key_of, self.app)))
            return
        self._show_words(article, moved)

    def _live_words(self, article: Article) -> WordSelection | None:
        """The word selection, if the view still selects it in this article (esc, a click
        or another key may have dropped it)."""
        chosen = self._word_selection
        cached = self._words
        if chosen is None or cached is None or cached[0] != article.id:
            return None
        return chosen if self.view.passages.selection == chosen.span else None

    def _show_words(self, article: Article, chosen: WordSelection) -> None:
        """Selects `chosen` in the view and quotes it in the footer."""
        if not len(chosen.words):
            self.app.bell()
            return
        self._word_selection = chosen
        self.view.clear_current()
        self.view.select_range(*chosen.span)
        start, end = chosen.span
        quote = footer_quote(article.body[start:end])
        count = f"{chosen.count} word{'s' if chosen.count > 1 else ''}"
        key_of = partial(keys.shown_key_of, self.app)
        words = f"{key_of('next_word')} {key_of('previous_word')}"
        grow = (
            f"{words} grow it"
            if chosen.anchored
            else f"{key_of('select_words')} anchors, {words} move"
        )
        self.say_in_footer(f"“{quote}” ({count}): {key_of('label_entity')} or 1–9 labels, {grow}")

    def _words_of(self, article: Article) -> Words:
        """The article's words: the pipeline's when a worker has made them, else the
        pattern's (and a worker is started to make the pipeline's)."""
        cached = self._words
        if cached is not None and cached[:2] == (article.id, article.body):
            return cached[2]
        words = Words(article.body, rough_tokens(article.body))
        self._words = (article.id, article.body, words)
        self.run_worker(
            partial(self._pipeline_words, article),
            thread=True,
            exclusive=True,
            exit_on_error=False,
            group="words",
            name="words",
        )
        return words

    def _pipeline_words(self, article: Article) -> None:
        """Runs in a thread: the pipeline's tokens of the article, handed to the app's."""
        try:
            made = self._service.tokens(article.body)
        except ReaderError:
            return  # no pipeline (the fallback): the pattern's words stay
        self.app.call_from_thread(self._take_words, article, Words(article.body, made))

    def _take_words(self, article: Article, words: Words) -> None:
        """The pipeline's words for `article`; a selection made on the pattern's is snapped
        to them."""
        cached = self._words
        if cached is None or cached[:2] != (article.id, article.body):
            return
        live = self._live_words(article)
        self._words = (article.id, article.body, words)
        if live is None:
            return
        snapped = WordSelection.over(words, *live.span)
        if not live.anchored:
            snapped = WordSelection(words, snapped.anchor, snapped.anchor)
        self._show_words(article, snapped)
