"""Changes that cannot be saved: a read-only project and a full disk (R8, R9 at document level).

A failed change must leave the file, the document and the undo stack exactly as before, tell
the views through `write_failed`, and work once the cause is gone.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator

import pytest
from document_helpers import Project, Recorder, sha256, snapshot

from smartcity_desktop.document import commands
from smartcity_desktop.document.document import ProjectDocument
from smartcity_desktop.domain.model import Attendance
from smartcity_desktop.store import FileProblem

BIG = 200_000  # characters: far more than the free pages a capped file has


@pytest.fixture
def demo(qapp, tmp_path) -> Iterator[Project]:
    project = Project(ProjectDocument.create_demo(tmp_path / "demo.scw"))
    yield project
    project.finish()


def _page_count(doc: ProjectDocument) -> int:
    return int(doc._file.conn.execute("PRAGMA page_count").fetchone()[0])


def _cap_file(doc: ProjectDocument) -> None:
    """Let the file grow no further: the next change that needs a new page hits SQLITE_FULL."""
    doc._file.conn.execute(f"PRAGMA max_page_count = {_page_count(doc)}")


def _uncap_file(doc: ProjectDocument) -> None:
    doc._file.conn.execute("PRAGMA max_page_count = 1073741823")


def _assert_disk_full(doc: ProjectDocument, events: list) -> None:
    assert [name for name, _ in events] == ["write_failed"], events
    message = events[0][1][0]
    assert "disk is full" in message
    assert str(doc.path) in message
    assert doc.last_error is not None
    assert doc.last_error.problem is FileProblem.DISK_FULL


# -- read-only -----------------------------------------------------------------------------


def _first(doc: ProjectDocument, what: str) -> int:
    if what == "workshop":
        return doc.workshops()[0].id
    if what == "participant":
        return doc.participants()[0].id
    if what == "group":
        return doc.stakeholder_groups()[0].id
    return doc.agenda(doc.workshops()[0].id)[0].id


READ_ONLY_CHANGES: dict[str, Callable[[ProjectDocument], object]] = {
    "add workshop": lambda d: commands.add_workshop(d, {"title": "Neu"}),
    "rename workshop": lambda d: commands.rename_workshop(d, _first(d, "workshop"), "Neu"),
    "edit workshop": lambda d: commands.edit_workshop(d, _first(d, "workshop"), {"place": "X"}),
    "delete workshop": lambda d: commands.delete_workshop(d, _first(d, "workshop")),
    "edit vision": lambda d: commands.edit_strategy(d, {"vision": "Neu"}),
    "add participant": lambda d: commands.AddParticipantCommand(
        d, {"name": "Neu"}, _first(d, "workshop")
    ),
    "edit participant": lambda d: commands.edit_participant(
        d, _first(d, "participant"), {"name": "Neu"}
    ),
    "delete participant": lambda d: commands.delete_participant(d, _first(d, "participant")),
    "set attendance": lambda d: commands.SetAttendanceCommand(
        d, _first(d, "workshop"), _first(d, "participant"), None, "Remove from workshop"
    ),
    "add group": lambda d: commands.add_group(d, "Neu"),
    "rename group": lambda d: commands.rename_group(d, _first(d, "group"), "Neu"),
    "delete group": lambda d: commands.delete_group(d, _first(d, "group")),
    "add agenda item": lambda d: commands.add_agenda_item(d, _first(d, "workshop"), "Neu"),
    "edit agenda item": lambda d: commands.edit_agenda_item(
        d, _first(d, "agenda"), {"title": "Neu"}
    ),
    "delete agenda item": lambda d: commands.delete_agenda_item(d, _first(d, "agenda")),
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Iterator:
    from smartcity_desktop.store.demo import build_demo

    path = tmp_path_factory.mktemp("read_only") / "demo.scw"
    build_demo(path).close()
    return path


@pytest.mark.parametrize("change", list(READ_ONLY_CHANGES))
def test_read_only_document_refuses_every_change(qapp, demo_file, change: str) -> None:
    digest = sha256(demo_file)
    doc = ProjectDocument.open(demo_file, read_only=True)
    try:
        assert doc.read_only
        before = snapshot(doc)
        rec = Recorder(doc)

        assert doc.push(READ_ONLY_CHANGES[change](doc)) is False

        events = rec.take()
        assert [name for name, _ in events] == ["write_failed"]
        assert "read-only" in events[0][1][0]
        assert doc.undo_stack.count() == 0
        assert snapshot(doc) == before
    finally:
        doc.close()
    assert sha256(demo_file) == digest
    assert not demo_file.with_name(demo_file.name + "-journal").exists()


# -- disk full -----------------------------------------------------------------------------


def test_disk_full_on_a_mergeable_edit(demo: Project) -> None:
    doc = demo.doc
    vision = doc.strategy().vision
    before = snapshot(doc)
    count = doc.undo_stack.count()
    _cap_file(doc)
    rec = Recorder(doc)

    big = "Die Stadt von morgen. " * (BIG // 22)
    assert doc.push(commands.edit_strategy(doc, {"vision": big})) is False

    _assert_disk_full(doc, rec.take())
    assert doc.undo_stack.count() == count
    assert not doc.undo_stack.canUndo()
    assert doc.strategy().vision == vision
    assert snapshot(doc) == before
    assert doc._file.integrity_check() == []
    assert not doc._file.conn.in_transaction

    _uncap_file(doc)
    assert doc.push(commands.edit_strategy(doc, {"vision": big})) is True
    assert doc.last_error is None
    assert doc.strategy().vision == big
    assert doc.undo_stack.count() == count + 1
    assert rec.take() == [("strategy_changed", ()), ("saved", ())]
    doc.undo_stack.undo()
    assert doc.strategy().vision == vision

    doc.undo_stack.redo()
    doc = demo.reopen()
    assert doc.strategy().vision == big


def test_failed_edit_is_not_merged_into_the_previous_step(demo: Project) -> None:
    """The moderator typed, then the disk filled up: undo/redo must not invent the lost text."""
    doc = demo.doc
    original = doc.strategy().vision
    assert doc.push(commands.edit_strategy(doc, {"vision": "Vernetzt"}))
    assert doc.push(commands.edit_strategy(doc, {"vision": "Vernetzt und offen"}))
    assert doc.undo_stack.count() == 1
    _cap_file(doc)

    big = "x" * BIG
    assert doc.push(commands.edit_strategy(doc, {"vision": big})) is False
    assert doc.undo_stack.count() == 1
    assert doc.strategy().vision == "Vernetzt und offen"
    _uncap_file(doc)

    doc.undo_stack.undo()
    assert doc.strategy().vision == original
    doc.undo_stack.redo()
    assert doc.strategy().vision == "Vernetzt und offen"  # not the text that never reached disk


def test_disk_full_on_rename(demo: Project) -> None:
    doc = demo.doc
    workshop = doc.workshops()[0]
    before = snapshot(doc)
    _cap_file(doc)
    rec = Recorder(doc)

    assert doc.push(commands.rename_workshop(doc, workshop.id, "W" * BIG)) is False
    _assert_disk_full(doc, rec.take())
    assert doc.undo_stack.count() == 0
    assert snapshot(doc) == before
    assert doc._file.integrity_check() == []

    _uncap_file(doc)
    assert doc.push(commands.rename_workshop(doc, workshop.id, "W" * BIG))
    assert doc.workshop(workshop.id).title == "W" * BIG


def test_disk_full_on_add_participant_adds_neither_person_nor_attendance(demo: Project) -> None:
    doc = demo.doc
    wid = doc.workshops()[0].id
    before = snapshot(doc)
    _cap_file(doc)
    rec = Recorder(doc)

    command = commands.AddParticipantCommand(
        doc, {"name": "Erika Mustermann", "organisation": "O" * BIG}, wid, Attendance.PRESENT
    )
    assert doc.push(command) is False
    _assert_disk_full(doc, rec.take())
    assert doc.undo_stack.count() == 0
    assert snapshot(doc) == before  # one transaction: no person, no attendance
    assert doc._file.integrity_check() == []

    _uncap_file(doc)
    again = commands.AddParticipantCommand(
        doc, {"name": "Erika Mustermann", "organisation": "O" * BIG}, wid, Attendance.PRESENT
    )
    assert doc.push(again)
    assert again.row_id in {a.participant_id for a in doc.attendance(wid)}


def test_disk_full_on_add_workshop(demo: Project) -> None:
    doc = demo.doc
    before = snapshot(doc)
    _cap_file(doc)
    rec = Recorder(doc)

    assert doc.push(commands.add_workshop(doc, {"title": "Neu", "place": "P" * BIG})) is False
    _assert_disk_full(doc, rec.take())
    assert doc.undo_stack.count() == 0
    assert snapshot(doc) == before

    _uncap_file(doc)
    command = commands.add_workshop(doc, {"title": "Neu", "place": "P" * BIG})
    assert doc.push(command)
    assert doc.workshop(command.row_id).place == "P" * BIG


def test_disk_full_on_undo_drops_the_step_and_keeps_the_file(demo: Project) -> None:
    doc = demo.doc
    wid = doc.workshops()[0].id
    original = doc.workshop(wid).place
    assert doc.push(commands.edit_workshop(doc, wid, {"place": "P" * BIG}))
    assert doc.push(commands.edit_workshop(doc, wid, {"place": "Rathaus"}))
    # Something else takes the pages the second edit freed, then the disk is full.
    doc._file.conn.execute("UPDATE strategy SET notice = ? WHERE id = 1", ("n" * (2 * BIG),))
    notice = doc.strategy().notice
    _cap_file(doc)
    rec = Recorder(doc)

    doc.undo_stack.undo()  # would need the big place back: no room

    _assert_disk_full(doc, rec.take())
    assert doc.workshop(wid).place == "Rathaus"  # the file still holds the change ...
    assert doc.undo_stack.count() == 1  # ... so the step that cannot be undone is dropped
    assert doc.undo_stack.index() == 1
    assert doc.undo_stack.undoText() == "Edit workshop"
    assert not doc.undo_stack.canRedo()
    assert doc._file.integrity_check() == []

    _uncap_file(doc)
    doc.undo_stack.undo()
    assert doc.workshop(wid).place == original
    assert doc.strategy().notice == notice
