"""Dot-voting (Punktabfrage) as the moderator runs it: starting a round from the board, typing
paper counts, ballots at the laptop, hidden results, revealing, second rounds, settings.

Every change is checked in the `.scw` file on disk (a copy read with the document's own
readers, see `voting_file`) and in what the moderator sees; results of the demo's rounds are
recomputed from the file, never written down by hand.
"""

from __future__ import annotations

import math
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPushButton,
    QSpinBox,
    QTableView,
)
from ui_helpers import (
    FakeDialogs,
    current_page,
    focus,
    nav_children,
    nav_rows,
    nav_selected,
    on_disk,
    open_demo,
    sha256,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import voting_ops as vops
from smartcity_desktop.domain import voting
from smartcity_desktop.domain.model import (
    Attendance,
    BallotRecord,
    Cluster,
    RoundOption,
    VotingRound,
)
from smartcity_desktop.ui.board_page import BoardPage
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.voting_page import VotingPage, VotingSetupDialog

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
GREEN_COLUMN, RED_COLUMN = 1, 2
# the columns of the results table
RANK, OPTION, GREEN, RED, NET, SHARE, BREADTH, MOVE = range(8)

# -- what the file holds ---------------------------------------------------------------------


@dataclass(frozen=True)
class RoundFile:
    """One voting round as the file holds it, with its tally."""

    round: VotingRound
    options: tuple[RoundOption, ...]
    ballots: tuple[BallotRecord, ...]
    paper: tuple[tuple[int, int | None, int, int], ...]  # option id, group id, green, red
    results: tuple[voting.OptionResult, ...]

    def label(self, option_id: int) -> str:
        return next(o.label for o in self.options if o.id == option_id)

    def option(self, label: str) -> RoundOption:
        return next(o for o in self.options if o.label == label)

    def result(self, label: str) -> voting.OptionResult:
        option_id = self.option(label).id
        return next(r for r in self.results if r.option_id == option_id)


@dataclass(frozen=True)
class VotingFile:
    """Every round of every board, and the boards' clusters."""

    rounds: dict[int, RoundFile]
    clusters: dict[int, list[Cluster]]  # board id -> clusters

    def of_board(self, board_id: int) -> list[RoundFile]:
        return sorted(
            (r for r in self.rounds.values() if r.round.board_id == board_id),
            key=lambda r: (r.round.position, r.round.id),
        )


def voting_file(path: Path) -> VotingFile:
    """Read a copy of the bytes on disk now (the app holds the lock; see `on_disk`)."""
    folder = Path(tempfile.mkdtemp(prefix="scw-voting-"))
    try:
        copy = folder / "copy.scw"
        shutil.copyfile(path, copy)
        doc = ProjectDocument.open(copy, read_only=True)
        try:
            rounds: dict[int, RoundFile] = {}
            clusters: dict[int, list[Cluster]] = {}
            for workshop in doc.workshops():
                for board in doc.boards(workshop.id):
                    clusters[board.id] = doc.clusters(board.id)
                for r in doc.voting_rounds(workshop.id):
                    rounds[r.id] = RoundFile(
                        round=r,
                        options=tuple(doc.round_options(r.id)),
                        ballots=tuple(doc.ballots(r.id)),
                        paper=tuple(
                            (p["option_id"], p["group_id"], p["green"], p["red"])
                            for p in doc.paper_counts(r.id)
                        ),
                        results=tuple(vops.results(doc, r.id)),
                    )
            return VotingFile(rounds, clusters)
        finally:
            doc.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def present_names(path: Path, workshop_id: int) -> list[str]:
    """The names of the workshop's present participants, in the file's order."""
    disk = on_disk(path)
    return [
        disk.participant(pid).name
        for pid, attendance in disk.attendance[workshop_id].items()
        if attendance == Attendance.PRESENT
    ]


def net_text(net: int) -> str:
    """A net count as shown: +3, 0, −2 (a real minus sign)."""
    return f"{net:+d}".replace("-", "−") if net else "0"


def rank_texts(results: tuple[voting.OptionResult, ...] | list[voting.OptionResult]) -> dict:
    """Option id -> the rank as the results table should show it: "2." or "2. (shared)"."""
    return {r.option_id: f"{r.rank}. (shared)" if r.tied_with else f"{r.rank}." for r in results}


# -- the screen ------------------------------------------------------------------------------


def settle(qtbot) -> None:
    """Let the event loop run, as it does between two clicks: the page left behind is
    deleted (deleteLater), so the test sees what the moderator would."""
    qtbot.wait(5)


def show_node(qtbot, window: MainWindow, node: Node) -> None:
    """Pick an entry in the navigator, as a click does."""
    assert window.navigator is not None
    index = window.navigator.nav_model().index_of(node)
    assert index.isValid(), f"{node} is not in the navigator"
    window.navigator.setCurrentIndex(index)
    settle(qtbot)


def board_node(window: MainWindow) -> Node:
    """The kick-off workshop's board (the demo's clustering result, with two revealed rounds)."""
    return next(r.node for r in nav_rows(window) if r.node.kind == "board")


def show_board(qtbot, window: MainWindow) -> BoardPage:
    show_node(qtbot, window, board_node(window))
    page = current_page(window)
    assert isinstance(page, BoardPage)
    qtbot.waitUntil(lambda: page.view.zoom() < 1, timeout=2000)  # fitted into view
    return page


def show_round(qtbot, window: MainWindow, round_id: int, workshop_id: int) -> VotingPage:
    show_node(qtbot, window, Node("voting", round_id, workshop_id))
    return voting_page(window)


def voting_page(window: MainWindow) -> VotingPage:
    page = current_page(window)
    assert isinstance(page, VotingPage), f"the voting page is not shown: {page.objectName()}"
    return page


def button(page: VotingPage, name: str) -> QPushButton:
    found = page.findChild(QPushButton, name)
    assert found is not None, name
    return found


def click(qtbot, widget: QPushButton) -> None:
    assert widget.isVisible(), f"{widget.objectName()} is not shown"
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    qtbot.mouseClick(widget, LEFT)


def click_header(page: BoardPage, cluster: Cluster, keys=Qt.KeyboardModifier.NoModifier) -> None:
    """Click a cluster's title bar on the board (real mouse events on the viewport)."""
    view = page.view
    point = view.mapFromScene(QPointF(cluster.x + cluster.width / 2, cluster.y + 20))
    viewport = view.viewport()
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, LEFT),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind, QPointF(point), QPointF(viewport.mapToGlobal(point)), LEFT, buttons, keys
        )
        QApplication.sendEvent(viewport, event)


