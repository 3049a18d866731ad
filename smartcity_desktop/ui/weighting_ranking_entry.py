"""Weights entered as a ranking (rank sum, ROC): the model and the reorderable table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain.model import (
    Criterion,
    WeightingMethod,
)
from smartcity_desktop.ui.weighting_scale import (
    _ALIGN,
    _CHECK,
    _D,
    _E,
    _TIP,
    EVERYONE,
    ID_ROLE,
    RIGHT,
    VALUE_ROLE,
    Index,
    _hint,
    percent,
)
from smartcity_desktop.ui.weighting_source import _WeightingModel

RANKING_MIME = "application/x-smartcity-ranking-row"


class RankingModel(_WeightingModel):
    """A ranking of the criteria, best first: rows in rank order (criteria not ranked yet at
    the end, in the weighting's order). Moving a row or tying it with the one above sets every
    rank in one command."""

    RANK, CRITERION, TIED, WEIGHT = range(4)

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None or not self.snap.method.is_ranking:
            return (None,)
        return (tuple(sorted(c.id for c in self.snap.criteria)),)

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.criteria) if self.snap.method.is_ranking else 0

    def columns(self) -> int:
        return 4

    @property
    def judge(self) -> int | None:
        assert self.snap is not None
        return self.snap.judge(self.rater)

    def ranks(self) -> dict[int, int]:
        """Criterion id → rank as entered (only the ranked ones)."""
        assert self.snap is not None
        if self.judge == EVERYONE:
            return {}
        result = {}
        for c in self.snap.criteria:
            value = self.snap.criterion_value(self.judge, c.id)
            if value is not None:
                result[c.id] = round(value)
        return result

    def order(self) -> list[Criterion]:
        """The criteria as listed: by rank, then the unranked ones."""
        assert self.snap is not None
        ranks = self.ranks()
        position = {c.id: k for k, c in enumerate(self.snap.criteria)}
        return sorted(
            self.snap.criteria,
            key=lambda c: (c.id not in ranks, ranks.get(c.id, 0), position[c.id]),
        )

    def complete(self) -> bool:
        return self.snap is not None and len(self.ranks()) == len(self.snap.criteria)

    def tied(self) -> list[bool]:
        """Per row: shares the rank of the row above."""
        ranks = self.ranks()
        order = self.order()
        flags = [False] * len(order)
        for k in range(1, len(order)):
            a, b = order[k - 1].id, order[k].id
            flags[k] = a in ranks and b in ranks and ranks[a] == ranks[b]
        return flags

    @staticmethod
    def ranks_of(flags: Sequence[bool]) -> list[int]:
        """Competition ranks (1, 1, 3) of a list where some rows tie with the row above."""
        ranks: list[int] = []
        for k, tied in enumerate(flags):
            ranks.append(ranks[-1] if tied and k else k + 1)
        return ranks

    def _commit(self, order: Sequence[Criterion], flags: Sequence[bool], text: str) -> bool:
        ranks = self.ranks_of(flags)
        entries: dict[tuple[int, int | None], float | None] = {
            (c.id, None): float(r) for c, r in zip(order, ranks, strict=True)
        }
        return self.source.run(wops.set_judgements, self.judge, entries, text)

    def rank_as_listed(self) -> bool:
        """Take the order shown as the ranking (the first step for a new weighting)."""
        if not self.writable():
            return False
        return self._commit(
            self.order(),
            self.tied(),
            QCoreApplication.translate("WeightingModels", "Rank the criteria"),
        )

    def move(self, row: int, to_row: int) -> bool:
        """Move a criterion to another place; it gets a rank of its own."""
        count = self.rowCount()
        if not self.writable() or not (0 <= row < count) or not (0 <= to_row < count):
            return False
        if row == to_row and self.complete():
            return False
        order, flags = self.order(), self.tied()
        item = order.pop(row)
        flags.pop(row)
        order.insert(to_row, item)
        flags.insert(to_row, False)
        flags[0] = False
        return self._commit(
            order,
            flags,
            QCoreApplication.translate("WeightingModels", "Move a criterion in the ranking"),
        )

    def set_tied(self, row: int, tied: bool) -> bool:
        if not self.writable() or not 0 < row < self.rowCount():
            return False
        flags = self.tied()
        if flags[row] == tied and self.complete():
            return False
        flags[row] = tied
        text = (
            QCoreApplication.translate("WeightingModels", "Same rank as above")
            if tied
            else QCoreApplication.translate("WeightingModels", "A rank of its own")
        )
        return self._commit(self.order(), flags, text)

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        row, column = index.row(), index.column()
        criterion = self.order()[row]
        ranks = self.ranks()
        if role == ID_ROLE:
            return criterion.id
        if column == self.RANK:
            if role == _D:
                return f"{ranks[criterion.id]}." if criterion.id in ranks else "–"
            return RIGHT if role == _ALIGN else None
        if column == self.CRITERION:
            if role == _D:
                return criterion.name
            return (criterion.description or None) if role == _TIP else None
        if column == self.TIED:
            if role == _CHECK and row > 0:
                return Qt.CheckState.Checked if self.tied()[row] else Qt.CheckState.Unchecked
            if role == _TIP and row > 0:
                return QCoreApplication.translate(
                    "WeightingModels", "Same rank as the criterion above (a tie)"
                )
            return None
        weights = self.snap.weights_of(self.judge)
        position = [c.id for c in self.snap.criteria].index(criterion.id)
        weight = weights[position] if weights else None
        if role == _D:
            return percent(weight)
        if role == VALUE_ROLE:
            return weight
        return RIGHT if role == _ALIGN else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if role == _D and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return [
                QCoreApplication.translate("WeightingModels", "Rank"),
                QCoreApplication.translate("WeightingModels", "Criterion"),
                QCoreApplication.translate("WeightingModels", "Same rank as above"),
                QCoreApplication.translate("WeightingModels", "Weight"),
            ][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.ItemIsDropEnabled if self.writable() else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.writable():
            base |= Qt.ItemFlag.ItemIsDragEnabled  # dropped between rows, never onto one
            if index.column() == self.TIED and index.row() > 0:
                base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if role != _CHECK or not self._valid(index) or index.column() != self.TIED:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        return self.set_tied(index.row(), checked)

    # dragging a row to another place
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [RANKING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(RANKING_MIME, str(rows[0] if rows else -1).encode())
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(RANKING_MIME) or action == Qt.DropAction.IgnoreAction:
            return False
        source_row = int(bytes(data.data(RANKING_MIME).data()).decode() or -1)
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        if source_row < 0:
            return False
        if target > source_row:
            target -= 1  # dropping below itself: the row is taken out first
        self.move(source_row, min(target, self.rowCount() - 1))
        # The document moved it; the view must not remove the dragged row itself.
        return False


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
