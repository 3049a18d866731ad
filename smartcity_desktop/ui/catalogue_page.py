"""What the criteria and the projects pages share: the catalogue table with its keys
(`CatalogueTable`) and the page plumbing around it (`CataloguePage`): heading, inline message,
edit buttons, table above the chosen row's details, pushing commands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.ui.catalogue_models import CatalogueModel
from smartcity_desktop.ui.dialogs import Dialogs

MESSAGE_STYLE = "color: #B34700; font-weight: 600;"  # darker Okabe–Ito vermillion, readable


def key_command(event: QKeyEvent) -> str | None:
    """What a key means in a catalogue table: add, delete, up, down (moving a row)."""
    key = event.key()
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    none = Qt.KeyboardModifier.NoModifier
    if (key == Qt.Key.Key_Insert and mods == none) or (
        key == Qt.Key.Key_N and mods == Qt.KeyboardModifier.ControlModifier
    ):
        return "add"
    if key == Qt.Key.Key_Delete and mods == none:
        return "delete"
    if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        return "up" if key == Qt.Key.Key_Up else "down"
    return None


def claims_new(event: QEvent) -> bool:
    """Ctrl+N anywhere on a catalogue page adds a row (instead of the window's New project)."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_N
        and key_command(event) == "add"
    )


class CatalogueTable(QTableView):
    """A table of a catalogue: Insert/Ctrl+N adds, Del deletes, Alt+Up/Down moves, F2 edits."""

    add_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)

    def event(self, event: QEvent) -> bool:
        # These keys belong to the table while it has the focus, not to a menu shortcut.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            f2 = event.key() == Qt.Key.Key_F2 and event.modifiers() == Qt.KeyboardModifier(0)
            if key_command(event) or f2:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = key_command(event)
        if command == "add":
            self.add_requested.emit()
        elif command == "delete":
            self.delete_requested.emit()
        elif command in ("up", "down"):
            self.move_requested.emit(-1 if command == "up" else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def selected_rows(self) -> list[int]:
        """Rows of the view that are selected, or the current one."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows


class CataloguePage(QWidget):
    """What the criteria and the projects pages share: a heading, an inline message, the table
    with its buttons above the chosen row's details, the keys, pushing commands.

    A subclass sets `model` (and the view's model), builds `form`, and implements add, delete,
    move and _show_current.
    """

    model: CatalogueModel
    form: QWidget

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self._form_id: int | None = None  # the row the form shows (edits go there)
        self._keep: tuple[int | None, int] = (None, -1)  # current id and row across a reset
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        self.view = CatalogueTable(self)

    # -- building ------------------------------------------------------------------------------

    def _button(
        self, text: str, name: str, slot: Any, parent: QWidget | None = None
    ) -> QPushButton:
        button = QPushButton(text, parent or self)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _edit_buttons(self, name: str, add_text: str, add_tip: str, delete_tip: str) -> QHBoxLayout:
        """Add, Delete, Move up, Move down (object names addCriterion, moveCriterionUp, …)."""
        self.add_button = self._button(add_text, f"add{name}", self.add)
        self.add_button.setToolTip(add_tip)
        self.delete_button = self._button(
            QCoreApplication.translate("CataloguePage", "Delete"), f"delete{name}", self.delete
        )
        self.delete_button.setToolTip(delete_tip)
        self.up_button = self._button(
            QCoreApplication.translate("CataloguePage", "Move up"),
            f"move{name}Up",
            lambda: self.move(-1),
        )
        self.down_button = self._button(
            QCoreApplication.translate("CataloguePage", "Move down"),
            f"move{name}Down",
            lambda: self.move(1),
        )
        self.up_button.setToolTip(QCoreApplication.translate("CataloguePage", "Alt+Up"))
        self.down_button.setToolTip(QCoreApplication.translate("CataloguePage", "Alt+Down"))
        row = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _table_and_form(self, *rows: QHBoxLayout) -> QSplitter:
        """The table (with `rows` of controls: those before the view go above it) and the
        form below it; the table takes the room the form does not need."""
        table_side = QWidget(self)
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        *above, below = rows
        for row in above:
            table_layout.addLayout(row)
        table_layout.addWidget(self.view, 1)
        table_layout.addLayout(below)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(table_side)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1000, self.form.sizeHint().height()])
        return splitter

    def _page_layout(self, name: str, title: str, intro: str, body: QWidget) -> None:
        heading = QLabel(title, self)
        heading.setObjectName(f"{name}Heading")
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        text = QLabel(intro, self)
        text.setWordWrap(True)
        self.message.setObjectName(f"{name}Message")
        self.view.setObjectName(f"{name}View")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.message)
        layout.addWidget(body, 1)

    def _connect(self) -> None:
        self.view.add_requested.connect(self.add)
        self.view.delete_requested.connect(self.delete)
        self.view.move_requested.connect(self.move)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.model.refused.connect(self.say)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)

    # -- rows ----------------------------------------------------------------------------------

    def _source_row(self, view_row: int) -> int:
        shown = self.view.model()
        if isinstance(shown, QSortFilterProxyModel):
            return shown.mapToSource(shown.index(view_row, 0)).row()
        return view_row

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id(self._source_row(index.row())) if index.isValid() else None

    def current(self) -> Any:
        row = self.model.row_of(self.current_id())
        return self.model.item(row) if row >= 0 else None

    def selected_ids(self) -> list[int]:
        return [self.model.row_id(self._source_row(r)) for r in self.view.selected_rows()]

    def select(self, row_id: int | None) -> None:
        """Make the row of `row_id` the current and only selected one (if it is shown)."""
        row = self.model.row_of(row_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        shown = self.view.model()
        if isinstance(shown, QSortFilterProxyModel):
            index = shown.mapFromSource(index)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)

    def _remember(self) -> None:
        index = self.view.currentIndex()
        self._keep = (self.current_id(), index.row() if index.isValid() else -1)

    def _restore(self) -> None:
        kept_id, kept_row = self._keep
        self.select(kept_id)
        shown = self.view.model()
        if self.current_id() != kept_id and kept_row >= 0 and shown.rowCount():
            # deleted: its neighbour
            self.select(self.model.row_id(self._source_row(min(kept_row, shown.rowCount() - 1))))

    def _current_changed(self) -> None:
        self.say("")
        self._show_current()

    def say(self, text: str) -> None:
        """An inline message (why an edit was refused); empty hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- changing ------------------------------------------------------------------------------

    def _push(self, command: Any) -> bool:
        if command is None:
            return False
        if self.document.push(command):
            self.say("")
            return True
        self._show_current()  # show what the file holds
        return False

    def _writable(self) -> bool:
        if self.document.read_only:
            self.document.push(None)  # type: ignore[arg-type]  # reports "read-only" once
            return False
        return True

    def _confirm_delete(self, title: str, uses: list[str], one: str, many: str, n: int) -> bool:
        """Ask before deleting what weightings use (`one`/`many`: %1 name, %2 the titles)."""
        if not uses:
            return True
        titles = "\n".join(f"• {t}" for t in uses)
        text = (one if n == 1 else many).replace("%2", titles)
        return self.dialogs.confirm(
            title, text, QCoreApplication.translate("CataloguePage", "Delete")
        )

    def add(self) -> None:
        raise NotImplementedError

    def delete(self) -> None:
        raise NotImplementedError

    def move(self, delta: int) -> None:
        raise NotImplementedError

    def _show_current(self) -> None:
        raise NotImplementedError

    # -- keys ----------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if claims_new(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_N and key_command(event) == "add":
            self.add()
            event.accept()
            return
        super().keyPressEvent(event)
