"""The view onto a board: zoom (wheel, pinch, keys), fit, pan (space+drag, middle button),
rubber-band selection, an overview map, and in-place editors for cards and cluster titles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from smartcity_desktop.domain.board import CARD_HEIGHT, CARD_WIDTH
from smartcity_desktop.ui import palette
from smartcity_desktop.ui.board_scene import BoardScene

MIN_ZOOM = 0.02
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25


class _InPlace:
    """What both in-place editors do: Enter commits (Shift+Enter, where lines are allowed,
    breaks the line), Esc cancels, clicking elsewhere commits; switching to another program or
    opening a menu is not "done typing". The editor closes itself afterwards."""

    committed: Any
    cancelled: Any
    multi_line = False
    _done = False

    def typed(self) -> str:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if enter and not (self.multi_line and shift):
            self._finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self._finish(commit=False)
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # type: ignore[misc]
        if event.reason() not in (
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.PopupFocusReason,
        ):
            self._finish(commit=True)

    def _finish(self, *, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        if commit:
            self.committed.emit(self.typed())
        else:
            self.cancelled.emit()
        self.hide()  # type: ignore[attr-defined]
        self.deleteLater()  # type: ignore[attr-defined]


class InlineTextEditor(_InPlace, QPlainTextEdit):
    """Types a card's text in place (Shift+Enter breaks the line)."""

    committed = Signal(str)
    cancelled = Signal()
    multi_line = True

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inlineCardEditor")
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet("background: #FFFDF2; border: 3px solid #0057B8;")

    def typed(self) -> str:
        return self.toPlainText()