def undo(window: MainWindow) -> None:
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()


def redo(window: MainWindow) -> None:
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()


def setup(
    *,
    dots: int | None = None,
    red: int = 0,
    cap: int = 1,
    anonymous: bool = True,
    hidden: bool = True,
    seen: dict | None = None,
) -> Callable[[VotingSetupDialog], bool]:
    """A handler for the setup dialog: notes what it suggested, fills it in, presses OK."""

    def fill(dialog: VotingSetupDialog) -> bool:
        assert isinstance(dialog, VotingSetupDialog)
        if seen is not None:
            seen.update(
                title=dialog.windowTitle(),
                dots=dialog.dots.value(),
                hint=dialog.hint.text(),
                target=dialog.target.currentData(),
                targets=[dialog.target.itemText(i) for i in range(dialog.target.count())],
            )
        if dots is not None:
            dialog.dots.setValue(dots)
        dialog.red_dots.setValue(red)
        dialog.cap.setValue(cap)
        dialog.anonymous.setChecked(anonymous)
        dialog.hidden.setChecked(hidden)
        return True

    return fill


def start_round(qtbot, window: MainWindow, fake_dialogs: FakeDialogs, **settings) -> VotingPage:
    """From the board: Dot-voting… with these settings; returns the new round's page."""
    board = show_board(qtbot, window)
    fake_dialogs.answer_run(setup(**settings))
    board.voting_action.trigger()
    settle(qtbot)
    return voting_page(window)


def spin(page: VotingPage, colour: str, option_id: int) -> QSpinBox:
    """The spin box a voter sets for one option and colour, as shown in the ballot table."""
    table = page.ballots.table
    name = f"{colour}_{option_id}"
    for row in range(table.rowCount()):
        for column in range(1, table.columnCount()):
            widget = table.cellWidget(row, column)
            if widget is not None and widget.objectName() == name:
                return widget
    raise AssertionError(f"no spin box {name!r} in the ballot table")


def voter_names(page: VotingPage) -> list[str]:
    combo = page.ballots.voter
    return [combo.itemText(i) for i in range(combo.count())]


def left_text(page: VotingPage) -> str:
    return page.ballots.left.text()


def cast(qtbot, page: VotingPage, dots: dict[int, tuple[int, int]]) -> None:
    """One voter places dots (option id -> green, red) and confirms."""
    for option_id, (green, red) in dots.items():
        page.ballots.set_dots(option_id, green, red)
    click(qtbot, button(page, "castBallot"))


def column(table: QTableView, col: int) -> list[str]:
    model = table.model()
    return [model.index(row, col).data() for row in range(model.rowCount())]


