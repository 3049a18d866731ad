"""A board on the projector, read-only: the laptop's scene and items, with every interaction
switched off, following the moderator's viewport or fitted to the whole board.

The scene's drag signal is connected to nothing and the view is not interactive, so no mouse or
key event can reach an item; items are neither movable nor selectable, carry no tooltips (a
card's note is the moderator's), and nothing is dimmed or highlighted.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsView, QVBoxLayout, QWidget

from smartcity_desktop.document import voting_ops as vops
from smartcity_desktop.document.document import ProjectDocument, Touched
from smartcity_desktop.ui import presenter_style as style
from smartcity_desktop.ui.board_scene import BoardScene, BoardStyle
from smartcity_desktop.ui.presenter_spec import PresenterTheme

FIT_MARGIN = 40.0  # scene units around the board when fitted


def lock(item: QGraphicsItem) -> None:
    """Neither movable nor selectable, deaf to the mouse, no tooltip (a card's note is the
    moderator's)."""
    item.setFlags(QGraphicsItem.GraphicsItemFlag(0))
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setAcceptHoverEvents(False)
    item.setToolTip("")


class ReadOnlyBoardView(QGraphicsView):
    """A non-interactive view that keeps its fit when resized."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.target = QRectF()

    def show_rect(self, rect: QRectF) -> None:
        self.target = QRectF(rect)
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.show_rect(self.target)

    def wheelEvent(self, event: object) -> None:  # type: ignore[override]
        """No zooming or scrolling on the projector: the moderator decides what is seen."""


class BoardView(QWidget):
    """The board's title above the board; `set_viewport` tells what the moderator sees."""

    def __init__(
        self,
        document: ProjectDocument,
        board_id: int,
        theme: PresenterTheme,
        *,
        follow: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presenterBoard")
        self.document = document
        self.board_id = board_id
        self.theme = theme
        self.follow = follow
        self.viewport_rect = QRectF()
        style.apply_theme(self, theme)
        self.title = style.label(self, theme, 1.2, bold=True, name="boardTitle")
        self.scene = BoardScene(BoardStyle(), self)
        self.view = ReadOnlyBoardView(self.scene, self)
        self.view.setObjectName("presenterBoardView")
        layout = QVBoxLayout(self)
        margin = style.pixels(theme, 0.5)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        document.board_changed.connect(self._board_changed)
        # methods, not lambdas: Qt drops the connections when the view is deleted
        document.boards_changed.connect(self._boards_changed)
        document.votes_changed.connect(self._votes_changed)
        self.reload()

    def _board_changed(self, board_id: int, touched: Touched) -> None:
        """Bring only the touched items in line (a drag on the laptop must not rebuild 5,000
        cards here), then lock the new ones."""
        if board_id != self.board_id:
            return
        card_ids = set(touched.of("cards"))
        cluster_ids = set(touched.of("clusters"))
        cards = [c for c in self.document.cards_by_ids(card_ids) if c.board_id == board_id]
        clusters = [c for c in self.document.clusters_by_ids(cluster_ids) if c.board_id == board_id]
        self.scene.sync(card_ids, cards, cluster_ids, clusters)
        for cid in card_ids:
            if cid in self.scene.cards:
                lock(self.scene.cards[cid])
        for cid in cluster_ids:
            if cid in self.scene.clusters:
                lock(self.scene.clusters[cid])
        self._show_votes()
        self.refit()

    def _boards_changed(self, _workshop_id: int) -> None:
        """A board was renamed, deleted or brought back: a deleted board leaves the projector
        empty, an undone delete shows it again."""
        exists = self._exists()
        if exists != self._existed:
            self.reload()
        else:
            self._reload_title()

    def _exists(self) -> bool:
        try:
            self.document.board(self.board_id)
        except KeyError:
            return False
        return True

    def _votes_changed(self, _round_id: int) -> None:
        self._show_votes()

    def _reload_title(self) -> None:
        try:
            self.title.setText(self.document.board(self.board_id).title)
        except KeyError:
            self.title.setText(self.tr("This board was deleted."))

    def reload(self) -> None:
        """Load the board as it is in the document, then lock every item."""
        self._existed = self._exists()
        self._reload_title()
        try:
            clusters = self.document.clusters(self.board_id)
            cards = self.document.cards(self.board_id)
        except KeyError:
            clusters, cards = [], []
        self.scene.load(clusters, cards)
        for item in self.scene.items():
            lock(item)
        self._show_votes()
        self.refit()

    def _show_votes(self) -> None:
        """The last revealed round's dots, as the laptop's board shows them (never hidden ones)."""
        try:
            dots = vops.board_dots(self.document, self.board_id)
        except KeyError:
            dots = {}
        for cid, item in self.scene.clusters.items():
            votes = dots.get(("cluster", cid))
            item.votes = (votes.green, votes.red) if votes else None
            item.update()
        for cid, card in self.scene.cards.items():
            votes = dots.get(("card", cid))
            card.votes = (votes.green, votes.red) if votes else None
            card.update()

    # -- what part of the board is seen ----------------------------------------------------------

    def set_viewport(self, rect: QRectF) -> None:
        """The scene rectangle the moderator sees on the laptop (followed when `follow`)."""
        self.viewport_rect = QRectF(rect)
        if self.follow:
            self.refit()

    def set_follow(self, follow: bool) -> None:
        self.follow = follow
        self.refit()

    def fitted_rect(self) -> QRectF:
        box = self.scene.content_rect()
        if box.isNull():
            return QRectF(0, 0, 1600, 900)
        return box.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)

    def shown_rect(self) -> QRectF:
        """The scene rectangle this view is asked to show."""
        if self.follow and not self.viewport_rect.isEmpty():
            return self.viewport_rect
        return self.fitted_rect()

    def visible_scene_rect(self) -> QRectF:
        """What the view actually shows (scene coordinates)."""
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    def refit(self) -> None:
        self.view.show_rect(self.shown_rect())

    def texts(self) -> list[str]:
        """The board's title (cards are what the room is meant to see)."""
        return [self.title.text()]
