"""Entering a weighting by keyboard or mouse: pairs read as sentences on Saaty's scale (or 2/1/0),
points, a ranking, the live weights with their warnings, AHP's consistency, the comparison
matrix and the score table.

Nothing here keeps its own truth: every widget shows the models of `weighting_models.py`, and
every entry is one command on the document (a score typed, a pair set, a ranking reordered).
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain import weighting as wm
from smartcity_desktop.domain.model import WeightingMethod
from smartcity_desktop.ui.weighting_models import (
    ACCENT,
    EQUAL_STEP,
    EVERYONE,
    FLAG_ROLE,
    ID_ROLE,
    NAMES_ROLE,
    PAIR_ROLE,
    SENTENCE_ROLE,
    STEP_ROLE,
    STEPS_ROLE,
    VALUE_ROLE,
    WARNING,
    MatrixModel,
    PairsModel,
    PointsModel,
    RankingModel,
    RatersModel,
    ScoresModel,
    Snapshot,
    WeightingSource,
    WeightsModel,
    _number,
    _outcome_for,
    criterion_anchors,
    intensity,
    pair_sentence,
    scale_label,
    step_value,
)

Index = QModelIndex | QPersistentModelIndex
ROW_TINT = QColor("#EEF5FB")
SEGMENT_BORDER = QColor("#C3CCD4")
EQUAL_FILL = QColor("#F2F4F6")
TEXT = QColor("#1A1A1A")
QUIET = QColor("#8A939B")
OK_GREEN = QColor("#007A5A")


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5A6570;")
    return label


# -- pairs: one sentence per pair on a segmented scale -----------------------------------------


class PairDelegate(QStyledItemDelegate):
    """Paints a pair as a sentence over a segmented scale 9 … 1 … 9, the two criteria named
    under its ends (the first on the left), and sets the judgement when a segment is clicked."""

    PAD = 10.0
    GAP = 3.0

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        sentence = QFont(option.font)
        sentence.setPointSizeF(option.font.pointSizeF() * 1.2)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.92)
        return sentence, small

    def _sentence(self, index: Index, font: QFont, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(max(width, 50.0))
        text = index.data(SENTENCE_ROLE) or ""
        if index.data(STEP_ROLE) is None:
            doc.setHtml(f'<span style="color:{QUIET.name()}"><i>{text}</i></span>')
        else:
            doc.setHtml(f'<span style="color:{TEXT.name()}">{text}</span>')
        return doc

    def _number_width(self, option: QStyleOptionViewItem) -> float:
        return QFontMetricsF(option.font).horizontalAdvance("000.") + 8

    def _segment_height(self, option: QStyleOptionViewItem) -> float:
        return max(28.0, QFontMetricsF(option.font).height() + 12)

    def _row_width(self, option: QStyleOptionViewItem) -> float:
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            return float(view.viewport().width())
        return float(option.rect.width())

    def _text_left(self, option: QStyleOptionViewItem) -> float:
        return option.rect.left() + self.PAD + self._number_width(option)

    def _text_width(self, option: QStyleOptionViewItem) -> float:
        return max(200.0, self._row_width(option) - 2 * self.PAD - self._number_width(option))

    def _sentence_height(self, option: QStyleOptionViewItem, index: Index) -> float:
        sentence_font, _small = self._fonts(option)
        return self._sentence(index, sentence_font, self._text_width(option)).size().height()

    def segment_rects(self, option: QStyleOptionViewItem, index: Index) -> list[QRectF]:
        """The scale's segments, left to right, under the sentence."""
        steps = int(index.data(STEPS_ROLE) or 17)
        metrics = QFontMetricsF(option.font)
        if steps == 3:
            width = max(metrics.horizontalAdvance(t) for t in pairwise_labels()) + 32
        else:
            width = max(32.0, metrics.horizontalAdvance("9") + 20)
        available = self._text_width(option) - 110  # room for a "revisit" tag
        total = steps * width + (steps - 1) * self.GAP
        if total > available:
            width = max(14.0, (available - (steps - 1) * self.GAP) / steps)
        top = option.rect.top() + self.PAD + self._sentence_height(option, index) + 8
        left = self._text_left(option)
        height = self._segment_height(option)
        return [QRectF(left + k * (width + self.GAP), top, width, height) for k in range(steps)]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        _sentence, small = self._fonts(option)
        height = (
            self.PAD
            + self._sentence_height(option, index)
            + 8
            + self._segment_height(option)
            + 3
            + QFontMetricsF(small).height()
            + self.PAD
        )
        return QSize(int(self._row_width(option)) - 2, int(height + 0.5))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(option.rect)
        current = bool(option.state & QStyle.StateFlag.State_Selected)
        flag = index.data(FLAG_ROLE) or ""
        painter.fillRect(r, ROW_TINT if current else QColor("white"))
        if current or flag:
            painter.fillRect(QRectF(r.left(), r.top(), 4, r.height()), WARNING if flag else ACCENT)
        painter.setPen(QPen(QColor("#E3E7EB"), 1))
        painter.drawLine(r.bottomLeft(), r.bottomRight())
        sentence_font, small = self._fonts(option)
        painter.setFont(option.font)
        painter.setPen(QUIET)
        painter.drawText(
            QRectF(r.left() + self.PAD, r.top() + self.PAD, self._number_width(option) - 10, 24),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            f"{index.row() + 1}.",
        )
        doc = self._sentence(index, sentence_font, self._text_width(option))
        painter.save()
        painter.translate(self._text_left(option), r.top() + self.PAD - 2)
        doc.drawContents(painter)
        painter.restore()
        rects = self.segment_rects(option, index)
        self._paint_scale(painter, option, index, rects)
        self._paint_names(painter, index, rects, small)
        if flag:
            tag = revisit_tag() if flag == "revisit" else circular_tag()
            painter.setFont(option.font)
            painter.setPen(WARNING.darker(120))
            painter.drawText(
                QRectF(rects[-1].right() + 12, rects[0].top(), 110, rects[0].height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                tag,
            )
        painter.restore()

    def _paint_names(
        self, painter: QPainter, index: Index, rects: list[QRectF], font: QFont
    ) -> None:
        """The first criterion under the scale's left end, the second under its right end."""
        first, second = index.data(NAMES_ROLE) or ("", "")
        metrics = QFontMetricsF(font)
        left, right = rects[0].left(), rects[-1].right()
        half = (right - left) / 2 - 6
        top = rects[0].bottom() + 3
        painter.setFont(font)
        painter.setPen(QColor("#56616B"))
        for text, rect, align in (
            (f"◀ {first}", QRectF(left, top, half, metrics.height()), Qt.AlignmentFlag.AlignLeft),
            (
                f"{second} ▶",
                QRectF(right - half, top, half, metrics.height()),
                Qt.AlignmentFlag.AlignRight,
            ),
        ):
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, rect.width())
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)

    def _paint_scale(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, rects: list[QRectF]
    ) -> None:
        steps = len(rects)
        chosen = index.data(STEP_ROLE)
        labels = pairwise_labels() if steps == 3 else ahp_labels()
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled) and bool(
            index.flags() & Qt.ItemFlag.ItemIsEditable
        )  # a finished weighting: the scale shows the answers, quietly
        for k, rect in enumerate(rects):
            selected = chosen == k
            if selected:
                fill, pen, text_colour = ACCENT, ACCENT, QColor("white")
            else:
                middle = k == (steps - 1) // 2
                fill = EQUAL_FILL if middle else QColor("white")
                pen, text_colour = SEGMENT_BORDER, QColor("#4A5560")
            if not enabled and not selected:
                text_colour, pen = QUIET, QColor("#DDE2E6")
            painter.setPen(QPen(pen, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            font = QFont(option.font)
            font.setBold(selected)
            painter.setFont(font)
            painter.setPen(text_colour)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), labels[k])

    def helpEvent(self, event: Any, view: QAbstractItemView, option: Any, index: Index) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            steps = int(index.data(STEPS_ROLE) or 17)
            for k, rect in enumerate(self.segment_rects(option, index)):
                if rect.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), segment_tooltip(steps, k, index), view)
                    return True
        return super().helpEvent(event, view, option, index)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and model.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            for k, rect in enumerate(self.segment_rects(option, index)):
                if rect.contains(event.position()):
                    model.setData(index, k, STEP_ROLE)
                    return True
        return super().editorEvent(event, model, option, index)


