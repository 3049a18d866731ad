"""The `.scw` file: safe open and create, migrations, transactions, copies, checks."""

from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.errors import FileProblem, ProjectFileError

__all__ = ["FileProblem", "ProjectFile", "ProjectFileError"]
