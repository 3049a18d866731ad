"""The strategy's projects (Maßnahmen): a sortable, filterable table and the chosen project's
details, with the card or cluster it grew from and a way back to that board.

Each edit is one undoable command, on disk when pushed; typing into one field merges into one
step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.document.document import Insert
from smartcity_desktop.domain.model import Project, ProjectStatus
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.ui.catalogue_models import (
    ProjectsFilter,
    ProjectsModel,
    bad_cost_message,
    empty_title_message,
    format_amount,
    parse_cost,
    status_label,
)
from smartcity_desktop.ui.catalogue_page import CataloguePage
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.trace_view import show_trace
from smartcity_desktop.ui.widgets import ChoiceDelegate, CommitLineEdit, CommitTextEdit


class ProjectsPage(CataloguePage):
    """All projects of the strategy; the chosen one's details below the table."""

    navigate = Signal(object)  # a navigator node to show (the board a project came from)

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, dialogs, parent)
        self.model = ProjectsModel(document)
        self.proxy = ProjectsFilter(self.model)
        self.view.setModel(self.proxy)
        self._set_up_columns()
        self.field_filter = QComboBox(self)
        self.field_filter.setObjectName("projectsFieldFilter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("projectsStatusFilter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ProjectStatus:
            self.status_filter.addItem(status_label(status), str(status))
        self.search = QLineEdit(self)
        self.search.setObjectName("projectsSearch")
        self.search.setPlaceholderText(self.tr("Search title, description, owner, origin"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("projectsCount")
        filters = QHBoxLayout()
        filters.addWidget(self.field_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        buttons = self._edit_buttons(
            "Project",
            self.tr("Add project"),
            self.tr("A new project (Insert or Ctrl+N)"),
            self.tr("Delete the selected projects (Del)"),
        )
        self.form = self._build_form()
        self._page_layout(
            "projects",
            self.tr("Projects"),
            self.tr(
                "Digitalisation projects and measures of the strategy, each in a field of "
                "action. To create one from a board, right-click a card or cluster ▸ Create "
                "project from card / from cluster; it stays linked to where it came from."
            ),
            self._table_and_form(filters, buttons),
        )
        self._connect()
        self.proxy.layoutChanged.connect(self._show_current)
        self.field_filter.activated.connect(
            lambda _i: self._filter(lambda: self.proxy.set_field(self.field_filter.currentData()))
        )
        self.status_filter.activated.connect(
            lambda _i: self._filter(lambda: self.proxy.set_status(self.status_filter.currentData()))
        )
        self.search.textChanged.connect(lambda t: self._filter(lambda: self.proxy.set_text(t)))
        self.view.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._show_current())
        document.projects_changed.connect(self.refresh)
        document.fields_changed.connect(self.refresh)
        self.refresh()
        self.select(self._just_added() or (self.model.row_id(0) if self.model.rowCount() else None))

    # -- building ------------------------------------------------------------------------------

    def _set_up_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # the title gets the room; amounts and states are as wide as they need
        header.setSectionResizeMode(ProjectsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (ProjectsModel.COST, ProjectsModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicatorClearable(True)  # a third click: back to the list's own order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        for column, width in (
            (ProjectsModel.FIELD, 130),
            (ProjectsModel.OWNER, 160),
            (ProjectsModel.ORIGIN, 170),
        ):
            self.view.setColumnWidth(column, width)
        self.view.setItemDelegateForColumn(
            ProjectsModel.FIELD, ChoiceDelegate(self._field_choices, self.view)
        )
        self.view.setItemDelegateForColumn(
            ProjectsModel.STATUS, ChoiceDelegate(self._status_choices, self.view)
        )

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Project"), self)
        self.title_edit = CommitLineEdit(box, validator=lambda t: bool(clean_title(t)))
        self.title_edit.setObjectName("projectTitle")
        self.field_combo = QComboBox(box)
        self.field_combo.setObjectName("projectField")
        self.owner_edit = CommitLineEdit(box)
        self.owner_edit.setObjectName("projectOwner")
        self.owner_edit.setPlaceholderText(self.tr("who is responsible"))
        self.cost_edit = CommitLineEdit(box)
        self.cost_edit.setObjectName("projectCost")
        self.cost_edit.setPlaceholderText(self.tr("not known yet"))
        self.cost_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.cost_edit.setMaximumWidth(160)
        self.status_combo = QComboBox(box)
        self.status_combo.setObjectName("projectStatus")
        for status in ProjectStatus:
            self.status_combo.addItem(status_label(status), str(status))
        self.description_edit = CommitTextEdit(box)
        self.description_edit.setObjectName("projectDescription")
        self.origin_label = QLabel(box)
        self.origin_label.setObjectName("projectOrigin")
        self.origin_label.setWordWrap(True)
        self.board_button = QPushButton(self.tr("Show on board"), box)
        self.board_button.setObjectName("showOnBoard")
        self.board_button.clicked.connect(self.show_on_board)
        self.trace_button = QPushButton(self.tr("Where it came from…"), box)
        self.trace_button.setObjectName("projectTrace")
        self.trace_button.setToolTip(
            self.tr("The cards and clusters this project grew from, their dots and its scores")
        )
        self.trace_button.clicked.connect(self.show_trace)

        cost_row = QHBoxLayout()
        cost_row.addWidget(self.cost_edit)
        cost_row.addWidget(QLabel("€", box))
        cost_row.addStretch(1)
        origin_row = QHBoxLayout()
        origin_row.addWidget(QLabel(self.tr("Origin:"), box), 0, Qt.AlignmentFlag.AlignTop)
        origin_row.addWidget(self.origin_label, 1)
        origin_buttons = QVBoxLayout()
        origin_buttons.addWidget(self.board_button)
        origin_buttons.addWidget(self.trace_button)
        origin_buttons.addStretch(1)
        origin_row.addLayout(origin_buttons)
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left.addRow(self.tr("Title"), self.title_edit)
        left.addRow(self.tr("Field of action"), self.field_combo)
        left.addRow(self.tr("Owner"), self.owner_edit)
        left.addRow(self.tr("Rough cost"), cost_row)
        left.addRow(self.tr("Status"), self.status_combo)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Description"), box))
        right.addWidget(self.description_edit, 1)
        right.addLayout(origin_row)
        columns = QHBoxLayout(box)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        self.title_edit.committed.connect(lambda text: self.edit({"title": text}))
        self.title_edit.editingFinished.connect(self._title_finished)
        self.owner_edit.committed.connect(lambda text: self.edit({"owner": clean_title(text)}))
        self.cost_edit.committed.connect(self._cost_committed)
        self.description_edit.committed.connect(lambda text: self.edit({"description": text}))
        self.field_combo.activated.connect(
            lambda _i: self.edit({"field_id": self.field_combo.currentData()})
        )
        self.status_combo.activated.connect(
            lambda _i: self.edit({"status": self.status_combo.currentData()})
        )
        return box

    def _field_choices(self) -> list[tuple[str, object]]:
        return [(self.tr("(none)"), None)] + [
            (f.title, f.id) for f in self.document.fields_of_action()
        ]

    def _status_choices(self) -> list[tuple[str, object]]:
        return [(status_label(s), str(s)) for s in ProjectStatus]

    def _fill_filters(self) -> None:
        """The field filter and the form's field combo list the fields of action as they are."""
        fields = self.document.fields_of_action()
        wanted = self.proxy.field()
        self.field_filter.clear()
        self.field_filter.addItem(self.tr("Any field of action"), ProjectsFilter.ANY)
        self.field_filter.addItem(self.tr("No field of action"), ProjectsFilter.NO_FIELD)
        for f in fields:
            self.field_filter.addItem(f.title, f.id)
        position = self.field_filter.findData(wanted)
        if position < 0:  # that field is gone
            position = 0
            self.proxy.set_field(ProjectsFilter.ANY)
        self.field_filter.setCurrentIndex(position)
        self.field_combo.clear()
        for label, value in self._field_choices():
            self.field_combo.addItem(label, value)

    # -- showing -------------------------------------------------------------------------------

    def _just_added(self) -> int | None:
        """The project the last step created (from a card on the board, say), to open at."""
        stack = self.document.undo_stack
        command = stack.command(stack.index() - 1) if stack.index() > 0 else None
        ops = getattr(command, "ops", [])
        new_ids = getattr(command, "new_ids", [])
        if new_ids and any(isinstance(op, Insert) and op.table == "projects" for op in ops):
            return int(new_ids[0])
        return None

    def refresh(self) -> None:
        self._fill_filters()
        self._show_current()

    def _filter(self, change: Any) -> None:
        keep = self.current_id()
        change()
        if keep is not None:
            self.select(keep)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, ProjectsModel.TITLE))
        self._show_current()

    def _show_current(self) -> None:
        p = self.current()
        self._form_id = p.id if p is not None else None
        writable = not self.document.read_only
        self.form.setEnabled(p is not None)
        for edit in (self.title_edit, self.owner_edit, self.cost_edit):
            edit.setReadOnly(not writable)
        self.description_edit.setReadOnly(not writable)
        self.field_combo.setEnabled(writable)
        self.status_combo.setEnabled(writable)
        self.title_edit.show_value(p.title if p else "")
        self.owner_edit.show_value(p.owner if p else "")
        self.cost_edit.show_value(format_amount(p.cost) if p else "")
        self.description_edit.show_value(p.description if p else "")
        self.field_combo.setCurrentIndex(
            max(0, self.field_combo.findData(p.field_id if p else None))
        )
        self.status_combo.setCurrentIndex(
            max(0, self.status_combo.findData(str(p.status) if p else "idea"))
        )
        origin = self.model.origin(p.id)[1] if p else ""
        self.origin_label.setText(origin or self.tr("entered here (not from a board)"))
        board = self.board_of(p)
        self.board_button.setEnabled(board is not None)
        self.board_button.setToolTip(self._board_text(board))
        self.trace_button.setEnabled(p is not None)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%n project(s)", "", total)
            if shown == total
            else self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        )
        sorted_ = self.proxy.sortColumn() >= 0
        row = self.view.currentIndex().row()
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and p is not None)
        movable = writable and p is not None and not sorted_
        self.up_button.setEnabled(movable and row > 0)
        self.down_button.setEnabled(movable and 0 <= row < shown - 1)
        for button in (self.up_button, self.down_button):
            button.setToolTip(
                self.tr("Sorted by a column: click the column header until the arrow is gone")
                if sorted_
                else (self.tr("Alt+Up") if button is self.up_button else self.tr("Alt+Down"))
            )

    def board_of(self, p: Project | None) -> Node | None:
        """The board holding the card or cluster a project came from, if it still exists."""
        if p is None:
            return None
        if p.card_id is not None:
            cards = self.document.cards_by_ids([p.card_id])
            if cards:
                board = self.document.board(cards[0].board_id)
                return Node("board", board.id, board.workshop_id)
        if p.cluster_id is not None:
            try:
                origin = self.document.cluster_origin(p.cluster_id)
            except KeyError:
                return None
            return Node("board", origin["board_id"], origin["workshop_id"])
        return None

    def _board_text(self, node: Node | None) -> str:
        if node is None:
            return ""
        return (
            self.tr("Board “%1” in “%2”")
            .replace("%1", self.document.board(node.id).title)
            .replace("%2", self.document.workshop(node.workshop_id).title)
        )

    def show_on_board(self) -> None:
        node = self.board_of(self.current())
        if node is not None:
            self.navigate.emit(node)

    def show_trace(self) -> None:
        """Where the chosen project came from, in a window beside this page."""
        p = self.current()
        if p is None:
            return
        show_trace(self.document, self, project_id=p.id)

    # -- changing ------------------------------------------------------------------------------

    def edit(self, values: dict[str, Any]) -> bool:
        if self._form_id is None:
            return False
        try:
            command = wops.edit_project(self.document, self._form_id, values)
        except (KeyError, ValueError):
            return False
        return self._push(command)

    def _title_finished(self) -> None:
        p = self.current()
        if p is not None and p.id == self._form_id and not clean_title(self.title_edit.text()):
            self.say(empty_title_message(p.title))
            self.title_edit.setText(p.title)
            self.title_edit.setStyleSheet("")

    def _cost_committed(self, text: str) -> None:
        p = self.current()
        if p is None:
            return
        try:
            cost = parse_cost(text)
        except ValueError:
            self.say(bad_cost_message(text))
            self.cost_edit.setText(format_amount(p.cost))
            return
        if not self.edit({"cost": cost}):
            self.cost_edit.setText(format_amount(p.cost))  # "150000" typed for 150.000

    def add(self) -> None:
        if not self._writable():
            return
        values: dict[str, Any] = {}
        if self.proxy.field() > 0:
            values["field_id"] = self.proxy.field()
        if self.proxy.status() is not None:
            values["status"] = self.proxy.status()
        self.search.clear()  # so the new project is in view
        command = wops.add_project(self.document, self.tr("New project"), **values)
        if self._push(command):
            self.select(command.new_ids[0])
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title_edit.selectAll()

    def delete(self) -> None:
        ids = self.selected_ids()
        if not ids or self.document.read_only:
            return
        first = self.model.item(self.model.row_of(ids[0])).title
        if not self._confirm_delete(
            self.tr("Delete %n project(s)", "", len(ids)),
            wops.uses_of_projects(self.document, ids),
            self.tr(
                "“%1” is scored in these weightings:\n%2\n\nIts scores there are deleted with "
                "it. You can undo this."
            ).replace("%1", first),
            self.tr(
                "The selected projects are scored in these weightings:\n%2\n\nTheir scores "
                "there are deleted with them. You can undo this."
            ),
            len(ids),
        ):
            return
        self._push(wops.delete_projects(self.document, ids))
        self.view.setFocus()

    def move(self, delta: int) -> None:
        """Up or down past the neighbour shown (the list's own order, so not while sorted)."""
        project_id = self.current_id()
        if project_id is None or self.document.read_only or self.proxy.sortColumn() >= 0:
            return
        row = self.view.currentIndex().row() + delta
        if not 0 <= row < self.proxy.rowCount():
            return
        target = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
        self._push(wops.move_project(self.document, project_id, target))
        self.select(project_id)
