"""The weighting pages as a moderator uses them: starting a weighting, judging pairs by keyboard
and mouse, the consistency warning and its suggested value, points and rankings, scores typed
and pasted, a finished weighting staying read-only, each participant entering their own.

What the moderator did is checked in the `.scw` file on disk (a copy read with the document's
own readers) and in what the page shows; every entry is one undo step.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from ui_helpers import FakeDialogs, current_page, focus, nav_selected, open_demo, sha256

from smartcity_desktop.app import install_translators
from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain import weighting as wm
from smartcity_desktop.domain.model import Attendance, Judgement, Score, Weighting
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.weighting_list import WeightingsPage
from smartcity_desktop.ui.weighting_page import WeightingPage
from smartcity_desktop.ui.weighting_pairs import PairsModel
from smartcity_desktop.ui.weighting_scale import EVERYONE, percent
from smartcity_desktop.ui.weighting_setup import WeightingSetupDialog

LEFT = Qt.MouseButton.LeftButton
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NO_KEYS = Qt.KeyboardModifier.NoModifier


# -- what the file holds -----------------------------------------------------------------------


@dataclass(frozen=True)
class WeightingFile:
    """One weighting as the file on disk holds it now."""

    weighting: Weighting | None
    judgements: tuple[Judgement, ...]
    scores: tuple[Score, ...]

    def pair(self, rater: int | None, a: int, b: int) -> float | None:
        """The judgement of a pair as seen from criterion `a`."""
        for j in self.judgements:
            if j.participant_id == rater and (j.criterion_id, j.other_id) == (a, b):
                return j.value
            if j.participant_id == rater and (j.criterion_id, j.other_id) == (b, a):
                return 1 / j.value if self.weighting.method == "ahp" else 2 - j.value
        return None

    def score(self, rater: int | None, project: int, criterion: int) -> float | None:
        for s in self.scores:
            if (s.participant_id, s.project_id, s.criterion_id) == (rater, project, criterion):
                return s.value
        return None


def weighting_file(path: Path, weighting_id: int) -> WeightingFile:
    folder = Path(tempfile.mkdtemp(prefix="scw-weighting-"))
    try:
        copy = folder / "copy.scw"
        shutil.copyfile(path, copy)
        doc = ProjectDocument.open(copy, read_only=True)
        try:
            try:
                weighting = doc.weighting(weighting_id)
            except KeyError:
                return WeightingFile(None, (), ())
            return WeightingFile(
                weighting, tuple(doc.judgements(weighting_id)), tuple(doc.scores(weighting_id))
            )
        finally:
            doc.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def all_weightings(path: Path) -> list[Weighting]:
    folder = Path(tempfile.mkdtemp(prefix="scw-weighting-"))
    try:
        copy = folder / "copy.scw"
        shutil.copyfile(path, copy)
        doc = ProjectDocument.open(copy, read_only=True)
        try:
            return doc.weightings()
        finally:
            doc.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- the screen ---------------------------------------------------------------------------------


def settle(qtbot) -> None:
    qtbot.wait(5)


def show(qtbot, window: MainWindow, node: Node) -> None:
    """Pick an entry in the navigator, as a click does."""
    assert window.navigator is not None
    index = window.navigator.nav_model().index_of(node)
    assert index.isValid(), f"{node} is not in the navigator"
    window.navigator.setCurrentIndex(index)
    settle(qtbot)


def demo(window: MainWindow) -> Weighting:
    assert window.document is not None
    return window.document.weightings()[0]


def weighting_page(window: MainWindow) -> WeightingPage:
    page = current_page(window)
    assert isinstance(page, WeightingPage), page.objectName()
    return page


def new_weighting(window: MainWindow, method: str, n: int = 4, **who: str) -> int:
    """Set up a weighting in the demo's second workshop (as the dialog would)."""
    doc = window.document
    assert doc is not None
    command = wops.start_weighting(
        doc,
        demo(window).workshop_id,
        f"Test {method}",
        method,
        [c.id for c in doc.criteria()[:n]],
        [p.id for p in doc.projects()[:3]],
        **who,
    )
    assert doc.push(command)
    return command.new_ids[0]


def open_weighting(qtbot, window: MainWindow, weighting_id: int) -> WeightingPage:
    show(qtbot, window, Node("weighting", weighting_id, demo(window).workshop_id))
    page = weighting_page(window)
    assert page.weighting_id == weighting_id
    return page


def criteria_ids(window: MainWindow, weighting_id: int) -> tuple[int, ...]:
    return window.document.weighting(weighting_id).criterion_ids


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible(), f"{button.objectName()} is not shown"
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, LEFT)


def key(qtbot, widget, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, modifiers)


def steps(window: MainWindow) -> int:
    return window.document.undo_stack.count()


def label(page, name: str) -> QLabel:
    found = page.findChild(QLabel, name)
    assert found is not None, name
    return found


def present_ids(window: MainWindow) -> list[int]:
    return [
        a.participant_id
        for a in window.document.attendance(demo(window).workshop_id)
        if a.attendance == Attendance.PRESENT
    ]


