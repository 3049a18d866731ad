"""Named versions of the strategy draft: save one, list them, rename or delete one, compare any
two, and restore one (one undo step).

A version is a snapshot inside the project file; restoring puts back the texts, the strategic
goals, the goals of the fields of action, governance and next steps. Fields of action, projects
and criteria belong to the boards and the catalogue and stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument, strategy_ops
from smartcity_desktop.domain.strategy import DraftFormatError
from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.draft_compare import (
    CURRENT,
    CompareView,
    damaged_text,
    format_created,
)
from smartcity_desktop.ui.export_dialogs import (
    STRATEGY_FORMATS,
    ExportDialog,
    export_folder,
    interface_language,
    strategy_file_name,
    write_strategy_docx,
    write_strategy_pdf,
)
from smartcity_desktop.ui.export_runner import ExportRunner, Progress, running_exports


def suggested_name(document: ProjectDocument) -> str:
    """ "Draft 3 after <the latest workshop>": the next number, the workshop held last (one
    still to come is not "after")."""
    number = len(document.strategy_versions()) + 1
    workshops = document.workshops()
    dated = [w for w in workshops if w.date]
    held = [w for w in dated if w.date <= date.today().isoformat()] or dated
    latest = max(held, key=lambda w: (w.date, w.position, w.id)) if held else None
    if latest is None and workshops:
        latest = workshops[-1]
    if latest is None:
        return QCoreApplication.translate("DraftVersions", "Draft %1").replace("%1", str(number))
    return (
        QCoreApplication.translate("DraftVersions", "Draft %1 after %2")
        .replace("%1", str(number))
        .replace("%2", latest.title)
    )


def save_version_interactively(
    document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
) -> bool:
    """Ask for a name (suggesting one) and keep the current draft under it; True if saved."""
    del parent  # the dialogs know their parent window
    title = QCoreApplication.translate("DraftVersions", "Save version")
    name = suggested_name(document)
    while True:
        answer = dialogs.get_text(
            title,
            QCoreApplication.translate(
                "DraftVersions", "Name of the version (the current draft is kept under this name):"
            ),
            name,
        )
        if answer is None:
            return False
        if answer.strip():
            break
        dialogs.warn(title, QCoreApplication.translate("DraftVersions", "A version needs a name."))
    try:
        command = strategy_ops.save_version(document, answer)
    except ValueError:
        dialogs.warn(
            title,
            QCoreApplication.translate(
                "DraftVersions", "A version needs a name. Nothing was saved."
            ),
        )
        return False
    return document.push(command)


def fitting_size(wanted: QSize, room: QRect, share: float = 0.9) -> QSize:
    """`wanted`, but no more than `share` of the screen's usable room in each direction (a
    768 px laptop screen less its task bar is smaller than a big dialog)."""
    return QSize(
        min(wanted.width(), int(room.width() * share)),
        min(wanted.height(), int(room.height() * share)),
    )


class VersionsDialog(QDialog):
    """The versions of the draft (newest first) beside a comparison of any two of them."""

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        settings: prefs.Settings | None = None,
    ) -> None:
        """`settings`: where exports went last (None: they start in the Documents folder)."""
        super().__init__(parent)
        self.settings = settings
        # closed is gone: a hidden dialog would keep comparing on every change of the draft
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("versionsDialog")
        self.setWindowTitle(self.tr("Versions of the strategy draft"))
        self.document = document
        self.dialogs = dialogs
        self.list = QTreeWidget(self)
        self.list.setObjectName("versionsList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Version"), self.tr("Saved")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(
            self.tr("No versions yet. Save one to keep the draft as it is now."), self
        )
        self.empty.setObjectName("versionsEmpty")
        self.empty.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("versionsStatus")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        column.addWidget(self.list, 1)
        column.addWidget(self.empty)
        for name, text, slot in (
            ("save", self.tr("Save current draft as version…"), self.save),
            ("rename", self.tr("Rename…"), self.rename),
            ("delete", self.tr("Delete"), self.delete),
            ("restore", self.tr("Restore this version…"), self.restore),
            ("export", self.tr("Export this version (PDF or Word)…"), self.export),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"version_{name}")
            button.clicked.connect(slot)
            self.buttons[name] = button
            column.addWidget(button)
        column.addWidget(self.status)
        left = QWidget(self)
        left.setLayout(column)
        column.setContentsMargins(0, 0, 0, 0)
        self.compare = CompareView(document, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.compare)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 860])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(fitting_size(QSize(1200, 720), self._screen_room(parent)))
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        document.versions_changed.connect(self.rebuild)
        self.rebuild()

    def _screen_room(self, parent: QWidget | None) -> QRect:
        """The usable part of the screen the dialog opens on (that of its parent)."""
        screen = (parent.screen() if parent is not None else None) or self.screen()
        return screen.availableGeometry()

    # -- showing -------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def current_name(self) -> str:
        item = self.list.currentItem()
        return item.text(0) if item is not None else ""

    def rebuild(self) -> None:
        keep = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        versions = self.compare.versions()
        for v in versions:
            item = QTreeWidgetItem(self.list, [v.name, format_created(v.created)])
            item.setData(0, Qt.ItemDataRole.UserRole, v.id)
            item.setToolTip(0, v.name)
            if v.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.blockSignals(False)
        self.empty.setVisible(not versions)
        self._selected(follow=self.current_id() != keep)

    def _selected(self, follow: bool = True) -> None:
        vid = self.current_id()
        writable = not self.document.read_only
        self.buttons["save"].setEnabled(writable)
        for name in ("rename", "delete", "restore"):
            self.buttons[name].setEnabled(writable and vid is not None)
        self.buttons["export"].setEnabled(vid is not None)  # a read-only file exports too
        self.buttons["restore"].setToolTip(
            self.tr("Restore “%1” (the version chosen in the list)").replace(
                "%1", self.current_name()
            )
            if vid is not None
            else ""
        )
        if follow and vid is not None:
            self.compare.set_pair(vid, CURRENT)

    def versions_shown(self) -> list[tuple[str, str]]:
        """(name, saved) of each row, top to bottom."""
        return [
            (self.list.topLevelItem(i).text(0), self.list.topLevelItem(i).text(1))
            for i in range(self.list.topLevelItemCount())
        ]

    def select(self, version_id: int) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == version_id:
                self.list.setCurrentItem(item)
                return

    # -- changing ------------------------------------------------------------------------------

    def save(self) -> None:
        if save_version_interactively(self.document, self.dialogs, self):
            newest = self.compare.versions()
            if newest:
                self.select(newest[0].id)
            self.status.setText(self.tr("Saved. You can undo this (Edit ▸ Undo)."))

    def rename(self) -> None:
        vid = self.current_id()
        if vid is None:
            return
        title = self.tr("Rename version")
        answer = self.dialogs.get_text(
            title, self.tr("New name of the version:"), self.current_name()
        )
        if answer is None:
            return
        try:
            command = strategy_ops.rename_version(self.document, vid, answer)
        except ValueError:
            self.dialogs.warn(title, self.tr("A version needs a name. The name stays as it was."))
            return
        except KeyError:
            return
        if command is not None:
            self.document.push(command)

    def delete(self) -> None:
        vid = self.current_id()
        if vid is None:
            return
        if not self.dialogs.confirm(
            self.tr("Delete version"),
            self.tr(
                "Delete the version “%1”? The current draft is not changed. You can undo this."
            ).replace("%1", self.current_name()),
            self.tr("Delete"),
        ):
            return
        try:
            command = strategy_ops.delete_version(self.document, vid)
        except KeyError:
            return
        self.document.push(command)

    def restore(self) -> None:
        vid = self.current_id()
        if vid is None:
            return
        name = self.current_name()
        title = self.tr("Restore version")
        try:
            plan = strategy_ops.restore_version(self.document, vid)
        except DraftFormatError:
            self.dialogs.warn(title, damaged_text(name))
            return
        except KeyError:
            return
        if plan.command is None:
            self.dialogs.info(
                title, self.tr("The current draft already says what “%1” says.").replace("%1", name)
            )
            return
        if not self.dialogs.confirm(
            title,
            self.tr(
                "Restore the version “%1”? It replaces the texts of all sections, the strategic "
                "goals, the goals of the fields of action, governance and the next steps of the "
                "current draft.\n\nThe fields of action, projects and criteria stay as they are "
                "(a field's title and description are taken from the version where the field "
                "still exists). You can undo this."
            ).replace("%1", name),
            self.tr("Restore"),
        ):
            return
        if not self.document.push(plan.command):
            return
        self.status.setText(
            self.tr("“%1” restored. You can undo this (Edit ▸ Undo).").replace("%1", name)
        )
        notes = []
        if plan.fields_missing:
            notes.append(
                self.tr(
                    "These fields of action of the version no longer exist, so their texts "
                    "were not restored: %1.",
                    "",
                    len(plan.fields_missing),
                ).replace("%1", ", ".join(f"“{t}”" for t in plan.fields_missing))
            )
        if plan.weighting_missing:
            notes.append(
                self.tr(
                    "The weighting the version names as agreed no longer exists; the draft "
                    "names no agreed weighting now."
                )
            )
        if notes:
            self.dialogs.info(title, "\n\n".join([self.status.text(), *notes]))
        self.compare.set_pair(vid, CURRENT)

    def export(self) -> ExportRunner | None:
        vid = self.current_id()
        if vid is None:
            return None
        return export_version(self, self.document, self.dialogs, vid, settings=self.settings)


def main_window(widget: QWidget) -> QWidget:
    """The outermost window `widget` belongs to. An export runs on after the dialog closes and
    the page is replaced, so its runner must belong to the window that outlives both."""
    window = widget.window()
    while window.parentWidget() is not None:
        window = window.parentWidget().window()
    return window


def export_version(
    parent: QWidget,
    document: ProjectDocument,
    dialogs: Dialogs,
    version_id: int,
    *,
    settings: prefs.Settings | None = None,
    writer: Callable[..., Any] | None = None,
) -> ExportRunner | None:
    """Ask where to and as what (PDF or Word), then write a version of the draft in a worker
    thread (the same machinery as the current draft's export). With `settings` the dialog
    starts in the last export folder and remembers the one chosen."""
    title = QCoreApplication.translate("DraftVersions", "Export version")
    window = main_window(parent)
    if running_exports(window):
        dialogs.info(
            title,
            QCoreApplication.translate(
                "DraftVersions", "An export is still running. Please wait until it is done."
            ),
        )
        return None
    name = next((v.name for v in document.strategy_versions() if v.id == version_id), "")
    try:
        draft = document.strategy_version(version_id)  # on this thread: the file belongs to it
    except (DraftFormatError, KeyError):
        dialogs.warn(title, damaged_text(name))
        return None
    if settings is not None:
        folder = Path(export_folder(settings))
    else:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
    day = draft.created[:10] or date.today().isoformat()
    path = folder / strategy_file_name(name or draft.title, day, "pdf")
    dialog = ExportDialog(
        title, str(path), list(STRATEGY_FORMATS.items()), minutes=False, parent=parent
    )
    target = None
    while dialogs.run(dialog):
        chosen = dialog.target()
        if not chosen.exists() or dialogs.confirm(
            title,
            QCoreApplication.translate("DraftVersions", "“%1” exists already. Replace it?").replace(
                "%1", chosen.name
            ),
            QCoreApplication.translate("DraftVersions", "Replace"),
        ):
            target = chosen
            break
    if target is None:
        return None
    if settings is not None:
        settings.set(prefs.LAST_EXPORT_FOLDER, str(target.parent))
    language = interface_language()
    pdf = target.suffix.lower() == ".pdf"
    if pdf:
        write = writer or write_strategy_pdf
        logo = document.logo()  # read here: the worker never touches the file

        def task(progress: Progress) -> Any:
            return write(draft, target, language=language, progress=progress, logo=logo)

    else:
        write = writer or write_strategy_docx

        def task(progress: Progress) -> Any:
            return write(draft, target, language=language)

    runner = ExportRunner(dialogs, window, title, task, cancellable=pdf)
    runner.start()
    return runner
