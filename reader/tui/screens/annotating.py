"""The annotation keys of the reading screen: tags, notes, the panel, copy; undo refreshes.

`MainScreen` inherits this (over the triage half); it holds what annotating adds to
reading so the screen module stays about layout and entities. Every change is one
`Annotator` call (one save, one undo step in the journal triage shares); what the
store refuses (read-only, a failed save, a bad tag name) becomes a notification
and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.timer import Timer

from reader.annotation.annotator import Annotator, Outcome, Passage, Target, article_citation
from reader.annotation.clipboard import citation, copy_text
from reader.annotation.passages import article_sentences, gives_sentences
from reader.article import Article
from reader.errors import ReaderError
from reader.library.tag_hits import TagPlan, apply_tag_plan, plan_tag_hits
from reader.store import Annotation, Placement, Store, StoreWriteError
from reader.tui.presenters.marks import MARK_ORDER, PassageMarks
from reader.tui.presenters.results import Analyses
from reader.tui.presenters.session import Session
from reader.tui.screens.triage import TriageScreen
from reader.tui.widgets.annotation_panel import AnnotationPanel
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.legend import Legend

if TYPE_CHECKING:
    from reader.tui.dialogs.search import TagEveryHit

ANNOTATION_LAYER = "annotations"
SAVE_RETRY_SECONDS = 5.0
"""How often a failed save is tried again (every change also retries it)."""
NOTHING_TO_ANNOTATE = "Nothing to annotate here: open an article with some text."
PASSAGE_LEFT = "the passage left its article while the dialog was open"


class AnnotatingScreen(TriageScreen):
    """Annotation behaviour over the view, the list and the annotations panel."""

    view: ArticleView
    article_list: ArticleList
    annotation_panel: AnnotationPanel
    legend: Legend

    def __init__(self, session: Session, analyses: Analyses) -> None:
        super().__init__(session)
        self._analyses = analyses
        self._marks = PassageMarks((), {})
        self.annotator = Annotator(session.store)
        """What the annotation keys do to the store."""
        self._retry: Timer | None = None
        self._footer_selecting = False  # the footer is redrawn only when this changes
        self._ruled: Article | None = None
        """The article whose rule sentences the view holds (None: spaCy's, or none yet)."""

    @property
    def _store(self) -> Store:
        return self.session.store

    @property
    def _annotator(self) -> Annotator:
        return self.annotator

    # -- what the screen calls when the article or its analysis changes -------------------

    def refresh_sentences(self) -> None:
        """Gives the view the open article's sentences (spaCy's when complete, else rules).
        The rules' are given once per article opened: a big article's partial results
        arrive many times and cannot change them, and making them again took the UI
        thread 0.9 s each time for a 7 MB article."""
        article = self.view.article
        if article is None:
            return
        analysis = self._analyses.analysis(article)
        ruled = not gives_sentences(analysis)
        if ruled and self._ruled is article:
            return
        self.view.set_sentences(article_sentences(article, analysis))
        self._ruled = article if ruled else None

    def refresh_annotations(self) -> None:
        """Redraws the marks, the panel (when shown) and the list counts that changed."""
        article = self.view.article
        self.recount()
        if article is not None:
            self.article_list.refresh_article(article.id)
        tags = {tag.name: tag for tag in self._store.tags()}
        mine = self._store.annotations(article.id) if article is not None else []
        self._marks = PassageMarks(mine, tags)
        if article is None:
            self.view.remove_layer(ANNOTATION_LAYER)
        else:
            self.view.set_layer(ANNOTATION_LAYER, self._marks.text, MARK_ORDER)
        self.view.set_gutter(self._marks)
        self._show_covering(self.view.passages.target)
        if self.annotation_panel.display:
            self.annotation_panel.show(mine, self._orphans_elsewhere(), tags)

    @property
    def footer_mode(self) -> str:
        """While a passage is selected, the footer shows what acts on it and how to let go."""
        return "selecting" if self.view.passages.selection is not None else ""

    def on_article_view_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        """The legend names the passages under the cursor (nested ones too); the footer
        follows a selection made or let go."""
        if event.view is self.view:
            self._show_covering(event.span)
            if event.selected != self._footer_selecting:
                self._footer_selecting = event.selected
                self.refresh_bindings()

    def _show_covering(self, span: tuple[int, int] | None) -> None:
        self.legend.show_covering(self._marks.described(*span) if span is not None else ())

    def _orphans_elsewhere(self) -> list[Annotation]:
        library = self.triage.library
        return [a for a in self._store.annotations() if a.orphaned and a.article_id not in library]

    # -- keys ---------------------------------------------------------------------------

    def action_tag_hotkey(self, key: str) -> None:
        """1–9: toggles the tag with that hotkey on the selection or annotation under the cursor."""
        tag = self._annotator.tag_for_hotkey(key)
        if tag is None:
            self.notify(f"No tag on key {key}: press t to pick or create one.", severity="warning")
            return
        target = self._target()
        if target is None:
            return
        if self.typed_blind and target.annotation and tag.name in target.annotation.tags:
            return  # typed before the passage's tags were shown: tagged, as asked
        self._change(lambda: self._annotator.toggle_tag(target, tag.name))

    def action_pick_tag(self) -> None:
        """t: the tag picker for the target; the chosen tag is toggled, a new name created."""
        target = self._target()
        if target is None or not self._writable():
            return
        applied = target.annotation.tags if target.annotation else ()

        def chosen(name: str | None) -> None:
            if not name:
                return
            now = self.target_now(target)
            if now is None:
                self.notify(f"Nothing tagged: {PASSAGE_LEFT}.", severity="warning")
                return
            self._change(lambda: self._annotator.toggle_tag(now, name))

        from reader.tui.dialogs.tag_picker import (
            TagPicker,
        )  # imported here: the first frame skips it

        tags = self._store.tags()
        self.app.push_screen(TagPicker(tags, applied, _quote(target)), chosen)

    def action_manage_tags(self) -> None:
        """#: the tag screen (hotkeys, names, colours, merge, delete), over the store's tags."""
        from reader.annotation.tag_set import TagEditor  # loaded on first use
        from reader.tui.dialogs.tag_screen import TagScreen

        screen = TagScreen(
            TagEditor(self._store), self.refresh_annotations, self.action_undo, self.action_redo
        )
        self.app.push_screen(screen)

    def tag_every_hit(self, request: TagEveryHit) -> None:
        """ctrl+t in the search: the tag picker, then how many passages it would go on, then
        every one of them tagged as one undo step."""
        if not self._writable():
            return

        def chosen(name: str | None) -> None:
            if not name:
                return
            try:
                plan = plan_tag_hits(
                    self._store, self.triage.library, request.query, request.hits, name
                )
            except ReaderError as exc:
                self.notify(str(exc), title="Nothing changed", severity="error")
                return
            if not plan.count:
                self.notify(plan.why_nothing())
                return
            self._confirm_plan(plan)

        from reader.tui.dialogs.tag_picker import TagPicker  # the first frame skips it

        what = f"every hit of {request.query.text}"
        self.app.push_screen(TagPicker(self._store.tags(), (), what), chosen)

    def _confirm_plan(self, plan: TagPlan) -> None:
        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                done = apply_tag_plan(self._store, plan)
            except StoreWriteError as exc:
                self.not_saved(exc)
                self.refresh_annotations()
                return
            except ReaderError as exc:
                self.notify(str(exc), title="Nothing changed", severity="error")
                return
            self.refresh_annotations()
            self.refresh_list(announce=False)
            noun = "passage" if done == 1 else "passages"
            self.say_done(f"Tagged {done:,} {noun} “{plan.tag}” · {self.undoes('undoes them all')}")

        from reader.tui.dialogs.confirm import Confirm  # loaded on first use

        self.app.push_screen(Confirm(plan.describe()), answered)

    def action_edit_note(self) -> None:
        """n: the note editor for the target; ctrl+s saves, an empty note removes it."""
        target = self._target()
        if target is None or not self._writable():
            return

        def saved(note: str | None) -> None:
            if note is None:
                return
            now = self.target_now(target)
            if now is None:
                self._change(lambda: self._orphan_note(target, note))
                return
            self._change(lambda: self._annotator.save_note(now, note))

        from reader.tui.dialogs.note_editor import (
            NoteEditor,
        )  # imported here: TextArea is slow to import

        note = target.annotation.note if target.annotation else ""
        self.app.push_screen(NoteEditor(_quote(target), note), saved)

    def action_delete_annotation(self) -> None:
        """d in the panel: deletes the highlighted annotation (undo brings it back)."""
        annotation = self.annotation_panel.current
        if annotation is None:
            self.app.bell()
            return

        def delete() -> Outcome:
            outcome = self._annotator.delete(annotation.id)
            return replace(outcome, message=f"{outcome.message} ({self.undoes()})")

        self._change(delete)

    def action_copy_citation(self) -> None:
        """y: copies the selection, annotation or sentence as a citation."""
        text = self._citation()
        if text is None:
            self.notify(NOTHING_TO_ANNOTATE, severity="warning")
            return
        result = copy_text(text, in_browser=self.app.is_web)
        if result.needs_osc52:
            self.app.copy_to_clipboard(text)
        self.notify(result.message, title="Citation copied")

    def action_toggle_annotations(self) -> None:
        """a: shows the annotations panel and focuses it, or hides it."""
        panel = self.annotation_panel
        self.toggle_class("-annotations")
        if self.has_class("-annotations"):
            self.refresh_annotations()
            panel.focus()
        elif panel.has_focus:
            self.view.focus()

    def action_undo(self) -> None:
        """u: undoes the last change, annotation or triage (the triage half says which)."""
        if self._writable():
            super().action_undo()
            self.refresh_annotations()

    def action_redo(self) -> None:
        """ctrl+r: redoes the last undone change."""
        if self._writable():
            super().action_redo()
            self.refresh_annotations()

    def on_annotation_panel_chosen(self, event: AnnotationPanel.Chosen) -> None:
        """Enter on a panel row: selects its passage in the text and gives the view the focus."""
        annotation = event.annotation
        article = self.view.article
        if annotation.orphaned or article is None or annotation.article_id != article.id:
            self.notify(
                "Orphaned: its text is not in any open article (kept; n edits, d deletes).",
                severity="warning",
            )
            return
        self.view.select_range(annotation.start, annotation.end)
        self.view.focus()

    # -- helpers ------------------------------------------------------------------------

    def _target(self) -> Target | None:
        """The panel's highlighted annotation when it has the focus, else the view's passage."""
        if self.annotation_panel.has_focus:
            annotation = self.annotation_panel.current
            if annotation is None:
                self.app.bell()
                return None
            return Target(None, annotation)
        article, span = self.view.article, self.view.passages.target
        if article is None or span is None:
            self.notify(NOTHING_TO_ANNOTATE, severity="warning")
            return None
        selected = self.view.passages.selection is not None
        return self._annotator.target(Passage(article.id, article.body, *span, selected))

    def _citation(self) -> str | None:
        target = self._target()
        if target is None:
            return None
        article = self._article(target)
        passage, annotation = target.passage, target.annotation
        if passage is not None and (passage.selected or annotation is None):
            span = (passage.start, passage.end)
        elif annotation is not None and not annotation.orphaned and article is not None:
            span = (annotation.start, annotation.end)
        else:
            quote = annotation.quote if annotation else ""
            return citation(quote, article.title if article else "", None, None)
        return article_citation(article, *span) if article is not None else None

    def passage_now(self, passage: Passage) -> Passage | None:
        """`passage` in its article as listed now: a dialog opened before the inbox put the
        article's edited text in its place saves there (`passage_now`), never on the old
        id; None when the edit took the passage away."""
        library = self.triage.library
        if passage.article_id in library:
            return passage
        from reader.annotation.passage_now import passage_now  # the first frame skips it

        old = library.known(passage.article_id)
        dump = library.listed_from(old.source) if old is not None else []
        return passage_now(passage, library.heir(passage.article_id), dump)

    def reopen(self, old: Article, new: Article) -> None:
        """The open article's edited text takes its place in the view, and the cursor and
        the selection stay on their passage (`passage_now`): it opened at its top, the
        selection gone, and a tag key after it went on the first sentence."""
        span, selected = self.view.passages.target, self.view.passages.selection is not None
        super().reopen(old, new)
        if span is None:
            return
        now = self.passage_now(Passage(old.id, old.body, *span, selected))
        if now is None or now.article_id != new.id:
            return
        if selected:
            self.view.select_range(now.start, now.end)
        else:
            self.view.place_cursor(now.start)

    def target_now(self, target: Target) -> Target | None:
        """`target` as its article is now (`passage_now`): its annotation, saved by id, is
        wherever the inbox moved it; None when a new one would have no passage to go on."""
        if target.passage is None:
            return target
        passage = self.passage_now(target.passage)
        if passage is None:
            return None if target.annotation is None else Target(None, target.annotation)
        return Target(passage, target.annotation)

    def _orphan_note(self, target: Target, note: str) -> Outcome:
        """A note written on a passage an edit of its dump took away meanwhile: kept on the
        old text as an orphan (the panel lists it, n edits it), not lost and not on a
        passage that is gone."""
        saved = self._annotator.save_note(target, note)
        if saved.annotation is None:
            return saved
        self._store.place([Placement(saved.annotation.id)])
        return Outcome(f"Note kept as an orphan: {PASSAGE_LEFT} (a lists it)", None)

    def _article(self, target: Target) -> Article | None:
        wanted = target.passage.article_id if target.passage else target.annotation.article_id
        return self.triage.library.get(wanted)

    def _writable(self) -> bool:
        """Says so, once per key, when the store cannot take changes."""
        if not self._store.read_only:
            return True
        brief = f"{self._store.read_only_brief}."
        self.notify(brief, title="Read-only: nothing changed", severity="warning")
        return False

    def _change(self, change: Callable[[], Outcome]) -> None:
        """Runs one store change and shows what it did, or why it could not."""
        if not self._writable():
            return
        try:
            outcome = change()
        except StoreWriteError as exc:
            self.not_saved(exc)
            self._annotations_changed(None)
            return
        except ReaderError as exc:
            self.notify(str(exc), title="Nothing changed", severity="error")
            return
        self._annotations_changed(outcome.annotation)
        self.say_done(outcome.message)

    def _annotations_changed(self, annotation: Annotation | None) -> None:
        """A change leaves the selection done with: the marks show what was made."""
        self.view.passages.clear()
        self.refresh_annotations()
        if annotation is not None and self.annotation_panel.display:
            self.annotation_panel.highlight_annotation(annotation.id)

    def not_saved(self, error: StoreWriteError) -> None:
        """A save failed (a key's, or the store writer's): the changes wait in memory, the
        user is told, and the save is tried again until it is on disk."""
        self.notify(str(error), title="Not saved yet", severity="error", timeout=15)
        self._retry_saving()

    def _retry_saving(self) -> None:
        if self._retry is None:
            self._retry = self.set_interval(SAVE_RETRY_SECONDS, self._try_saving)

    def _try_saving(self) -> None:
        """Saves what a failed write left in memory; stops once it is on disk."""
        try:
            if self._store.unsaved:
                self._store.flush()
        except ReaderError:
            return
        if self._retry is not None:
            self._retry.stop()
            self._retry = None
        self.notify("Your changes are saved now.", title="Saved")


def _quote(target: Target) -> str:
    """The text a dialog shows: the selection, else the annotation's own quote."""
    if target.passage is not None and (target.passage.selected or target.annotation is None):
        return target.passage.body[target.passage.start : target.passage.end]
    return target.annotation.quote if target.annotation else ""