def ahp_labels() -> list[str]:
    return [str(k) for k in range(9, 1, -1)] + ["1"] + [str(k) for k in range(2, 10)]


def pairwise_labels() -> list[str]:
    return [
        QCoreApplication.translate("PairDelegate", "◀ more important"),
        QCoreApplication.translate("PairDelegate", "equal"),
        QCoreApplication.translate("PairDelegate", "more important ▶"),
    ]


def revisit_tag() -> str:
    return QCoreApplication.translate("PairDelegate", "⚠ revisit")


def circular_tag() -> str:
    return QCoreApplication.translate("PairDelegate", "⚠ circular")


def segment_tooltip(steps: int, step: int, index: Index) -> str:
    first, second = index.data(NAMES_ROLE) or ("", "")
    method = WeightingMethod.AHP if steps == 17 else WeightingMethod.PAIRWISE
    value = step_value(method, step)
    strength, _winner = intensity(method, value)
    text = pair_sentence(method, first, second, value, rich=False)
    if steps == 17:
        text += f" ({strength}: {scale_label(strength)})"
    return text


# German keyboards put § on Shift+3 and / on Shift+7; US ones @ and & elsewhere.
_SHIFTED_DE = {"!": 1, '"': 2, "§": 3, "$": 4, "%": 5, "&": 6, "/": 7, "(": 8, ")": 9}
_SHIFTED_US = {"!": 1, "@": 2, "#": 3, "$": 4, "%": 5, "^": 6, "&": 7, "*": 8, "(": 9}


def shifted_digit(text: str) -> int | None:
    """The digit under a shifted symbol on the keyboard in use (German or US layout)."""
    language = QGuiApplication.inputMethod().locale().language()
    table = _SHIFTED_DE if language == QLocale.Language.German else _SHIFTED_US
    return table.get(text)


