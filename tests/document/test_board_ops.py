"""Board operations without widgets: push, undo, redo; what the file holds and what is announced.

Every state is read afresh from the file through the document's queries (nothing is cached), and
every test ends by closing the document and reopening the file, which must show the same board.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from document_helpers import sha256

from smartcity_desktop.document import board_ops, commands
from smartcity_desktop.document.board_ops import NewCard
from smartcity_desktop.document.document import Insert, ProjectDocument, Update
from smartcity_desktop.domain import board as geometry
from smartcity_desktop.domain.board import Rect
from smartcity_desktop.domain.model import Card, CardSource, Cluster

# -- the board under test --------------------------------------------------------------------------


@dataclass
class Ids:
    """The rows of the test board: two clusters, cards in them and loose, one field of action.

    Mobilität (cards 1, 2) at (0, 0); Umwelt (card 3) at (600, 0); cards 4 and 5 loose below
    them; the field of action "Mobilität" grew from the cluster Mobilität. A second board of the
    same workshop is empty.
    """

    workshop: int
    board: int
    other_board: int
    mobility: int
    environment: int
    field: int
    cards: tuple[int, ...]


def state(doc: ProjectDocument) -> dict[str, Any]:
    """Every board, card, cluster, field of action and link, as the file holds them now."""
    boards = [b for w in doc.workshops() for b in doc.boards(w.id)]
    clusters = {b.id: doc.clusters(b.id) for b in boards}
    return {
        "boards": boards,
        "cards": {b.id: doc.cards(b.id) for b in boards},
        "clusters": clusters,
        "fields": doc.fields_of_action(),
        "links": doc.field_links([c.id for cs in clusters.values() for c in cs]),
    }


def _frame(cluster: Cluster) -> Rect:
    return Rect(cluster.x, cluster.y, cluster.width, cluster.height)


def _rect(card: Card) -> Rect:
    return geometry.card_rect(card.x, card.y)


def _within(inner: Rect, outer: Rect) -> bool:
    return (
        outer.x <= inner.x
        and outer.y <= inner.y
        and inner.right <= outer.right
        and inner.bottom <= outer.bottom
    )


def _no_overlaps(rects: list[Rect]) -> bool:
    return not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def _build(doc: ProjectDocument) -> Ids:
    add = commands.add_workshop(doc, {"title": "Auftaktworkshop"})
    assert doc.push(add)
    workshop = add.row_id
    boards = []
    for title in ("Ideensammlung", "Projektideen"):
        command = board_ops.add_board(doc, workshop, title)
        assert doc.push(command)
        boards.append(command.row_id)
    board = boards[0]
    mobility, environment = doc.next_id("clusters"), doc.next_id("clusters") + 1
    first = doc.next_id("cards")
    cards = tuple(range(first, first + 5))
    field = doc.next_id("fields_of_action")

    def card(i: int, text: str, source: str, x: float, y: float, cluster: int | None) -> dict:
        return {
            "id": cards[i],
            "board_id": board,
            "text": text,
            "source": source,
            "x": x,
            "y": y,
            "cluster_id": cluster,
        }

    doc.apply_changes(
        [
            Insert(
                "clusters",
                (
                    {
                        "id": mobility,
                        "board_id": board,
                        "title": "Mobilität",
                        "x": 0,
                        "y": 0,
                        "width": 448,
                        "height": 188,
                    },
                    {
                        "id": environment,
                        "board_id": board,
                        "title": "Umwelt",
                        "x": 600,
                        "y": 0,
                        "width": 232,
                        "height": 188,
                    },
                ),
            ),
            Insert(
                "cards",
                (
                    card(0, "Mobilitäts-App mit einem Ticket", "survey", 16, 52, mobility),
                    card(1, "Mehr Leihräder in den Quartieren", "workshop", 232, 52, mobility),
                    card(2, "Sensoren für Stadtbäume", "interview", 616, 52, environment),
                    card(3, "Mehr kostenloses WLAN in der Innenstadt", "survey", 0, 400, None),
                    card(
                        4, "Mehr kostenloses WLAN in der Innenstadt!", "interview", 216, 400, None
                    ),
                ),
            ),
            Insert("fields_of_action", ({"id": field, "title": "Mobilität", "position": 0},)),
            Insert(
                "field_clusters",
                ({"id": doc.next_id("field_clusters"), "field_id": field, "cluster_id": mobility},),
            ),
        ]
    )
    doc.undo_stack.clear()
    return Ids(workshop, board, boards[1], mobility, environment, field, cards)


@dataclass
class Board:
    doc: ProjectDocument
    ids: Ids

    def reopen(self) -> ProjectDocument:
        before = state(self.doc)
        self.doc.close()
        self.doc = ProjectDocument.open(self.path)
        assert state(self.doc) == before, "the file does not hold what the document showed"
        report = self.doc.check()
        assert report.ok, report.problems
        return self.doc

    @property
    def path(self) -> Path:
        return self.doc.path


@pytest.fixture
def board(qapp, tmp_path: Path) -> Iterator[Board]:
    doc = ProjectDocument.create(tmp_path / "tafel.scw", title="Teststadt", city="Teststadt")
    project = Board(doc, _build(doc))
    yield project
    project.reopen()
    project.doc.close()


class Signals:
    """The board, fields and boards signals of a document, recorded in order."""

    def __init__(self, doc: ProjectDocument) -> None:
        self.events: list[tuple[str, Any]] = []
        doc.board_changed.connect(
            lambda board_id, touched: self.events.append(
                ("board_changed", (board_id, {t: set(ids) for t, ids in touched.ids.items()}))
            )
        )
        doc.fields_changed.connect(lambda: self.events.append(("fields_changed", None)))
        doc.boards_changed.connect(lambda wid: self.events.append(("boards_changed", wid)))

    def take(self) -> list[tuple[str, Any]]:
        events, self.events = self.events, []
        return events


def do_undo_redo(doc: ProjectDocument, command) -> tuple[dict, dict]:
    """Push `command`; the file must change, undo must bring back the file as it was, redo the
    file as after. Returns (before, after)."""
    assert command is not None
    before = state(doc)
    count = doc.undo_stack.count()
    assert doc.push(command)
    assert doc.last_error is None
    assert doc.undo_stack.count() == count + 1
    after = state(doc)
    assert after != before
    doc.undo_stack.undo()
    assert state(doc) == before
    doc.undo_stack.redo()
    assert state(doc) == after
    return before, after


def _card(doc: ProjectDocument, card_id: int) -> Card:
    (card,) = doc.cards_by_ids([card_id])
    return card


def _cluster(doc: ProjectDocument, cluster_id: int) -> Cluster:
    (cluster,) = doc.clusters_by_ids([cluster_id])
    return cluster


# -- moving ----------------------------------------------------------------------------------------


def test_card_moved_into_a_cluster_joins_it_and_the_frame_grows(board: Board) -> None:
    doc, ids = board.doc, board.ids
    loose = ids.cards[3]
    old_frame = _frame(_cluster(doc, ids.environment))
    # centre (800, 120) lies in Umwelt's frame (600..832); the card's right edge does not
    command = board_ops.move_items(doc, ids.board, {loose: (700.0, 60.0)})
    before, _after = do_undo_redo(doc, command)

    card = _card(doc, loose)
    frame = _frame(_cluster(doc, ids.environment))
    assert (card.x, card.y, card.cluster_id) == (700.0, 60.0, ids.environment)
    assert _within(_rect(card), frame)
    assert frame.width > old_frame.width
    assert (frame.x, frame.y) == (old_frame.x, old_frame.y)
    assert all(_within(_rect(c), frame) for c in doc.cluster_cards(ids.environment))
    assert _frame(_cluster(doc, ids.mobility)) == _frame(before["clusters"][ids.board][0])

    doc.undo_stack.undo()
    card = _card(doc, loose)
    assert (card.x, card.y, card.cluster_id) == (0.0, 400.0, None)
    assert _frame(_cluster(doc, ids.environment)) == old_frame


def test_card_moved_from_one_cluster_into_another(board: Board) -> None:
    doc, ids = board.doc, board.ids
    command = board_ops.move_items(doc, ids.board, {ids.cards[2]: (120.0, 60.0)})
    do_undo_redo(doc, command)
    assert _card(doc, ids.cards[2]).cluster_id == ids.mobility
    assert doc.cluster_cards(ids.environment) == []
    frame = _frame(_cluster(doc, ids.mobility))
    assert all(_within(_rect(c), frame) for c in doc.cluster_cards(ids.mobility))
    doc.undo_stack.undo()
    assert _card(doc, ids.cards[2]).cluster_id == ids.environment


def test_card_moved_out_of_its_cluster_becomes_loose(board: Board) -> None:
    doc, ids = board.doc, board.ids
    frame = _frame(_cluster(doc, ids.mobility))
    command = board_ops.move_items(doc, ids.board, {ids.cards[1]: (1500.0, 800.0)})
    do_undo_redo(doc, command)
    card = _card(doc, ids.cards[1])
    assert (card.x, card.y, card.cluster_id) == (1500.0, 800.0, None)
    assert [c.id for c in doc.cluster_cards(ids.mobility)] == [ids.cards[0]]
    assert _frame(_cluster(doc, ids.mobility)) == frame  # a frame never shrinks by itself
    doc.undo_stack.undo()
    assert _card(doc, ids.cards[1]).cluster_id == ids.mobility


def test_card_moved_within_its_cluster_stays_in_it(board: Board) -> None:
    doc, ids = board.doc, board.ids
    command = board_ops.move_items(doc, ids.board, {ids.cards[0]: (20.0, 60.0)})
    do_undo_redo(doc, command)
    assert _card(doc, ids.cards[0]).cluster_id == ids.mobility


def test_cluster_moved_together_with_its_cards(board: Board) -> None:
    doc, ids = board.doc, board.ids
    dx, dy = 100.0, 700.0
    members = doc.cluster_cards(ids.mobility)
    frame = _frame(_cluster(doc, ids.mobility))
    moves = {c.id: (c.x + dx, c.y + dy) for c in members}
    command = board_ops.move_items(
        doc, ids.board, moves, {ids.mobility: (frame.x + dx, frame.y + dy)}
    )
    before, _after = do_undo_redo(doc, command)

    moved = _frame(_cluster(doc, ids.mobility))
    assert moved == Rect(frame.x + dx, frame.y + dy, frame.width, frame.height)
    for old in members:
        card = _card(doc, old.id)
        assert (card.x, card.y, card.cluster_id) == (old.x + dx, old.y + dy, ids.mobility)
        assert _within(_rect(card), moved)
    # the other cluster and the loose cards stayed where they were
    assert doc.cluster_cards(ids.environment) == before["cards"][ids.board][2:3]
    assert [_card(doc, i) for i in ids.cards[3:]] == before["cards"][ids.board][3:]


def test_moving_to_the_same_place_is_no_step(board: Board) -> None:
    doc, ids = board.doc, board.ids
    card = _card(doc, ids.cards[0])
    assert board_ops.move_items(doc, ids.board, {card.id: (card.x, card.y)}) is None
    assert board_ops.move_items(doc, ids.board, {}) is None


# -- cards -----------------------------------------------------------------------------------------


def test_add_card_inside_a_frame_joins_the_cluster(board: Board) -> None:
    doc, ids = board.doc, board.ids
    command = board_ops.add_card(doc, ids.board, NewCard("Carsharing im Quartier"), 100.0, 100.0)
    do_undo_redo(doc, command)
    (new_id,) = command.new_ids
    card = _card(doc, new_id)
    assert (card.text, card.cluster_id, card.source) == (
        "Carsharing im Quartier",
        ids.mobility,
        CardSource.OWN,
    )
    assert _within(_rect(card), _frame(_cluster(doc, ids.mobility)))
    doc.undo_stack.undo()
    assert doc.cards_by_ids([new_id]) == []
    assert _cluster(doc, ids.mobility).height == 188


def test_add_card_outside_every_frame_is_loose(board: Board) -> None:
    doc, ids = board.doc, board.ids
    new = NewCard("Open Data", (("Frage", "3"),), CardSource.SURVEY, "Umfrage", "wichtig")
    command = board_ops.add_card(doc, ids.board, new, 2000.0, 2000.0)
    before, _after = do_undo_redo(doc, command)
    card = _card(doc, command.new_ids[0])
    assert card.cluster_id is None
    assert (card.tags, card.source, card.author, card.note) == (
        (("Frage", "3"),),
        CardSource.SURVEY,
        "Umfrage",
        "wichtig",
    )
    assert doc.clusters(ids.board) == before["clusters"][ids.board]


def test_edit_cards(board: Board) -> None:
    doc, ids = board.doc, board.ids
    do_undo_redo(doc, board_ops.edit_cards(doc, [ids.cards[0]], {"text": "Mobilitäts-App"}))
    assert _card(doc, ids.cards[0]).text == "Mobilitäts-App"
    assert doc.undo_stack.undoText() == "Edit card"

    do_undo_redo(doc, board_ops.edit_cards(doc, ids.cards[:2], {"colour": "orange"}))
    assert [_card(doc, i).colour for i in ids.cards[:3]] == ["orange", "orange", ""]
    assert board_ops.edit_cards(doc, ids.cards[:2], {"colour": "orange"}) is None


def test_delete_cards_and_undo(board: Board) -> None:
    doc, ids = board.doc, board.ids
    do_undo_redo(doc, board_ops.delete_items(doc, [ids.cards[0], ids.cards[3]]))
    assert [c.id for c in doc.cards(ids.board)] == [ids.cards[1], ids.cards[2], ids.cards[4]]
    assert len(doc.clusters(ids.board)) == 2
    assert board_ops.delete_items(doc, []) is None


def test_delete_cluster_without_its_cards_leaves_them_loose(board: Board) -> None:
    doc, ids = board.doc, board.ids
    cards = doc.cluster_cards(ids.mobility)
    before, _after = do_undo_redo(
        doc, board_ops.delete_items(doc, [], [ids.mobility], with_cards=False)
    )
    assert [c.id for c in doc.clusters(ids.board)] == [ids.environment]
    for old in cards:
        card = _card(doc, old.id)
        assert (card.x, card.y, card.cluster_id) == (old.x, old.y, None)
    (field,) = doc.fields_of_action()
    assert field.cluster_ids == ()  # the field of action stays, without the cluster

    doc.undo_stack.undo()
    assert state(doc) == before
    assert doc.fields_of_action()[0].cluster_ids == (ids.mobility,)


def test_delete_cluster_with_its_cards(board: Board) -> None:
    doc, ids = board.doc, board.ids
    before, _after = do_undo_redo(
        doc, board_ops.delete_items(doc, [], [ids.mobility], with_cards=True)
    )
    assert [c.id for c in doc.cards(ids.board)] == list(ids.cards[2:])
    assert [c.id for c in doc.clusters(ids.board)] == [ids.environment]
    assert doc.fields_of_action()[0].cluster_ids == ()
    doc.undo_stack.undo()
    assert state(doc) == before


# -- clusters --------------------------------------------------------------------------------------


def test_create_cluster_gathers_cards_into_a_tidy_grid_inside_the_frame(board: Board) -> None:
    doc, ids = board.doc, board.ids
    chosen = [ids.cards[4], ids.cards[3], ids.cards[2]]  # two loose cards and one of Umwelt
    command = board_ops.create_cluster(doc, ids.board, chosen, "Digitale Infrastruktur")
    do_undo_redo(doc, command)

    (cluster_id,) = command.new_ids
    cluster = _cluster(doc, cluster_id)
    assert cluster.title == "Digitale Infrastruktur"
    members = doc.cluster_cards(cluster_id)
    assert sorted(c.id for c in members) == sorted(chosen)
    rects = [_rect(c) for c in members]
    assert _no_overlaps(rects)
    assert all(_within(r, _frame(cluster)) for r in rects)
    # the grid keeps the cards' reading order: Umwelt's card (top) first, then 4 before 5
    assert [c.id for c in members] == [ids.cards[2], ids.cards[3], ids.cards[4]]
    assert doc.cluster_cards(ids.environment) == []

    doc.undo_stack.undo()
    assert doc.clusters_by_ids([cluster_id]) == []
    assert _card(doc, ids.cards[2]).cluster_id == ids.environment


def test_create_an_empty_cluster_at_an_anchor(board: Board) -> None:
    doc, ids = board.doc, board.ids
    command = board_ops.create_cluster(doc, ids.board, [], "Bildung", anchor=(1000.0, 1000.0))
    do_undo_redo(doc, command)
    cluster = _cluster(doc, command.new_ids[0])
    assert _within(geometry.card_rect(1000.0, 1000.0), _frame(cluster))
    assert doc.cluster_cards(cluster.id) == []


def test_rename_cluster_renames_the_field_of_action_that_carries_its_name(board: Board) -> None:
    doc, ids = board.doc, board.ids
    do_undo_redo(doc, board_ops.rename_cluster(doc, ids.mobility, "Mobilität & Verkehr"))
    assert _cluster(doc, ids.mobility).title == "Mobilität & Verkehr"
    assert doc.fields_of_action()[0].title == "Mobilität & Verkehr"
    doc.undo_stack.undo()
    assert _cluster(doc, ids.mobility).title == "Mobilität"
    assert doc.fields_of_action()[0].title == "Mobilität"
    assert board_ops.rename_cluster(doc, ids.mobility, "Mobilität") is None


def test_rename_cluster_keeps_a_field_the_moderator_named_differently(board: Board) -> None:
    doc, ids = board.doc, board.ids
    # the field's title no longer matches its cluster's (as after a rename of one of several)
    doc.apply_changes([Update("fields_of_action", ids.field, {"title": "Verkehrswende"})])
    do_undo_redo(doc, board_ops.rename_cluster(doc, ids.mobility, "Mobilität & Verkehr"))
    assert _cluster(doc, ids.mobility).title == "Mobilität & Verkehr"
    assert doc.fields_of_action()[0].title == "Verkehrswende"


def test_rename_field_renames_the_clusters_that_carry_its_name(board: Board) -> None:
    doc, ids = board.doc, board.ids
    do_undo_redo(doc, board_ops.rename_field(doc, ids.field, "Verkehrswende"))
    assert doc.fields_of_action()[0].title == "Verkehrswende"
    assert _cluster(doc, ids.mobility).title == "Verkehrswende"
    doc.undo_stack.undo()
    assert doc.fields_of_action()[0].title == "Mobilität"
    assert _cluster(doc, ids.mobility).title == "Mobilität"
    assert board_ops.rename_field(doc, ids.field, "Mobilität") is None


def test_rename_cluster_leaves_unlinked_fields_of_the_same_name(board: Board) -> None:
    doc, ids = board.doc, board.ids
    assert doc.push(board_ops.rename_cluster(doc, ids.mobility, "Klima"))
    doc.apply_changes([Insert("fields_of_action", ({"title": "Umwelt", "position": 1},))])
    do_undo_redo(doc, board_ops.rename_cluster(doc, ids.environment, "Klima und Umwelt"))
    assert [f.title for f in doc.fields_of_action()] == ["Klima", "Umwelt"]


def test_set_cluster_colour(board: Board) -> None:
    doc, ids = board.doc, board.ids
    both = [ids.mobility, ids.environment]
    do_undo_redo(doc, board_ops.set_cluster_colour(doc, both, "purple"))
    assert [c.colour for c in doc.clusters(ids.board)] == ["purple", "purple"]
    assert board_ops.set_cluster_colour(doc, both, "purple") is None


def _scatter_mobility(doc: ProjectDocument, ids: Ids) -> list[int]:
    """Put the loose cards into Mobilität, untidily (one row of two, one of two below), with a
    frame too big; returns the cards in reading order."""
    c1, c2, _c3, c4, c5 = ids.cards
    doc.apply_changes(
        [
            Update("clusters", ids.mobility, {"width": 900.0, "height": 700.0}),
            Update("cards", c1, {"x": 300.0, "y": 60.0}),
            Update("cards", c2, {"x": 40.0, "y": 52.0}),
            Update("cards", c4, {"x": 500.0, "y": 300.0, "cluster_id": ids.mobility}),
            Update("cards", c5, {"x": 120.0, "y": 310.0, "cluster_id": ids.mobility}),
        ]
    )
    doc.undo_stack.clear()
    return [c2, c1, c5, c4]


def test_tidy_cluster_makes_a_grid_in_reading_order(board: Board) -> None:
    doc, ids = board.doc, board.ids
    order = _scatter_mobility(doc, ids)
    frame = _frame(_cluster(doc, ids.mobility))
    do_undo_redo(doc, board_ops.tidy_cluster(doc, ids.mobility))

    tidy = _frame(_cluster(doc, ids.mobility))
    assert (tidy.x, tidy.y) == (frame.x, frame.y)
    assert (tidy.width, tidy.height) == geometry.cluster_size(4)
    members = doc.cluster_cards(ids.mobility)
    rects = [_rect(c) for c in members]
    assert _no_overlaps(rects)
    assert all(_within(r, tidy) for r in rects)
    assert [c.id for c in members] == order  # read row by row, left to right
    positions = {(c.x, c.y) for c in members}
    assert positions == set(geometry.grid_positions(4, (frame.x + 16, frame.y + 52)))
    assert board_ops.tidy_cluster(doc, ids.mobility) is None  # already tidy


@pytest.mark.parametrize("top", [52.0, 68.0, 120.0, 476.0, -68.0])
def test_tidying_a_tidy_cluster_changes_nothing_wherever_it_lies(board: Board, top: float) -> None:
    """Six cards gathered into a 2 × 3 grid whose first row is at `top`: the grid is tidy, so
    "Tidy" must be no step, and the cards must keep their order. Rows 136 apart must never be
    read as one row (Python's round() sends 1.5 and 2.5 both to 2)."""
    doc, ids = board.doc, board.ids
    extra = doc.next_id("cards")
    doc.apply_changes(
        [
            Insert(
                "cards",
                tuple(
                    {"id": extra + i, "board_id": ids.board, "text": f"Idee {i}", "y": 3000.0}
                    for i in range(6)
                ),
            )
        ]
    )
    chosen = list(range(extra, extra + 6))
    command = board_ops.create_cluster(doc, ids.board, chosen, "Raster", anchor=(5000.0, top))
    assert doc.push(command)
    cluster_id = command.new_ids[0]
    grid = [(c.id, c.x, c.y) for c in doc.cluster_cards(cluster_id)]
    assert [g[0] for g in grid] == chosen
    assert sorted({g[2] for g in grid}) == [top, top + 136.0, top + 272.0]

    assert board_ops.tidy_cluster(doc, cluster_id) is None
    assert [(c.id, c.x, c.y) for c in doc.cluster_cards(cluster_id)] == grid


def test_merge_clusters_moves_the_cards_and_passes_the_field_links_on(board: Board) -> None:
    doc, ids = board.doc, board.ids
    climate = doc.next_id("fields_of_action")
    doc.apply_changes(
        [
            Insert("fields_of_action", ({"id": climate, "title": "Klima", "position": 1},)),
            Insert(
                "field_clusters",
                (
                    {"field_id": climate, "cluster_id": ids.environment},
                    {"field_id": ids.field, "cluster_id": ids.environment},
                ),
            ),
        ]
    )
    doc.undo_stack.clear()
    before, _after = do_undo_redo(
        doc, board_ops.merge_clusters(doc, ids.mobility, [ids.environment])
    )

    assert [c.id for c in doc.clusters(ids.board)] == [ids.mobility]
    members = doc.cluster_cards(ids.mobility)
    assert sorted(c.id for c in members) == sorted(ids.cards[:3])
    frame = _frame(_cluster(doc, ids.mobility))
    assert _no_overlaps([_rect(c) for c in members])
    assert all(_within(_rect(c), frame) for c in members)
    fields = {f.title: f.cluster_ids for f in doc.fields_of_action()}
    assert fields == {"Mobilität": (ids.mobility,), "Klima": (ids.mobility,)}  # no double link

    doc.undo_stack.undo()
    assert state(doc) == before
    fields = {f.title: f.cluster_ids for f in doc.fields_of_action()}
    assert fields == {"Mobilität": (ids.mobility, ids.environment), "Klima": (ids.environment,)}
    assert board_ops.merge_clusters(doc, ids.mobility, [ids.mobility]) is None


def _messy_board(doc: ProjectDocument, ids: Ids) -> int:
    """Umwelt dragged over Mobilität, a loose card on top of both, and a third cluster."""
    third = doc.next_id("clusters")
    doc.apply_changes(
        [
            Update("clusters", ids.environment, {"x": 100.0, "y": 40.0}),
            Update("cards", ids.cards[2], {"x": 116.0, "y": 92.0}),
            Update("cards", ids.cards[3], {"x": 60.0, "y": 70.0}),
            Insert(
                "clusters",
                (
                    {
                        "id": third,
                        "board_id": ids.board,
                        "title": "Bildung",
                        "x": -500.0,
                        "y": 900.0,
                        "width": 232.0,
                        "height": 188.0,
                    },
                ),
            ),
            Update("cards", ids.cards[4], {"x": -480.0, "y": 950.0, "cluster_id": third}),
        ]
    )
    doc.undo_stack.clear()
    return third


def _assert_laid_out(doc: ProjectDocument, board_id: int) -> None:
    clusters = doc.clusters(board_id)
    frames = {c.id: _frame(c) for c in clusters}
    assert _no_overlaps(list(frames.values()))
    cards = doc.cards(board_id)
    assert _no_overlaps([_rect(c) for c in cards])
    for card in cards:
        if card.cluster_id is None:
            assert not any(_rect(card).intersects(f) for f in frames.values()), card
        else:
            assert _within(_rect(card), frames[card.cluster_id]), card


def test_layout_board_separates_frames_and_loose_cards(board: Board) -> None:
    doc, ids = board.doc, board.ids
    _messy_board(doc, ids)
    before, _after = do_undo_redo(doc, board_ops.layout_board(doc, ids.board))
    _assert_laid_out(doc, ids.board)
    assert [c.cluster_id for c in doc.cards(ids.board)] == [
        c.cluster_id for c in before["cards"][ids.board]
    ]
    assert board_ops.layout_board(doc, ids.board) is None  # laid out already


def test_layout_of_an_empty_board_is_no_step(board: Board) -> None:
    assert board_ops.layout_board(board.doc, board.ids.other_board) is None


# -- duplicates and imports ------------------------------------------------------------------------


def test_merge_duplicates_keeps_the_first_card_with_both_sources(board: Board) -> None:
    doc, ids = board.doc, board.ids
    keep, other = ids.cards[3], ids.cards[4]
    do_undo_redo(doc, board_ops.merge_duplicates(doc, [[keep, other]]))
    assert doc.cards_by_ids([other]) == []
    card = _card(doc, keep)
    assert card.text == "Mehr kostenloses WLAN in der Innenstadt"
    assert [(m.text, m.source) for m in card.merged] == [
        ("Mehr kostenloses WLAN in der Innenstadt!", CardSource.INTERVIEW)
    ]
    assert card.sources == (CardSource.SURVEY, CardSource.INTERVIEW)

    doc.undo_stack.undo()
    assert _card(doc, keep).merged == ()
    assert _card(doc, other).source == CardSource.INTERVIEW
    assert board_ops.merge_duplicates(doc, [[keep], [other, 999_999]]) is None


def test_merging_a_card_that_already_holds_duplicates_keeps_them_all(board: Board) -> None:
    doc, ids = board.doc, board.ids
    assert doc.push(board_ops.merge_duplicates(doc, [[ids.cards[4], ids.cards[0]]]))
    do_undo_redo(doc, board_ops.merge_duplicates(doc, [[ids.cards[3], ids.cards[4]]]))
    card = _card(doc, ids.cards[3])
    assert [m.text for m in card.merged] == [
        "Mehr kostenloses WLAN in der Innenstadt!",
        "Mobilitäts-App mit einem Ticket",
    ]
    assert card.sources == (CardSource.SURVEY, CardSource.INTERVIEW)


def _new_cards(n: int) -> list[NewCard]:
    return [NewCard(f"Antwort {i}", (("Nr.", str(i)),), CardSource.SURVEY) for i in range(n)]


def test_import_places_cards_where_they_cover_nothing_in_one_step(board: Board) -> None:
    doc, ids = board.doc, board.ids
    occupied = [_rect(c) for c in doc.cards(ids.board)] + [
        _frame(c) for c in doc.clusters(ids.board)
    ]
    count = doc.undo_stack.count()
    command = board_ops.import_cards(doc, ids.board, _new_cards(30), "Import Umfrage")
    do_undo_redo(doc, command)
    assert doc.undo_stack.count() == count + 1
    assert doc.undo_stack.undoText() == "Import Umfrage"

    new = doc.cards_by_ids(command.new_ids)
    assert len(new) == 30
    assert [c.text for c in new] == [f"Antwort {i}" for i in range(30)]
    assert new[7].tags == (("Nr.", "7"),)
    # the new cards sit in an import area: a frame of their own, still to be sorted
    assert command.area_id is not None
    (area,) = doc.clusters_by_ids([command.area_id])
    assert area.is_area
    assert area.title == "Import Umfrage"
    assert all(c.cluster_id == area.id for c in new)
    rects = [_rect(c) for c in new]
    assert _no_overlaps(rects)
    assert all(_within(r, _frame(area)) for r in rects)
    assert not any(r.intersects(o) for r in [*rects, _frame(area)] for o in occupied)
    # an area is never a field of action
    assert board_ops.promote_clusters(doc, [area.id]) is None

    doc.undo_stack.undo()
    assert doc.cards_by_ids(command.new_ids) == []
    doc.undo_stack.redo()
    assert [c.id for c in doc.cards_by_ids(command.new_ids)] == command.new_ids


def test_import_cancelled_writes_nothing_and_leaves_no_step(board: Board) -> None:
    doc, ids = board.doc, board.ids
    before = state(doc)
    counts_before = doc.check().counts
    signals = Signals(doc)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 1000  # cancel half-way

    command = board_ops.import_cards(doc, ids.board, _new_cards(2000), "Import", progress)
    count = doc.undo_stack.count()
    doc.push(command)
    assert command.cancelled
    assert calls[-1] == (1001, 2001)  # the import area, then 1,000 of the 2,000 cards
    assert doc.undo_stack.count() == count
    assert state(doc) == before
    assert doc.check().counts == counts_before
    assert signals.take() == []


def test_import_of_nothing_is_no_step(board: Board) -> None:
    assert board_ops.import_cards(board.doc, board.ids.board, [], "Import") is None


# -- fields of action ------------------------------------------------------------------------------


def test_promote_clusters(board: Board) -> None:
    doc, ids = board.doc, board.ids
    other = doc.next_id("clusters")
    doc.apply_changes(
        [
            Insert(
                "clusters",
                ({"id": other, "board_id": ids.other_board, "title": "  MOBILITÄT "},),
            )
        ]
    )
    doc.undo_stack.clear()
    command = board_ops.promote_clusters(doc, [ids.mobility, ids.environment, other])
    before, _after = do_undo_redo(doc, command)

    fields = doc.fields_of_action()
    assert [(f.title, f.cluster_ids) for f in fields] == [
        ("Mobilität", (ids.mobility, other)),  # same title, any case: the existing field
        ("Umwelt", (ids.environment,)),  # a new field named after the cluster
    ]
    assert board_ops.promote_clusters(doc, [ids.mobility, ids.environment, other]) is None
    doc.undo_stack.undo()
    assert doc.fields_of_action() == before["fields"]


def test_promote_an_already_linked_cluster_is_no_step(board: Board) -> None:
    assert board_ops.promote_clusters(board.doc, [board.ids.mobility]) is None


def test_link_and_unlink_cluster(board: Board) -> None:
    doc, ids = board.doc, board.ids
    do_undo_redo(doc, board_ops.link_cluster(doc, ids.environment, ids.field))
    assert doc.fields_of_action()[0].cluster_ids == (ids.mobility, ids.environment)
    assert board_ops.link_cluster(doc, ids.environment, ids.field) is None

    do_undo_redo(doc, board_ops.unlink_cluster(doc, ids.mobility))
    (field,) = doc.fields_of_action()
    assert (field.title, field.cluster_ids) == ("Mobilität", (ids.environment,))
    assert board_ops.unlink_cluster(doc, ids.mobility) is None
    assert [c.title for c in doc.clusters(ids.board)] == ["Mobilität", "Umwelt"]


def test_rename_and_describe_a_field_of_action(board: Board) -> None:
    doc, ids = board.doc, board.ids
    do_undo_redo(doc, board_ops.rename_field(doc, ids.field, "Mobilität und Verkehr"))
    assert doc.fields_of_action()[0].title == "Mobilität und Verkehr"
    # the cluster carried the field's name, so it follows (names stay in sync both ways)
    assert _cluster(doc, ids.mobility).title == "Mobilität und Verkehr"

    count = doc.undo_stack.count()
    assert doc.push(board_ops.edit_field(doc, ids.field, "Bus"))
    assert doc.push(board_ops.edit_field(doc, ids.field, "Bus und Rad"))
    assert doc.undo_stack.count() == count + 1  # typing is one step
    assert doc.fields_of_action()[0].description == "Bus und Rad"
    doc.undo_stack.undo()
    assert doc.fields_of_action()[0].description == ""


def test_delete_field_of_action_with_its_links_and_undo(board: Board) -> None:
    doc, ids = board.doc, board.ids
    do_undo_redo(doc, board_ops.delete_field(doc, ids.field))
    assert doc.fields_of_action() == []
    assert doc.field_links([ids.mobility]) == {}
    assert len(doc.clusters(ids.board)) == 2
    doc.undo_stack.undo()
    assert doc.fields_of_action()[0].cluster_ids == (ids.mobility,)


# -- boards ----------------------------------------------------------------------------------------


def test_add_and_rename_board(board: Board) -> None:
    doc, ids = board.doc, board.ids
    signals = Signals(doc)
    command = board_ops.add_board(doc, ids.workshop, "Priorisierung")
    do_undo_redo(doc, command)
    assert [b.title for b in doc.boards(ids.workshop)][-1] == "Priorisierung"
    assert signals.take() == [("boards_changed", ids.workshop)] * 3

    do_undo_redo(doc, board_ops.rename_board(doc, command.row_id, "Punktabfrage"))
    assert doc.board(command.row_id).title == "Punktabfrage"
    assert signals.take() == [("boards_changed", ids.workshop)] * 3


def test_delete_board_removes_its_clusters_and_field_links_and_undo_restores(
    board: Board,
) -> None:
    doc, ids = board.doc, board.ids
    before = state(doc)
    signals = Signals(doc)
    assert doc.push(board_ops.delete_board(doc, ids.board))
    assert [b.id for b in doc.boards(ids.workshop)] == [ids.other_board]
    assert doc.clusters_by_ids([ids.mobility, ids.environment]) == []
    assert doc.cards_by_ids(ids.cards) == []
    (field,) = doc.fields_of_action()
    assert field.cluster_ids == ()
    events = signals.take()
    assert ("boards_changed", ids.workshop) in events
    assert ("fields_changed", None) in events

    doc.undo_stack.undo()
    assert state(doc) == before
    assert ("fields_changed", None) in signals.take()
    doc.undo_stack.redo()
    assert doc.boards(ids.workshop)[0].id == ids.other_board
    doc.undo_stack.undo()
    assert state(doc) == before


def test_delete_workshop_removes_its_clusters_and_field_links_and_undo_restores(
    board: Board,
) -> None:
    doc, ids = board.doc, board.ids
    before = state(doc)
    assert doc.push(commands.delete_workshop(doc, ids.workshop))
    assert doc.workshops() == []
    assert doc.clusters_by_ids([ids.mobility, ids.environment]) == []
    assert doc.fields_of_action()[0].cluster_ids == ()
    doc.undo_stack.undo()
    assert state(doc) == before


# -- signals ---------------------------------------------------------------------------------------


def _untidy_then_tidy(doc: ProjectDocument, ids: Ids) -> Any:
    doc.apply_changes([Update("cards", ids.cards[2], {"x": 640.0, "y": 60.0})])
    return board_ops.tidy_cluster(doc, ids.environment)


# (name, command factory, (table, ids) the board signal must name, fields_changed expected)
Factory = Callable[[ProjectDocument, Ids], Any]
SIGNAL_CASES: list[tuple[str, Factory, tuple[str, Callable[[Ids], set[int]]], bool]] = [
    (
        "move card into cluster",
        lambda d, i: board_ops.move_items(d, i.board, {i.cards[3]: (700.0, 60.0)}),
        ("cards", lambda i: {i.cards[3]}),
        False,
    ),
    (
        "add card",
        lambda d, i: board_ops.add_card(d, i.board, NewCard("neu"), 2000.0, 0.0),
        ("cards", lambda i: {max(i.cards) + 1}),
        False,
    ),
    (
        "edit cards",
        lambda d, i: board_ops.edit_cards(d, i.cards[:2], {"note": "wichtig"}),
        ("cards", lambda i: set(i.cards[:2])),
        False,
    ),
    (
        "delete cards",
        lambda d, i: board_ops.delete_items(d, [i.cards[3]]),
        ("cards", lambda i: {i.cards[3]}),
        False,
    ),
    (
        "delete cluster",
        lambda d, i: board_ops.delete_items(d, [], [i.mobility]),
        ("clusters", lambda i: {i.mobility}),
        True,
    ),
    (
        "create cluster",
        lambda d, i: board_ops.create_cluster(d, i.board, i.cards[3:], "Digitales"),
        ("cards", lambda i: set(i.cards[3:])),
        True,
    ),
    (
        "rename cluster",
        lambda d, i: board_ops.rename_cluster(d, i.environment, "Klima"),
        ("clusters", lambda i: {i.environment}),
        True,
    ),
    (
        "colour clusters",
        lambda d, i: board_ops.set_cluster_colour(d, [i.environment], "green"),
        ("clusters", lambda i: {i.environment}),
        False,
    ),
    (
        "tidy cluster",
        lambda d, i: _untidy_then_tidy(d, i),
        ("cards", lambda i: {i.cards[2]}),
        False,
    ),
    (
        "merge clusters",
        lambda d, i: board_ops.merge_clusters(d, i.mobility, [i.environment]),
        ("clusters", lambda i: {i.mobility, i.environment}),
        True,
    ),
    (
        "lay out board",
        lambda d, i: board_ops.layout_board(d, i.board),
        ("cards", lambda i: {i.cards[3], i.cards[4]}),
        False,
    ),
    (
        "merge duplicates",
        lambda d, i: board_ops.merge_duplicates(d, [[i.cards[3], i.cards[4]]]),
        ("cards", lambda i: {i.cards[3], i.cards[4]}),
        False,
    ),
    (
        "import cards",
        lambda d, i: board_ops.import_cards(d, i.board, _new_cards(3), "Import"),
        ("cards", lambda i: {max(i.cards) + 1, max(i.cards) + 2, max(i.cards) + 3}),
        True,  # the import area is a new frame on the board
    ),
]


@pytest.mark.parametrize(
    ("factory", "expected", "fields"),
    [case[1:] for case in SIGNAL_CASES],
    ids=[case[0] for case in SIGNAL_CASES],
)
def test_board_changed_names_the_board_and_the_rows_on_do_undo_redo(
    board: Board, factory: Factory, expected, fields: bool
) -> None:
    doc, ids = board.doc, board.ids
    command = factory(doc, ids)
    assert command is not None
    signals = Signals(doc)
    table, wanted = expected
    for step in (lambda: doc.push(command), doc.undo_stack.undo, doc.undo_stack.redo):
        step()
        events = signals.take()
        changed = [args for name, args in events if name == "board_changed"]
        assert [board_id for board_id, _touched in changed] == [ids.board], events
        assert wanted(ids) <= changed[0][1].get(table, set())
        assert (("fields_changed", None) in events) is fields, events


def factory_id(factory: Factory) -> bool:
    """Whether a factory of the list below renames a field (it then also renames clusters)."""
    return "rename_field" in factory.__code__.co_names


@pytest.mark.parametrize(
    "factory",
    [
        lambda d, i: board_ops.promote_clusters(d, [i.environment]),
        lambda d, i: board_ops.link_cluster(d, i.environment, i.field),
        lambda d, i: board_ops.unlink_cluster(d, i.mobility),
        lambda d, i: board_ops.rename_field(d, i.field, "Verkehr"),
        lambda d, i: board_ops.edit_field(d, i.field, "Beschreibung"),
        lambda d, i: board_ops.delete_field(d, i.field),
    ],
    ids=["promote", "link", "unlink", "rename field", "edit field", "delete field"],
)
def test_fields_changed_on_do_undo_redo(board: Board, factory: Factory) -> None:
    doc, ids = board.doc, board.ids
    command = factory(doc, ids)
    signals = Signals(doc)
    for step in (lambda: doc.push(command), doc.undo_stack.undo, doc.undo_stack.redo):
        step()
        events = signals.take()
        assert ("fields_changed", None) in events
        # renaming a field renames the cluster carrying its name: its board is told as well
        allowed = {"fields_changed", "board_changed"} if factory_id(factory) else {"fields_changed"}
        assert all(name in allowed for name, _ in events), events


# -- read-only -------------------------------------------------------------------------------------

READ_ONLY_CASES: dict[str, Factory] = {
    "move": lambda d, i: board_ops.move_items(d, i.board, {i.cards[3]: (700.0, 60.0)}),
    "add card": lambda d, i: board_ops.add_card(d, i.board, NewCard("neu"), 0.0, 0.0),
    "create cluster": lambda d, i: board_ops.create_cluster(d, i.board, i.cards[3:], "Neu"),
    "delete cluster": lambda d, i: board_ops.delete_items(d, [], [i.mobility], with_cards=True),
    "layout": lambda d, i: board_ops.layout_board(d, i.board),
    "import": lambda d, i: board_ops.import_cards(d, i.board, _new_cards(5), "Import"),
    "promote": lambda d, i: board_ops.promote_clusters(d, [i.environment]),
    "delete board": lambda d, i: board_ops.delete_board(d, i.board),
}


@pytest.mark.parametrize("change", list(READ_ONLY_CASES))
def test_read_only_document_refuses_board_changes(qapp, tmp_path: Path, change: str) -> None:
    path = tmp_path / "tafel.scw"
    doc = ProjectDocument.create(path, title="Teststadt")
    ids = _build(doc)
    doc.close()
    digest = sha256(path)
    doc = ProjectDocument.open(path, read_only=True)
    try:
        before = state(doc)
        failures: list[str] = []
        doc.write_failed.connect(failures.append)
        signals = Signals(doc)
        command = READ_ONLY_CASES[change](doc, ids)
        assert command is not None
        assert doc.push(command) is False
        assert len(failures) == 1
        assert "read-only" in failures[0]
        assert signals.take() == []
        assert doc.undo_stack.count() == 0
        assert state(doc) == before
    finally:
        doc.close()
    assert sha256(path) == digest


# -- the demo --------------------------------------------------------------------------------------

DEMO_CLUSTERS = [
    "E-Government",
    "Infrastruktur",
    "Soziales",
    "Umwelt",
    "Industrie/Wirtschaft 4.0",
    "Digitale Bildung",
    "Kommunikation & Bürgerdialog",
    "Smart Living",
]
DEMO_FIELDS = ["E-Government", "Infrastruktur", "Soziales", "Umwelt", "Digitale Bildung"]


@pytest.fixture
def demo(qapp, tmp_path: Path) -> Iterator[ProjectDocument]:
    doc = ProjectDocument.create_demo(tmp_path / "demo.scw")
    yield doc
    doc.close()


def _demo_boards(doc: ProjectDocument) -> tuple[int, int]:
    first, second = doc.workshops()
    return doc.boards(first.id)[0].id, doc.boards(second.id)[0].id


def test_demo_board_shows_a_clustering_session(demo: ProjectDocument) -> None:
    board_id, _later = _demo_boards(demo)
    clusters = demo.clusters(board_id)
    assert [c.title for c in clusters] == DEMO_CLUSTERS
    assert len({c.colour for c in clusters if c.colour}) == len([c for c in clusters if c.colour])
    cards = demo.cards(board_id)
    assert len(cards) == 74
    loose = [c for c in cards if c.cluster_id is None]
    assert 8 <= len(loose) <= 10
    for cluster in clusters:
        assert len(demo.cluster_cards(cluster.id)) >= 5, cluster.title
    _assert_laid_out(demo, board_id)


def test_demo_board_is_already_tidy_and_laid_out(demo: ProjectDocument) -> None:
    board_id, later = _demo_boards(demo)
    assert board_ops.layout_board(demo, board_id) is None
    assert all(board_ops.tidy_cluster(demo, c.id) is None for c in demo.clusters(board_id))
    assert board_ops.layout_board(demo, later) is None


def test_demo_cards_sit_in_the_cluster_their_content_belongs_to(demo: ProjectDocument) -> None:
    board_id, _later = _demo_boards(demo)
    titles = {c.id: c.title for c in demo.clusters(board_id)}
    where = {c.text: titles.get(c.cluster_id) for c in demo.cards(board_id)}
    assert where["Elektronische Akte in allen Fachbereichen einführen, Medienbrüche vermeiden"] == (
        "E-Government"
    )
    assert where["Glasfaserausbau in den Ortsteilen am Stadtrand beschleunigen"] == "Infrastruktur"
    assert where["Medienkompetenz schon in der Grundschule vermitteln"] == "Digitale Bildung"
    assert where["Solarkataster online: Welche Dachfläche eignet sich für Photovoltaik?"] == (
        "Umwelt"
    )
    assert where["Keine Videoüberwachung im öffentlichen Raum – Datenschutz geht vor"] is None


def test_demo_promotes_some_clusters_to_fields_of_action(demo: ProjectDocument) -> None:
    board_id, _later = _demo_boards(demo)
    by_title = {c.title: c.id for c in demo.clusters(board_id)}
    fields = demo.fields_of_action()
    assert [f.title for f in fields] == DEMO_FIELDS
    assert [f.position for f in fields] == list(range(len(DEMO_FIELDS)))
    for field in fields:
        assert field.cluster_ids == (by_title[field.title],)
        assert field.description.endswith("."), field.title
        assert field.description.count(". ") == 0, field.title  # one sentence
    linked = demo.field_links(by_title.values())
    unpromoted = [t for t, cid in by_title.items() if not linked.get(cid)]
    assert unpromoted == [t for t in DEMO_CLUSTERS if t not in DEMO_FIELDS]
    assert board_ops.promote_clusters(demo, [by_title["Umwelt"]]) is None


def test_demo_later_board_is_unsorted(demo: ProjectDocument) -> None:
    _board_id, later = _demo_boards(demo)
    assert demo.clusters(later) == []
    cards = demo.cards(later)
    assert len(cards) > 10
    assert all(c.cluster_id is None for c in cards)
    assert _no_overlaps([_rect(c) for c in cards])


def test_demo_check(demo: ProjectDocument) -> None:
    report = demo.check()
    assert report.ok, report.problems
    assert report.counts["clusters"] == len(DEMO_CLUSTERS)
    assert report.counts["fields_of_action"] == len(DEMO_FIELDS)
    assert report.counts["cards"] == 74 + len(demo.cards(_demo_boards(demo)[1]))


def test_typing_a_cards_text_in_pauses_is_one_undo_step(board: Board) -> None:
    doc, ids = board.doc, board.ids
    card = ids.cards[0]
    original = doc.cards_by_ids([card])[0].text
    count = doc.undo_stack.count()
    assert doc.push(board_ops.edit_cards(doc, [card], {"text": "Bus"}, typing=True))
    assert doc.push(board_ops.edit_cards(doc, [card], {"text": "Bus und Rad"}, typing=True))
    assert doc.undo_stack.count() == count + 1
    assert doc.cards_by_ids([card])[0].text == "Bus und Rad"
    # another field, or another card, is a step of its own
    assert doc.push(board_ops.edit_cards(doc, [card], {"note": "wichtig"}, typing=True))
    assert doc.undo_stack.count() == count + 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.cards_by_ids([card])[0].text == original
    doc.undo_stack.redo()
    assert doc.cards_by_ids([card])[0].text == "Bus und Rad"
    # without `typing` (a menu choice), each edit is its own step
    assert doc.push(board_ops.edit_cards(doc, [card], {"text": "Rad"}))
    assert doc.push(board_ops.edit_cards(doc, [card], {"text": "Rad und Bus"}))
    # (pushing dropped the undone note step) the typed text, then two separate steps
    assert doc.undo_stack.count() == count + 3
