"""The minutes page as the minute-taker uses it during a workshop: header fields, agenda notes,
decisions, action items, photos (file dialog and drag-and-drop), pseudonymisation and the logo.

Every change is checked in the `.scw` file on disk (a copy read with the store's own reader)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication
from ui_helpers import FakeDialogs, current_page, focus, open_demo

from smartcity_desktop.domain.minutes import WorkshopRecord
from smartcity_desktop.store import ProjectFile
from smartcity_desktop.store.minutes import load_workshop_record
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.minutes_models import ActionItemsModel, DecisionsModel, PhotosModel
from smartcity_desktop.ui.minutes_page import MinutesPage
from smartcity_desktop.ui.minutes_settings import MinutesSettingsPanel
from smartcity_desktop.ui.navigator import Node

KICK_OFF_ID = 1
_E = Qt.ItemDataRole.EditRole
COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier(0)


def record_on_disk(path: Path, workshop_id: int = KICK_OFF_ID) -> WorkshopRecord:
    """The workshop's minutes as the file on disk holds them now (read from a copy)."""
    folder = Path(tempfile.mkdtemp(prefix="scw-minutes-"))
    try:
        copy = folder / "copy.scw"
        shutil.copyfile(path, copy)
        pf = ProjectFile.open(copy, read_only=True)
        try:
            return load_workshop_record(pf, workshop_id)
        finally:
            pf.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def page(window: MainWindow, demo_path: Path) -> MinutesPage:
    open_demo(window, demo_path)
    window.show_node(Node("minutes", 0, KICK_OFF_ID))
    shown = current_page(window)
    assert isinstance(shown, MinutesPage)
    return shown


def picture(path: Path, width: int = 640, height: int = 480, colour: str = "#3366aa") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def undo_texts(window: MainWindow) -> list[str]:
    stack = window.document.undo_stack  # type: ignore[union-attr]
    return [stack.text(i) for i in range(stack.count())]


# -- the page and its header -------------------------------------------------------------------


def test_minutes_node_shows_the_page_with_the_workshop(window: MainWindow, page: MinutesPage):
    assert "Auftaktworkshop: Handlungsfelder" in page.heading.text()
    assert page.header.title_edit.text() == "Auftaktworkshop: Handlungsfelder"
    assert page.minute_taker_edit.text() == "Tobias Flipchart"
    assert page.decisions.model.rowCount() == 2
    assert page.action_items.model.rowCount() == 3
    assert page.photos.model.rowCount() == 2
    # the project-wide switch and the logo sit in the properties panel
    assert isinstance(window.properties_dock.widget(), MinutesSettingsPanel)
    assert window.export_minutes_action.isEnabled()


def test_minute_taker_and_remarks_are_saved_and_undone(
    qtbot, window: MainWindow, page: MinutesPage, demo_path: Path
):
    focus(qtbot, page.minute_taker_edit)
    page.minute_taker_edit.selectAll()
    qtbot.keyClicks(page.minute_taker_edit, "Paula Pinnwand")
    qtbot.keyClick(page.minute_taker_edit, Qt.Key.Key_Return)
    assert record_on_disk(demo_path).workshop.minute_taker == "Paula Pinnwand"

    page.tabs.setCurrentWidget(page.remarks_edit)
    focus(qtbot, page.remarks_edit)
    page.remarks_edit.moveCursor(page.remarks_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.remarks_edit, " Raum zu warm")
    page.remarks_edit.commit()  # a pause in typing
    qtbot.keyClicks(page.remarks_edit, "; Beamer fehlte")
    focus(qtbot, page.minute_taker_edit)  # focus-out commits
    assert record_on_disk(demo_path).workshop.remarks.endswith("Raum zu warm; Beamer fehlte")
    steps = undo_texts(window)
    assert steps.count("Edit the minutes") == 2  # the minute-taker, and the remarks merged

    window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert "Raum zu warm" not in record_on_disk(demo_path).workshop.remarks
    assert page.remarks_edit.toPlainText() == record_on_disk(demo_path).workshop.remarks
    window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert record_on_disk(demo_path).workshop.minute_taker == "Tobias Flipchart"
    assert page.minute_taker_edit.text() == "Tobias Flipchart"


