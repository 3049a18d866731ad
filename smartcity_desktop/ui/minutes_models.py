"""Item models of the minutes: decisions and action items (tables), photos (thumbnails)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap, QTransform

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import minutes_ops as ops
from smartcity_desktop.domain.model import ActionItem, ActionStatus, Decision, Photo
from smartcity_desktop.ui.models import ID_ROLE, _TableModel

Index = QModelIndex | QPersistentModelIndex
_D = Qt.ItemDataRole.DisplayRole
_E = Qt.ItemDataRole.EditRole
_TIP = Qt.ItemDataRole.ToolTipRole
THUMBNAIL_SIDE = 160
_GERMAN_DATE = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4}|\d{2})\s*$")


def status_label(status: str) -> str:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("Minutes", "open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("Minutes", "in progress"),
        ActionStatus.DONE: QCoreApplication.translate("Minutes", "done"),
    }.get(ActionStatus(status), status)


def status_choices() -> list[tuple[str, Any]]:
    return [(status_label(s), str(s)) for s in ActionStatus]


def parse_due(text: str) -> str:
    """ "2026-12-01", "1.12.2026", "1.12.26" or the interface's short date ("12/1/26") → ISO
    date or ""; ValueError for anything else. A two-digit year is one of this century."""
    text = text.strip()
    if not text:
        return ""
    match = _GERMAN_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year + 2000 if year < 100 else year, month, day).isoformat()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        local = _local_short_date(text)
        if local is None:
            raise
        return local


def _local_short_date(text: str) -> str | None:
    """`text` in the interface language's short date format as an ISO date, or None."""
    locale = QLocale()
    form = locale.dateFormat(QLocale.FormatType.ShortFormat)
    day = locale.toDate(text, form)
    if not day.isValid():
        return None
    year = day.year()
    if "yyyy" not in form and year < 2000:  # Qt reads "yy" as 19yy
        year += 100
    return date(year, day.month(), day.day()).isoformat()


def due_problem(text: str) -> str:
    return QCoreApplication.translate(
        "Minutes",
        "“%1” is not a date. Type it as 2026-12-31 or 31.12.2026, or leave it empty.",
    ).replace("%1", text)


class _MinutesTable(_TableModel):
    """Rows of one workshop's minutes, reloaded on `minutes_changed`; refusals are reported."""

    refused = Signal(str)  # a sentence for the moderator: what was typed and why it was not taken

    def __init__(self, document: ProjectDocument, workshop_id: int) -> None:
        super().__init__(document)
        self.workshop_id = workshop_id
        self.reload()
        document.minutes_changed.connect(self.reload)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | self._editable()

    def row_of(self, row_id: int) -> int:
        return next((r for r, item in enumerate(self._rows) if item.id == row_id), -1)


class DecisionsModel(_MinutesTable):
    """Decisions: the text and, optionally, the agenda item it belongs to."""

    TEXT, AGENDA = range(2)

    def __init__(self, document: ProjectDocument, workshop_id: int) -> None:
        self.headers = (
            QCoreApplication.translate("Minutes", "Decision"),
            QCoreApplication.translate("Minutes", "Agenda item"),
        )
        self._agenda: dict[int, str] = {}
        super().__init__(document, workshop_id)
        document.agenda_changed.connect(self._agenda_changed)

    def _agenda_changed(self, workshop_id: int) -> None:
        if workshop_id == self.workshop_id:
            self.reload()

    def load(self) -> list[Decision]:
        self._agenda = {a.id: a.title for a in self.document.agenda(self.workshop_id)}
        return self.document.decisions(self.workshop_id)

    def agenda_choices(self) -> list[tuple[str, Any]]:
        none = QCoreApplication.translate("Minutes", "(none)")
        return [(none, 0), *((title, item_id) for item_id, title in self._agenda.items())]

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item: Decision = self._rows[index.row()]
        if role == ID_ROLE:
            return item.id
        if index.column() == self.TEXT and role in (_D, _E, _TIP):
            return item.text
        if index.column() == self.AGENDA:
            if role == _E:
                return item.agenda_item_id or 0
            if role == _D:
                return self._agenda.get(item.agenda_item_id or 0, "")
        return None

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if not index.isValid() or role != _E or self.document.read_only:
            return False
        item: Decision = self._rows[index.row()]
        if index.column() == self.TEXT:
            if not str(value).strip():
                self.refused.emit(
                    QCoreApplication.translate(
                        "Minutes", "A decision needs a text. To remove it, use Delete."
                    )
                )
                return False
            values: dict[str, Any] = {"text": str(value)}
        else:
            values = {"agenda_item_id": int(value) if value else None}
        command = ops.edit_decision(self.document, item.id, values)
        return bool(command) and self.document.push(command)