def headers(table: QTableView) -> list[str]:
    model = table.model()
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def results_by_label(page: VotingPage) -> dict[str, list[str]]:
    """The results table as shown: option label -> its row."""
    model = page.results.table.model()
    return {
        model.index(row, OPTION).data(): [
            model.index(row, c).data() for c in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def paper_cell(page: VotingPage, row: int, col: int) -> Any:
    return page.paper.index(row, col).data(Qt.ItemDataRole.DisplayRole)


def type_keys(qtbot, text: str) -> None:
    """Type into whatever has the keyboard focus, key by key, as a keyboard does."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        qtbot.keyClicks(widget, char)


def press(qtbot, key: Qt.Key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key)
    qtbot.wait(20)  # the item delegate commits on the next turn of the event loop


def click_cell(qtbot, view: QTableView, row: int, col: int) -> None:
    index = view.model().index(row, col)
    focus(qtbot, view)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    assert view.currentIndex() == index


def type_count(qtbot, view: QTableView, row: int, col: int, text: str) -> None:
    """Click a cell of the paper table, type a number, press Enter."""
    click_cell(qtbot, view, row, col)
    type_keys(qtbot, text)
    assert view.state() == QAbstractItemView.State.EditingState
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=1000)


# -- starting a round from the board ---------------------------------------------------------


def test_starting_a_round_on_the_clusters_suggests_dots_and_saves_the_settings(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    board = show_board(qtbot, window)
    before = voting_file(demo_path)
    clusters = before.clusters[board.board_id]
    seen: dict = {}
    fake_dialogs.answer_run(setup(red=1, cap=2, anonymous=False, seen=seen))

    board.voting_action.trigger()

    suggested = len(clusters) // 3 + 1
    assert seen["title"] == "Dot-voting"
    assert seen["target"] == "clusters"
    assert seen["dots"] == suggested  # ⌊options/3⌋ + 1, shown in the dialog
    assert f"= {suggested} dots for {len(clusters)} options" in seen["hint"]
    after = voting_file(demo_path)
    [new_id] = set(after.rounds) - set(before.rounds)
    new = after.rounds[new_id]
    existing = len(before.of_board(board.board_id))
    assert new.round.title == f"Dot-voting {existing + 1}"
    assert (new.round.dots, new.round.red_dots, new.round.cap) == (suggested, 1, 2)
    assert (new.round.anonymous, new.round.hidden) == (False, True)
    assert (new.round.voters, new.round.state, new.round.target) == (
        "participants",
        "open",
        "clusters",
    )
    assert {(o.cluster_id, o.label) for o in new.options} == {(c.id, c.title) for c in clusters}
    assert len(new.options) == len(clusters)
    assert (new.ballots, new.paper) == ((), ())
    # the navigator lists it under Votings, and it is shown
    workshop_id = board.workshop_id
    assert nav_children(window, Node("votings", 0, workshop_id))[-1] == new.round.title
    assert nav_selected(window) == Node("voting", new_id, workshop_id)
    page = voting_page(window)
    assert page.round_id == new_id
    assert page.heading.text() == f"{new.round.title} — open"
    assert window.document.undo_stack.count() == 1

    undo(window)
    assert voting_file(demo_path) == before
    assert new.round.title not in nav_children(window, Node("votings", 0, workshop_id))
    redo(window)
    assert voting_file(demo_path) == after


def test_starting_a_round_on_the_selected_clusters(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    board = show_board(qtbot, window)
    before = voting_file(demo_path)
    first, second = before.clusters[board.board_id][:2]
    click_header(board, first)
    click_header(board, second, CTRL)
    assert set(board.scene.selected_cluster_ids()) == {first.id, second.id}
    seen: dict = {}
    fake_dialogs.answer_run(setup(seen=seen))

    board.voting_action.trigger()

    assert seen["target"] == "selection"  # offered first when something is selected
    assert seen["targets"][0] == "The selected clusters or cards (2)"
    assert seen["dots"] == 2 // 3 + 1
    after = voting_file(demo_path)
    [new_id] = set(after.rounds) - set(before.rounds)
    new = after.rounds[new_id]
    assert new.round.target == "clusters"
    assert {(o.cluster_id, o.label) for o in new.options} == {
        (first.id, first.title),
        (second.id, second.title),
    }
    assert voting_page(window).round_id == new_id


def test_cancelling_the_setup_starts_nothing(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    board = show_board(qtbot, window)
    before = sha256(demo_path)
    fake_dialogs.answer_run(lambda dialog: False)

    board.voting_action.trigger()

    assert sha256(demo_path) == before
    assert current_page(window) is board
    assert window.document.undo_stack.count() == 0


# -- the paper tally -------------------------------------------------------------------------


def test_paper_tally_typed_with_enter_moving_on(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    """As the page's hint says: "Type the number of stickers per option; Enter or the arrow
    keys move on"."""
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs)
    page.tabs.setCurrentIndex(1)
    view = page.paper_view
    options = voting_file(demo_path).rounds[page.round_id].options
    click_cell(qtbot, view, 0, GREEN_COLUMN)

    type_keys(qtbot, "5")
    press(qtbot, Qt.Key.Key_Return)

    assert voting_file(demo_path).rounds[page.round_id].paper == ((options[0].id, None, 5, 0),)
    assert view.hasFocus(), f"the keyboard focus went to {QApplication.focusWidget()}"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, GREEN_COLUMN)
    type_keys(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    assert voting_file(demo_path).rounds[page.round_id].paper == (
        (options[0].id, None, 5, 0),
        (options[1].id, None, 3, 0),
    )


def test_paper_tally_down_arrow_moves_on_keeping_the_number_typed(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    """Typing 7 and pressing Down (then Enter, to be sure) records 7 and moves to the next
    option."""
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs)
    page.tabs.setCurrentIndex(1)
    view = page.paper_view
    click_cell(qtbot, view, 0, GREEN_COLUMN)

    type_keys(qtbot, "7")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)

    option = voting_file(demo_path).rounds[page.round_id].options[0]
    assert voting_file(demo_path).rounds[page.round_id].paper == ((option.id, None, 7, 0),)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, GREEN_COLUMN)


def test_paper_counts_per_group_add_up_and_each_entry_is_one_undo_step(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, dots=3, red=1, cap=2, hidden=False)
    page.tabs.setCurrentIndex(1)
    view = page.paper_view
    assert headers(view) == ["Option", "Green dots", "Red dots"]
    group_names = on_disk(demo_path).groups
    assert [page.group_combo.itemText(i) for i in range(page.group_combo.count())] == [
        "All participants together",
        *group_names,
    ]
    steps = window.document.undo_stack.count()

    type_count(qtbot, view, 0, GREEN_COLUMN, "5")
    type_count(qtbot, view, 0, RED_COLUMN, "1")
    type_count(qtbot, view, 1, GREEN_COLUMN, "4")
    page.group_combo.setCurrentIndex(page.group_combo.findText(group_names[0]))
    assert [paper_cell(page, 0, c) for c in (1, 2)] == [0, 0]  # nothing counted for the group
    type_count(qtbot, view, 0, GREEN_COLUMN, "2")

    disk = voting_file(demo_path).rounds[page.round_id]
    group_id = next(g.id for g in window.document.stakeholder_groups() if g.name == group_names[0])
    first, second = disk.options[0], disk.options[1]
    assert sorted(disk.paper, key=str) == sorted(
        [(first.id, None, 5, 1), (second.id, None, 4, 0), (first.id, group_id, 2, 0)], key=str
    )
    assert window.document.undo_stack.count() == steps + 4  # one step per entry
    assert [paper_cell(page, 0, c) for c in (1, 2)] == [2, 0]
    page.group_combo.setCurrentIndex(0)
    assert [paper_cell(page, 0, c) for c in (1, 2)] == [5, 1]
    assert "12 dots counted on paper" in page.progress_label.text()
    # results (shown live in this round) add the groups up
    page.tabs.setCurrentIndex(2)
    shown = results_by_label(page)
    assert shown[first.label][GREEN : NET + 1] == ["7", "1", "+6"]
    assert shown[second.label][GREEN : NET + 1] == ["4", "0", "+4"]
    assert disk.result(first.label).green == 7

    undo(window)  # the group's count
    assert voting_file(demo_path).rounds[page.round_id].paper == (
        (first.id, None, 5, 1),
        (second.id, None, 4, 0),
    )
    undo(window)  # the second option's count
    assert voting_file(demo_path).rounds[page.round_id].paper == ((first.id, None, 5, 1),)
    assert results_by_label(page)[first.label][GREEN : NET + 1] == ["5", "1", "+4"]