# -- the workshop's weightings and a new one -----------------------------------------------------


def test_the_weightings_page_lists_the_demo_weighting(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    weighting = demo(window)
    show(qtbot, window, Node("weightings", 0, weighting.workshop_id))
    page = current_page(window)
    assert isinstance(page, WeightingsPage)
    model = page.table.model()
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    cr = wops.evaluate(window.document, weighting.id).weights.ahp.cr
    assert row[:4] == [
        weighting.title,
        "AHP (Saaty 1–9)",
        "weights: the group together · scores: the group together",
        "finished",
    ]
    assert row[4:6] == ["6", "8"]
    assert row[6] == f"{cr:.3f}".rstrip("0")
    page.table.activated.emit(model.index(0, 0))  # Enter or a double click opens it
    settle(qtbot)
    assert weighting_page(window).weighting_id == weighting.id


def test_a_new_weighting_from_the_dialog_is_saved_and_opened(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)
    workshop_id = demo(window).workshop_id
    show(qtbot, window, Node("weightings", 0, workshop_id))
    page = current_page(window)
    assert isinstance(page, WeightingsPage)
    before = all_weightings(demo_path)
    seen: dict = {}

    def fill(dialog: WeightingSetupDialog) -> bool:
        assert isinstance(dialog, WeightingSetupDialog)
        seen["title"] = dialog.title_edit.text()
        seen["criteria"] = dialog.checked(dialog.criteria)
        seen["projects"] = dialog.checked(dialog.projects)
        seen["method"] = dialog.method.currentData()
        dialog.method.setCurrentIndex(dialog.method.findData("pairwise"))
        dialog.judged_by.setCurrentIndex(dialog.judged_by.findData("participants"))
        dialog.set_checked(dialog.criteria, seen["criteria"][:5])
        seen["hint"] = dialog.hint.text()
        dialog.title_edit.setText("Paarvergleich der Kriterien")
        return True

    fake_dialogs.answer_run(fill)
    click(qtbot, page.findChild(QPushButton, "newWeighting"))
    settle(qtbot)

    assert seen["title"] == "Weighting 2"
    assert seen["method"] == "ahp"
    assert seen["criteria"] == [c.id for c in doc.criteria()]  # all of the catalogue, in order
    shortlisted = [p.id for p in doc.projects() if p.status in ("shortlisted", "selected")]
    assert seen["projects"] == shortlisted
    assert "10 pair(s) to compare" in seen["hint"]
    after = all_weightings(demo_path)
    [new] = [w for w in after if w.id not in {b.id for b in before}]
    assert (new.title, new.method, new.judged_by, new.scored_by, new.state) == (
        "Paarvergleich der Kriterien",
        "pairwise",
        "participants",
        "group",
        "open",
    )
    assert list(new.criterion_ids) == seen["criteria"][:5]
    assert list(new.project_ids) == shortlisted
    assert nav_selected(window) == Node("weighting", new.id, workshop_id)
    assert weighting_page(window).weighting_id == new.id
    assert steps(window) == 1
    window.undo_action.trigger()
    assert all_weightings(demo_path) == before


def test_cancelling_the_dialog_starts_nothing(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    show(qtbot, window, Node("weightings", 0, demo(window).workshop_id))
    page = current_page(window)
    before = sha256(demo_path)
    fake_dialogs.answer_run(lambda dialog: False)
    click(qtbot, page.findChild(QPushButton, "newWeighting"))
    assert sha256(demo_path) == before
    assert current_page(window) is page


def test_an_empty_catalogue_offers_the_criteria_page(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)
    assert doc.push(wops.delete_criteria(doc, [c.id for c in doc.criteria()]))
    show(qtbot, window, Node("weightings", 0, demo(window).workshop_id))
    page = current_page(window)
    fake_dialogs.answer_confirm(False, True)
    click(qtbot, page.findChild(QPushButton, "newWeighting"))
    assert current_page(window) is page  # "not now"
    click(qtbot, page.findChild(QPushButton, "newWeighting"))
    settle(qtbot)
    [first, _second] = [c for c in fake_dialogs.calls if c.kind == "confirm"]
    assert "criteria catalogue is empty" in first.text
    assert current_page(window).objectName() == "page_criteria"
    assert nav_selected(window) == Node("criteria")


# -- AHP: pairs by keyboard and mouse ----------------------------------------------------------


def test_ahp_pairs_by_keyboard_one_step_each(qtbot, window: MainWindow, demo_path: Path) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "ahp")
    page = open_weighting(qtbot, window, weighting_id)
    view = page.pairs_entry.view
    a, b, c, d = criteria_ids(window, weighting_id)
    focus(qtbot, view)
    assert view.currentIndex().row() == 0
    start = steps(window)

    key(qtbot, view, Qt.Key.Key_5)  # toward the left criterion
    assert weighting_file(demo_path, weighting_id).pair(None, a, b) == 5
    assert steps(window) == start + 1
    first = page.pairs_model.index(0, PairsModel.JUDGEMENT)
    assert "is much more important than" in first.data()
    assert label(page, "pairsAnswered").text() == "1 of 6 pair(s) answered"

    key(qtbot, view, Qt.Key.Key_Return)  # the next pair
    assert view.currentIndex().row() == 1
    key(qtbot, view, Qt.Key.Key_3, SHIFT)  # toward the right criterion
    assert weighting_file(demo_path, weighting_id).pair(None, a, c) == pytest.approx(1 / 3)
    key(qtbot, view, Qt.Key.Key_Minus)  # flip
    assert weighting_file(demo_path, weighting_id).pair(None, a, c) == pytest.approx(3)
    key(qtbot, view, Qt.Key.Key_Left)  # one step toward the left: 4
    assert weighting_file(demo_path, weighting_id).pair(None, a, c) == pytest.approx(4)
    for _ in range(5):  # 4 → 3 → 2 → 1 → B 2 → B 3
        key(qtbot, view, Qt.Key.Key_Right)
    assert weighting_file(demo_path, weighting_id).pair(None, a, c) == pytest.approx(1 / 3)
    assert steps(window) == start + 9

    key(qtbot, view, Qt.Key.Key_Down)
    key(qtbot, view, Qt.Key.Key_Minus)  # unanswered: the next digit goes right
    key(qtbot, view, Qt.Key.Key_7)
    assert weighting_file(demo_path, weighting_id).pair(None, a, d) == pytest.approx(1 / 7)
    key(qtbot, view, Qt.Key.Key_Delete)
    assert weighting_file(demo_path, weighting_id).pair(None, a, d) is None
    key(qtbot, view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 1
    assert label(page, "pairsAnswered").text() == "2 of 6 pair(s) answered"
    window.undo_action.trigger()  # the clearing
    assert weighting_file(demo_path, weighting_id).pair(None, a, d) == pytest.approx(1 / 7)
    window.redo_action.trigger()
    assert weighting_file(demo_path, weighting_id).pair(None, a, d) is None


def test_a_click_on_the_scale_sets_the_pair(qtbot, window: MainWindow, demo_path: Path) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "ahp")
    page = open_weighting(qtbot, window, weighting_id)
    view = page.pairs_entry.view
    ids = criteria_ids(window, weighting_id)
    row = page.pairs_model.row_of(ids[2], ids[3])

    view.scrollTo(page.pairs_model.index(row, PairsModel.JUDGEMENT))
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.segment_center(row, 2).toPoint())

    assert weighting_file(demo_path, weighting_id).pair(None, ids[2], ids[3]) == 7
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.segment_center(row, 16).toPoint())
    assert weighting_file(demo_path, weighting_id).pair(None, ids[2], ids[3]) == pytest.approx(
        1 / 9
    )


