"""The clustering board as the moderator uses it: dragging with the mouse, selecting, typing
cards in place, clusters, zoom and pan, search, duplicates, boards in the Workshop menu.

Mouse gestures are real mouse events on the view's viewport (RELIABILITY.md, "Qt testing
facts"); every change is checked in the `.scw` file on disk, and undone and redone.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from ui_helpers import (
    KICK_OFF,
    FakeDialogs,
    current_page,
    focus,
    nav_children,
    nav_rows,
    nav_selected,
    on_disk,
    open_demo,
    page_label,
    properties_child,
    select_workshop,
    sha256,
    type_into,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.domain import board as geometry
from smartcity_desktop.domain.model import Card, CardColour, CardSource, Cluster, FieldOfAction
from smartcity_desktop.store import ProjectFile
from smartcity_desktop.store import board as store_board
from smartcity_desktop.ui import palette
from smartcity_desktop.ui.board_page import BoardPage
from smartcity_desktop.ui.board_view import InlineLineEditor, InlineTextEditor
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.widgets import CommitLineEdit

LEFT = Qt.MouseButton.LeftButton
MIDDLE = Qt.MouseButton.MiddleButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_KEYS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier

# -- what the file holds ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BoardFile:
    """One board and the fields of action, as the `.scw` file on disk holds them."""

    cards: dict[int, Card]
    clusters: dict[int, Cluster]
    fields: dict[int, FieldOfAction]

    def loose(self) -> list[Card]:
        return [c for c in self.cards.values() if c.cluster_id is None]

    def members(self, cluster_id: int) -> list[Card]:
        return [c for c in self.cards.values() if c.cluster_id == cluster_id]

    def fields_of(self, cluster_id: int) -> list[FieldOfAction]:
        return [f for f in self.fields.values() if cluster_id in f.cluster_ids]


def board_file(path: Path, board_id: int) -> BoardFile:
    """Read a copy of the bytes on disk now (the app holds the lock; see `on_disk`)."""
    folder = Path(tempfile.mkdtemp(prefix="scw-board-"))
    try:
        copy = folder / "copy.scw"
        shutil.copyfile(path, copy)
        pf = ProjectFile.open(copy, read_only=True)
        try:
            assert pf.integrity_check() == []
            return BoardFile(
                cards={c.id: c for c in store_board.list_cards(pf, board_id)},
                clusters={c.id: c for c in store_board.list_clusters(pf, board_id)},
                fields={f.id: f for f in store_board.list_fields(pf)},
            )
        finally:
            pf.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def frame_of(cluster: Cluster) -> QRectF:
    return QRectF(cluster.x, cluster.y, cluster.width, cluster.height)


def rect_of(card: Card) -> QRectF:
    return QRectF(card.x, card.y, geometry.CARD_WIDTH, geometry.CARD_HEIGHT)


def centre_of(card: Card) -> QPointF:
    return rect_of(card).center()


def header_of(cluster: Cluster) -> QPointF:
    """A point on a cluster's title bar (the only part of the frame that takes the mouse)."""
    return QPointF(cluster.x + cluster.width / 2, cluster.y + 20)


def overlapping(rects: Iterable[QRectF]) -> list[tuple[int, int]]:
    """Pairs of rectangles (by index) that overlap by more than an edge."""
    rects = list(rects)
    return [
        (i, j)
        for i in range(len(rects))
        for j in range(i + 1, len(rects))
        if rects[i].intersected(rects[j]).width() > 0.5
        and rects[i].intersected(rects[j]).height() > 0.5
    ]


# -- the board on screen ---------------------------------------------------------------------------


def show_node(window: MainWindow, node: Node) -> None:
    """Pick an entry in the navigator, as a click does."""
    assert window.navigator is not None
    window.navigator.setCurrentIndex(window.navigator.nav_model().index_of(node))


def board_node(window: MainWindow) -> Node:
    """The kick-off workshop's board (the demo's clustering result)."""
    return next(r.node for r in nav_rows(window) if r.node.kind == "board")


def open_board(qtbot, window: MainWindow, demo_path: Path) -> BoardPage:
    open_demo(window, demo_path)
    show_node(window, board_node(window))
    page = current_page(window)
    assert isinstance(page, BoardPage)
    # The page fits the whole board into view once it is shown.
    qtbot.waitUntil(lambda: page.view.zoom() < 1, timeout=2000)
    return page


def make_room(page: BoardPage) -> None:
    """Zoom out a step, so there is empty canvas around the board to drop things on."""
    page.view.zoom_out()


def visible_rect(page: BoardPage) -> QRectF:
    view = page.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def free_spot(page: BoardPage, width: float = geometry.CARD_WIDTH) -> QPointF:
    """The top-left corner of a card-sized piece of empty canvas in view, clear of every
    card and frame by a margin."""
    margin = 30.0
    area = visible_rect(page).adjusted(80, 80, -80, -80)
    occupied = [item.sceneBoundingRect() for item in page.scene.items()]
    y = area.top()
    while y + geometry.CARD_HEIGHT + 2 * margin < area.bottom():
        x = area.left()
        while x + width + 2 * margin < area.right():
            rect = QRectF(x, y, width + 2 * margin, geometry.CARD_HEIGHT + 2 * margin)
            if not any(rect.intersects(o) for o in occupied):
                return QPointF(x + margin, y + margin)
            x += 40
        y += 40
    raise AssertionError("no empty canvas in view")


def _send(view, kind: QEvent.Type, at: QPoint, button, buttons, keys) -> None:
    viewport = view.viewport()
    event = QMouseEvent(kind, QPointF(at), QPointF(viewport.mapToGlobal(at)), button, buttons, keys)
    QApplication.sendEvent(viewport, event)