def test_paper_counts_below_zero_or_red_in_a_green_only_round_are_refused(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs)  # green only
    page.tabs.setCurrentIndex(1)
    view = page.paper_view
    assert headers(view) == ["Option", "Green dots"]  # no red column to type into
    before = voting_file(demo_path)
    steps = window.document.undo_stack.count()

    type_count(qtbot, view, 0, GREEN_COLUMN, "-2")

    [warning] = fake_dialogs.take("warn")
    assert warning.title == "Paper tally"
    assert warning.text == "A number of dots below zero."
    option = before.rounds[page.round_id].options[0]
    # a red count (from an older tally) reaching the page is refused just as plainly
    assert not page.set_paper(option.id, None, 3, 1)
    [warning] = fake_dialogs.take("warn")
    assert warning.text == "This round has no red dots."
    assert voting_file(demo_path) == before
    assert window.document.undo_stack.count() == steps
    assert paper_cell(page, 0, GREEN_COLUMN) == 0


# -- ballots at the laptop -------------------------------------------------------------------


def test_named_ballots_at_the_laptop(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, dots=3, red=1, cap=2, anonymous=False)
    workshop_id = window.document.board(page.round.board_id).workshop_id
    present = present_names(demo_path, workshop_id)
    assert voter_names(page) == present
    options = voting_file(demo_path).rounds[page.round_id].options
    a, b, c = (o.id for o in options[:3])
    assert left_text(page) == "3 green dot(s) left · 1 red dot(s) left"

    page.ballots.set_dots(a, 2, 0)
    assert left_text(page) == "1 green dot(s) left · 1 red dot(s) left"
    spin(page, "green", b).setValue(1)
    spin(page, "red", c).setValue(1)
    assert left_text(page) == "0 green dot(s) left · 0 red dot(s) left"
    voter = page.ballots.voter.currentText()
    steps = window.document.undo_stack.count()
    click(qtbot, button(page, "castBallot"))

    disk = voting_file(demo_path).rounds[page.round_id]
    [ballot] = disk.ballots
    person = next(p for p in on_disk(demo_path).participants if p.name == voter)
    assert (ballot.participant_id, ballot.group_id, ballot.abstained) == (
        person.id,
        person.group_id,
        False,
    )
    assert sorted(ballot.dots) == sorted([(a, 2, 0), (b, 1, 0), (c, 0, 1)])
    assert window.document.undo_stack.count() == steps + 1
    assert voter_names(page) == [n for n in present if n != voter]
    progress = page.progress_label.text()
    assert progress.startswith(f"1 of {len(present)} have voted")
    assert f"4 of {len(present) * 4} dots cast" in progress
    assert voter not in progress.split("Not yet voted: ")[1]
    assert left_text(page) == "3 green dot(s) left · 1 red dot(s) left"  # the next voter's

    # abstaining: recorded, no dots, the voter is done
    abstainer = page.ballots.voter.currentText()
    click(qtbot, button(page, "abstain"))
    ballots = voting_file(demo_path).rounds[page.round_id].ballots
    assert [(x.abstained, x.dots) for x in ballots[1:]] == [(True, ())]
    assert abstainer not in voter_names(page)
    assert "(1 abstained)" in page.progress_label.text()

    # withdrawing the last ballot: the abstainer can vote again
    click(qtbot, button(page, "withdrawBallot"))
    assert voting_file(demo_path).rounds[page.round_id].ballots == (ballot,)
    assert abstainer in voter_names(page)

    # undo takes the first ballot back out
    undo(window)  # the withdrawal
    undo(window)  # the abstention
    undo(window)  # the ballot
    assert voting_file(demo_path).rounds[page.round_id].ballots == ()
    assert voter_names(page) == present


def test_a_ballot_over_the_cap_or_the_budget_cannot_be_cast(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, dots=3, cap=2, anonymous=False)
    options = voting_file(demo_path).rounds[page.round_id].options
    a, b = options[0].id, options[1].id

    # the cap: a spin box does not go above it
    green = spin(page, "green", a)
    assert (green.minimum(), green.maximum()) == (0, 2)
    green.setValue(3)
    assert green.value() == 2
    qtbot.keyClick(green, Qt.Key.Key_Up)
    assert green.value() == 2

    # the budget: 2 + 2 of 3 green dots is refused, nothing written
    spin(page, "green", b).setValue(2)
    voter = page.ballots.voter.currentText()
    before = voting_file(demo_path)
    steps = window.document.undo_stack.count()
    click(qtbot, button(page, "castBallot"))

    [warning] = fake_dialogs.take("warn")
    assert warning.title == "Ballot not accepted"
    assert warning.text == "More green dots than each person has (3)."
    assert voting_file(demo_path) == before
    assert window.document.undo_stack.count() == steps
    assert page.ballots.voter.currentText() == voter  # still their turn
    assert (spin(page, "green", a).value(), spin(page, "green", b).value()) == (2, 2)