def test_paarvergleich_keys_and_warnings_by_name(qtbot, window: MainWindow, demo_path) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "pairwise", n=3)
    page = open_weighting(qtbot, window, weighting_id)
    view = page.pairs_entry.view
    a, b, c = criteria_ids(window, weighting_id)
    names = {x.id: x.name for x in window.document.criteria()}
    focus(qtbot, view)
    key(qtbot, view, Qt.Key.Key_Left)  # a more important than b
    key(qtbot, view, Qt.Key.Key_Down)
    key(qtbot, view, Qt.Key.Key_Right)  # c more important than a
    key(qtbot, view, Qt.Key.Key_Down)
    key(qtbot, view, Qt.Key.Key_Space)  # b and c equal
    disk = weighting_file(demo_path, weighting_id)
    assert (disk.pair(None, a, b), disk.pair(None, a, c), disk.pair(None, b, c)) == (2, 0, 1)
    key(qtbot, view, Qt.Key.Key_Left)  # b over c: a > b > c > a
    warnings = page.weights_panel.warnings.text()
    assert f"Circular: {names[a]} > {names[b]} > {names[c]} > {names[a]}" in warnings
    key(qtbot, view, Qt.Key.Key_Right)  # c over b: c beats both
    key(qtbot, view, Qt.Key.Key_Up)
    key(qtbot, view, Qt.Key.Key_Up)
    key(qtbot, view, Qt.Key.Key_Right)  # b over a: a lost everything
    warnings = page.weights_panel.warnings.text()
    assert "Circular" not in warnings
    assert (
        f"1 criterion/criteria (“{names[a]}”) lost every comparison and get(s) no weight at all"
        in warnings
    )
    weights = page.weights_model
    shown = [weights.index(r, 1).data() for r in range(3)]
    assert shown == [percent(w) for w in wm.pairwise_210_weights([[0, 0, 0], [2, 0, 0], [2, 2, 0]])]


