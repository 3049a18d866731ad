"""The one place modal dialogs are shown, so tests can replace it (see RELIABILITY.md, R19)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

FILE_FILTER = "Smart City Werkstatt (*.scw)"


class Dialogs:
    """Modal questions and file pickers. Tests pass a subclass that answers without a dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str, yes_text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def get_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value if ok else None

    def open_path(self, title: str, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, FILE_FILTER)
        return path or None

    def save_path(self, title: str, folder: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, folder, FILE_FILTER)
        if path and not path.endswith(".scw"):
            path += ".scw"
        return path or None
