"""The weightings of a workshop: the list model and the page with "New weighting…"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
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

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain import evaluation as ev
from smartcity_desktop.domain.model import (
    Weighting,
)
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.weighting_scale import (
    _ALIGN,
    _D,
    ID_ROLE,
    RIGHT,
    Index,
    method_label,
    plain_number,
    state_label,
    who_label,
)
from smartcity_desktop.ui.weighting_setup import WeightingSetupDialog


class WeightingsModel(QAbstractTableModel):
    """The weightings of a workshop: title, method, who judges, state, size, CR (AHP)."""

    TITLE, METHOD, WHO, STATE, CRITERIA, PROJECTS, CR = range(7)

    def __init__(
        self, document: ProjectDocument, workshop_id: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.workshop_id = workshop_id
        self._rows: list[tuple[Weighting, ev.Evaluation]] = self._load()
        document.weightings_changed.connect(self.reload)
        document.criteria_changed.connect(self.reload)
        document.projects_changed.connect(self.reload)

    def _load(self) -> list[tuple[Weighting, ev.Evaluation]]:
        criteria, projects = self.document.criteria(), self.document.projects()
        rows = []
        for w in self.document.weightings(self.workshop_id):
            evaluation = ev.evaluate(
                w, criteria, projects, self.document.judgements(w.id), self.document.scores(w.id)
            )
            rows.append((w, evaluation))
        return rows

    def reload(self) -> None:
        rows = self._load()
        if [w.id for w, _e in rows] == [w.id for w, _e in self._rows] and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.CR))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def weighting_id(self, row: int) -> int:
        return self._rows[row][0].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        w, evaluation = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return w.id
        if role == _ALIGN and column in (self.CRITERIA, self.PROJECTS, self.CR):
            return RIGHT
        if role != _D:
            return None
        if column == self.TITLE:
            return w.title
        if column == self.METHOD:
            return method_label(w.method)
        if column == self.WHO:
            return (
                QCoreApplication.translate("WeightingModels", "weights: %1 · scores: %2")
                .replace("%1", who_label(w.judged_by))
                .replace("%2", who_label(w.scored_by))
            )
        if column == self.STATE:
            return state_label(w.state)
        if column == self.CRITERIA:
            return str(len(evaluation.criteria))
        if column == self.PROJECTS:
            return str(len(evaluation.projects))
        ahp = evaluation.weights.ahp
        if ahp is None:
            return ""
        return plain_number(ahp.cr, 3) + ("" if ahp.acceptable else " ⚠")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if role == _D and orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return [
                QCoreApplication.translate("WeightingModels", "Title"),
                QCoreApplication.translate("WeightingModels", "Method"),
                QCoreApplication.translate("WeightingModels", "Who judges"),
                QCoreApplication.translate("WeightingModels", "State"),
                QCoreApplication.translate("WeightingModels", "Criteria"),
                QCoreApplication.translate("WeightingModels", "Projects"),
                QCoreApplication.translate("WeightingModels", "CR"),
            ][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# -- the workshop's weightings ------------------------------------------------------------------


class WeightingsPage(QWidget):
    """The weightings of one workshop, and "New weighting…"."""

    navigate = Signal(object)  # a navigator node: the new weighting, or the criteria page

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        workshop_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.workshop_id = workshop_id
        heading = QLabel(self.tr("Weightings"), self)
        heading.setObjectName("weightingsHeading")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.workshop_label = QLabel(self)
        self.workshop_label.setObjectName("weightingsWorkshop")
        intro = QLabel(
            self.tr(
                "In a weighting, the group agrees on how much each criterion counts (points, "
                "a ranking, Paarvergleich or AHP) and scores the projects against the criteria "
                "(Nutzwertanalyse). Double-click a weighting to open it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = WeightingsModel(document, workshop_id, self)
        self.table = QTableView(self)
        self.table.setObjectName("weightingsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(
            self.tr("No weighting yet in this workshop. Start one with “New weighting…”."), self
        )
        self.empty_label.setObjectName("weightingsEmpty")
        self.new_button = QPushButton(self.tr("New weighting…"), self)
        self.new_button.setObjectName("newWeighting")
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openWeighting")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.workshop_label)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.new_weighting)
        self.open_button.clicked.connect(self.open_current)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.model.modelReset.connect(self.refresh)
        document.workshop_changed.connect(self._workshop_changed)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.workshop_label.setText(self.document.workshop(self.workshop_id).title)
        except KeyError:
            self.workshop_label.setText("")
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        self.open_button.setEnabled(has_rows)
        self.new_button.setEnabled(not self.document.read_only)
        if has_rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _workshop_changed(self, workshop_id: int) -> None:
        if workshop_id == self.workshop_id:
            self.refresh()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_weighting(self.model.weighting_id(index.row()))

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def open_weighting(self, weighting_id: int) -> None:
        self.navigate.emit(Node("weighting", weighting_id, self.workshop_id))

    def new_weighting(self) -> bool:
        """Ask for the method, criteria and projects; start the weighting and open it."""
        if not self.document.criteria():
            if self.dialogs.confirm(
                self.tr("New weighting"),
                self.tr(
                    "The criteria catalogue is empty. A weighting needs criteria to weight: add "
                    "them (or the demo catalogue) on the criteria page first."
                ),
                self.tr("Go to the criteria"),
            ):
                self.navigate.emit(Node("criteria"))
            return False
        count = len(self.document.weightings(self.workshop_id))
        dialog = WeightingSetupDialog(
            self.document,
            self,
            title=self.tr("Weighting %1").replace("%1", str(count + 1)),
        )
        try:
            if not self.dialogs.run(dialog):
                return False
            values = dialog.values()
        finally:
            dialog.deleteLater()
        try:
            command = wops.start_weighting(
                self.document,
                self.workshop_id,
                str(values["title"]),
                str(values["method"]),
                values["criterion_ids"],  # type: ignore[arg-type]
                values["project_ids"],  # type: ignore[arg-type]
                judged_by=str(values["judged_by"]),
                scored_by=str(values["scored_by"]),
            )
        except (ValueError, KeyError) as error:
            self.dialogs.warn(self.tr("New weighting"), str(error))
            return False
        if not self.document.push(command):
            return False
        self.open_weighting(command.new_ids[0])
        return True