def test_the_cr_warning_names_the_pair_and_its_suggested_value_is_one_step(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "ahp")
    page = open_weighting(qtbot, window, weighting_id)
    for row, value in enumerate([3, 5, 1 / 7, 2, 3, 9]):
        page.pairs_model.setData(page.pairs_model.index(row, PairsModel.JUDGEMENT), value)
    evaluation = wops.evaluate(window.document, weighting_id)
    pair = evaluation.weights.inconsistent_pair
    first, second = evaluation.criteria[pair.i], evaluation.criteria[pair.j]
    panel = page.weights_panel.consistency
    figures = label(page, "consistencyFigures").text()
    assert f"CR = {evaluation.weights.ahp.cr:.3f}".rstrip("0") in figures
    assert label(page, "randomIndex").text() == "Random Index: Saaty (1980), RI = 0.9 for n = 4"
    verdict = label(page, "consistencyVerdict").text()
    assert "is above 0.10" in verdict
    assert f"Revisit: {first.name} vs. {second.name} — now “" in verdict.replace("&amp;", "&")
    assert "consistent with the other answers would be" in verdict
    row = page.pairs_model.row_of(first.id, second.id)
    assert page.pairs_model.flag(row) == "revisit"
    start = steps(window)

    click(qtbot, panel.use_button)

    assert steps(window) == start + 1
    stored = weighting_file(demo_path, weighting_id).pair(None, first.id, second.id)
    assert stored == pytest.approx(pair.suggested)
    better = wops.evaluate(window.document, weighting_id).weights.ahp.cr
    assert better < evaluation.weights.ahp.cr
    window.undo_action.trigger()
    assert weighting_file(demo_path, weighting_id).pair(None, first.id, second.id) == pytest.approx(
        pair.current
    )
    click(qtbot, panel.show_button)  # back to that pair's row
    assert page.pairs_entry.view.currentIndex().row() == row


def test_a_cell_of_the_matrix_goes_to_its_pair(qtbot, window: MainWindow, demo_path) -> None:
    open_demo(window, demo_path)
    page = open_weighting(qtbot, window, demo(window).id)
    page.tabs.setCurrentIndex(page.MATRIX_TAB)
    table = page.matrix_panel.table
    assert table.model().index(3, 1).data() == "1"
    assert table.model().index(0, 4).data() == "3"
    assert table.model().index(4, 0).data() == "1/3"
    index = table.model().index(4, 1)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(index).center())
    ids = criteria_ids(window, demo(window).id)
    assert page.tabs.currentIndex() == page.WEIGHTS_TAB
    assert page.pairs_entry.view.currentIndex().row() == page.pairs_model.row_of(ids[4], ids[1])


# -- points and rankings ---------------------------------------------------------------------


def test_points_typed_row_by_row(qtbot, window: MainWindow, demo_path: Path) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "points")
    page = open_weighting(qtbot, window, weighting_id)
    table = page.points_entry.table
    ids = criteria_ids(window, weighting_id)
    focus(qtbot, table)
    table.setCurrentIndex(table.model().index(0, 1))
    for text in ("40", "30"):
        for char in text:  # key by key, to whatever has the focus (the editor, once open)
            qtbot.keyClicks(QApplication.focusWidget(), char)
        key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.wait(20)  # the delegate commits on the next turn of the event loop
    disk = weighting_file(demo_path, weighting_id)
    assert [j.value for j in disk.judgements if j.criterion_id in ids[:2]] == [40, 30]
    assert table.currentIndex().row() == 2
    assert label(page, "pointsAllocated").text() == "70 of 100 points allocated, 30 left"
    assert "every criterion has its points" in page.weights_panel.warnings.text()
    for text in ("20", "0"):
        for char in text:
            qtbot.keyClicks(QApplication.focusWidget(), char)
        key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.wait(20)
    assert label(page, "pointsAllocated").text() == "90 of 100 points allocated, 10 left"
    weights = [page.weights_model.index(r, 1).data() for r in range(4)]
    assert weights == [percent(p) for p in wm.points_weights([40, 30, 20, 0])]
    assert steps(window) == 5  # the weighting and four entries
    assert "got no points and get(s) no weight at all" in page.weights_panel.warnings.text()


def test_a_ranking_moved_with_alt_arrows(qtbot, window: MainWindow, demo_path: Path) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "rank_sum")
    page = open_weighting(qtbot, window, weighting_id)
    table = page.ranking_entry.table
    ids = criteria_ids(window, weighting_id)
    focus(qtbot, table)
    table.setCurrentIndex(table.model().index(0, 1))
    start = steps(window)

    key(qtbot, table, Qt.Key.Key_Down, ALT)

    assert steps(window) == start + 1
    ranks = {j.criterion_id: j.value for j in weighting_file(demo_path, weighting_id).judgements}
    assert ranks == {ids[1]: 1, ids[0]: 2, ids[2]: 3, ids[3]: 4}
    assert table.currentIndex().row() == 1
    assert label(page, "rankingStatus").text() == "Ranked; weights by rank sum."
    key(qtbot, table, Qt.Key.Key_Up, ALT)
    ranks = {j.criterion_id: j.value for j in weighting_file(demo_path, weighting_id).judgements}
    assert ranks == {ids[0]: 1, ids[1]: 2, ids[2]: 3, ids[3]: 4}


