"""The criteria catalogue as the moderator keeps it: starting from the demo catalogue, adding,
renaming (in the form and in place), anchors, must-criteria with their threshold, deleting
(with a warning naming the weightings that use a criterion), moving, keys.

Every change is checked in the `.scw` file on disk (a copy read with the document's own
readers, see `catalogue_file`), and undone and redone.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import (
    FakeDialogs,
    current_page,
    focus,
    nav_children,
    type_into,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain.model import Criterion, Judgement, Project, Score, Weighting
from smartcity_desktop.ui.catalogue_models import CriteriaModel
from smartcity_desktop.ui.criteria_page import CriteriaPage
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier

# -- what the file holds ---------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogueFile:
    """The criteria, projects and weightings as the `.scw` file on disk holds them."""

    criteria: list[Criterion]
    projects: list[Project]
    weightings: list[Weighting]
    judgements: dict[int, list[Judgement]]
    scores: dict[int, list[Score]]

    def names(self) -> list[str]:
        return [c.name for c in self.criteria]

    def criterion(self, criterion_id: int) -> Criterion:
        return next(c for c in self.criteria if c.id == criterion_id)

    def titles(self) -> list[str]:
        return [p.title for p in self.projects]

    def project(self, project_id: int) -> Project:
        return next(p for p in self.projects if p.id == project_id)


def catalogue_file(path: Path) -> CatalogueFile:
    """Read a copy of the bytes on disk now (the app holds the lock; see `on_disk`)."""
    folder = Path(tempfile.mkdtemp(prefix="scw-catalogue-"))
    try:
        copy = folder / "copy.scw"
        shutil.copyfile(path, copy)
        doc = ProjectDocument.open(copy, read_only=True)
        try:
            weightings = doc.weightings()
            return CatalogueFile(
                criteria=doc.criteria(),
                projects=doc.projects(),
                weightings=weightings,
                judgements={w.id: doc.judgements(w.id) for w in weightings},
                scores={w.id: doc.scores(w.id) for w in weightings},
            )
        finally:
            doc.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- the screen ------------------------------------------------------------------------------


def settle(qtbot) -> None:
    """Let the event loop run, as it does between two clicks (a page left behind is deleted)."""
    qtbot.wait(5)


def show_node(qtbot, window: MainWindow, node: Node) -> None:
    """Pick an entry in the navigator, as a click does."""
    assert window.navigator is not None
    index = window.navigator.nav_model().index_of(node)
    assert index.isValid(), f"{node} is not in the navigator"
    window.navigator.setCurrentIndex(index)
    settle(qtbot)


def undo(qtbot, window: MainWindow) -> None:
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    settle(qtbot)


def redo(qtbot, window: MainWindow) -> None:
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    settle(qtbot)


def open_criteria(qtbot, window: MainWindow, path: Path) -> CriteriaPage:
    assert window.open_path(path)
    show_node(qtbot, window, Node("criteria"))
    page = current_page(window)
    assert isinstance(page, CriteriaPage)
    return page


def shown_names(page: CriteriaPage) -> list[str]:
    model = page.view.model()
    return [model.index(r, CriteriaModel.NAME).data() for r in range(model.rowCount())]


def select_row(qtbot, page: CriteriaPage, name: str) -> int:
    """Click the criterion's row in the table; returns its id."""
    row = shown_names(page).index(name)
    index = page.model.index(row, CriteriaModel.NAME)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_id() == page.model.row_id(row)
    return page.model.row_id(row)


