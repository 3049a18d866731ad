"""The ranking table of a weighting's result: one row per ranked project, best first, the
leader highlighted; rows move (layoutChanged) when a what-if reorders them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

_LEADER_FILL = QColor("#FFF3C4")


@dataclass(frozen=True)
class RankRow:
    """One line of the ranking table."""

    project_id: int
    rank: str
    title: str
    utility: str
    field: str
    move: str
    leader: bool


class RankingModel(QAbstractTableModel):
    """The ranked projects, best first; rows move (layoutChanged) when a what-if reorders them."""

    RANK, PROJECT, UTILITY, FIELD, MOVE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RankRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> list[str]:
        return [
            self.tr("Rank"),
            self.tr("Project"),
            self.tr("Utility"),
            self.tr("Field of action"),
            self.tr("What-if"),
        ]

    def set_rows(self, rows: list[RankRow]) -> None:
        old_ids = [r.project_id for r in self.rows]
        new_ids = [r.project_id for r in rows]
        if sorted(old_ids) != sorted(new_ids):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        if old_ids != new_ids:
            self.layoutAboutToBeChanged.emit()
            where = {pid: n for n, pid in enumerate(new_ids)}
            old = self.persistentIndexList()
            self.rows = rows
            self.changePersistentIndexList(
                old, [self.index(where[old_ids[i.row()]], i.column()) for i in old]
            )
            self.layoutChanged.emit()
            return
        changed = [n for n, (a, b) in enumerate(zip(self.rows, rows, strict=True)) if a != b]
        self.rows = rows
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], self.MOVE))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 5
        ):
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.rank, row.title, row.utility, row.field, row.move)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.UTILITY, self.MOVE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.leader:
            return _LEADER_FILL
        if role == Qt.ItemDataRole.FontRole and row.leader:
            return self._bold
        return None