def test_a_criterion_dragged_to_another_place_in_the_ranking(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "rank_roc")
    page = open_weighting(qtbot, window, weighting_id)
    table = page.ranking_entry.table
    model = table.model()
    ids = criteria_ids(window, weighting_id)
    click(qtbot, page.ranking_entry.take_button)  # the order shown becomes the ranking
    mime = model.mimeData([model.index(0, 1)])
    target = table.visualRect(model.index(2, 1))
    point = QPointF(target.center().x(), target.bottom() - 1)  # below the third row
    for kind in (QDragEnterEvent, QDragMoveEvent):
        event = kind(point.toPoint(), Qt.DropAction.MoveAction, mime, LEFT, NO_KEYS)
        QApplication.sendEvent(table.viewport(), event)
        assert event.isAccepted()
    start = steps(window)

    drop = QDropEvent(point, Qt.DropAction.MoveAction, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(table.viewport(), drop)

    assert steps(window) == start + 1
    ranks = {j.criterion_id: j.value for j in weighting_file(demo_path, weighting_id).judgements}
    assert ranks == {ids[1]: 1, ids[2]: 2, ids[0]: 3, ids[3]: 4}
    assert model.rowCount() == 4


# -- scores ------------------------------------------------------------------------------------


def scores_view(qtbot, page: WeightingPage):
    page.tabs.setCurrentIndex(page.SCORES_TAB)
    view = page.scores_entry.view
    focus(qtbot, view)
    return view


def test_scores_typed_move_right_and_down(qtbot, window: MainWindow, demo_path: Path) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "ahp", n=3)
    page = open_weighting(qtbot, window, weighting_id)
    view = scores_view(qtbot, page)
    projects = window.document.weighting(weighting_id).project_ids
    crits = criteria_ids(window, weighting_id)
    view.setCurrentIndex(view.model().index(0, 0))
    start = steps(window)

    qtbot.keyClicks(view, "7 8")  # Space commits and moves right
    key(qtbot, view, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 2)
    qtbot.keyClicks(view, "7,5")  # complete: commits and moves right by itself
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 0)  # next row
    disk = weighting_file(demo_path, weighting_id)
    assert [disk.score(None, projects[0], c) for c in crits] == [7, 8, 7.5]
    assert steps(window) == start + 3

    qtbot.keyClicks(view, "10")  # complete, then Enter: to the cell below the 10
    key(qtbot, view, Qt.Key.Key_Return)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 0)
    qtbot.keyClicks(view, "4.5")
    assert weighting_file(demo_path, weighting_id).score(None, projects[2], crits[0]) == 4.5

    view.setCurrentIndex(view.model().index(1, 1))
    qtbot.keyClicks(view, "3")
    key(qtbot, view, Qt.Key.Key_Return)  # Enter: commits and moves down
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 1)
    assert weighting_file(demo_path, weighting_id).score(None, projects[1], crits[1]) == 3
    assert page.scores_entry.status.text() == "Scores of the group: 6 of 9 cells"


def test_a_score_outside_0_to_10_is_refused_with_a_message(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "ahp", n=3)
    page = open_weighting(qtbot, window, weighting_id)
    view = scores_view(qtbot, page)
    view.setCurrentIndex(view.model().index(1, 1))
    before = sha256(demo_path)
    start = steps(window)

    qtbot.keyClicks(view, "12")
    key(qtbot, view, Qt.Key.Key_Return)

    assert sha256(demo_path) == before
    assert steps(window) == start
    message = label(page, "weightingMessage")
    assert message.isVisible()
    assert message.text() == "12 is not a score: scores go from 0 to 10."
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1)
    qtbot.keyClicks(view, "9")
    key(qtbot, view, Qt.Key.Key_Return)
    assert not message.isVisible()  # the next entry that goes through clears it


def test_delete_clears_and_a_pasted_block_is_one_step(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "ahp", n=3)
    page = open_weighting(qtbot, window, weighting_id)
    view = scores_view(qtbot, page)
    projects = window.document.weighting(weighting_id).project_ids
    crits = criteria_ids(window, weighting_id)
    view.setCurrentIndex(view.model().index(0, 1))
    QGuiApplication.clipboard().setText("6\t7,5\n8\t9\n")
    start = steps(window)

    key(qtbot, view, Qt.Key.Key_V, CTRL)

    assert steps(window) == start + 1
    disk = weighting_file(demo_path, weighting_id)
    assert [disk.score(None, projects[0], c) for c in crits] == [None, 6, 7.5]
    assert [disk.score(None, projects[1], c) for c in crits] == [None, 8, 9]
    view.setCurrentIndex(view.model().index(1, 2))
    key(qtbot, view, Qt.Key.Key_Delete)
    assert weighting_file(demo_path, weighting_id).score(None, projects[1], crits[2]) is None
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert weighting_file(demo_path, weighting_id).scores == ()
    QGuiApplication.clipboard().setText("5\t6\tzehn")  # a bad cell, even outside, refuses all
    view.setCurrentIndex(view.model().index(1, 0))
    key(qtbot, view, Qt.Key.Key_V, CTRL)
    assert weighting_file(demo_path, weighting_id).scores == ()
    assert "Nothing was pasted" in label(page, "weightingMessage").text()


