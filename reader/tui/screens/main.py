"""The reading screen: article list (with its header), article view with its legend, entity panel.

Triage (states, filters, search, inbox, export) lives in the base class,
`reader.tui.screens.triage.TriageScreen`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import Callable
from typing import Any, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets._toast import ToastRack

from reader.analysis import Analysis, Entity, LanguageGap
from reader.article import Article
from reader.errors import ReaderError
from reader.tui import keys
from reader.tui.presenters.analyser import EntitySource, Results
from reader.tui.presenters.entity_editing import (
    Numbering,
    corrected_analysis,
    corrected_marks,
    shown_analysis,
)
from reader.tui.presenters.language_gaps import gaps_by_pipeline, language_gaps
from reader.tui.presenters.mentions import (
    highlight_layer,
    label_counts,
    mentions,
    next_entity,
    next_span,
    previous_entity,
    shown,
)
from reader.tui.presenters.panes import (
    SHARE_SETTING,
    list_columns,
    saved_share,
    share_for,
    stepped,
)
from reader.tui.presenters.results import Analyses
from reader.tui.presenters.session import Session
from reader.tui.screens.entity_editing import EntityEditingScreen
from reader.tui.screens.entity_words import footer_quote
from reader.tui.screens.first import BREAKPOINTS, empty_text, width_class
from reader.tui.timers import call_after
from reader.tui.widgets.annotation_panel import AnnotationPanel
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.divider import PaneDivider
from reader.tui.widgets.entity_panel import EntityPanel
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.header import ReaderHeader
from reader.tui.widgets.legend import Legend, LegendState

RULE = 1
"""Columns of the rule between the article and a side pane (the divider, the entity
panel's border), which notices beside the article leave drawn."""
PREVIEW_DELAY = 0.06
"""Seconds the cursor must rest on an article before the view shows it (keeps j/k instant)."""
ENTITY_LAYER = "entities"
ENTITY_ORDER = 10
"""Entity highlights sit under any later layer (annotation marks, selection, cursor)."""
CORRECTED_LAYER = "corrected-entities"
CORRECTED_ORDER = 11
"""The mark of the user's entity spans, over their label colour."""


HOLD_LOOKS = 10
"""Frames a dialog's rack is looked at for the older notices' toasts to hide (it mounts
them a message or two after the dialog is pushed)."""


class MainScreen(EntityEditingScreen):
    """Where the user reads: wires list, view, legend and panels to the session."""

    BINDINGS: ClassVar[list[BindingType]] = [*keys.MAIN, *keys.TRIAGE]
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = BREAKPOINTS

    def _empty_text(self) -> str:
        """What the article pane says before there is an article to show."""
        return empty_text(len(self.triage.library), self.session.deferred)

    def __init__(
        self,
        session: Session,
        analyses: Analyses,
        service: EntitySource,
        prioritise: Callable[[Article], None],
    ) -> None:
        super().__init__(session, analyses)
        self._service = service
        self._prioritise = prioritise
        self._hidden: frozenset[str] = frozenset()
        self._highlights = True
        self._gaps_told: set[str] = set()
        self._preview: asyncio.TimerHandle | None = None
        self.preview_delay = PREVIEW_DELAY
        """Seconds the cursor rests before the view follows it (0: at once)."""
        self.article_list = ArticleList(
            self.listed_articles(),
            self._listed_entity_count,
            self.facts,
            story_mark=self.story_mark,
            opened=self._open_and_read,
            id="articles",
        )
        """The list pane."""
        self._share = saved_share(session.store.setting(SHARE_SETTING), session.list_share)
        self._restored = self.restore_place()
        """Where the list was left last time, in words, told once the screen shows (None:
        nothing was restored)."""
        self.view = ArticleView(self._empty_text(), measure=session.measure, id="view")
        """The article pane."""
        self.legend = Legend(id="legend")
        """Labels of the open article, under the view."""
        self.entity_panel = EntityPanel(id="entities")
        """Entities of the open article by label (shown with `e`)."""
        self.annotation_panel = AnnotationPanel(id="annotations")
        """Annotations of the open article (shown with `a`)."""

    def compose(self) -> ComposeResult:
        """Header, the three panes, footer."""
        self.add_class(width_class(self.app.size.width))
        yield ReaderHeader()
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                yield self.list_header
                yield self.article_list
            yield PaneDivider(id="divider")
            with Vertical(id="reading"):
                yield self.view
                yield self.annotation_panel
                yield self.legend
            yield self.entity_panel
        yield ReaderFooter()

    def start_on(self, article_id: str | None) -> None:
        """Puts the list's cursor on this article, if listed, before the screen is shown
        (where the first frame's cursor was moved to: it wins over the place restored)."""
        index = self.article_list.index_of(article_id) if article_id else None
        if index is not None:
            self.article_list.set_reactive(ArticleList.cursor, index)

    @property
    def hidden_labels(self) -> frozenset[str]:
        """Labels the user chose not to see (kept across articles)."""
        return self._hidden

    def on_mount(self) -> None:
        """Focus on the list, the first article in view, colours following the theme;
        nothing when the app ended while this screen was pushed (SIGHUP, SIGTERM as the
        session opened) or is ending: its widgets are gone, or going, with the app (the
        screen is still attached while its panes are pruned)."""
        if not self.is_attached or not self.app.is_running:
            return
        self.article_list.focus()
        self._fit_list()
        self.refresh_header()
        if self._restored is not None:
            self.notify(f"As you left it: {self._restored}", title="List restored", timeout=8)
        if self.article_list.current is not None:
            self.open(self.article_list.current)
        else:
            self.refresh_entities()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.refresh_entities())
        self.app.screen_change_signal.subscribe(self, self._dialog_notices)

    def on_resize(self, event: events.Resize) -> None:
        """The list keeps its share of a terminal of a new width (not while the app ends:
        the first size comes as the screen is pushed, when its panes may be pruned)."""
        if self.app.is_running:
            self._fit_list()

    def _fit_list(self) -> None:
        self.query_one("#list-pane").styles.width = list_columns(self.size.width, self._share)
        self.call_after_refresh(self._fit_notices)

    def _fit_notices(self) -> None:
        """Notifications over the pane beside the article, as wide as it: the list on the
        left, or the entity panel on the right where it takes the list's place. At
        Textual's place (bottom right, 60 columns) the start-up notices (a dump not
        loaded, the fallback pipeline) hid the article's last lines for 15 s."""
        with contextlib.suppress(NoMatches):  # the screen is coming down
            self._place_notices(self.query_one(ToastRack))

    def _place_notices(self, rack: ToastRack) -> None:
        """Pads `rack` (this screen's, or a dialog's over it) to the pane beside the article."""
        reading = self.query_one("#reading").region
        on_right = self.size.width - reading.right > reading.x  # the wider side pane
        self.set_class(on_right, "-notices-right")
        rack.add_class("-beside-article")
        rack.set_class(on_right, "-right")
        if on_right:  # from the left edge to the article's right edge and the panel's rule
            rack.styles.padding = (0, 0, 0, reading.right + RULE)
        elif reading.x:  # from the divider before the article to the right edge
            rack.styles.padding = (0, self.size.width - reading.x + RULE, 0, 0)

    def _dialog_notices(self, screen: Screen[Any]) -> None:
        """A dialog over this screen shows its notices where this one does: at Textual's
        place (bottom right, 60 columns) they were elsewhere than the user had learnt to
        look, and over the tag screen's list or a dialog's buttons. It shows only those
        raised while it is open: at 80x24 the start-up notices (30 s) hid half the
        Filter's choices and its hints. The older ones wait under it, and show again here
        when it closes if their time is not up."""
        if screen is self or self not in self.app.screen_stack:
            return
        try:
            shown = self.query_one(ToastRack).children
        except NoMatches:  # this screen is coming down
            return
        older = frozenset(holder.id for holder in shown if holder.id)

        def place() -> None:
            with contextlib.suppress(NoMatches):  # the dialog or this screen is gone
                rack = screen.get_child_by_type(ToastRack)
                self._place_notices(rack)
                self._hold_back(rack, older)

        self.app.call_after_refresh(place)

    def _hold_back(self, rack: ToastRack, older: frozenset[str], looks: int = 0) -> None:
        """Hides the toasts of `older` notices in a dialog's `rack`, looking again each
        frame (a few at most) for those the rack has not mounted yet."""
        holders = {holder.id: holder for holder in rack.children}
        for name in older & holders.keys():
            holders[name].display = False
        if older - holders.keys() and looks < HOLD_LOOKS:
            self.app.call_after_refresh(self._hold_back, rack, older, looks + 1)

    def on_screen_suspend(self) -> None:
        """Under a dialog its notices are the dialog's to show (Textual shows them on the
        screen on top): this screen's, left as they were, showed each a second time beside
        the dialog's, and kept those that expired meanwhile."""
        self._notices_shown(False)

    def on_screen_resume(self) -> None:
        """On top again: the notices show here (Textual fills the rack with those alive)."""
        self._notices_shown(True)

    def _notices_shown(self, shown: bool) -> None:
        with contextlib.suppress(NoMatches):  # the screen is coming down
            self.query_one(ToastRack).display = shown

    def action_narrow_list(self) -> None:
        """ctrl+left: a narrower list, a wider article (kept for the next start)."""
        self._step_list(-1)

    def action_widen_list(self) -> None:
        """ctrl+right: a wider list (kept for the next start)."""
        self._step_list(1)

    def _step_list(self, steps: int) -> None:
        share = stepped(self.size.width, self._share, steps)
        width = self.size.width
        if list_columns(width, share) == list_columns(width, self._share):
            self.app.bell()
            return
        self._share = share
        self._fit_list()
        self._save_share()

    @on(PaneDivider.Dragged)
    def _drag_divider(self, event: PaneDivider.Dragged) -> None:
        list_pane = self.query_one("#list-pane")
        self._share = share_for(self.size.width, event.x - list_pane.region.x)
        self._fit_list()

    @on(PaneDivider.Dropped)
    def _drop_divider(self, _event: PaneDivider.Dropped) -> None:
        self._save_share()

    def _save_share(self) -> None:
        """Keeps the share in the store; a store that cannot save says so, the width stays."""
        try:
            self._store.put_setting(SHARE_SETTING, self._share)
        except ReaderError as exc:
            self.notify(f"The list width is not kept: {exc}", severity="warning")

    @on(ArticleList.Highlighted)
    def _preview_soon(self, event: ArticleList.Highlighted) -> None:
        if self._preview is not None:
            self._preview.cancel()
        article = event.article
        if self.preview_delay <= 0:
            self._show_if_new(article)
        else:
            self._preview = call_after(self, self.preview_delay, lambda: self._show_if_new(article))

    def _open_and_read(self, article: Article) -> None:
        """Enter or a double click in the list: the article open, the focus in it, before
        the next key is routed (a `1` right after enter tags, as in the view)."""
        if self._preview is not None:
            self._preview.cancel()
        self._show_if_new(article)
        self.set_focus(self.view)

    def read_at(self, article_id: str, offset: int, selection: tuple[int, int] | None) -> None:
        """A click made in the first frame's article, done here: that article open and
        under the list cursor, the focus in the view, the cursor (or the words dragged
        over) where the click left it."""
        article = self.triage.library.get(article_id)
        if article is None:
            return
        index = self.article_list.index_of(article_id)
        if index is not None:
            self.article_list.cursor = index
        self._show_if_new(article)
        self.set_focus(self.view)
        if selection is not None:
            self.view.select_range(*selection)
        else:
            self.view.place_cursor(offset)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """The article pane took the focus: the open article is being read."""
        if event.widget is self.view:
            self.dwell_on(self.view.article)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """The article pane lost the focus: its article is no longer being read."""
        if event.widget is self.view:
            self.dwell_off()

    def _show_if_new(self, article: Article) -> None:
        if self.view.article is not article:
            self.open(article)

    def open(self, article: Article) -> None:
        """Shows an article with whatever entities are known, and asks for the rest first.

        Its sentences (what the cursor moves over, drawn only once the text has the focus)
        are made after the screen is painted: the rules' for the 50,000-word article took
        35 ms of its open's 87 (docs/performance.md, speed32)."""
        self.view.show(article, self.triage.library.sources(article.id), self.story_note(article))
        self.keep_place(article)
        self._ruled = None  # show() emptied the cursor: the rule sentences it held are gone
        if self._analyses.analysis(article) is None:
            cached = self._service.cached(article)
            if cached is not None and self._analyses.record(article, cached):
                self.triage.index_entities({article.id: cached})
        if not self._analyses.is_complete(article):
            self._prioritise(article)
        self.refresh_entities()
        self.call_after_refresh(self.refresh_sentences)
        self.refresh_annotations()
        self.dwell_on(article)

    def analyses_arrived(self, results: Results) -> None:
        """Repaints the rows whose counts changed, and the open article if it is among them."""
        current = self.view.article
        touched = False
        for article, _ in results:
            self.article_list.refresh_article(article.id)
            touched = touched or (current is not None and article.id == current.id)
        if touched:
            self.refresh_entities()
            self.refresh_sentences()
            self.entities_came(current)
        self.entities_indexed()

    def refresh_entities(self) -> None:
        """Redraws highlights, legend and (when shown) the panel for the open article.

        The entities are the model's with the user's edits; the user's own spans get a
        mark of their own over their label colour.
        """
        article = self.view.article
        dark = self.app.current_theme.dark
        analysis = self._corrected(article)
        if article is None or analysis is None:
            self.view.remove_layer(ENTITY_LAYER)
            self.view.remove_layer(CORRECTED_LAYER)
            status = self._editing_status("analysing…" if article is not None else "")
            self.legend.show(LegendState(status, Counter(), self._hidden, dark))
        else:
            if self._highlights:
                entities = shown(analysis.entities, self._hidden)
                self.view.set_layer(ENTITY_LAYER, highlight_layer(entities, dark), ENTITY_ORDER)
                deleted = self.deleted_here() if self.entity_editing else ()
                marks = corrected_marks(self.shown_entities(article) or (), self._hidden, deleted)
                self.view.set_layer(CORRECTED_LAYER, marks, CORRECTED_ORDER)
            else:
                self.view.remove_layer(ENTITY_LAYER)
                self.view.remove_layer(CORRECTED_LAYER)
            status = self._editing_status(_status(analysis, self._highlights), article)
            if gap := self._service.language_gap(article):
                status += f" · {gap.pipeline} model, {gap.article} text"
                self._tell_gap(gap)
            numbers = self.legend_numbers(article) if self.entity_editing else ()
            counts = Counter(dict.fromkeys(filter(None, numbers), 0))  # numbered, none here
            counts.update(label_counts(analysis))
            self.legend.show(LegendState(status, counts, self._hidden, dark, numbers))
        if self.entity_panel.display:
            self._refresh_panel()
        if article is not None:
            self._follow_edits(article)

    def _follow_edits(self, article: Article) -> None:
        """The open article's row and its place in the entity filters as its entities now
        are: an edit, an undo or a check changes them, and no analysis arrives to say so."""
        self.article_list.refresh_article(article.id)
        analysis = self._analyses.analysis(article)
        if analysis is None or not analysis.complete:
            return
        shown = shown_analysis(self._store, article.id, analysis)
        if self.triage.entities.holds(article.id, shown.entities):
            return  # as indexed when it arrived, or after the last edit
        if self.triage.index_entities({article.id: shown}):
            self.entities_indexed()

    def _listed_entity_count(self, article: Article) -> int | None:
        """A row's count: the legend's, with the user's edits (None before any analysis)."""
        analysis = self._analyses.analysis(article)
        if analysis is None:
            return None
        return shown_analysis(self._store, article.id, analysis).entity_count

    def _tell_gap(self, gap: LanguageGap) -> None:
        """Once a session for each language: the legend's short mark alone would not say
        why the entities look wrong, nor what setting mends it. In a line: the sentence the
        command line prints (`LanguageGap.describe`) stood 12 lines tall in a toast as
        narrow as the list, over every row of it. Every language of the open articles that
        the model was not made for is told in that one notice: one a language, each 15 s,
        stacked up the pane as the user went down a mixed list."""
        if gap.article in self._gaps_told:
            return
        gaps = language_gaps(self.triage.library.articles, self._service.language_gap, gap)
        for told in gaps:
            self._gaps_told.add(told.article)
        for pipeline, languages in gaps_by_pipeline(gaps).items():
            said = ", ".join(languages)
            advice = (
                f"The model reads {pipeline}: set a model for {said} under [models] in reader.toml."
            )
            self.notify(advice, title=f"Entities in {said} are guesses", timeout=15)

    def _corrected(self, article: Article | None) -> Analysis | None:
        """The article's analysis with the user's entity edits (None while unknown)."""
        if article is None:
            return None
        return corrected_analysis(self._store, article.id, self._analyses.analysis(article))

    def _editing_status(self, status: str, article: Article | None = None) -> str:
        """The legend's status line, saying so while entities are being edited, and how
        many listed articles are checked: Prodigy's and doccano's annotators see how far
        they are, and `c` said only "next unchecked article" (review39)."""
        if not self.entity_editing:
            return status
        checked = self._store.checked()
        listed = self.article_list.articles
        done = sum(1 for key in checked if self.article_list.index_of(key) is not None)
        progress = f"{done} of {len(listed)} listed checked"
        if article is not None and article.id in checked:
            progress = f"checked, {done} of {len(listed)} listed"
        return " · ".join(part for part in ("editing entities", progress, status) if part)

    def _refresh_panel(self) -> None:
        article = self.view.article
        analysis = self._corrected(article)
        found = mentions(analysis, article.body) if article and analysis else []
        self.entity_panel.show(found, self._hidden, self.app.current_theme.dark)

    def _jumpable(self, deleted: bool) -> list[Entity]:
        """The entities of the shown labels, by start; while editing, with the spans the
        user deleted (label "") when `deleted`, so `]` and `[` find them to label again."""
        article = self.view.article
        analysis = self._corrected(article)
        if article is None or analysis is None:
            return []
        entities = shown(analysis.entities, self._hidden)
        if not (deleted and self.entity_editing):
            return entities
        struck = [Entity(start, end, "") for start, end in self.deleted_here()]
        return sorted([*entities, *struck], key=lambda entity: (entity.start, entity.end))

    def action_next_entity(self) -> None:
        """Jumps to the next entity of a shown label (or deleted span), wrapping round."""
        self._to_entity(forward=True, deleted=True)

    def action_previous_entity(self) -> None:
        """Jumps to the previous entity of a shown label (or deleted span), wrapping round."""
        self._to_entity(forward=False, deleted=True)

    def to_next_shown_entity(self) -> None:
        """Jumps to the next entity the model or the user gave (never a deleted span: `i`
        and `c` put the cursor there for a digit or `d` typed at once)."""
        self._to_entity(forward=True, deleted=False)

    def _to_entity(self, *, forward: bool, deleted: bool) -> None:
        entities = self._jumpable(deleted)
        if not entities:
            self.app.bell()
            return
        current = self.view.current
        if forward:
            after = current[0] if current else self.view.reading_offset - 1
            entity = next_entity(entities, after) or entities[0]
        else:
            before = current[0] if current else self.view.reading_offset
            entity = previous_entity(entities, before) or entities[-1]
        self.view.mark_current(entity.start, entity.end)
        article = self.view.article
        if not entity.label and article is not None:
            quote = footer_quote(article.body[entity.start : entity.end])
            picker = keys.shown_key_of(self.app, "label_entity")
            self.say_in_footer(f"deleted “{quote}”: a digit or {picker} labels it again")

    @on(EntityPanel.MentionChosen)
    def _jump_to_mention(self, event: EntityPanel.MentionChosen) -> None:
        current = self.view.current
        start, end = next_span(event.mention.spans, current[0] if current else -1)
        self.view.mark_current(start, end)

    def action_toggle_highlights(self) -> None:
        """Shows or hides every entity highlight."""
        self._highlights = not self._highlights
        self.refresh_entities()

    def action_choose_labels(self) -> None:
        """Opens the label chooser for the labels of the open article."""
        article = self.view.article
        analysis = self._corrected(article)
        if analysis is None or not analysis.entity_count:
            self.notify("No entities in this article yet.", severity="warning")
            return
        counts = sorted(label_counts(analysis).items(), key=lambda item: (-item[1], item[0]))
        dark = self.app.current_theme.dark
        from reader.tui.dialogs.labels import LabelChooser  # loaded on first use

        numbering = Numbering(self.legend_numbers(article), self.set_label_digit)
        chooser = LabelChooser(counts, self._hidden, dark, self.set_hidden_labels, numbering)
        self.app.push_screen(chooser)

    def set_hidden_labels(self, hidden: frozenset[str]) -> None:
        """Hides exactly these labels (in every article) and redraws."""
        self._hidden = hidden
        self.refresh_entities()

    def action_toggle_label(self, label: str) -> None:
        """Hides or shows one label (a click on its legend chip)."""
        self.set_hidden_labels(self._hidden ^ {label})

    def action_toggle_entities(self) -> None:
        """Shows the entity panel and focuses it, or hides it."""
        panel = self.entity_panel
        self.toggle_class("-entities")
        self.call_after_refresh(self._fit_notices)
        if self.has_class("-entities"):
            self._refresh_panel()
            panel.focus()
        elif panel.has_focus:
            self.article_list.focus()

    def action_focus_next_pane(self) -> None:
        """Tab: list → view → entity panel (when shown) → list."""
        self.focus_next()

    def action_focus_previous_pane(self) -> None:
        """Shift+tab: the other way round."""
        self.focus_previous()

    def action_back_to_list(self) -> None:
        """Escape: back to the list, where the cursor still is (closing a panel over it)."""
        if self.has_class("-narrow"):
            self.remove_class("-entities")
            self.call_after_refresh(self._fit_notices)
        self.article_list.focus()


def _status(analysis: Analysis, highlights: bool) -> str:
    count = analysis.entity_count
    status = f"{count} {'entity' if count == 1 else 'entities'}"
    if not analysis.complete:
        status = f"analysing… {status} so far"
    if not highlights:
        status += " · highlights off"
    return status
