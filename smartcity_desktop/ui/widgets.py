"""Small editing widgets: fields that push one command when an edit ends, a combo-box delegate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

ERROR_STYLE = "border: 2px solid #D55E00;"  # Okabe–Ito vermillion


class CommitLineEdit(QLineEdit):
    """A line edit that reports its text once, when editing ends, and only if it changed.

    `validator` returns True for acceptable text; invalid text is marked and not committed.
    """

    committed = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, validator: Callable[[str], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self._shown = ""
        self._validator = validator
        self.editingFinished.connect(self._finish)
        self.textEdited.connect(self._check)

    def show_value(self, text: str) -> None:
        """Show the document's value without committing anything.

        While the moderator is typing something not yet committed, their text stays; otherwise
        (e.g. after Undo, even with the focus here) the field shows what the file holds.
        """
        typing = self.hasFocus() and self.text().strip() != self._shown
        self._shown = text
        if not typing and self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)  # a long value shows its beginning, not its end
            self.setStyleSheet("")

    def _check(self, text: str) -> None:
        ok = self._validator is None or self._validator(text.strip())
        self.setStyleSheet("" if ok else ERROR_STYLE)

    def _finish(self) -> None:
        text = self.text().strip()
        if text == self._shown:
            return
        if self._validator is not None and not self._validator(text):
            return
        # `_shown` changes only when the document reports the change (show_value): if saving
        # fails, the typed text stays in the field and the next Enter tries again.
        self.committed.emit(text)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line edit that commits after a pause in typing and when it loses focus."""

    committed = Signal(str)
    IDLE_MS = 800

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.IDLE_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._typed)
        self._loading = False

    def show_value(self, text: str) -> None:
        """Show the document's value, unless the moderator is typing something not yet saved."""
        typing = self.hasFocus() and self.toPlainText() != self._shown
        self._shown = text
        if not typing and self.toPlainText() != text:
            self._loading = True
            self.setPlainText(text)
            self._loading = False

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def commit(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        if text != self._shown:
            self.committed.emit(text)

    def focusOutEvent(self, event: Any) -> None:
        self.commit()
        super().focusOutEvent(event)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (label, value) choices; writes the value (EditRole)."""

    def __init__(
        self, choices: Callable[[], list[tuple[str, Any]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._choices():
            combo.addItem(label, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(value)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def editable_rows_view(view: QTableView) -> QTableView:
    """A table of editable lines (decisions, goals, next steps): one line selected at a time,
    edited in place by double-click, F2 or just typing, the first column taking the room, and
    rows as tall as their wrapped text."""
    view.verticalHeader().hide()
    view.setWordWrap(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view