class ActionItemsModel(_MinutesTable):
    """Action items: what, who, due (ISO date or empty), status."""

    WHAT, WHO, DUE, STATUS = range(4)

    def __init__(self, document: ProjectDocument, workshop_id: int) -> None:
        self.headers = (
            QCoreApplication.translate("Minutes", "What"),
            QCoreApplication.translate("Minutes", "Who"),
            QCoreApplication.translate("Minutes", "Due"),
            QCoreApplication.translate("Minutes", "Status"),
        )
        super().__init__(document, workshop_id)

    def load(self) -> list[ActionItem]:
        return self.document.action_items(self.workshop_id)

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item: ActionItem = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return item.id
        if role in (_D, _E):
            if col == self.STATUS:
                return item.status if role == _E else status_label(item.status)
            return (item.what, item.who, item.due)[col]
        if role == _TIP and col == self.DUE:
            return QCoreApplication.translate(
                "Minutes", "A date such as 2026-12-31 or 31.12.2026; empty for open-ended"
            )
        return None

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if not index.isValid() or role != _E or self.document.read_only:
            return False
        item: ActionItem = self._rows[index.row()]
        col = index.column()
        text = str(value if value is not None else "")
        if col == self.WHAT:
            if not text.strip():
                self.refused.emit(
                    QCoreApplication.translate(
                        "Minutes", "An action item needs to say what is to be done."
                    )
                )
                return False
            values: dict[str, Any] = {"what": text}
        elif col == self.WHO:
            values = {"who": text.strip()}
        elif col == self.DUE:
            try:
                values = {"due": parse_due(text)}
            except ValueError:
                self.refused.emit(due_problem(text.strip()))
                return False
        else:
            values = {"status": text}
        command = ops.edit_action_item(self.document, item.id, values)
        return bool(command) and self.document.push(command)


class PhotosModel(_MinutesTable):
    """The workshop's photos as captioned thumbnails.

    Thumbnails are decoded once per photo (at thumbnail size, which for JPEG skips most of the
    work) and kept; turning a photo only turns its small thumbnail.
    """

    headers = ("",)

    def __init__(self, document: ProjectDocument, workshop_id: int) -> None:
        self._thumbnails: dict[tuple[int, int, int, str], QImage] = {}
        self._icons: dict[tuple[int, int], QIcon] = {}
        self.decoded = 0  # how many pictures were decoded (the tests watch the cache)
        super().__init__(document, workshop_id)

    def load(self) -> list[Photo]:
        photos = self.document.photos(self.workshop_id)
        keys = {self._key(p) for p in photos}
        self._thumbnails = {k: v for k, v in self._thumbnails.items() if k in keys}
        self._icons = {}
        return photos

    @staticmethod
    def _key(photo: Photo) -> tuple[int, int, int, str]:
        return (photo.id, photo.width, photo.height, photo.mime)

    def photo(self, row: int) -> Photo:
        return self._rows[row]

    def thumbnail(self, photo: Photo) -> QImage:
        key = self._key(photo)
        image = self._thumbnails.get(key)
        if image is None:
            image = _decode_small(self.document.photo_data(photo.id), THUMBNAIL_SIDE)
            self.decoded += 1
            self._thumbnails[key] = image
        return image

    def icon(self, photo: Photo) -> QIcon:
        key = (photo.id, photo.rotation)
        icon = self._icons.get(key)
        if icon is None:
            image = self.thumbnail(photo)
            if photo.rotation:
                image = image.transformed(QTransform().rotate(photo.rotation))
            icon = QIcon(QPixmap.fromImage(image))
            self._icons[key] = icon
        return icon

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() != 0:
            return None
        photo: Photo = self._rows[index.row()]
        if role == ID_ROLE:
            return photo.id
        if role in (_D, _E):
            return photo.caption
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icon(photo)
        if role == _TIP:
            return f"{photo.caption}\n{photo.width} × {photo.height}"
        return None

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if not index.isValid() or role != _E or self.document.read_only:
            return False
        photo: Photo = self._rows[index.row()]
        command = ops.edit_photo_caption(self.document, photo.id, str(value))
        return bool(command) and self.document.push(command)


def _decode_small(data: bytes, side: int) -> QImage:
    """Decode a picture at about `side` pixels (JPEG decodes at a reduced scale directly)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull():  # a damaged picture shows as a grey square, never a crash
        image = QImage(side, side, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.lightGray)
    return image
