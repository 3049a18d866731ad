"""The welcome page shown when no project is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop import APP_NAME


class WelcomePage(QWidget):
    """New project, open, recent files, and the demo."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(APP_NAME, self)
        title.setStyleSheet("font-size: 24pt; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Run the workshops of your city's Smart City strategy: collect ideas, cluster them "
                "into fields of action, vote, weigh criteria and write the minutes. Everything "
                "stays in one file on this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New project…"), self)
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.demo_button = QPushButton(self.tr("Open the demo"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentFiles")
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            column.addWidget(button)
        column.addSpacing(16)
        column.addWidget(QLabel(self.tr("Recent projects"), self))
        column.addWidget(self.recent, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(80, 40, 80, 40)
        outer.addLayout(column)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}  —  {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        if not paths:
            item = QListWidgetItem(self.tr("No recent projects yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