def test_header_field_edits_the_workshop(qtbot, page: MinutesPage, demo_path: Path):
    edit = page.header.place_edit
    focus(qtbot, edit)
    edit.selectAll()
    qtbot.keyClicks(edit, "Rathaus Nord")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert record_on_disk(demo_path).workshop.place == "Rathaus Nord"


def test_agenda_notes_typed_live_merge_into_one_step(
    qtbot, window: MainWindow, page: MinutesPage, demo_path: Path
):
    page.select_agenda_item(2)
    item = record_on_disk(demo_path).agenda[2]
    assert page.notes_edit.toPlainText() == item.notes
    assert item.title in page.notes_label.text()
    focus(qtbot, page.notes_edit)
    page.notes_edit.moveCursor(page.notes_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.notes_edit, " Beispiel Ulm.")
    qtbot.waitUntil(
        lambda: record_on_disk(demo_path).agenda[2].notes.endswith("Ulm."), timeout=3000
    )
    qtbot.keyClicks(page.notes_edit, " Und Wolfsburg.")
    page.select_agenda_item(3)  # switching items commits to the item typed into
    assert record_on_disk(demo_path).agenda[2].notes == item.notes + " Beispiel Ulm. Und Wolfsburg."
    assert record_on_disk(demo_path).agenda[3].notes == page.notes_edit.toPlainText()
    assert undo_texts(window).count("Edit agenda notes") == 1

    window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert record_on_disk(demo_path).agenda[2].notes == item.notes
    assert page._notes_item == record_on_disk(demo_path).agenda[3].id  # selection kept


# -- decisions and action items ----------------------------------------------------------------


def test_decisions_add_edit_move_delete_undo(
    qtbot, window: MainWindow, page: MinutesPage, demo_path: Path, qtmodeltester
):
    panel = page.decisions
    qtmodeltester.check(panel.model)
    focus(qtbot, panel.new_edit)
    qtbot.keyClicks(panel.new_edit, "Der Strategieentwurf geht in den Stadtrat.")
    qtbot.keyClick(panel.new_edit, Qt.Key.Key_Return)
    texts = [d.text for d in record_on_disk(demo_path).decisions]
    assert texts[-1] == "Der Strategieentwurf geht in den Stadtrat."
    assert panel.new_edit.text() == ""
    row = panel.model.rowCount() - 1
    assert panel.view.currentIndex().row() == row

    agenda = record_on_disk(demo_path).agenda
    assert panel.model.setData(panel.model.index(row, DecisionsModel.AGENDA), agenda[6].id, _E)
    assert record_on_disk(demo_path).decisions[-1].agenda_item_id == agenda[6].id
    assert panel.model.index(row, DecisionsModel.AGENDA).data() == agenda[6].title
    assert panel.model.setData(panel.model.index(row, DecisionsModel.TEXT), "Geht in den Rat.", _E)
    assert record_on_disk(demo_path).decisions[-1].text == "Geht in den Rat."

    assert not panel.model.setData(panel.model.index(row, DecisionsModel.TEXT), "  ", _E)
    [warning] = window.dialogs.take("warn")  # type: ignore[attr-defined]
    assert "needs a text" in warning.text

    panel.view.selectRow(row)
    panel.buttons["up"].click()
    assert [d.text for d in record_on_disk(demo_path).decisions][1] == "Geht in den Rat."
    assert panel.view.currentIndex().row() == 1
    panel.buttons["delete"].click()
    assert len(record_on_disk(demo_path).decisions) == 2
    window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert [d.text for d in record_on_disk(demo_path).decisions][1] == "Geht in den Rat."
    qtmodeltester.check(panel.model)


