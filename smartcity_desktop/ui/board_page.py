"""The board page: the clustering canvas with its toolbar, search bar and properties panel.

Gestures on the scene and view become board operations (document/board_ops.py); each is one
command on the undo stack, on disk when pushed. The page listens to the document and updates
only the items a change touched.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeySequence,
    QPixmapCache,
    QShortcut,
    QTransform,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import board_ops as ops
from smartcity_desktop.document.document import Touched
from smartcity_desktop.domain import board as geometry
from smartcity_desktop.domain.model import CardColour, CardSource
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.domain.text import duplicate_groups, normalise_text
from smartcity_desktop.ui import palette
from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.board_panels import BoardProperties, SearchBar
from smartcity_desktop.ui.board_scene import (
    TEXT_SIZES,
    BoardScene,
    BoardStyle,
    CardItem,
    ClusterItem,
)
from smartcity_desktop.ui.board_view import BoardView
from smartcity_desktop.ui.dialogs import Dialogs


class BoardPage(QWidget):
    """One board of a workshop: cards, clusters, and everything the moderator does with them."""

    navigate = Signal(object)  # a navigator node to show (a new voting round or project)

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        settings: prefs.Settings | None,
        board_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.settings = settings
        self.board_id = board_id
        board = document.board(board_id)
        self.workshop_id = board.workshop_id
        size = settings.get(prefs.BOARD_TEXT_SIZE) if settings is not None else "normal"
        self.style_ = BoardStyle(TEXT_SIZES.get(size, TEXT_SIZES["normal"]))
        # cards keep a picture of themselves per zoom level: room for about 700 at 100 %
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 64 * 1024))
        self.scene = BoardScene(self.style_, self)
        self.view = BoardView(self.scene, self)
        self.search = SearchBar(self)
        self.search.hide()
        self.heading = QLabel(board.title, self)
        self.heading.setObjectName("boardTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("boardCount")
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("boardToolbar")
        self.view_toolbar = QToolBar(self)
        self.view_toolbar.setObjectName("boardViewToolbar")
        self._build_toolbar()
        # a long title gives way (clipped, full text in the tooltip) to the view controls
        for label in (self.heading, self.count_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setToolTip(board.title)
        top = QHBoxLayout()
        top.addWidget(self.heading, 3)
        top.addWidget(self.count_label, 2)
        self.view_toolbar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        top.addWidget(self.view_toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        self.properties = BoardProperties(self)

        self.scene.items_dragged.connect(self._dragged)
        self.scene.empty_double_clicked.connect(self.new_card_at)
        self.scene.card_double_clicked.connect(self.edit_card_in_place)
        self.scene.cluster_header_double_clicked.connect(self.rename_cluster_in_place)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.new_card_requested.connect(self.new_card_at)
        self.view.delete_requested.connect(self.delete_selection)
        self.search.changed.connect(self.apply_filter)
        self.search.closed.connect(self.apply_filter)
        self.search.closed.connect(self.view.setFocus)
        document.board_changed.connect(self._board_changed)
        document.fields_changed.connect(self._fields_changed)
        document.boards_changed.connect(self._boards_changed)
        document.votes_changed.connect(self._votes_changed)
        document.rounds_changed.connect(self.show_votes)
        self._normalised: dict[str, str] = {}  # card text -> its normalised form
        self._duplicates_timer = QTimer(self)
        self._duplicates_timer.setSingleShot(True)
        self._duplicates_timer.setInterval(300)
        self._duplicates_timer.timeout.connect(self.flag_duplicates)
        self.reload()
        QTimer.singleShot(0, self.view.fit_all)

    # -- building ------------------------------------------------------------------------------

    def _tool(
        self,
        text: str,
        slot: Callable[[], None],
        tip: str = "",
        name: str = "",
        bar: QToolBar | None = None,
    ) -> QAction:
        action = (bar or self.toolbar).addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if tip:
            action.setToolTip(tip)
        if name:
            action.setObjectName(name)
        return action

    def _build_toolbar(self) -> None:
        self.new_card_action = self._tool(
            self.tr("New card"),
            self.new_card,
            self.tr("A new card (N, or double-click)"),
            "newCardAction",
        )
        self.cluster_action = self._tool(
            self.tr("Cluster"),
            self.cluster_selection,
            self.tr("A new cluster with the selected cards"),
            "clusterAction",
        )
        self.tidy_action = self._tool(
            self.tr("Tidy"),
            self.tidy_selection,
            self.tr("Arrange the cards of the selected clusters in a neat grid"),
            "tidyAction",
        )
        self.layout_action = self._tool(
            self.tr("Lay out"),
            self.layout_board,
            self.tr("Lay out all clusters without overlap, loose cards below"),
            "layoutAction",
        )
        self.toolbar.addSeparator()
        self.import_action = self._tool(
            self.tr("Import…"),
            self.import_file,
            self.tr("Import ideas from a survey export (CSV or Excel)"),
            "importAction",
        )
        self.duplicates_action = self._tool(
            self.tr("Duplicates…"),
            self.review_duplicates,
            self.tr("Find near-identical cards and merge them, keeping both sources"),
            "duplicatesAction",
        )
        self.voting_action = self._tool(
            self.tr("Dot-voting…"),
            self.start_voting,
            self.tr("Start a dot-voting round on the clusters or cards"),
            "votingAction",
        )
        self.promote_action = self._tool(
            self.tr("Promote"),
            self.promote_selection,
            self.tr("Make fields of action of the selected clusters (or all)"),
            "promoteAction",
        )
        view_bar = self.view_toolbar
        self._tool(
            self.tr("Search"),
            self.show_search,
            self.tr("Search and filter (Ctrl+F)"),
            bar=view_bar,
        )
        self._tool("−", self.view.zoom_out, self.tr("Zoom out (−)"), bar=view_bar)
        self._tool("+", self.view.zoom_in, self.tr("Zoom in (+)"), bar=view_bar)
        self._tool(
            self.tr("Fit"),
            self.view.fit_all,
            self.tr("Show the whole board (F, Ctrl+0)"),
            bar=view_bar,
        )
        self.text_size = QComboBox(self)
        self.text_size.setObjectName("boardTextSize")
        self.text_size.setToolTip(self.tr("Text size of the cards (for the projector)"))
        for key, label in (
            ("small", self.tr("Small text")),
            ("normal", self.tr("Normal text")),
            ("large", self.tr("Large text")),
        ):
            self.text_size.addItem(label, key)
        current = self.settings.get(prefs.BOARD_TEXT_SIZE) if self.settings else "normal"
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(current)))
        self.text_size.activated.connect(self._text_size_chosen)
        view_bar.addWidget(self.text_size)
        QShortcut(
            QKeySequence.StandardKey.Find,
            self,
            self.show_search,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        writable = not self.document.read_only
        for action in (
            self.new_card_action,
            self.cluster_action,
            self.tidy_action,
            self.layout_action,
            self.import_action,
            self.duplicates_action,
            self.voting_action,
            self.promote_action,
        ):
            action.setEnabled(writable)

    def properties_panel(self) -> QWidget:
        """The panel the main window shows on the right while this page is open."""
        return self.properties

    # -- reading the document ------------------------------------------------------------------

    def reload(self) -> None:
        self.scene.load(self.document.clusters(self.board_id), self.document.cards(self.board_id))
        self._fields_changed()
        self.show_votes()
        self.flag_duplicates()
        self._update_count()
        self.apply_filter()
        self.view.board_changed()

    def _board_changed(self, board_id: int, touched: Touched) -> None:
        if board_id != self.board_id:
            return
        card_ids = touched.of("cards")
        cluster_ids = touched.of("clusters")
        cards = [c for c in self.document.cards_by_ids(card_ids) if c.board_id == self.board_id]
        clusters = [
            c for c in self.document.clusters_by_ids(cluster_ids) if c.board_id == self.board_id
        ]
        # near-identical texts only change when cards come, go or get a new text
        texts_changed = len(cards) != len(card_ids) or any(
            c.id not in self.scene.cards or self.scene.cards[c.id].card.text != c.text
            for c in cards
        )
        self.scene.sync(card_ids, cards, cluster_ids, clusters)
        if cluster_ids:
            self._fields_changed()
        self._update_count()
        if texts_changed:
            self._duplicates_timer.start()
        if self.search.active():
            self.apply_filter()
        self.properties.refresh()
        self.view.board_changed()

    def _fields_changed(self) -> None:
        titles = {f.id: f.title for f in self.document.fields_of_action()}
        links = self.document.field_links(list(self.scene.clusters))
        for cid, item in self.scene.clusters.items():
            fields = [titles[f] for _l, f in links.get(cid, []) if f in titles]
            if fields != item.fields:
                item.fields = fields
                item.update()

    def _votes_changed(self, _round_id: int) -> None:
        # a method, not a lambda: Qt drops the connection when the page is deleted
        self.show_votes()

    def show_votes(self) -> None:
        """Dots of the board's latest revealed voting round, drawn on clusters and cards."""
        from smartcity_desktop.document import voting_ops

        dots = voting_ops.board_dots(self.document, self.board_id)
        for cid, item in self.scene.clusters.items():
            value = dots.get(("cluster", cid))
            votes = (value.green, value.red) if value else None
            if item.votes != votes:
                item.votes = votes
                item.update()
        for cid, card in self.scene.cards.items():
            value = dots.get(("card", cid))
            votes = (value.green, value.red) if value else None
            if card.votes != votes:
                card.votes = votes
                card.update()

    def start_voting(self) -> None:
        from smartcity_desktop.document import voting_ops
        from smartcity_desktop.ui.navigator import Node
        from smartcity_desktop.ui.voting_page import VotingSetupDialog

        if not self._writable():
            return
        selected = self.scene.selected_cluster_ids() or self.scene.selected_card_ids()
        counts = {"clusters": len(self.real_clusters()), "cards": len(self.scene.cards)}
        if selected:
            counts = {"selection": len(selected), **counts}
        counts = {k: v for k, v in counts.items() if v}
        if not counts:
            self.dialogs.info(self.tr("Dot-voting"), self.tr("There is nothing to vote on yet."))
            return
        existing = len(self.document.board_rounds(self.board_id))
        title = self.tr("Dot-voting %1").replace("%1", str(existing + 1))
        workshop = self.document.workshop(self.workshop_id)
        present = sum(1 for a in self.document.attendance(workshop.id) if a.attendance == "present")
        dialog = VotingSetupDialog(counts, present, title, self)
        try:
            if not self.dialogs.run(dialog):
                return
            target = dialog.target.currentData()
            values = dialog.values()
            settings = dialog.settings()
        finally:
            dialog.deleteLater()
        if target == "selection":
            clusters = self.scene.selected_cluster_ids()
            kind = "clusters" if clusters else "cards"
            options = voting_ops.options_of_board(
                self.document, self.board_id, kind, clusters or self.scene.selected_card_ids()
            )
        else:
            kind = target
            options = voting_ops.options_of_board(self.document, self.board_id, kind)
        command = voting_ops.start_round(
            self.document,
            self.board_id,
            values["title"],
            kind,
            options,
            settings,
            voters=values["voters"],
            voter_count=values["voter_count"],
        )
        if self._push(command):
            self.navigate.emit(Node("voting", command.new_ids[0], self.workshop_id))

    def _boards_changed(self, workshop_id: int) -> None:
        if workshop_id != self.workshop_id:
            return
        with contextlib.suppress(KeyError):  # a deleted board: the navigator moves away
            self.heading.setText(self.document.board(self.board_id).title)

    def real_clusters(self) -> list[int]:
        """The clusters proper (not import areas, which hold cards still to be sorted)."""
        return [cid for cid, item in self.scene.clusters.items() if not item.cluster.is_area]

    def _update_count(self) -> None:
        areas = {cid for cid, item in self.scene.clusters.items() if item.cluster.is_area}
        loose = sum(
            1
            for c in self.scene.cards.values()
            if c.card.cluster_id is None or c.card.cluster_id in areas
        )
        self.count_label.setText(
            self.tr("%n card(s)", "", len(self.scene.cards))
            + " · "
            + self.tr("%n cluster(s)", "", len(self.scene.clusters) - len(areas))
            + " · "
            + self.tr("%n not yet sorted", "", loose)
        )

    def flag_duplicates(self) -> None:
        cache = self._normalised

        def key(text: str) -> str:  # normalising 5,000 texts per change is felt; cache it
            found = cache.get(text)
            if found is None:
                found = cache[text] = normalise_text(text)
            return found

        groups = duplicate_groups(
            ((cid, item.card.text) for cid, item in self.scene.cards.items()), key
        )
        counts: dict[int, int] = {}
        for group in groups:
            for cid in group:
                counts[cid] = len(group) - 1
        for cid, item in self.scene.cards.items():
            n = counts.get(cid, 0)
            if item.duplicates != n:
                item.duplicates = n
                item.update()

    def _selection_changed(self) -> None:
        self.properties.refresh()

    # -- pushing -------------------------------------------------------------------------------

    def _push(self, command: object) -> bool:
        if command is None:
            return False
        if not self.document.push(command):  # type: ignore[arg-type]
            self.properties.refresh()  # show what the file holds, not what was refused
            return False
        return True

    def _writable(self) -> bool:
        if self.document.read_only:
            self.document.push(None)  # type: ignore[arg-type]  # reports "read-only" once
            return False
        return True

    # -- gestures ------------------------------------------------------------------------------

    def _dragged(
        self,
        card_moves: dict[int, tuple[float, float]],
        cluster_moves: dict[int, tuple[float, float]],
        onto_card: int,
    ) -> None:
        if onto_card and not self.document.read_only:
            dropped = next(iter(card_moves))
            target = self.scene.cards[onto_card].card
            if self.dialogs.confirm(
                self.tr("Start a cluster"),
                self.tr("Start a new cluster with these two cards?"),
                self.tr("Start cluster"),
            ):
                title = self._ask_title(self.tr("New cluster"))
                if title:
                    command = ops.create_cluster(
                        self.document,
                        self.board_id,
                        [target.id, dropped],
                        title,
                        anchor=(target.x, target.y),
                    )
                    if self._push(command):
                        return
        command = ops.move_items(self.document, self.board_id, card_moves, cluster_moves)
        if not self._push(command):
            self._restore_items(set(card_moves), set(cluster_moves))

    def _restore_items(self, card_ids: set[int], cluster_ids: set[int]) -> None:
        """Put items back where the document has them (a refused or empty move)."""
        self.scene.sync(
            card_ids,
            self.document.cards_by_ids(card_ids),
            cluster_ids,
            self.document.clusters_by_ids(cluster_ids),
        )

    def _ask_title(self, title: str, default: str = "") -> str:
        text = self.dialogs.get_text(title, self.tr("Title"), default)
        return clean_title(text or "")

    def new_card(self) -> None:
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        self.new_card_at(centre)

    def new_card_at(self, point: QPointF, text: str = "") -> None:
        if self.document.read_only:
            self._writable()
            return
        x = point.x() - geometry.CARD_WIDTH / 2
        y = point.y() - geometry.CARD_HEIGHT / 2
        rect = QRectF(x, y, geometry.CARD_WIDTH, geometry.CARD_HEIGHT)
        editor = self.view.edit_text_at(rect, text)
        editor.setPlaceholderText(self.tr("Type the idea, then Enter"))
        editor.committed.connect(lambda typed: self._add_card(typed, point))

    def _add_card(self, text: str, point: QPointF) -> None:
        text = text.strip()
        if not text:
            self.view.setFocus()
            return
        x = point.x() - geometry.CARD_WIDTH / 2
        y = point.y() - geometry.CARD_HEIGHT / 2
        command = ops.add_card(
            self.document, self.board_id, ops.NewCard(text, source=CardSource.WORKSHOP), x, y
        )
        if self._push(command):
            self.scene.select_ids(command.new_ids)
            self.view.setFocus()
        else:
            # not saved (disk full, stick pulled): what was typed stays, to try again
            self.new_card_at(point, text)

    def edit_card_in_place(self, card_id: int, text: str | None = None) -> None:
        item = self.scene.cards.get(card_id)
        if item is None or self.document.read_only:
            return
        rect = item.sceneBoundingRect().adjusted(2, 2, -2, -2)
        editor = self.view.edit_text_at(rect, item.card.text if text is None else text)
        editor.committed.connect(lambda typed: self._set_card_text(card_id, typed))

    def _set_card_text(self, card_id: int, text: str) -> None:
        text = text.strip()
        if text and text != self.scene.cards[card_id].card.text:
            command = ops.edit_cards(self.document, [card_id], {"text": text})
            if not self._push(command) and card_id in self.scene.cards:
                self.edit_card_in_place(card_id, text)  # keep what was typed
                return
        self.view.setFocus()

    def rename_cluster_in_place(self, cluster_id: int, text: str | None = None) -> None:
        item = self.scene.clusters.get(cluster_id)
        if item is None or self.document.read_only:
            return
        header = item.mapRectToScene(item.header_rect())
        editor = self.view.edit_line_at(header, item.cluster.title if text is None else text)
        editor.committed.connect(lambda typed: self._rename_in_place(cluster_id, typed))

    def _rename_in_place(self, cluster_id: int, title: str) -> None:
        if not self.rename_cluster(cluster_id, title) and cluster_id in self.scene.clusters:
            self.rename_cluster_in_place(cluster_id, title)  # keep what was typed

    def rename_cluster(self, cluster_id: int, title: str) -> bool:
        """Rename; False only if the new title could not be saved."""
        title = clean_title(title)
        ok = True
        if title:
            command = ops.rename_cluster(self.document, cluster_id, title)
            ok = command is None or self._push(command)
        self.view.setFocus()
        return ok

    def edit_selected_cards(self, values: dict[str, object], *, typing: bool = False) -> None:
        self._push(
            ops.edit_cards(self.document, self.scene.selected_card_ids(), values, typing=typing)
        )

    def set_colour(self, colour: str) -> None:
        cards = self.scene.selected_card_ids()
        clusters = self.scene.selected_cluster_ids()
        if cards and not clusters:
            self._push(ops.edit_cards(self.document, cards, {"colour": colour}))
        elif clusters and not cards:
            self._push(ops.set_cluster_colour(self.document, clusters, colour))

    def delete_selection(self) -> None:
        if not self._writable():
            return
        cards = self.scene.selected_card_ids()
        clusters = self.scene.selected_cluster_ids()
        if not cards and not clusters:
            return
        with_cards = False
        if clusters:
            inside = sum(len(self.scene.members.get(c, ())) for c in clusters)
            if inside:
                answer = self.dialogs.choose(
                    self.tr("Delete cluster"),
                    self.tr(
                        "The selected cluster(s) hold %n card(s). Keep the cards on the board "
                        "(loose), or delete them too? You can undo either.",
                        "",
                        inside,
                    ),
                    [self.tr("Keep the cards"), self.tr("Delete the cards too")],
                )
                if answer is None:
                    return
                with_cards = answer == 1
        self._push(ops.delete_items(self.document, cards, clusters, with_cards=with_cards))

    def cluster_selection(self) -> None:
        if not self._writable():
            return
        cards = self.scene.selected_card_ids()
        title = self._ask_title(self.tr("New cluster"))
        if not title:
            return
        anchor = None
        if not cards:
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            anchor = (centre.x(), centre.y())
        command = ops.create_cluster(self.document, self.board_id, cards, title, anchor=anchor)
        if self._push(command):
            self.scene.select_ids([], command.new_ids)

    def tidy_selection(self) -> None:
        clusters = self.scene.selected_cluster_ids()
        if not clusters:
            clusters = sorted(
                {
                    cid
                    for c in self.scene.selected_card_ids()
                    if (cid := self.scene.cards[c].card.cluster_id) is not None
                }
            )
        if not clusters:
            self.dialogs.info(self.tr("Tidy"), self.tr("Select a cluster to tidy first."))
            return
        self._push(ops.tidy_clusters(self.document, clusters))

    def layout_board(self) -> None:
        if self._push(ops.layout_board(self.document, self.board_id)):
            self.view.fit_all()

    def merge_selected_clusters(self) -> None:
        clusters = self.scene.selected_cluster_ids()
        if len(clusters) < 2:
            return
        keep = max(clusters, key=lambda c: len(self.scene.members.get(c, ())))
        self._push(ops.merge_clusters(self.document, keep, [c for c in clusters if c != keep]))

    def promote_selection(self) -> None:
        selected = self.scene.selected_cluster_ids()
        real = set(self.real_clusters())
        clusters = [c for c in selected if c in real]
        if selected and not clusters:
            self.dialogs.info(
                self.tr("Promote"),
                self.tr(
                    "An import area is not a field of action: sort its cards into clusters first."
                ),
            )
            return
        if not clusters:
            if not real:
                self.dialogs.info(
                    self.tr("Promote"), self.tr("There are no clusters on this board yet.")
                )
                return
            if not self.dialogs.confirm(
                self.tr("Promote"),
                self.tr("Make fields of action of all %1 clusters on this board?").replace(
                    "%1", str(len(real))
                ),
                self.tr("Promote all"),
            ):
                return
            clusters = sorted(real)
        command = ops.promote_clusters(self.document, clusters)
        if command is None:
            self.dialogs.info(
                self.tr("Promote"),
                self.tr("The selected clusters are fields of action already."),
            )
            return
        self._push(command)

    def create_project(self, kind: str, item_id: int) -> None:
        """A project (Maßnahme) from a card or a cluster, linked to it; then the projects page
        opens at it, to fill in owner and cost."""
        from smartcity_desktop.document import weighting_ops
        from smartcity_desktop.ui.navigator import Node

        if not self._writable():
            return
        if kind == "card":
            existing = weighting_ops.projects_of(self.document, card_id=item_id)
        else:
            existing = weighting_ops.projects_of(self.document, cluster_id=item_id)
        if existing and not self.dialogs.confirm(
            self.tr("Create project"),
            self.tr("The project “%1” was already made from this. Create another one?").replace(
                "%1", existing[0].title
            ),
            self.tr("Create another"),
        ):
            return
        try:
            if kind == "card":
                command = weighting_ops.project_from_card(self.document, item_id)
            else:
                command = weighting_ops.project_from_cluster(self.document, item_id)
        except (KeyError, ValueError):
            return  # the card or cluster is gone (undone meanwhile): nothing to make
        if self._push(command):
            self.navigate.emit(Node("projects"))

    def zoom_to_cluster(self, cluster_id: int) -> None:
        item = self.scene.clusters.get(cluster_id)
        if item is not None:
            self.view.zoom_to(item.sceneBoundingRect())

    def zoom_to_selection(self) -> None:
        self.view.zoom_to_selection()

    def _text_size_chosen(self, _index: int) -> None:
        key = self.text_size.currentData()
        if self.settings is not None:
            self.settings.set(prefs.BOARD_TEXT_SIZE, key)
        self.style_.set_text_pixels(TEXT_SIZES[key])
        for card in self.scene.cards.values():
            card.update()  # scene.update() would keep each card's cached picture

    # -- search and filter ---------------------------------------------------------------------

    def show_search(self) -> None:
        self.search.show()
        self.search.text.setFocus()
        self.search.text.selectAll()

    def apply_filter(self) -> None:
        active = self.search.active()
        shown = 0
        for item in self.scene.cards.values():
            match = active and self.search.matches(item)
            dim = active and not match
            shown += int(match)
            if item.dimmed != dim or item.highlighted != match:
                item.dimmed, item.highlighted = dim, match
                item.setOpacity(0.22 if dim else 1.0)
                item.update()
        if active:
            self.search.result.setText(
                self.tr("%1 of %2")
                .replace("%1", str(shown))
                .replace("%2", str(len(self.scene.cards)))
            )
        else:
            self.search.result.setText("")

    # -- duplicates and import -----------------------------------------------------------------

    def review_duplicates(self) -> None:
        from smartcity_desktop.ui.import_dialog import DuplicatesDialog

        groups = duplicate_groups(
            (cid, item.card.text) for cid, item in sorted(self.scene.cards.items())
        )
        if not groups:
            self.dialogs.info(
                self.tr("Duplicates"), self.tr("No near-identical cards on this board.")
            )
            return
        dialog = DuplicatesDialog(
            [[self.scene.cards[c].card for c in group] for group in groups], self
        )
        if not self.dialogs.run(dialog):
            return
        chosen = dialog.chosen_groups()
        if chosen:
            self._push(ops.merge_duplicates(self.document, chosen))

    def import_file(self, path: str | Path | None = None) -> None:
        from smartcity_desktop.ui.import_dialog import run_import

        if not self._writable():
            return
        added = run_import(self, path)
        if added:
            self.scene.select_ids(added)
            self.zoom_to_selection()

    # -- context menu --------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = self.view.mapFromGlobal(event.globalPos())
        if not self.view.viewport().rect().contains(pos):
            super().contextMenuEvent(event)
            return
        scene_pos = self.view.mapToScene(pos)
        item = self.scene.itemAt(scene_pos, self.view.transform() or QTransform())
        if item is not None and not item.isSelected():
            self.scene.select_ids(
                [item.card_id] if isinstance(item, CardItem) else [],
                [item.cluster_id] if isinstance(item, ClusterItem) else [],
            )
        menu = self.build_context_menu(scene_pos)
        menu.exec(event.globalPos())

    def build_context_menu(self, scene_pos: QPointF) -> QMenu:
        menu = QMenu(self)
        cards = self.scene.selected_card_ids()
        clusters = self.scene.selected_cluster_ids()
        writable = not self.document.read_only
        if cards or clusters:
            colour_menu = menu.addMenu(self.tr("Colour"))
            for colour in CardColour:
                action = colour_menu.addAction(
                    palette.colour_icon(colour), palette.colour_label(colour)
                )
                action.triggered.connect(lambda _=False, c=str(colour): self.set_colour(c))
            colour_menu.setEnabled(writable and bool(cards) != bool(clusters))
        if cards and not clusters:
            source_menu = menu.addMenu(self.tr("Source"))
            for source in CardSource:
                action = source_menu.addAction(palette.source_label(source))
                action.triggered.connect(
                    lambda _=False, s=str(source): self.edit_selected_cards({"source": s})
                )
            source_menu.setEnabled(writable)
            if len(cards) == 1:
                menu.addAction(self.tr("Edit text"), lambda: self.edit_card_in_place(cards[0]))
            menu.addAction(self.tr("Cluster the selected cards…"), self.cluster_selection)
        if len(clusters) == 1:
            cid = clusters[0]
            menu.addAction(self.tr("Rename cluster"), lambda: self.rename_cluster_in_place(cid))
            menu.addAction(self.tr("Zoom to cluster"), lambda: self.zoom_to_cluster(cid))
        if clusters:
            menu.addAction(self.tr("Tidy"), self.tidy_selection)
        if len(clusters) >= 2:
            menu.addAction(self.tr("Merge clusters"), self.merge_selected_clusters)
        real = set(self.real_clusters())
        if any(c in real for c in clusters):
            menu.addSeparator()
            menu.addAction(self.tr("Promote to field of action"), self.promote_selection)
            fields = self.document.fields_of_action()
            if fields and len(clusters) == 1:
                add_menu = menu.addMenu(self.tr("Add to field of action"))
                for f in fields:
                    add_menu.addAction(
                        f.title,
                        lambda f_id=f.id, c=clusters[0]: self._push(
                            ops.link_cluster(self.document, c, f_id)
                        ),
                    )
            if any(self.scene.clusters[c].fields for c in clusters if c in self.scene.clusters):
                menu.addAction(
                    self.tr("Remove from field of action"),
                    lambda: self._push(ops.unlink_cluster(self.document, clusters)),
                )
        if len(cards) == 1 and not clusters:
            menu.addSeparator()
            menu.addAction(
                self.tr("Create project from card"), lambda: self.create_project("card", cards[0])
            )
        if len(clusters) == 1 and not cards and clusters[0] in real:
            menu.addAction(
                self.tr("Create project from cluster"),
                lambda: self.create_project("cluster", clusters[0]),
            )
        if cards or clusters:
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), self.delete_selection)
        else:
            menu.addAction(self.tr("New card here"), lambda: self.new_card_at(scene_pos))
            menu.addAction(self.tr("Lay out all clusters"), self.layout_board)
            menu.addAction(self.tr("Show the whole board"), self.view.fit_all)
        for action in menu.actions():
            if (
                action.text() not in (self.tr("Zoom to cluster"), self.tr("Show the whole board"))
                and not writable
            ):
                action.setEnabled(False)
        return menu
