"""The board as a QGraphicsScene: card and cluster items, and the drag gesture.

Items only show what the document holds. While the moderator drags, items move on screen and
the scene remembers where they started; on release it emits one `items_dragged` signal with all
moves, and the page turns that into one command. When the document announces a change the
scene updates just the items concerned (`sync`). No item is ever the source of truth.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from smartcity_desktop.domain import board as geometry
from smartcity_desktop.domain.model import Card, Cluster
from smartcity_desktop.ui import palette

CARD_TYPE = QGraphicsItem.UserType + 1
CLUSTER_TYPE = QGraphicsItem.UserType + 2

TEXT_SIZES = {"small": 14, "normal": 17, "large": 21}  # pixels at 100 % zoom
MIN_TEXT_PIXELS = 10
DETAIL_LOD = 0.28  # below this zoom, cards are drawn as plain coloured blocks


@dataclass
class BoardStyle:
    """Fonts and pens shared by all items of a scene (one object, not 5,000 copies)."""

    text_pixels: int = TEXT_SIZES["normal"]

    def __post_init__(self) -> None:
        self.border = QPen(QColor("#9A9A9A"), 1.2)
        self.selected = QPen(QColor("#0057B8"), 4)
        self.highlight = QPen(QColor("#D55E00"), 4)
        self.text_pen = QPen(QColor("#111111"))
        self.meta_pen = QPen(QColor("#4D4D4D"))
        self.small = QFont()
        self.small.setPixelSize(12)
        self.title = QFont()
        self.title.setPixelSize(22)
        self.title.setBold(True)
        self.count = QFont()
        self.count.setPixelSize(14)
        self.generation = 0  # bumped when fonts change, so cached layouts are redone
        self.overview = False  # drawing the overview map: shapes only, no text

    def set_text_pixels(self, pixels: int) -> None:
        self.text_pixels = pixels
        self.generation += 1


_TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def fit_text(text: str, rect: QRectF, pixels: int) -> tuple[QFont, str]:
    """The largest font (≤ `pixels`) at which `text` fits `rect` wrapped; at the smallest size
    the text is cut at a word with "…". Text never runs outside its card."""
    font = QFont()
    size = pixels
    while True:
        font.setPixelSize(size)
        metrics = QFontMetricsF(font)
        needed = metrics.boundingRect(rect, _TEXT_FLAGS, text)
        if needed.height() <= rect.height() and needed.width() <= rect.width() + 0.5:
            return font, text
        if size <= MIN_TEXT_PIXELS:
            break
        size -= 1
    words = text.split()
    lo, hi = 0, len(words)
    best = "…"
    while lo < hi:  # the most words that still fit, found by bisection
        mid = (lo + hi + 1) // 2
        candidate = " ".join(words[:mid]) + " …"
        if metrics.boundingRect(rect, _TEXT_FLAGS, candidate).height() <= rect.height():
            best, lo = candidate, mid
        else:
            hi = mid - 1
    return font, best


def draw_votes(
    painter: QPainter, votes: tuple[int, int], right_top: QPointF, radius: float
) -> None:
    """Voting dots at the top right: a green disc with the support count, a red one (with a
    minus sign, so colour isn't the only cue) for concerns."""
    green, red = votes
    font = QFont()
    font.setPixelSize(int(radius * 1.1))
    font.setBold(True)
    painter.setFont(font)
    x = right_top.x()
    for count, colour, sign in ((red, "#D55E00", "−"), (green, "#009E73", "+")):
        if not count:
            continue
        rect = QRectF(x - 2 * radius, right_top.y(), 2 * radius, 2 * radius)
        painter.setPen(QPen(QColor("#1A1A1A"), 1.2))
        painter.setBrush(QColor(colour))
        painter.drawEllipse(rect)
        painter.setPen(QColor("white"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), f"{sign}{count}")
        x -= 2 * radius + 4


_CARD_BOUNDS = QRectF(-2, -2, geometry.CARD_WIDTH + 4, geometry.CARD_HEIGHT + 4)


class CardItem(QGraphicsRectItem):
    """One idea card: text wrapped to fit, source and colour mark at the bottom.

    A rectangle item, so its bounds and shape come from Qt's C++ code: with thousands of cards
    a full repaint would otherwise call into Python three times per card just to ask where it
    is. Only `paint` is ours, and the item caches what it painted.
    """

    def __init__(self, card: Card, style: BoardStyle) -> None:
        super().__init__(_CARD_BOUNDS)
        self.setPen(Qt.PenStyle.NoPen)
        self.style = style
        self.card = card
        self.dimmed = False
        self.highlighted = False
        self.duplicates = 0  # other cards on the board with a near-identical text
        self.votes: tuple[int, int] | None = None  # green, red of the last revealed voting
        self._layout: tuple[int, QFont, str] | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setZValue(1)
        # Drawn once into a pixmap per zoom level: a drag or a repaint then only copies it.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_card(card)

    def type(self) -> int:
        return CARD_TYPE

    @property
    def card_id(self) -> int:
        return self.card.id

    def set_card(self, card: Card) -> None:
        if card.text != self.card.text:
            self._layout = None
        self.card = card
        self.setPos(card.x, card.y)
        tip = card.text
        if card.note:
            tip += "\n\n" + card.note
        self.setToolTip(tip)
        self.update()

    def text_rect(self) -> QRectF:
        return QRectF(10, 8, geometry.CARD_WIDTH - 20, geometry.CARD_HEIGHT - 8 - 24)

    def fitted(self) -> tuple[QFont, str]:
        layout = self._layout
        if layout is None or layout[0] != self.style.generation:
            font, text = fit_text(self.card.text, self.text_rect(), self.style.text_pixels)
            layout = self._layout = (self.style.generation, font, text)
        return layout[1], layout[2]

    def meta_text(self) -> str:
        sources = self.card.sources
        text = palette.source_label(sources[0])
        if len(sources) > 1:
            text += f" +{len(sources) - 1}"
        elif self.card.merged:
            text += f" ({len(self.card.merged) + 1}×)"
        return text

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = self.style
        rect = QRectF(0, 0, geometry.CARD_WIDTH, geometry.CARD_HEIGHT)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())  # type: ignore[attr-defined]
        if self.isSelected():
            pen = style.selected
        elif self.highlighted:
            pen = style.highlight
        else:
            pen = style.border
        painter.setPen(pen)
        painter.setBrush(palette.card_fill(self.card.colour))
        if lod < DETAIL_LOD or style.overview:
            painter.drawRect(rect)
            return
        painter.drawRoundedRect(rect, 6, 6)
        font, text = self.fitted()
        painter.setFont(font)
        painter.setPen(style.text_pen)
        painter.drawText(self.text_rect(), _TEXT_FLAGS, text)
        painter.setFont(style.small)
        painter.setPen(style.meta_pen)
        meta = QRectF(10, geometry.CARD_HEIGHT - 22, geometry.CARD_WIDTH - 44, 16)
        painter.drawText(
            meta, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.meta_text()
        )
        shape = palette.shape_of(self.card.colour)
        if shape:
            mark = QRectF(geometry.CARD_WIDTH - 26, geometry.CARD_HEIGHT - 24, 16, 16)
            palette.draw_shape(painter, shape, mark, palette.strong(self.card.colour))
        if self.votes:
            draw_votes(painter, self.votes, QPointF(geometry.CARD_WIDTH - 8, -6), 11)
        if self.duplicates:
            painter.setPen(QPen(QColor("#7A1F00")))
            badge = QRectF(geometry.CARD_WIDTH - 60, 4, 54, 16)
            painter.drawText(
                badge,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"≈ {self.duplicates + 1}",
            )


