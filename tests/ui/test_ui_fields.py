"""The fields of action (Handlungsfelder): the navigator entry, the page that traces each field
back to its clusters, cards and sources, and what promoting a cluster on a board does there.

Every change is checked in the `.scw` file on disk, and undone.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from test_ui_board import (
    BoardFile,
    board_file,
    board_node,
    click,
    header_of,
    open_board,
    show_node,
    type_text,
)
from ui_helpers import (
    FakeDialogs,
    current_page,
    focus,
    nav_children,
    open_demo,
    type_into,
)

from smartcity_desktop.document import board_ops
from smartcity_desktop.domain.richtext import parse, plain_text
from smartcity_desktop.ui import palette
from smartcity_desktop.ui.fields_page import FieldsPage
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node


def fields_entry(window: MainWindow) -> str:
    return nav_children(window, Node("strategy"))[1]


def open_fields(window: MainWindow, demo_path: Path) -> tuple[FieldsPage, BoardFile]:
    open_demo(window, demo_path)
    board = board_file(demo_path, board_node(window).id)
    show_node(window, Node("fields"))
    page = current_page(window)
    assert isinstance(page, FieldsPage)
    return page, board


def listed(page: FieldsPage) -> list[str]:
    return [page.list.item(i).text() for i in range(page.list.count())]


def expected_list(board: BoardFile) -> list[str]:
    return [f"{f.title}  ({len(f.cluster_ids)})" for f in board.fields.values()]


def test_the_fields_page_traces_each_field_to_its_cards_and_sources(
    window: MainWindow, demo_path: Path
) -> None:
    page, board = open_fields(window, demo_path)

    assert len(board.fields) > 0
    assert fields_entry(window) == f"Fields of action ({len(board.fields)})"
    assert listed(page) == expected_list(board)
    assert not page.empty.isVisible()
    first = next(iter(board.fields.values()))
    assert page.current_field_id() == first.id
    assert page.title_edit.text() == first.title
    assert page.description_edit.edit.toPlainText() == plain_text(first.description)

    tree = page.origins
    assert tree.topLevelItemCount() == len(first.cluster_ids)
    top = tree.topLevelItem(0)
    cluster = board.clusters[first.cluster_ids[0]]
    members = board.members(cluster.id)
    board_title = window.document.board(cluster.board_id).title
    workshop = window.document.workshop(window.document.board(cluster.board_id).workshop_id)
    assert top.text(0) == (
        f"{workshop.title} ▸ {board_title} ▸ cluster “{cluster.title}” ({len(members)} card(s))"
    )
    cards = [(top.child(i).text(0), top.child(i).text(1)) for i in range(top.childCount())]
    expected = [(c.text, ", ".join(palette.source_label(s) for s in c.sources)) for c in members]
    assert sorted(cards) == sorted(expected)
    assert len({source for _text, source in cards}) > 1  # survey, interview, ...

    page.list.setCurrentRow(1)  # another field: its own title and origins
    second = list(board.fields.values())[1]
    assert page.title_edit.text() == second.title
    origin = board.clusters[second.cluster_ids[0]]
    shown = tree.topLevelItem(0).text(0)
    assert shown.endswith(f"“{origin.title}” ({len(board.members(origin.id))} card(s))")


def test_renaming_and_describing_a_field_writes_the_file(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page, before = open_fields(window, demo_path)
    field = next(iter(before.fields.values()))
    board_id = board_node(window).id

    type_into(qtbot, page.title_edit, "Digitale Verwaltung")
    after = board_file(demo_path, board_id)
    assert after.fields[field.id].title == "Digitale Verwaltung"
    assert listed(page)[0] == f"Digitale Verwaltung  ({len(field.cluster_ids)})"
    assert window.undo_action.text() == "&Undo Rename field of action"

    edit = page.description_edit.edit
    focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, edit, "Alle Leistungen online, ohne Medienbrüche.")
    focus(qtbot, page.list)  # leaving the field saves it
    after = board_file(demo_path, board_id)
    assert after.fields[field.id].description == "Alle Leistungen online, ohne Medienbrüche."
    assert window.document.undo_stack.count() == 2  # typing is one step, not one per key

    window.undo_action.trigger()
    assert board_file(demo_path, board_id).fields[field.id].description == field.description
    assert edit.toPlainText() == plain_text(field.description)
    window.undo_action.trigger()
    assert board_file(demo_path, board_id) == before
    assert page.title_edit.text() == field.title
    assert listed(page) == expected_list(before)


def test_a_description_is_markdown_as_on_the_draft_page_and_in_the_exports(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    """Gendered words keep their asterisks upright; bold shows bold, not as asterisks."""
    page, before = open_fields(window, demo_path)
    field = next(iter(before.fields.values()))
    board_id = board_node(window).id
    edit = page.description_edit.edit

    focus(qtbot, edit)
    edit.selectAll()
    edit.insertPlainText("Für Bürger*innen und Nutzer*innen")
    focus(qtbot, page.list)
    stored = board_file(demo_path, board_id).fields[field.id].description
    (block,) = parse(stored)
    assert "".join(run.text for run in block.runs) == "Für Bürger*innen und Nutzer*innen"
    assert not any(run.italic or run.bold for run in block.runs)

    window.undo_action.trigger()
    assert document_description(window, field.id) == field.description
    page.list.setCurrentRow(0)
    assert window.document.push(
        board_ops.edit_field(window.document, field.id, "Erst **fest**, dann *offen*.")
    )
    assert edit.toPlainText() == "Erst fest, dann offen."
    cursor = edit.textCursor()
    cursor.setPosition(len("Erst fe"))
    assert cursor.charFormat().fontWeight() > 400  # bold, as the PDF prints it


def document_description(window: MainWindow, field_id: int) -> str:
    return next(f for f in window.document.fields_of_action() if f.id == field_id).description


def test_deleting_a_field_asks_and_keeps_its_cluster(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    page, before = open_fields(window, demo_path)
    board_id = board_node(window).id
    field = list(before.fields.values())[1]
    page.list.setCurrentRow(1)

    fake_dialogs.answer_confirm(False)
    page.delete_button.click()
    assert board_file(demo_path, board_id) == before

    fake_dialogs.answer_confirm(True)
    page.delete_button.click()
    [asked, _] = [c for c in fake_dialogs.calls if c.kind == "confirm"]
    assert field.title in asked.text
    after = board_file(demo_path, board_id)
    assert field.id not in after.fields
    assert after.clusters == before.clusters  # the cluster and its cards stay on the board
    assert after.cards == before.cards
    assert fields_entry(window) == f"Fields of action ({len(before.fields) - 1})"
    assert f"{field.title}  ({len(field.cluster_ids)})" not in listed(page)

    window.undo_action.trigger()
    assert board_file(demo_path, board_id) == before  # with its link to the cluster
    assert fields_entry(window) == f"Fields of action ({len(before.fields)})"
    assert listed(page) == expected_list(before)


def test_deleting_a_field_names_what_goes_and_what_loses_its_field(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    page, _before = open_fields(window, demo_path)
    doc = window.document
    field = doc.fields_of_action()[0]
    goals = doc.field_goals(field.id)
    projects = [p.id for p in doc.projects() if p.field_id == field.id]
    steps = [a.id for a in doc.strategy_actions() if a.field_id == field.id]
    assert (len(goals), len(projects), len(steps)) == (2, 1, 1)  # the demo's first field
    page.list.setCurrentRow(0)

    fake_dialogs.answer_confirm(True)
    page.delete_button.click()

    [asked] = [c for c in fake_dialogs.calls if c.kind == "confirm"]
    assert f"“{field.title}”" in asked.text
    assert re.search(r"\b2 goal.* deleted", asked.text)
    assert re.search(r"\b1 project.* no longer belong to a field of action", asked.text)
    assert re.search(r"\b1 next step.* no longer name a field of action", asked.text)
    assert "clusters and cards stay" in asked.text
    assert "undo" in asked.text
    assert doc.field_goals(field.id) == []
    assert all(p.field_id is None for p in doc.projects() if p.id in projects)
    assert all(a.field_id is None for a in doc.strategy_actions() if a.id in steps)

    window.undo_action.trigger()
    assert doc.field_goals(field.id) == goals
    assert [p.id for p in doc.projects() if p.field_id == field.id] == projects
    assert [a.id for a in doc.strategy_actions() if a.field_id == field.id] == steps

    page.list.setCurrentRow(1)  # a field without next steps: no sentence about them
    fake_dialogs.answer_confirm(False)
    page.delete_button.click()
    asked = [c for c in fake_dialogs.calls if c.kind == "confirm"][-1]
    assert re.search(r"\b3 project", asked.text)
    assert "next step" not in asked.text


def test_promoting_a_cluster_on_the_board_adds_a_field(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    board_page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, board_page.board_id)
    cluster = next(c for c in before.clusters.values() if not before.fields_of(c.id))
    assert fields_entry(window) == f"Fields of action ({len(before.fields)})"

    click(board_page.view, header_of(cluster))
    board_page.promote_action.trigger()

    after = board_file(demo_path, board_page.board_id)
    [new_id] = set(after.fields) - set(before.fields)
    assert after.fields[new_id].title == cluster.title
    assert after.fields[new_id].cluster_ids == (cluster.id,)
    assert fields_entry(window) == f"Fields of action ({len(before.fields) + 1})"
    assert board_page.scene.clusters[cluster.id].fields == [cluster.title]

    show_node(window, Node("fields"))
    page = current_page(window)
    assert isinstance(page, FieldsPage)
    assert listed(page) == expected_list(after)

    window.undo_action.trigger()
    assert board_file(demo_path, board_page.board_id) == before
    assert fields_entry(window) == f"Fields of action ({len(before.fields)})"
    assert listed(page) == expected_list(before)


def test_promoting_without_a_selection_promotes_every_cluster(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    board_page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, board_page.board_id)
    unpromoted = [c for c in before.clusters.values() if not before.fields_of(c.id)]
    assert unpromoted

    fake_dialogs.answer_confirm(True)
    board_page.promote_action.trigger()

    after = board_file(demo_path, board_page.board_id)
    assert all(after.fields_of(c.id) for c in after.clusters.values())
    assert len(after.fields) == len(before.fields) + len(unpromoted)
    assert fields_entry(window) == f"Fields of action ({len(after.fields)})"

    fake_dialogs.answer_confirm(True)
    board_page.promote_action.trigger()  # nothing left to promote: said so, nothing changed
    [message] = fake_dialogs.take("info")
    assert "already" in message.text
    assert board_file(demo_path, board_page.board_id) == after
    assert window.document.undo_stack.count() == 1


def test_the_fields_page_survives_undoing_everything(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    board_page = open_board(qtbot, window, demo_path)
    demo = board_file(demo_path, board_page.board_id)
    stack = window.document.undo_stack
    # on the board: promote a cluster, then rename a promoted one (its field follows)
    cluster = next(c for c in demo.clusters.values() if not demo.fields_of(c.id))
    click(board_page.view, header_of(cluster))
    board_page.promote_action.trigger()
    promoted = next(c for c in demo.clusters.values() if demo.fields_of(c.id))
    board_page.rename_cluster(promoted.id, "Verwaltung digital")
    # on the fields page: rename one, delete another
    show_node(window, Node("fields"))
    page = current_page(window)
    assert isinstance(page, FieldsPage)
    type_into(qtbot, page.title_edit, "Neuer Titel")
    page.list.setCurrentRow(2)
    fake_dialogs.answer_confirm(True)
    page.delete_button.click()
    changed = board_file(demo_path, board_page.board_id)
    assert changed.fields != demo.fields
    assert stack.count() == 4

    while stack.canUndo():
        window.undo_action.trigger()

    assert stack.isClean()
    assert board_file(demo_path, board_page.board_id) == demo
    assert listed(page) == expected_list(demo)
    assert fields_entry(window) == f"Fields of action ({len(demo.fields)})"
    show_node(window, board_node(window))
    board = current_page(window)
    assert {cid: item.fields for cid, item in board.scene.clusters.items()} == {
        cid: [f.title for f in demo.fields_of(cid)] for cid in demo.clusters
    }
