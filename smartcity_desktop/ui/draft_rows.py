"""The editable lists of the strategy draft as a table edited in place, with a line to add a
row and buttons to move and delete one; and `push`, which turns a refused edit into a message."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import strategy_ops as ops
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.draft_models import DraftTableModel
from smartcity_desktop.ui.widgets import editable_rows_view

HEADING_STYLE = "font-size: 15pt; font-weight: 600;"
HINT_STYLE = "color: palette(placeholder-text);"


# how the document's checks word a refusal (strategy_ops: "a strategic_goal needs a title",
# date.fromisoformat: "Invalid isoformat string: '31.2.'"; a vanished row: KeyError(5) → "5")
_NEEDS = re.compile(r"^an? [\w ]+ needs (an? |its )")
_BAD_DATE = re.compile(r"isoformat string: '(.*)'$")
_DATE_RANGE = re.compile(r"^(day|month|year) (is out of range|must be in)")
_ROW_ID = re.compile(r"^'?\d+'?$")


def refusal_text(problem: BaseException | str) -> str:
    """A refused change in the moderator's words. A message that is already a translated
    sentence (the models' own checks) is kept as it is."""
    text = str(problem)
    if isinstance(problem, KeyError) or _ROW_ID.match(text):
        return QCoreApplication.translate(
            "DraftRows", "This line was removed meanwhile; nothing was changed."
        )
    if _NEEDS.match(text):
        return QCoreApplication.translate(
            "DraftRows", "This line needs a text; nothing was changed."
        )
    bad_date = _BAD_DATE.search(text)
    if bad_date:
        return QCoreApplication.translate(
            "DraftRows", "“%1” is not a date. Please write it as 31.12.2027."
        ).replace("%1", bad_date.group(1))
    if _DATE_RANGE.search(text):  # 31 February: the checks do not say which text it was
        return QCoreApplication.translate(
            "DraftRows", "This is not a date. Please write it as 31.12.2027."
        )
    return text


def push(document: ProjectDocument, dialogs: Dialogs, title: str, build: Callable[[], Any]) -> Any:
    """Build a command and push it; a refusal (ValueError, KeyError) is told, not raised.

    Returns the command if it was pushed and saved, else None."""
    try:
        command = build()
    except (ValueError, KeyError) as problem:
        dialogs.warn(title, refusal_text(problem))
        return None
    if command is None or not document.push(command):
        return None
    return command


def caption(text: str, parent: QWidget) -> QLabel:
    """A small bold label naming the part below it."""
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: 600;")
    return label


class RowsPanel(QWidget):
    """A list of the draft as a table edited in place, a line to add a row, Up/Down/Delete."""

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        model: DraftTableModel,
        title: str,
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.model = model
        model.setParent(self)  # it goes with the panel, and stops listening to the document
        self.title = title
        self.field_id: int | None = None  # the field of action of a list of field goals
        self._keep: int | None = None
        model.refused.connect(lambda text: self.dialogs.warn(self.title, refusal_text(text)))
        self.view = QTableView(self)
        self.view.setModel(model)
        # after the view's own handlers (connected by setModel), which clear the current row
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._reselect)
        editable_rows_view(self.view)
        self.new_edit = QLineEdit(self)
        self.new_edit.setPlaceholderText(placeholder)
        self.new_edit.returnPressed.connect(self.add_typed)
        writable = not document.read_only
        self.new_edit.setEnabled(writable)
        self.buttons: dict[str, QPushButton] = {}
        self.entry_row = QHBoxLayout()
        self.entry_row.addWidget(self.new_edit, 1)
        row = QHBoxLayout()
        for name, text, slot in (
            ("add", QCoreApplication.translate("DraftSections", "Add"), self.add_typed),
            ("up", QCoreApplication.translate("DraftSections", "Up"), lambda: self.move(-1)),
            ("down", QCoreApplication.translate("DraftSections", "Down"), lambda: self.move(+1)),
            ("delete", QCoreApplication.translate("DraftSections", "Delete"), self.delete_current),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"{name}Row")
            button.clicked.connect(slot)
            button.setEnabled(writable)
            self.buttons[name] = button
            (self.entry_row if name == "add" else row).addWidget(button)
        row.addStretch(1)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell is edited
        delete_key.activated.connect(self.delete_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.entry_row)
        layout.addLayout(row)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def select_id(self, row_id: int) -> None:
        row = self.model.row_of(row_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectRow(row)

    def _remember(self) -> None:
        self._keep = self.current_id()

    def _reselect(self) -> None:
        if self._keep is not None:
            self.select_id(self._keep)

    def values_typed(self) -> dict[str, Any] | None:
        """The values of a new row from the entry line(s); None: nothing to add."""
        text = self.new_edit.text().strip()
        return {self.model.required: text} if text else None

    def clear_typed(self) -> None:
        self.new_edit.clear()

    def add_typed(self) -> None:
        try:
            values = self.values_typed()
        except ValueError as problem:
            self.dialogs.warn(self.title, refusal_text(problem))
            return
        if values is None:
            return
        command = push(
            self.document,
            self.dialogs,
            self.title,
            lambda: ops.add_row(self.document, self.model.table, values, self.field_id),
        )
        if command is not None:
            self.clear_typed()
            self.select_id(command.new_ids[0])

    def move(self, step: int) -> None:
        row_id = self.current_id()
        if row_id is None:
            return
        index = self.model.row_of(row_id) + step
        table, field_id = self.model.table, self.field_id
        push(
            self.document,
            self.dialogs,
            self.title,
            lambda: ops.move_row(self.document, table, row_id, index, field_id),
        )
        self.select_id(row_id)

    def delete_current(self) -> None:
        row_id = self.current_id()
        if row_id is None:
            return
        row = self.model.row_of(row_id)
        push(
            self.document,
            self.dialogs,
            self.title,
            lambda: ops.delete_rows(self.document, self.model.table, [row_id]),
        )  # undoable: no question asked
        if self.model.rowCount():
            self.select_id(self.model.row_id(min(row, self.model.rowCount() - 1)))