def drag(view, start: QPointF, end: QPointF, button=LEFT, keys=NO_KEYS, steps: int = 6) -> QPointF:
    """Press at scene point `start`, move there in steps with the button held, release at
    `end`. Returns the distance the mouse travelled in scene units, as the view maps it."""
    a = view.mapFromScene(start)
    b = view.mapFromScene(end)
    _send(view, QEvent.Type.MouseButtonPress, a, button, button, keys)
    for i in range(1, steps + 1):
        _send(view, QEvent.Type.MouseMove, a + (b - a) * (i / steps), NO_BUTTON, button, keys)
    _send(view, QEvent.Type.MouseButtonRelease, b, button, NO_BUTTON, keys)
    return view.mapToScene(b) - view.mapToScene(a)


def click(view, at: QPointF, keys=NO_KEYS) -> None:
    point = view.mapFromScene(at)
    _send(view, QEvent.Type.MouseButtonPress, point, LEFT, LEFT, keys)
    _send(view, QEvent.Type.MouseButtonRelease, point, LEFT, NO_BUTTON, keys)


def double_click(view, at: QPointF) -> None:
    """What the window system delivers for a double-click: press, release, double, release."""
    point = view.mapFromScene(at)
    _send(view, QEvent.Type.MouseButtonPress, point, LEFT, LEFT, NO_KEYS)
    _send(view, QEvent.Type.MouseButtonRelease, point, LEFT, NO_BUTTON, NO_KEYS)
    _send(view, QEvent.Type.MouseButtonDblClick, point, LEFT, LEFT, NO_KEYS)
    _send(view, QEvent.Type.MouseButtonRelease, point, LEFT, NO_BUTTON, NO_KEYS)


def menu_action(menu: QMenu, *path: str) -> QAction:
    """The action reached through `path` of (sub)menu texts."""
    *submenus, last = path
    for text in submenus:
        found = [a.menu() for a in menu.actions() if a.text() == text and a.menu()]
        assert found, f"no submenu {text!r} in {[a.text() for a in menu.actions()]}"
        menu = found[0]
    actions = [a for a in menu.actions() if a.text() == last]
    assert actions, f"no {last!r} in {[a.text() for a in menu.actions()]}"
    return actions[0]


def card_editor(page: BoardPage) -> InlineTextEditor:
    editors = [e for e in page.view.findChildren(InlineTextEditor) if e.isVisible()]
    assert len(editors) == 1, "one in-place card editor should be open"
    assert editors[0].objectName() == "inlineCardEditor"
    return editors[0]


def no_open_editor(page: BoardPage) -> bool:
    editors = page.view.findChildren(InlineTextEditor) + page.view.findChildren(InlineLineEditor)
    return not any(e.isVisible() for e in editors)


