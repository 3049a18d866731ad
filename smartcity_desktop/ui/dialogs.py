"""The one place modal dialogs are shown, so tests can replace it (see RELIABILITY.md, R19)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

FILE_FILTER = "Smart City Werkstatt (*.scw)"


def import_filter() -> str:
    return QCoreApplication.translate(
        "Dialogs", "Survey exports (*.csv *.txt *.tsv *.xlsx);;All files (*)"
    )


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

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        """One of several answers (buttons in this order) or None for Cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def run(self, dialog: QDialog) -> bool:
        """Show one of the app's own dialogs (import preview, duplicates); True if accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_path(self, title: str, folder: str, file_filter: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent, title, folder, file_filter or FILE_FILTER
        )
        return path or None

    def open_paths(self, title: str, folder: str, file_filter: str) -> list[str]:
        """Several files at once (photos); an empty list for Cancel."""
        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, folder, file_filter)
        return list(paths)

    def save_path(self, title: str, folder: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, folder, FILE_FILTER)
        if path and not path.endswith(".scw"):
            path += ".scw"
        return path or None
