"""The minutes of a workshop as undoable change sets: decisions, action items, photos of
flipcharts and pin boards, and the fields of the minutes themselves.

Photos are stored in the project file. A camera's 12-megapixel picture is turned upright (its
EXIF orientation) and scaled to at most `MAX_PHOTO_SIDE` pixels on the long side, which is more
than a printed page needs and keeps a workshop's thirty photos to a few megabytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Qt
from PySide6.QtGui import QImage, QImageReader

from smartcity_desktop.document.commands import ChangeSetCommand, move_ops
from smartcity_desktop.document.document import Delete, Insert, ProjectDocument, Update
from smartcity_desktop.domain.model import ActionStatus
from smartcity_desktop.domain.rules import clean_due_date

MAX_PHOTO_SIDE = 2400
JPEG_QUALITY = 85
MAX_PHOTO_BYTES = 60 * 1024 * 1024  # a file larger than this is not a photo we take in
ROTATIONS = (0, 90, 180, 270)


class MinutesTexts(QObject):
    """Undo texts with a count (self.tr(), so lupdate records their plural forms)."""

    def add_photos(self, n: int) -> str:
        return self.tr("Add %n photo(s)", "", n)


class PhotoRefused(ValueError):  # noqa: N818 - a refusal the moderator is told about
    """A file that is not a picture the minutes can hold; nothing was written."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason  # "unreadable", "not_an_image", "too_large"


@dataclass(frozen=True)
class PreparedPhoto:
    """A picture ready to store: upright, scaled, encoded."""

    data: bytes
    mime: str
    width: int
    height: int
    caption: str


def prepare_photo(path: Path | str) -> PreparedPhoto:
    """Read an image file (JPEG, PNG, or anything Qt reads), turn it upright and scale it.

    PNG stays PNG (diagrams, screenshots); everything else becomes JPEG. Raises PhotoRefused.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise PhotoRefused(str(path), "unreadable") from None
    if size > MAX_PHOTO_BYTES:
        raise PhotoRefused(str(path), "too_large")
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # EXIF orientation: phones store pictures sideways
    fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
    image = reader.read()
    if image.isNull():
        raise PhotoRefused(str(path), "not_an_image")
    return prepare_image(image, keep_png=fmt == "png", caption=path.stem)


def prepare_image(image: QImage, *, keep_png: bool = False, caption: str = "") -> PreparedPhoto:
    if max(image.width(), image.height()) > MAX_PHOTO_SIDE:
        image = image.scaled(
            MAX_PHOTO_SIDE,
            MAX_PHOTO_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    fmt, mime = ("PNG", "image/png") if keep_png else ("JPEG", "image/jpeg")
    if fmt == "JPEG" and image.hasAlphaChannel():
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    image = _pixels_only(image)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, JPEG_QUALITY if fmt == "JPEG" else -1)
    buffer.close()
    return PreparedPhoto(bytes(data.data()), mime, image.width(), image.height(), caption)


def _pixels_only(image: QImage) -> QImage:
    """A copy of `image`'s pixels without its text (a JPEG's comments, a PNG's text chunks:
    "Fotograf: …"), which QImage would otherwise write into the stored photo again."""
    if not image.textKeys():
        return image
    fresh = QImage(
        image.constBits(), image.width(), image.height(), image.bytesPerLine(), image.format()
    ).copy()
    fresh.setColorTable(image.colorTable())
    fresh.setDotsPerMeterX(image.dotsPerMeterX())
    fresh.setDotsPerMeterY(image.dotsPerMeterY())
    return fresh


# -- the fields of the minutes ---------------------------------------------------------------


def edit_workshop_minutes(
    doc: ProjectDocument, workshop_id: int, values: Mapping[str, Any]
) -> ChangeSetCommand | None:
    """Minute-taker or remarks (or any workshop field); typing merges into one step."""
    current = doc.row("workshop", workshop_id)
    values = {k: v for k, v in values.items() if current.get(k) != v}
    if not values:
        return None
    command = ChangeSetCommand(
        doc,
        [Update("workshops", workshop_id, dict(values))],
        QCoreApplication.translate("Commands", "Edit the minutes"),
    )
    if len(values) == 1:
        command.merge_key = ("workshop", workshop_id, next(iter(values)))
    return command


def set_pseudonymise(doc: ProjectDocument, on: bool) -> ChangeSetCommand | None:
    if doc.strategy().pseudonymise == on:
        return None
    return ChangeSetCommand(
        doc,
        [Update("strategy", 1, {"pseudonymise": int(on)})],
        QCoreApplication.translate("Commands", "Pseudonymise all names in the minutes")
        if on
        else QCoreApplication.translate("Commands", "Stop pseudonymising the minutes"),
    )


def set_logo(doc: ProjectDocument, data: bytes | None) -> ChangeSetCommand:
    """The logo on the minutes' cover (PNG or JPEG bytes; None removes it)."""
    if data is not None:
        image = QImage.fromData(data)
        if image.isNull():
            raise ValueError("the logo is not a picture")
    return ChangeSetCommand(
        doc,
        [Update("strategy", 1, {"logo": data})],
        QCoreApplication.translate("Commands", "Set the logo")
        if data
        else QCoreApplication.translate("Commands", "Remove the logo"),
    )


# -- decisions and action items --------------------------------------------------------------


def _position(items: Sequence[Any]) -> int:
    return max((i.position for i in items), default=-1) + 1


