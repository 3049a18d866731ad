"""PDFs and data exports, written atomically from domain objects.

Kept tiny: the heavy libraries (reportlab, pikepdf, Pillow, openpyxl) are imported by the
export modules on first use, never at app start-up.
"""

from __future__ import annotations


class ExportCancelled(Exception):  # noqa: N818 - the name is the shared export contract
    """The user cancelled an export through its progress callback; the target is untouched."""
