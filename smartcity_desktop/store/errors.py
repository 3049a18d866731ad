"""Why a project file could not be opened, created or written."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class FileProblem(StrEnum):
    """The kinds of trouble a file can be in; the UI words each one for the moderator."""

    NOT_FOUND = "not_found"
    IS_DIRECTORY = "is_directory"
    NOT_A_PROJECT = "not_a_project"
    DAMAGED = "damaged"
    NEWER = "newer"
    LOCKED = "locked"
    EXISTS = "exists"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    IO_ERROR = "io_error"
    REFUSED = "refused"


_MESSAGES = {
    FileProblem.NOT_FOUND: "{path}: no such file",
    FileProblem.IS_DIRECTORY: "{path}: is a folder, not a Smart City Werkstatt file",
    FileProblem.NOT_A_PROJECT: "{path}: not a Smart City Werkstatt file",
    FileProblem.DAMAGED: "{path}: the file is damaged ({detail})",
    FileProblem.NEWER: "{path}: made with a newer version of Smart City Werkstatt ({detail})",
    FileProblem.LOCKED: "{path}: the file is already open in another window or program",
    FileProblem.EXISTS: "{path}: a file of that name exists already; nothing was overwritten",
    FileProblem.READ_ONLY: "{path}: the file is read-only; changes cannot be saved",
    FileProblem.DISK_FULL: "{path}: the disk is full; the last change was not saved",
    FileProblem.IO_ERROR: "{path}: the file could not be written ({detail})",
    FileProblem.REFUSED: "{path}: the change was refused by the file's rules ({detail})",
}


class ProjectFileError(Exception):
    """A project file problem with a plain one-line message (English; the UI translates by kind)."""

    def __init__(self, problem: FileProblem, path: Path | str, detail: str = "") -> None:
        self.problem = problem
        self.path = Path(path)
        self.detail = detail
        super().__init__(_MESSAGES[problem].format(path=self.path, detail=detail or problem))
