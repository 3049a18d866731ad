"""Weights entered as points: the model and its entry table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain.model import (
    WeightingMethod,
)
from smartcity_desktop.ui.weighting_scale import (
    _ALIGN,
    _D,
    _E,
    _TIP,
    EVERYONE,
    ID_ROLE,
    RIGHT,
    VALUE_ROLE,
    WARNING,
    Index,
    _hint,
    percent,
    plain_number,
)
from smartcity_desktop.ui.weighting_source import _WeightingModel


class PointsModel(_WeightingModel):
    """100-point allocation: one row per criterion with its points and resulting weight."""

    CRITERION, POINTS, WEIGHT = range(3)

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None or self.snap.method != WeightingMethod.POINTS:
            return (None,)
        return (tuple(c.id for c in self.snap.criteria),)

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.criteria) if self.snap.method == WeightingMethod.POINTS else 0

    def columns(self) -> int:
        return 3

    @property
    def judge(self) -> int | None:
        assert self.snap is not None
        return self.snap.judge(self.rater)

    def points(self, row: int) -> float | None:
        assert self.snap is not None
        if self.judge == EVERYONE:
            return None
        return self.snap.criterion_value(self.judge, self.snap.criteria[row].id)

    def allocated(self) -> float:
        return sum(self.points(row) or 0 for row in range(self.rowCount()))

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        criterion = self.snap.criteria[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return criterion.id
        if column == self.CRITERION:
            if role == _D:
                return criterion.name
            return criterion.description or None if role == _TIP else None
        if column == self.POINTS:
            points = self.points(index.row())
            if role == _D:
                return "" if points is None else plain_number(points)
            if role == _E:
                return 0 if points is None else round(points)
            return RIGHT if role == _ALIGN else None
        weights = self.snap.weights_of(self.judge)
        weight = weights[index.row()] if weights else None
        if role == _D:
            return percent(weight)
        if role == VALUE_ROLE:
            return weight
        return RIGHT if role == _ALIGN else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if role == _D and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return [
                QCoreApplication.translate("WeightingModels", "Criterion"),
                QCoreApplication.translate("WeightingModels", "Points"),
                QCoreApplication.translate("WeightingModels", "Weight"),
            ][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.POINTS and self.writable():
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if role != _E or not self._valid(index) or index.column() != self.POINTS:
            return False
        if not self.writable():
            return False
        assert self.snap is not None
        try:
            points = None if value in (None, "") else float(str(value).replace(",", "."))
        except ValueError:
            self.source.message.emit(
                QCoreApplication.translate(
                    "WeightingModels", "“%1” is not a number of points."
                ).replace("%1", value)
            )
            return False
        if points is not None and not 0 <= points <= 100:
            self.source.message.emit(
                QCoreApplication.translate("WeightingModels", "Points go from 0 to 100.")
            )
            return False
        criterion = self.snap.criteria[index.row()]
        return self.source.run(wops.set_judgement, self.judge, criterion.id, None, points)


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
        shown = plain_number(total)
        if total <= 100:
            text = (
                self.tr("%1 of 100 points allocated, %2 left")
                .replace("%1", shown)
                .replace("%2", plain_number(100 - total))
            )
        else:
            text = (
                self.tr("%1 of 100 points allocated, %2 too many (the weights are normalised)")
                .replace("%1", shown)
                .replace("%2", plain_number(total - 100))
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
