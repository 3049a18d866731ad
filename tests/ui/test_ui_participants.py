"""Participants of a workshop (add, consent, attendance, undo) and the Qt models' contracts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_helpers import (
    EXPERT_TALK,
    KICK_OFF,
    FakeDialogs,
    current_page,
    on_disk,
    open_demo,
    page_label,
    select_workshop,
)

from smartcity_desktop.document import ProjectDocument, commands
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain.model import Attendance
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.models import (
    AgendaModel,
    CardsModel,
    GroupsModel,
    ParticipantsModel,
)

# -- participants ---------------------------------------------------------------------------


def participant_row(model: ParticipantsModel, name: str) -> int:
    rows = [r for r in range(model.rowCount()) if model.index(r, model.NAME).data() == name]
    assert len(rows) == 1, f"{name!r} shown {len(rows)} times"
    return rows[0]


def test_participants_added_named_and_excused_then_undone(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)
    workshop_id = select_workshop(window, KICK_OFF)
    page = current_page(window)
    table, model = page.participants, page.participants.model
    assert model.rowCount() == 23
    assert page_label(window, "workshopSummary").endswith("20 present, 3 excused")

    fake_dialogs.answer_text(" Zora  Neumann ")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    row = participant_row(model, "Zora Neumann")
    person_id = model.row_id(row)
    assert table.selected_id() == person_id  # the new person is selected
    assert model.index(row, model.ATTENDANCE).data() == "present"
    assert model.index(row, model.CONSENT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert page_label(window, "workshopSummary").endswith("21 present, 3 excused")
    disk = on_disk(demo_path)
    assert disk.attendance[workshop_id][person_id] == Attendance.PRESENT
    assert not disk.participant(person_id).consent_named

    # What a click on the 'May be named' check box does: setData with CheckStateRole.
    consent = model.index(row, model.CONSENT)
    assert model.flags(consent) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(consent, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    row = participant_row(model, "Zora Neumann")
    assert model.index(row, model.CONSENT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert on_disk(demo_path).participant(person_id).consent_named
    assert window.undo_action.text() == "&Undo Edit participant"

    # What choosing 'excused' in the attendance combo box does: setData with the value.
    assert model.setData(model.index(row, model.ATTENDANCE), "excused")
    row = participant_row(model, "Zora Neumann")
    assert model.index(row, model.ATTENDANCE).data() == "excused"
    assert page_label(window, "workshopSummary").endswith("20 present, 4 excused")
    assert on_disk(demo_path).attendance[workshop_id][person_id] == Attendance.EXCUSED
    assert window.undo_action.text() == "&Undo Change attendance"
    assert doc.undo_stack.count() == 3

    window.undo_action.trigger()
    assert page_label(window, "workshopSummary").endswith("21 present, 3 excused")
    assert model.index(participant_row(model, "Zora Neumann"), model.ATTENDANCE).data() == (
        "present"
    )
    window.undo_action.trigger()
    assert not on_disk(demo_path).participant(person_id).consent_named
    window.undo_action.trigger()
    assert model.rowCount() == 23
    assert page_label(window, "workshopSummary").endswith("20 present, 3 excused")
    disk = on_disk(demo_path)
    assert person_id not in disk.attendance[workshop_id]
    assert person_id not in [p.id for p in disk.participants]


def test_a_real_click_on_the_consent_box_is_one_undo_step(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    doc = open_demo(window, demo_path)
    select_workshop(window, KICK_OFF)
    table = current_page(window).participants
    view, model = table.view, table.model
    view.scrollToTop()
    index = model.index(0, model.CONSENT)
    person_id = model.row_id(0)
    before = model.index(0, model.CONSENT).data(Qt.ItemDataRole.CheckStateRole)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())

    after = model.index(0, model.CONSENT).data(Qt.ItemDataRole.CheckStateRole)
    assert after != before
    assert doc.undo_stack.count() == 1
    assert on_disk(demo_path).participant(person_id).consent_named == (
        after == Qt.CheckState.Checked
    )


PLAIN_QUESTION = (
    "Erase “%1” from the whole project, including every workshop? "
    "This can be undone while the project is open."
)


def _click_delete(qtbot, table, name: str) -> None:
    table.view.setCurrentIndex(table.model.index(participant_row(table.model, name), 0))
    qtbot.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)


def _entries_of(doc: ProjectDocument, weighting_ids: list[int], person_id: int) -> list:
    return [
        entry
        for wid in weighting_ids
        for entry in [*doc.judgements(wid), *doc.scores(wid)]
        if entry.participant_id == person_id
    ]


def test_deleting_a_rater_names_their_weightings_and_undo_brings_the_entries_back(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)
    workshop_id = select_workshop(window, KICK_OFF)
    expert_talk = next(w.id for w in doc.workshops() if w.title == EXPERT_TALK)
    table = current_page(window).participants
    rater = doc.participant(doc.attendance(workshop_id)[0].participant_id)
    criteria = [c.id for c in doc.criteria()[:3]]
    projects = [p.id for p in doc.projects()[:2]]
    weightings = []
    for wsid, title in (
        (workshop_id, "Gewichtung der Auswahlkriterien"),
        (expert_talk, "Zweite Runde"),
    ):
        start = wops.start_weighting(
            doc,
            wsid,
            title,
            "points",
            criteria,
            projects,
            judged_by="participants",
            scored_by="participants",
        )
        assert doc.push(start)
        weightings.append(start.new_ids[0])
    finished, still_open = weightings
    assert doc.push(
        wops.set_judgements(
            doc, finished, rater.id, {(criteria[0], None): 60, (criteria[1], None): 40}
        )
    )
    assert doc.push(wops.set_scores(doc, finished, rater.id, {(projects[0], criteria[0]): 7.5}))
    assert doc.push(wops.edit_weighting(doc, finished, {"state": "finished"}))
    assert doc.push(wops.set_scores(doc, still_open, rater.id, {(projects[1], criteria[2]): 3}))
    entries = _entries_of(doc, weightings, rater.id)
    assert len(entries) == 4
    assert wops.raters(doc, finished) == [rater.id]
    steps = doc.undo_stack.count()

    # No: nothing changes, and the question named both weightings, the finished one as such.
    fake_dialogs.answer_confirm(False)
    _click_delete(qtbot, table, rater.name)
    (asked,) = fake_dialogs.take("confirm")
    assert asked.text.startswith(PLAIN_QUESTION.replace("%1", rater.name) + "\n\n")
    assert f"{rater.name} weighted or scored in" in asked.text
    assert "“Gewichtung der Auswahlkriterien” (finished)" in asked.text
    assert "“Zweite Runde”" in asked.text
    assert "“Zweite Runde” (finished)" not in asked.text
    assert "finished ones too" in asked.text
    demo_weighting = next(w.title for w in doc.weightings(expert_talk) if w.id not in weightings)
    assert demo_weighting not in asked.text  # the group judged that one, not the person
    assert doc.undo_stack.count() == steps
    assert rater.id in [p.id for p in doc.participants()]
    assert _entries_of(doc, weightings, rater.id) == entries

    # Yes: the person and their entries go, and the finished result loses its rater.
    fake_dialogs.answer_confirm(True)
    _click_delete(qtbot, table, rater.name)
    assert len(fake_dialogs.take("confirm")) == 1
    assert rater.id not in [p.id for p in on_disk(demo_path).participants]
    assert _entries_of(doc, weightings, rater.id) == []
    assert wops.raters(doc, finished) == []
    assert doc.weighting(finished).state == "finished"

    window.undo_action.trigger()
    assert rater.id in [p.id for p in on_disk(demo_path).participants]
    assert _entries_of(doc, weightings, rater.id) == entries
    assert wops.raters(doc, finished) == [rater.id]


def test_deleting_someone_without_entries_asks_the_plain_question(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)
    workshop_id = select_workshop(window, KICK_OFF)
    table = current_page(window).participants
    person = doc.participant(doc.attendance(workshop_id)[1].participant_id)
    assert _entries_of(doc, [w.id for w in doc.weightings()], person.id) == []

    fake_dialogs.answer_confirm(True)
    _click_delete(qtbot, table, person.name)
    (asked,) = fake_dialogs.take("confirm")
    assert asked.text == PLAIN_QUESTION.replace("%1", person.name)
    assert person.id not in [p.id for p in on_disk(demo_path).participants]


def _first_board(doc: ProjectDocument) -> int:
    return doc.boards(doc.workshops()[0].id)[0].id


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda doc: ParticipantsModel(doc), id="participants-project"),
        pytest.param(
            lambda doc: ParticipantsModel(doc, doc.workshops()[0].id), id="participants-workshop"
        ),
        pytest.param(lambda doc: AgendaModel(doc, doc.workshops()[0].id), id="agenda"),
        pytest.param(lambda doc: CardsModel(doc, _first_board(doc)), id="cards"),
        pytest.param(lambda doc: GroupsModel(doc), id="groups"),
    ],
)
def test_models_pass_the_qt_model_tester(qtmodeltester, demo_path: Path, make) -> None:
    doc = ProjectDocument.open(demo_path)
    try:
        model = make(doc)
        assert model.rowCount() > 0
        qtmodeltester.check(model)
        # ... and still after the document changed under it (a reset through its signals).
        doc.push(commands.add_group(doc, "Jugendbeirat"))
        qtmodeltester.check(model)
    finally:
        doc.close()
