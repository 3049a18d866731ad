"""A workshop in the working area: who takes part, and the agenda."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument, commands
from smartcity_desktop.domain.model import Attendance, WorkshopKind
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.models import ID_ROLE, AgendaModel
from smartcity_desktop.ui.participants_page import ParticipantsTable


def kind_label(kind: WorkshopKind) -> str:
    if kind == WorkshopKind.WORKSHOP:
        return QCoreApplication.translate("WorkshopPage", "Workshop")
    return QCoreApplication.translate("WorkshopPage", "Expert talk")


class WorkshopPage(QWidget):
    """Participants (with attendance) and agenda of one workshop."""

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
        self.heading = QLabel(self)
        self.heading.setObjectName("workshopHeading")
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.summary = QLabel(self)
        self.summary.setObjectName("workshopSummary")

        self.participants = ParticipantsTable(document, dialogs, workshop_id, self)

        self.agenda = AgendaModel(document, workshop_id)
        self.agenda_view = QTableView(self)
        self.agenda_view.setObjectName("agendaView")
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.verticalHeader().hide()
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setColumnWidth(0, 280)
        self.agenda_view.setColumnWidth(1, 80)
        self.agenda_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        add_item = QPushButton(self.tr("Add agenda item…"), self)
        add_item.clicked.connect(self.add_agenda_item)
        delete_item = QPushButton(self.tr("Delete agenda item"), self)
        delete_item.clicked.connect(self.delete_agenda_item)
        add_item.setEnabled(not document.read_only)
        delete_item.setEnabled(not document.read_only)
        agenda_buttons = QHBoxLayout()
        agenda_buttons.addWidget(add_item)
        agenda_buttons.addWidget(delete_item)
        agenda_buttons.addStretch(1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("Participants"), top))
        top_layout.addWidget(self.participants)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("Agenda"), bottom))
        bottom_layout.addWidget(self.agenda_view)
        bottom_layout.addLayout(agenda_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        document.workshop_changed.connect(self._workshop_changed)
        document.attendance_changed.connect(self._workshop_changed)
        self.refresh()

    def _workshop_changed(self, workshop_id: int) -> None:
        if workshop_id == self.workshop_id:
            self.refresh()

    def refresh(self) -> None:
        try:
            workshop = self.document.workshop(self.workshop_id)
        except KeyError:
            return
        self.heading.setText(workshop.title)
        attendance = self.document.attendance(self.workshop_id)
        present = sum(1 for a in attendance if a.attendance == Attendance.PRESENT)
        excused = len(attendance) - present
        parts = [kind_label(workshop.kind)]
        if workshop.date:
            parts.append(workshop.date)
        if workshop.start_time:
            parts.append(
                f"{workshop.start_time}–{workshop.end_time}"
                if workshop.end_time
                else workshop.start_time
            )
        if workshop.place:
            parts.append(workshop.place)
        parts.append(
            self.tr("%1 present, %2 excused")
            .replace("%1", str(present))
            .replace("%2", str(excused))
        )
        self.summary.setText(" · ".join(parts))

    def add_agenda_item(self) -> None:
        title = self.dialogs.get_text(self.tr("Add agenda item"), self.tr("Title"))
        if title and clean_title(title):
            self.document.push(
                commands.add_agenda_item(self.document, self.workshop_id, clean_title(title))
            )

    def delete_agenda_item(self) -> None:
        index = self.agenda_view.currentIndex()
        if index.isValid():
            item_id = int(index.siblingAtColumn(0).data(ID_ROLE))
            self.document.push(commands.delete_agenda_item(self.document, item_id))
