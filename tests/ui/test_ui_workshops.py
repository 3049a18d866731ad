"""Workshops through the menus, the navigator and the properties panel; undo, redo, delete.

After each step: what the moderator sees, and what the `.scw` file on disk holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import (
    EXPERT_TALK,
    KICK_OFF,
    FakeDialogs,
    current_page,
    focus,
    nav_children,
    nav_selected,
    nav_workshops,
    on_disk,
    open_demo,
    page_label,
    properties_child,
    reopened,
    select_workshop,
    sha256,
    type_into,
)

from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.widgets import CommitLineEdit

# -- workshops through the menus, undo and redo ------------------------------------------------


def test_new_and_renamed_workshop_with_undo_and_redo(
    window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)

    fake_dialogs.answer_text("  Werkstatt   Mobilität ")
    window.new_workshop_action.trigger()
    [asked] = [c for c in fake_dialogs.calls if c.kind == "get_text"]
    assert asked.title == "New workshop"
    assert "Workshop 3" in asked.text  # the suggested title
    assert nav_workshops(window) == [KICK_OFF, EXPERT_TALK, "Werkstatt Mobilität"]
    assert current_page(window).objectName() == "page_workshop"
    assert page_label(window, "workshopHeading") == "Werkstatt Mobilität"
    assert on_disk(demo_path).workshop_titles() == [KICK_OFF, EXPERT_TALK, "Werkstatt Mobilität"]
    new_id = on_disk(demo_path).workshops[2].id
    assert window.saved_label.text().startswith("All changes saved · ")
    assert window.undo_action.text() == "&Undo Add workshop"

    assert nav_selected(window) == Node("workshop", new_id, new_id)  # the navigator follows
    fake_dialogs.answer_text("Werkstatt Mobilität und Verkehr")
    window.rename_workshop_action.trigger()
    assert nav_workshops(window)[2] == "Werkstatt Mobilität und Verkehr"
    assert page_label(window, "workshopHeading") == "Werkstatt Mobilität und Verkehr"
    assert on_disk(demo_path).workshop(new_id).title == "Werkstatt Mobilität und Verkehr"
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Rename workshop"
    assert doc.undo_stack.count() == 2

    window.undo_action.trigger()
    assert nav_workshops(window)[2] == "Werkstatt Mobilität"
    assert page_label(window, "workshopHeading") == "Werkstatt Mobilität"
    assert on_disk(demo_path).workshop(new_id).title == "Werkstatt Mobilität"
    assert window.redo_action.text() == "&Redo Rename workshop"
    assert window.undo_action.text() == "&Undo Add workshop"

    window.redo_action.trigger()
    assert nav_workshops(window)[2] == "Werkstatt Mobilität und Verkehr"
    assert page_label(window, "workshopHeading") == "Werkstatt Mobilität und Verkehr"
    assert not window.redo_action.isEnabled()

    window.undo_action.trigger()
    window.undo_action.trigger()  # the workshop itself goes again
    assert nav_workshops(window) == [KICK_OFF, EXPERT_TALK]
    assert on_disk(demo_path).workshop_titles() == [KICK_OFF, EXPERT_TALK]
    assert not window.undo_action.isEnabled()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert nav_workshops(window) == [KICK_OFF, EXPERT_TALK, "Werkstatt Mobilität und Verkehr"]

    window.close_project()
    assert window.stack.currentWidget() is window.welcome
    disk = reopened(demo_path)
    assert disk.workshop_titles() == [KICK_OFF, EXPERT_TALK, "Werkstatt Mobilität und Verkehr"]
    assert disk.workshops[2].id == new_id  # redo brought back the very same row


def test_cancelled_or_blank_workshop_title_changes_nothing(
    window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)
    before = sha256(demo_path)
    fake_dialogs.answer_text(None, "   ")
    window.new_workshop_action.trigger()
    window.new_workshop_action.trigger()
    assert nav_workshops(window) == [KICK_OFF, EXPERT_TALK]
    assert doc.undo_stack.count() == 0
    assert sha256(demo_path) == before


def test_rename_needs_a_workshop_selected(window: MainWindow, demo_path: Path) -> None:
    open_demo(window, demo_path)
    assert not window.rename_workshop_action.isEnabled()
    assert not window.delete_workshop_action.isEnabled()
    select_workshop(window, EXPERT_TALK)
    assert window.rename_workshop_action.isEnabled()
    assert window.delete_workshop_action.isEnabled()
    assert current_page(window).objectName() == "page_workshop"
    assert page_label(window, "workshopHeading") == EXPERT_TALK


# -- the properties panel -------------------------------------------------------------------


def test_typing_a_workshop_title_in_the_properties_is_one_undo_step(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    doc = open_demo(window, demo_path)
    workshop_id = select_workshop(window, KICK_OFF)
    title = properties_child(window, CommitLineEdit, "workshopTitle")
    assert title.text() == KICK_OFF

    type_into(qtbot, title, "Auftakt im Rathaus")

    assert nav_workshops(window)[0] == "Auftakt im Rathaus"
    assert page_label(window, "workshopHeading") == "Auftakt im Rathaus"
    assert on_disk(demo_path).workshop(workshop_id).title == "Auftakt im Rathaus"
    assert doc.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Rename workshop"
    # Leaving the field after Enter commits nothing more.
    focus(qtbot, window.navigator)
    assert doc.undo_stack.count() == 1

    window.undo_action.trigger()
    assert nav_workshops(window)[0] == KICK_OFF
    assert properties_child(window, CommitLineEdit, "workshopTitle").text() == KICK_OFF
    assert on_disk(demo_path).workshop(workshop_id).title == KICK_OFF


@pytest.mark.parametrize("typed", ["31.02.", "2026-02-31", "14.10.2026", "morgen"])
def test_an_invalid_date_is_marked_and_not_committed(
    qtbot, window: MainWindow, demo_path: Path, typed: str
) -> None:
    doc = open_demo(window, demo_path)
    workshop_id = select_workshop(window, KICK_OFF)
    before = sha256(demo_path)
    date = properties_child(window, CommitLineEdit, "workshopDate")
    assert date.text() == "2026-10-14"

    type_into(qtbot, date, typed)
    focus(qtbot, window.navigator)

    assert date.styleSheet() != ""  # marked as wrong
    assert doc.undo_stack.count() == 0
    assert doc.workshop(workshop_id).date == "2026-10-14"
    assert sha256(demo_path) == before

    type_into(qtbot, date, "2026-10-21")
    assert date.styleSheet() == ""
    assert on_disk(demo_path).workshop(workshop_id).date == "2026-10-21"
    assert "2026-10-21" in page_label(window, "workshopSummary")
    assert window.undo_action.text() == "&Undo Edit workshop"


# -- the navigator follows what is shown -----------------------------------------------------


def test_a_new_workshop_is_highlighted_and_can_be_renamed_at_once(
    window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    # Regression: NavigatorModel.index_of() used match() on the Node objects themselves, which
    # Qt compares by identity, so a fresh, equal Node was never found and select() did nothing.
    open_demo(window, demo_path)
    fake_dialogs.answer_text("Werkstatt Mobilität")
    window.new_workshop_action.trigger()
    new_id = on_disk(demo_path).workshops[2].id
    assert page_label(window, "workshopHeading") == "Werkstatt Mobilität"
    # The page shows the new workshop, so the navigator and F2 must agree with it.
    assert nav_selected(window) == Node("workshop", new_id, new_id)
    assert window.rename_workshop_action.isEnabled()


def test_the_navigator_keeps_its_highlight_when_a_workshop_is_renamed(
    window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    workshop_id = select_workshop(window, EXPERT_TALK)
    fake_dialogs.answer_text("Fachgespräch Kriterien")
    window.rename_workshop_action.trigger()
    assert nav_workshops(window)[1] == "Fachgespräch Kriterien"
    assert nav_selected(window) == Node("workshop", workshop_id, workshop_id)


# -- deleting a workshop --------------------------------------------------------------------


def test_deleting_a_workshop_and_undoing_it_brings_back_everything(
    window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    before = on_disk(demo_path)
    workshop_id = select_workshop(window, KICK_OFF)
    assert before.attendance[workshop_id]
    assert before.boards[workshop_id]

    fake_dialogs.answer_confirm(True)
    window.delete_workshop_action.trigger()
    [asked] = [c for c in fake_dialogs.calls if c.kind == "confirm"]
    assert asked.title == "Delete workshop"
    assert KICK_OFF in asked.text
    assert nav_workshops(window) == [EXPERT_TALK]
    disk = on_disk(demo_path)
    assert disk.workshop_titles() == [EXPERT_TALK]
    assert workshop_id not in disk.attendance
    assert len(disk.participants) == len(before.participants)  # people stay in the project
    assert window.undo_action.text() == "&Undo Delete workshop"

    window.undo_action.trigger()
    assert nav_workshops(window) == [KICK_OFF, EXPERT_TALK]
    assert nav_children(window, Node("boards", 0, workshop_id)) == before.boards[workshop_id]
    assert on_disk(demo_path) == before
    select_workshop(window, KICK_OFF)
    assert current_page(window).participants.model.rowCount() == len(before.attendance[workshop_id])
    assert page_label(window, "workshopSummary").endswith("20 present, 3 excused")

    window.redo_action.trigger()
    assert nav_workshops(window) == [EXPERT_TALK]
    window.undo_action.trigger()
    window.close_project()
    assert reopened(demo_path) == before


def test_declining_the_delete_question_keeps_the_workshop(
    window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)
    before = sha256(demo_path)
    select_workshop(window, EXPERT_TALK)
    fake_dialogs.answer_confirm(False)
    window.delete_workshop_action.trigger()
    assert nav_workshops(window) == [KICK_OFF, EXPERT_TALK]
    assert doc.undo_stack.count() == 0
    assert sha256(demo_path) == before


def test_after_deleting_the_shown_workshop_the_view_falls_back_without_errors(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    select_workshop(window, KICK_OFF)
    fake_dialogs.answer_confirm(True)
    with qtbot.capture_exceptions() as caught:
        window.delete_workshop_action.trigger()
    assert caught == []
    assert nav_selected(window) in (Node("strategy"), Node("workshops"))
    assert current_page(window).objectName() in ("page_strategy", "page_workshops")
    assert KICK_OFF not in [
        label.text() for label in current_page(window).findChildren(type(window.saved_label))
    ]
    # Nothing may still offer to rename or delete the workshop that is gone.
    assert not window.rename_workshop_action.isEnabled()
    assert not window.delete_workshop_action.isEnabled()


def test_navigating_does_not_pile_up_properties_panels(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    # Regression: QDockWidget.setWidget() only hides the old panel; every click left one more
    # hidden WorkshopProperties behind, each still refreshing on every workshop change.
    from smartcity_desktop.ui.properties import ProjectProperties, WorkshopProperties

    open_demo(window, demo_path)
    for _ in range(5):
        select_workshop(window, KICK_OFF)
        select_workshop(window, EXPERT_TALK)
    qtbot.wait(10)  # let deleteLater() run
    panels = window.properties_dock.findChildren(WorkshopProperties) + (
        window.properties_dock.findChildren(ProjectProperties)
    )
    assert panels == [window.properties_dock.widget()]


def test_a_new_workshop_page_is_built_once(
    window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs, monkeypatch
) -> None:
    open_demo(window, demo_path)
    built: list[Node] = []
    build = window._page_for
    monkeypatch.setattr(window, "_page_for", lambda node: built.append(node) or build(node))
    select_workshop(window, KICK_OFF)  # a click in the navigator
    assert [n.kind for n in built] == ["workshop"]
    built.clear()
    fake_dialogs.answer_text("Werkstatt Mobilität")
    window.new_workshop_action.trigger()
    assert [n.kind for n in built] == ["workshop"]
