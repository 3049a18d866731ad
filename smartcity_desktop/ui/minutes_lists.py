"""Decisions and action items of the minutes: a table each, edited in place, with buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import minutes_ops as ops
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.minutes_models import (
    ActionItemsModel,
    DecisionsModel,
    _MinutesTable,
    due_problem,
    parse_due,
    status_choices,
)
from smartcity_desktop.ui.widgets import ChoiceDelegate, editable_rows_view


class _ListPanel(QWidget):
    """A table of one kind of minutes row, a line to add one, and move/delete buttons."""

    table = ""  # the document table: decisions, action_items

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        workshop_id: int,
        model: _MinutesTable,
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.workshop_id = workshop_id
        self.model = model
        model.refused.connect(lambda text: self.dialogs.warn(self.title(), text))
        self.view = QTableView(self)
        self.view.setModel(model)
        editable_rows_view(self.view)
        self.new_edit = QLineEdit(self)
        self.new_edit.setPlaceholderText(placeholder)
        self.new_edit.returnPressed.connect(self.add_typed)
        self.buttons: dict[str, QPushButton] = {}
        self.entry_row = QHBoxLayout()
        self.entry_row.addWidget(self.new_edit, 1)
        row = QHBoxLayout()
        for name, text, slot in (
            # a base class: self.tr() would look these up under the subclass's name
            ("add", QCoreApplication.translate("MinutesLists", "Add"), self.add_typed),
            ("up", QCoreApplication.translate("MinutesLists", "Up"), lambda: self.move(-1)),
            ("down", QCoreApplication.translate("MinutesLists", "Down"), lambda: self.move(+1)),
            (
                "delete",
                QCoreApplication.translate("MinutesLists", "Delete"),
                self.delete_current,
            ),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setEnabled(not document.read_only)
            self.buttons[name] = button
            (self.entry_row if name == "add" else row).addWidget(button)
        row.addStretch(1)
        self.new_edit.setEnabled(not document.read_only)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell is edited
        delete_key.activated.connect(self.delete_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.entry_row)
        layout.addLayout(row)

    def title(self) -> str:
        raise NotImplementedError

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def select_id(self, row_id: int) -> None:
        row = self.model.row_of(row_id)
        if row >= 0:
            self.view.selectRow(row)

    def _push_new(self, build: Callable[[], ops.ChangeSetCommand]) -> bool:
        try:
            command = build()
        except ValueError as problem:
            self.dialogs.warn(self.title(), self._problem_text(problem))
            return False
        if not self.document.push(command):
            return False
        self.new_edit.clear()
        self.select_id(command.new_ids[0])
        return True

    def _problem_text(self, problem: ValueError) -> str:
        return str(problem)

    def add_typed(self) -> None:
        raise NotImplementedError

    def move(self, step: int) -> None:
        row_id = self.current_id()
        if row_id is None:
            return
        row = self.model.row_of(row_id)
        command = ops.move_row(self.document, self.table, self.workshop_id, row_id, row + step)
        if command is not None:
            self.document.push(command)
        self.select_id(row_id)

    def delete_current(self) -> None:
        row_id = self.current_id()
        if row_id is None:
            return
        command = ops.delete_rows(self.document, self.table, [row_id])
        if command is not None:
            self.document.push(command)  # undoable: no question asked


class DecisionsPanel(_ListPanel):
    """Decisions, each optionally under an agenda item."""

    table = "decisions"

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        workshop_id: int,
        parent: QWidget | None = None,
    ) -> None:
        model = DecisionsModel(document, workshop_id)
        super().__init__(
            document,
            dialogs,
            workshop_id,
            model,
            self.tr("Type a decision and press Enter"),
            parent,
        )
        self.view.setObjectName("decisionsView")
        self.new_edit.setObjectName("newDecision")
        self.view.setItemDelegateForColumn(
            DecisionsModel.AGENDA, ChoiceDelegate(model.agenda_choices, self)
        )
        self.view.setColumnWidth(DecisionsModel.AGENDA, 220)

    def title(self) -> str:
        return self.tr("Decisions")

    def add_typed(self) -> None:
        text = self.new_edit.text().strip()
        if not text:
            return
        self._push_new(lambda: ops.add_decision(self.document, self.workshop_id, text))


class ActionItemsPanel(_ListPanel):
    """Action items: what is to be done, by whom, by when, and how far it got."""

    table = "action_items"

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        workshop_id: int,
        parent: QWidget | None = None,
    ) -> None:
        model = ActionItemsModel(document, workshop_id)
        super().__init__(
            document,
            dialogs,
            workshop_id,
            model,
            self.tr("What is to be done? Type it and press Enter"),
            parent,
        )
        self.view.setObjectName("actionItemsView")
        self.new_edit.setObjectName("newActionItem")
        self.who_edit = QLineEdit(self)
        self.who_edit.setObjectName("newActionWho")
        self.who_edit.setPlaceholderText(self.tr("Who"))
        self.who_edit.setMaximumWidth(160)
        self.due_edit = QLineEdit(self)
        self.due_edit.setObjectName("newActionDue")
        self.due_edit.setPlaceholderText(self.tr("Due (31.12.2026)"))
        self.due_edit.setMaximumWidth(130)
        for edit in (self.who_edit, self.due_edit):
            edit.returnPressed.connect(self.add_typed)
            edit.setEnabled(not document.read_only)
        self.entry_row.insertWidget(1, self.who_edit)
        self.entry_row.insertWidget(2, self.due_edit)
        self.view.setItemDelegateForColumn(
            ActionItemsModel.STATUS, ChoiceDelegate(status_choices, self)
        )
        self.view.setColumnWidth(ActionItemsModel.WHO, 170)
        self.view.setColumnWidth(ActionItemsModel.DUE, 110)
        self.view.setColumnWidth(ActionItemsModel.STATUS, 110)

    def title(self) -> str:
        return self.tr("Action items")

    def add_typed(self) -> None:
        what = self.new_edit.text().strip()
        if not what:
            return
        due_text = self.due_edit.text().strip()
        try:
            due = parse_due(due_text)
        except ValueError:
            self.dialogs.warn(self.title(), due_problem(due_text))
            return
        who = self.who_edit.text()
        if self._push_new(
            lambda: ops.add_action_item(self.document, self.workshop_id, what, who, due)
        ):
            self.who_edit.clear()
            self.due_edit.clear()