def test_the_left_label_warns_when_too_many_dots_are_placed(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    """Placing 4 of 3 dots: the label should stand out (red, bold), not read like "all used"."""
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, dots=3, cap=2)
    a, b = (o.id for o in voting_file(demo_path).rounds[page.round_id].options[:2])
    page.ballots.set_dots(a, 2)
    assert "D55E00" not in page.ballots.left.styleSheet()

    page.ballots.set_dots(b, 2)

    assert "D55E00" in page.ballots.left.styleSheet(), left_text(page)


def test_anonymous_ballots_are_numbered(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, dots=2)
    options = voting_file(demo_path).rounds[page.round_id].options
    assert voter_names(page) == ["Next voter (no. 1)"]
    assert left_text(page) == "2 green dot(s) left"
    assert [spin(page, "green", o.id).maximum() for o in options] == [1] * len(options)

    cast(qtbot, page, {options[0].id: (1, 0), options[1].id: (1, 0)})
    cast(qtbot, page, {options[0].id: (1, 0)})

    ballots = voting_file(demo_path).rounds[page.round_id].ballots
    assert [(x.participant_id, x.voter_no) for x in ballots] == [(None, 1), (None, 2)]
    assert voter_names(page) == ["Next voter (no. 3)"]
    assert page.progress_label.text().startswith("2 of ")


# -- hidden until revealed -------------------------------------------------------------------


def board_votes(page: BoardPage) -> dict[int, tuple[int, int] | None]:
    return {cid: item.votes for cid, item in page.scene.clusters.items()}


def expected_board_votes(disk: VotingFile, round_id: int) -> dict[int, tuple[int, int] | None]:
    """The dots a round puts on the board's clusters (None: not an option of that round)."""
    round_ = disk.rounds[round_id]
    dots = {
        o.cluster_id: (r.green, r.red) for o, r in zip(round_.options, round_.results, strict=True)
    }
    return {c.id: dots.get(c.id) for c in disk.clusters[round_.round.board_id]}


def latest_revealed(disk: VotingFile, board_id: int) -> int:
    return [r.round.id for r in disk.of_board(board_id) if r.round.state == "revealed"][-1]


def test_results_stay_hidden_until_revealed_then_rank_with_shared_places(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, dots=3, red=1, cap=2)
    round_id, board_id = page.round_id, page.round.board_id
    workshop_id = window.document.board(board_id).workshop_id
    ids = {o.label: o.id for o in voting_file(demo_path).rounds[round_id].options}
    cast(qtbot, page, {ids["Umwelt"]: (2, 0), ids["Soziales"]: (1, 0)})
    cast(qtbot, page, {ids["Soziales"]: (2, 0), ids["Infrastruktur"]: (1, 0)})
    page.ballots.set_dots(ids["Smart Living"], 0, 1)
    cast(qtbot, page, {ids["Umwelt"]: (1, 0), ids["E-Government"]: (2, 0)})
    assert len(voting_file(demo_path).rounds[round_id].ballots) == 3

    def hidden(page: VotingPage) -> bool:
        page.tabs.setCurrentIndex(2)
        panel = page.results
        shown = [w.isVisible() for w in (panel.table, panel.chart, panel.ties)]
        assert panel.hidden_label.isVisible() == (shown == [False] * 3)
        return shown == [False] * 3 and panel.model.rowCount() == 0

    assert hidden(page)
    assert "hidden until you reveal them" in page.results.hidden_label.text()
    # the board still shows the demo's last revealed round, not this one
    disk = voting_file(demo_path)
    previous = latest_revealed(disk, board_id)
    assert previous != round_id
    assert board_votes(show_board(qtbot, window)) == expected_board_votes(disk, previous)

    # declining the question reveals nothing
    page = show_round(qtbot, window, round_id, workshop_id)
    fake_dialogs.answer_confirm(False)
    click(qtbot, button(page, "revealResults"))
    assert voting_file(demo_path).rounds[round_id].round.state == "open"
    assert hidden(page)

    fake_dialogs.answer_confirm(True)
    click(qtbot, button(page, "revealResults"))

    [asked] = [c for c in fake_dialogs.calls if c.kind == "confirm"][1:]
    assert asked.title == "Reveal results"
    disk = voting_file(demo_path)
    assert disk.rounds[round_id].round.state == "revealed"
    assert not hidden(page)
    assert page.heading.text().endswith("— revealed")
    table = page.results.table
    assert headers(table)[:MOVE] == [
        "Rank", "Option", "Green", "Red", "Net", "Share", "Breadth"
    ]  # fmt: skip
    assert column(table, RANK) == [
        "1. (shared)", "1. (shared)", "3.", "4.", "5. (shared)", "5. (shared)", "5. (shared)", "8."
    ]  # fmt: skip
    assert column(table, OPTION) == [
        "Soziales", "Umwelt", "E-Government", "Infrastruktur", "Industrie/Wirtschaft 4.0",
        "Digitale Bildung", "Kommunikation & Bürgerdialog", "Smart Living",
    ]  # fmt: skip
    assert results_by_label(page)["Smart Living"][GREEN : BREADTH + 1] == [
        "0", "1", "−1", "10 %", "1"
    ]  # fmt: skip
    assert page.results.ties.text() == (
        "1. (shared): Soziales, Umwelt\n"
        "5. (shared): Industrie/Wirtschaft 4.0, Digitale Bildung, Kommunikation & Bürgerdialog"
    )
    chart = page.results.chart.rows
    assert [(label, green, red) for _rank, label, green, red in chart] == [
        (column(table, OPTION)[i], int(column(table, GREEN)[i]), int(column(table, RED)[i]))
        for i in range(len(chart))
    ]
    assert len(chart) == len(ids)
    # the board now shows this round's dots
    assert board_votes(show_board(qtbot, window)) == expected_board_votes(disk, round_id)

    # undoing the reveal hides the results again
    page = show_round(qtbot, window, round_id, workshop_id)
    undo(window)
    assert voting_file(demo_path).rounds[round_id].round.state == "open"
    assert hidden(page)
    redo(window)
    assert not hidden(page)

    # reopening: open again, hidden again, the board back to the round before
    click(qtbot, button(page, "reopenVoting"))
    assert voting_file(demo_path).rounds[round_id].round.state == "open"
    assert hidden(page)
    assert button(page, "castBallot").isEnabled()
    assert board_votes(show_board(qtbot, window)) == expected_board_votes(disk, previous)


