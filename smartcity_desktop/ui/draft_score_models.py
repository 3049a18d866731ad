"""Read-only tables of the strategy draft that show the agreed weighting's results: the
criteria with their weights, and the projects of a field of action with score and rank."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.domain.strategy import CriterionEntry, ProjectEntry
from smartcity_desktop.ui.catalogue_models import status_label
from smartcity_desktop.ui.models import ID_ROLE, _TableModel

Index = QModelIndex | QPersistentModelIndex
_D = Qt.ItemDataRole.DisplayRole
_TIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole


class CriteriaModel(_TableModel):
    """The criteria of the draft: K.O. or not, and the agreed weight in percent."""

    NAME, MUST, WEIGHT = range(3)

    def __init__(self, document: ProjectDocument) -> None:
        self.headers = (
            QCoreApplication.translate("DraftModels", "Criterion"),
            QCoreApplication.translate("DraftModels", "K.O."),
            QCoreApplication.translate("DraftModels", "Weight"),
        )
        super().__init__(document)
        self.reload()
        for signal in (
            document.strategy_changed,
            document.criteria_changed,
            document.weightings_changed,
        ):
            signal.connect(self.reload)

    def load(self) -> list[CriterionEntry]:
        return self.document.draft_criteria()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry: CriterionEntry = self._rows[index.row()]
        column = index.column()
        if role == _D:
            if column == self.NAME:
                return entry.name
            if column == self.MUST:
                if not entry.must:
                    return ""
                if entry.threshold is not None:
                    # a project needs at least this score, or it is out
                    return QCoreApplication.translate("DraftModels", "K.O.: at least %1").replace(
                        "%1", QLocale().toString(entry.threshold, "g", 3)
                    )
                return QCoreApplication.translate("DraftModels", "K.O.")
            if entry.weight is None:
                return ""
            return QLocale().toString(entry.weight * 100, "f", 1) + "\u00a0%"
        if role == _TIP and column == self.NAME:
            return entry.description or None
        if role == _ALIGN and column == self.WEIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FieldProjectsModel(_TableModel):
    """The projects of one field of action with their score in the agreed weighting."""

    TITLE, STATUS, SCORE, RANK = range(4)

    def __init__(self, document: ProjectDocument, field_id: int | None = None) -> None:
        self.headers = (
            QCoreApplication.translate("DraftModels", "Project"),
            QCoreApplication.translate("DraftModels", "Status"),
            QCoreApplication.translate("DraftModels", "Utility"),
            QCoreApplication.translate("DraftModels", "Rank"),
        )
        self.field_id = field_id
        super().__init__(document)
        self.reload()
        for signal in (
            document.projects_changed,
            document.weightings_changed,
            document.strategy_changed,
            document.fields_changed,
        ):
            signal.connect(self.reload)

    def set_field(self, field_id: int | None) -> None:
        if field_id != self.field_id:
            self.field_id = field_id
            self.reload()

    def load(self) -> list[ProjectEntry]:
        if self.field_id is None:
            return []
        return self.document.draft_field_projects(self.field_id)

    def project_id(self, row: int) -> int | None:
        return self._rows[row].project_id if 0 <= row < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry: ProjectEntry = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return entry.project_id
        if role == _D:
            if column == self.TITLE:
                return entry.title
            if column == self.STATUS:
                return status_label(entry.status)
            if column == self.SCORE:
                if entry.excluded:
                    return QCoreApplication.translate("DraftModels", "K.O.")
                return "" if entry.utility is None else QLocale().toString(entry.utility, "f", 2)
            return "" if entry.rank is None else str(entry.rank)
        if role == _TIP:
            if entry.excluded:
                return QCoreApplication.translate(
                    "DraftModels", "Below the threshold of a K.O. criterion"
                )
            return entry.description or None
        if role == _ALIGN and column in (self.SCORE, self.RANK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