class PairsView(QListView):
    """The pairs as a list of sentences.

    AHP: 1–9 set the strength toward the left criterion, Shift+digit (or − then a digit)
    toward the right one; − flips an answer; ←/→ step along the scale; Del clears; ↑/↓ and
    Enter move between pairs. 2/1/0: ← the left one, = or Space equal, → the right one.
    """

    flip_armed = Signal(bool)  # − was pressed on an unanswered pair: the next digit goes right

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairsView")
        self.setItemDelegate(PairDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setSpacing(0)
        self._flip = False

    def pairs(self) -> PairsModel:
        model = self.model()
        assert isinstance(model, PairsModel)
        return model

    def select_row(self, row: int) -> None:
        if 0 <= row < self.pairs().rowCount():
            index = self.pairs().index(row, PairsModel.JUDGEMENT)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def segment_center(self, row: int, step: int) -> QPointF:
        """Where a segment of a row is on screen (viewport coordinates), for a click."""
        index = self.pairs().index(row, PairsModel.JUDGEMENT)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        delegate = self.itemDelegate()
        assert isinstance(delegate, PairDelegate)
        return delegate.segment_rects(option, index)[step].center()

    def _set(self, row: int, value: float | None) -> None:
        index = self.pairs().index(row, PairsModel.JUDGEMENT)
        self.pairs().setData(index, value)

    def _arm(self, armed: bool) -> None:
        if armed != self._flip:
            self._flip = armed
            self.flip_armed.emit(armed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if not isinstance(model, PairsModel) or model.rowCount() == 0:
            super().keyPressEvent(event)
            return
        key = event.key()
        row = max(self.currentIndex().row(), 0)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.select_row(min(row + 1, model.rowCount() - 1))
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.select_row(row + (1 if key == Qt.Key.Key_Down else -1))
            return
        index = model.index(row, PairsModel.JUDGEMENT)
        if not self.currentIndex().isValid():
            self.select_row(row)
        editable = bool(model.flags(index) & Qt.ItemFlag.ItemIsEditable)
        if not editable:
            if event.text().strip() or event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                model.source.message.emit(model.why_read_only())
            super().keyPressEvent(event)
            return
        handled = (
            self._ahp_key(event, row, index)
            if model.snap is not None and model.snap.method == WeightingMethod.AHP
            else self._pairwise_key(event, row)
        )
        if not handled:
            super().keyPressEvent(event)

    def _ahp_key(self, event: QKeyEvent, row: int, index: QModelIndex) -> bool:
        key, text = event.key(), event.text()
        value = index.data(Qt.ItemDataRole.EditRole)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        digit: int | None = None
        code = int(key)
        if Qt.Key.Key_1.value <= code <= Qt.Key.Key_9.value:
            digit = code - Qt.Key.Key_0.value
        elif text and shifted_digit(text) is not None:
            digit, shift = shifted_digit(text), True
        if digit is not None:
            toward_second = shift or self._flip
            self._arm(False)
            self._set(row, 1.0 / digit if toward_second else float(digit))
            return True
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Slash) or text in ("-", "−"):
            if value is None:
                self._arm(not self._flip)
            else:
                self._set(row, 1.0 / value)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = index.data(STEP_ROLE)
            move = -1 if key == Qt.Key.Key_Left else 1
            new = EQUAL_STEP + move if step is None else min(max(step + move, 0), 16)
            self.pairs().set_step(row, new)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._arm(False)
            self._set(row, None)
            return True
        return False

    def _pairwise_key(self, event: QKeyEvent, row: int) -> bool:
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_Left:
            self.pairs().set_step(row, 0)
        elif key == Qt.Key.Key_Right:
            self.pairs().set_step(row, 2)
        elif key in (Qt.Key.Key_Equal, Qt.Key.Key_Space) or text == "=":
            self.pairs().set_step(row, 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._set(row, None)
        else:
            return False
        return True


class PairsEntry(QWidget):
    """The pairs to compare, how many are answered, and the keys."""

    def __init__(self, model: PairsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.count = QLabel(self)
        self.count.setObjectName("pairsAnswered")
        self.count.setStyleSheet("font-weight: 600;")
        self.keys = _hint("", self)
        self.keys.setObjectName("pairsKeys")
        self.view = PairsView(self)
        self.view.setModel(model)
        self.view.setModelColumn(PairsModel.JUDGEMENT)
        self.view.flip_armed.connect(self._armed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.keys)
        model.modelReset.connect(self.refresh)
        model.dataChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        snap = self.model.snap
        total = self.model.rowCount()
        self.count.setText(
            self.tr("%1 of %n pair(s) answered", "", total).replace(
                "%1", str(self.model.answered())
            )
        )
        ahp = snap is not None and snap.method == WeightingMethod.AHP
        self.keys.setText(
            self.tr(
                "Keys: 1–9 = how much more important the left one is · Shift+digit (or − then "
                "a digit) = the right one · − flips · ←/→ step along the scale · Del clears · "
                "↑/↓ or Enter = next pair"
            )
            if ahp
            else self.tr(
                "Keys: ← the left one is more important · = or Space: equal · → the right one · "
                "Del clears · ↑/↓ or Enter = next pair"
            )
        )
        if self.view.currentIndex().row() < 0 and total:
            self.view.select_row(0)

    def _armed(self, armed: bool) -> None:
        if armed:
            self.keys.setText(self.tr("The next digit counts for the right-hand criterion."))
        else:
            self.refresh()


# -- points and ranks ---------------------------------------------------------------------------


class PointsDelegate(QStyledItemDelegate):
    """A spin box 0–100; Enter, ↑ and ↓ save the points and move to the next criterion."""

    moved = Signal(int)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 100)
        spin.setFrame(False)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        if editor.value() != index.data(Qt.ItemDataRole.EditRole) or index.data() == "":
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            keys = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.key() in keys and isinstance(editor, QWidget):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.moved.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(editor, event)


class PointsEntry(QWidget):
    """100 points spread over the criteria, with how many are left."""

    def __init__(self, model: PointsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("pointsTable")
        self.table.setModel(model)
        self.delegate = PointsDelegate(self.table)
        self.table.setItemDelegateForColumn(PointsModel.POINTS, self.delegate)
        self.delegate.moved.connect(self._moved)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PointsModel.CRITERION, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.allocated = QLabel(self)
        self.allocated.setObjectName("pointsAllocated")
        self.allocated.setStyleSheet("font-weight: 600;")
        note = _hint(
            self.tr(
                "Type the points of each criterion; Enter moves on. The weights are the points "
                "divided by their total, so the total need not be exactly 100."
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.allocated)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        model.modelReset.connect(self.refresh)
        model.dataChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        total = self.model.allocated()
        shown = _number(total)
        if total <= 100:
            text = (
                self.tr("%1 of 100 points allocated, %2 left")
                .replace("%1", shown)
                .replace("%2", _number(100 - total))
            )
        else:
            text = (
                self.tr("%1 of 100 points allocated, %2 too many (the weights are normalised)")
                .replace("%1", shown)
                .replace("%2", _number(total - 100))
            )
        self.allocated.setText(text)
        self.allocated.setStyleSheet(
            "font-weight: 600;" + (f" color: {WARNING.darker(130).name()};" if total > 100 else "")
        )
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, PointsModel.POINTS))

    def _moved(self, step: int) -> None:
        index = self.table.currentIndex()
        row = min(max(index.row() + step, 0), self.model.rowCount() - 1)
        self.table.setCurrentIndex(self.model.index(row, PointsModel.POINTS))


class RankingView(QTableView):
    """The ranking: drag a row, or Alt+↑/↓ to move the current criterion; Space on the
    "same rank" column ties it with the one above."""

    def ranking(self) -> RankingModel:
        model = self.model()
        assert isinstance(model, RankingModel)
        return model

    def move_current(self, step: int) -> bool:
        row = self.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.ranking().rowCount():
            return False
        column = max(self.currentIndex().column(), 0)
        if self.ranking().move(row, target):
            self.setCurrentIndex(self.ranking().index(target, column))
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class RankingEntry(QWidget):
    """A ranking of the criteria, most important first, ties allowed."""

    def __init__(self, model: RankingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = RankingView(self)
        self.table.setObjectName("rankingTable")
        self.table.setModel(model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        # DragDrop, not InternalMove: the model takes only its own rows (mimeTypes) and moves
        # them by a command; the view must not remove the dragged row itself.
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RankingModel.CRITERION, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setObjectName("rankingStatus")
        self.status.setStyleSheet("font-weight: 600;")
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setObjectName("rankUp")
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setObjectName("rankDown")
        self.take_button = QPushButton(self.tr("Take this order as the ranking"), self)
        self.take_button.setObjectName("rankAsListed")
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.take_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = _hint(
            self.tr(
                "Drag a criterion into place, or move the current one with Alt+↑ / Alt+↓. Tick "
                "“Same rank as above” for a tie. Rank 1 is the most important."
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self.up_button.clicked.connect(lambda: self.table.move_current(-1))
        self.down_button.clicked.connect(lambda: self.table.move_current(1))
        self.take_button.clicked.connect(model.rank_as_listed)
        model.modelReset.connect(self.refresh)
        model.dataChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        complete = self.model.complete()
        snap = self.model.snap
        kind = (
            self.tr("rank-order centroid")
            if snap is not None and snap.method == WeightingMethod.RANK_ROC
            else self.tr("rank sum")
        )
        if complete:
            self.status.setText(self.tr("Ranked; weights by %1.").replace("%1", kind))
        else:
            self.status.setText(
                self.tr("Not ranked yet: put the criteria in order (weights by %1).").replace(
                    "%1", kind
                )
            )
        writable = self.model.writable()
        self.take_button.setVisible(not complete)
        for button in (self.up_button, self.down_button, self.take_button):
            button.setEnabled(writable)
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, RankingModel.CRITERION))


# -- the weights, their warnings and AHP's consistency --------------------------------------------


class WeightBarDelegate(QStyledItemDelegate):
    """A weight as a quiet bar with its percentage at the right end of the cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(VALUE_ROLE)
        if not isinstance(value, float):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        model = index.model()
        values = [model.index(r, index.column()).data(VALUE_ROLE) for r in range(model.rowCount())]
        most = max((v for v in values if isinstance(v, float)), default=0.0) or 1.0
        r = QRectF(option.rect).adjusted(6, 6, -6, -6)
        text_width = QFontMetricsF(option.font).horizontalAdvance("100.0 %") + 8
        bar = QRectF(
            r.left(), r.top(), max(0.0, (r.width() - text_width) * value / most), r.height()
        )
        painter.save()
        painter.fillRect(bar, QColor("#9CC3E4"))
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.setFont(option.font)
        painter.drawText(r, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if isinstance(index.data(VALUE_ROLE), float):
            size.setWidth(max(size.width(), 110))
        return size


def criteria_names(snap: Snapshot, indexes: Any) -> str:
    return ", ".join(f"“{snap.criteria[i].name}”" for i in indexes)


class ConsistencyPanel(QWidget):
    """λ_max, CI and CR with the random index named; above 0.10 the pair worth revisiting and
    a button to take the value the other answers suggest (one undoable step)."""

    show_pair = Signal(int, int)  # criterion ids

    def __init__(self, source: WeightingSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.judge: int | None = None
        self.figures = QLabel(self)
        self.figures.setObjectName("consistencyFigures")
        self.figures.setStyleSheet("font-size: 11pt;")
        self.figures.setWordWrap(True)
        self.random_index = _hint("", self)
        self.random_index.setObjectName("randomIndex")
        self.verdict = QLabel(self)
        self.verdict.setObjectName("consistencyVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.use_button = QPushButton(self.tr("Use suggested value"), self)
        self.use_button.setObjectName("useSuggested")
        self.show_button = QPushButton(self.tr("Show this pair"), self)
        self.show_button.setObjectName("showRevisitPair")
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        title = QLabel(self.tr("Consistency"), self)
        title.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.figures)
        layout.addWidget(self.random_index)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)
        self.use_button.clicked.connect(self.use_suggested)
        self.show_button.clicked.connect(self._show)
        self._pair: tuple[int, int, float] | None = None  # ids and the suggested value

    def refresh(self, snap: Snapshot | None, judge: int | None) -> None:
        self.judge = judge
        self._pair = None
        self.use_button.hide()
        self.show_button.hide()
        self.verdict.setStyleSheet("")
        if snap is None or snap.method != WeightingMethod.AHP:
            self.hide()
            return
        self.show()
        n = len(snap.criteria)
        outcome = _outcome_for(snap, judge)
        ahp = outcome.ahp if outcome is not None else None
        if ahp is None:
            answered = snap.answered(judge) if judge != EVERYONE else 0
            self.figures.setText(
                self.tr("λ_max, CI and CR appear once every pair is answered (%1 of %2).")
                .replace("%1", str(answered))
                .replace("%2", str(len(snap.pairs)))
                if judge != EVERYONE
                else self.tr("λ_max, CI and CR appear once a participant has answered every pair.")
            )
            self.random_index.setText(self._ri_text(n))
            self.verdict.setText("")
            return
        self.figures.setText(
            f"λ_max = {_number(ahp.lambda_max, 3)}    CI = {_number(ahp.ci, 3)}    "
            f"CR = {_number(ahp.cr, 3)}"
        )
        self.random_index.setText(self._ri_text(n))
        if n <= 2:
            self.verdict.setText(
                self.tr("With two criteria the answers cannot contradict each other (CR = 0).")
            )
            return
        if ahp.acceptable:
            self.verdict.setText(self.tr("Consistent enough: CR is at most 0.10."))
            self.verdict.setStyleSheet(f"color: {OK_GREEN.name()};")
            return
        self.verdict.setStyleSheet(
            f"color: {WARNING.darker(140).name()}; background: #FDF0E8; padding: 6px;"
            " border-left: 4px solid #D55E00;"
        )
        text = (
            "<b>"
            + html.escape(
                self.tr("CR = %1 is above 0.10: some answers contradict each other.").replace(
                    "%1", _number(ahp.cr, 3)
                )
            )
            + "</b>"
        )
        pair = outcome.inconsistent_pair
        if pair is not None:
            text += "<br>" + html.escape(self.revisit_text(snap, pair))
            a, b = snap.criteria[pair.i], snap.criteria[pair.j]
            self.show_button.show()
            if not math_close(pair.suggested, pair.current):
                self._pair = (a.id, b.id, pair.suggested)
                can_edit = not snap.read_only and judge != EVERYONE
                self.use_button.setVisible(can_edit)
        self.verdict.setText(text)

    def _ri_text(self, n: int) -> str:
        if n < 3:
            return self.tr("Random Index: Saaty (1980); not needed for %1 criteria.").replace(
                "%1", str(n)
            )
        ri = wm.SAATY_1980_RI.get(n)
        return (
            self.tr("Random Index: Saaty (1980), RI = %1 for n = %2")
            .replace("%1", _number(ri, 2) if ri is not None else "?")
            .replace("%2", str(n))
        )

    def revisit_text(self, snap: Snapshot, pair: wm.InconsistentPair) -> str:
        """ "Revisit: Klima vs. Kosten — now “Klima is much more important than Kosten (5)”;
        consistent with the other answers would be “moderately (3)”"."""
        a, b = snap.criteria[pair.i], snap.criteria[pair.j]
        method = WeightingMethod.AHP
        now_strength, now_winner = intensity(method, pair.current)
        now = pair_sentence(method, a.name, b.name, pair.current, rich=False)
        now += f" ({now_strength})"
        strength, winner = intensity(method, pair.suggested)
        if math_close(pair.suggested, pair.current):
            return (
                self.tr(
                    "Revisit: %1 vs. %2 — now “%3”; no other value on the scale fits "
                    "better, so talk this pair through again."
                )
                .replace("%1", a.name)
                .replace("%2", b.name)
                .replace("%3", now)
            )
        if winner == now_winner and winner >= 0:
            suggested = f"{scale_label(strength)} ({strength})"
        else:
            suggested = pair_sentence(method, a.name, b.name, pair.suggested, rich=False)
            suggested += f" ({strength})"
        return (
            self.tr(
                "Revisit: %1 vs. %2 — now “%3”; consistent with the other answers would be “%4”."
            )
            .replace("%1", a.name)
            .replace("%2", b.name)
            .replace("%3", now)
            .replace("%4", suggested)
        )

    def use_suggested(self) -> bool:
        if self._pair is None:
            return False
        first, second, value = self._pair
        return self.source.run(wops.set_judgement, self.judge, first, second, value)

    def _show(self) -> None:
        snap = self.source.snapshot
        outcome = _outcome_for(snap, self.judge) if snap is not None else None
        pair = outcome.inconsistent_pair if outcome is not None else None
        if snap is not None and pair is not None:
            self.show_pair.emit(snap.criteria[pair.i].id, snap.criteria[pair.j].id)


def math_close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


class WeightsPanel(QScrollArea):
    """The live weights, what to look at (zero weights, circular triads, who is missing), AHP's
    consistency and, per participant, the raters with their progress; scrolls when long."""

    rater_picked = Signal(int)

    def __init__(
        self,
        source: WeightingSource,
        weights: WeightsModel,
        raters: RatersModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weightsPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        self.source = source
        self.title = QLabel(self.tr("Resulting weights"), inner)
        self.title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.table = QTableView(inner)
        self.table.setObjectName("weightsTable")
        self.table.setModel(weights)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(WeightsModel.WEIGHT, WeightBarDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setMinimumSectionSize(28)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings = QLabel(inner)
        self.warnings.setObjectName("weightWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {WARNING.darker(140).name()};")
        self.consistency = ConsistencyPanel(source, inner)
        self.raters_title = QLabel(self.tr("Participants"), inner)
        self.raters_title.setStyleSheet("font-weight: 600;")
        self.raters = QTableView(inner)
        self.raters.setObjectName("ratersTable")
        self.raters.setModel(raters)
        self.raters.verticalHeader().hide()
        self.raters.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raters.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.raters.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.raters.clicked.connect(self._picked)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.warnings)
        layout.addWidget(self.consistency)
        layout.addWidget(self.raters_title)
        layout.addWidget(self.raters)
        layout.addStretch(1)
        self.setWidget(inner)
        for model, table in ((weights, self.table), (raters, self.raters)):
            model.modelReset.connect(lambda t=table: self._fit(t))
            model.dataChanged.connect(lambda *_a, t=table: self._fit(t))
        self._fit(self.table)
        self._fit(self.raters)

    def _fit(self, table: QTableView) -> None:
        """Columns: the first takes the room, the numbers what they need; the table as high as
        its rows (the panel scrolls, not the table). The count of raters is said below the
        weights, not repeated in every row."""
        header = table.horizontalHeader()
        columns = table.model().columnCount()
        for column in range(columns):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == 0
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        if table is self.table:
            table.setColumnHidden(WeightsModel.RATERS, columns == 5)
            table.setColumnHidden(3, columns == 4)  # RATERS when there is no "own" column
            table.resizeRowsToContents()
        height = header.sizeHint().height() + table.verticalHeader().length()
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit(self.table)  # wrapped names change the row heights

    def _picked(self, index: QModelIndex) -> None:
        pid = index.data(ID_ROLE)
        if pid is not None:
            self.rater_picked.emit(int(pid))

    def refresh(self, snap: Snapshot | None, judge: int | None) -> None:
        per_participant = snap is not None and snap.judged_by_participants
        self.raters_title.setVisible(per_participant or bool(snap and snap.scored_by_participants))
        self.raters.setVisible(self.raters_title.isVisible())
        self.consistency.refresh(snap, judge)
        self.warnings.setText(self.warning_text(snap, judge) if snap is not None else "")
        self.warnings.setVisible(bool(self.warnings.text()))

    def warning_text(self, snap: Snapshot, judge: int | None) -> str:
        lines: list[str] = []
        outcome = _outcome_for(snap, judge)
        method = snap.method
        if snap.judged_by_participants:
            raters = snap.evaluation.weights.raters
            done = sum(1 for r in raters if r.weights is not None)
            lines.append(
                self.tr(
                    "Group weights from %1 of %2 participants (those who have answered everything)."
                )
                .replace("%1", str(done))
                .replace("%2", str(max(len(snap.people), len(raters))))
            )
            if method == WeightingMethod.AHP and judge == EVERYONE:
                lines.append(
                    self.tr(
                        "AHP: the participants' judgements are combined by their geometric mean, "
                        "pair by pair."
                    )
                )
        weights = snap.weights_of(judge)
        if weights is None and judge != EVERYONE:
            needed = snap.entries_needed()
            answered = snap.answered(judge)
            if method.is_pairwise:
                lines.append(
                    self.tr("The weights appear once every pair is answered (%1 of %2).")
                    .replace("%1", str(answered))
                    .replace("%2", str(needed))
                )
            elif method == WeightingMethod.POINTS:
                lines.append(
                    self.tr(
                        "The weights appear once every criterion has its points (0 is fine) "
                        "or all 100 points are given."
                    )
                )
            else:
                lines.append(self.tr("The weights appear once the criteria are ranked."))
        if weights is not None:
            zero = wm.zero_weight_criteria(weights)
            if zero:
                why = (
                    self.tr("it lost every comparison")
                    if method == WeightingMethod.PAIRWISE
                    else self.tr("it has no points")
                )
                lines.append(
                    self.tr("%1 get(s) no weight at all (%2) — is that intended?")
                    .replace("%1", criteria_names(snap, zero))
                    .replace("%2", why)
                )
        triads = outcome.circular_triads if outcome is not None else ()
        for a, b, c in triads:
            names = [snap.criteria[k].name for k in (a, b, c)]
            lines.append(
                self.tr(
                    "Circular: %1 > %2 > %3 > %1 — one of these three answers is "
                    "probably not meant that way."
                )
                .replace("%1", names[0])
                .replace("%2", names[1])
                .replace("%3", names[2])
            )
        return "\n".join(lines)


# -- the comparison matrix ----------------------------------------------------------------------


class MatrixPanel(QWidget):
    """The whole matrix at a glance; clicking a cell goes to that pair's row."""

    pair_clicked = Signal(int, int)  # criterion ids

    def __init__(self, model: MatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.note = _hint("", self)
        self.note.setObjectName("matrixNote")
        self.table = QTableView(self)
        self.table.setObjectName("matrixTable")
        self.table.setModel(model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(64)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.table.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        model.modelReset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        snap = self.model.snap
        if snap is not None and snap.method == WeightingMethod.PAIRWISE:
            self.note.setText(
                self.tr(
                    "Each cell: the points of the row's criterion against the column's (2 more "
                    "important, 1 equal, 0 less). Bold: the row's criterion wins. Click a cell to "
                    "change that pair."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Each cell: how much more important the row's criterion is than the "
                    "column's (3 = moderately, 1/3 = the other way round). Bold: the row's "
                    "criterion wins. Click a cell to change that pair."
                )
            )
        columns = self.model.columnCount()
        if columns:
            self.table.horizontalHeader().resizeSection(columns - 1, 90)

    def _clicked(self, index: QModelIndex) -> None:
        pair = index.data(PAIR_ROLE)
        if pair is not None:
            self.pair_clicked.emit(int(pair[0]), int(pair[1]))


# -- scores ---------------------------------------------------------------------------------------


_COMPLETE = re.compile(r"10|\d[.,]\d")  # nothing can follow: commit at once


class ScoreDelegate(QStyledItemDelegate):
    """Shows what is being typed into a cell; F2 or a double click opens a plain line edit."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        view = self.parent()
        if isinstance(view, ScoresView):
            typed = view.typed(index)
            if typed is not None:
                option.text = typed + "▏"
                option.backgroundBrush = QColor("#FFF6CC")
                option.palette.setColor(QPalette.ColorRole.HighlightedText, TEXT)
                option.palette.setColor(QPalette.ColorRole.Highlight, QColor("#FFE680"))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else _number(value, 2))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        shown = "" if value is None else _number(value, 2)
        if editor.text().strip() != shown:
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ScoresView(QTableView):
    """Scores typed without opening an editor: digits (and , or .) go into the current cell;
    Space, Tab or → commit and move right (at the end of a row to the next row), Enter commits
    and moves down, Esc drops what was typed, Del clears the selected cells; a complete number
    (10, or one with a decimal) commits and moves right by itself. Ctrl+V pastes a block from a
    spreadsheet in one step, Ctrl+C copies the selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoresTable")
        self.setItemDelegate(ScoreDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self._typed = ""
        self._cell = QPersistentModelIndex()
        self._advanced_from = QPersistentModelIndex()  # a complete number moved on by itself

    def scores(self) -> ScoresModel:
        model = self.model()
        assert isinstance(model, ScoresModel)
        return model

    def typed(self, index: Index) -> str | None:
        if self._typed and self._cell.isValid() and QModelIndex(self._cell) == QModelIndex(index):
            return self._typed
        return None

    def _set_typed(self, text: str, cell: QModelIndex | None = None) -> None:
        old = QModelIndex(self._cell)
        self._typed = text
        if cell is not None:
            self._cell = QPersistentModelIndex(cell)
        for index in (old, QModelIndex(self._cell)):
            if index.isValid():
                self.update(index)

    def commit_typed(self) -> bool:
        """Save what was typed into its cell; False (and nothing changes) if refused."""
        if not self._typed:
            return True
        text, cell = self._typed, QModelIndex(self._cell)
        self._set_typed("")
        if not cell.isValid():
            return False
        return self.scores().setData(cell, text)

    def step(self, rows: int, columns: int) -> None:
        """Move the current cell; moving right past the end of a row goes to the next row."""
        index = self.currentIndex()
        model = self.scores()
        if not index.isValid() or not model.rowCount():
            return
        row, column = index.row() + rows, index.column() + columns
        if column >= model.columnCount():
            row, column = row + 1, 0
        elif column < 0:
            row, column = row - 1, model.columnCount() - 1
        if 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        advanced_from = QModelIndex(self._advanced_from)
        self._advanced_from = QPersistentModelIndex()
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        key, text = event.key(), event.text()
        command = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if text and (text.isdigit() or text in ",.") and not command:
            self._type(text)
            return
        typing = bool(self._typed)
        if key == Qt.Key.Key_Escape and typing:
            self._set_typed("")
            return
        if key == Qt.Key.Key_Backspace and typing:
            self._set_typed(self._typed[:-1])
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_selected()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if advanced_from.isValid():  # "10" then Enter: the cell below the 10
                self.setCurrentIndex(advanced_from)
            if self.commit_typed():
                self.step(1, 0)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Space) or (key == Qt.Key.Key_Right and typing):
            if advanced_from.isValid():
                return  # a complete number moved on already
            if self.commit_typed():
                self.step(0, 1)
            return
        if key == Qt.Key.Key_Backtab:
            if self.commit_typed():
                self.step(0, -1)
            return
        moving = key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left)
        if typing and moving and not self.commit_typed():
            return
        super().keyPressEvent(event)

    def _type(self, char: str) -> None:
        index = self.currentIndex()
        model = self.scores()
        if not index.isValid():
            return
        if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            model.source.message.emit(model.why_read_only())
            return
        if char in ",." and any(c in self._typed for c in ",."):
            return
        self._set_typed(self._typed + char, index)
        if _COMPLETE.fullmatch(self._typed):
            cell = QModelIndex(self._cell)
            if self.commit_typed():
                self.step(0, 1)
                if self.currentIndex() != cell:
                    self._advanced_from = QPersistentModelIndex(
                        model.index(cell.row(), cell.column())
                    )

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._typed and QModelIndex(self._cell) != current:
            self.commit_typed()  # a click elsewhere keeps what was typed
        super().currentChanged(current, previous)

    def focusOutEvent(self, event: Any) -> None:
        if self._typed:
            self.commit_typed()
        super().focusOutEvent(event)

    def selected_cells(self) -> list[tuple[int, int]]:
        cells = {(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()}
        current = self.currentIndex()
        if not cells and current.isValid():
            cells = {(current.row(), current.column())}
        return sorted(cells)

    def clear_selected(self) -> bool:
        cells = self.selected_cells()
        return bool(cells) and self.scores().clear(cells)

    def paste(self) -> bool:
        cells = self.selected_cells()
        if not cells:
            return False
        row, column = cells[0]
        return self.scores().set_block(row, column, QGuiApplication.clipboard().text())

    def copy(self) -> None:
        cells = self.selected_cells()
        if not cells:
            return
        rows = sorted({r for r, _c in cells})
        columns = sorted({c for _r, c in cells})
        model = self.scores()
        lines = []
        for r in rows:
            values = []
            for c in columns:
                value = model.index(r, c).data(VALUE_ROLE)
                values.append("" if value is None else _number(value, 2))
            lines.append("\t".join(values))
        QGuiApplication.clipboard().setText("\n".join(lines))


class ScoresEntry(QWidget):
    """The score table with the current criterion's anchors and the excluded projects."""

    def __init__(self, model: ScoresModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.status = QLabel(self)
        self.status.setObjectName("scoresStatus")
        self.status.setStyleSheet("font-weight: 600;")
        self.view = ScoresView(self)
        self.view.setModel(model)
        header = self.view.horizontalHeader()
        header.setDefaultSectionSize(120)
        header.setMinimumSectionSize(70)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.verticalHeader().setDefaultSectionSize(34)
        self.anchors = QLabel(self)
        self.anchors.setObjectName("scoreAnchors")
        self.anchors.setWordWrap(True)
        self.anchors.setTextFormat(Qt.TextFormat.RichText)
        self.anchors.setStyleSheet(
            "background: #F4F7FA; border: 1px solid #DDE3E8; padding: 8px; font-size: 11pt;"
        )
        self.exclusions = QLabel(self)
        self.exclusions.setObjectName("scoreExclusions")
        self.exclusions.setWordWrap(True)
        self.exclusions.setStyleSheet(f"color: {WARNING.darker(140).name()};")
        self.keys = _hint(
            self.tr(
                "Type a score from 0 to 10 (7,5 or 7.5). Space, Tab or → moves right, Enter "
                "moves down, Del clears, Ctrl+V pastes a block copied from a spreadsheet."
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.anchors)
        layout.addWidget(self.exclusions)
        layout.addWidget(self.keys)
        model.modelReset.connect(self.refresh)
        model.dataChanged.connect(self.refresh)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        model.modelReset.connect(self._reconnect)
        self.refresh()

    def _reconnect(self) -> None:
        self._current_changed()

    def refresh(self, *_args: object) -> None:
        snap = self.model.snap
        if snap is None:
            return
        total = len(snap.projects) * len(snap.criteria)
        scorer = self.model.scorer
        if scorer == EVERYONE:
            self.status.setText(
                self.tr("All participants: the mean of each cell, with the range in brackets.")
            )
        else:
            entered = snap.scores_entered(scorer)
            who = self.tr("the group") if scorer is None else snap.person(scorer)
            self.status.setText(
                self.tr("Scores of %1: %2 of %3 cells")
                .replace("%1", who)
                .replace("%2", str(entered))
                .replace("%3", str(total))
            )
        if not snap.criteria or not snap.projects:
            self.status.setText(
                self.tr("There is nothing to score: the weighting needs criteria and projects.")
            )
        lines = [
            f"{snap.projects[row].title} — {self.model.excluded_reason(row)}"
            for row in range(self.model.rowCount())
            if self.model.excluded_reason(row)
        ]
        self.exclusions.setText("\n".join(lines))
        self.exclusions.setVisible(bool(lines))
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._current_changed()

    def _current_changed(self, *_args: object) -> None:
        snap = self.model.snap
        index = self.view.currentIndex()
        if snap is None or not index.isValid() or index.column() >= len(snap.criteria):
            self.anchors.setText("")
            return
        lines = criterion_anchors(snap.criteria[index.column()]).split("\n")
        self.anchors.setText(
            f"<b>{html.escape(lines[0])}</b><br>" + "<br>".join(html.escape(x) for x in lines[1:])
            if len(lines) > 1
            else f"<b>{html.escape(lines[0])}</b><br>"
            + html.escape(self.tr("No anchors described for this criterion."))
        )
