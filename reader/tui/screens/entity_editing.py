"""Entity editing in the article view (`i`): relabel, add, delete, move edges, check.

Every key is one store call (one save, one undo step) on the layer of entity edits
over the model's output (`reader.annotation.entity_edits`); the view draws the
corrected entities, the user's spans marked apart. The keys work only while editing
is on (`check_action`), so outside it `t`, `d`, `c` and the digits keep their usual
meaning.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from reader.annotation.annotator import Passage
from reader.annotation.entity_edits import (
    Edge,
    ShownEntity,
    edit_names,
    entity_at,
    move_edge,
    overlapped_edits,
)
from reader.annotation.entity_matches import Matches, every_match
from reader.article import Article
from reader.errors import ReaderError
from reader.text.safe import visible_line
from reader.tui import keys
from reader.tui.presenters.entity_editing import (
    LABEL_DIGITS_SETTING,
    check_summary,
    corrected_entities,
    deleted_spans,
    edge_stuck,
    match_summary,
    numbered_labels,
    pipeline_labels,
    renumbered,
    saved_numbering,
)
from reader.tui.screens.annotating import PASSAGE_LEFT
from reader.tui.screens.entity_words import EntityWordsScreen, footer_quote

if TYPE_CHECKING:
    from reader.nlp.evaluation import Evaluation

EDITING_ACTIONS = frozenset(
    {
        "stop_entity_editing",
        "label_entity",
        "label_entity_number",
        "delete_entity",
        "check_entities",
        "skip_entities",
        "move_entity_edge",
        "next_word",
        "previous_word",
        "select_words",
        "label_every_match",
    }
)
"""Actions bound only while entity editing is on."""
NO_ENTITY = "Put the cursor on an entity (] or [) or select some text (v) first."


class EntityEditingScreen(EntityWordsScreen):
    """Entity editing over the reading screen (the subclass draws the entities)."""

    entity_editing = False
    """Whether the entity keys are on (the footer says so)."""
    _matched: tuple[str, int, int, str] | None = None
    """The entity whose matches `*` labelled last in its article (article id, range,
    label): `*` again on it goes on to the rest of its dump."""
    _first_entity_of: str | None = None
    """The article whose first entity the cursor goes to when its entities arrive: `i`
    or `c` opened it before the model had answered."""

    @property
    def footer_mode(self) -> str:
        """While editing, the footer shows the entity keys, not the tag keys they replace."""
        return "editing" if self.entity_editing else super().footer_mode

    def refresh_entities(self) -> None:
        """Redraws the open article's entities (the subclass draws them)."""
        raise NotImplementedError

    def to_next_shown_entity(self) -> None:
        """Puts the cursor on the next entity (the subclass knows which are shown)."""
        raise NotImplementedError

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The entity keys only while editing; `i` says which way it turns editing."""
        if action in EDITING_ACTIONS:
            return self.entity_editing
        if action == "start_entity_editing":
            return not self.entity_editing
        return super().check_action(action, parameters)

    def shown_entities(self, article: Article) -> tuple[ShownEntity, ...] | None:
        """The article's entities as corrected, or None while none are known."""
        return corrected_entities(self._store, article.id, self._analyses.analysis(article))

    # -- keys ---------------------------------------------------------------------------

    def action_start_entity_editing(self) -> None:
        """i: entity keys on; the cursor goes to the first entity from the sentence being
        read (the cursor's, in sight; else the first entity in sight). The pipeline's
        words are asked for now, so the edge keys move by its tokens from the first press."""
        self._set_editing(True)
        if self.view.article is not None:
            self._words_of(self.view.article)
        self.to_first_entity()

    def to_first_entity(self) -> None:
        """The cursor on the open article's first entity from the sentence being read, or
        on it once its entities arrive. `c` opened the next article with none under the
        cursor, so the digit or `d` typed at once was refused, and a `]` counted from the
        first entity landed one short: an annotator who labels by habit, as `i` had taught,
        put labels on the wrong names of an article then checked as gold (review39)."""
        article = self.view.article
        if not self.entity_editing or article is None or self.view.current is not None:
            return
        if self.shown_entities(article) is None:
            self._first_entity_of = article.id
            return
        self._first_entity_of = None
        self.to_next_shown_entity()

    def entities_came(self, article: Article) -> None:
        """The open article's entities arrived: the cursor goes to the first, if `i` or
        `c` asked for it while they were being found and no key has put it elsewhere."""
        if self._first_entity_of != article.id:
            return
        self._first_entity_of = None
        if self.entity_editing and self.view.article is article and self.view.current is None:
            self.to_next_shown_entity()

    def action_stop_entity_editing(self) -> None:
        """i again: entity keys off, and the entity they acted on no longer drawn
        reversed, as if they still would (review22)."""
        self._set_editing(False)
        self.view.clear_current()

    def _set_editing(self, on: bool) -> None:
        self.entity_editing = on
        self.refresh_bindings()
        self.refresh_entities()
        self.view.focus()

    def action_label_entity(self) -> None:
        """t: a label for the entity under the cursor, or for the selection."""
        target = self._entity_target()
        article = self.view.article
        if target is None or article is None:
            return
        start, end, entity = target
        from reader.tui.dialogs.label_picker import LabelPicker  # loaded on first use

        def chosen(label: str | None) -> None:
            if label is None:
                return
            now = self.passage_now(Passage(article.id, article.body, start, end, True))
            if now is None:
                self.notify(f"Nothing labelled: {PASSAGE_LEFT}.", severity="warning")
                return
            self._label(now.article_id, now.body, now.start, now.end, label)

        shown = self.shown_entities(article) or ()
        labels = pipeline_labels(self._pipeline_labels(article), (e.label for e in shown))
        quote = article.body[start:end]
        self.app.push_screen(
            LabelPicker(
                labels,
                entity.label if entity else None,
                quote,
                self.app.current_theme.dark,
                self.legend_numbers(article),
            ),
            chosen,
        )

    def action_label_entity_number(self, number: int) -> None:
        """1–9: the label numbered so in the legend, for the entity or the selection."""
        article = self.view.article
        target = self._entity_target()
        if target is None or article is None:
            return
        labels = self.legend_numbers(article)
        if number > len(labels) or not labels[number - 1]:
            self.notify(
                f"No label numbered {number} in the legend (t picks any).", severity="warning"
            )
            return
        start, end, _ = target
        self._label(article.id, article.body, start, end, labels[number - 1])

    def _label(self, article_id: str, body: str, start: int, end: int, label: str) -> None:
        """Labels the range (the notice and `u` quote its words), after asking when that
        replaces edits of the user's it overlaps (the store drops them: a word labelled
        inside a name the user marked would take the name with it); those it does not
        overlap stay."""

        quote = footer_quote(body[start:end])
        done = f"Labelled “{quote}” {label}"
        if label in getattr(self, "hidden_labels", frozenset()):
            done += f" (a hidden label: {keys.shown_key_of(self.app, 'choose_labels')} shows it)"

        def label_it() -> None:
            self._edit(
                lambda: self._store.set_entity(
                    article_id, body, start, end, label, step=f"label “{quote}” {label}"
                ),
                start,
                end,
                done,
            )

        replaced = overlapped_edits(self._store.entity_edits(article_id), start, end)
        if not replaced:
            label_it()
            return
        from reader.tui.dialogs.confirm import Confirm  # loaded on first use

        def answered(yes: bool | None) -> None:
            if yes:
                label_it()
            else:
                self.notify("Nothing labelled; your entities there stay.")

        whole = visible_line(body[start:end])
        question = (
            f"Label “{whole}” {label}? It replaces what you marked there: {edit_names(replaced)}."
        )
        self.app.push_screen(Confirm(question), answered)

    def action_label_every_match(self) -> None:
        """*: the entity under the cursor's text labelled so everywhere in its article, as
        one undo step; * again on it, in every other article of its dump (one more step).
        The user's own marks over a match stay, and the notice counts them."""
        found = self._entity_here()
        if found is None:
            return
        article, start, end, entity = found
        quote, label = article.body[start:end], entity.label
        widen = self._matched == (article.id, start, end, label)
        articles = self._dump_of(article) if widen else [article]
        found = [(a, self._matches_in(a, quote, label)) for a in articles]
        spans = [(a.id, a.body, s, e) for a, m in found for s, e in m.spans]
        dump = visible_line(Path(article.source).name)
        where = f"the other articles of {dump}" if widen else "this article"
        again = None if widen else keys.shown_key_of(self.app, "label_every_match")
        said = match_summary(quote, label, where, [m for _, m in found], again)
        self._matched = (article.id, start, end, label)
        if not spans:
            self.say_in_footer(said)
            return
        step = f"label every “{visible_line(quote)}” {label}"
        self._edit(lambda: self._store.set_entities(spans, label, step=step), start, end, said)

    def _matches_in(self, article: Article, quote: str, label: str) -> Matches:
        shown = self.shown_entities(article) or ()
        return every_match(article.body, quote, label, shown, self._store.entity_edits(article.id))

    def _dump_of(self, article: Article) -> list[Article]:
        """The other articles of the dump `article` was split from, in list order."""
        return [
            a
            for a in self.triage.library.articles
            if a.source == article.source and a.id != article.id
        ]

    def action_delete_entity(self) -> None:
        """d: the entity under the cursor is not one. The notice and `u` name it (label
        and words), as a label's do: "Deleted the entity" did not say which, and a `]`
        pressed once too often had moved the cursor on (review39)."""
        article = self.view.article
        target = self._entity_target()
        if target is None or article is None:
            return
        start, end, entity = target
        if entity is None:
            self.notify("No entity there to delete.", severity="warning")
            return
        said = f"{entity.label} “{footer_quote(article.body[start:end])}”"
        self._edit(
            lambda: self._store.set_entity(
                article.id, article.body, start, end, None, step=f"delete {said}"
            ),
            None,
            None,
            f"Deleted {said}",
        )

    def action_move_entity_edge(self, edge: Edge, step: int) -> None:
        """{ ( ) }: the entity's start or end one token left or right, by the words `w` and
        `b` step over (the pipeline's tokens once it has made them: `(` on "l'Agence
        France-Presse" made "'Agence France-Presse", which the spaCy export left out);
        where it cannot go, the footer says why. `u` says what it undid in words ("Undone:
        move NORP “North Korean” to “North Korean and”"), as it does for a label or a
        deletion: "NORP entity's end moved" did not say which entity, nor where it is back to."""
        found = self._entity_here()
        if found is None:
            return
        article, start, end, entity = found
        tokens = self._words_of(article).tokens
        new_start, new_end = move_edge(article.body, start, end, edge, step, tokens)
        if (new_start, new_end) == (start, end):
            self.app.bell()
            key_of = partial(keys.shown_key_of, self.app)
            quote = footer_quote(article.body[start:end])
            self.say_in_footer(edge_stuck(quote, edge, step, key_of))
            return
        edits = self._store.entity_edits(article.id)
        others = [
            e
            for e in overlapped_edits(edits, new_start, new_end)
            if (e.start, e.end) != (start, end)
        ]
        if others:  # the store would drop them: an edge key does not take the user's work
            self.app.bell()
            delete = keys.shown_key_of(self.app, "delete_entity")
            self.say_in_footer(f"{edit_names(others)} is in the way ({delete} deletes it first)")
            return
        quote = footer_quote(article.body[new_start:new_end])
        was = footer_quote(article.body[start:end])
        moved = self._edit(
            lambda: self._store.set_entity(
                article.id,
                article.body,
                new_start,
                new_end,
                entity.label,
                step=f"move {entity.label} “{was}” to “{quote}”",  # `u` names both
            ),
            new_start,
            new_end,
        )
        if moved:  # pressed again and again: a toast each time stacked up over the list
            self.say_in_footer(f"{entity.label} “{quote}” ({self.undoes()})")

    def action_check_entities(self) -> None:
        """c: the article's entities are right as shown; on to the next unchecked article."""
        article = self.view.article
        if article is None:
            return
        shown = self.shown_entities(article)
        if shown is None:
            self.notify("Entities are still being found; check when they show.", severity="warning")
            return
        if not self._writable():
            return
        summary = check_summary(shown, self._store.entity_edits(article.id))
        try:
            self._store.check_entities(article.id, article.body, [e.entity for e in shown])
        except ReaderError as exc:
            self.notify(str(exc), title="Nothing changed", severity="error")
            return
        self.refresh_entities()
        following = self._next_unchecked(article)
        if following is None:
            self.say_done(f"Checked {summary}; every listed article is checked ({self.undoes()}).")
            return
        self._open_listed(following)
        self.say_done(f"Checked {summary}; next unchecked article ({self.undoes()}).")

    def action_skip_entities(self) -> None:
        """P (pass): on to the next unchecked article, this one left unchecked, as Prodigy's ignore
        and doccano's next pass over an example the annotator cannot judge yet: `c` was the
        only way on, and it checked what the annotator had not read through."""
        article = self.view.article
        if article is None:
            return
        following = self._next_unchecked(article)
        if following is None:
            self.notify("No other listed article is unchecked.", severity="warning")
            return
        self._open_listed(following)
        self.notify("Left unchecked; next unchecked article (f, then “not checked”, lists them).")

    def action_evaluate(self) -> None:
        """V: the model's figures on the checked articles (as `reader evaluate`)."""
        from reader.tui.dialogs.evaluation import EvaluationScreen  # loaded on first use

        self.app.push_screen(EvaluationScreen(self._score))

    def _score(self) -> Evaluation:
        """Runs in a thread: the open model's predictions against the checked articles.
        Its modules are imported here, at the first `V`, not with the reading screen: a
        reading session that never scores holds none of their code."""
        from reader.interchange.training import checked_articles
        from reader.nlp.evaluation import evaluate

        golds = checked_articles(self._store, self.triage.library.articles)
        if not golds:
            raise ReaderError("no checked articles yet: press i, check entities, then c")
        service = self._service
        predicted = {
            a.id: an.entities for a, an in service.analyse_many([g.article for g in golds])
        }
        info = service.load()  # the model's own tokens, as `reader evaluate` scores on:
        return service.with_pipeline(lambda nlp: evaluate(nlp, info.describe(), golds, predicted))

    # -- helpers ------------------------------------------------------------------------

    def legend_numbers(self, article: Article) -> tuple[str, ...]:
        """The labels the digit keys pick, as the legend numbers them: a label keeps its
        digit in the workspace, from article to article and across restarts (each article
        numbered its labels by their count there, so `1` was GPE in one and PERSON in the
        next; then the numbering lasted a session, and a hidden label gave its digit up,
        renumbering the rest: Prodigy and doccano keep a project's keys fixed, and a fast
        annotator labels by habit). An edit that changes the counts renumbers nothing;
        labels seen first later take the free digits, and the numbering is saved in the
        store as soon as it grows."""
        shown = self.shown_entities(article) or ()
        hidden = getattr(self, "hidden_labels", frozenset())
        kept = saved_numbering(self._store.setting(LABEL_DIGITS_SETTING))
        numbers = numbered_labels(Counter(e.label for e in shown if e.label not in hidden), kept)
        if numbers != kept:
            self._save_numbering(numbers)
        return numbers

    def set_label_digit(self, label: str, digit: int) -> tuple[str, ...]:
        """Puts `label` on `digit` (1–9) for the workspace, as the user chose in the label
        chooser; the numbering now."""
        kept = saved_numbering(self._store.setting(LABEL_DIGITS_SETTING))
        numbers = renumbered(kept, label, digit)
        self._save_numbering(numbers)
        self.refresh_entities()
        return numbers

    def _save_numbering(self, numbers: tuple[str, ...]) -> None:
        """Keeps the numbering in the store; a store that cannot save says so, and the
        digits hold for this session (the store keeps the change in memory)."""
        try:
            self._store.put_setting(LABEL_DIGITS_SETTING, list(numbers))
        except ReaderError as exc:
            self.notify(f"The label digits are not kept: {exc}", severity="warning")

    def _pipeline_labels(self, article: Article) -> tuple[str, ...]:
        """The entity labels of the pipeline that reads `article`, from its meta.json (no
        pipeline loaded for it): the app's router names it (`model_of`); the service had no
        `pipeline` to read them from, so a model's own label (one `spacy train` added) was
        never offered until used (review23)."""
        from reader.nlp.models import entity_labels  # meta.json only: no spaCy

        return entity_labels(self._service.model_of(article))

    def _entity_here(self) -> tuple[Article, int, int, ShownEntity] | None:
        """The open article and the entity a key acts on (the selection's, else the one
        under the cursor), or None, said, when there is none."""
        article = self.view.article
        target = self._entity_target()
        if target is None or article is None:
            return None
        start, end, entity = target
        if entity is None:
            self.notify(NO_ENTITY, severity="warning")
            return None
        return article, start, end, entity

    def _entity_target(self) -> tuple[int, int, ShownEntity | None] | None:
        """The range a key acts on: the selection, else the entity under the cursor."""
        article = self.view.article
        if article is None:
            self.notify(NO_ENTITY, severity="warning")
            return None
        shown = self.shown_entities(article) or ()
        selection = self.view.passages.selection
        if selection is not None:
            start, end = selection
            found = entity_at(shown, start, end)
            return start, end, found if found and (found.start, found.end) == (start, end) else None
        current = self.view.current
        found = entity_at(shown, *current) if current else None
        if found is None and current in self.deleted_here():
            return current[0], current[1], None  # a deleted span: a label gives it back
        if found is None:
            self.notify(NO_ENTITY, severity="warning")
            return None
        return found.start, found.end, found

    def deleted_here(self) -> list[tuple[int, int]]:
        """The open article's spans the user deleted (`d`), by start."""
        article = self.view.article
        return deleted_spans(self._store.entity_edits(article.id)) if article else []

    def _edit(
        self,
        change: Callable[[], object],
        start: int | None,
        end: int | None,
        done: str | None = None,
    ) -> bool:
        """One store change, then the entities drawn again and the cursor on the result,
        and `done` said once it is saved; whether it was made."""
        if not self._writable():
            return False
        try:
            change()
        except ReaderError as exc:
            self.notify(str(exc), title="Nothing changed", severity="error")
            return False
        self.view.passages.clear()
        self.refresh_entities()
        if start is not None and end is not None:
            self.view.mark_current(start, end)
        if done is not None:
            self.say_done(f"{done} ({self.undoes()}).")
        return True

    def _next_unchecked(self, after: Article) -> Article | None:
        """The next article of the list not yet checked, wrapping round."""
        listed = self.article_list.articles
        checked = self._store.checked()
        at = self.article_list.index_of(after.id)
        start = 0 if at is None else at + 1
        for article in [*listed[start:], *listed[:start]]:
            if article.id not in checked and article.id != after.id:
                return article
        return None

    def action_undo(self) -> None:
        """u: undoes the last change; entity edits are drawn again. A check undone opens
        its article again: `c` had moved on to the next one, where the annotator who read
        the check's summary could not mend what it said was wrong. `*` next labels in the
        article again, not in the dump (the article's matches were just taken back)."""
        self._matched = None
        checked = self._store.checked().keys()
        super().action_undo()
        unchecked = checked - self._store.checked().keys()
        article = self.view.article
        if len(unchecked) == 1 and (article is None or article.id not in unchecked):
            found = self.triage.library.get(next(iter(unchecked)))
            if found is not None and self.article_list.index_of(found.id) is not None:
                self._open_listed(found)
        self._redrawn()

    def _open_listed(self, article: Article) -> None:
        """Opens a listed article under the list's cursor, the focus in the view and the
        cursor on its first entity (`to_first_entity`), as `i` puts it: where `c`, `P` and
        an undone check open the next article to edit."""
        at = self.article_list.index_of(article.id)
        if at is not None:
            self.article_list.cursor = at
        self.open(article)
        self.view.focus()
        self.to_first_entity()

    def action_redo(self) -> None:
        """ctrl+r: redoes the last undone change."""
        super().action_redo()
        self._redrawn()

    def _redrawn(self) -> None:
        """The entities drawn again, and the current mark on the entity now over its place:
        an edge move undone left the mark over the range it had grown to (review23)."""
        self.refresh_entities()
        article, current = self.view.article, self.view.current
        if article is None or current is None:
            return
        found = entity_at(self.shown_entities(article) or (), *current)
        if found is None:
            self.view.clear_current()
        elif (found.start, found.end) != current:
            self.view.mark_current(found.start, found.end)