def test_the_anchors_of_the_current_column_and_the_ko_criterion(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    page = open_weighting(qtbot, window, demo(window).id)
    view = scores_view(qtbot, page)
    criteria = [
        c for c in window.document.criteria() if c.id in criteria_ids(window, demo(window).id)
    ]
    must = next(j for j, c in enumerate(criteria) if c.must)
    view.setCurrentIndex(view.model().index(0, must))
    anchors = label(page, "scoreAnchors").text()
    assert criteria[must].anchor_high.replace("&", "&amp;") in anchors
    assert "K.O.: a project scoring below 5 is excluded" in anchors
    header = view.model().headerData(must, Qt.Orientation.Horizontal)
    assert header.endswith("K.O. ≥ 5")
    exclusions = label(page, "scoreExclusions").text()
    assert exclusions.startswith("Smartes Parken — Excluded (K.O.): ")


# -- finished, method, per participant ---------------------------------------------------------


def test_a_finished_weighting_is_read_only_until_reopened(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    weighting = demo(window)
    page = open_weighting(qtbot, window, weighting.id)
    before = sha256(demo_path)
    note = label(page, "readOnlyNote")
    assert note.isVisible()
    assert "finished" in note.text()
    view = page.pairs_entry.view
    focus(qtbot, view)
    key(qtbot, view, Qt.Key.Key_9)
    key(qtbot, view, Qt.Key.Key_Delete)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.segment_center(0, 0).toPoint())
    scores = scores_view(qtbot, page)
    qtbot.keyClicks(scores, "3 ")
    key(qtbot, scores, Qt.Key.Key_Delete)
    assert label(page, "weightingMessage").text() == (
        "This weighting is finished. Reopen it to change anything."
    )
    assert not page.method_combo.isEnabled()
    assert page.title_edit.isReadOnly()
    assert sha256(demo_path) == before
    assert steps(window) == 0

    click(qtbot, page.reopen_button)
    assert weighting_file(demo_path, weighting.id).weighting.state == "open"
    assert not note.isVisible()
    page.tabs.setCurrentIndex(page.WEIGHTS_TAB)
    focus(qtbot, view)
    view.select_row(0)
    key(qtbot, view, Qt.Key.Key_9)
    ids = criteria_ids(window, weighting.id)
    assert weighting_file(demo_path, weighting.id).pair(None, ids[0], ids[1]) == 9
    click(qtbot, page.finish_button)
    assert weighting_file(demo_path, weighting.id).weighting.state == "finished"
    assert note.isVisible()


def test_changing_the_method_warns_and_undo_brings_the_judgements_back(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)
    weighting = demo(window)
    assert doc.push(wops.edit_weighting(doc, weighting.id, {"state": "open"}))
    page = open_weighting(qtbot, window, weighting.id)
    before = weighting_file(demo_path, weighting.id)
    combo = page.method_combo
    fake_dialogs.answer_confirm(False, True)

    combo.setCurrentIndex(combo.findData("points"))
    combo.activated.emit(combo.currentIndex())  # the moderator picks it
    assert combo.currentData() == "ahp"  # kept
    assert weighting_file(demo_path, weighting.id) == before
    combo.setCurrentIndex(combo.findData("points"))
    combo.activated.emit(combo.currentIndex())

    [_no, yes] = [c for c in fake_dialogs.calls if c.kind == "confirm"]
    assert "The 15 judgement(s) entered with “AHP (Saaty 1–9)” are dropped" in yes.text
    after = weighting_file(demo_path, weighting.id)
    assert after.weighting.method == "points"
    assert after.judgements == ()
    assert after.scores == before.scores
    assert page.entry_stack.currentWidget() is page.points_entry
    assert not page.tabs.isTabVisible(page.MATRIX_TAB)
    window.undo_action.trigger()
    assert weighting_file(demo_path, weighting.id) == before
    assert page.entry_stack.currentWidget() is page.pairs_entry


def test_each_participant_enters_their_own_judgements(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "ahp", n=3, judged_by="participants")
    page = open_weighting(qtbot, window, weighting_id)
    combo = page.rater_combo
    people = present_ids(window)
    names = {p.id: p.name for p in window.document.participants()}
    assert combo.isVisible()
    assert [combo.itemData(i) for i in range(combo.count())] == [EVERYONE, *people]
    assert combo.currentData() == people[0]
    assert combo.itemText(1) == f"{names[people[0]]}   0/3"
    a, b, c = criteria_ids(window, weighting_id)
    view = page.pairs_entry.view
    for person, digits in ((people[0], "352"), (people[1], "243")):
        combo.setCurrentIndex(combo.findData(person))
        focus(qtbot, view)
        view.select_row(0)
        for digit in digits:
            qtbot.keyClicks(view, digit)
            key(qtbot, view, Qt.Key.Key_Return)
    disk = weighting_file(demo_path, weighting_id)
    assert disk.pair(people[0], a, b) == 3
    assert disk.pair(people[1], a, c) == 4
    assert disk.pair(None, a, b) is None
    matrices = [wm.matrix_from_upper(3, [3, 5, 2]), wm.matrix_from_upper(3, [2, 4, 3])]
    cr = f"{wm.ahp(matrices[0]).cr:.3f}".rstrip("0")
    assert combo.itemText(1) == f"{names[people[0]]}   ✓  CR {cr}"
    group = wm.ahp(wm.geometric_mean_matrix(matrices)).weights
    assert [page.weights_model.index(r, 1).data() for r in range(3)] == [percent(w) for w in group]
    combo.setCurrentIndex(0)  # everyone: nothing to enter, the group's weights
    assert page.entry_stack.currentWidget() is page.choose_rater
    everyone = len(present_ids(window))
    assert f"Group weights from 2 of {everyone} participants" in page.weights_panel.warnings.text()
    raters = page.weights_panel.raters
    qtbot.mouseClick(
        raters.viewport(), LEFT, pos=raters.visualRect(raters.model().index(1, 0)).center()
    )
    assert combo.currentData() == people[1]


def test_rename_and_delete_a_weighting(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "ahp")
    page = open_weighting(qtbot, window, weighting_id)
    focus(qtbot, page.title_edit)
    key(qtbot, page.title_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.title_edit, "Kriterien gewichtet")
    key(qtbot, page.title_edit, Qt.Key.Key_Return)
    assert weighting_file(demo_path, weighting_id).weighting.title == "Kriterien gewichtet"
    fake_dialogs.answer_confirm(True)
    click(qtbot, page.delete_button)
    settle(qtbot)
    assert weighting_file(demo_path, weighting_id).weighting is None
    assert nav_selected(window) == Node("weightings", 0, demo(window).workshop_id)
    window.undo_action.trigger()
    assert weighting_file(demo_path, weighting_id).weighting is not None


def test_the_result_tab_holds_the_result_view(qtbot, window: MainWindow, demo_path) -> None:
    open_demo(window, demo_path)
    page = open_weighting(qtbot, window, demo(window).id)
    page.tabs.setCurrentIndex(page.RESULT_TAB)
    try:
        import smartcity_desktop.ui.weighting_result  # noqa: F401
    except ModuleNotFoundError:
        assert label(page, "resultPlaceholder").isVisible()
        return
    assert page.result_view is not None
    assert page.result_view.objectName() == "weightingResult"
    assert page.result_view.isVisible()


def test_criteria_and_projects_chosen_again_in_one_step(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)
    weighting = demo(window)
    assert doc.push(wops.edit_weighting(doc, weighting.id, {"state": "open"}))
    page = open_weighting(qtbot, window, weighting.id)
    before = weighting_file(demo_path, weighting.id)
    dropped = weighting.criterion_ids[-1]
    extra = next(p.id for p in doc.projects() if p.id not in weighting.project_ids)

    def choose(dialog: WeightingSetupDialog) -> bool:
        assert dialog.checked(dialog.criteria) == list(weighting.criterion_ids)
        dialog.set_checked(dialog.criteria, list(weighting.criterion_ids[:-1]))
        dialog.set_checked(dialog.projects, [*weighting.project_ids, extra])
        return True

    fake_dialogs.answer_run(choose).answer_confirm(True)
    start = steps(window)
    click(qtbot, page.members_button)

    after = weighting_file(demo_path, weighting.id)
    assert after.weighting.criterion_ids == weighting.criterion_ids[:-1]
    assert after.weighting.project_ids == (*weighting.project_ids, extra)
    assert all(s.criterion_id != dropped for s in after.scores)
    assert steps(window) == start + 1
    assert page.pairs_model.rowCount() == 10
    window.undo_action.trigger()
    assert weighting_file(demo_path, weighting.id) == before
    [question] = [c for c in fake_dialogs.calls if c.kind == "confirm"]
    assert question.text.startswith("13 entered")


# -- what the consistency panel says for few criteria ---------------------------------------------


def test_two_criteria_cannot_contradict_and_one_criterion_says_nothing_about_it(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    two = new_weighting(window, "ahp", n=2)
    page = open_weighting(qtbot, window, two)
    page.pairs_model.setData(page.pairs_model.index(0, PairsModel.JUDGEMENT), 3)
    not_needed = "Random Index: Saaty (1980); not needed for fewer than 3 criteria."
    assert label(page, "randomIndex").text() == not_needed
    assert label(page, "consistencyVerdict").text() == (
        "With two criteria the answers cannot contradict each other (CR = 0)."
    )
    one = new_weighting(window, "ahp", n=1)  # (the dialog refuses it; the file may hold it)
    page = open_weighting(qtbot, window, one)
    assert wops.evaluate(window.document, one).weights.ahp is not None
    assert label(page, "randomIndex").text() == not_needed
    assert label(page, "consistencyVerdict").text() == ""


# -- English plural forms -------------------------------------------------------------------------


@pytest.fixture
def translated(qapp) -> Iterator[Callable[[str], None]]:
    """install(language): the app's catalogues of `language` (ours and Qt's) and its locale, as
    the app installs them at start; all removed again afterwards."""
    previous = QLocale()
    installed: list = []

    def install(language: str) -> None:
        found = install_translators(qapp, language)
        assert found, f"no catalogue for {language!r}"
        installed.extend(found)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_english_says_one_criterion_and_two_criteria(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs, translated
) -> None:
    translated("en")
    open_demo(window, demo_path)
    names = {c.id: c.name for c in window.document.criteria()}
    weighting_id = new_weighting(window, "pairwise", n=3)
    page = open_weighting(qtbot, window, weighting_id)
    a, b, c = criteria_ids(window, weighting_id)
    model = page.pairs_model
    for first, second, value in ((a, b, 0), (a, c, 0), (b, c, 1)):
        model.setData(model.index(model.row_of(first, second), PairsModel.JUDGEMENT), value)
    assert (
        f"1 criterion (“{names[a]}”) lost every comparison and gets no weight at all — is that "
        "intended?" in page.weights_panel.warnings.text()
    )
    points = new_weighting(window, "points", n=3)
    page = open_weighting(qtbot, window, points)
    judgements = {
        (x, None): p for x, p in zip(criteria_ids(window, points), (100, 0, 0), strict=True)
    }
    assert window.document.push(wops.set_judgements(window.document, points, None, judgements))
    *_, second, third = criteria_ids(window, points)
    assert (
        f"2 criteria (“{names[second]}”, “{names[third]}”) got no points and get no weight at "
        "all — is that intended?" in page.weights_panel.warnings.text()
    )
    seen = {}

    def look(dialog: WeightingSetupDialog) -> bool:
        dialog.method.setCurrentIndex(dialog.method.findData("pairwise"))
        dialog.set_checked(dialog.criteria, [c.id for c in window.document.criteria()[:2]])
        dialog.set_checked(dialog.projects, [window.document.projects()[0].id])
        seen["two"] = dialog.hint.text()
        dialog.set_checked(dialog.criteria, [c.id for c in window.document.criteria()])
        seen["ten"] = dialog.hint.text()
        return False

    fake_dialogs.answer_run(look)
    show(qtbot, window, Node("weightings", 0, demo(window).workshop_id))
    click(qtbot, current_page(window).findChild(QPushButton, "newWeighting"))
    assert seen["two"] == "2 criteria and 1 project. 1 pair to compare."
    assert seen["ten"] == (
        "10 criteria and 1 project. 45 pairs to compare. That's a lot of pairs for one "
        "session; consider fewer criteria."
    )


def test_english_counts_the_pasted_values_left_out(
    qtbot, window: MainWindow, demo_path: Path, translated
) -> None:
    translated("en")
    open_demo(window, demo_path)
    weighting_id = new_weighting(window, "ahp", n=3)
    page = open_weighting(qtbot, window, weighting_id)
    view = scores_view(qtbot, page)
    for text, said in (
        ("1\t2\t3", "1 pasted value fell outside the table and was left out."),
        ("1\t2\t3\t4", "2 pasted values fell outside the table and were left out."),
    ):
        view.setCurrentIndex(view.model().index(0, 1))
        QGuiApplication.clipboard().setText(text)
        key(qtbot, view, Qt.Key.Key_V, CTRL)
        assert label(page, "weightingMessage").text() == said


# -- the layout in German ------------------------------------------------------------------------


def test_a_german_weighting_page_leaves_the_navigator_its_width(
    qtbot, settings, demo_path: Path, translated
) -> None:
    """At 1600 × 1000 the header's German labels and combo boxes fit beside the navigator (a
    page wider than the room squeezes the navigator), and no combo box is cut short."""
    translated("de")
    dialogs = FakeDialogs()
    main = MainWindow(settings, dialogs)  # made after the translators: its texts are German
    qtbot.addWidget(main)
    main.resize(1600, 1000)
    main.show()
    qtbot.waitExposed(main)
    try:
        doc = open_demo(main, demo_path)
        weighting = demo(main)
        page = open_weighting(qtbot, main, weighting.id)
        assert page.tabs.tabText(page.WEIGHTS_TAB) == "Gewichte"  # German indeed

        def check(where: str) -> None:
            qtbot.wait(20)  # the layouts settle
            assert main.navigator.width() >= 160, where
            assert main.width() == 1600, where  # not grown past the screen's room either
            for combo in (page.method_combo, page.judged_combo, page.scored_combo):
                assert combo.width() >= combo.sizeHint().width(), (where, combo.currentText())

        check("the demo's finished weighting")
        for tab in range(page.tabs.count()):
            if page.tabs.isTabVisible(tab):
                page.tabs.setCurrentIndex(tab)
                check(f"tab {page.tabs.tabText(tab)}")
        page.tabs.setCurrentIndex(page.WEIGHTS_TAB)
        each = {"state": "open", "judged_by": "participants", "scored_by": "participants"}
        assert doc.push(wops.edit_weighting(doc, weighting.id, each))
        assert page.rater_combo.isVisible()
        assert page.finish_button.isVisible()
        check("open, each participant")
        assert page.rater_combo.width() >= page.rater_combo.sizeHint().width()
        for method in ("points", "rank_roc"):
            page = open_weighting(qtbot, main, new_weighting(main, method, n=6))
            check(method)
    finally:
        main.close_project()
    dialogs.assert_done()