def key(qtbot, page: CriteriaPage, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed while the table has the focus."""
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, key, modifier)
    settle(qtbot)


def criteria_entry(window: MainWindow) -> str:
    return next(t for t in nav_children(window, Node("strategy")) if t.startswith("Criteria"))


@pytest.fixture
def empty_path(tmp_path: Path) -> Path:
    path = tmp_path / "empty.scw"
    ProjectDocument.create(path, title="Smart City Teststadt").close()
    return path


# -- models ----------------------------------------------------------------------------------


def test_the_criteria_model_passes_the_model_tester(qtmodeltester, demo_path: Path) -> None:
    doc = ProjectDocument.open(demo_path)
    try:
        model = CriteriaModel(doc)
        assert model.rowCount() == len(doc.criteria()) == 10
        qtmodeltester.check(model)
        # an edit reports changed cells, a deletion resets: both stay consistent
        doc.push(wops.edit_criterion(doc, doc.criteria()[0].id, {"name": "Nutzen"}))
        qtmodeltester.check(model)
        doc.push(wops.delete_criteria(doc, [doc.criteria()[-1].id]))
        assert model.rowCount() == 9
        qtmodeltester.check(model)
        doc.undo_stack.undo()
        assert model.rowCount() == 10
    finally:
        doc.close()


def test_an_edit_keeps_the_rows_and_a_new_criterion_resets(qtbot, demo_path: Path) -> None:
    doc = ProjectDocument.open(demo_path)
    try:
        model = CriteriaModel(doc)
        first = doc.criteria()[0]
        with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
            doc.push(wops.edit_criterion(doc, first.id, {"description": "Kurz."}))
        assert model.index(0, CriteriaModel.DESCRIPTION).data() == "Kurz."
        with qtbot.waitSignal(model.modelReset):
            doc.push(wops.add_criterion(doc, "Neu"))
        assert model.index(10, CriteriaModel.NAME).data() == "Neu"
    finally:
        doc.close()


# -- what the page shows -------------------------------------------------------------------


def test_the_page_shows_the_catalogue_with_its_must_criterion(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_criteria(qtbot, window, demo_path)
    disk = catalogue_file(demo_path)

    assert criteria_entry(window) == f"Criteria ({len(disk.criteria)})"
    assert shown_names(page) == disk.names()
    assert page.stack.currentWidget() is page.catalogue
    must = [c for c in disk.criteria if c.must]
    assert len(must) == 1
    row = disk.criteria.index(must[0])
    cell = page.model.index(row, CriteriaModel.MUST)
    assert cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert cell.data() == "≥ 5"
    other = page.model.index(0, CriteriaModel.MUST)
    assert other.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert other.data() == ""
    # the first criterion is chosen and its details shown
    first = disk.criteria[0]
    assert page.name_edit.text() == first.name
    assert page.description_edit.toPlainText() == first.description
    assert page.anchor_edits["anchor_low"].text() == first.anchor_low
    assert page.anchor_edits["anchor_mid"].text() == first.anchor_mid
    assert page.anchor_edits["anchor_high"].text() == first.anchor_high
    assert not page.must_check.isChecked()
    assert not page.threshold_spin.isEnabled()

    select_row(qtbot, page, must[0].name)
    assert page.must_check.isChecked()
    assert page.threshold_spin.isEnabled()
    assert page.threshold_spin.value() == must[0].threshold == 5.0


def test_an_empty_catalogue_starts_from_the_demo_in_one_step(
    qtbot, window: MainWindow, empty_path: Path
) -> None:
    page = open_criteria(qtbot, window, empty_path)
    assert page.stack.currentWidget() is page.empty
    assert page.demo_button.isVisible()
    assert page.first_button.isVisible()
    assert criteria_entry(window) == "Criteria (0)"

    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    settle(qtbot)

    demo = [e["name"] for e in wops.demo_catalogue()]
    disk = catalogue_file(empty_path)
    assert disk.names() == demo
    assert [c.must for c in disk.criteria].count(True) == 1
    assert all(c.anchor_low and c.anchor_mid and c.anchor_high for c in disk.criteria)
    assert page.stack.currentWidget() is page.catalogue
    assert shown_names(page) == demo
    assert page.name_edit.text() == demo[0]
    assert criteria_entry(window) == f"Criteria ({len(demo)})"

    undo(qtbot, window)  # one step takes the whole catalogue back
    assert catalogue_file(empty_path).criteria == []
    assert page.stack.currentWidget() is page.empty
    assert not window.undo_action.isEnabled()
    redo(qtbot, window)
    assert catalogue_file(empty_path).names() == demo


def test_add_a_criterion_from_the_empty_catalogue_and_name_it(
    qtbot, window: MainWindow, empty_path: Path
) -> None:
    page = open_criteria(qtbot, window, empty_path)
    qtbot.mouseClick(page.first_button, Qt.MouseButton.LeftButton)
    settle(qtbot)

    disk = catalogue_file(empty_path)
    assert disk.names() == ["New criterion"]
    assert page.name_edit.hasFocus()
    assert page.name_edit.selectedText() == "New criterion"
    qtbot.keyClicks(page.name_edit, "Barrierefreiheit")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert catalogue_file(empty_path).names() == ["Barrierefreiheit"]
    assert shown_names(page) == ["Barrierefreiheit"]

    undo(qtbot, window)
    assert catalogue_file(empty_path).names() == ["New criterion"]
    undo(qtbot, window)
    assert catalogue_file(empty_path).criteria == []
    assert page.stack.currentWidget() is page.empty


# -- editing ---------------------------------------------------------------------------------


def test_editing_the_form_writes_each_field_and_typing_merges(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_criteria(qtbot, window, demo_path)
    before = catalogue_file(demo_path)
    target = before.criteria[2]
    select_row(qtbot, page, target.name)

    type_into(qtbot, page.name_edit, "Strategische Ziele")
    settle(qtbot)
    type_into(qtbot, page.name_edit, "Strategische Ziele der Stadt")
    settle(qtbot)
    type_into(qtbot, page.anchor_edits["anchor_low"], "kein Bezug")
    type_into(qtbot, page.anchor_edits["anchor_high"], "direkter Beitrag zu mehreren Zielen")
    focus(qtbot, page.description_edit)
    page.description_edit.selectAll()
    qtbot.keyClicks(page.description_edit, "Neue Beschreibung")
    focus(qtbot, page.view)  # leaving the field commits what was typed
    settle(qtbot)

    disk = catalogue_file(demo_path).criterion(target.id)
    assert disk.name == "Strategische Ziele der Stadt"
    assert disk.anchor_low == "kein Bezug"
    assert disk.anchor_mid == target.anchor_mid
    assert disk.anchor_high == "direkter Beitrag zu mehreren Zielen"
    assert disk.description == "Neue Beschreibung"
    row = [c.id for c in before.criteria].index(target.id)
    assert page.model.index(row, CriteriaModel.NAME).data() == "Strategische Ziele der Stadt"
    assert page.model.index(row, CriteriaModel.DESCRIPTION).data() == "Neue Beschreibung"
    assert page.current_id() == target.id  # the edits kept the selection

    undo(qtbot, window)  # description
    undo(qtbot, window)  # anchor_high
    undo(qtbot, window)  # anchor_low
    assert catalogue_file(demo_path).criterion(target.id).name == "Strategische Ziele der Stadt"
    undo(qtbot, window)  # both renames: typing into one field merged into one step
    assert catalogue_file(demo_path).criteria == before.criteria
    assert page.name_edit.text() == target.name
    redo(qtbot, window)
    assert catalogue_file(demo_path).criterion(target.id).name == "Strategische Ziele der Stadt"


def test_an_empty_name_is_refused_with_a_message_and_the_old_name_kept(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_criteria(qtbot, window, demo_path)
    before = catalogue_file(demo_path)
    name = before.criteria[1].name
    select_row(qtbot, page, name)

    focus(qtbot, page.name_edit)
    qtbot.keyClick(page.name_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(page.name_edit, "   ")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    settle(qtbot)

    assert page.message.isVisible()
    assert "needs a name" in page.message.text()
    assert name in page.message.text()
    assert page.name_edit.text() == name
    assert catalogue_file(demo_path).criteria == before.criteria
    assert not window.undo_action.isEnabled()

    # in place, in the table: F2, clear, Enter
    select_row(qtbot, page, before.criteria[3].name)
    assert not page.message.isVisible()  # another row: the old message is gone
    key(qtbot, page, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == before.criteria[3].name
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.message.isVisible()
    assert before.criteria[3].name in page.message.text()
    assert catalogue_file(demo_path).criteria == before.criteria
    assert shown_names(page) == before.names()


def test_f2_renames_in_place(qtbot, window: MainWindow, demo_path: Path) -> None:
    page = open_criteria(qtbot, window, demo_path)
    target = catalogue_file(demo_path).criteria[4]
    select_row(qtbot, page, target.name)
    key(qtbot, page, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, "Kosten (10 = guenstig)")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert catalogue_file(demo_path).criterion(target.id).name == "Kosten (10 = guenstig)"
    assert page.name_edit.text() == "Kosten (10 = guenstig)"
    undo(qtbot, window)
    assert catalogue_file(demo_path).criterion(target.id).name == target.name


def test_must_criterion_and_threshold(qtbot, window: MainWindow, demo_path: Path) -> None:
    page = open_criteria(qtbot, window, demo_path)
    target = catalogue_file(demo_path).criteria[3]
    assert not target.must
    assert target.threshold is None
    select_row(qtbot, page, target.name)
    assert not page.threshold_spin.isEnabled()

    qtbot.mouseClick(page.must_check, Qt.MouseButton.LeftButton)
    settle(qtbot)
    disk = catalogue_file(demo_path).criterion(target.id)
    assert disk.must
    assert disk.threshold == 5.0  # a must-criterion gets a threshold at once
    assert page.threshold_spin.isEnabled()
    row = page.model.row_of(target.id)
    assert page.model.index(row, CriteriaModel.MUST).data() == "≥ 5"

    focus(qtbot, page.threshold_spin)
    qtbot.keyClick(page.threshold_spin, Qt.Key.Key_Up)
    qtbot.keyClick(page.threshold_spin, Qt.Key.Key_Up)
    qtbot.keyClick(page.threshold_spin, Qt.Key.Key_Up)
    settle(qtbot)
    assert catalogue_file(demo_path).criterion(target.id).threshold == 6.5
    assert page.model.index(row, CriteriaModel.MUST).data() in ("≥ 6.5", "≥ 6,5")

    undo(qtbot, window)  # the three steps of the spin box are one
    disk = catalogue_file(demo_path).criterion(target.id)
    assert disk.must
    assert disk.threshold == 5.0
    assert page.threshold_spin.value() == 5.0
    undo(qtbot, window)
    disk = catalogue_file(demo_path).criterion(target.id)
    assert not disk.must
    assert disk.threshold is None
    assert not page.must_check.isChecked()
    assert not page.threshold_spin.isEnabled()

    # the check box in the table does the same
    cell = page.model.index(row, CriteriaModel.MUST)
    assert page.model.setData(cell, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    settle(qtbot)
    assert catalogue_file(demo_path).criterion(target.id).must
    assert page.must_check.isChecked()


# -- deleting and moving ---------------------------------------------------------------------


def test_deleting_a_used_criterion_names_the_weightings_and_undo_brings_all_back(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    page = open_criteria(qtbot, window, demo_path)
    before = catalogue_file(demo_path)
    weighting = before.weightings[0]
    used = before.criterion(weighting.criterion_ids[0])
    judged = [j for j in before.judgements[weighting.id] if used.id in (j.criterion_id, j.other_id)]
    scored = [s for s in before.scores[weighting.id] if s.criterion_id == used.id]
    assert judged
    assert scored
    select_row(qtbot, page, used.name)

    fake_dialogs.answer_confirm(False)
    key(qtbot, page, Qt.Key.Key_Delete)
    question = fake_dialogs.calls[-1]
    assert question.kind == "confirm"
    assert weighting.title in question.text
    assert used.name in question.text
    assert catalogue_file(demo_path) == before  # cancelled: nothing changed

    fake_dialogs.answer_confirm(True)
    key(qtbot, page, Qt.Key.Key_Delete)
    disk = catalogue_file(demo_path)
    assert used.id not in [c.id for c in disk.criteria]
    assert not [j for j in disk.judgements[weighting.id] if used.id in (j.criterion_id, j.other_id)]
    assert not [s for s in disk.scores[weighting.id] if s.criterion_id == used.id]
    assert used.name not in shown_names(page)
    assert page.current_id() == before.criteria[1].id  # its neighbour is chosen
    assert criteria_entry(window) == "Criteria (9)"

    undo(qtbot, window)
    assert catalogue_file(demo_path) == before
    assert shown_names(page) == before.names()


def test_an_unused_criterion_is_deleted_without_asking(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_criteria(qtbot, window, demo_path)
    before = catalogue_file(demo_path)
    used = {c for w in before.weightings for c in w.criterion_ids}
    unused = next(c for c in before.criteria if c.id not in used)
    select_row(qtbot, page, unused.name)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # no question scripted
    settle(qtbot)
    assert unused.id not in [c.id for c in catalogue_file(demo_path).criteria]
    undo(qtbot, window)
    assert catalogue_file(demo_path).criteria == before.criteria


def test_alt_arrows_and_buttons_move_a_criterion(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_criteria(qtbot, window, demo_path)
    names = catalogue_file(demo_path).names()
    select_row(qtbot, page, names[2])

    key(qtbot, page, Qt.Key.Key_Up, ALT)
    moved = [names[0], names[2], names[1], *names[3:]]
    assert catalogue_file(demo_path).names() == moved
    assert shown_names(page) == moved
    assert page.name_edit.text() == names[2]  # it stays chosen
    key(qtbot, page, Qt.Key.Key_Up, ALT)
    assert catalogue_file(demo_path).names()[0] == names[2]
    assert not page.up_button.isEnabled()  # first already
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert catalogue_file(demo_path).names() == moved
    key(qtbot, page, Qt.Key.Key_Down, ALT)
    assert catalogue_file(demo_path).names() == names

    for _ in range(3):
        undo(qtbot, window)
    assert catalogue_file(demo_path).names() == moved
    undo(qtbot, window)
    assert catalogue_file(demo_path).names() == names


# -- keys ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key_", "modifier"),
    [(Qt.Key.Key_Insert, None), (Qt.Key.Key_N, CTRL)],
    ids=["insert", "ctrl+n"],
)
def test_insert_and_ctrl_n_add_a_criterion(
    qtbot, window: MainWindow, demo_path: Path, key_: Qt.Key, modifier
) -> None:
    page = open_criteria(qtbot, window, demo_path)
    count = len(catalogue_file(demo_path).criteria)
    # Ctrl+N belongs to the page here, not to File ▸ New project (which would ask for a path)
    key(qtbot, page, key_, modifier or Qt.KeyboardModifier.NoModifier)
    disk = catalogue_file(demo_path)
    assert len(disk.criteria) == count + 1
    assert disk.criteria[-1].name == "New criterion"
    assert page.current_id() == disk.criteria[-1].id
    assert page.name_edit.hasFocus()


def test_ctrl_n_in_a_field_of_the_form_adds_a_criterion_too(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_criteria(qtbot, window, demo_path)
    count = len(catalogue_file(demo_path).criteria)
    focus(qtbot, page.anchor_edits["anchor_mid"])
    qtbot.keyClick(page.anchor_edits["anchor_mid"], Qt.Key.Key_N, CTRL)
    settle(qtbot)
    assert len(catalogue_file(demo_path).criteria) == count + 1


def test_a_read_only_catalogue_cannot_be_changed(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    doc = ProjectDocument.open(demo_path, read_only=True)
    window.set_document(doc)
    show_node(qtbot, window, Node("criteria"))
    page = current_page(window)
    assert isinstance(page, CriteriaPage)
    assert not page.add_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert page.name_edit.isReadOnly()
    assert not page.must_check.isEnabled()
    index = page.model.index(0, CriteriaModel.NAME)
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsEditable
