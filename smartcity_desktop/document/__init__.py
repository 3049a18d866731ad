"""The open project as a live, undoable document: QUndoStack, commands, Qt signals."""

from smartcity_desktop.document.document import ProjectDocument
from smartcity_desktop.store.errors import FileProblem, ProjectFileError

__all__ = ["FileProblem", "ProjectDocument", "ProjectFileError"]
