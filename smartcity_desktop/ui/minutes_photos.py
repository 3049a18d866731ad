"""Photos of flipcharts and pin boards in the minutes: thumbnails, add (file dialog or drop),
rotate, caption, delete, reorder."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import minutes_ops as ops
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.minutes_models import THUMBNAIL_SIDE, PhotosModel
from smartcity_desktop.ui.models import ID_ROLE

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic")


def dropped_files(mime: QMimeData) -> list[str]:
    """Local files in a drag (image or not: a refused file is named in the message)."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def open_photo_paths(dialogs: Dialogs, title: str, folder: str, file_filter: str) -> list[str]:
    return dialogs.open_paths(title, folder, file_filter)


class PhotosPanel(QWidget):
    """The photo strip of one workshop's minutes with its buttons."""

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        workshop_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.workshop_id = workshop_id
        self.last_folder = ""
        self.model = PhotosModel(document, workshop_id)
        self.view = QListView(self)
        self.view.setObjectName("photosView")
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        self.view.setGridSize(QSize(THUMBNAIL_SIDE + 40, THUMBNAIL_SIDE + 60))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

        self.buttons: dict[str, QPushButton] = {}
        first, second = QHBoxLayout(), QHBoxLayout()
        for name, text, slot in (
            ("add", self.tr("Add photos…"), self.add_from_dialog),
            ("left", self.tr("Rotate left"), lambda: self.rotate(clockwise=False)),
            ("right", self.tr("Rotate right"), lambda: self.rotate(clockwise=True)),
            ("caption", self.tr("Caption…"), self.edit_caption),
            ("earlier", self.tr("Move earlier"), lambda: self.move(-1)),
            ("later", self.tr("Move later"), lambda: self.move(+1)),
            ("delete", self.tr("Delete"), self.delete_selected),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"photo_{name}")
            button.clicked.connect(slot)
            button.setEnabled(not document.read_only)
            self.buttons[name] = button
            (first if name in ("add", "caption", "delete") else second).addWidget(button)
        first.addStretch(1)
        second.addStretch(1)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while a caption is edited
        delete_key.activated.connect(self.delete_selected)
        self.buttons["add"].setToolTip(
            self.tr("Or drop picture files anywhere on this page (JPEG or PNG)")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(first)
        layout.addLayout(second)

    # -- which photos --------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.model.photo(r).id for r in rows if r < self.model.rowCount()]

    def select(self, photo_ids: Iterable[int]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        first = True
        for photo_id in photo_ids:
            row = self.model.row_of(photo_id)
            if row < 0:
                continue
            index = self.model.index(row, 0)
            flag = selection.SelectionFlag.Select
            if first:
                selection.setCurrentIndex(index, flag)
                first = False
            else:
                selection.select(index, flag)

    # -- adding --------------------------------------------------------------------------

    def add_from_dialog(self) -> None:
        folder = self.last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation
        )
        pattern = " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
        paths = open_photo_paths(
            self.dialogs,
            self.tr("Add photos"),
            folder,
            self.tr("Pictures (%1);;All files (*)").replace("%1", pattern),
        )
        if paths:
            self.add_files(paths)

    def add_files(self, paths: Iterable[str]) -> list[int]:
        """Add the pictures among `paths` in one undo step; say which files were refused."""
        paths = list(paths)
        prepared: list[ops.PreparedPhoto] = []
        refused: list[ops.PhotoRefused] = []
        for path in paths:
            try:
                prepared.append(ops.prepare_photo(path))
            except ops.PhotoRefused as problem:
                refused.append(problem)
        if paths:
            self.last_folder = str(Path(paths[0]).parent)
        new_ids: list[int] = []
        command = ops.add_photos(self.document, self.workshop_id, prepared)
        if command is not None and self.document.push(command):
            new_ids = list(command.new_ids)
            self.select(new_ids)
        if refused:
            lines = [f"• {Path(p.path).name}: {self._reason(p.reason)}" for p in refused]
            head = self.tr("%n file(s) could not be added:", "", len(refused))
            tail = self.tr("The other pictures were added.") if prepared else ""
            self.dialogs.warn(self.tr("Add photos"), "\n".join([head, *lines, "", tail]).strip())
        return new_ids

    def _reason(self, reason: str) -> str:
        return {
            "unreadable": self.tr("the file cannot be read"),
            "not_an_image": self.tr("it is not a picture (JPEG, PNG and similar are)"),
            "too_large": self.tr("the file is larger than 60 MB"),
        }.get(reason, reason)

    # -- changing ------------------------------------------------------------------------

    def _nothing_selected(self) -> bool:
        if self.selected_ids():
            return False
        self.dialogs.info(self.tr("Photos"), self.tr("Select a photo first."))
        return True

    def rotate(self, *, clockwise: bool) -> None:
        if self._nothing_selected():
            return
        ids = self.selected_ids()
        for photo_id in ids:  # several photos: one step each, as each is its own picture
            self.document.push(ops.rotate_photo(self.document, photo_id, clockwise))
        self.select(ids)

    def edit_caption(self) -> None:
        if self._nothing_selected():
            return
        photo_id = self.selected_ids()[0]
        row = self.model.row_of(photo_id)
        old = self.model.photo(row).caption
        text = self.dialogs.get_text(self.tr("Caption"), self.tr("Caption of the photo"), old)
        if text is not None:
            command = ops.edit_photo_caption(self.document, photo_id, text)
            if command is not None:
                self.document.push(command)
            self.select([photo_id])

    def move(self, step: int) -> None:
        if self._nothing_selected():
            return
        photo_id = self.selected_ids()[0]
        row = self.model.row_of(photo_id)
        command = ops.move_row(self.document, "photos", self.workshop_id, photo_id, row + step)
        if command is not None:
            self.document.push(command)
        self.select([photo_id])

    def delete_selected(self) -> None:
        if self._nothing_selected():
            return
        command = ops.delete_rows(self.document, "photos", self.selected_ids())
        if command is not None:
            self.document.push(command)  # undoable: no question asked

    def current_photo_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None