def test_action_items_add_with_due_date_status_and_refused_dates(
    qtbot, window: MainWindow, page: MinutesPage, demo_path: Path, qtmodeltester
):
    panel = page.action_items
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    panel.new_edit.setText("Fotoprotokoll verschicken")
    panel.who_edit.setText("Tobias Flipchart")
    panel.due_edit.setText("31.02.2027")  # no such day
    panel.buttons["add"].click()
    [warning] = dialogs.take("warn")
    assert "31.02.2027" in warning.text
    assert "not a date" in warning.text
    assert len(record_on_disk(demo_path).action_items) == 3  # nothing added
    assert panel.new_edit.text() == "Fotoprotokoll verschicken"  # nothing typed is lost

    panel.due_edit.setText("5.1.2027")
    panel.buttons["add"].click()
    item = record_on_disk(demo_path).action_items[-1]
    assert (item.what, item.who, item.due, item.status) == (
        "Fotoprotokoll verschicken",
        "Tobias Flipchart",
        "2027-01-05",
        "open",
    )
    row = panel.model.rowCount() - 1
    due = panel.model.index(row, ActionItemsModel.DUE)
    assert not panel.model.setData(due, "nächste Woche", _E)
    assert "nächste Woche" in dialogs.take("warn")[0].text
    assert panel.model.setData(due, "", _E)  # open-ended is allowed
    assert record_on_disk(demo_path).action_items[-1].due == ""
    status = panel.model.index(row, ActionItemsModel.STATUS)
    assert panel.model.setData(status, "in_progress", _E)
    assert record_on_disk(demo_path).action_items[-1].status == "in_progress"
    assert status.data() == "in progress"
    qtmodeltester.check(panel.model)

    page.tabs.setCurrentWidget(panel)
    panel.view.selectRow(row)
    focus(qtbot, panel.view)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)  # the Delete key does what the button does
    assert len(record_on_disk(demo_path).action_items) == 3
    window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert record_on_disk(demo_path).action_items[-1].status == "in_progress"
    window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert record_on_disk(demo_path).action_items[-1].status == "open"


# -- photos ------------------------------------------------------------------------------------


def test_photo_from_the_file_dialog_rotate_caption_delete_undo(
    qtbot, window: MainWindow, page: MinutesPage, demo_path: Path, tmp_path: Path
):
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    photos = page.photos
    dialogs.answer_open_path(picture(tmp_path / "Flipchart 3.jpg", 800, 600))
    photos.buttons["add"].click()
    added = record_on_disk(demo_path).photos[-1]
    assert (added.caption, added.mime, added.width, added.height) == (
        "Flipchart 3",
        "image/jpeg",
        800,
        600,
    )
    assert added.data[:2] == b"\xff\xd8"
    assert photos.selected_ids() == [added.id]

    photos.buttons["right"].click()
    photos.buttons["right"].click()
    photos.buttons["left"].click()
    assert record_on_disk(demo_path).photos[-1].rotation == 90
    dialogs.answer_text("Flipchart: Ideen zur Mobilität")
    photos.buttons["caption"].click()
    assert record_on_disk(demo_path).photos[-1].caption == "Flipchart: Ideen zur Mobilität"
    assert photos.model.index(2, 0).data() == "Flipchart: Ideen zur Mobilität"

    photos.buttons["earlier"].click()
    assert record_on_disk(demo_path).photos[1].id == added.id
    photos.buttons["delete"].click()
    assert [p.id for p in record_on_disk(demo_path).photos] == [
        p.id for p in record_on_disk(demo_path).photos if p.id != added.id
    ]
    assert len(record_on_disk(demo_path).photos) == 2
    window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert record_on_disk(demo_path).photos[1].caption == "Flipchart: Ideen zur Mobilität"


def test_refused_file_is_named_and_the_others_go_in(
    window: MainWindow, page: MinutesPage, demo_path: Path, tmp_path: Path
):
    fake = tmp_path / "Kamera.jpg"
    fake.write_text("this is not a picture", encoding="utf-8")
    good = picture(tmp_path / "Pinnwand.png", 300, 200)
    steps = window.document.undo_stack.count()  # type: ignore[union-attr]
    page.photos.add_files([str(fake), str(good), str(tmp_path / "weg.jpg")])
    [warning] = window.dialogs.take("warn")  # type: ignore[attr-defined]
    assert "Kamera.jpg" in warning.text
    assert "not a picture" in warning.text
    assert "weg.jpg" in warning.text
    assert "cannot be read" in warning.text
    assert "The other pictures were added." in warning.text
    photos = record_on_disk(demo_path).photos
    assert [p.caption for p in photos][-1] == "Pinnwand"
    assert len(photos) == 3
    assert photos[-1].mime == "image/png"
    assert window.document.undo_stack.count() == steps + 1  # type: ignore[union-attr]

    page.photos.add_files([str(fake)])
    assert "Kamera.jpg" in window.dialogs.take("warn")[0].text  # type: ignore[attr-defined]
    assert len(record_on_disk(demo_path).photos) == 3  # nothing added, no empty step
    assert window.document.undo_stack.count() == steps + 1  # type: ignore[union-attr]


