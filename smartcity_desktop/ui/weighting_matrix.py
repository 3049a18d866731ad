"""The comparison matrix of a pairwise weighting: the model and its panel."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QFont,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.domain.model import (
    WeightingMethod,
)
from smartcity_desktop.ui.weighting_scale import (
    _ALIGN,
    _BG,
    _D,
    _FG,
    _FONT,
    _TIP,
    CENTRE,
    EVERYONE,
    MUTED,
    PAIR_ROLE,
    RIGHT,
    VALUE_ROLE,
    WIN_TINT,
    Index,
    _hint,
    ahp_number,
    pair_sentence,
    percent,
    plain_number,
)
from smartcity_desktop.ui.weighting_source import _WeightingModel


class MatrixModel(_WeightingModel):
    """The n × n comparison matrix (read-only) with the weights: a_ij above 1 means the row's
    criterion matters more. For 2/1/0 the points, their row sum and the weights."""

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None or not self.snap.method.is_pairwise:
            return (None,)
        return (self.snap.method, tuple(c.id for c in self.snap.criteria))

    def n(self) -> int:
        assert self.snap is not None
        return len(self.snap.criteria) if self.snap.method.is_pairwise else 0

    def rows(self) -> int:
        return self.n()

    def columns(self) -> int:
        n = self.n()
        if not n:
            return 0
        assert self.snap is not None
        return n + (2 if self.snap.method == WeightingMethod.PAIRWISE else 1)

    @property
    def judge(self) -> int | None:
        assert self.snap is not None
        return self.snap.judge(self.rater)

    def cell(self, i: int, j: int) -> float | None:
        """a_ij (AHP) or the points of i against j (2/1/0); for EVERYONE the aggregate."""
        assert self.snap is not None
        if i == j:
            return 1.0 if self.snap.method == WeightingMethod.AHP else None
        a, b = self.snap.criteria[i], self.snap.criteria[j]
        if self.judge != EVERYONE:
            return self.snap.pair_value(self.judge, a.id, b.id)
        return self._aggregate().get((i, j))

    def _aggregate(self) -> dict[tuple[int, int], float]:
        """Complete participants' judgements: geometric mean (AHP), arithmetic mean (2/1/0)."""
        assert self.snap is not None
        snap = self.snap
        complete = [
            r.participant_id for r in snap.evaluation.weights.raters if r.weights is not None
        ]
        result: dict[tuple[int, int], float] = {}
        if not complete:
            return result
        for i, j in snap.pairs:
            a, b = snap.criteria[i].id, snap.criteria[j].id
            values = [snap.pair_value(p, a, b) for p in complete]
            present = [v for v in values if v is not None]
            if len(present) != len(values):
                continue
            if snap.method == WeightingMethod.AHP:
                mean = math.exp(sum(math.log(v) for v in present) / len(present))
                result[(i, j)], result[(j, i)] = mean, 1.0 / mean
            else:
                mean = sum(present) / len(present)
                result[(i, j)], result[(j, i)] = mean, 2.0 - mean
        return result

    def _text(self, value: float | None, diagonal: bool) -> str:
        assert self.snap is not None
        if diagonal:
            return "1" if self.snap.method == WeightingMethod.AHP else "—"
        if value is None:
            return ""
        if self.snap.method == WeightingMethod.AHP:
            return ahp_number(value)
        return plain_number(value, 2)

    def _points_sum(self, i: int) -> float | None:
        values = [self.cell(i, j) for j in range(self.n()) if j != i]
        if any(v is None for v in values):
            return None
        return sum(v for v in values if v is not None)

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        i, j, n = index.row(), index.column(), self.n()
        if j >= n:
            return self._extra(i, j - n, role)
        value = self.cell(i, j)
        wins = value is not None and i != j and value > (1.0 + 1e-9)
        if role == _D:
            return self._text(value, i == j)
        if role == VALUE_ROLE:
            return value
        if role == _ALIGN:
            return CENTRE
        if role == PAIR_ROLE and i != j:
            return (self.snap.criteria[i].id, self.snap.criteria[j].id)
        if role == _FONT and wins:
            font = QFont()
            font.setBold(True)
            return font
        if role == _BG and wins:
            return QBrush(WIN_TINT)
        if role == _FG and (i == j or (value is not None and value < 1 - 1e-9)):
            return QBrush(MUTED)
        if role == _TIP and i != j:
            a, b = self.snap.criteria[i].name, self.snap.criteria[j].name
            if value is None:
                return QCoreApplication.translate("WeightingModels", "Not answered yet")
            if self.judge == EVERYONE and self.snap.method == WeightingMethod.AHP:
                return QCoreApplication.translate(
                    "WeightingModels", "Geometric mean of the participants: %1"
                ).replace("%1", ahp_number(value))
            return pair_sentence(self.snap.method, a, b, value, rich=False)
        return None

    def _extra(self, i: int, extra: int, role: int) -> Any:
        assert self.snap is not None
        is_points = self.snap.method == WeightingMethod.PAIRWISE and extra == 0
        if role == _ALIGN:
            return RIGHT
        if is_points:
            total = self._points_sum(i)
            if role == _D:
                return "" if total is None else plain_number(total, 2)
            return total if role == VALUE_ROLE else None
        weights = self._weights()
        weight = weights[i] if weights else None
        if role == _D:
            return percent(weight)
        if role == VALUE_ROLE:
            return weight
        if role == _FONT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _weights(self) -> tuple[float, ...] | None:
        assert self.snap is not None
        return self.snap.weights_of(self.judge)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if self.snap is None:
            return None
        n = self.n()
        if orientation == Qt.Orientation.Vertical and 0 <= section < n:
            name = self.snap.criteria[section].name
            if role == _D:
                return f"{section + 1}  {name}"
            return name if role == _TIP else None
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columns():
            return None
        if section < n:
            if role == _D:
                return str(section + 1)
            return self.snap.criteria[section].name if role == _TIP else None
        if role != _D:
            return None
        if self.snap.method == WeightingMethod.PAIRWISE and section == n:
            return QCoreApplication.translate("WeightingModels", "Points")
        return QCoreApplication.translate("WeightingModels", "Weight")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


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
