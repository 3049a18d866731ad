"""The strategy draft editor as a moderator uses it: every section edited through the page
reaches the file (read back from a copy of the file on disk, or after reopening) and Undo
puts it back; bad input is refused with a message and nothing written; the models pass
qtmodeltester; the page opens on the demo and on an empty new project."""

from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from ui_helpers import (
    FakeDialogs,
    current_page,
    focus,
    nav_children,
    open_demo,
    sha256,
    type_into,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import strategy_ops as ops
from smartcity_desktop.domain import richtext
from smartcity_desktop.domain.strategy import SECTIONS, StrategyDraft
from smartcity_desktop.store import ProjectFile
from smartcity_desktop.store.strategy_draft import load_draft
from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.draft_models import (
    HINT_ROLE,
    ActionsModel,
    FieldGoalsModel,
    GoalsModel,
    GovernanceModel,
    SectionsModel,
)
from smartcity_desktop.ui.draft_page import DraftPage
from smartcity_desktop.ui.draft_score_models import CriteriaModel, FieldProjectsModel
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.minutes_models import parse_due
from smartcity_desktop.ui.navigator import Node

_E = Qt.ItemDataRole.EditRole
_D = Qt.ItemDataRole.DisplayRole


def draft_on_disk(path: Path) -> StrategyDraft:
    """The draft as the file on disk holds it now (read from a copy; the app holds the lock)."""
    folder = Path(tempfile.mkdtemp(prefix="scw-draft-"))
    try:
        copy = folder / "copy.scw"
        shutil.copyfile(path, copy)
        pf = ProjectFile.open(copy, read_only=True)
        try:
            return load_draft(pf)
        finally:
            pf.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def undo(window: MainWindow) -> None:
    window.document.undo_stack.undo()  # type: ignore[union-attr]


def steps(window: MainWindow) -> int:
    return window.document.undo_stack.count()  # type: ignore[union-attr]


@pytest.fixture
def page(window: MainWindow, demo_path: Path) -> DraftPage:
    open_demo(window, demo_path)
    window.show_node(Node("draft"))
    shown = current_page(window)
    assert isinstance(shown, DraftPage)
    return shown


def type_rich(qtbot, editor, text: str) -> None:
    """Click into a rich-text editor, select all, delete it, clear the formatting, type
    `text` (ASCII), leave the field."""
    focus(qtbot, editor.edit)
    qtbot.keyClick(editor.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)
    editor.actions_by_name["plain"].trigger()  # what is left may be a list item
    qtbot.keyClicks(editor.edit, text)
    editor.edit.clearFocus()  # focus-out commits


def edit_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Double-click a cell, type over it and press Enter, as the moderator does."""
    index = view.model().index(row, column)
    focus(qtbot, view)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), f"no line editor on {index.row(), index.column()}"
    assert editor.parent() is view.viewport()  # the cell's editor, not another field
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits through a queued call
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


# -- opening -----------------------------------------------------------------------------------


def test_navigator_has_the_draft_under_the_strategy(window: MainWindow, demo_path: Path):
    open_demo(window, demo_path)
    assert "Strategy draft" in nav_children(window, Node("strategy"))
    window.show_node(Node("draft"))
    assert isinstance(current_page(window), DraftPage)
    assert window.navigator.current_node() == Node("draft")  # type: ignore[union-attr]


def test_page_opens_on_the_demo_with_every_section(page: DraftPage, window: MainWindow):
    doc = window.document
    assert doc is not None
    draft = doc.strategy_draft()
    rows = [page.sections.index(r, 0) for r in range(page.sections.rowCount())]
    assert [i.data(_D) for i in rows] == [
        "Vision (Leitbild)",
        "Strategic goals",
        "Fields of action",
        "Criteria",
        "Governance",
        "Recommendations & next steps",
    ]
    hints = [i.data(HINT_ROLE) for i in rows]
    assert hints[1] == f"{len(draft.goals)} goal(s)"
    assert hints[2] == f"{len(draft.fields)} field(s)"
    assert hints[5] == f"{len(draft.actions)} step(s)"
    for key in SECTIONS:  # every section can be shown
        page.show_section(key)
        assert page.stack.currentWidget() is page.pages[key]
    assert richtext.parse(page.pages["vision"].intro.markdown()) == richtext.parse(draft.vision)
    fields = page.pages["fields"]
    assert fields.list.count() == len(doc.fields_of_action())  # type: ignore[attr-defined]
    assert [fields.list.item(i).text() for i in range(fields.list.count())] == [  # type: ignore[attr-defined]
        f.title for f in doc.fields_of_action()
    ]


def test_page_fits_a_laptop_screen_beside_the_navigator(qtbot, window: MainWindow, demo_path: Path):
    """At 1366×768 (a common council laptop) the navigator keeps its room on every section."""
    open_demo(window, demo_path)
    window.resize(1366, 768)
    window.show_node(Node("draft"))
    page = current_page(window)
    assert isinstance(page, DraftPage)
    navigator = window.navigator
    assert navigator is not None
    for key in SECTIONS:
        page.show_section(key)
        QApplication.processEvents()
        assert window.width() <= 1366
        assert navigator.width() >= 200, key
    assert not page.trace_panel.isVisible()


def test_page_opens_on_an_empty_new_project(qtbot, window: MainWindow, tmp_path: Path):
    path = tmp_path / "neu.scw"
    ProjectDocument.create(path, title="Leere Strategie").close()
    assert window.open_path(path)
    window.show_node(Node("draft"))
    page = current_page(window)
    assert isinstance(page, DraftPage)
    hints = [page.sections.index(r, 0).data(HINT_ROLE) for r in range(6)]
    assert hints == ["empty"] * 6
    fields = page.pages["fields"]
    assert not fields.empty.isHidden()  # type: ignore[attr-defined]
    assert fields.split.isHidden()  # type: ignore[attr-defined]
    assert not fields.detail.isEnabled()  # type: ignore[attr-defined]
    criteria = page.pages["criteria"]
    combo = criteria.weighting_combo  # type: ignore[attr-defined]
    assert [combo.itemText(i) for i in range(combo.count())] == ["none yet"]
    # typing the vision into an empty project works as well
    type_rich(qtbot, page.pages["vision"].intro, "Eine Vision")
    assert draft_on_disk(path).vision == "Eine Vision"
    assert page.sections.index(0, 0).data(HINT_ROLE) == "2 word(s)"


def test_a_read_only_project_shows_the_draft_but_takes_no_edit(
    qtbot, window: MainWindow, demo_path: Path
):
    before = sha256(demo_path)
    window.set_document(ProjectDocument.open(demo_path, read_only=True))
    window.show_node(Node("draft"))
    page = current_page(window)
    assert isinstance(page, DraftPage)
    for key in SECTIONS:
        assert page.pages[key].intro.edit.isReadOnly()
    assert not page.save_version_button.isEnabled()
    assert page.versions_button.isEnabled()  # looking at versions is fine
    goals = page.pages["goals"].rows  # type: ignore[attr-defined]
    assert not goals.new_edit.isEnabled()
    assert not any(b.isEnabled() for b in goals.buttons.values())
    assert not goals.model.flags(goals.model.index(0, GoalsModel.TITLE)) & (
        Qt.ItemFlag.ItemIsEditable
    )
    assert not page.pages["criteria"].weighting_combo.isEnabled()  # type: ignore[attr-defined]
    assert page.pages["fields"].title_edit.isReadOnly()  # type: ignore[attr-defined]
    assert sha256(demo_path) == before


# -- texts -------------------------------------------------------------------------------------


def test_vision_typed_with_formatting_reaches_the_file_and_undo_restores(
    qtbot, window: MainWindow, page: DraftPage, demo_path: Path
):
    before = draft_on_disk(demo_path).vision
    editor = page.pages["vision"].intro
    focus(qtbot, editor.edit)
    qtbot.keyClick(editor.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)
    editor.heading_combo.setCurrentIndex(editor.heading_combo.findData(2))
    editor.heading_combo.activated.emit(editor.heading_combo.currentIndex())
    qtbot.keyClicks(editor.edit, "Leitbild")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.edit, "Wir sind ")
    qtbot.keyClick(editor.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.edit, "digital")
    qtbot.keyClick(editor.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.edit, ".")
    editor.edit.clearFocus()
    on_disk = draft_on_disk(demo_path).vision
    assert richtext.parse(on_disk) == [
        richtext.Block("heading", (richtext.Run("Leitbild"),), 2),
        richtext.Block(
            "paragraph",
            (richtext.Run("Wir sind "), richtext.Run("digital", bold=True), richtext.Run(".")),
        ),
    ]
    undo(window)
    assert draft_on_disk(demo_path).vision == before
    assert richtext.parse(editor.markdown()) == richtext.parse(before)  # the page follows


def test_typing_with_pauses_is_one_undo_step(qtbot, window: MainWindow, page: DraftPage):
    page.show_section("governance")
    editor = page.pages["governance"].intro
    start = steps(window)
    focus(qtbot, editor.edit)
    qtbot.keyClicks(editor.edit, " Erster Teil")
    qtbot.waitUntil(lambda: steps(window) == start + 1, timeout=3000)  # saved after a pause
    qtbot.keyClicks(editor.edit, " und mehr")
    doc = window.document
    assert doc is not None
    qtbot.waitUntil(lambda: "und mehr" in doc.strategy().governance_text, timeout=3000)
    assert steps(window) == start + 1  # merged into the same step
    editor.edit.clearFocus()


@pytest.mark.parametrize("key", ["goals", "fields", "criteria", "governance", "next_steps"])
def test_every_intro_text_is_saved_and_undone(
    qtbot, window: MainWindow, page: DraftPage, demo_path: Path, key: str
):
    column = {
        "goals": "goals_text",
        "fields": "fields_text",
        "criteria": "criteria_text",
        "governance": "governance_text",
        "next_steps": "next_steps_text",
    }[key]
    before = getattr(draft_on_disk(demo_path), column)
    page.show_section(key)
    type_rich(qtbot, page.pages[key].intro, f"Neue Einleitung {key}")
    assert getattr(draft_on_disk(demo_path), column) == f"Neue Einleitung {key}"
    undo(window)
    assert getattr(draft_on_disk(demo_path), column) == before


def test_reopened_file_shows_what_was_typed(
    qtbot, window: MainWindow, page: DraftPage, demo_path: Path
):
    type_rich(qtbot, page.pages["vision"].intro, "Gespeichert und wieder da")
    window.close_project()
    assert window.open_path(demo_path)
    window.show_node(Node("draft"))
    reopened = current_page(window)
    assert isinstance(reopened, DraftPage)
    assert reopened.pages["vision"].intro.markdown() == "Gespeichert und wieder da"


# -- strategic goals -------------------------------------------------------------------------


def test_goals_add_edit_move_delete(qtbot, window: MainWindow, page: DraftPage, demo_path: Path):
    page.show_section("goals")
    section = page.pages["goals"]
    rows = section.rows  # type: ignore[attr-defined]
    before = [g.title for g in draft_on_disk(demo_path).goals]
    rows.new_edit.setText("Lernende Stadt")
    qtbot.keyClick(rows.new_edit, Qt.Key.Key_Return)
    assert [g.title for g in draft_on_disk(demo_path).goals] == [*before, "Lernende Stadt"]
    assert rows.new_edit.text() == ""
    last = rows.model.rowCount() - 1
    assert rows.view.currentIndex().row() == last  # the new goal is selected
    new_id = rows.current_id()
    edit_cell(qtbot, rows.view, last, GoalsModel.ISEK, "ISEK-Ziel 4: Bildung")
    assert draft_on_disk(demo_path).goals[-1].isek == "ISEK-Ziel 4: Bildung"
    assert rows.current_id() == new_id  # the table was reloaded; the selection stayed
    # its text, with formatting, below the table
    goal_text = section.goal_text  # type: ignore[attr-defined]
    type_rich(qtbot, goal_text, "Alle lernen ")
    focus(qtbot, goal_text.edit)
    goal_text.edit.moveCursor(goal_text.edit.textCursor().MoveOperation.End)
    qtbot.keyClick(goal_text.edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(goal_text.edit, "lebenslang")
    goal_text.edit.clearFocus()
    assert draft_on_disk(demo_path).goals[-1].text == "Alle lernen *lebenslang*"
    rows.view.selectRow(last)
    qtbot.mouseClick(rows.buttons["up"], Qt.MouseButton.LeftButton)
    titles = [g.title for g in draft_on_disk(demo_path).goals]
    assert titles[-2] == "Lernende Stadt"
    assert rows.current_id() is not None
    assert rows.model.item(rows.view.currentIndex().row()).title == "Lernende Stadt"
    qtbot.mouseClick(rows.buttons["delete"], Qt.MouseButton.LeftButton)
    assert [g.title for g in draft_on_disk(demo_path).goals] == before
    for _ in range(4):  # delete, move, text, ISEK
        undo(window)
    assert [g.title for g in draft_on_disk(demo_path).goals] == [*before, "Lernende Stadt"]
    undo(window)  # add
    assert [g.title for g in draft_on_disk(demo_path).goals] == before


def test_an_empty_goal_title_is_refused(
    qtbot, window: MainWindow, page: DraftPage, demo_path: Path
):
    page.show_section("goals")
    rows = page.pages["goals"].rows  # type: ignore[attr-defined]
    before = sha256(demo_path)
    assert not rows.model.setData(rows.model.index(0, GoalsModel.TITLE), "   ", _E)
    [warning] = window.dialogs.take("warn")  # type: ignore[attr-defined]
    assert "needs a title" in warning.text
    assert sha256(demo_path) == before


# -- fields of action ------------------------------------------------------------------------


def test_field_description_and_goals(qtbot, window: MainWindow, page: DraftPage, demo_path: Path):
    page.show_section("fields")
    section = page.pages["fields"]
    doc = window.document
    assert doc is not None
    second = doc.fields_of_action()[1]
    section.list.setCurrentRow(1)  # type: ignore[attr-defined]
    assert section.title_edit.text() == second.title  # type: ignore[attr-defined]
    type_into(qtbot, section.title_edit, "Infrastruktur & Netze")  # type: ignore[attr-defined]
    assert doc.fields_of_action()[1].title == "Infrastruktur & Netze"
    # the list was rebuilt from the document; the same field is still the chosen one
    assert section.current_field_id() == second.id  # type: ignore[attr-defined]
    assert section.list.currentItem().text() == "Infrastruktur & Netze"  # type: ignore[attr-defined]
    # stars typed are text, not formatting: the file keeps them escaped, the export shows them
    type_rich(qtbot, section.description, "Breitband und *Sensorik*")  # type: ignore[attr-defined]
    entry = next(f for f in draft_on_disk(demo_path).fields if f.field_id == second.id)
    [block] = richtext.parse(entry.description)
    assert block.runs == (richtext.Run("Breitband und *Sensorik*"),)

    goals = section.goals  # type: ignore[attr-defined]
    count = len(entry.goals)
    goals.new_edit.setText("Glasfaser in jedem Haushalt")
    qtbot.keyClick(goals.new_edit, Qt.Key.Key_Return)
    goal = doc.strategic_goals()[0]
    row = goals.model.rowCount() - 1
    assert goals.model.setData(goals.model.index(row, FieldGoalsModel.GOAL), goal.id, _E)
    entry = next(f for f in draft_on_disk(demo_path).fields if f.field_id == second.id)
    assert [(g.text, g.goal) for g in entry.goals][count:] == [
        ("Glasfaser in jedem Haushalt", goal.title)
    ]
    assert goals.model.index(row, FieldGoalsModel.GOAL).data(_D) == goal.title
    # the other fields keep their goals
    first = next(f for f in draft_on_disk(demo_path).fields if f.field_id != second.id)
    assert "Glasfaser in jedem Haushalt" not in [g.text for g in first.goals]
    for _ in range(4):
        undo(window)
    entry = next(f for f in draft_on_disk(demo_path).fields if f.field_id == second.id)
    assert len(entry.goals) == count
    assert entry.description == second.description
    assert entry.title == second.title


def test_field_projects_show_score_and_trace_opens(qtbot, window: MainWindow, page: DraftPage):
    page.show_section("fields")
    section = page.pages["fields"]
    doc = window.document
    assert doc is not None
    draft = doc.strategy_draft()
    with_projects = next(f for f in draft.fields if f.projects)
    row = [f.id for f in doc.fields_of_action()].index(with_projects.field_id)
    section.list.setCurrentRow(row)  # type: ignore[attr-defined]
    model = section.projects_model  # type: ignore[attr-defined]
    assert model.rowCount() == len(with_projects.projects)
    assert model.index(0, FieldProjectsModel.TITLE).data(_D) == with_projects.projects[0].title
    if with_projects.projects[0].rank is not None:
        assert model.index(0, FieldProjectsModel.RANK).data(_D) == str(
            with_projects.projects[0].rank
        )
    qtbot.mouseClick(section.trace_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert page.trace_panel.isVisible()
    section.projects.selectRow(0)  # type: ignore[attr-defined]
    seen = []
    section.trace_requested.connect(lambda kind, item: seen.append((kind, item)))  # type: ignore[attr-defined]
    qtbot.mouseClick(section.project_trace_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert seen == [("project", with_projects.projects[0].project_id)]
    assert type(page.trace_view).__name__ == "TraceView"
    assert page.trace_view.isVisible()


# -- criteria --------------------------------------------------------------------------------


def test_agreed_weighting_combo(qtbot, window: MainWindow, page: DraftPage, demo_path: Path):
    page.show_section("criteria")
    section = page.pages["criteria"]
    combo = section.weighting_combo  # type: ignore[attr-defined]
    doc = window.document
    assert doc is not None
    weighting = doc.weightings()[0]
    assert combo.itemText(0) == "none yet"
    assert combo.findData(weighting.id) > 0
    workshop = doc.workshop(weighting.workshop_id).title
    assert combo.itemText(combo.findData(weighting.id)).startswith(
        f"{weighting.title} ({workshop})"
    )
    start = doc.strategy().weighting_id
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert draft_on_disk(demo_path).weighting_id is None
    model = section.model  # type: ignore[attr-defined]
    assert all(model.index(r, CriteriaModel.WEIGHT).data(_D) == "" for r in range(model.rowCount()))
    index = combo.findData(weighting.id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    on_disk = draft_on_disk(demo_path)
    assert on_disk.weighting_id == weighting.id
    assert model.rowCount() == len(on_disk.criteria)
    shown = [model.index(r, CriteriaModel.WEIGHT).data(_D) for r in range(model.rowCount())]
    locale = QLocale()
    assert shown == [locale.toString(c.weight * 100, "f", 1) + "\u00a0%" for c in on_disk.criteria]
    assert any(model.index(r, CriteriaModel.MUST).data(_D) for r in range(model.rowCount())) == (
        any(c.must for c in on_disk.criteria)
    )
    undo(window)
    assert draft_on_disk(demo_path).weighting_id is None
    assert combo.currentData() == 0  # the combo follows undo
    if start is not None:
        undo(window)
        assert draft_on_disk(demo_path).weighting_id == start


def agree_on(doc: ProjectDocument, weighting_id: int | None) -> None:
    if doc.strategy().weighting_id != weighting_id:
        assert doc.push(ops.set_agreed_weighting(doc, weighting_id))


def test_the_criteria_hint_counts_what_the_section_shows(window: MainWindow, page: DraftPage):
    doc = window.document
    assert doc is not None
    criteria_row = page.sections.index(page.sections.row_of("criteria"), 0)
    agree_on(doc, doc.weightings()[0].id)
    shown = len(doc.strategy_draft().criteria)
    assert 0 < shown < len(doc.criteria())  # the demo weighs some of its catalogue
    assert criteria_row.data(HINT_ROLE) == f"{shown} criterion(s) weighted"
    assert page.pages["criteria"].model.rowCount() == shown  # type: ignore[attr-defined]
    agree_on(doc, None)
    assert criteria_row.data(HINT_ROLE) == f"{len(doc.criteria())} criterion(s) · no weights yet"


def test_a_ko_criterion_says_the_least_score_a_project_needs(window: MainWindow, demo_path: Path):
    import sqlite3

    with sqlite3.connect(demo_path) as db:
        db.execute(
            "UPDATE criteria SET must = 1, threshold = 5 WHERE id = (SELECT MIN(id) FROM criteria)"
        )
    doc = open_demo(window, demo_path)
    agree_on(doc, None)  # the whole catalogue
    model = CriteriaModel(doc)
    shown = [model.index(r, CriteriaModel.MUST).data(_D) for r in range(model.rowCount())]
    assert shown[0] == "K.O.: at least 5"


# -- governance ------------------------------------------------------------------------------


def test_governance_add_edit_move_delete(
    qtbot, window: MainWindow, page: DraftPage, demo_path: Path
):
    page.show_section("governance")
    rows = page.pages["governance"].rows  # type: ignore[attr-defined]
    before = [b.name for b in draft_on_disk(demo_path).governance]
    rows.new_edit.setText("Digitallotsen")
    qtbot.mouseClick(rows.buttons["add"], Qt.MouseButton.LeftButton)
    row = rows.model.rowCount() - 1
    edit_cell(qtbot, rows.view, row, GovernanceModel.MEMBERS, "Ehrenamtliche")
    edit_cell(qtbot, rows.view, row, GovernanceModel.TASKS, "Hilfe im Quartier")
    on_disk = draft_on_disk(demo_path).governance
    assert (on_disk[-1].name, on_disk[-1].members, on_disk[-1].tasks) == (
        "Digitallotsen",
        "Ehrenamtliche",
        "Hilfe im Quartier",
    )
    rows.select_id(rows.model.row_id(row))
    for _ in range(len(before)):
        qtbot.mouseClick(rows.buttons["up"], Qt.MouseButton.LeftButton)
    assert [b.name for b in draft_on_disk(demo_path).governance] == ["Digitallotsen", *before]
    qtbot.mouseClick(rows.buttons["up"], Qt.MouseButton.LeftButton)  # at the top: nothing
    qtbot.mouseClick(rows.buttons["down"], Qt.MouseButton.LeftButton)
    names = [b.name for b in draft_on_disk(demo_path).governance]
    if before:
        assert names == [before[0], "Digitallotsen", *before[1:]]
    rows.view.setFocus()
    qtbot.keyClick(rows.view, Qt.Key.Key_Delete)
    assert [b.name for b in draft_on_disk(demo_path).governance] == before
    undo(window)
    assert "Digitallotsen" in [b.name for b in draft_on_disk(demo_path).governance]


# -- next steps ------------------------------------------------------------------------------


def test_next_step_with_a_german_date_is_stored_as_iso(
    qtbot, window: MainWindow, page: DraftPage, demo_path: Path
):
    page.show_section("next_steps")
    rows = page.pages["next_steps"].rows  # type: ignore[attr-defined]
    doc = window.document
    assert doc is not None
    field = doc.fields_of_action()[0]
    rows.new_edit.setText("Förderantrag stellen")
    rows.who_edit.setText("Kämmerei")
    rows.due_edit.setText("31.3.2027")
    rows.field_combo.setCurrentIndex(rows.field_combo.findData(field.id))
    qtbot.keyClick(rows.due_edit, Qt.Key.Key_Return)
    last = draft_on_disk(demo_path).actions[-1]
    assert (last.what, last.who, last.due, last.field) == (
        "Förderantrag stellen",
        "Kämmerei",
        "2027-03-31",
        field.title,
    )
    assert rows.new_edit.text() == rows.due_edit.text() == ""
    row = rows.model.rowCount() - 1
    edit_cell(qtbot, rows.view, row, ActionsModel.DUE, "2027-04-15")
    assert draft_on_disk(demo_path).actions[-1].due == "2027-04-15"
    assert rows.model.setData(rows.model.index(row, ActionsModel.FIELD), 0, _E)
    assert draft_on_disk(demo_path).actions[-1].field == ""
    undo(window)
    assert draft_on_disk(demo_path).actions[-1].field == field.title


@pytest.fixture
def german_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("31.12.27", "2027-12-31"),
        ("1.2.30", "2030-02-01"),
        ("31.12.2027", "2027-12-31"),
        ("2027-12-31", "2027-12-31"),
        ("", ""),
    ],
)
def test_due_dates_are_read_with_two_or_four_digit_years(german_locale, typed: str, iso: str):
    assert parse_due(typed) == iso


def test_due_dates_in_the_interface_s_short_format_are_read(qapp):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert parse_due("12/31/27") == "2027-12-31"
        with pytest.raises(ValueError, match="isoformat"):
            parse_due("morgen")
    finally:
        QLocale.setDefault(previous)


def test_next_steps_show_due_dates_in_the_short_local_format(
    qtbot, german_locale, window: MainWindow, page: DraftPage, demo_path: Path
):
    page.show_section("next_steps")
    rows = page.pages["next_steps"].rows  # type: ignore[attr-defined]
    rows.new_edit.setText("Bericht an den Rat")
    rows.due_edit.setText("31.12.27")
    qtbot.keyClick(rows.new_edit, Qt.Key.Key_Return)
    assert draft_on_disk(demo_path).actions[-1].due == "2027-12-31"
    row = rows.model.rowCount() - 1
    assert rows.model.index(row, ActionsModel.DUE).data(_D) == "31.12.27"
    edit_cell(qtbot, rows.view, row, ActionsModel.DUE, "15.4.28")  # as it is shown
    assert draft_on_disk(demo_path).actions[-1].due == "2028-04-15"
    assert rows.model.index(row, ActionsModel.DUE).data(_D) == "15.04.28"


def test_a_bad_due_date_is_refused_and_nothing_written(
    qtbot, window: MainWindow, page: DraftPage, demo_path: Path
):
    page.show_section("next_steps")
    rows = page.pages["next_steps"].rows  # type: ignore[attr-defined]
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    before, count = sha256(demo_path), steps(window)
    rows.new_edit.setText("Etwas tun")
    rows.due_edit.setText("31.02.2027")
    qtbot.keyClick(rows.new_edit, Qt.Key.Key_Return)
    [warning] = dialogs.take("warn")
    assert "“31.02.2027” is not a date" in warning.text
    assert rows.new_edit.text() == "Etwas tun"  # kept for a correction
    # in the table: typed over an existing due date
    edit_cell(qtbot, rows.view, 0, ActionsModel.DUE, "morgen")
    [warning] = dialogs.take("warn")
    assert "“morgen” is not a date" in warning.text
    assert sha256(demo_path) == before
    assert steps(window) == count


def test_models_pass_the_model_tester(qtmodeltester, window: MainWindow, page: DraftPage):
    doc = window.document
    assert doc is not None
    field_id = doc.fields_of_action()[0].id
    models = [
        SectionsModel(doc),
        GoalsModel(doc),
        FieldGoalsModel(doc, field_id),
        GovernanceModel(doc),
        ActionsModel(doc),
        CriteriaModel(doc),
        FieldProjectsModel(doc, field_id),
    ]
    for model in models:
        qtmodeltester.check(model)
    # after edits through the page
    page.pages["governance"].rows.new_edit.setText("Neues Gremium")  # type: ignore[attr-defined]
    page.pages["governance"].rows.add_typed()  # type: ignore[attr-defined]
    page.pages["goals"].rows.new_edit.setText("Neues Ziel")  # type: ignore[attr-defined]
    page.pages["goals"].rows.add_typed()  # type: ignore[attr-defined]
    page.pages["criteria"].weighting_combo.setCurrentIndex(0)  # type: ignore[attr-defined]
    page.pages["criteria"].weighting_combo.activated.emit(0)  # type: ignore[attr-defined]
    for model in models:
        qtmodeltester.check(model)
    assert models[3].rowCount() == len(doc.governance_bodies())


def test_leaving_the_page_ends_its_models(qtbot, window: MainWindow, page: DraftPage):
    """Models of a page that was left must not go on reading the file at every change."""
    models = [
        page.sections,
        page.pages["criteria"].model,  # type: ignore[attr-defined]
        page.pages["goals"].model,  # type: ignore[attr-defined]
        page.pages["fields"].projects_model,  # type: ignore[attr-defined]
    ]
    window.show_node(Node("strategy"))
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not any(shiboken6.isValid(m) for m in models)
    doc = window.document
    assert doc is not None
    doc.push(ops.add_row(doc, "governance_bodies", {"name": "Beirat"}))  # nobody stale reacts
    assert [b.name for b in doc.governance_bodies()][-1] == "Beirat"


# -- versions, traceability, exports -----------------------------------------------------------


def test_save_version_commits_typing_first(qtbot, window: MainWindow, page: DraftPage):
    doc = window.document
    assert doc is not None
    editor = page.pages["vision"].intro
    focus(qtbot, editor.edit)
    qtbot.keyClicks(editor.edit, " Noch nicht gespeichert")
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.answer_text("Entwurf 3 aus dem Test")
    count = len(doc.strategy_versions())
    page.save_version_button.click()
    versions = doc.strategy_versions()
    assert len(versions) == count + 1
    kept = doc.strategy_version(versions[-1].id)
    assert "Noch nicht gespeichert" in kept.vision


def open_cell_and_type(qtbot, view, row: int, column: int, text: str) -> QLineEdit:
    """Open a cell's editor and type over it, leaving the editor open (no Enter)."""
    index = view.model().index(row, column)
    focus(qtbot, view)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.parent() is view.viewport()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def test_save_version_takes_an_open_table_cell(qtbot, window: MainWindow, page: DraftPage):
    doc = window.document
    assert doc is not None
    page.show_section("governance")
    rows = page.pages["governance"].rows  # type: ignore[attr-defined]
    open_cell_and_type(qtbot, rows.view, 0, GovernanceModel.TASKS, "Noch offen getippt")
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.answer_text("Mit offener Zelle")
    page.save_version()  # as a toolbar button that takes no focus (macOS) calls it
    kept = doc.strategy_version(doc.strategy_versions()[-1].id)
    assert kept.governance[0].tasks == "Noch offen getippt"
    assert rows.view.state() != QAbstractItemView.State.EditingState


def test_versions_dialog_opens_through_the_dialogs(window: MainWindow, page: DraftPage):
    from smartcity_desktop.ui.draft_versions import VersionsDialog

    seen = []
    window.dialogs.answer_run(lambda dialog: seen.append(dialog) or False)  # type: ignore[attr-defined]
    page.versions_button.click()
    assert len(seen) == 1
    assert isinstance(seen[0], VersionsDialog)


class FakeWriter:
    """Writes a marker file in the worker; records what it was given."""

    def __init__(self) -> None:
        self.draft: StrategyDraft | None = None
        self.options: dict = {}
        self.thread: threading.Thread | None = None

    def __call__(self, draft, target, **options):
        self.thread = threading.current_thread()
        self.draft, self.options = draft, options
        Path(target).write_bytes(b"written")
        return Path(target)


@pytest.mark.parametrize(("kind", "button"), [("pdf", "pdf_action"), ("docx", "docx_action")])
def test_export_runs_in_a_worker_with_what_was_typed(
    qtbot, monkeypatch, window: MainWindow, page: DraftPage, tmp_path: Path, kind, button
):
    from smartcity_desktop.ui import export_dialogs

    writer = FakeWriter()
    monkeypatch.setattr(export_dialogs, f"write_strategy_{kind}", writer)
    window.settings.set(prefs.LAST_EXPORT_FOLDER, str(tmp_path))
    editor = page.pages["vision"].intro
    focus(qtbot, editor.edit)
    qtbot.keyClicks(editor.edit, " Zuletzt getippt")
    target = tmp_path / f"Strategie.{kind}"
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    seen = {}

    def fill(dialog) -> bool:
        seen["path"] = dialog.path_edit.text()
        dialog.path_edit.setText(str(target))
        return not dialog.check()

    dialogs.answer_run(fill).answer_choose(1)  # "Close" on the success message
    getattr(page, button).trigger()
    qtbot.waitUntil(lambda: target.exists() and writer.thread is not None, timeout=5000)
    qtbot.waitUntil(lambda: any(c.kind == "choose" for c in dialogs.calls), timeout=5000)
    assert writer.thread is not threading.main_thread()
    assert writer.draft is not None
    assert "Zuletzt getippt" in writer.draft.vision  # committed before the export
    assert writer.options["language"] in ("de", "en")
    assert seen["path"].endswith(f".{kind}")
    assert seen["path"].startswith(str(tmp_path))


def test_file_menu_exports_the_draft_with_what_was_typed(
    qtbot, monkeypatch, window: MainWindow, page: DraftPage, tmp_path: Path
):
    from smartcity_desktop.ui import export_dialogs

    assert "PDF" in window.export_strategy_pdf_action.text()
    assert "Word" in window.export_strategy_docx_action.text()
    assert window.export_strategy_docx_action.isEnabled()
    writer = FakeWriter()
    monkeypatch.setattr(export_dialogs, "write_strategy_docx", writer)
    window.settings.set(prefs.LAST_EXPORT_FOLDER, str(tmp_path))
    page.show_section("governance")
    editor = page.pages["governance"].intro
    focus(qtbot, editor.edit)
    qtbot.keyClicks(editor.edit, "Aus dem Menue ")
    target = tmp_path / "Strategie.docx"
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.answer_run(lambda d: d.path_edit.setText(str(target)) or True).answer_choose(1)
    window.export_strategy_docx_action.trigger()
    qtbot.waitUntil(lambda: any(c.kind == "choose" for c in dialogs.calls), timeout=5000)
    assert writer.draft is not None
    assert "Aus dem Menue" in writer.draft.governance_text
    assert target.read_bytes() == b"written"


def test_file_menu_export_takes_an_open_table_cell(
    qtbot, monkeypatch, window: MainWindow, page: DraftPage, tmp_path: Path
):
    from smartcity_desktop.ui import export_dialogs

    writer = FakeWriter()
    monkeypatch.setattr(export_dialogs, "write_strategy_pdf", writer)
    window.settings.set(prefs.LAST_EXPORT_FOLDER, str(tmp_path))
    page.show_section("next_steps")
    rows = page.pages["next_steps"].rows  # type: ignore[attr-defined]
    open_cell_and_type(qtbot, rows.view, 0, ActionsModel.WHO, "Stabsstelle offen")
    target = tmp_path / "Strategie.pdf"
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.answer_run(lambda d: d.path_edit.setText(str(target)) or True).answer_choose(1)
    window.export_strategy_pdf_action.trigger()  # a menu: the cell keeps the focus
    qtbot.waitUntil(lambda: any(c.kind == "choose" for c in dialogs.calls), timeout=5000)
    assert writer.draft is not None
    assert writer.draft.actions[0].who == "Stabsstelle offen"


def test_real_pdf_export_from_the_page(qtbot, window: MainWindow, page: DraftPage, tmp_path: Path):
    window.settings.set(prefs.LAST_EXPORT_FOLDER, str(tmp_path))
    target = tmp_path / "Strategie.pdf"
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]

    def fill(dialog) -> bool:
        dialog.path_edit.setText(str(target))
        return True

    dialogs.answer_run(fill).answer_choose(1)
    page.pdf_action.trigger()
    qtbot.waitUntil(lambda: any(c.kind == "choose" for c in dialogs.calls), timeout=60000)
    assert target.read_bytes().startswith(b"%PDF")