def test_closing_stops_ballots_and_a_closed_round_is_revealed_without_asking(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, dots=2)
    option = voting_file(demo_path).rounds[page.round_id].options[0]
    cast(qtbot, page, {option.id: (1, 0)})

    click(qtbot, button(page, "closeVoting"))

    assert voting_file(demo_path).rounds[page.round_id].round.state == "closed"
    assert page.heading.text().endswith("— closed, not yet revealed")
    for name in ("castBallot", "abstain", "withdrawBallot"):
        assert not button(page, name).isEnabled(), name
    assert not page.paper.flags(page.paper.index(0, GREEN_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    page.tabs.setCurrentIndex(2)
    assert page.results.hidden_label.isVisible()
    assert not button(page, "closeVoting").isVisible()

    click(qtbot, button(page, "revealResults"))  # no question: the voting is over

    assert voting_file(demo_path).rounds[page.round_id].round.state == "revealed"
    assert page.results.table.isVisible()
    assert results_by_label(page)[option.label][RANK] == "1."


def test_revealing_after_leaving_the_board_page_raises_no_error(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    """Starting a round from the board replaces the board page; revealing later must not
    reach the board page that is gone (a Qt-event-loop exception fails a pytest-qt test)."""
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, dots=2)
    option = voting_file(demo_path).rounds[page.round_id].options[0]
    cast(qtbot, page, {option.id: (1, 0)})
    click(qtbot, button(page, "closeVoting"))

    with qtbot.captureExceptions() as exceptions:
        click(qtbot, button(page, "revealResults"))

    assert voting_file(demo_path).rounds[page.round_id].round.state == "revealed"
    assert [str(e[1]) for e in exceptions] == []


def test_a_latecomer_marked_present_can_vote_in_a_named_round(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, anonymous=False)
    round_id = page.round_id
    workshop_id = window.document.board(page.round.board_id).workshop_id
    disk = on_disk(demo_path)
    late = next(
        disk.participant(pid)
        for pid, a in disk.attendance[workshop_id].items()
        if a == Attendance.EXCUSED
    )
    assert late.name not in voter_names(page)
    show_node(qtbot, window, Node("workshop", workshop_id, workshop_id))
    model = current_page(window).participants.model
    row = next(r for r in range(model.rowCount()) if model.row_id(r) == late.id)

    with qtbot.captureExceptions() as exceptions:
        # what choosing 'present' in the attendance combo box does
        assert model.setData(model.index(row, model.ATTENDANCE), "present")

    page = show_round(qtbot, window, round_id, workshop_id)
    assert late.name in voter_names(page)
    assert page.progress_label.text().startswith(
        f"0 of {len(present_names(demo_path, workshop_id))} have voted"
    )
    # the voting page left behind must not be refreshed any more
    assert [str(e[1]) for e in exceptions] == []


# -- second rounds ---------------------------------------------------------------------------


def move_text(before: int, after: int) -> str:
    """A change of rank as shown: ▲ 2 (moved up), ▼ 1 (down) or = (the same)."""
    if after < before:
        return f"▲ {before - after}"
    return f"▼ {after - before}" if after > before else "="


def test_a_second_round_on_the_top_third_shows_how_ranks_moved(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    disk = voting_file(demo_path)
    board_id = disk.rounds[min(disk.rounds)].round.board_id
    first = disk.of_board(board_id)[0]
    assert first.round.state == "revealed"
    workshop_id = window.document.board(board_id).workshop_id
    page = show_round(qtbot, window, first.round.id, workshop_id)
    ordered = sorted(first.results, key=lambda r: r.rank)
    boundary = ordered[math.ceil(len(ordered) / 3) - 1].rank
    top = {first.label(r.option_id) for r in first.results if r.rank <= boundary}
    fake_dialogs.answer_choose(0)

    click(qtbot, button(page, "secondRound"))

    [asked] = [c for c in fake_dialogs.calls if c.kind == "choose"]
    assert asked.title == "Second round"
    assert f"'The top third ({len(top)} options)'" in asked.text
    assert "tied" not in asked.text  # no ties in this round: nothing else offered
    after = voting_file(demo_path)
    [new_id] = set(after.rounds) - set(disk.rounds)
    second = after.rounds[new_id]
    assert second.round.previous_round_id == first.round.id
    assert second.round.title == f"{first.round.title} — second round"
    assert {o.label for o in second.options} == top
    assert {o.previous_option_id for o in second.options} == {
        first.option(label).id for label in top
    }
    assert second.round.dots == len(top) // 3 + 1
    assert (second.round.voters, second.round.anonymous) == (
        first.round.voters,
        first.round.anonymous,
    )
    # navigated to the new round
    assert nav_selected(window) == Node("voting", new_id, workshop_id)
    page = voting_page(window)
    assert page.round_id == new_id
    assert nav_children(window, Node("votings", 0, workshop_id))[-1] == second.round.title

    # the last of the shortlist gets all the dots: it moves up, the others move down or stay
    last = max(top, key=lambda label: first.result(label).rank)
    cast(qtbot, page, {second.option(last).id: (second.round.cap, 0)})
    click(qtbot, button(page, "closeVoting"))
    click(qtbot, button(page, "revealResults"))

    page.tabs.setCurrentIndex(2)
    assert headers(page.results.table)[MOVE] == "Since the previous round"
    now = voting_file(demo_path).rounds[new_id]
    assert {label: row[MOVE] for label, row in results_by_label(page).items()} == {
        label: move_text(first.result(label).rank, now.result(label).rank) for label in top
    }
    assert results_by_label(page)[last][MOVE].startswith("▲")


def test_a_second_round_on_the_tied_options(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    disk = voting_file(demo_path)
    board_id = disk.rounds[min(disk.rounds)].round.board_id
    runoff_of = disk.of_board(board_id)[1]  # the demo's second round has a tie
    shared = {}
    for r in runoff_of.results:
        shared.setdefault(r.rank, set()).add(runoff_of.label(r.option_id))
    tied = next(labels for _rank, labels in sorted(shared.items()) if len(labels) > 1)
    workshop_id = window.document.board(board_id).workshop_id
    page = show_round(qtbot, window, runoff_of.round.id, workshop_id)
    fake_dialogs.answer_choose(1)

    click(qtbot, button(page, "secondRound"))

    [asked] = [c for c in fake_dialogs.calls if c.kind == "choose"]
    assert f"'The tied options ({len(tied)})'" in asked.text
    after = voting_file(demo_path)
    [new_id] = set(after.rounds) - set(disk.rounds)
    assert {o.label for o in after.rounds[new_id].options} == tied
    assert after.rounds[new_id].round.previous_round_id == runoff_of.round.id
    assert voting_page(window).round_id == new_id


def test_second_round_is_only_offered_for_a_revealed_round_and_can_be_cancelled(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs)
    assert not button(page, "secondRound").isEnabled()
    disk = voting_file(demo_path)
    first = disk.of_board(page.round.board_id)[0]
    page = show_round(
        qtbot, window, first.round.id, window.document.board(first.round.board_id).workshop_id
    )
    fake_dialogs.answer_choose(None)

    click(qtbot, button(page, "secondRound"))

    assert voting_file(demo_path) == disk
    assert voting_page(window).round_id == first.round.id


# -- settings and deleting -------------------------------------------------------------------


def test_changing_the_settings_after_ballots_asks_first_and_keeps_the_ballots(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, dots=3, cap=2)
    option = voting_file(demo_path).rounds[page.round_id].options[0]
    cast(qtbot, page, {option.id: (2, 0)})
    before = voting_file(demo_path)

    fake_dialogs.answer_confirm(False)  # not now
    click(qtbot, button(page, "roundSettings"))
    assert voting_file(demo_path) == before

    seen: dict = {}
    fake_dialogs.answer_confirm(True).answer_run(setup(dots=5, cap=2, seen=seen))
    click(qtbot, button(page, "roundSettings"))

    asked = [c for c in fake_dialogs.calls if c.kind == "confirm"]
    assert [c.title for c in asked] == ["Voting settings", "Voting settings"]
    assert "recorded" in asked[-1].text
    assert (seen["title"], seen["dots"]) == ("Voting settings", 3)  # shows the round's values
    after = voting_file(demo_path).rounds[page.round_id]
    assert (after.round.dots, after.round.cap) == (5, 2)
    assert after.ballots == before.rounds[page.round_id].ballots
    assert after.options == before.rounds[page.round_id].options
    assert page.summary.text().startswith("5 green dot(s) per person")
    assert left_text(page) == "5 green dot(s) left"

    undo(window)
    assert voting_file(demo_path) == before
    assert page.summary.text().startswith("3 green dot(s) per person")


def test_settings_of_a_round_without_votes_open_at_once(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, dots=3)
    fake_dialogs.answer_run(setup(dots=4, red=2, cap=2, anonymous=False, hidden=False))

    click(qtbot, button(page, "roundSettings"))

    r = voting_file(demo_path).rounds[page.round_id].round
    assert (r.dots, r.red_dots, r.cap, r.anonymous, r.hidden) == (4, 2, 2, False, False)
    assert headers(page.paper_view) == ["Option", "Green dots", "Red dots"]


def test_deleting_a_round_and_undo(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs)
    round_id, title = page.round_id, page.round.title
    workshop_id = window.document.board(page.round.board_id).workshop_id
    option = voting_file(demo_path).rounds[round_id].options[0]
    cast(qtbot, page, {option.id: (1, 0)})
    before = voting_file(demo_path)

    fake_dialogs.answer_confirm(False)
    click(qtbot, button(page, "deleteRound"))
    assert voting_file(demo_path) == before

    fake_dialogs.answer_confirm(True)
    click(qtbot, button(page, "deleteRound"))

    asked = [c for c in fake_dialogs.calls if c.kind == "confirm"][-1]
    assert asked.title == "Delete round"
    assert title in asked.text
    after = voting_file(demo_path)
    assert round_id not in after.rounds
    assert after.rounds == {k: v for k, v in before.rounds.items() if k != round_id}
    assert title not in nav_children(window, Node("votings", 0, workshop_id))
    assert not isinstance(current_page(window), VotingPage)  # the page moved on

    undo(window)
    assert voting_file(demo_path) == before  # with its ballot
    assert nav_children(window, Node("votings", 0, workshop_id))[-1] == title


# -- the demo's rounds -----------------------------------------------------------------------


@pytest.mark.parametrize("which", [0, 1], ids=["first-round", "second-round"])
def test_the_demo_rounds_show_their_ranks(
    qtbot, window: MainWindow, demo_path: Path, which: int
) -> None:
    open_demo(window, demo_path)
    disk = voting_file(demo_path)
    board_id = disk.rounds[min(disk.rounds)].round.board_id
    round_ = disk.of_board(board_id)[which]
    assert round_.round.state == "revealed"
    workshop_id = window.document.board(board_id).workshop_id
    assert nav_children(window, Node("votings", 0, workshop_id))[which] == round_.round.title

    page = show_round(qtbot, window, round_.round.id, workshop_id)
    page.tabs.setCurrentIndex(2)

    assert page.results.table.isVisible()
    ranks = rank_texts(round_.results)
    shown = results_by_label(page)
    assert {label: row[RANK] for label, row in shown.items()} == {
        round_.label(r.option_id): ranks[r.option_id] for r in round_.results
    }
    assert {label: row[GREEN : NET + 1] for label, row in shown.items()} == {
        round_.label(r.option_id): [str(r.green), str(r.red), net_text(r.net)]
        for r in round_.results
    }
    assert [int(rank.split(".")[0]) for rank in column(page.results.table, RANK)] == sorted(
        r.rank for r in round_.results
    )
    tied = [r for r in round_.results if r.tied_with]
    if which == 1:
        assert tied, "the demo's second round has a tie"
        assert headers(page.results.table)[MOVE] == "Since the previous round"
    if tied:
        rank = tied[0].rank
        names = [round_.label(r.option_id) for r in tied if r.rank == rank]
        line = next(t for t in page.results.ties.text().split("\n") if t.startswith(f"{rank}."))
        assert line.startswith(f"{rank}. (shared): ")
        assert sorted(line.split(": ", 1)[1].split(", ")) == sorted(names)
    else:
        assert page.results.ties.text() == "No ties: every option has a rank of its own."


# -- read-only -------------------------------------------------------------------------------


def test_a_read_only_file_shows_rounds_but_allows_no_entry(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    page = start_round(qtbot, window, fake_dialogs, dots=2)
    round_id = page.round_id
    workshop_id = window.document.board(page.round.board_id).workshop_id
    option = voting_file(demo_path).rounds[round_id].options[0]
    cast(qtbot, page, {option.id: (1, 0)})
    window.close_project()
    before = sha256(demo_path)
    window.set_document(ProjectDocument.open(demo_path, read_only=True))

    page = show_round(qtbot, window, round_id, workshop_id)

    assert page.heading.text().endswith("— open")
    for name in (
        "closeVoting",
        "revealResults",
        "secondRound",
        "roundSettings",
        "deleteRound",
        "castBallot",
        "abstain",
        "withdrawBallot",
    ):
        assert not button(page, name).isEnabled(), name
    assert not page.ballots.voter.isEnabled()
    assert not page.ballots.table.isEnabled()
    page.tabs.setCurrentIndex(1)
    for col in (GREEN_COLUMN,):
        assert not page.paper.flags(page.paper.index(0, col)) & Qt.ItemFlag.ItemIsEditable
    click_cell(qtbot, page.paper_view, 0, GREEN_COLUMN)
    type_keys(qtbot, "5")
    assert page.paper_view.state() != QAbstractItemView.State.EditingState
    window.close_project()
    assert sha256(demo_path) == before


def test_a_read_only_board_offers_no_dot_voting(qtbot, window: MainWindow, demo_path: Path) -> None:
    """Like every other editing action of the board, Dot-voting… is disabled when read-only."""
    window.set_document(ProjectDocument.open(demo_path, read_only=True))
    board = show_board(qtbot, window)
    assert not board.new_card_action.isEnabled()

    assert not board.voting_action.isEnabled()


def test_a_second_round_on_options_picked_by_hand(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    disk = voting_file(demo_path)
    first = disk.rounds[min(disk.rounds)]
    board_id = first.round.board_id
    workshop_id = window.document.board(board_id).workshop_id
    page = show_round(qtbot, window, first.round.id, workshop_id)
    ranked = sorted(first.results, key=lambda r: (r.rank, r.option_id))
    picked = {ranked[-1].option_id, ranked[-2].option_id}  # the last two, not the top third
    offered: list[set[str]] = []

    def pick(dialog) -> bool:  # type: ignore[no-untyped-def]
        offered.append({dialog.list.item(i).text() for i in range(dialog.list.count())})
        dialog.set_checked(picked)
        return True

    ranks = [r.rank for r in first.results]
    has_tie = len(set(ranks)) < len(ranks)
    fake_dialogs.answer_choose(2 if has_tie else 1).answer_run(pick)  # the last choice
    click(qtbot, button(page, "secondRound"))
    [asked] = [c for c in fake_dialogs.calls if c.kind == "choose"]
    assert "Options I pick…" in asked.text

    assert len(offered[0]) == len(first.options)  # every option of the round was offered
    after = voting_file(demo_path)
    [new_id] = set(after.rounds) - set(disk.rounds)
    assert {o.label for o in after.rounds[new_id].options} == {first.label(i) for i in picked}
    assert {o.previous_option_id for o in after.rounds[new_id].options} == picked
    assert voting_page(window).round_id == new_id
