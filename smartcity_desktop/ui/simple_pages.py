"""Pages with little logic: the idea cards of a board, hints for sections still empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.ui.models import CardsModel


class BoardPage(QWidget):
    """The idea cards collected on a board, with their sources."""

    def __init__(
        self, document: ProjectDocument, board_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = CardsModel(document, board_id)
        heading = QLabel(title, self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        count = QLabel(self.tr("%n idea card(s)", "", self.model.rowCount()), self)
        self.view = QTableView(self)
        self.view.setObjectName("cardsView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(count)
        layout.addWidget(self.view, 1)


class HintPage(QWidget):
    """A section with nothing in it yet: says what goes there."""

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title, self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        text = QLabel(hint, self)
        text.setObjectName("hintText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        text.setStyleSheet("color: #555; font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
