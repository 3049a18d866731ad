"""The score table's view and entry: typing a score commits it and moves on."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.ui.weighting_scale import (
    EVERYONE,
    TEXT,
    VALUE_ROLE,
    WARNING,
    Index,
    _hint,
    plain_number,
)
from smartcity_desktop.ui.weighting_scores import ScoresModel, criterion_anchors

# -- scores ---------------------------------------------------------------------------------------


_COMPLETE = re.compile(r"10|\d[.,]\d")  # nothing can follow: commit at once


class ScoreDelegate(QStyledItemDelegate):
    """Shows what is being typed into a cell; F2 or a double click opens a plain line edit."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        view = self.parent()
        if isinstance(view, ScoresView):
            typed = view.typed(index)
            if typed is not None:
                option.text = typed + "▏"
                option.backgroundBrush = QColor("#FFF6CC")
                option.palette.setColor(QPalette.ColorRole.HighlightedText, TEXT)
                option.palette.setColor(QPalette.ColorRole.Highlight, QColor("#FFE680"))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else plain_number(value, 2))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        shown = "" if value is None else plain_number(value, 2)
        if editor.text().strip() != shown:
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ScoresView(QTableView):
    """Scores typed without opening an editor: digits (and , or .) go into the current cell;
    Space, Tab or → commit and move right (at the end of a row to the next row), Enter commits
    and moves down, Esc drops what was typed, Del clears the selected cells; a complete number
    (10, or one with a decimal) commits and moves right by itself. Ctrl+V pastes a block from a
    spreadsheet in one step, Ctrl+C copies the selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoresTable")
        self.setItemDelegate(ScoreDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self._typed = ""
        self._cell = QPersistentModelIndex()
        self._advanced_from = QPersistentModelIndex()  # a complete number moved on by itself

    def scores(self) -> ScoresModel:
        model = self.model()
        assert isinstance(model, ScoresModel)
        return model

    def typed(self, index: Index) -> str | None:
        if self._typed and self._cell.isValid() and QModelIndex(self._cell) == QModelIndex(index):
            return self._typed
        return None

    def _set_typed(self, text: str, cell: QModelIndex | None = None) -> None:
        old = QModelIndex(self._cell)
        self._typed = text
        if cell is not None:
            self._cell = QPersistentModelIndex(cell)
        for index in (old, QModelIndex(self._cell)):
            if index.isValid():
                self.update(index)

    def commit_typed(self) -> bool:
        """Save what was typed into its cell; False (and nothing changes) if refused."""
        if not self._typed:
            return True
        text, cell = self._typed, QModelIndex(self._cell)
        self._set_typed("")
        if not cell.isValid():
            return False
        return self.scores().setData(cell, text)

    def step(self, rows: int, columns: int) -> None:
        """Move the current cell; moving right past the end of a row goes to the next row."""
        index = self.currentIndex()
        model = self.scores()
        if not index.isValid() or not model.rowCount():
            return
        row, column = index.row() + rows, index.column() + columns
        if column >= model.columnCount():
            row, column = row + 1, 0
        elif column < 0:
            row, column = row - 1, model.columnCount() - 1
        if 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        advanced_from = QModelIndex(self._advanced_from)
        self._advanced_from = QPersistentModelIndex()
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        key, text = event.key(), event.text()
        command = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if text and (text.isdigit() or text in ",.") and not command:
            self._type(text)
            return
        typing = bool(self._typed)
        if key == Qt.Key.Key_Escape and typing:
            self._set_typed("")
            return
        if key == Qt.Key.Key_Backspace and typing:
            self._set_typed(self._typed[:-1])
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_selected()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if advanced_from.isValid():  # "10" then Enter: the cell below the 10
                self.setCurrentIndex(advanced_from)
            if self.commit_typed():
                self.step(1, 0)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Space) or (key == Qt.Key.Key_Right and typing):
            if advanced_from.isValid():
                return  # a complete number moved on already
            if self.commit_typed():
                self.step(0, 1)
            return
        if key == Qt.Key.Key_Backtab:
            if self.commit_typed():
                self.step(0, -1)
            return
        moving = key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left)
        if typing and moving and not self.commit_typed():
            return
        super().keyPressEvent(event)

    def _type(self, char: str) -> None:
        index = self.currentIndex()
        model = self.scores()
        if not index.isValid():
            return
        if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            model.source.message.emit(model.why_read_only())
            return
        if char in ",." and any(c in self._typed for c in ",."):
            return
        self._set_typed(self._typed + char, index)
        if _COMPLETE.fullmatch(self._typed):
            cell = QModelIndex(self._cell)
            if self.commit_typed():
                self.step(0, 1)
                if self.currentIndex() != cell:
                    self._advanced_from = QPersistentModelIndex(
                        model.index(cell.row(), cell.column())
                    )

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._typed and QModelIndex(self._cell) != current:
            self.commit_typed()  # a click elsewhere keeps what was typed
        super().currentChanged(current, previous)

    def focusOutEvent(self, event: Any) -> None:
        if self._typed:
            self.commit_typed()
        super().focusOutEvent(event)

    def selected_cells(self) -> list[tuple[int, int]]:
        cells = {(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()}
        current = self.currentIndex()
        if not cells and current.isValid():
            cells = {(current.row(), current.column())}
        return sorted(cells)

    def clear_selected(self) -> bool:
        cells = self.selected_cells()
        return bool(cells) and self.scores().clear(cells)

    def paste(self) -> bool:
        cells = self.selected_cells()
        if not cells:
            return False
        row, column = cells[0]
        return self.scores().set_block(row, column, QGuiApplication.clipboard().text())

    def copy(self) -> None:
        cells = self.selected_cells()
        if not cells:
            return
        rows = sorted({r for r, _c in cells})
        columns = sorted({c for _r, c in cells})
        model = self.scores()
        lines = []
        for r in rows:
            values = []
            for c in columns:
                value = model.index(r, c).data(VALUE_ROLE)
                values.append("" if value is None else plain_number(value, 2))
            lines.append("\t".join(values))
        QGuiApplication.clipboard().setText("\n".join(lines))


class ScoresEntry(QWidget):
    """The score table with the current criterion's anchors and the excluded projects."""

    def __init__(self, model: ScoresModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.status = QLabel(self)
        self.status.setObjectName("scoresStatus")
        self.status.setStyleSheet("font-weight: 600;")
        self.view = ScoresView(self)
        self.view.setModel(model)
        header = self.view.horizontalHeader()
        header.setDefaultSectionSize(120)
        header.setMinimumSectionSize(70)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.verticalHeader().setDefaultSectionSize(34)
        self.anchors = QLabel(self)
        self.anchors.setObjectName("scoreAnchors")
        self.anchors.setWordWrap(True)
        self.anchors.setTextFormat(Qt.TextFormat.RichText)
        self.anchors.setStyleSheet(
            "background: #F4F7FA; border: 1px solid #DDE3E8; padding: 8px; font-size: 11pt;"
        )
        self.exclusions = QLabel(self)
        self.exclusions.setObjectName("scoreExclusions")
        self.exclusions.setWordWrap(True)
        self.exclusions.setStyleSheet(f"color: {WARNING.darker(140).name()};")
        self.keys = _hint(
            self.tr(
                "Type a score from 0 to 10 (7,5 or 7.5). Space, Tab or → moves right, Enter "
                "moves down, Del clears, Ctrl+V pastes a block copied from a spreadsheet."
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.anchors)
        layout.addWidget(self.exclusions)
        layout.addWidget(self.keys)
        model.modelReset.connect(self.refresh)
        model.dataChanged.connect(self.refresh)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        model.modelReset.connect(self._reconnect)
        self.refresh()

    def _reconnect(self) -> None:
        self._current_changed()

    def refresh(self, *_args: object) -> None:
        snap = self.model.snap
        if snap is None:
            return
        total = len(snap.projects) * len(snap.criteria)
        scorer = self.model.scorer
        if scorer == EVERYONE:
            self.status.setText(
                self.tr("All participants: the mean of each cell, with the range in brackets.")
            )
        else:
            entered = snap.scores_entered(scorer)
            if scorer is None:
                text = (
                    self.tr("Scores of the group: %1 of %2 cells")
                    .replace("%1", str(entered))
                    .replace("%2", str(total))
                )
            else:  # the name goes in last, so a "%2" in it stays as typed
                text = (
                    self.tr("Scores of %1: %2 of %3 cells")
                    .replace("%2", str(entered))
                    .replace("%3", str(total))
                    .replace("%1", snap.person(scorer))
                )
            self.status.setText(text)
        if not snap.criteria or not snap.projects:
            self.status.setText(
                self.tr("There is nothing to score: the weighting needs criteria and projects.")
            )
        lines = [
            f"{snap.projects[row].title} — {self.model.excluded_reason(row)}"
            for row in range(self.model.rowCount())
            if self.model.excluded_reason(row)
        ]
        self.exclusions.setText("\n".join(lines))
        self.exclusions.setVisible(bool(lines))
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._current_changed()

    def _current_changed(self, *_args: object) -> None:
        snap = self.model.snap
        index = self.view.currentIndex()
        if snap is None or not index.isValid() or index.column() >= len(snap.criteria):
            self.anchors.setText("")
            return
        lines = criterion_anchors(snap.criteria[index.column()]).split("\n")
        self.anchors.setText(
            f"<b>{html.escape(lines[0])}</b><br>" + "<br>".join(html.escape(x) for x in lines[1:])
            if len(lines) > 1
            else f"<b>{html.escape(lines[0])}</b><br>"
            + html.escape(self.tr("No anchors described for this criterion."))
        )