class ClusterItem(QGraphicsItem):
    """A titled frame. Only its header (title bar) and border catch the mouse, so cards inside
    can be rubber-band selected and dropped; dragging the header moves the cluster and its
    cards."""

    def __init__(self, cluster: Cluster, style: BoardStyle) -> None:
        super().__init__()
        self.style = style
        self.cluster = cluster
        self.count = 0
        self.fields: list[str] = []  # titles of the fields of action it was promoted to
        self.votes: tuple[int, int] | None = None  # green, red of the last revealed voting
        self.dimmed = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_cluster(cluster)

    def type(self) -> int:
        return CLUSTER_TYPE

    @property
    def cluster_id(self) -> int:
        return self.cluster.id

    def set_cluster(self, cluster: Cluster) -> None:
        if (cluster.width, cluster.height) != (self.cluster.width, self.cluster.height):
            self.prepareGeometryChange()
        self.cluster = cluster
        scene = self.scene()
        if isinstance(scene, BoardScene):
            scene.syncing = True
        self.setPos(cluster.x, cluster.y)
        if isinstance(scene, BoardScene):
            scene.syncing = False
        self.update()

    def frame(self) -> QRectF:
        return QRectF(0, 0, self.cluster.width, self.cluster.height)

    def boundingRect(self) -> QRectF:
        return self.frame().adjusted(-3, -3, 3, 3)

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, self.cluster.width, geometry.CLUSTER_HEADER - 8)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.header_rect())
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if isinstance(scene, BoardScene) and not scene.syncing:
                scene.cluster_moved(self)
        return super().itemChange(change, value)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = self.style
        frame = self.frame()
        colour = self.cluster.colour
        edge = palette.strong(colour) if colour else QColor("#8C8C8C")
        lod = option.levelOfDetailFromTransform(painter.worldTransform())  # type: ignore[attr-defined]
        if lod < DETAIL_LOD or style.overview:
            # far away: an opaque fill and a hairline are much quicker and look the same
            painter.setBrush(palette.cluster_fill_opaque(colour))
            pen = QPen(style.selected.color() if self.isSelected() else edge, 2)
            pen.setCosmetic(True)
            if self.cluster.is_area:
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setBrush(palette.cluster_fill_opaque(""))
            painter.setPen(pen)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.drawRect(frame)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        elif self.cluster.is_area:
            # an import area: a dashed outline, no tint; its cards are still to be sorted
            painter.setBrush(Qt.BrushStyle.NoBrush)
            dashed = QPen(QColor("#6B6B6B"), 3, Qt.PenStyle.DashLine)
            painter.setPen(style.selected if self.isSelected() else dashed)
            painter.drawRoundedRect(frame, 10, 10)
        else:
            painter.setBrush(QBrush(palette.cluster_fill(colour)))
            painter.setPen(style.selected if self.isSelected() else QPen(edge, 3))
            painter.drawRoundedRect(frame, 10, 10)
        if style.overview:
            return
        header = self.header_rect()
        x = 14.0
        shape = palette.shape_of(colour)
        if shape:
            palette.draw_shape(painter, shape, QRectF(12, 12, 20, 20), palette.strong(colour))
            x = 40.0
        painter.setPen(style.text_pen)
        if lod < DETAIL_LOD / 2:
            # far away: the title alone, large enough to read on the overview
            font = QFont(style.title)
            font.setPixelSize(max(22, int(14 / max(lod, 0.01))))
            painter.setFont(font)
            painter.drawText(
                frame,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.cluster.title,
            )
            return
        count = _texts().count(self.count)
        painter.setFont(style.count)
        count_width = QFontMetricsF(style.count).horizontalAdvance(count) + 16
        painter.setPen(style.meta_pen)
        painter.drawText(
            QRectF(header.right() - count_width - 8, 6, count_width, 30),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            count,
        )
        if self.votes:
            # the last revealed voting's dots, left of the count, in the title bar
            shown = sum(1 for v in self.votes if v)
            draw_votes(painter, self.votes, QPointF(header.right() - count_width - 12, 6), 15)
            count_width += shown * 34
        painter.setFont(style.title)
        painter.setPen(style.text_pen)
        title_rect = QRectF(x, 4, header.width() - x - count_width - 16, 34)
        title = QFontMetricsF(style.title).elidedText(
            self.cluster.title, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(
            title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title
        )
        if self.fields:
            painter.setFont(style.small)
            painter.setPen(QPen(QColor("#005A3C")))
            painter.drawText(
                QRectF(x, 32, header.width() - x - 12, 14),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                _texts().field_badge(self.fields),
            )


class ClusterTexts(QObject):
    """Translated texts the items draw (items aren't QObjects)."""

    def count(self, n: int) -> str:
        return self.tr("%n card(s)", "", n)

    def field_badge(self, fields: list[str]) -> str:
        return "★ " + self.tr("Field of action: %1").replace("%1", ", ".join(fields))


_TEXTS: ClusterTexts | None = None


def _texts() -> ClusterTexts:
    global _TEXTS
    if _TEXTS is None:
        _TEXTS = ClusterTexts()
    return _TEXTS


class BoardScene(QGraphicsScene):
    """Holds the items of one board and reports finished drags."""

    # card moves {id: (x, y)}, cluster moves {id: (x, y)}, the loose card a single card was
    # dropped on (or 0)
    items_dragged = Signal(object, object, int)
    empty_double_clicked = Signal(QPointF)
    card_double_clicked = Signal(int)
    cluster_header_double_clicked = Signal(int)

    def __init__(self, style: BoardStyle, parent: object = None) -> None:
        super().__init__(parent)
        self.style = style
        self.cards: dict[int, CardItem] = {}
        self.clusters: dict[int, ClusterItem] = {}
        self.members: dict[int, set[int]] = {}  # cluster id -> card ids
        self.syncing = False
        self._drag_start: dict[QGraphicsItem, QPointF] | None = None
        self.setBackgroundBrush(QColor("#F4F4F2"))

    # -- building and syncing ------------------------------------------------------------------

    def load(self, clusters: list[Cluster], cards: list[Card]) -> None:
        self.clear()
        self.cards.clear()
        self.clusters.clear()
        self.members.clear()
        for cluster in clusters:
            item = ClusterItem(cluster, self.style)
            self.clusters[cluster.id] = item
            self.addItem(item)
        for card in cards:
            self._add_card(card)
        for cid, item in self.clusters.items():
            item.count = len(self.members.get(cid, ()))
        self.update_scene_rect()

    def _add_card(self, card: Card) -> CardItem:
        item = CardItem(card, self.style)
        self.cards[card.id] = item
        self.addItem(item)
        if card.cluster_id is not None:
            self.members.setdefault(card.cluster_id, set()).add(card.id)
        return item

    def sync(
        self,
        card_ids: set[int],
        cards: list[Card],
        cluster_ids: set[int],
        clusters: list[Cluster],
    ) -> None:
        """Bring the given items in line with the document: update, add, or remove."""
        self.syncing = True
        selected_before = len(self.selectedItems()) if card_ids or cluster_ids else 0
        # Removing a selected item announces a selection change each time, and each listener
        # walks the whole selection: with thousands of cards that is quadratic. One at the end.
        blocked = self.blockSignals(True)
        try:
            present = {c.id for c in clusters}
            for cluster in clusters:
                item = self.clusters.get(cluster.id)
                if item is None:
                    item = ClusterItem(cluster, self.style)
                    self.clusters[cluster.id] = item
                    self.addItem(item)
                else:
                    item.set_cluster(cluster)
            for cid in cluster_ids - present:
                item = self.clusters.pop(cid, None)
                if item is not None:
                    self.removeItem(item)
                self.members.pop(cid, None)
            touched_clusters: set[int] = set()
            present = {c.id for c in cards}
            for card in cards:
                item = self.cards.get(card.id)
                if item is None:
                    item = self._add_card(card)
                    if card.cluster_id is not None:
                        touched_clusters.add(card.cluster_id)
                    continue
                old = item.card.cluster_id
                if old != card.cluster_id:
                    if old is not None:
                        self.members.get(old, set()).discard(card.id)
                        touched_clusters.add(old)
                    if card.cluster_id is not None:
                        self.members.setdefault(card.cluster_id, set()).add(card.id)
                        touched_clusters.add(card.cluster_id)
                item.set_card(card)
            for card_id in card_ids - present:
                item = self.cards.pop(card_id, None)
                if item is None:
                    continue
                if item.card.cluster_id is not None:
                    self.members.get(item.card.cluster_id, set()).discard(card_id)
                    touched_clusters.add(item.card.cluster_id)
                self.removeItem(item)
            for cid in touched_clusters | (cluster_ids & set(self.clusters)):
                cluster_item = self.clusters.get(cid)
                if cluster_item is not None:
                    cluster_item.count = len(self.members.get(cid, ()))
                    cluster_item.update()
        finally:
            self.syncing = False
            self.blockSignals(blocked)
        if selected_before and len(self.selectedItems()) != selected_before:
            self.selectionChanged.emit()
        self.update_scene_rect()

    def update_scene_rect(self) -> None:
        box = self.content_rect()
        if box.isNull():
            box = QRectF(0, 0, 1600, 900)
        margin = max(box.width(), box.height(), 2000) * 0.5
        self.setSceneRect(box.adjusted(-margin, -margin, margin, margin))

    def content_rect(self) -> QRectF:
        """What is on the board, from the items' places (cheaper than asking Qt to unite
        5,000 bounding rectangles)."""
        xs: list[float] = []
        ys: list[float] = []
        rights: list[float] = []
        bottoms: list[float] = []
        for card in self.cards.values():
            pos = card.pos()
            xs.append(pos.x())
            ys.append(pos.y())
        if xs:
            rights.append(max(xs) + geometry.CARD_WIDTH)
            bottoms.append(max(ys) + geometry.CARD_HEIGHT)
        for cluster in self.clusters.values():
            pos = cluster.pos()
            xs.append(pos.x())
            ys.append(pos.y())
            rights.append(pos.x() + cluster.cluster.width)
            bottoms.append(pos.y() + cluster.cluster.height)
        if not xs:
            return QRectF()
        left, top = min(xs), min(ys)
        return QRectF(left, top, max(rights) - left, max(bottoms) - top)

    # -- selection helpers ---------------------------------------------------------------------

    def selected_card_ids(self) -> list[int]:
        return [i.card_id for i in self.selectedItems() if isinstance(i, CardItem)]

    def selected_cluster_ids(self) -> list[int]:
        return [i.cluster_id for i in self.selectedItems() if isinstance(i, ClusterItem)]

    def select_ids(self, card_ids: list[int] = (), cluster_ids: list[int] = ()) -> None:  # type: ignore[assignment]
        self.blockSignals(True)
        self.clearSelection()
        for cid in card_ids:
            item = self.cards.get(cid)
            if item is not None:
                item.setSelected(True)
        for cid in cluster_ids:
            cluster = self.clusters.get(cid)
            if cluster is not None:
                cluster.setSelected(True)
        self.blockSignals(False)
        self.selectionChanged.emit()

    def select_all_cards(self) -> None:
        self.select_ids(list(self.cards))

    # -- the drag gesture ----------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # Shift-click adds to the selection like Ctrl-click (Qt knows only Ctrl)
            event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
        super().mousePressEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        grabbed = self.mouseGrabberItem()
        if grabbed is None or not isinstance(grabbed, CardItem | ClusterItem):
            self._drag_start = None
            return
        start: dict[QGraphicsItem, QPointF] = {}
        for item in self.selectedItems():
            start[item] = item.pos()
            if isinstance(item, ClusterItem):
                for card_id in self.members.get(item.cluster_id, ()):
                    card = self.cards.get(card_id)
                    if card is not None:
                        start[card] = card.pos()
        start.setdefault(grabbed, grabbed.pos())
        self._drag_start = start
        for item in start:
            if isinstance(item, CardItem):
                item.setZValue(2)

    def cluster_moved(self, cluster: ClusterItem) -> None:
        """A cluster's header was dragged: its cards that aren't selected follow it."""
        if self._drag_start is None or cluster not in self._drag_start:
            return
        start = self._drag_start[cluster]
        delta = cluster.pos() - start
        for card_id in self.members.get(cluster.cluster_id, ()):
            card = self.cards.get(card_id)
            if card is None or card.isSelected():
                continue
            origin = self._drag_start.get(card)
            if origin is not None:
                card.setPos(origin + delta)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._drag_start = self._drag_start, None
        if not start or event.button() != Qt.MouseButton.LeftButton:
            return
        card_moves: dict[int, tuple[float, float]] = {}
        cluster_moves: dict[int, tuple[float, float]] = {}
        for item, origin in start.items():
            if isinstance(item, CardItem):
                item.setZValue(1)
            pos = item.pos()
            if pos == origin:
                continue
            if isinstance(item, CardItem):
                card_moves[item.card_id] = (pos.x(), pos.y())
            elif isinstance(item, ClusterItem):
                cluster_moves[item.cluster_id] = (pos.x(), pos.y())
        if not card_moves and not cluster_moves:
            return
        target = 0
        if len(card_moves) == 1 and not cluster_moves:
            target = self._loose_card_under(next(iter(card_moves)))
        self.items_dragged.emit(card_moves, cluster_moves, target)

    def _loose_card_under(self, card_id: int) -> int:
        """A loose card (not in a cluster frame) under the centre of the dropped card, or 0."""
        item = self.cards[card_id]
        centre = item.mapToScene(QPointF(geometry.CARD_WIDTH / 2, geometry.CARD_HEIGHT / 2))
        for cluster in (c.cluster for c in self.clusters.values()):
            rect = QRectF(cluster.x, cluster.y, cluster.width, cluster.height)
            if rect.contains(centre):
                return 0
        for other in self.items(centre):
            if isinstance(other, CardItem) and other is not item and other.card.cluster_id is None:
                return other.card_id
        return 0

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        views = self.views()
        item = self.itemAt(event.scenePos(), views[0].transform() if views else QTransform())
        if isinstance(item, CardItem):
            self.card_double_clicked.emit(item.card_id)
        elif isinstance(item, ClusterItem):
            self.cluster_header_double_clicked.emit(item.cluster_id)
        else:
            self.empty_double_clicked.emit(event.scenePos())
        event.accept()
