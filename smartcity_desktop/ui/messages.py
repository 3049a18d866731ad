"""Plain, translated words for what can go wrong with a project file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smartcity_desktop.document import FileProblem


def file_problem_text(problem: FileProblem, name: str) -> str:
    """One or two sentences the moderator can act on."""
    texts = {
        FileProblem.NOT_FOUND: QCoreApplication.translate(
            "Messages", "“{name}” does not exist (any more)."
        ),
        FileProblem.IS_DIRECTORY: QCoreApplication.translate(
            "Messages", "“{name}” is a folder, not a Smart City Werkstatt file."
        ),
        FileProblem.NOT_A_PROJECT: QCoreApplication.translate(
            "Messages", "“{name}” is not a Smart City Werkstatt file. It was not changed."
        ),
        FileProblem.DAMAGED: QCoreApplication.translate(
            "Messages",
            "“{name}” is damaged and cannot be opened. It was not changed. "
            "Snapshots of the project are kept in the folder beside it.",
        ),
        FileProblem.NEWER: QCoreApplication.translate(
            "Messages",
            "“{name}” was made with a newer version of Smart City Werkstatt. "
            "Please update the app to open it. The file was not changed.",
        ),
        FileProblem.LOCKED: QCoreApplication.translate(
            "Messages",
            "“{name}” is already open in another window or program. "
            "Close it there first, or open a copy.",
        ),
        FileProblem.EXISTS: QCoreApplication.translate(
            "Messages", "“{name}” exists already. Nothing was overwritten."
        ),
        FileProblem.READ_ONLY: QCoreApplication.translate(
            "Messages",
            "“{name}” is read-only. You can look at it and save a copy, but not change it.",
        ),
        FileProblem.DISK_FULL: QCoreApplication.translate(
            "Messages",
            "The disk is full. Your last change was not saved; everything before it is safe. "
            "Free some space and try again.",
        ),
        FileProblem.IO_ERROR: QCoreApplication.translate(
            "Messages",
            "“{name}” could not be written. Your last change was not saved; "
            "everything before it is safe.",
        ),
        FileProblem.REFUSED: QCoreApplication.translate(
            "Messages", "The change was not accepted: a value is not allowed here."
        ),
    }
    return texts[problem].replace("{name}", name)
