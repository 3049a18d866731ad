"""Document commands without widgets: push, undo, redo; the document, the signals and the file.

Every test ends (in the fixture's teardown) by closing the document and reopening the file,
which must show exactly what the live document showed.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from document_helpers import Project, Recorder, snapshot

from smartcity_desktop.document import commands
from smartcity_desktop.document.document import ProjectDocument
from smartcity_desktop.domain.model import DEFAULT_STAKEHOLDER_GROUPS, Attendance, WorkshopKind

SAVED = ("saved", ())


@pytest.fixture
def project(qapp, tmp_path) -> Iterator[Project]:
    project = Project(
        ProjectDocument.create(
            tmp_path / "strategie.scw", title="Smart-City-Strategie Teststadt", city="Teststadt"
        )
    )
    yield project
    project.finish()


@pytest.fixture
def demo(qapp, tmp_path) -> Iterator[Project]:
    project = Project(ProjectDocument.create_demo(tmp_path / "demo.scw"))
    yield project
    project.finish()


def _push(doc: ProjectDocument, command) -> None:
    count = doc.undo_stack.count()
    assert doc.push(command) is True
    assert doc.last_error is None
    assert doc.undo_stack.count() == count + 1


def _add_workshop(doc: ProjectDocument, title: str = "Werkstatt Mobilität") -> int:
    command = commands.add_workshop(doc, {"title": title})
    _push(doc, command)
    assert command.row_id is not None
    return command.row_id


def _add_person(doc: ProjectDocument, name: str, workshop_id: int | None = None) -> int:
    command = commands.AddParticipantCommand(doc, {"name": name}, workshop_id)
    _push(doc, command)
    assert command.row_id is not None
    return command.row_id


def _attendance(doc: ProjectDocument, workshop_id: int) -> dict[int, Attendance]:
    return {a.participant_id: a.attendance for a in doc.attendance(workshop_id)}


# -- workshops -----------------------------------------------------------------------------


def test_add_workshop_push_undo_redo(project: Project) -> None:
    doc = project.doc
    rec = Recorder(doc)
    command = commands.add_workshop(
        doc, {"title": "Werkstatt Mobilität", "date": "2026-12-01", "kind": "expert_talk"}
    )
    assert doc.push(command)
    wid = command.row_id
    assert wid is not None
    workshop = doc.workshop(wid)
    assert (workshop.title, workshop.date, workshop.kind) == (
        "Werkstatt Mobilität",
        "2026-12-01",
        WorkshopKind.EXPERT_TALK,
    )
    assert rec.take() == [("workshop_added", (wid,)), SAVED]
    assert doc.undo_stack.undoText() == "Add workshop"
    assert doc.last_saved is not None

    doc.undo_stack.undo()
    assert doc.workshops() == []
    with pytest.raises(KeyError):
        doc.workshop(wid)
    assert rec.take() == [("workshop_removed", (wid,)), SAVED]
    assert doc.undo_stack.redoText() == "Add workshop"

    doc.undo_stack.redo()
    assert doc.workshops() == [workshop]  # the very same id, title, kind and position
    assert rec.take() == [("workshop_added", (wid,)), SAVED]

    doc = project.reopen()
    assert doc.workshops() == [workshop]


def test_added_workshops_go_to_the_end(project: Project) -> None:
    doc = project.doc
    first = _add_workshop(doc, "Auftakt")
    second = _add_workshop(doc, "Fachgespräch")
    third = _add_workshop(doc, "Abschluss")
    assert [w.id for w in doc.workshops()] == [first, second, third]
    assert [w.position for w in doc.workshops()] == [0, 1, 2]

    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [w.id for w in doc.workshops()] == [first]
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert [(w.id, w.title, w.position) for w in doc.workshops()] == [
        (first, "Auftakt", 0),
        (second, "Fachgespräch", 1),
        (third, "Abschluss", 2),
    ]


def test_rename_workshop(project: Project) -> None:
    doc = project.doc
    wid = _add_workshop(doc, "Werkstatt")
    rec = Recorder(doc)

    _push(doc, commands.rename_workshop(doc, wid, "Werkstatt Klimaanpassung"))
    assert doc.workshop(wid).title == "Werkstatt Klimaanpassung"
    assert rec.take() == [("workshop_changed", (wid,)), SAVED]
    assert doc.undo_stack.undoText() == "Rename workshop"

    doc.undo_stack.undo()
    assert doc.workshop(wid).title == "Werkstatt"
    assert rec.take() == [("workshop_changed", (wid,)), SAVED]
    assert doc.undo_stack.redoText() == "Rename workshop"

    doc.undo_stack.redo()
    assert doc.workshop(wid).title == "Werkstatt Klimaanpassung"
    assert rec.take() == [("workshop_changed", (wid,)), SAVED]

    doc = project.reopen()
    assert doc.workshop(wid).title == "Werkstatt Klimaanpassung"


def test_renames_are_separate_undo_steps(project: Project) -> None:
    doc = project.doc
    wid = _add_workshop(doc, "A")
    _push(doc, commands.rename_workshop(doc, wid, "B"))
    _push(doc, commands.rename_workshop(doc, wid, "C"))
    doc.undo_stack.undo()
    assert doc.workshop(wid).title == "B"
    doc.undo_stack.undo()
    assert doc.workshop(wid).title == "A"


def test_edit_workshop(project: Project) -> None:
    doc = project.doc
    wid = _add_workshop(doc, "Werkstatt")
    before = doc.workshop(wid)
    rec = Recorder(doc)
    values = {
        "date": "2026-11-26",
        "start_time": "09:30",
        "end_time": "13:00",
        "place": "Rathaus, Großer Sitzungssaal",
        "moderators": "Miriam Leitfaden",
        "kind": "expert_talk",
    }

    _push(doc, commands.edit_workshop(doc, wid, values))
    after = doc.workshop(wid)
    assert (after.date, after.start_time, after.end_time) == ("2026-11-26", "09:30", "13:00")
    assert (after.place, after.moderators) == ("Rathaus, Großer Sitzungssaal", "Miriam Leitfaden")
    assert after.kind is WorkshopKind.EXPERT_TALK
    assert after.title == "Werkstatt"
    assert rec.take() == [("workshop_changed", (wid,)), SAVED]
    assert doc.undo_stack.undoText() == "Edit workshop"

    doc.undo_stack.undo()
    assert doc.workshop(wid) == before
    assert rec.take() == [("workshop_changed", (wid,)), SAVED]

    doc.undo_stack.redo()
    assert doc.workshop(wid) == after
    assert rec.take() == [("workshop_changed", (wid,)), SAVED]


def test_editing_only_the_title_is_a_rename(project: Project) -> None:
    doc = project.doc
    wid = _add_workshop(doc, "Werkstatt")
    _push(doc, commands.edit_workshop(doc, wid, {"title": "Zukunftswerkstatt"}))
    assert doc.undo_stack.undoText() == "Rename workshop"
    assert doc.workshop(wid).title == "Zukunftswerkstatt"


def test_delete_workshop_with_everything_attached_and_undo(demo: Project) -> None:
    doc = demo.doc
    workshop = doc.workshops()[0]
    wid = workshop.id
    boards = doc.boards(wid)
    attendance = doc.attendance(wid)
    agenda = doc.agenda(wid)
    cards = [card for board in boards for card in doc.cards(board.id)]
    # the demo fills the first workshop
    assert attendance
    assert agenda
    assert boards
    assert cards
    before = snapshot(doc)
    rec = Recorder(doc)

    _push(doc, commands.delete_workshop(doc, wid))
    assert doc.undo_stack.undoText() == "Delete workshop"
    assert wid not in [w.id for w in doc.workshops()]
    assert doc.attendance(wid) == []
    assert doc.agenda(wid) == []
    assert doc.boards(wid) == []
    assert all(doc.cards(board.id) == [] for board in boards)
    assert doc.participants() == before["participants"]  # people stay in the project
    assert rec.take() == [("workshop_removed", (wid,)), ("attendance_changed", (wid,)), SAVED]

    doc.undo_stack.undo()
    assert snapshot(doc) == before  # every row back, with the same ids and positions
    assert doc.attendance(wid) == attendance
    assert doc.agenda(wid) == agenda
    assert [c for b in doc.boards(wid) for c in doc.cards(b.id)] == cards
    assert rec.take() == [("workshop_added", (wid,)), ("attendance_changed", (wid,)), SAVED]

    doc.undo_stack.redo()
    assert wid not in [w.id for w in doc.workshops()]
    assert doc.boards(wid) == []
    assert rec.take() == [("workshop_removed", (wid,)), ("attendance_changed", (wid,)), SAVED]

    doc.undo_stack.undo()
    assert snapshot(doc) == before
    doc = demo.reopen()
    assert snapshot(doc) == before


def test_delete_workshop_without_attachments(project: Project) -> None:
    doc = project.doc
    wid = _add_workshop(doc, "Leer")
    rec = Recorder(doc)
    _push(doc, commands.delete_workshop(doc, wid))
    assert doc.workshops() == []
    assert rec.take() == [("workshop_removed", (wid,)), SAVED]
    doc.undo_stack.undo()
    assert [w.id for w in doc.workshops()] == [wid]
    assert rec.take() == [("workshop_added", (wid,)), SAVED]


def test_ids_stay_stable_through_a_long_undo_and_redo_chain(demo: Project) -> None:
    doc = demo.doc
    start = snapshot(doc)
    wid = _add_workshop(doc, "Werkstatt Daten")
    pid = _add_person(doc, "Erika Mustermann", wid)
    item = commands.add_agenda_item(doc, wid, "Begrüßung", 10)
    _push(doc, item)
    _push(doc, commands.rename_workshop(doc, wid, "Werkstatt Offene Daten"))
    _push(doc, commands.delete_workshop(doc, doc.workshops()[0].id))
    end = snapshot(doc)

    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert snapshot(doc) == start
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert snapshot(doc) == end
    assert doc.workshop(wid).title == "Werkstatt Offene Daten"
    assert doc.participant(pid).name == "Erika Mustermann"
    assert [a.id for a in doc.agenda(wid)] == [item.row_id]


# -- strategy ------------------------------------------------------------------------------


def test_edit_strategy(project: Project) -> None:
    doc = project.doc
    before = doc.strategy()
    rec = Recorder(doc)

    _push(doc, commands.edit_strategy(doc, {"title": "Digitale Stadt 2035", "city": "Musterstadt"}))
    assert (doc.strategy().title, doc.strategy().city) == ("Digitale Stadt 2035", "Musterstadt")
    assert rec.take() == [("strategy_changed", ()), SAVED]
    assert doc.undo_stack.undoText() == "Edit strategy"

    doc.undo_stack.undo()
    assert doc.strategy() == before
    assert rec.take() == [("strategy_changed", ()), SAVED]

    doc.undo_stack.redo()
    assert doc.strategy().title == "Digitale Stadt 2035"
    assert rec.take() == [("strategy_changed", ()), SAVED]

    doc = project.reopen()
    assert (doc.strategy().title, doc.strategy().city) == ("Digitale Stadt 2035", "Musterstadt")


def test_consecutive_vision_edits_merge_into_one_undo_step(project: Project) -> None:
    doc = project.doc
    rec = Recorder(doc)
    typed = ["Die", "Die Stadt", "Die Stadt von morgen", "Die Stadt von morgen ist vernetzt."]
    for text in typed:
        assert doc.push(commands.edit_strategy(doc, {"vision": text}))
        assert doc.strategy().vision == text  # each keystroke is on disk at once
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Edit vision"
    assert rec.take() == [("strategy_changed", ()), SAVED] * len(typed)

    doc.undo_stack.undo()
    assert doc.strategy().vision == ""
    assert rec.take() == [("strategy_changed", ()), SAVED]
    doc.undo_stack.redo()
    assert doc.strategy().vision == typed[-1]

    doc = project.reopen()
    assert doc.strategy().vision == typed[-1]


def test_edits_of_different_fields_or_interrupted_edits_do_not_merge(project: Project) -> None:
    doc = project.doc
    assert doc.push(commands.edit_strategy(doc, {"vision": "Vernetzt"}))
    assert doc.push(commands.edit_strategy(doc, {"title": "Digitale Stadt"}))
    assert doc.undo_stack.count() == 2
    _add_workshop(doc, "Werkstatt")
    assert doc.push(commands.edit_strategy(doc, {"title": "Digitale Stadt 2035"}))
    assert doc.undo_stack.count() == 4

    doc.undo_stack.undo()
    assert doc.strategy().title == "Digitale Stadt"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.strategy().title == "Smart-City-Strategie Teststadt"
    assert doc.strategy().vision == "Vernetzt"
    doc.undo_stack.undo()
    assert doc.strategy().vision == ""


def test_workshop_edits_never_merge(project: Project) -> None:
    doc = project.doc
    wid = _add_workshop(doc, "W")
    _push(doc, commands.edit_workshop(doc, wid, {"place": "Rathaus"}))
    _push(doc, commands.edit_workshop(doc, wid, {"place": "Rathaus, Saal 2"}))
    assert doc.undo_stack.count() == 3


# -- participants and attendance ----------------------------------------------------------


def test_add_participant_invited_to_a_workshop(project: Project) -> None:
    doc = project.doc
    wid = _add_workshop(doc)
    rec = Recorder(doc)
    command = commands.AddParticipantCommand(
        doc, {"name": "Erika Mustermann", "organisation": "Stadtwerke"}, wid, Attendance.EXCUSED
    )

    _push(doc, command)
    pid = command.row_id
    assert pid is not None
    person = doc.participant(pid)
    assert (person.name, person.organisation) == ("Erika Mustermann", "Stadtwerke")
    assert _attendance(doc, wid) == {pid: Attendance.EXCUSED}
    assert rec.take() == [("participant_added", (pid,)), ("attendance_changed", (wid,)), SAVED]
    assert doc.undo_stack.undoText() == "Add participant"

    doc.undo_stack.undo()
    assert doc.participants() == []
    assert doc.attendance(wid) == []
    assert rec.take() == [
        ("participant_removed", (pid,)),
        ("attendance_changed", (wid,)),
        SAVED,
    ]

    doc.undo_stack.redo()
    assert doc.participants() == [person]
    assert _attendance(doc, wid) == {pid: Attendance.EXCUSED}
    assert rec.take() == [("participant_added", (pid,)), ("attendance_changed", (wid,)), SAVED]

    doc = project.reopen()
    assert doc.participants() == [person]
    assert _attendance(doc, wid) == {pid: Attendance.EXCUSED}


def test_add_participant_without_a_workshop(project: Project) -> None:
    doc = project.doc
    rec = Recorder(doc)
    pid = _add_person(doc, "Max Muster")
    assert [p.id for p in doc.participants()] == [pid]
    assert rec.take() == [("participant_added", (pid,)), SAVED]
    doc.undo_stack.undo()
    assert doc.participants() == []
    assert rec.take() == [("participant_removed", (pid,)), SAVED]
    doc.undo_stack.redo()
    assert [p.id for p in doc.participants()] == [pid]
    assert rec.take() == [("participant_added", (pid,)), SAVED]


def test_added_participant_is_present_by_default(project: Project) -> None:
    doc = project.doc
    wid = _add_workshop(doc)
    pid = _add_person(doc, "Max Muster", wid)
    assert _attendance(doc, wid) == {pid: Attendance.PRESENT}


def test_edit_participant(project: Project) -> None:
    doc = project.doc
    pid = _add_person(doc, "Erika Mustermann")
    group = doc.stakeholder_groups()[3]
    before = doc.participant(pid)
    rec = Recorder(doc)
    values = {
        "name": "Dr. Erika Mustermann",
        "organisation": "IHK",
        "group_id": group.id,
        "consent_named": 1,
    }

    _push(doc, commands.edit_participant(doc, pid, values))
    after = doc.participant(pid)
    assert (after.name, after.organisation, after.group_id, after.consent_named) == (
        "Dr. Erika Mustermann",
        "IHK",
        group.id,
        True,
    )
    assert rec.take() == [("participant_changed", (pid,)), SAVED]
    assert doc.undo_stack.undoText() == "Edit participant"

    doc.undo_stack.undo()
    assert doc.participant(pid) == before
    assert rec.take() == [("participant_changed", (pid,)), SAVED]

    doc.undo_stack.redo()
    assert doc.participant(pid) == after
    assert rec.take() == [("participant_changed", (pid,)), SAVED]


def test_delete_participant_with_attendance_and_undo(demo: Project) -> None:
    doc = demo.doc
    workshops = [w.id for w in doc.workshops()]
    # someone invited to every workshop
    pid = next(
        p.id for p in doc.participants() if all(p.id in _attendance(doc, wid) for wid in workshops)
    )
    before = snapshot(doc)
    rec = Recorder(doc)

    _push(doc, commands.delete_participant(doc, pid))
    assert doc.undo_stack.undoText() == "Delete participant"
    assert pid not in [p.id for p in doc.participants()]
    assert all(pid not in _attendance(doc, wid) for wid in workshops)
    assert rec.take() == [
        ("participant_removed", (pid,)),
        *[("attendance_changed", (wid,)) for wid in sorted(workshops)],
        SAVED,
    ]

    doc.undo_stack.undo()
    assert snapshot(doc) == before
    assert rec.take() == [
        ("participant_added", (pid,)),
        *[("attendance_changed", (wid,)) for wid in sorted(workshops)],
        SAVED,
    ]

    doc.undo_stack.redo()
    assert pid not in [p.id for p in doc.participants()]
    assert rec.take()[0] == ("participant_removed", (pid,))


def test_set_attendance_add_change_remove(project: Project) -> None:
    doc = project.doc
    wid = _add_workshop(doc)
    pid = _add_person(doc, "Erika Mustermann")
    rec = Recorder(doc)
    changed = [("attendance_changed", (wid,)), SAVED]

    # invite
    _push(
        doc,
        commands.SetAttendanceCommand(doc, wid, pid, Attendance.PRESENT, "Invite participant"),
    )
    assert _attendance(doc, wid) == {pid: Attendance.PRESENT}
    assert doc.undo_stack.undoText() == "Invite participant"
    assert rec.take() == changed
    doc.undo_stack.undo()
    assert _attendance(doc, wid) == {}
    assert rec.take() == changed
    doc.undo_stack.redo()
    assert _attendance(doc, wid) == {pid: Attendance.PRESENT}
    assert rec.take() == changed

    # mark excused
    _push(doc, commands.SetAttendanceCommand(doc, wid, pid, Attendance.EXCUSED, "Mark excused"))
    assert _attendance(doc, wid) == {pid: Attendance.EXCUSED}
    assert rec.take() == changed
    doc.undo_stack.undo()
    assert _attendance(doc, wid) == {pid: Attendance.PRESENT}
    assert rec.take() == changed
    doc.undo_stack.redo()
    assert _attendance(doc, wid) == {pid: Attendance.EXCUSED}
    assert rec.take() == changed

    # remove from the workshop (the person stays in the project)
    _push(doc, commands.SetAttendanceCommand(doc, wid, pid, None, "Remove from workshop"))
    assert _attendance(doc, wid) == {}
    assert [p.id for p in doc.participants()] == [pid]
    assert rec.take() == changed
    doc.undo_stack.undo()
    assert _attendance(doc, wid) == {pid: Attendance.EXCUSED}
    assert rec.take() == changed
    doc.undo_stack.redo()
    assert _attendance(doc, wid) == {}
    assert rec.take() == changed

    # the whole history backwards
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _attendance(doc, wid) == {pid: Attendance.PRESENT}
    doc.undo_stack.undo()
    assert _attendance(doc, wid) == {}


# -- stakeholder groups --------------------------------------------------------------------


def test_default_stakeholder_groups(project: Project) -> None:
    assert [g.name for g in project.doc.stakeholder_groups()] == list(DEFAULT_STAKEHOLDER_GROUPS)


def test_add_group(project: Project) -> None:
    doc = project.doc
    before = doc.stakeholder_groups()
    rec = Recorder(doc)
    command = commands.add_group(doc, "Jugendparlament")

    _push(doc, command)
    gid = command.row_id
    groups = doc.stakeholder_groups()
    assert groups[:-1] == before
    assert (groups[-1].id, groups[-1].name) == (gid, "Jugendparlament")
    assert groups[-1].position > before[-1].position
    assert rec.take() == [("groups_changed", ()), SAVED]
    assert doc.undo_stack.undoText() == "Add stakeholder group"

    doc.undo_stack.undo()
    assert doc.stakeholder_groups() == before
    assert rec.take() == [("groups_changed", ()), SAVED]

    doc.undo_stack.redo()
    assert doc.stakeholder_groups() == groups
    assert rec.take() == [("groups_changed", ()), SAVED]


def test_rename_group(project: Project) -> None:
    doc = project.doc
    group = doc.stakeholder_groups()[0]
    rec = Recorder(doc)

    _push(doc, commands.rename_group(doc, group.id, "Stadtverwaltung"))
    assert doc.stakeholder_groups()[0].name == "Stadtverwaltung"
    assert rec.take() == [("groups_changed", ()), SAVED]
    assert doc.undo_stack.undoText() == "Rename stakeholder group"

    doc.undo_stack.undo()
    assert doc.stakeholder_groups()[0] == group
    assert rec.take() == [("groups_changed", ()), SAVED]
    doc.undo_stack.redo()
    assert doc.stakeholder_groups()[0].name == "Stadtverwaltung"


def test_delete_group_clears_and_undo_restores_memberships(demo: Project) -> None:
    doc = demo.doc
    group = next(
        g for g in doc.stakeholder_groups() if any(p.group_id == g.id for p in doc.participants())
    )
    members = sorted(p.id for p in doc.participants() if p.group_id == group.id)
    before = snapshot(doc)
    rec = Recorder(doc)

    _push(doc, commands.delete_group(doc, group.id))
    assert doc.undo_stack.undoText() == "Delete stakeholder group"
    assert group not in doc.stakeholder_groups()
    assert all(doc.participant(pid).group_id is None for pid in members)
    assert len(doc.participants()) == len(before["participants"])  # nobody is deleted
    events = rec.take()
    assert events[0] == ("groups_changed", ())
    assert sorted(args[0] for name, args in events if name == "participant_changed") == members
    assert events[-1] == SAVED

    doc.undo_stack.undo()
    assert snapshot(doc) == before  # same id, same position, members back in it
    events = rec.take()
    assert ("groups_changed", ()) in events
    assert sorted(args[0] for name, args in events if name == "participant_changed") == members

    doc.undo_stack.redo()
    assert group not in doc.stakeholder_groups()
    assert all(doc.participant(pid).group_id is None for pid in members)


# -- agenda --------------------------------------------------------------------------------


def test_add_agenda_item(project: Project) -> None:
    doc = project.doc
    wid = _add_workshop(doc)
    other = _add_workshop(doc, "Andere Werkstatt")
    first = commands.add_agenda_item(doc, wid, "Begrüßung", 15)
    _push(doc, first)
    rec = Recorder(doc)
    command = commands.add_agenda_item(doc, wid, "Ideen sammeln", 45)

    _push(doc, command)
    iid = command.row_id
    items = doc.agenda(wid)
    assert [(i.id, i.title, i.planned_minutes) for i in items] == [
        (first.row_id, "Begrüßung", 15),
        (iid, "Ideen sammeln", 45),
    ]
    assert items[1].position > items[0].position
    assert doc.agenda(other) == []
    assert rec.take() == [("agenda_changed", (wid,)), SAVED]
    assert doc.undo_stack.undoText() == "Add agenda item"

    doc.undo_stack.undo()
    assert [i.id for i in doc.agenda(wid)] == [first.row_id]
    assert rec.take() == [("agenda_changed", (wid,)), SAVED]

    doc.undo_stack.redo()
    assert doc.agenda(wid) == items
    assert rec.take() == [("agenda_changed", (wid,)), SAVED]


def test_edit_agenda_item(project: Project) -> None:
    doc = project.doc
    wid = _add_workshop(doc)
    add = commands.add_agenda_item(doc, wid, "Begrüßung", 15)
    _push(doc, add)
    iid = add.row_id
    before = doc.agenda(wid)
    rec = Recorder(doc)

    values = {"title": "Begrüßung und Ablauf", "planned_minutes": 20, "notes": "Grußwort OB"}
    _push(doc, commands.edit_agenda_item(doc, iid, values))
    item = doc.agenda(wid)[0]
    assert (item.id, item.title, item.planned_minutes, item.notes) == (
        iid,
        "Begrüßung und Ablauf",
        20,
        "Grußwort OB",
    )
    assert rec.take() == [("agenda_changed", (wid,)), SAVED]
    assert doc.undo_stack.undoText() == "Edit agenda item"

    doc.undo_stack.undo()
    assert doc.agenda(wid) == before
    assert rec.take() == [("agenda_changed", (wid,)), SAVED]
    doc.undo_stack.redo()
    assert doc.agenda(wid)[0] == item
    assert rec.take() == [("agenda_changed", (wid,)), SAVED]


def test_delete_agenda_item_and_undo_keeps_id_and_position(demo: Project) -> None:
    doc = demo.doc
    wid = doc.workshops()[0].id
    agenda = doc.agenda(wid)
    middle = agenda[len(agenda) // 2]
    rec = Recorder(doc)

    _push(doc, commands.delete_agenda_item(doc, middle.id))
    assert doc.undo_stack.undoText() == "Delete agenda item"
    assert doc.agenda(wid) == [i for i in agenda if i.id != middle.id]
    assert rec.take() == [("agenda_changed", (wid,)), SAVED]

    doc.undo_stack.undo()
    assert doc.agenda(wid) == agenda
    assert rec.take() == [("agenda_changed", (wid,)), SAVED]

    doc.undo_stack.redo()
    assert middle not in doc.agenda(wid)
    assert rec.take() == [("agenda_changed", (wid,)), SAVED]


# -- saving --------------------------------------------------------------------------------


def test_every_successful_change_emits_saved_once(project: Project) -> None:
    doc = project.doc
    rec = Recorder(doc)
    wid = _add_workshop(doc)
    _add_person(doc, "Erika Mustermann", wid)
    _push(doc, commands.rename_workshop(doc, wid, "Neu"))
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert [name for name, _ in rec.take()].count("saved") == 5