def type_text(qtbot, widget, text: str) -> None:
    """Type `text` key by key. QTest only knows ASCII keys (it aborts on "ä"), so other
    characters arrive as a key event carrying just the text, as a keyboard layout sends them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, NO_KEYS, char))


def undo(window: MainWindow) -> None:
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()


def redo(window: MainWindow) -> None:
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()


def loose_pair(board: BoardFile) -> tuple[Card, Card]:
    """Two loose cards side by side in the same row."""
    loose = sorted(board.loose(), key=lambda c: (c.y, c.x))
    for a, b in itertools.pairwise(loose):
        if a.y == b.y:
            return a, b
    raise AssertionError("the demo board should have loose cards in a row")


# -- dragging with the mouse -----------------------------------------------------------------------


def test_dragging_a_loose_card_into_a_cluster_joins_it_and_grows_the_frame(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    make_room(page)
    before = board_file(demo_path, page.board_id)
    card = before.loose()[0]
    # the cluster nearest the free canvas on the right, so its right edge is in view
    cluster = max(before.clusters.values(), key=lambda c: c.x + c.width)
    frame = frame_of(cluster)
    # drop with the card's centre just inside the right edge: the card sticks out
    target = QPointF(frame.right() - 20, frame.center().y())
    assert visible_rect(page).contains(target + QPointF(150, 0))

    moved = drag(page.view, centre_of(card), target)

    after = board_file(demo_path, page.board_id)
    new = after.cards[card.id]
    assert new.cluster_id == cluster.id
    assert (new.x, new.y) == pytest.approx((card.x + moved.x(), card.y + moved.y()))
    grown = frame_of(after.clusters[cluster.id])
    assert grown.width() > frame.width()  # the frame grew to hold the card
    assert grown.contains(rect_of(new))
    assert grown.topLeft() == frame.topLeft()
    assert window.document.undo_stack.count() == 1
    assert page.scene.cards[card.id].card.cluster_id == cluster.id
    assert page_label(window, "boardCount").endswith(f"{len(before.loose()) - 1} not yet sorted")

    undo(window)
    assert board_file(demo_path, page.board_id) == before
    assert page.scene.cards[card.id].pos() == QPointF(card.x, card.y)
    redo(window)
    assert board_file(demo_path, page.board_id) == after


def test_dragging_a_card_out_of_its_cluster_makes_it_loose(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    make_room(page)
    before = board_file(demo_path, page.board_id)
    cluster = next(iter(before.clusters.values()))
    card = before.members(cluster.id)[0]
    spot = free_spot(page)

    moved = drag(page.view, centre_of(card), spot + (centre_of(card) - QPointF(card.x, card.y)))

    after = board_file(demo_path, page.board_id)
    assert after.cards[card.id].cluster_id is None
    assert (after.cards[card.id].x, after.cards[card.id].y) == pytest.approx(
        (card.x + moved.x(), card.y + moved.y())
    )
    assert after.clusters == before.clusters  # a frame never shrinks on its own
    assert window.document.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Take 1 card(s) out of their cluster"

    undo(window)
    assert board_file(demo_path, page.board_id) == before
    redo(window)
    assert board_file(demo_path, page.board_id) == after


def test_dragging_a_cluster_by_its_header_moves_its_cards_along(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    make_room(page)
    before = board_file(demo_path, page.board_id)
    cluster = next(c for c in before.clusters.values() if before.members(c.id))
    start = header_of(cluster)

    moved = drag(page.view, start, start + QPointF(180, 90))

    after = board_file(demo_path, page.board_id)
    dx, dy = moved.x(), moved.y()
    assert (dx, dy) != (0, 0)
    new = after.clusters[cluster.id]
    assert (new.x, new.y) == pytest.approx((cluster.x + dx, cluster.y + dy))
    assert (new.width, new.height) == pytest.approx((cluster.width, cluster.height))
    for card in before.members(cluster.id):
        moved_card = after.cards[card.id]
        assert moved_card.cluster_id == cluster.id
        assert (moved_card.x, moved_card.y) == pytest.approx((card.x + dx, card.y + dy))
    others = {cid: c for cid, c in after.cards.items() if c.cluster_id != cluster.id}
    assert others == {cid: c for cid, c in before.cards.items() if c.cluster_id != cluster.id}
    assert {k: v for k, v in after.clusters.items() if k != cluster.id} == {
        k: v for k, v in before.clusters.items() if k != cluster.id
    }
    assert window.document.undo_stack.count() == 1

    undo(window)
    assert board_file(demo_path, page.board_id) == before
    assert page.scene.clusters[cluster.id].pos() == QPointF(cluster.x, cluster.y)
    redo(window)
    assert board_file(demo_path, page.board_id) == after


def test_dropping_a_loose_card_on_another_starts_a_cluster(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    target, dropped = loose_pair(before)
    fake_dialogs.answer_confirm(True).answer_text("Titel")

    drag(page.view, centre_of(dropped), centre_of(target) + QPointF(30, 10))

    [asked] = [c for c in fake_dialogs.calls if c.kind == "confirm"]
    assert asked.title == "Start a cluster"
    after = board_file(demo_path, page.board_id)
    [new_id] = set(after.clusters) - set(before.clusters)
    assert after.clusters[new_id].title == "Titel"
    assert {c.id for c in after.members(new_id)} == {target.id, dropped.id}
    frame = frame_of(after.clusters[new_id])
    for card_id in (target.id, dropped.id):
        assert frame.contains(rect_of(after.cards[card_id]))
    assert window.document.undo_stack.count() == 1  # the drop and the new cluster: one step

    undo(window)
    assert board_file(demo_path, page.board_id) == before
    assert page.scene.cards[dropped.id].pos() == QPointF(dropped.x, dropped.y)
    assert new_id not in page.scene.clusters
    redo(window)
    assert board_file(demo_path, page.board_id) == after


@pytest.mark.parametrize(
    ("start_cluster", "title"), [(False, None), (True, None)], ids=["declined", "no-title"]
)
def test_dropping_a_loose_card_on_another_without_a_cluster_just_moves_it(
    qtbot,
    window: MainWindow,
    demo_path: Path,
    fake_dialogs: FakeDialogs,
    start_cluster: bool,
    title: str | None,
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    target, dropped = loose_pair(before)
    fake_dialogs.answer_confirm(start_cluster)
    if start_cluster:
        fake_dialogs.answer_text(title)

    moved = drag(page.view, centre_of(dropped), centre_of(target) + QPointF(30, 10))

    after = board_file(demo_path, page.board_id)
    assert after.clusters == before.clusters
    card = after.cards[dropped.id]
    assert card.cluster_id is None
    assert (card.x, card.y) == pytest.approx((dropped.x + moved.x(), dropped.y + moved.y()))
    assert window.document.undo_stack.count() == 1
    undo(window)
    assert board_file(demo_path, page.board_id) == before


def test_a_read_only_board_puts_a_dragged_card_back(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    hash_before = sha256(demo_path)
    window.set_document(ProjectDocument.open(demo_path, read_only=True))
    show_node(window, board_node(window))
    page = current_page(window)
    assert isinstance(page, BoardPage)
    card = board_file(demo_path, page.board_id).loose()[0]

    drag(page.view, centre_of(card), centre_of(card) + QPointF(150, 90))

    [warning] = fake_dialogs.take("warn")
    assert "read-only" in warning.text
    assert page.scene.cards[card.id].pos() == QPointF(card.x, card.y)  # back where it was
    assert window.document.undo_stack.count() == 0
    assert sha256(demo_path) == hash_before


# -- selecting -------------------------------------------------------------------------------------


def test_rubber_band_selects_exactly_the_cards_it_touches(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    board = board_file(demo_path, page.board_id)
    row = sorted((c for c in board.loose() if c.y == board.loose()[0].y), key=lambda c: c.x)
    assert len(row) >= 4
    start = QPointF(row[0].x - 30, row[0].y - 20)  # empty canvas above-left of the row
    assert page.scene.itemAt(start, page.view.transform()) is None
    end = centre_of(row[2])

    drag(page.view, start, end)

    view = page.view
    band = QRectF(
        view.mapToScene(view.mapFromScene(start)), view.mapToScene(view.mapFromScene(end))
    ).normalized()
    expected = {c.id for c in board.cards.values() if band.intersects(rect_of(c))}
    assert expected == {c.id for c in row[:3]}
    assert set(page.scene.selected_card_ids()) == expected
    headers = {
        c.id for c in board.clusters.values() if band.intersects(QRectF(c.x, c.y, c.width, 44))
    }
    assert set(page.scene.selected_cluster_ids()) == headers
    assert properties_child(window, type(page.count_label), "boardSelectionHeading").text() == (
        "3 card(s) selected"
    )
    assert window.document.undo_stack.count() == 0


def test_ctrl_click_adds_and_removes_and_ctrl_a_selects_all_cards(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    board = board_file(demo_path, page.board_id)
    a, b, c = list(board.cards.values())[:3]
    view = page.view

    click(view, centre_of(a))
    assert page.scene.selected_card_ids() == [a.id]
    click(view, centre_of(b), CTRL)
    click(view, centre_of(c), CTRL)
    assert set(page.scene.selected_card_ids()) == {a.id, b.id, c.id}
    click(view, centre_of(a), CTRL)
    assert set(page.scene.selected_card_ids()) == {b.id, c.id}
    click(view, centre_of(a))  # a plain click selects just that one
    assert page.scene.selected_card_ids() == [a.id]

    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    assert sorted(page.scene.selected_card_ids()) == sorted(board.cards)
    assert page.scene.selected_cluster_ids() == []
    assert window.document.undo_stack.count() == 0


def test_dragging_one_of_five_selected_cards_moves_all_five(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    five = sorted(before.loose(), key=lambda c: c.id)[:5]
    view = page.view
    click(view, centre_of(five[0]))
    for card in five[1:]:
        click(view, centre_of(card), CTRL)
    assert set(page.scene.selected_card_ids()) == {c.id for c in five}

    moved = drag(view, centre_of(five[2]), centre_of(five[2]) + QPointF(24, 60))

    after = board_file(demo_path, page.board_id)
    dx, dy = moved.x(), moved.y()
    assert (dx, dy) != (0, 0)
    for card in five:
        now = after.cards[card.id]
        assert (now.x, now.y) == pytest.approx((card.x + dx, card.y + dy))
        assert now.cluster_id is None
    moved_ids = {c.id for c in five}
    assert {k: v for k, v in after.cards.items() if k not in moved_ids} == {
        k: v for k, v in before.cards.items() if k not in moved_ids
    }
    assert window.document.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Move 5 card(s)"

    undo(window)
    assert board_file(demo_path, page.board_id) == before
    redo(window)
    assert board_file(demo_path, page.board_id) == after


# -- new cards, editing in place, deleting ---------------------------------------------------------


def test_key_n_types_a_new_card_in_place(qtbot, window: MainWindow, demo_path: Path) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    view = page.view
    focus(qtbot, view)

    qtbot.keyClick(view, Qt.Key.Key_N)
    editor = card_editor(page)
    type_text(qtbot, editor, "Sitzbänke mit Solar-Ladestation")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    after = board_file(demo_path, page.board_id)
    [new_id] = set(after.cards) - set(before.cards)
    card = after.cards[new_id]
    assert card.text == "Sitzbänke mit Solar-Ladestation"
    assert card.source == CardSource.WORKSHOP
    assert page.scene.selected_card_ids() == [new_id]
    assert no_open_editor(page)
    assert window.undo_action.text() == "&Undo Add card"

    # Esc: nothing is added
    qtbot.keyClick(view, Qt.Key.Key_N)
    editor = card_editor(page)
    type_text(qtbot, editor, "Verworfen")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert board_file(demo_path, page.board_id) == after
    assert no_open_editor(page)
    assert window.document.undo_stack.count() == 1

    undo(window)
    assert board_file(demo_path, page.board_id) == before
    assert new_id not in page.scene.cards


def test_double_click_on_empty_canvas_types_a_new_card_there(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    make_room(page)
    before = board_file(demo_path, page.board_id)
    spot = free_spot(page)
    at = spot + QPointF(geometry.CARD_WIDTH / 2, geometry.CARD_HEIGHT / 2)

    double_click(page.view, at)
    editor = card_editor(page)
    type_text(qtbot, editor, "Trinkbrunnen mit Füllstandsanzeige")
    qtbot.keyClick(editor, Qt.Key.Key_Enter)

    after = board_file(demo_path, page.board_id)
    [new_id] = set(after.cards) - set(before.cards)
    card = after.cards[new_id]
    assert card.text == "Trinkbrunnen mit Füllstandsanzeige"
    assert card.cluster_id is None
    where = page.view.mapToScene(page.view.mapFromScene(at))
    assert centre_of(card) == where  # centred where the moderator double-clicked
    assert window.document.undo_stack.count() == 1
    undo(window)
    assert board_file(demo_path, page.board_id) == before


def test_a_new_card_typed_into_a_gap_of_a_cluster_joins_it(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    # a cluster whose grid has a free slot inside its frame
    for cluster in before.clusters.values():
        count = len(before.members(cluster.id))
        slots, _frame = geometry.tidy_cluster(geometry.Rect(cluster.x, cluster.y, 0, 0), count + 1)
        gap = QPointF(*slots[count]) + QPointF(geometry.CARD_WIDTH / 2, geometry.CARD_HEIGHT / 2)
        if frame_of(cluster).contains(gap):
            break
    else:
        raise AssertionError("no cluster of the demo has a gap")
    assert page.scene.itemAt(gap, page.view.transform()) is None  # inside the frame, no card

    menu = page.build_context_menu(gap)  # right-click on the gap ▸ New card here
    menu_action(menu, "New card here").trigger()
    editor = card_editor(page)
    type_text(qtbot, editor, "Digitale Terminbuchung auch per Telefon-Bot")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    after = board_file(demo_path, page.board_id)
    [new_id] = set(after.cards) - set(before.cards)
    assert after.cards[new_id].cluster_id == cluster.id
    assert frame_of(after.clusters[cluster.id]).contains(rect_of(after.cards[new_id]))
    assert page.scene.clusters[cluster.id].count == count + 1
    undo(window)
    assert board_file(demo_path, page.board_id) == before
    assert page.scene.clusters[cluster.id].count == count


def test_double_click_on_a_card_edits_its_text_in_place(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    card = next(iter(before.cards.values()))

    double_click(page.view, centre_of(card))
    editor = card_editor(page)
    assert editor.toPlainText() == card.text
    type_text(qtbot, editor, "Termine online buchen")  # the old text is selected: replaced
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    after = board_file(demo_path, page.board_id)
    assert after.cards[card.id].text == "Termine online buchen"
    assert {k: v for k, v in after.cards.items() if k != card.id} == {
        k: v for k, v in before.cards.items() if k != card.id
    }
    assert window.undo_action.text() == "&Undo Edit card"
    undo(window)
    assert board_file(demo_path, page.board_id) == before
    redo(window)
    assert board_file(demo_path, page.board_id) == after


def test_delete_key_deletes_the_selected_cards(qtbot, window: MainWindow, demo_path: Path) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    cluster = next(iter(before.clusters.values()))
    doomed = [before.members(cluster.id)[0], before.loose()[0]]
    click(page.view, centre_of(doomed[0]))
    click(page.view, centre_of(doomed[1]), CTRL)
    focus(qtbot, page.view)

    qtbot.keyClick(page.view, Qt.Key.Key_Delete)

    after = board_file(demo_path, page.board_id)
    assert set(before.cards) - set(after.cards) == {c.id for c in doomed}
    assert len(after.cards) == len(before.cards) - 2
    assert all(c.id not in page.scene.cards for c in doomed)
    assert window.document.undo_stack.count() == 1
    undo(window)
    assert board_file(demo_path, page.board_id) == before  # back in their cluster, same place
    assert all(c.id in page.scene.cards for c in doomed)


# -- clusters --------------------------------------------------------------------------------------


def test_clustering_the_selected_cards(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    three = sorted(before.loose(), key=lambda c: c.id)[:3]
    page.scene.select_ids([c.id for c in three])

    fake_dialogs.answer_text(None)  # Cancel: nothing happens
    page.cluster_action.trigger()
    assert board_file(demo_path, page.board_id) == before

    fake_dialogs.answer_text("  Mobilität  ")
    page.cluster_action.trigger()
    after = board_file(demo_path, page.board_id)
    [new_id] = set(after.clusters) - set(before.clusters)
    cluster = after.clusters[new_id]
    assert cluster.title == "Mobilität"
    assert {c.id for c in after.members(new_id)} == {c.id for c in three}
    for card in after.members(new_id):
        assert frame_of(cluster).contains(rect_of(card))
    assert overlapping(rect_of(c) for c in after.members(new_id)) == []
    assert page.scene.selected_cluster_ids() == [new_id]
    assert properties_child(window, CommitLineEdit, "clusterTitle").text() == "Mobilität"
    assert window.document.undo_stack.count() == 1
    undo(window)
    assert board_file(demo_path, page.board_id) == before
    assert new_id not in page.scene.clusters


def promoted(board: BoardFile) -> Cluster:
    """A cluster promoted to a field of action that carries its title."""
    return next(
        c for c in board.clusters.values() if any(f.title == c.title for f in board.fields_of(c.id))
    )


def test_renaming_a_promoted_cluster_in_place_renames_its_field(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    cluster = promoted(before)
    [field] = before.fields_of(cluster.id)

    double_click(page.view, header_of(cluster))
    editors = [e for e in page.view.findChildren(InlineLineEditor) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    assert editor.objectName() == "inlineTitleEditor"
    assert editor.text() == cluster.title
    type_text(qtbot, editor, "Digitale Verwaltung")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    after = board_file(demo_path, page.board_id)
    assert after.clusters[cluster.id].title == "Digitale Verwaltung"
    assert after.fields[field.id].title == "Digitale Verwaltung"
    assert after.fields[field.id].description == field.description
    assert nav_children(window, Node("strategy"))[1] == f"Fields of action ({len(before.fields)})"
    assert window.document.undo_stack.count() == 1
    undo(window)
    assert board_file(demo_path, page.board_id) == before
    assert page.scene.clusters[cluster.id].cluster.title == cluster.title


def test_renaming_a_cluster_in_the_properties_panel(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    cluster = next(c for c in before.clusters.values() if not before.fields_of(c.id))

    click(page.view, header_of(cluster))
    assert page.scene.selected_cluster_ids() == [cluster.id]
    title = properties_child(window, CommitLineEdit, "clusterTitle")
    assert title.text() == cluster.title
    type_into(qtbot, title, "Wohnen und Quartier")

    after = board_file(demo_path, page.board_id)
    assert after.clusters[cluster.id].title == "Wohnen und Quartier"
    assert after.fields == before.fields  # not promoted: no field of action to rename
    undo(window)
    assert board_file(demo_path, page.board_id) == before
    assert properties_child(window, CommitLineEdit, "clusterTitle").text() == cluster.title


def test_merging_two_clusters_via_the_context_menu(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    by_size = sorted(before.clusters.values(), key=lambda c: len(before.members(c.id)))
    small, big = by_size[0], by_size[-1]
    assert len(before.members(small.id)) < len(before.members(big.id))
    click(page.view, header_of(small))
    click(page.view, header_of(big), CTRL)
    assert set(page.scene.selected_cluster_ids()) == {small.id, big.id}

    menu = page.build_context_menu(header_of(big))
    menu_action(menu, "Merge clusters").trigger()

    after = board_file(demo_path, page.board_id)
    assert small.id not in after.clusters
    members = after.members(big.id)
    assert {c.id for c in members} == {c.id for c in before.members(small.id)} | {
        c.id for c in before.members(big.id)
    }
    for card in members:
        assert frame_of(after.clusters[big.id]).contains(rect_of(card))
    assert overlapping(rect_of(c) for c in members) == []
    for field in before.fields_of(small.id):  # the links pass to the cluster that remains
        assert big.id in after.fields[field.id].cluster_ids
    assert window.document.undo_stack.count() == 1
    undo(window)
    assert board_file(demo_path, page.board_id) == before
    assert small.id in page.scene.clusters


@pytest.mark.parametrize("choice", [0, 1, None], ids=["keep-cards", "delete-cards", "cancel"])
def test_deleting_a_cluster_asks_what_becomes_of_its_cards(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs, choice: int | None
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    cluster = promoted(before)
    members = {c.id for c in before.members(cluster.id)}
    click(page.view, header_of(cluster))
    fake_dialogs.answer_choose(choice)

    menu = page.build_context_menu(header_of(cluster))
    menu_action(menu, "Delete").trigger()

    [asked] = [c for c in fake_dialogs.calls if c.kind == "choose"]
    assert f"hold {len(members)} card(s)" in asked.text
    after = board_file(demo_path, page.board_id)
    if choice is None:
        assert after == before
        assert window.document.undo_stack.count() == 0
        return
    assert cluster.id not in after.clusters
    assert cluster.id not in page.scene.clusters
    if choice == 0:
        assert {c.id for c in after.loose()} >= members
        for card_id in members:  # loose where they lay
            now, was = after.cards[card_id], before.cards[card_id]
            assert (now.x, now.y) == (was.x, was.y)
    else:
        assert not members & set(after.cards)
    assert window.document.undo_stack.count() == 1
    undo(window)
    assert board_file(demo_path, page.board_id) == before  # the field's link is back too
    assert members <= set(page.scene.cards)


def test_tidy_puts_a_clusters_cards_back_in_a_grid(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    cluster = next(iter(before.clusters.values()))
    card = before.members(cluster.id)[0]
    drag(page.view, centre_of(card), centre_of(card) + QPointF(70, 40))  # askew, still inside
    messy = board_file(demo_path, page.board_id)
    assert messy.cards[card.id].cluster_id == cluster.id
    assert messy.cards[card.id].x != card.x

    click(page.view, header_of(cluster))
    page.tidy_action.trigger()

    after = board_file(demo_path, page.board_id)
    frame = frame_of(after.clusters[cluster.id])
    members = after.members(cluster.id)
    assert {c.id for c in members} == {c.id for c in before.members(cluster.id)}
    for c in members:
        assert frame.contains(rect_of(c))
        column = (c.x - frame.x() - geometry.CLUSTER_PADDING) / geometry.STEP_X
        row = (c.y - frame.y() - geometry.CLUSTER_HEADER) / geometry.STEP_Y
        assert (column, row) == (round(column), round(row))  # on the grid
    assert overlapping(rect_of(c) for c in members) == []
    assert window.document.undo_stack.count() == 2
    undo(window)
    assert board_file(demo_path, page.board_id) == messy


def test_tidying_a_tidy_cluster_adds_no_undo_step(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    cluster = next(iter(before.clusters.values()))  # the demo is laid out tidily
    click(page.view, header_of(cluster))

    page.tidy_action.trigger()

    assert board_file(demo_path, page.board_id) == before
    # Nothing changed, so there is nothing to undo (an empty "Tidy" step would undo nothing).
    assert window.document.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()


def test_lay_out_separates_overlapping_clusters(qtbot, window: MainWindow, demo_path: Path) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    first, second = list(before.clusters.values())[:2]
    # drag the second cluster half onto the first
    drag(page.view, header_of(second), header_of(first) + QPointF(first.width / 3, 60))
    messy = board_file(demo_path, page.board_id)
    assert overlapping(frame_of(c) for c in messy.clusters.values())

    page.layout_action.trigger()

    after = board_file(demo_path, page.board_id)
    frames = [frame_of(c) for c in after.clusters.values()]
    assert overlapping(frames) == []
    for card in after.cards.values():
        if card.cluster_id is None:
            assert not any(rect_of(card).intersects(f) for f in frames)
        else:
            assert frame_of(after.clusters[card.cluster_id]).contains(rect_of(card))
    assert {k: c.cluster_id for k, c in after.cards.items()} == {
        k: c.cluster_id for k, c in messy.cards.items()
    }
    assert window.document.undo_stack.count() == 2
    undo(window)
    assert board_file(demo_path, page.board_id) == messy


def test_colour_and_source_via_the_context_menu(qtbot, window: MainWindow, demo_path: Path) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    card = next(c for c in before.cards.values() if c.source != CardSource.INTERVIEW)
    click(page.view, centre_of(card))

    menu = page.build_context_menu(centre_of(card))
    menu_action(menu, "Colour", palette.colour_label(CardColour.GREEN)).trigger()
    menu = page.build_context_menu(centre_of(card))
    menu_action(menu, "Source", palette.source_label(CardSource.INTERVIEW)).trigger()

    after = board_file(demo_path, page.board_id)
    assert after.cards[card.id].colour == "green"
    assert after.cards[card.id].source == CardSource.INTERVIEW

    cluster = next(c for c in before.clusters.values() if c.colour != CardColour.PURPLE)
    click(page.view, header_of(cluster))
    menu = page.build_context_menu(header_of(cluster))
    menu_action(menu, "Colour", palette.colour_label(CardColour.PURPLE)).trigger()
    assert board_file(demo_path, page.board_id).clusters[cluster.id].colour == "purple"

    assert window.document.undo_stack.count() == 3
    for _ in range(3):
        undo(window)
    assert board_file(demo_path, page.board_id) == before


# -- zoom and pan ----------------------------------------------------------------------------------


def wheel(view, at: QPoint, steps: int) -> None:
    viewport = view.viewport()
    event = QWheelEvent(
        QPointF(at),
        QPointF(viewport.mapToGlobal(at)),
        QPoint(),
        QPoint(0, 120 * steps),
        NO_BUTTON,
        NO_KEYS,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_the_wheel_zooms_around_the_mouse(qtbot, window: MainWindow, demo_path: Path) -> None:
    page = open_board(qtbot, window, demo_path)
    view = page.view
    at = QPoint(view.viewport().width() // 4, view.viewport().height() // 3)
    QTest.mouseMove(view.viewport(), at)  # the mouse is over the board
    under = view.mapToScene(at)
    zoom = view.zoom()

    wheel(view, at, 1)
    assert view.zoom() == pytest.approx(zoom * 1.25)
    assert (view.mapFromScene(under) - at).manhattanLength() <= 2
    wheel(view, at, -2)
    assert view.zoom() == pytest.approx(zoom / 1.25)
    assert (view.mapFromScene(under) - at).manhattanLength() <= 2
    assert window.document.undo_stack.count() == 0


def test_f_and_ctrl_0_show_the_whole_board_and_plus_minus_zoom(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    view = page.view
    focus(qtbot, view)
    content = page.scene.itemsBoundingRect()

    zoom = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() == pytest.approx(zoom * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom() == pytest.approx(zoom)

    for key, keys in ((Qt.Key.Key_F, NO_KEYS), (Qt.Key.Key_0, CTRL)):
        view.set_zoom(2.0)
        view.centerOn(content.topLeft())
        assert not visible_rect(page).contains(content)
        qtbot.keyClick(view, key, keys)
        assert visible_rect(page).contains(content), key
        assert view.zoom() < 1


def test_middle_button_and_space_drag_pan_without_moving_anything(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    view = page.view
    view.set_zoom(1.0)
    view.centerOn(page.scene.itemsBoundingRect().center())
    hash_before = sha256(demo_path)
    board = board_file(demo_path, page.board_id)
    card = board.cards[min(board.cards)]
    view.centerOn(centre_of(card))
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()

    scroll = (h.value(), v.value())
    start = centre_of(card)  # even on a card: panning never moves it
    drag(view, start, start + QPointF(-120, -80), button=MIDDLE)
    assert (h.value(), v.value()) == (scroll[0] + 120, scroll[1] + 80)

    scroll = (h.value(), v.value())
    start = view.mapToScene(view.mapFromScene(centre_of(card)))
    focus(qtbot, view)
    qtbot.keyPress(view, Qt.Key.Key_Space)
    drag(view, start, start + QPointF(100, 50))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert (h.value(), v.value()) == (scroll[0] - 100, scroll[1] - 50)

    assert page.scene.cards[card.id].pos() == QPointF(card.x, card.y)
    assert page.scene.selected_card_ids() == []
    assert window.document.undo_stack.count() == 0
    assert sha256(demo_path) == hash_before


# -- search and filter -----------------------------------------------------------------------------


def opacity_of(page: BoardPage) -> dict[int, float]:
    return {cid: item.opacity() for cid, item in page.scene.cards.items()}


def test_search_dims_the_cards_that_do_not_match(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    board = board_file(demo_path, page.board_id)
    search = page.search
    assert not search.isVisible()
    focus(qtbot, page.view)

    qtbot.keyClick(page.view, Qt.Key.Key_F, CTRL)
    assert search.isVisible()
    assert search.text.hasFocus()
    type_text(qtbot, search.text, "wlan")
    qtbot.waitUntil(lambda: search.result.text() != "", timeout=2000)

    def mentions(card: Card) -> bool:
        words = " ".join([card.text, card.note, card.author, *(v for _k, v in card.tags)])
        return "wlan" in words.casefold()

    matching = {c.id for c in board.cards.values() if mentions(c)}
    assert 0 < len(matching) < len(board.cards)
    assert search.result.text() == f"{len(matching)} of {len(board.cards)}"
    for cid, item in page.scene.cards.items():
        if cid in matching:
            assert item.opacity() == 1.0
            assert item.highlighted
        else:
            assert item.opacity() < 1.0
            assert not item.highlighted

    # the source filter alone
    search.text.clear()
    search.source.setCurrentIndex(search.source.findData(str(CardSource.INTERVIEW)))
    interviews = {c.id for c in board.cards.values() if CardSource.INTERVIEW in c.sources}
    assert search.result.text() == f"{len(interviews)} of {len(board.cards)}"
    assert {cid for cid, o in opacity_of(page).items() if o == 1.0} == interviews

    # the colour filter: colour one card first, then look for that colour
    search.source.setCurrentIndex(0)
    card = next(iter(board.cards.values()))
    page.scene.select_ids([card.id])
    page.set_colour(str(CardColour.VERMILLION))
    search.colour.setCurrentIndex(search.colour.findData(str(CardColour.VERMILLION)))
    assert search.result.text() == f"1 of {len(board.cards)}"
    assert {cid for cid, o in opacity_of(page).items() if o == 1.0} == {card.id}

    qtbot.keyClick(search.text, Qt.Key.Key_Escape)
    assert not search.isVisible()
    assert set(opacity_of(page).values()) == {1.0}
    assert not any(item.highlighted for item in page.scene.cards.values())
    assert search.result.text() == ""


# -- duplicates ------------------------------------------------------------------------------------


def test_near_identical_cards_are_flagged_and_merged_keeping_both_sources(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    flagged = {cid for cid, item in page.scene.cards.items() if item.duplicates > 0}
    assert flagged, "the demo has near-identical cards"
    seen: list[list[list[int]]] = []

    def cancel(dialog) -> bool:
        seen.append(dialog.chosen_groups())
        return False

    def merge_all(dialog) -> bool:
        groups = dialog.chosen_groups()  # every group is checked to start with
        assert dialog.tree.topLevelItemCount() == len(groups)
        assert {cid for group in groups for cid in group} == flagged
        seen.append(groups)
        return True

    fake_dialogs.answer_run(cancel)
    page.duplicates_action.trigger()
    assert board_file(demo_path, page.board_id) == before

    fake_dialogs.answer_run(merge_all)
    page.duplicates_action.trigger()

    groups = seen[-1]
    after = board_file(demo_path, page.board_id)
    for keep, *others in groups:
        assert keep in after.cards
        assert not set(others) & set(after.cards)
        merged = after.cards[keep].merged
        assert [(m.text, m.source) for m in merged] == [
            (before.cards[o].text, before.cards[o].source) for o in others
        ]
    assert len(after.cards) == len(before.cards) - sum(len(g) - 1 for g in groups)
    qtbot.waitUntil(lambda: all(item.duplicates == 0 for item in page.scene.cards.values()))
    assert window.document.undo_stack.count() == 1

    undo(window)
    assert board_file(demo_path, page.board_id) == before
    qtbot.waitUntil(
        lambda: {cid for cid, i in page.scene.cards.items() if i.duplicates > 0} == flagged
    )


# -- boards in the Workshop menu -------------------------------------------------------------------


def test_new_and_renamed_board(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    workshop_id = select_workshop(window, KICK_OFF)
    boards = on_disk(demo_path).boards[workshop_id]

    fake_dialogs.answer_text("Zweite Runde")
    window.new_board_action.trigger()
    page = current_page(window)
    assert isinstance(page, BoardPage)
    assert page_label(window, "boardTitle") == "Zweite Runde"
    assert page.scene.cards == {}
    assert on_disk(demo_path).boards[workshop_id] == [*boards, "Zweite Runde"]
    assert nav_children(window, Node("boards", 0, workshop_id)) == [*boards, "Zweite Runde"]
    assert nav_selected(window) == Node("board", page.board_id, workshop_id)

    fake_dialogs.answer_text("Zweite Runde: Mobilität")
    window.rename_board_action.trigger()
    assert page_label(window, "boardTitle") == "Zweite Runde: Mobilität"
    assert on_disk(demo_path).boards[workshop_id] == [*boards, "Zweite Runde: Mobilität"]
    assert nav_children(window, Node("boards", 0, workshop_id))[-1] == "Zweite Runde: Mobilität"

    undo(window)
    assert on_disk(demo_path).boards[workshop_id] == [*boards, "Zweite Runde"]
    assert page_label(window, "boardTitle") == "Zweite Runde"
    undo(window)
    assert on_disk(demo_path).boards[workshop_id] == boards
    assert nav_children(window, Node("boards", 0, workshop_id)) == boards


def test_deleting_a_board_and_undo_bring_back_its_cards_and_clusters(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    page = open_board(qtbot, window, demo_path)
    board_id, workshop_id = page.board_id, page.workshop_id
    before = board_file(demo_path, board_id)
    title = window.document.board(board_id).title

    fake_dialogs.answer_confirm(False)
    window.delete_board_action.trigger()
    assert board_file(demo_path, board_id) == before

    fake_dialogs.answer_confirm(True)
    window.delete_board_action.trigger()
    after = board_file(demo_path, board_id)
    assert after.cards == {}
    assert after.clusters == {}
    assert title not in on_disk(demo_path).boards[workshop_id]
    assert title not in nav_children(window, Node("boards", 0, workshop_id))
    assert not isinstance(current_page(window), BoardPage)  # the board is gone from view

    undo(window)
    assert board_file(demo_path, board_id) == before  # cards, clusters, links to fields
    assert title in nav_children(window, Node("boards", 0, workshop_id))
    show_node(window, Node("board", board_id, workshop_id))
    page = current_page(window)
    assert isinstance(page, BoardPage)
    assert set(page.scene.cards) == set(before.cards)
    assert set(page.scene.clusters) == set(before.clusters)


# -- everything undone -----------------------------------------------------------------------------


def test_undoing_everything_brings_back_the_demo_board(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    page = open_board(qtbot, window, demo_path)
    make_room(page)
    demo = board_file(demo_path, page.board_id)
    view = page.view
    stack = window.document.undo_stack

    # a session's worth of gestures
    loose = sorted(demo.loose(), key=lambda c: c.id)
    cluster = max(demo.clusters.values(), key=lambda c: c.x + c.width)
    drag(view, centre_of(loose[0]), frame_of(cluster).center())
    drag(view, header_of(cluster), header_of(cluster) + QPointF(60, 200))
    page.scene.select_ids([loose[1].id, loose[2].id])
    fake_dialogs.answer_text("Sicherheit")
    page.cluster_action.trigger()
    click(view, header_of(promoted(demo)))
    fake_dialogs.answer_choose(0)
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    fake_dialogs.answer_run(lambda dialog: True)
    page.duplicates_action.trigger()
    page.layout_action.trigger()
    double_click(view, centre_of(board_file(demo_path, page.board_id).cards[loose[3].id]))
    type_text(qtbot, card_editor(page), "Geändert")
    qtbot.keyClick(card_editor(page), Qt.Key.Key_Return)
    changed = board_file(demo_path, page.board_id)
    assert changed != demo
    assert stack.count() == 7

    while stack.canUndo():
        undo(window)

    assert stack.isClean()
    assert board_file(demo_path, page.board_id) == demo
    shown = {cid: (item.pos().x(), item.pos().y()) for cid, item in page.scene.cards.items()}
    assert shown == {cid: (c.x, c.y) for cid, c in demo.cards.items()}
    frames = {cid: item.sceneBoundingRect() for cid, item in page.scene.clusters.items()}
    assert frames == {cid: frame_of(c).adjusted(-3, -3, 3, 3) for cid, c in demo.clusters.items()}
    assert {cid: len(m) for cid, m in page.scene.members.items() if m} == {
        cid: len(demo.members(cid)) for cid in demo.clusters
    }

    while stack.canRedo():
        redo(window)
    assert board_file(demo_path, page.board_id) == changed