class InlineLineEditor(_InPlace, QLineEdit):
    """Renames a cluster in place."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inlineTitleEditor")

    def typed(self) -> str:
        return self.text()


class Overview(QWidget):
    """A small map of the whole board in the view's corner; the visible part is outlined.
    Click or drag on it to move there. Redrawn from a cached picture, never while dragging."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self.setObjectName("boardOverview")
        self.view = view
        self._picture = QPixmap()
        self._content = QRectF()
        self.resize(220, 140)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview: click to move there"))

    def refresh(self) -> None:
        scene = self.view.board_scene()
        content = scene.content_rect() if scene is not None else QRectF()
        if content.isNull():
            self._picture = QPixmap()
            self.update()
            return
        self._content = content.adjusted(-40, -40, 40, 40)
        picture = QPixmap(self.size())
        picture.fill(QColor(255, 255, 255, 235))
        painter = QPainter(picture)
        s, ox, oy = self._scale()
        painter.translate(ox, oy)
        painter.scale(s, s)
        painter.translate(-self._content.x(), -self._content.y())
        # Plain rectangles drawn here, not scene.render(): thousands of cards stay cheap.
        painter.setPen(Qt.PenStyle.NoPen)
        for cluster in scene.clusters.values():
            c = cluster.cluster
            painter.setBrush(palette.cluster_fill(c.colour))
            painter.drawRect(QRectF(cluster.pos().x(), cluster.pos().y(), c.width, c.height))
        by_colour: dict[str, list[QRectF]] = {}
        for card in scene.cards.values():
            pos = card.pos()
            by_colour.setdefault(card.card.colour, []).append(
                QRectF(pos.x(), pos.y(), CARD_WIDTH, CARD_HEIGHT)
            )
        for colour, rects in by_colour.items():
            painter.setBrush(palette.strong(colour) if colour else QColor("#B8B29A"))
            painter.drawRects(rects)
        painter.end()
        self._picture = picture
        self.update()

    def _scale(self) -> tuple[float, float, float]:
        c = self._content
        s = min(self.width() / c.width(), self.height() / c.height())
        ox = (self.width() - c.width() * s) / 2
        oy = (self.height() - c.height() * s) / 2
        return s, ox, oy

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(QColor("#777777"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self._picture.isNull() or self._content.isEmpty():
            return
        painter.drawPixmap(0, 0, self._picture)
        s, ox, oy = self._scale()
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        r = QRectF(
            ox + (visible.x() - self._content.x()) * s,
            oy + (visible.y() - self._content.y()) * s,
            visible.width() * s,
            visible.height() * s,
        )
        painter.setPen(QPen(QColor("#0057B8"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r.intersected(QRectF(self.rect())))

    def _go(self, pos: QPointF) -> None:
        if self._content.isEmpty():
            return
        s, ox, oy = self._scale()
        self.view.centerOn(
            QPointF(self._content.x() + (pos.x() - ox) / s, self._content.y() + (pos.y() - oy) / s)
        )
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._go(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event.position())


class BoardView(QGraphicsView):
    """Zoom, fit and pan around a board scene."""

    zoom_changed = Signal(float)
    new_card_requested = Signal(QPointF)  # N: a new card where the mouse is
    delete_requested = Signal()
    visible_rect_changed = Signal(QRectF)  # the part of the scene in view (for the projector)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("boardView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._space_down = False
        self._pan_from: QPoint | None = None
        self.overview = Overview(self)
        self._overview_timer = QTimer(self)
        self._overview_timer.setSingleShot(True)
        self._overview_timer.setInterval(250)
        self._overview_timer.timeout.connect(self._refresh_overview)
        self.horizontalScrollBar().valueChanged.connect(self.overview.update)
        self.verticalScrollBar().valueChanged.connect(self.overview.update)
        # zoom, scroll and resize come in bursts: say where the view is once they settle
        self._visible_timer = QTimer(self)
        self._visible_timer.setSingleShot(True)
        self._visible_timer.setInterval(0)
        self._visible_timer.timeout.connect(self._emit_visible_rect)
        self._last_visible = QRectF()
        for changed in (
            self.horizontalScrollBar().valueChanged,
            self.verticalScrollBar().valueChanged,
            self.zoom_changed,
        ):
            changed.connect(lambda *_: self._visible_timer.start())

    def board_scene(self) -> BoardScene | None:
        scene = self.scene()
        return scene if isinstance(scene, BoardScene) else None

    # -- zoom ----------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            return
        if anchor is not None:
            before = self.mapToScene(anchor.toPoint())
        self.scale(factor / current, factor / current)
        if anchor is not None:
            # keep the scene point under the cursor where it was, by scrolling
            drift = self.mapFromScene(before) - anchor.toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())
        self.zoom_changed.emit(self.zoom())
        self._schedule_overview()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_to(self, rect: QRectF, margin: float = 40) -> None:
        """Show `rect` (scene coordinates) as large as the viewport allows."""
        if rect.isNull() or rect.isEmpty():
            return
        target = rect.adjusted(-margin, -margin, margin, margin)
        view = self.viewport().rect()
        factor = min(view.width() / target.width(), view.height() / target.height())
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        self.resetTransform()
        self.scale(factor, factor)
        self.centerOn(target.center())
        self.zoom_changed.emit(self.zoom())
        self._schedule_overview()

    def zoom_to_selection(self) -> None:
        """Z: show the selected cards and clusters as large as they fit (all if none)."""
        scene = self.board_scene()
        if scene is None:
            return
        rect = QRectF()
        for item in scene.selectedItems():
            rect = rect.united(item.sceneBoundingRect())
        if rect.isNull():
            self.fit_all()
        else:
            self.zoom_to(rect)

    def fit_all(self) -> None:
        scene = self.board_scene()
        if scene is not None:
            content = scene.content_rect()
            if content.isNull():
                content = QRectF(0, 0, 1200, 700)
            self.zoom_to(content)

    def wheelEvent(self, event: QWheelEvent) -> None:
        pixel = event.pixelDelta()
        modifiers = event.modifiers()
        if not pixel.isNull() and not modifiers & Qt.KeyboardModifier.ControlModifier:
            # a touchpad's two-finger scroll pans; pinch or Ctrl+scroll zooms
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120 if pixel.isNull() else pixel.y() / 60
        if steps:
            self.set_zoom(self.zoom() * ZOOM_STEP**steps, event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.NativeGesture
            and isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.set_zoom(self.zoom() * (1 + event.value()), event.position())
            return True
        if event.type() == QEvent.Type.Gesture:
            gesture = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if gesture is not None:
                self.set_zoom(self.zoom() * gesture.scaleFactor())
                return True
        return super().viewportEvent(event)

    # -- panning -------------------------------------------------------------------------------

    def _start_pan(self, pos: QPoint) -> None:
        self._pan_from = pos
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_down
        ):
            self._start_pan(event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space_down else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self._schedule_overview()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and (
            plain or event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_in()
            return
        if key == Qt.Key.Key_Minus and (
            plain or event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_out()
            return
        if (key == Qt.Key.Key_F and plain) or (
            key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.fit_all()
            return
        if key == Qt.Key.Key_Z and plain:
            self.zoom_to_selection()
            return
        if key == Qt.Key.Key_N and plain:
            cursor = self.viewport().mapFromGlobal(self.cursor().pos())
            if not self.viewport().rect().contains(cursor):
                cursor = self.viewport().rect().center()
            self.new_card_requested.emit(self.mapToScene(cursor))
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.delete_requested.emit()
            return
        if key == Qt.Key.Key_A and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            scene = self.board_scene()
            if scene is not None:
                scene.select_all_cards()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    # -- overview ------------------------------------------------------------------------------

    def _schedule_overview(self) -> None:
        self._overview_timer.start()

    def _refresh_overview(self) -> None:
        self._place_overview()
        if self.overview.isVisible():  # hidden (the whole board in view): nothing to draw
            self.overview.refresh()

    def _place_overview(self) -> None:
        viewport = self.viewport().geometry()
        self.overview.move(
            viewport.right() - self.overview.width() - 12,
            viewport.bottom() - self.overview.height() - 12,
        )
        scene = self.board_scene()
        content = scene.content_rect() if scene is not None else QRectF()
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        # only useful when part of the board is out of sight
        self.overview.setVisible(not content.isNull() and not visible.contains(content))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._place_overview()
        self._schedule_overview()
        self._visible_timer.start()

    def visible_rect(self) -> QRectF:
        """The part of the scene in view, in scene coordinates."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _emit_visible_rect(self) -> None:
        rect = self.visible_rect()
        if rect != self._last_visible:
            self._last_visible = rect
            self.visible_rect_changed.emit(rect)

    def board_changed(self) -> None:
        """The scene's content changed: redraw the overview soon."""
        self._schedule_overview()

    # -- in-place editing ----------------------------------------------------------------------

    def edit_text_at(self, scene_rect: QRectF, text: str) -> InlineTextEditor:
        """An editor over `scene_rect`, scaled with the zoom so it covers the card."""
        editor = InlineTextEditor(self.viewport())
        editor.setPlainText(text)
        self._place(editor, scene_rect, min_size=(220, 110))
        font = editor.font()
        scene = self.board_scene()
        pixels = scene.style.text_pixels if scene is not None else 17
        font.setPixelSize(max(12, int(pixels * min(max(self.zoom(), 0.6), 2.0))))
        editor.setFont(font)
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.selectAll()
        return editor

    def edit_line_at(self, scene_rect: QRectF, text: str) -> InlineLineEditor:
        editor = InlineLineEditor(self.viewport())
        editor.setText(text)
        self._place(editor, scene_rect, min_size=(240, 32))
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.selectAll()
        return editor

    def _place(self, editor: QWidget, scene_rect: QRectF, min_size: tuple[int, int]) -> None:
        rect: QRect = self.mapFromScene(scene_rect).boundingRect()
        width = max(rect.width(), min_size[0])
        height = max(rect.height(), min_size[1])
        editor.setGeometry(rect.x(), rect.y(), width, height)
