"""Participant tables: everyone in the project, or those of one workshop with attendance."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument, commands
from smartcity_desktop.domain.model import Attendance
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.models import ID_ROLE, ParticipantsModel, attendance_label
from smartcity_desktop.ui.widgets import ChoiceDelegate


class ParticipantsTable(QWidget):
    """A participant table with the buttons that belong to it."""

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        workshop_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.workshop_id = workshop_id
        self.model = ParticipantsModel(document, workshop_id)
        self.view = QTableView(self)
        self.view.setObjectName("participantsView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(0, 200)
        self.view.setColumnWidth(1, 260)
        self.view.setColumnWidth(2, 190)
        self.view.setItemDelegateForColumn(
            ParticipantsModel.GROUP, ChoiceDelegate(self._groups, self)
        )
        if workshop_id is not None:
            self.view.setItemDelegateForColumn(
                ParticipantsModel.ATTENDANCE, ChoiceDelegate(self._attendance, self)
            )

        self.add_button = QPushButton(self.tr("New participant…"), self)
        self.add_button.clicked.connect(self.add_participant)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        if workshop_id is not None:
            self.invite_button = QPushButton(self.tr("Invite known participant"), self)
            self.invite_button.clicked.connect(self.show_invite_menu)
            self.remove_button = QPushButton(self.tr("Remove from workshop"), self)
            self.remove_button.clicked.connect(self.remove_from_workshop)
            buttons.addWidget(self.invite_button)
            buttons.addWidget(self.remove_button)
        self.delete_button = QPushButton(self.tr("Delete person…"), self)
        self.delete_button.setToolTip(self.tr("Erase this person and their data from the project"))
        self.delete_button.clicked.connect(self.delete_participant)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        for button in self.findChildren(QPushButton):
            button.setEnabled(not document.read_only)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _groups(self) -> list[tuple[str, object]]:
        return [(self.tr("(none)"), None)] + [
            (g.name, g.id) for g in self.document.stakeholder_groups()
        ]

    def _attendance(self) -> list[tuple[str, object]]:
        return [(attendance_label(a), str(a)) for a in Attendance]

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return int(index.siblingAtColumn(0).data(ID_ROLE))

    def add_participant(self) -> None:
        name = self.dialogs.get_text(self.tr("New participant"), self.tr("Name"))
        if not name or not clean_title(name):
            return
        command = commands.AddParticipantCommand(
            self.document, {"name": clean_title(name)}, self.workshop_id
        )
        if self.document.push(command):
            self._select(command.row_id)

    def _select(self, participant_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == participant_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def show_invite_menu(self) -> None:
        menu = QMenu(self)
        invited = {a.participant_id for a in self.document.attendance(self.workshop_id or 0)}
        for person in self.document.participants():
            if person.id not in invited:
                action = menu.addAction(person.name)
                action.triggered.connect(lambda _=False, pid=person.id: self.invite(pid))
        if menu.isEmpty():
            menu.addAction(self.tr("Everyone is invited already")).setEnabled(False)
        menu.popup(self.invite_button.mapToGlobal(self.invite_button.rect().bottomLeft()))

    def invite(self, participant_id: int) -> None:
        assert self.workshop_id is not None
        self.document.push(
            commands.SetAttendanceCommand(
                self.document,
                self.workshop_id,
                participant_id,
                Attendance.PRESENT,
                self.tr("Invite participant"),
            )
        )

    def remove_from_workshop(self) -> None:
        participant_id = self.selected_id()
        if participant_id is None or self.workshop_id is None:
            return
        self.document.push(
            commands.SetAttendanceCommand(
                self.document,
                self.workshop_id,
                participant_id,
                None,
                self.tr("Remove from workshop"),
            )
        )

    def delete_participant(self) -> None:
        participant_id = self.selected_id()
        if participant_id is None:
            return
        name = self.document.participant(participant_id).name
        text = self.tr(
            "Erase “%1” from the whole project, including every workshop? "
            "This can be undone while the project is open."
        ).replace("%1", name)
        entries = self.entries_warning(participant_id, name)
        if entries:
            text += "\n\n" + entries
        if self.dialogs.confirm(self.tr("Delete person"), text, self.tr("Delete")):
            self.document.push(commands.delete_participant(self.document, participant_id))

    def entries_warning(self, participant_id: int, name: str) -> str:
        """What deleting the person does to weightings (their judgements and scores go with
        them, so results change); "" if they have no entries in any."""
        used = [
            w
            for w in self.document.weightings()
            if any(j.participant_id == participant_id for j in self.document.judgements(w.id))
            or any(s.participant_id == participant_id for s in self.document.scores(w.id))
        ]
        if not used:
            return ""
        titles = ", ".join(
            (self.tr("“%1” (finished)") if w.state == "finished" else self.tr("“%1”")).replace(
                "%1", w.title
            )
            for w in used
        )
        consequence = (
            self.tr(
                "Deleting the person removes these entries and changes the results, "
                "finished ones too (Undo brings them back)."
            )
            if any(w.state == "finished" for w in used)
            else self.tr(
                "Deleting the person removes these entries and changes the results "
                "(Undo brings them back)."
            )
        )
        said = _fill(
            self.tr("%1 weighted or scored in %n weighting(s): %2.", "", len(used)), name, titles
        )
        return said + " " + consequence


def _fill(template: str, *values: str) -> str:
    """`template` with %1, %2 … replaced in one pass (a name holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)
