"""The minutes (Protokoll) of one workshop, laid out for typing live while it runs.

Left: the workshop's data (the same fields as its properties panel, plus the minute-taker) and
the agenda with a notes editor for the selected item. Right: decisions, action items, photos,
attendance and free remarks. Pictures dropped anywhere on the page become photos. Every change
is one undoable step on disk; typing into a notes or remarks field merges into one step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument, commands
from smartcity_desktop.document import minutes_ops as ops
from smartcity_desktop.domain.model import Attendance
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.minutes_lists import ActionItemsPanel, DecisionsPanel
from smartcity_desktop.ui.minutes_photos import PhotosPanel, dropped_files
from smartcity_desktop.ui.minutes_settings import MinutesSettingsPanel
from smartcity_desktop.ui.models import ID_ROLE, AgendaModel
from smartcity_desktop.ui.participants_page import ParticipantsTable
from smartcity_desktop.ui.properties import WorkshopProperties
from smartcity_desktop.ui.widgets import CommitLineEdit, CommitTextEdit

HEADING_STYLE = "font-size: 18pt; font-weight: 600;"
SECTION_STYLE = "font-weight: 600;"


def edit_agenda_notes(
    document: ProjectDocument, item_id: int, notes: str
) -> commands.SetFieldsCommand:
    """Notes typed into one agenda item: consecutive commits merge into one undo step."""
    return commands.SetFieldsCommand(
        document,
        "agenda_item",
        item_id,
        {"notes": notes},
        QCoreApplication.translate("Commands", "Edit agenda notes"),
        mergeable=True,
    )


class MinutesPage(QWidget):
    """Everything the minutes of one workshop record, editable while the workshop runs."""

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        settings: prefs.Settings,
        workshop_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.settings = settings
        self.workshop_id = workshop_id
        self.setAcceptDrops(not document.read_only)
        self._notes_item: int | None = None  # the agenda item the notes editor shows

        self.heading = QLabel(self)
        self.heading.setObjectName("minutesHeading")
        self.heading.setStyleSheet(HEADING_STYLE)
        self.summary = QLabel(self)
        self.summary.setObjectName("minutesSummary")
        self.export_button = QPushButton(self.tr("Export minutes (PDF)…"), self)
        self.export_button.setObjectName("exportMinutes")
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        top.addLayout(titles, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_left())
        splitter.addWidget(self._build_right())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 660])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        document.workshop_changed.connect(self._workshop_changed)
        document.attendance_changed.connect(self._workshop_changed)
        document.minutes_changed.connect(self._refresh_counts)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _build_left(self) -> QWidget:
        left = QWidget(self)
        self.header = WorkshopProperties(self.document, self.workshop_id, left)
        self.header.setObjectName("minutesHeader")
        self.minute_taker_edit = CommitLineEdit(left)
        self.minute_taker_edit.setObjectName("minuteTaker")
        self.minute_taker_edit.setReadOnly(self.document.read_only)
        self.minute_taker_edit.committed.connect(
            lambda text: self._edit_minutes("minute_taker", clean_title(text))
        )
        form = self.header.findChild(QFormLayout)
        assert form is not None
        form.addRow(self.tr("Minutes taken by"), self.minute_taker_edit)
        self.header.layout().setContentsMargins(0, 0, 0, 0)

        self.agenda = AgendaModel(self.document, self.workshop_id)
        self.agenda.modelReset.connect(self._reselect_agenda_item)
        self.agenda_view = QTableView(left)
        self.agenda_view.setObjectName("minutesAgendaView")
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.verticalHeader().hide()
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_view.horizontalHeader().setSectionResizeMode(
            AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.agenda_view.setColumnWidth(AgendaModel.MINUTES, 70)
        self.agenda_view.hideColumn(AgendaModel.NOTES)  # edited below, in full
        self.agenda_view.selectionModel().currentRowChanged.connect(self._agenda_row_changed)
        add_item = QPushButton(self.tr("Add agenda item…"), left)
        add_item.clicked.connect(self.add_agenda_item)
        delete_item = QPushButton(self.tr("Delete agenda item"), left)
        delete_item.clicked.connect(self.delete_agenda_item)
        for button in (add_item, delete_item):
            button.setEnabled(not self.document.read_only)
        agenda_buttons = QHBoxLayout()
        agenda_buttons.addWidget(add_item)
        agenda_buttons.addWidget(delete_item)
        agenda_buttons.addStretch(1)
        self.notes_label = QLabel(left)
        self.notes_label.setObjectName("notesLabel")
        self.notes_edit = CommitTextEdit(left)
        self.notes_edit.setObjectName("agendaNotes")
        self.notes_edit.committed.connect(self._commit_notes)

        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self._section(self.tr("Agenda"), left))
        layout.addWidget(self.agenda_view, 2)
        layout.addLayout(agenda_buttons)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_edit, 3)
        self._reselect_agenda_item()
        return left

    def _build_right(self) -> QWidget:
        self.tabs = QTabWidget(self)
        # five tabs share the width (their names elided if need be) instead of hiding the last
        # behind a scroll arrow
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setObjectName("minutesTabs")
        self.decisions = DecisionsPanel(self.document, self.dialogs, self.workshop_id, self)
        self.action_items = ActionItemsPanel(self.document, self.dialogs, self.workshop_id, self)
        self.photos = PhotosPanel(self.document, self.dialogs, self.workshop_id, self)
        self.attendance = ParticipantsTable(self.document, self.dialogs, self.workshop_id, self)
        # the attendance table's button row is wide: let it scroll rather than squeeze the notes
        attendance_area = QScrollArea(self)
        attendance_area.setObjectName("attendanceArea")
        attendance_area.setWidgetResizable(True)
        attendance_area.setFrameShape(QFrame.Shape.NoFrame)
        attendance_area.setWidget(self.attendance)
        self.remarks_edit = CommitTextEdit(self)
        self.remarks_edit.setObjectName("minutesRemarks")
        self.remarks_edit.setPlaceholderText(self.tr("Free remarks for the minutes"))
        self.remarks_edit.setReadOnly(self.document.read_only)
        self.remarks_edit.committed.connect(lambda text: self._edit_minutes("remarks", text))
        for widget in (
            self.decisions,
            self.action_items,
            self.photos,
            attendance_area,
            self.remarks_edit,
        ):
            self.tabs.addTab(widget, "")
        return self.tabs

    def _section(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setStyleSheet(SECTION_STYLE)
        return label

    def properties_panel(self) -> QWidget:
        """The project-wide settings of the minutes: pseudonymisation and the cover logo."""
        return MinutesSettingsPanel(self.document, self.dialogs)

    # -- showing -------------------------------------------------------------------------

    def _workshop_changed(self, workshop_id: int) -> None:
        if workshop_id == self.workshop_id:
            self.refresh()

    def refresh(self) -> None:
        try:
            workshop = self.document.workshop(self.workshop_id)
        except KeyError:
            return
        self.heading.setText(self.tr("Minutes: %1").replace("%1", workshop.title))
        attendance = self.document.attendance(self.workshop_id)
        present = sum(1 for a in attendance if a.attendance == Attendance.PRESENT)
        self.summary.setText(
            self.tr("%1 present, %2 excused")
            .replace("%1", str(present))
            .replace("%2", str(len(attendance) - present))
        )
        self.minute_taker_edit.show_value(workshop.minute_taker)
        self.remarks_edit.show_value(workshop.remarks)
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        wid = self.workshop_id
        labels = (
            self.tr("Decisions (%1)").replace("%1", str(self.decisions.model.rowCount())),
            self.tr("Action items (%1)").replace("%1", str(self.action_items.model.rowCount())),
            self.tr("Photos (%1)").replace("%1", str(self.photos.model.rowCount())),
            self.tr("Attendance (%1)").replace("%1", str(len(self.document.attendance(wid)))),
            self.tr("Remarks"),
        )
        for i, text in enumerate(labels):
            self.tabs.setTabText(i, text)

    # -- the fields of the minutes -------------------------------------------------------

    def _edit_minutes(self, field: str, value: str) -> None:
        command = ops.edit_workshop_minutes(self.document, self.workshop_id, {field: value})
        if command is not None:
            self.document.push(command)

    # -- agenda and notes ----------------------------------------------------------------

    def _agenda_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        new_item = int(current.siblingAtColumn(0).data(ID_ROLE)) if current.isValid() else None
        if self.notes_edit.hasFocus():
            self.notes_edit.clearFocus()  # commits: what was typed belongs to the old item
        else:
            self.notes_edit.commit()
        self._notes_item = new_item  # the commit may have reloaded (and reselected) the table
        self._reselect_agenda_item()

    def _show_notes(self) -> None:
        item = next(
            (a for a in self.document.agenda(self.workshop_id) if a.id == self._notes_item), None
        )
        self.notes_edit.setEnabled(item is not None)
        self.notes_edit.setReadOnly(self.document.read_only)
        if item is None:
            self._notes_item = None
            self.notes_label.setText(self.tr("Notes (select an agenda item)"))
            self.notes_edit.show_value("")
            return
        self.notes_label.setText(self.tr("Notes on “%1”").replace("%1", item.title))
        self.notes_edit.show_value(item.notes)

    def _reselect_agenda_item(self) -> None:
        """A reload resets the table: keep the item whose notes are being typed selected."""
        row = next(
            (
                r
                for r in range(self.agenda.rowCount())
                if self.agenda.index(r, 0).data(ID_ROLE) == self._notes_item
            ),
            -1,
        )
        if row < 0 and self.agenda.rowCount() and self._notes_item is None:
            row = 0
        if row >= 0:
            selection = self.agenda_view.selectionModel()
            selection.blockSignals(True)
            self.agenda_view.selectRow(row)
            selection.blockSignals(False)
            self._notes_item = int(self.agenda.index(row, 0).data(ID_ROLE))
        else:
            self._notes_item = None
        self._show_notes()

    def select_agenda_item(self, row: int) -> None:
        self.agenda_view.selectRow(row)

    def _commit_notes(self, text: str) -> None:
        if self._notes_item is None:
            return
        self.document.push(edit_agenda_notes(self.document, self._notes_item, text))

    def add_agenda_item(self) -> None:
        title = self.dialogs.get_text(self.tr("Add agenda item"), self.tr("Title"))
        if title and clean_title(title):
            command = commands.add_agenda_item(self.document, self.workshop_id, clean_title(title))
            if self.document.push(command) and command.row_id is not None:
                self._notes_item = command.row_id
                self._reselect_agenda_item()

    def delete_agenda_item(self) -> None:
        if self._notes_item is not None:
            self.notes_edit.commit()
            self.document.push(commands.delete_agenda_item(self.document, self._notes_item))

    # -- photos by drag and drop ---------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        self.tabs.setCurrentWidget(self.photos)
        self.photos.add_files(paths)

    # -- export --------------------------------------------------------------------------

    def export(self) -> None:
        from smartcity_desktop.ui.export_dialogs import export_minutes

        self.notes_edit.commit()
        self.remarks_edit.commit()
        self.last_export = export_minutes(
            self, self.document, self.dialogs, self.settings, self.workshop_id
        )
