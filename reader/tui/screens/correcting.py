"""The keys that correct the split (`B` break, `W` weld, `T` retitle) and what follows them.

Each is one store call (one save, one undo step); the corrected articles take the
place of the old ones in the list at once, annotations and states following their
text. Undo and redo apply the store's corrections again, so the list always shows
what the store says.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from reader.annotation.corrections import (
    PassageCutError,
    break_at,
    retitle,
    weld_to_previous,
)
from reader.article import Article
from reader.dumps.inbox import InboxEvent
from reader.errors import ReaderError
from reader.store.records import ArticleCorrection
from reader.tui import keys
from reader.tui.messages import ArticlesChanged
from reader.tui.presenters import notices
from reader.tui.presenters.corrections import DumpCorrections, Followed, Resynced
from reader.tui.presenters.results import Analyses
from reader.tui.presenters.session import Session
from reader.tui.screens.annotating import AnnotatingScreen

NO_ARTICLE = "Open an article first."
_PASSAGE_KEYS = ("toggle_annotations", "delete_annotation")
"""The keys a refused break names: the annotations panel, and deleting one there."""


class CorrectingScreen(AnnotatingScreen):
    """Article corrections over the reading screen (the subclass composes the panes)."""

    def __init__(self, session: Session, analyses: Analyses) -> None:
        super().__init__(session, analyses)
        self.corrections = DumpCorrections(session.triage, session.split)
        """Each open dump's articles as split and as corrected."""

    def action_break_article(self) -> None:
        """B: the cursor's paragraph starts a new article (refused, with a notice, when a
        passage would be in neither part)."""
        article = self.view.article
        span = self.view.passages.target
        if article is None or span is None:
            self.notify(NO_ARTICLE, severity="warning")
            return
        paragraph = next(
            (i for i, p in enumerate(article.paragraphs) if p.start <= span[0] < p.end + 2), 0
        )
        passages = [a for a in self._store.annotations(article.id) if not a.orphaned]
        self._correct(
            article, lambda: break_at(article, paragraph, passages), "Broke the article", -1
        )

    def action_weld_article(self) -> None:
        """W: joins the open article to the one before it in its dump."""
        article = self.view.article
        if article is None:
            self.notify(NO_ARTICLE, severity="warning")
            return
        dump = self.corrections.dump_of(article)
        if self._correct(
            article, lambda: weld_to_previous(dump, article), "Joined to the article before", 0
        ):
            self.call_after_refresh(self._at_seam, article)

    def _at_seam(self, welded: Article) -> None:
        """After a weld, the cursor on the seam: the part the user was reading (its title,
        now a subheading, else its first paragraph), where it opened at the top of the
        article before, which the user had read already (review34)."""
        joined = self.view.article
        if joined is None or not joined.body.endswith(welded.body):
            return
        start = len(joined.body) - len(welded.body)
        heading = next((p for p in joined.paragraphs if p.end < start <= p.end + 2), None)
        seam = heading.start if heading and heading.kind == "subheading" else start
        self.view.place_cursor(seam)
        self.view.scroll_to_offset(seam)  # mid-screen, as a jump to an entity is

    def action_retitle_article(self) -> None:
        """T: asks for another title for the open article."""
        article = self.view.article
        if article is None:
            self.notify(NO_ARTICLE, severity="warning")
            return
        from reader.tui.dialogs.title_editor import TitleEditor  # loaded on first use

        def typed(title: str | None) -> None:
            if title is not None:
                self._correct(article, lambda: retitle(article, title), "Retitled", 0)

        self.app.push_screen(TitleEditor(article.title), typed)

    def _correct(
        self, article: Article, draft: Callable[[], ArticleCorrection], done: str, show: int
    ) -> bool:
        """Makes one correction; opens the article `show` (an index into those it made).
        False when nothing changed (refused, or a read-only store)."""
        if not self._writable():
            return False
        try:
            made, resynced = self.corrections.make(draft(), article)
        except (ReaderError, ValueError) as exc:
            said = str(exc)
            if isinstance(exc, PassageCutError):
                shows, deletes = (keys.shown_key_of(self.app, key) for key in _PASSAGE_KEYS)
                said += f" ({shows} shows the passages, {deletes} deletes one)"
            self.notify(said, title="Nothing changed", severity="warning")
            return False
        self._corrections_changed(resynced, made[show])
        self.say_done(f"{done} ({self.undoes()}).")
        return True

    def _corrections_changed(self, resynced: Resynced, show: str | None) -> None:
        """Lists the corrected articles, moves annotations and states along, opens one."""
        self.triage.reload()  # then placed as the app places them, never beside its run
        news = self.session.placing.place(self._store, self.triage.library.articles).news
        if news:
            self.notify(news, title="Annotations", timeout=15)
        self.post_message(ArticlesChanged(resynced.new))  # none new: the count still moves
        self.recount()
        self.refresh_list(announce=False)
        wanted = self.triage.library.get(show) if show else None
        if wanted is None and self.view.article is not None:
            wanted = self.triage.library.get(self.view.article.id)
        if wanted is not None:
            at = self.article_list.index_of(wanted.id)
            if at is not None:
                self.article_list.cursor = at
            self.open(wanted)
        elif self.article_list.current is not None:
            self.open(self.article_list.current)
        self.refresh_annotations()
        self._tell_stale(resynced.stale)

    def _tell_stale(self, stale: Sequence[ArticleCorrection]) -> None:
        for correction in stale:
            self.notify(
                f"No longer applies: {correction.describe()}", title="Correction", timeout=10
            )

    def _followed(self, followed: Followed | None) -> None:
        """A dump renamed or moved while the app runs, once its articles are listed under
        its new path: the old path leaves the list (an article it alone held goes: its work
        is the new path's now), and the user hears so, as at start."""
        if followed is None:
            return
        for source in followed.listed:
            self.triage.replace_source(source, [])
        if followed.listed:
            self.refresh_list(announce=False)
            if (current := self.view.article) is not None:  # its meta line named both paths
                self.view.set_sources(self.triage.library.sources(current.id))
        notice = notices.followed(followed.lines)
        if notice is not None:
            notice.show(self.notify)

    def inbox_arrived(self, event: InboxEvent) -> tuple[list[Article], dict[str, Article]]:
        """A dump that arrived, grew or was edited is listed as corrected; a correction the
        edit undid is told, as at start. Its articles whose text is back where it was cut
        from leave first, so only those the edit took out of the dump are kept and told."""
        if event.error is not None or event.left_out or event.splitting:
            return super().inbox_arrived(event)
        arrived = self.corrections.add_split(event.articles)
        if arrived.dropped:
            self.triage.drop(arrived.dropped)
        found = super().inbox_arrived(replace(event, articles=arrived.articles))
        if arrived.dropped:
            self.refresh_list(announce=False)
        self._tell_stale(arrived.undone)
        self._followed(arrived.followed)
        return found

    def dump_streamed(self, source: str) -> None:
        """A big dump has streamed in whole: its articles join its corrections, listed as
        the store corrects them. Streamed batch by batch they were in no dump here, so a
        correction of one of them did not fit its dump's text, and those made before were
        not applied. The user did not make these: the cursor stays where it is."""
        articles = [a for a in self.triage.library.articles if a.source == source]
        followed = self.corrections.follow(articles)
        self.corrections.add_streamed(source, articles)
        self._followed(followed)
        resynced = self.corrections.resync()
        if resynced.changed:
            self._corrections_changed(resynced, None)

    def action_undo(self) -> None:
        """u: undoes the last change; an undone correction leaves the list at once."""
        super().action_undo()
        self._resync()

    def action_redo(self) -> None:
        """ctrl+r: redoes the last undone change."""
        super().action_redo()
        self._resync()

    def _resync(self) -> None:
        resynced = self.corrections.resync()
        if resynced.changed or (
            self.view.article is not None and self.view.article.id not in self.triage.library
        ):
            self._corrections_changed(resynced, resynced.new[0].id if resynced.new else None)
