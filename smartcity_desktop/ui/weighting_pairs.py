"""Pairwise comparison (Paarvergleich, AHP): the model of the pairs and the list entering them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain.model import (
    Criterion,
    WeightingMethod,
)
from smartcity_desktop.ui.weighting_pair_delegate import PairDelegate, shifted_digit
from smartcity_desktop.ui.weighting_scale import (
    _D,
    _E,
    _TIP,
    EQUAL_STEP,
    EVERYONE,
    FLAG_ROLE,
    NAMES_ROLE,
    PAIR_ROLE,
    SENTENCE_ROLE,
    STEP_ROLE,
    STEPS_ROLE,
    Index,
    _hint,
    intensity,
    pair_sentence,
    step_count,
    step_value,
    value_step,
)
from smartcity_desktop.ui.weighting_source import _outcome_for, _WeightingModel


class PairsModel(_WeightingModel):
    """One row per pair of criteria (AHP or 2/1/0): first criterion, judgement, second.

    The judgement column's EditRole is the value as seen from the first criterion (AHP a_ij in
    1/9..9, 2/1/0 the first's points); None clears. STEP_ROLE is its position on the scale.
    """

    FIRST, JUDGEMENT, SECOND = range(3)

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None or not self.snap.method.is_pairwise:
            return (None,)
        return (self.snap.method, tuple(c.id for c in self.snap.criteria))

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.pairs) if self.snap.method.is_pairwise else 0

    def columns(self) -> int:
        return 3

    @property
    def judge(self) -> int | None:
        assert self.snap is not None
        return self.snap.judge(self.rater)

    def pair(self, row: int) -> tuple[Criterion, Criterion]:
        assert self.snap is not None
        i, j = self.snap.pairs[row]
        return self.snap.criteria[i], self.snap.criteria[j]

    def value(self, row: int) -> float | None:
        assert self.snap is not None
        if self.judge == EVERYONE:
            return None
        a, b = self.pair(row)
        return self.snap.pair_value(self.judge, a.id, b.id)

    def row_of(self, first_id: int, second_id: int) -> int:
        """The row of a pair given in either order; -1 if it is not compared here."""
        if self.snap is None:
            return -1
        ids = [c.id for c in self.snap.criteria]
        if first_id not in ids or second_id not in ids or first_id == second_id:
            return -1
        i, j = sorted((ids.index(first_id), ids.index(second_id)))
        return self.snap.pairs.index((i, j))

    def answered(self) -> int:
        return sum(1 for row in range(self.rowCount()) if self.value(row) is not None)

    def flag(self, row: int) -> str:
        """'revisit' for the pair most worth revisiting (CR above 0.10), 'circular' for a
        pair in a circular triad, else ''."""
        assert self.snap is not None
        outcome = _outcome_for(self.snap, self.judge)
        if outcome is None:
            return ""
        i, j = self.snap.pairs[row]
        pair = outcome.inconsistent_pair
        if (
            outcome.ahp is not None
            and not outcome.ahp.acceptable
            and pair is not None
            and {pair.i, pair.j} == {i, j}
        ):
            return "revisit"
        for triad in outcome.circular_triads:
            if i in triad and j in triad:
                return "circular"
        return ""

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        method = self.snap.method
        first, second = self.pair(index.row())
        column = index.column()
        if role == PAIR_ROLE:
            return (first.id, second.id)
        if role == NAMES_ROLE:
            return (first.name, second.name)
        if column == self.FIRST:
            return first.name if role in (_D, _TIP) else None
        if column == self.SECOND:
            return second.name if role in (_D, _TIP) else None
        value = self.value(index.row())
        if role == _D:
            return pair_sentence(method, first.name, second.name, value, rich=False)
        if role == _TIP:
            if value is None:
                return QCoreApplication.translate("WeightingModels", "Not answered yet")
            strength, _winner = intensity(method, value)
            return (
                pair_sentence(method, first.name, second.name, value, rich=False) + f" ({strength})"
            )
        if role == SENTENCE_ROLE:
            return pair_sentence(method, first.name, second.name, value)
        if role == _E:
            return value
        if role == STEP_ROLE:
            return None if value is None else value_step(method, value)
        if role == STEPS_ROLE:
            return step_count(method)
        if role == FLAG_ROLE:
            return self.flag(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if role != _D:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return [
                QCoreApplication.translate("WeightingModels", "Criterion"),
                QCoreApplication.translate("WeightingModels", "Judgement"),
                QCoreApplication.translate("WeightingModels", "Criterion"),
            ][section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.JUDGEMENT and self.writable():
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if not self._valid(index) or index.column() != self.JUDGEMENT or not self.writable():
            return False
        assert self.snap is not None
        if role == STEP_ROLE:
            value = None if value is None else step_value(self.snap.method, int(value))
        elif role != _E:
            return False
        first, second = self.pair(index.row())
        number = None if value is None else float(value)
        return self.source.run(wops.set_judgement, self.judge, first.id, second.id, number)

    def set_step(self, row: int, step: int | None) -> bool:
        return self.setData(self.index(row, self.JUDGEMENT), step, STEP_ROLE)


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