def test_pictures_dropped_on_the_page_become_photos(
    qtbot, page: MinutesPage, demo_path: Path, tmp_path: Path
):
    files = [picture(tmp_path / f"Foto {i}.jpg", 400, 300 + i) for i in range(3)]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    centre = QPointF(page.rect().center())
    text_only = QMimeData()
    text_only.setText("just words")
    refused = QDragEnterEvent(centre.toPoint(), COPY, text_only, LEFT, NO_KEYS)
    QApplication.sendEvent(page, refused)
    assert not refused.isAccepted()
    for kind in (QDragEnterEvent, QDragMoveEvent):
        event = kind(centre.toPoint(), COPY, mime, LEFT, NO_KEYS)
        QApplication.sendEvent(page, event)
        assert event.isAccepted()
    drop = QDropEvent(centre, COPY, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(page, drop)
    assert drop.isAccepted()
    photos = record_on_disk(demo_path).photos
    assert [p.caption for p in photos[-3:]] == ["Foto 0", "Foto 1", "Foto 2"]
    assert page.tabs.currentWidget() is page.photos
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Photos (5)"


def test_thumbnails_are_decoded_once(qtbot, page: MinutesPage, qtmodeltester, tmp_path: Path):
    model: PhotosModel = page.photos.model
    qtmodeltester.check(model)
    page.tabs.setCurrentWidget(page.photos)
    qtbot.wait(50)  # painted
    for _ in range(3):
        for row in range(model.rowCount()):
            icon = model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
            assert not icon.isNull()
    assert model.decoded == model.rowCount() == 2
    size = model.thumbnail(model.photo(0)).size()
    assert max(size.width(), size.height()) <= 160  # decoded small, not at full size
    page.photos.select([model.photo(0).id])
    page.photos.buttons["right"].click()  # the model reloads; the picture is not decoded again
    model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    model.index(1, 0).data(Qt.ItemDataRole.DecorationRole)
    assert model.decoded == 2
    turned = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).pixmap(160, 160)
    assert (turned.width() > turned.height()) != (size.width() > size.height())


# -- project-wide: pseudonymise and logo -------------------------------------------------------


def test_pseudonymise_switch_and_logo(
    window: MainWindow, page: MinutesPage, demo_path: Path, tmp_path: Path
):
    panel = window.properties_dock.widget()
    assert isinstance(panel, MinutesSettingsPanel)
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    assert not panel.pseudonymise_box.isChecked()
    panel.pseudonymise_box.click()
    assert record_on_disk(demo_path).strategy.pseudonymise
    window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert not record_on_disk(demo_path).strategy.pseudonymise
    assert not panel.pseudonymise_box.isChecked()

    not_a_logo = tmp_path / "logo.png"
    not_a_logo.write_bytes(b"PK\x03\x04 a zip file")
    dialogs.answer_open_path(not_a_logo)
    panel.set_logo_button.click()
    assert "not a picture" in dialogs.take("warn")[0].text
    assert record_on_disk(demo_path).logo is None

    dialogs.answer_open_path(picture(tmp_path / "Wappen.png", 200, 100, "#aa0000"))
    panel.set_logo_button.click()
    assert record_on_disk(demo_path).logo[:4] == b"\x89PNG"
    assert not panel.logo_label.pixmap().isNull()
    assert panel.remove_logo_button.isEnabled()
    panel.remove_logo_button.click()
    assert record_on_disk(demo_path).logo is None
    assert panel.logo_label.text() == "(no logo)"