def add_decision(
    doc: ProjectDocument, workshop_id: int, text: str, agenda_item_id: int | None = None
) -> ChangeSetCommand:
    text = text.strip()
    if not text:
        raise ValueError("a decision needs a text")
    row = {
        "id": doc.next_id("decisions"),
        "workshop_id": workshop_id,
        "text": text,
        "agenda_item_id": agenda_item_id,
        "position": _position(doc.decisions(workshop_id)),
    }
    command = ChangeSetCommand(
        doc, [Insert("decisions", (row,))], QCoreApplication.translate("Commands", "Add decision")
    )
    command.new_ids = [row["id"]]
    return command


def edit_decision(
    doc: ProjectDocument, decision_id: int, values: Mapping[str, Any]
) -> ChangeSetCommand | None:
    values = dict(values)
    if "text" in values:
        values["text"] = str(values["text"]).strip()
        if not values["text"]:
            raise ValueError("a decision needs a text")
    return _edit(doc, "decision", "decisions", decision_id, values, "Edit decision")


def add_action_item(
    doc: ProjectDocument, workshop_id: int, what: str, who: str = "", due: str = ""
) -> ChangeSetCommand:
    what = what.strip()
    if not what:
        raise ValueError("an action item needs to say what is to be done")
    row = {
        "id": doc.next_id("action_items"),
        "workshop_id": workshop_id,
        "what": what,
        "who": who.strip(),
        "due": clean_due_date(due),
        "status": str(ActionStatus.OPEN),
        "position": _position(doc.action_items(workshop_id)),
    }
    command = ChangeSetCommand(
        doc,
        [Insert("action_items", (row,))],
        QCoreApplication.translate("Commands", "Add action item"),
    )
    command.new_ids = [row["id"]]
    return command


def edit_action_item(
    doc: ProjectDocument, item_id: int, values: Mapping[str, Any]
) -> ChangeSetCommand | None:
    values = dict(values)
    if "what" in values:
        values["what"] = str(values["what"]).strip()
        if not values["what"]:
            raise ValueError("an action item needs to say what is to be done")
    if "due" in values:
        values["due"] = clean_due_date(values["due"])
    if "status" in values:
        values["status"] = str(ActionStatus(values["status"]))
    return _edit(doc, "action_item", "action_items", item_id, values, "Edit action item")


def _edit(
    doc: ProjectDocument, entity: str, table: str, row_id: int, values: dict, text: str
) -> ChangeSetCommand | None:
    current = doc.row(entity, row_id)
    values = {k: v for k, v in values.items() if current.get(k) != v}
    if not values:
        return None
    label = {
        "Edit decision": QCoreApplication.translate("Commands", "Edit decision"),
        "Edit action item": QCoreApplication.translate("Commands", "Edit action item"),
        "Edit photo": QCoreApplication.translate("Commands", "Edit photo"),
    }[text]
    command = ChangeSetCommand(doc, [Update(table, row_id, values)], label)
    if len(values) == 1:
        command.merge_key = (entity, row_id, next(iter(values)))
    return command


def delete_rows(doc: ProjectDocument, table: str, ids: Sequence[int]) -> ChangeSetCommand | None:
    """Delete decisions, action items or photos (undoable)."""
    texts = {
        "decisions": QCoreApplication.translate("Commands", "Delete decision"),
        "action_items": QCoreApplication.translate("Commands", "Delete action item"),
        "photos": QCoreApplication.translate("Commands", "Delete photo"),
    }
    if table not in texts:
        raise ValueError(f"not a table of the minutes: {table}")
    ids = tuple(sorted(set(ids)))
    return ChangeSetCommand(doc, [Delete(table, ids)], texts[table]) if ids else None


def move_row(
    doc: ProjectDocument, table: str, workshop_id: int, row_id: int, index: int
) -> ChangeSetCommand | None:
    """Move a decision, action item or photo to `index` in its workshop's list."""
    items = {
        "decisions": doc.decisions,
        "action_items": doc.action_items,
        "photos": doc.photos,
    }[table](workshop_id)
    ops = move_ops(table, items, row_id, index)
    if not ops:
        return None
    text = {
        "decisions": QCoreApplication.translate("Commands", "Move decision"),
        "action_items": QCoreApplication.translate("Commands", "Move action item"),
        "photos": QCoreApplication.translate("Commands", "Move photo"),
    }[table]
    return ChangeSetCommand(doc, ops, text)


# -- photos ----------------------------------------------------------------------------------


def add_photos(
    doc: ProjectDocument, workshop_id: int, photos: Sequence[PreparedPhoto]
) -> ChangeSetCommand | None:
    """Photos at the end of the workshop's list, in one step."""
    if not photos:
        return None
    first = doc.next_id("photos")
    position = _position(doc.photos(workshop_id))
    rows = tuple(
        {
            "id": first + k,
            "workshop_id": workshop_id,
            "caption": p.caption,
            "data": p.data,
            "mime": p.mime,
            "width": p.width,
            "height": p.height,
            "rotation": 0,
            "position": position + k,
        }
        for k, p in enumerate(photos)
    )
    command = ChangeSetCommand(doc, [Insert("photos", rows)], MinutesTexts().add_photos(len(rows)))
    command.new_ids = [r["id"] for r in rows]
    return command


def rotate_photo(doc: ProjectDocument, photo_id: int, clockwise: bool = True) -> ChangeSetCommand:
    """Turn a photo by a quarter (only how it is shown; the stored picture stays as it is)."""
    current = int(doc.row("photo", photo_id)["rotation"])
    rotation = (current + (90 if clockwise else 270)) % 360
    return ChangeSetCommand(
        doc,
        [Update("photos", photo_id, {"rotation": rotation})],
        QCoreApplication.translate("Commands", "Rotate photo"),
    )


def edit_photo_caption(
    doc: ProjectDocument, photo_id: int, caption: str
) -> ChangeSetCommand | None:
    return _edit(doc, "photo", "photos", photo_id, {"caption": caption.strip()}, "Edit photo")
