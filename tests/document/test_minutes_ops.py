"""The minutes without widgets: decisions, action items, photos and the minutes' fields are
undoable change sets, on disk at once; the workshop record reads back what the PDF shows."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from smartcity_desktop.document import commands
from smartcity_desktop.document import minutes_ops as mops
from smartcity_desktop.document.document import ProjectDocument
from smartcity_desktop.domain.minutes import long_date
from smartcity_desktop.domain.model import Attendance

TABLES = ("decisions", "action_items", "photos", "workshops", "strategy")


def rows(doc: ProjectDocument) -> dict[str, list]:
    conn = doc._file.conn
    return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")] for t in TABLES}


def push(doc: ProjectDocument, command: Any) -> Any:
    assert command is not None
    assert doc.push(command), doc.last_error
    return command


@pytest.fixture
def doc(tmp_path: Path):
    d = ProjectDocument.create(tmp_path / "m.scw", title="Teststadt")
    push(d, commands.InsertCommand(d, "workshop", {"title": "Auftakt"}, "add"))
    d.undo_stack.clear()
    yield d
    d.close()


def workshop(doc: ProjectDocument) -> int:
    return doc.workshops()[0].id


def image_file(path: Path, width: int, height: int, fmt: str = "JPEG") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#E69F00"))
    assert image.save(str(path), fmt)
    return path


def test_minute_taker_and_remarks_merge_while_typing(doc: ProjectDocument) -> None:
    wid = workshop(doc)
    seen: list[int] = []
    doc.workshop_changed.connect(seen.append)
    for text in ("P", "Paula", "Paula Pinnwand"):
        push(doc, mops.edit_workshop_minutes(doc, wid, {"minute_taker": text}))
    assert doc.undo_stack.count() == 1
    assert doc.workshop(wid).minute_taker == "Paula Pinnwand"
    assert seen
    assert set(seen) == {wid}
    push(doc, mops.edit_workshop_minutes(doc, wid, {"remarks": "Fotos folgen."}))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert (doc.workshop(wid).minute_taker, doc.workshop(wid).remarks) == ("", "")
    assert mops.edit_workshop_minutes(doc, wid, {"remarks": ""}) is None


def test_decisions_and_action_items_are_undoable_and_checked(doc: ProjectDocument) -> None:
    wid = workshop(doc)
    signals: list[str] = []
    doc.minutes_changed.connect(partial(signals.append, "minutes"))
    before = rows(doc)
    first = push(doc, mops.add_decision(doc, wid, "  Acht Handlungsfelder übernehmen ")).new_ids[0]
    push(doc, mops.add_decision(doc, wid, "Gleichstände im Fachgespräch auflösen"))
    item = push(doc, mops.add_action_item(doc, wid, "Protokoll versenden", "Stelle", "2026-10-28"))
    assert [d.text for d in doc.decisions(wid)] == [
        "Acht Handlungsfelder übernehmen",
        "Gleichstände im Fachgespräch auflösen",
    ]
    [a] = doc.action_items(wid)
    assert (a.what, a.who, a.due, a.status) == (
        "Protokoll versenden",
        "Stelle",
        "2026-10-28",
        "open",
    )
    assert signals
    push(doc, mops.edit_action_item(doc, item.new_ids[0], {"status": "done", "due": ""}))
    assert (doc.action_items(wid)[0].status, doc.action_items(wid)[0].due) == ("done", "")
    push(doc, mops.move_row(doc, "decisions", wid, first, 1))
    assert [d.id for d in doc.decisions(wid)][1] == first
    for bad, message in (
        (lambda: mops.add_decision(doc, wid, "  "), "needs a text"),
        (lambda: mops.add_action_item(doc, wid, ""), "what is to be done"),
        (lambda: mops.add_action_item(doc, wid, "x", due="28.10.2026"), "Invalid isoformat"),
        (lambda: mops.edit_action_item(doc, item.new_ids[0], {"status": "maybe"}), "ActionStatus"),
        (lambda: mops.delete_rows(doc, "cards", [1]), "not a table of the minutes"),
    ):
        with pytest.raises(ValueError, match=message):
            bad()
    push(doc, mops.delete_rows(doc, "decisions", [first]))
    assert len(doc.decisions(wid)) == 1
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert rows(doc) == before


def test_photos_are_upright_scaled_and_go_in_as_one_step(doc: ProjectDocument, tmp_path: Path):
    wid = workshop(doc)
    big = mops.prepare_photo(image_file(tmp_path / "flipchart.jpg", 4000, 3000))
    png = mops.prepare_photo(image_file(tmp_path / "diagramm.png", 300, 200, "PNG"))
    assert (big.mime, max(big.width, big.height)) == ("image/jpeg", mops.MAX_PHOTO_SIDE)
    assert big.width / big.height == pytest.approx(4 / 3, rel=1e-3)
    assert big.caption == "flipchart"
    assert (png.mime, png.width, png.height) == ("image/png", 300, 200)
    assert QImage.fromData(big.data).width() == big.width
    before = rows(doc)
    command = push(doc, mops.add_photos(doc, wid, [big, png]))
    assert doc.undo_stack.undoText() == "Add 2 photo(s)"
    photos = doc.photos(wid)
    assert [p.caption for p in photos] == ["flipchart", "diagramm"]
    assert photos[0].data == b""  # the list comes without the bytes
    assert doc.photo_data(command.new_ids[0]) == big.data
    push(doc, mops.rotate_photo(doc, command.new_ids[0]))
    push(doc, mops.rotate_photo(doc, command.new_ids[0], clockwise=False))
    push(doc, mops.rotate_photo(doc, command.new_ids[0], clockwise=False))
    assert doc.photos(wid)[0].rotation == 270
    push(doc, mops.edit_photo_caption(doc, command.new_ids[1], " Ablauf "))
    assert doc.photos(wid)[1].caption == "Ablauf"
    push(doc, mops.delete_rows(doc, "photos", command.new_ids))
    assert doc.photos(wid) == []
    doc.undo_stack.undo()
    assert doc.photo_data(command.new_ids[0]) == big.data
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert rows(doc) == before


def test_a_file_that_is_no_picture_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "foto.jpg"
    fake.write_text("keine Bilddaten", encoding="utf-8")
    with pytest.raises(mops.PhotoRefused) as refused:
        mops.prepare_photo(fake)
    assert refused.value.reason == "not_an_image"
    with pytest.raises(mops.PhotoRefused) as missing:
        mops.prepare_photo(tmp_path / "fehlt.jpg")
    assert missing.value.reason == "unreadable"


def test_pseudonymise_and_logo(doc: ProjectDocument, tmp_path: Path) -> None:
    seen: list[str] = []
    doc.strategy_changed.connect(partial(seen.append, "strategy"))
    push(doc, mops.set_pseudonymise(doc, True))
    assert doc.strategy().pseudonymise
    assert seen
    assert mops.set_pseudonymise(doc, True) is None
    logo = image_file(tmp_path / "logo.png", 120, 60, "PNG").read_bytes()
    push(doc, mops.set_logo(doc, logo))
    assert doc.logo() == logo
    with pytest.raises(ValueError, match="not a picture"):
        mops.set_logo(doc, b"not an image")
    push(doc, mops.set_logo(doc, None))
    assert doc.logo() is None
    doc.undo_stack.undo()
    assert doc.logo() == logo


def test_the_demo_record_holds_what_the_minutes_show(tmp_path: Path) -> None:
    doc = ProjectDocument.create_demo(tmp_path / "demo.scw")
    try:
        first, second = doc.workshops()
        record = doc.workshop_record(first.id)
        assert record.workshop.minute_taker == "Tobias Flipchart"
        assert len(record.decisions) == 2
        assert all(d.agenda_item_id for d in record.decisions)
        assert [a.status for a in record.action_items] == ["done", "in_progress", "open"]
        assert [p.mime for p in record.photos] == ["image/jpeg", "image/jpeg"]
        assert all(QImage.fromData(p.data).width() == p.width for p in record.photos)
        assert len(record.boards[0].cards) == len(doc.cards(record.boards[0].board.id))
        assert [r.revealed for r in record.rounds] == [True, True]
        assert len(record.present()) + len(record.excused()) == len(doc.attendance(first.id))
        names = [g for g, _entries in record.by_group(record.present())]
        assert names == [g for g in record.groups if g in names]
        record2 = doc.workshop_record(second.id)
        assert [len(e.ranked) for e in record2.weightings] == [7]
        assert long_date(second.date) == "11. November 2026"
        assert long_date(second.date, "en") == "11 November 2026"
        assert long_date("demnächst") == "demnächst"
        project = doc.project_record()
        assert [w.workshop.title for w in project.workshops] == [first.title, second.title]
        assert all(p.data == b"" for w in project.workshops for p in w.photos)
    finally:
        doc.close()


def test_a_participant_without_consent_is_never_named(tmp_path: Path) -> None:
    doc = ProjectDocument.create(tmp_path / "p.scw", title="T")
    try:
        push(doc, commands.InsertCommand(doc, "workshop", {"title": "W"}, "add"))
        wid = doc.workshops()[0].id
        doc.add_participant({"name": "Erika Muster", "consent_named": 0}, wid, Attendance.PRESENT)
        doc.add_participant({"name": "Max Named", "consent_named": 1}, wid, Attendance.PRESENT)
        entries = {e.name: e for e in doc.workshop_record(wid).attendance}
        assert entries["Erika Muster"].shown_name(False, "TN") == "TN"
        assert entries["Max Named"].shown_name(False, "TN") == "Max Named"
        assert entries["Max Named"].shown_name(True, "TN") == "TN"
    finally:
        doc.close()


@pytest.mark.parametrize(("name", "size"), [("klein.jpg", (320, 240)), ("gross.jpg", (3000, 2000))])
def test_text_in_a_photo_is_not_stored(
    doc: ProjectDocument, tmp_path: Path, name: str, size: tuple[int, int]
) -> None:
    from PIL import Image, PngImagePlugin

    jpeg = tmp_path / name
    Image.new("RGB", size, (230, 159, 0)).save(jpeg, "JPEG", comment=b"Fotograf: Walter Leerstelle")
    assert b"Walter Leerstelle" in jpeg.read_bytes()
    png = tmp_path / "plakat.png"
    info = PngImagePlugin.PngInfo()
    info.add_text("Fotograf", "Walter Leerstelle")
    info.add_itxt("Comment", "Walter Leerstelle")
    Image.new("RGB", (200, 100), (0, 114, 178)).save(png, "PNG", pnginfo=info)
    prepared = [mops.prepare_photo(jpeg), mops.prepare_photo(png)]
    command = push(doc, mops.add_photos(doc, workshop(doc), prepared))
    for photo_id, photo in zip(command.new_ids, prepared, strict=True):
        stored = doc.photo_data(photo_id)
        assert stored == photo.data
        assert b"Leerstelle" not in stored
        assert b"Fotograf" not in stored
        assert not QImage.fromData(stored).isNull()
    assert QImage.fromData(prepared[1].data).pixelColor(5, 5) == QColor(0, 114, 178)
