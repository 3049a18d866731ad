"""Pages with little logic: hints for sections still empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)


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
