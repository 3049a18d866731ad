"""Dot-voting without widgets: push, undo, redo; what the file holds and what is announced.

Every state is read afresh from the file (the five voting tables row by row, plus the document's
queries), and every test ends by closing the document and reopening the file, which must show
the same rounds, options, ballots and paper counts.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.document import board_ops, commands
from smartcity_desktop.document import voting_ops as vops
from smartcity_desktop.document.document import Insert, ProjectDocument, Update
from smartcity_desktop.domain import voting
from smartcity_desktop.domain.model import Attendance
from smartcity_desktop.domain.voting import BallotProblem, Dots, RoundSettings
from smartcity_desktop.store.demo import demo_source_dir

VOTING_TABLES = ("voting_rounds", "round_options", "ballots", "ballot_dots", "paper_counts")
BOARD_TABLES = ("boards", "clusters", "cards")

# -- the workshop under test -------------------------------------------------------------------


@dataclass
class Ids:
    """One workshop with two boards and three invited people.

    The board's clusters, in reading order (top to bottom, left to right): Mobilität (0, 0),
    Umwelt (600, 0), Bildung (0, 400), Energie (600, 400); they were inserted in another order,
    so their ids are not their reading order. Cards, in reading order: one in Mobilität and two
    loose below. The other board has one cluster. Anna and Ben are present, Cem excused.
    """

    workshop: int
    board: int
    other_board: int
    clusters: tuple[int, ...]  # reading order
    other_cluster: int
    cards: tuple[int, ...]  # reading order
    people: tuple[int, ...]  # Anna, Ben, Cem
    groups: tuple[int, ...]  # the first three stakeholder groups


def _build(doc: ProjectDocument) -> Ids:
    add = commands.add_workshop(doc, {"title": "Auftaktworkshop"})
    assert doc.push(add)
    workshop = add.row_id
    boards = []
    for title in ("Ideensammlung", "Projektideen"):
        command = board_ops.add_board(doc, workshop, title)
        assert doc.push(command)
        boards.append(command.row_id)
    board, other_board = boards
    groups = tuple(g.id for g in doc.stakeholder_groups()[:3])
    people = []
    for name, group, attendance in (
        ("Anna", groups[0], Attendance.PRESENT),
        ("Ben", groups[1], Attendance.PRESENT),
        ("Cem", groups[2], Attendance.EXCUSED),
    ):
        command = commands.AddParticipantCommand(
            doc, {"name": name, "group_id": group}, workshop, attendance
        )
        assert doc.push(command)
        people.append(command.row_id)

    first = doc.next_id("clusters")
    umwelt, mobility, energy, education, other = range(first, first + 5)

    def cluster(cid: int, board_id: int, title: str, x: float, y: float) -> dict[str, Any]:
        return {"id": cid, "board_id": board_id, "title": title, "x": x, "y": y}

    card = doc.next_id("cards")
    doc.apply_changes(
        [
            Insert(
                "clusters",
                (
                    cluster(umwelt, board, "Umwelt", 600, 0),
                    cluster(mobility, board, "Mobilität", 0, 0),
                    cluster(energy, board, "Energie", 600, 400),
                    cluster(education, board, "Bildung", 0, 400),
                    cluster(other, other_board, "Sonstiges", 0, 0),
                ),
            ),
            Insert(
                "cards",
                (
                    {"id": card, "board_id": board, "text": "Leihräder", "x": 16, "y": 52},
                    {"id": card + 1, "board_id": board, "text": "WLAN", "x": 0, "y": 900},
                    {"id": card + 2, "board_id": board, "text": "Open Data", "x": 216, "y": 800},
                ),
            ),
        ]
    )
    doc.apply_changes([Update("cards", card, {"cluster_id": mobility})])
    doc.undo_stack.clear()
    return Ids(
        workshop=workshop,
        board=board,
        other_board=other_board,
        clusters=(mobility, umwelt, education, energy),
        other_cluster=other,
        cards=(card, card + 2, card + 1),
        people=tuple(people),
        groups=groups,
    )


def rows(doc: ProjectDocument, tables: tuple[str, ...] = VOTING_TABLES) -> dict[str, list]:
    """Every row of `tables`, read from the file now."""
    conn = doc._file.conn
    return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")] for t in tables}


def state(doc: ProjectDocument) -> dict[str, Any]:
    """The voting and board tables row by row, and every round as the document reads it."""
    rounds = {}
    for workshop in doc.workshops():
        for r in doc.voting_rounds(workshop.id):
            rounds[r.id] = (
                r,
                doc.round_options(r.id),
                doc.ballots(r.id),
                doc.paper_counts(r.id),
            )
    return {"rows": rows(doc, VOTING_TABLES + BOARD_TABLES), "rounds": rounds}


@dataclass
class Workshop:
    doc: ProjectDocument
    ids: Ids

    def reopen(self) -> ProjectDocument:
        before = state(self.doc)
        path = self.doc.path
        self.doc.close()
        self.doc = ProjectDocument.open(path)
        assert state(self.doc) == before, "the file does not hold what the document showed"
        report = self.doc.check()
        assert report.ok, report.problems
        return self.doc


@pytest.fixture
def ws(qapp, tmp_path: Path) -> Iterator[Workshop]:
    doc = ProjectDocument.create(tmp_path / "punkte.scw", title="Teststadt", city="Teststadt")
    project = Workshop(doc, _build(doc))
    yield project
    project.reopen()
    project.doc.close()


class Signals:
    """The voting, board and failure signals of a document, recorded in order."""

    def __init__(self, doc: ProjectDocument) -> None:
        self.events: list[tuple[str, Any]] = []
        doc.votes_changed.connect(lambda rid: self.events.append(("votes_changed", rid)))
        doc.rounds_changed.connect(lambda: self.events.append(("rounds_changed", None)))
        doc.board_changed.connect(lambda bid, _t: self.events.append(("board_changed", bid)))
        doc.boards_changed.connect(lambda wid: self.events.append(("boards_changed", wid)))
        doc.write_failed.connect(lambda text: self.events.append(("write_failed", text)))

    def take(self) -> list[tuple[str, Any]]:
        events, self.events = self.events, []
        return events


def do_undo_redo(
    doc: ProjectDocument, command: Any, expected: list[tuple[str, Any]] | None = None
) -> tuple[dict, dict]:
    """Push `command`: the file must change; undo must bring back the file as it was, redo the
    file as after. With `expected`, each of the three must announce exactly those signals.
    Returns (before, after)."""
    assert command is not None
    signals = Signals(doc)
    before = state(doc)
    count = doc.undo_stack.count()
    assert doc.push(command)
    assert doc.last_error is None
    assert doc.undo_stack.count() == count + 1
    after = state(doc)
    assert after != before
    pushed = signals.take()
    doc.undo_stack.undo()
    assert state(doc) == before
    undone = signals.take()
    doc.undo_stack.redo()
    assert state(doc) == after
    redone = signals.take()
    if expected is not None:
        assert pushed == expected
        assert undone == expected
        assert redone == expected
    return before, after


MAIN = RoundSettings(dots=3, red_dots=2, cap=2)


def start(
    doc: ProjectDocument,
    board_id: int,
    settings: RoundSettings = MAIN,
    *,
    target: str = "clusters",
    only: tuple[int, ...] = (),
    title: str = "Punktabfrage",
    **kw: Any,
) -> tuple[int, list[int]]:
    """Start a round on the board's clusters (or cards); returns its id and its option ids."""
    options = vops.options_of_board(doc, board_id, target, only)
    command = vops.start_round(doc, board_id, title, target, options, settings, **kw)
    assert doc.push(command)
    round_id = command.new_ids[0]
    return round_id, [o.id for o in doc.round_options(round_id)]


def vote(
    doc: ProjectDocument, round_id: int, dots: Mapping[int, tuple[int, int]], **kw: Any
) -> int:
    """Cast a ballot (option id → (green, red)); returns the ballot's id."""
    command = vops.cast_ballot(doc, round_id, {o: Dots(g, r) for o, (g, r) in dots.items()}, **kw)
    assert doc.push(command)
    return command.new_ids[0]


def by_option(doc: ProjectDocument, round_id: int) -> dict[int, voting.OptionResult]:
    return {r.option_id: r for r in vops.results(doc, round_id)}


# -- starting a round ------------------------------------------------------------------------------


def test_options_of_board_are_clusters_or_cards_in_reading_order(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    clusters = vops.options_of_board(doc, ids.board, "clusters")
    assert [(o.label, o.cluster_id, o.card_id) for o in clusters] == [
        ("Mobilität", ids.clusters[0], None),
        ("Umwelt", ids.clusters[1], None),
        ("Bildung", ids.clusters[2], None),
        ("Energie", ids.clusters[3], None),
    ]
    cards = vops.options_of_board(doc, ids.board, "cards")
    assert [(o.label, o.card_id, o.cluster_id) for o in cards] == [
        ("Leihräder", ids.cards[0], None),
        ("Open Data", ids.cards[1], None),
        ("WLAN", ids.cards[2], None),
    ]
    chosen = vops.options_of_board(doc, ids.board, "clusters", [ids.clusters[3], ids.clusters[1]])
    assert [o.cluster_id for o in chosen] == [ids.clusters[1], ids.clusters[3]]
    assert vops.options_of_board(doc, ids.other_board, "cards") == []


def test_start_round_writes_the_round_with_its_options(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    settings = RoundSettings(dots=2, red_dots=1, cap=2, anonymous=False, hidden=False)
    options = vops.options_of_board(doc, ids.board, "clusters")
    round_id = doc.next_id("voting_rounds")
    command = vops.start_round(
        doc, ids.board, "Was zuerst?", "clusters", options, settings, voters="count", voter_count=12
    )
    do_undo_redo(doc, command, [("rounds_changed", None), ("votes_changed", round_id)])
    assert command.new_ids == [round_id]
    assert doc.undo_stack.undoText() == "Start voting round “Was zuerst?”"

    r = doc.voting_round(round_id)
    assert (r.board_id, r.title, r.target, r.state, r.position) == (
        ids.board,
        "Was zuerst?",
        "clusters",
        "open",
        0,
    )
    assert (r.dots, r.red_dots, r.cap, r.anonymous, r.hidden) == (2, 1, 2, False, False)
    assert (r.voters, r.voter_count, r.previous_round_id) == ("count", 12, None)
    saved = doc.round_options(round_id)
    assert [(o.label, o.cluster_id, o.card_id, o.position) for o in saved] == [
        (o.label, o.cluster_id, None, i) for i, o in enumerate(options)
    ]
    assert doc.ballots(round_id) == []
    assert [x.id for x in doc.voting_rounds(ids.workshop)] == [round_id]

    doc.undo_stack.undo()
    assert rows(doc) == {t: [] for t in VOTING_TABLES}
    doc.undo_stack.redo()

    second, _options = start(doc, ids.board, title="Noch eine")
    assert doc.voting_round(second).position == 1
    assert [x.id for x in doc.board_rounds(ids.board)] == [round_id, second]


def test_the_rounds_of_a_workshop_are_listed_in_the_order_they_were_started(
    ws: Workshop,
) -> None:
    # (the navigator's "Votings" section shows this list)
    doc, ids = ws.doc, ws.ids
    a, _options = start(doc, ids.board, title="A")
    b, _options = start(doc, ids.board, title="B")
    c, _options = start(doc, ids.other_board, title="C")
    assert [r.id for r in doc.board_rounds(ids.board)] == [a, b]
    assert [r.title for r in doc.voting_rounds(ids.workshop)] == ["A", "B", "C"]
    assert [r.id for r in doc.voting_rounds(ids.workshop)] == [a, b, c]


def test_a_round_on_cards(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, options = start(doc, ids.board, target="cards")
    saved = doc.round_options(round_id)
    assert [(o.card_id, o.cluster_id) for o in saved] == [(c, None) for c in ids.cards]
    assert doc.voting_round(round_id).target == "cards"
    assert len(options) == 3


# -- settings, renaming and the state --------------------------------------------------------------


def test_rename_round(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, _options = start(doc, ids.board, title="Alt")
    command = vops.change_settings(doc, round_id, {"title": "Neu"})
    do_undo_redo(doc, command, [("rounds_changed", None), ("votes_changed", round_id)])
    assert doc.undo_stack.undoText() == "Rename voting round"
    assert doc.voting_round(round_id).title == "Neu"
    doc.undo_stack.undo()
    assert doc.voting_round(round_id).title == "Alt"
    doc.undo_stack.redo()
    assert vops.change_settings(doc, round_id, {"title": "Neu"}) is None


def test_change_settings(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, _options = start(doc, ids.board)
    values = {"dots": 5, "red_dots": 0, "cap": 1, "hidden": 0}
    command = vops.change_settings(doc, round_id, values)
    _before, _after = do_undo_redo(doc, command)
    assert doc.undo_stack.undoText() == "Change the voting settings"
    r = doc.voting_round(round_id)
    assert (r.dots, r.red_dots, r.cap, r.hidden) == (5, 0, 1, False)
    doc.undo_stack.undo()
    r = doc.voting_round(round_id)
    assert (r.dots, r.red_dots, r.cap, r.hidden) == (3, 2, 2, True)
    doc.undo_stack.redo()
    assert vops.change_settings(doc, round_id, values) is None
    assert vops.change_settings(doc, round_id, {}) is None


def test_settings_changed_after_ballots_keep_the_ballots_as_recorded(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, b, *_rest) = start(doc, ids.board)
    vote(doc, round_id, {a: (2, 0), b: (1, 1)})
    vote(doc, round_id, {b: (0, 2)})
    ballots = rows(doc, ("ballots", "ballot_dots"))
    tally = vops.results(doc, round_id)

    command = vops.change_settings(doc, round_id, {"dots": 1, "red_dots": 0, "cap": 1})
    do_undo_redo(doc, command, [("rounds_changed", None), ("votes_changed", round_id)])
    assert rows(doc, ("ballots", "ballot_dots")) == ballots
    assert vops.results(doc, round_id) == tally
    # the new rules apply to the ballots still to come
    with pytest.raises(vops.BallotRefused):
        vops.cast_ballot(doc, round_id, {a: Dots(2, 0)})


def test_close_reveal_and_reopen_each_undoable(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, _options = start(doc, ids.board)
    steps = [("closed", "Close voting"), ("revealed", "Reveal results"), ("open", "Reopen voting")]
    previous = "open"
    for new, text in steps:
        command = vops.set_state(doc, round_id, new)
        do_undo_redo(doc, command, [("rounds_changed", None), ("votes_changed", round_id)])
        assert doc.undo_stack.undoText() == text
        assert doc.voting_round(round_id).state == new
        doc.undo_stack.undo()
        assert doc.voting_round(round_id).state == previous
        doc.undo_stack.redo()
        assert vops.set_state(doc, round_id, new) is None
        previous = new
    # open -> revealed directly, too
    do_undo_redo(doc, vops.set_state(doc, round_id, "revealed"))
    assert doc.voting_round(round_id).state == "revealed"


# -- ballots ---------------------------------------------------------------------------------------


def test_cast_ballot_writes_the_ballot_and_its_dots(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, options = start(doc, ids.board, RoundSettings(dots=3, red_dots=2, cap=2))
    a, b, c, _d = options
    ballot_id = doc.next_id("ballots")
    command = vops.cast_ballot(
        doc,
        round_id,
        {c: Dots(1, 0), a: Dots(2, 1), b: Dots(0, 0)},
        participant_id=ids.people[0],
        voter_no=4,
        group_id=ids.groups[0],
    )
    do_undo_redo(doc, command, [("votes_changed", round_id)])
    assert command.new_ids == [ballot_id]
    (ballot,) = doc.ballots(round_id)
    assert (ballot.id, ballot.participant_id, ballot.voter_no, ballot.group_id) == (
        ballot_id,
        ids.people[0],
        4,
        ids.groups[0],
    )
    assert ballot.abstained is False
    # dots in option-id order; an option without dots gets no row
    assert ballot.dots == tuple(sorted([(a, 2, 1), (c, 1, 0)]))
    assert [r[2:] for r in rows(doc)["ballot_dots"]] == [(o, g, r) for o, g, r in ballot.dots]
    doc.undo_stack.undo()
    assert rows(doc, ("ballots", "ballot_dots")) == {"ballots": [], "ballot_dots": []}
    doc.undo_stack.redo()
    assert doc.ballots(round_id) == [ballot]


def test_unused_dots_are_accepted_and_recorded_as_given(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, *_rest) = start(doc, ids.board)
    command = vops.cast_ballot(doc, round_id, {a: Dots(1, 0)})
    do_undo_redo(doc, command, [("votes_changed", round_id)])
    (ballot,) = doc.ballots(round_id)
    assert ballot.dots == ((a, 1, 0),)
    assert by_option(doc, round_id)[a].green == 1


def test_an_abstention_records_a_ballot_without_dots(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, b, *_rest) = start(doc, ids.board)
    vote(doc, round_id, {a: (1, 0)})
    tally = vops.results(doc, round_id)
    command = vops.cast_ballot(doc, round_id, {b: Dots(2, 0)}, voter_no=2, abstained=True)
    do_undo_redo(doc, command, [("votes_changed", round_id)])
    assert doc.undo_stack.undoText() == "Record an abstention"
    ballots = doc.ballots(round_id)
    assert [(b.voter_no, b.abstained, b.dots) for b in ballots[1:]] == [(2, True, ())]
    assert len(rows(doc)["ballot_dots"]) == 1  # the first ballot's dot only
    assert vops.results(doc, round_id) == tally
    # an empty ballot that is not marked as an abstention is recorded too, without dots
    empty = vote(doc, round_id, {})
    assert [(b.abstained, b.dots) for b in doc.ballots(round_id) if b.id == empty] == [(False, ())]


@dataclass(frozen=True)
class Refusal:
    settings: RoundSettings
    dots: dict[int, tuple[int, int]]  # option index → (green, red)
    problems: set[BallotProblem]


REFUSALS = {
    "over the green budget": Refusal(
        RoundSettings(dots=3, red_dots=2, cap=2),
        {0: (2, 0), 1: (2, 0)},
        {BallotProblem.OVER_BUDGET_GREEN},
    ),
    "over the red budget": Refusal(
        RoundSettings(dots=3, red_dots=2, cap=2),
        {0: (0, 1), 1: (0, 1), 2: (0, 1)},
        {BallotProblem.OVER_BUDGET_RED},
    ),
    "over the cap (green)": Refusal(
        RoundSettings(dots=3, red_dots=2, cap=2), {0: (3, 0)}, {BallotProblem.OVER_CAP}
    ),
    "over the cap (red)": Refusal(
        RoundSettings(dots=3, red_dots=2, cap=1), {0: (1, 2)}, {BallotProblem.OVER_CAP}
    ),
    "red dots in a green-only round": Refusal(
        RoundSettings(dots=3), {0: (1, 0), 1: (0, 1)}, {BallotProblem.RED_NOT_ALLOWED}
    ),
    "a negative count": Refusal(
        RoundSettings(dots=3, red_dots=1), {0: (-1, 0)}, {BallotProblem.NEGATIVE}
    ),
}


@pytest.mark.parametrize("case", REFUSALS.values(), ids=REFUSALS.keys())
def test_cast_ballot_refuses_a_ballot_against_the_rules(ws: Workshop, case: Refusal) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, options = start(doc, ids.board, case.settings)
    vote(doc, round_id, {options[3]: (1, 0)})  # a valid ballot before
    before, count = state(doc), doc.undo_stack.count()
    signals = Signals(doc)
    dots = {options[i]: Dots(g, r) for i, (g, r) in case.dots.items()}
    with pytest.raises(vops.BallotRefused) as refused:
        vops.cast_ballot(doc, round_id, dots)
    assert {e.problem for e in refused.value.errors} == case.problems
    assert refused.value.reason == ""
    assert state(doc) == before
    assert doc.undo_stack.count() == count
    assert signals.take() == []


def test_cast_ballot_refuses_an_option_of_another_round_or_none(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, *_rest) = start(doc, ids.board)
    _other, (foreign, *_more) = start(doc, ids.other_board)
    before, count = state(doc), doc.undo_stack.count()
    for unknown in (foreign, 9999):
        with pytest.raises(vops.BallotRefused) as refused:
            vops.cast_ballot(doc, round_id, {a: Dots(1, 0), unknown: Dots(1, 0)})
        assert [(e.problem, e.option_id) for e in refused.value.errors] == [
            (BallotProblem.UNKNOWN_OPTION, unknown)
        ]
    assert state(doc) == before
    assert doc.undo_stack.count() == count


@pytest.mark.parametrize("closed_as", ["closed", "revealed"])
def test_cast_ballot_refuses_when_the_round_is_not_open(ws: Workshop, closed_as: str) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, *_rest) = start(doc, ids.board)
    assert doc.push(vops.set_state(doc, round_id, closed_as))
    before, count = state(doc), doc.undo_stack.count()
    with pytest.raises(vops.BallotRefused) as refused:
        vops.cast_ballot(doc, round_id, {a: Dots(1, 0)})
    assert refused.value.reason == "not_open"
    with pytest.raises(vops.BallotRefused) as refused:
        vops.cast_ballot(doc, round_id, {}, abstained=True)
    assert refused.value.reason == "not_open"
    assert state(doc) == before
    assert doc.undo_stack.count() == count
    # reopened, the same ballot is taken
    assert doc.push(vops.set_state(doc, round_id, "open"))
    vote(doc, round_id, {a: (1, 0)})
    assert len(doc.ballots(round_id)) == 1


def test_a_participant_votes_once_in_a_named_round(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    anna, ben, _cem = ids.people
    named = RoundSettings(dots=3, anonymous=False)
    round_id, (a, b, *_rest) = start(doc, ids.board, named)
    first = vote(doc, round_id, {a: (1, 0)}, participant_id=anna)
    vote(doc, round_id, {b: (1, 0)}, participant_id=ben)
    before, count = state(doc), doc.undo_stack.count()
    for ballot in ({b: Dots(1, 0)}, {}):
        with pytest.raises(vops.BallotRefused) as refused:
            vops.cast_ballot(doc, round_id, ballot, participant_id=anna)
        assert refused.value.reason == "voted_already"
    assert state(doc) == before
    assert doc.undo_stack.count() == count
    # once the ballot is withdrawn, Anna may vote again
    assert doc.push(vops.withdraw_ballot(doc, round_id, first))
    vote(doc, round_id, {b: (1, 0)}, participant_id=anna)
    assert sorted(b.participant_id for b in doc.ballots(round_id)) == sorted([anna, ben])
    # anonymous voters (no participant) are never "the same person"
    vote(doc, round_id, {a: (1, 0)})
    vote(doc, round_id, {a: (1, 0)})
    assert len(doc.ballots(round_id)) == 4


def test_withdraw_ballot_removes_it_with_its_dots(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, b, *_rest) = start(doc, ids.board)
    keep = vote(doc, round_id, {a: (1, 0)})
    ballot_id = vote(doc, round_id, {a: (2, 0), b: (1, 2)}, group_id=ids.groups[1])
    before, _after = do_undo_redo(
        doc, vops.withdraw_ballot(doc, round_id, ballot_id), [("votes_changed", round_id)]
    )
    assert doc.undo_stack.undoText() == "Withdraw a ballot"
    assert [b.id for b in doc.ballots(round_id)] == [keep]
    assert [r[1] for r in rows(doc)["ballot_dots"]] == [keep]
    assert by_option(doc, round_id)[b].red == 0
    doc.undo_stack.undo()
    assert state(doc) == before  # every row back, with the same ids
    assert by_option(doc, round_id)[b].red == 2


# -- paper counts ----------------------------------------------------------------------------------


def test_paper_counts_per_option_and_group_add_up_with_ballots(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    g1, g2, _g3 = ids.groups
    round_id, (a, b, c, _d) = start(doc, ids.board)
    vote(doc, round_id, {a: (2, 0), b: (0, 1)}, group_id=g1)
    vote(doc, round_id, {a: (1, 0)})
    counts = [(a, None, 5, 1), (a, g2, 3, 0), (b, None, 4, 0), (b, g1, 0, 2), (c, g2, 1, 0)]
    for option, group, green, red in counts:
        command = vops.set_paper_count(doc, round_id, option, group, green, red)
        do_undo_redo(doc, command, [("votes_changed", round_id)])
    assert doc.undo_stack.undoText() == "Enter paper count"
    assert sorted(
        (p["option_id"], p["group_id"] or 0, p["green"], p["red"])
        for p in doc.paper_counts(round_id)
    ) == sorted((o, g or 0, gr, r) for o, g, gr, r in counts)

    result = by_option(doc, round_id)
    assert (result[a].green, result[a].red) == (2 + 1 + 5 + 3, 1)
    assert dict(result[a].by_group) == {g1: Dots(2, 0), g2: Dots(3, 0), None: Dots(1 + 5, 1)}
    assert (result[b].green, result[b].red) == (4, 1 + 2)
    assert dict(result[b].by_group) == {g1: Dots(0, 3), None: Dots(4, 0)}
    assert (result[c].green, result[c].red) == (1, 0)
    # breadth counts the laptop voters only: paper dots have no voter
    assert (result[a].breadth, result[b].breadth, result[c].breadth) == (2, 1, 0)
    assert math.isclose(sum(r.share for r in result.values()), 1.0)


def test_paper_count_changed_is_one_step_and_the_same_value_is_none(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, *_rest) = start(doc, ids.board)
    assert vops.set_paper_count(doc, round_id, a, None, 0, 0) is None  # nothing to enter
    assert doc.push(vops.set_paper_count(doc, round_id, a, None, 4, 1))
    assert vops.set_paper_count(doc, round_id, a, None, 4, 1) is None
    assert vops.set_paper_count(doc, round_id, a, ids.groups[0], 4, 1) is not None  # other cell
    paper_rows = rows(doc)["paper_counts"]

    command = vops.set_paper_count(doc, round_id, a, None, 6, 0)
    do_undo_redo(doc, command, [("votes_changed", round_id)])
    (count,) = doc.paper_counts(round_id)
    assert (count["id"], count["green"], count["red"]) == (paper_rows[0][0], 6, 0)
    doc.undo_stack.undo()
    assert rows(doc)["paper_counts"] == paper_rows  # the earlier count, not no count
    doc.undo_stack.redo()
    assert by_option(doc, round_id)[a].green == 6


def test_paper_count_refuses_negative_and_red_in_a_green_only_round(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, *_rest) = start(doc, ids.board)
    green_only, (x, *_more) = start(doc, ids.board, RoundSettings(dots=2))
    assert doc.push(vops.set_paper_count(doc, round_id, a, None, 2, 0))
    before, count = state(doc), doc.undo_stack.count()
    for green, red in ((-1, 0), (3, -2)):
        with pytest.raises(vops.BallotRefused) as refused:
            vops.set_paper_count(doc, round_id, a, None, green, red)
        assert [e.problem for e in refused.value.errors] == [BallotProblem.NEGATIVE]
    with pytest.raises(vops.BallotRefused) as refused:
        vops.set_paper_count(doc, green_only, x, None, 1, 1)
    assert [e.problem for e in refused.value.errors] == [BallotProblem.RED_NOT_ALLOWED]
    assert state(doc) == before
    assert doc.undo_stack.count() == count


# -- deleting a round ------------------------------------------------------------------------------


def test_delete_round_takes_everything_of_it_and_undo_brings_it_back(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, b, *_rest) = start(doc, ids.board)
    vote(doc, round_id, {a: (2, 1), b: (1, 0)}, group_id=ids.groups[0])
    vote(doc, round_id, {}, abstained=True)
    assert doc.push(vops.set_paper_count(doc, round_id, a, None, 3, 0))
    kept, kept_options = start(doc, ids.other_board)
    vote(doc, kept, {kept_options[0]: (1, 0)})
    kept_rows = {
        "voting_rounds": [r for r in rows(doc)["voting_rounds"] if r[0] == kept],
        "round_options": [r for r in rows(doc)["round_options"] if r[1] == kept],
    }

    before, _after = do_undo_redo(
        doc,
        vops.delete_round(doc, round_id),
        [("rounds_changed", None), ("votes_changed", round_id)],
    )
    assert doc.undo_stack.undoText() == "Delete voting round"
    after = rows(doc)
    assert after["voting_rounds"] == kept_rows["voting_rounds"]
    assert after["round_options"] == kept_rows["round_options"]
    assert [r[1] for r in after["ballots"]] == [kept]
    assert after["paper_counts"] == []
    assert len(after["ballot_dots"]) == 1
    with pytest.raises(KeyError):
        doc.voting_round(round_id)
    doc.undo_stack.undo()
    assert state(doc) == before


def test_deleting_a_first_round_unlinks_its_second_round_until_undone(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    first, options = start(doc, ids.board)
    vote(doc, first, {options[0]: (2, 0), options[1]: (1, 0)})
    assert doc.push(vops.set_state(doc, first, "revealed"))
    command = vops.second_round(doc, first, options[:2], "Stichwahl")
    assert doc.push(command)
    second = command.new_ids[0]
    before, _after = do_undo_redo(doc, vops.delete_round(doc, first))
    assert doc.voting_round(second).previous_round_id is None
    assert [o.previous_option_id for o in doc.round_options(second)] == [None, None]
    assert [o.label for o in doc.round_options(second)] == ["Mobilität", "Umwelt"]
    doc.undo_stack.undo()
    assert doc.voting_round(second).previous_round_id == first
    assert [o.previous_option_id for o in doc.round_options(second)] == options[:2]
    assert state(doc) == before


# -- results ---------------------------------------------------------------------------------------


def test_results_rank_by_net_with_shared_ranks_breadth_and_shares(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, b, c, d) = start(doc, ids.board, RoundSettings(dots=3, red_dots=1, cap=2))
    vote(doc, round_id, {a: (2, 0), b: (1, 0)})
    vote(doc, round_id, {a: (1, 0), c: (1, 0), d: (1, 1)})
    vote(doc, round_id, {d: (0, 1)})
    vote(doc, round_id, {a: (2, 0)}, abstained=True)  # an abstention counts for nothing
    results = vops.results(doc, round_id)
    assert [r.option_id for r in results] == [a, b, c, d]  # option order
    got = {r.option_id: (r.green, r.red, r.net, r.rank, r.breadth) for r in results}
    # d has as many green dots as b and c but two red ones: net -1, last
    assert got == {
        a: (3, 0, 3, 1, 2),
        b: (1, 0, 1, 2, 1),
        c: (1, 0, 1, 2, 1),
        d: (1, 2, -1, 4, 2),
    }
    tied = {r.option_id: set(r.tied_with) for r in results}
    assert tied == {a: set(), b: {c}, c: {b}, d: set()}
    assert voting.tie_text_groups(results) == [(2, [b, c])]
    assert math.isclose(sum(r.share for r in results), 1.0)
    assert math.isclose(sum(r.green_share for r in results), 1.0)
    assert math.isclose(by_option(doc, round_id)[a].share, 3 / 8)


def test_results_of_a_round_without_votes_share_the_first_rank(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, options = start(doc, ids.board)
    results = vops.results(doc, round_id)
    assert [(r.rank, r.green, r.red, r.share) for r in results] == [(1, 0, 0, 0.0)] * 4
    assert all(len(r.tied_with) == len(options) - 1 for r in results)


# -- a second round --------------------------------------------------------------------------------


@pytest.mark.parametrize(("shortlist", "dots"), [(1, 1), (2, 1), (3, 2), (4, 2)])
def test_second_round_on_a_shortlist(ws: Workshop, shortlist: int, dots: int) -> None:
    doc, ids = ws.doc, ws.ids
    first, options = start(
        doc,
        ids.board,
        RoundSettings(dots=3, red_dots=1, cap=2, anonymous=False, hidden=False),
        voters="count",
        voter_count=17,
    )
    assert doc.push(vops.set_state(doc, first, "revealed"))
    chosen = options[-shortlist:]
    round_id = doc.next_id("voting_rounds")
    command = vops.second_round(doc, first, chosen, "Zweite Runde")
    do_undo_redo(doc, command, [("rounds_changed", None), ("votes_changed", round_id)])
    assert command.new_ids == [round_id]

    r = doc.voting_round(round_id)
    assert (r.board_id, r.target, r.previous_round_id, r.state) == (
        ids.board,
        "clusters",
        first,
        "open",
    )
    assert (r.voters, r.voter_count, r.anonymous, r.hidden, r.cap) == ("count", 17, False, False, 2)
    assert r.dots == dots  # ⌊n/3⌋ + 1
    previous = {o.id: o for o in doc.round_options(first)}
    new = doc.round_options(round_id)
    assert [o.previous_option_id for o in new] == chosen
    for option in new:
        old = previous[option.previous_option_id]
        assert (option.label, option.cluster_id, option.card_id) == (
            old.label,
            old.cluster_id,
            old.card_id,
        )
    assert [o.position for o in new] == list(range(shortlist))


def test_second_round_with_own_settings_and_rank_moves(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    first, (a, b, c, d) = start(doc, ids.board)
    vote(doc, first, {a: (2, 0), b: (1, 0)})
    vote(doc, first, {a: (1, 0), c: (2, 0)})
    vote(doc, first, {b: (1, 0), d: (1, 0)})
    assert doc.push(vops.set_state(doc, first, "revealed"))
    before = vops.results(doc, first)
    assert {r.option_id: r.rank for r in before} == {a: 1, b: 2, c: 2, d: 4}
    shortlist = voting.shortlist_tied(before)
    assert shortlist == [b, c]

    own = RoundSettings(dots=1)
    command = vops.second_round(doc, first, shortlist, "Stichwahl", own)
    assert doc.push(command)
    second = command.new_ids[0]
    assert (doc.voting_round(second).dots, doc.voting_round(second).red_dots) == (1, 0)
    options = doc.round_options(second)
    new_b, new_c = (o.id for o in options)
    vote(doc, second, {new_c: (1, 0)})
    vote(doc, second, {new_c: (1, 0)})
    vote(doc, second, {new_b: (1, 0)})
    after = vops.results(doc, second)
    same = {o.id: o.previous_option_id for o in options}
    assert voting.rank_moves(before, after, same) == {new_c: 1, new_b: 0}


# -- the board shows the dots of the latest revealed round -----------------------------------------


def test_board_dots_only_of_the_latest_revealed_round(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    mobility, umwelt, education, energy = ids.clusters
    assert vops.board_dots(doc, ids.board) == {}
    first, (a, b, c, _d) = start(doc, ids.board)
    vote(doc, first, {a: (2, 1), b: (1, 0)})
    assert doc.push(vops.set_paper_count(doc, first, c, None, 4, 0))
    assert vops.board_dots(doc, ids.board) == {}  # open: hidden
    assert doc.push(vops.set_state(doc, first, "closed"))
    assert vops.board_dots(doc, ids.board) == {}  # closed, not yet revealed
    assert doc.push(vops.set_state(doc, first, "revealed"))
    shown = {
        ("cluster", mobility): Dots(2, 1),
        ("cluster", umwelt): Dots(1, 0),
        ("cluster", education): Dots(4, 0),
        ("cluster", energy): Dots(0, 0),
    }
    assert vops.board_dots(doc, ids.board) == shown
    assert vops.board_dots(doc, ids.other_board) == {}

    command = vops.second_round(doc, first, [a, c], "Stichwahl")
    assert doc.push(command)
    second = command.new_ids[0]
    x, _y = (o.id for o in doc.round_options(second))
    vote(doc, second, {x: (1, 0)})
    assert vops.board_dots(doc, ids.board) == shown  # the second round is still hidden
    assert doc.push(vops.set_state(doc, second, "revealed"))
    assert vops.board_dots(doc, ids.board) == {
        ("cluster", mobility): Dots(1, 0),
        ("cluster", education): Dots(0, 0),
    }
    doc.undo_stack.undo()
    assert vops.board_dots(doc, ids.board) == shown


def test_board_dots_of_a_round_on_cards(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, _b, c) = start(doc, ids.board, RoundSettings(dots=2), target="cards")
    vote(doc, round_id, {a: (1, 0), c: (1, 0)})
    assert doc.push(vops.set_state(doc, round_id, "revealed"))
    assert vops.board_dots(doc, ids.board) == {
        ("card", ids.cards[0]): Dots(1, 0),
        ("card", ids.cards[1]): Dots(0, 0),
        ("card", ids.cards[2]): Dots(1, 0),
    }


# -- expected voters -------------------------------------------------------------------------------


def test_expected_voters(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, _options = start(doc, ids.board)
    assert vops.expected_voters(doc, doc.voting_round(round_id)) == 2  # Cem is excused
    assert doc.push(
        commands.SetAttendanceCommand(
            doc, ids.workshop, ids.people[2], Attendance.PRESENT, "Anwesend"
        )
    )
    assert vops.expected_voters(doc, doc.voting_round(round_id)) == 3
    assert doc.push(vops.change_settings(doc, round_id, {"voters": "count", "voter_count": 25}))
    assert vops.expected_voters(doc, doc.voting_round(round_id)) == 25
    assert doc.push(vops.change_settings(doc, round_id, {"voter_count": 0}))
    assert vops.expected_voters(doc, doc.voting_round(round_id)) is None


# -- deleting what was voted on --------------------------------------------------------------------


def test_deleting_a_card_keeps_its_option_and_votes(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, b, _c) = start(doc, ids.board, RoundSettings(dots=2), target="cards")
    vote(doc, round_id, {a: (1, 0), b: (1, 0)})
    vote(doc, round_id, {a: (1, 0)})
    voting_rows = rows(doc)
    tally = vops.results(doc, round_id)

    before, _after = do_undo_redo(doc, board_ops.delete_items(doc, [ids.cards[0]]))
    option = doc.round_options(round_id)[0]
    assert (option.id, option.label, option.card_id) == (a, "Leihräder", None)
    after = rows(doc)
    assert {t: after[t] for t in ("ballots", "ballot_dots")} == {
        t: voting_rows[t] for t in ("ballots", "ballot_dots")
    }
    assert vops.results(doc, round_id) == tally
    doc.undo_stack.undo()
    assert doc.round_options(round_id)[0].card_id == ids.cards[0]
    assert rows(doc) == voting_rows
    assert state(doc) == before


@pytest.mark.parametrize("with_cards", [False, True])
def test_deleting_a_cluster_keeps_its_option_and_votes(ws: Workshop, with_cards: bool) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, (a, b, *_rest) = start(doc, ids.board)
    vote(doc, round_id, {a: (2, 1), b: (1, 0)})
    assert doc.push(vops.set_paper_count(doc, round_id, a, ids.groups[0], 3, 0))
    assert doc.push(vops.set_state(doc, round_id, "revealed"))
    voting_rows = rows(doc)
    tally = vops.results(doc, round_id)

    command = board_ops.delete_items(doc, [], [ids.clusters[0]], with_cards=with_cards)
    before, _after = do_undo_redo(doc, command)
    option = doc.round_options(round_id)[0]
    assert (option.id, option.label, option.cluster_id) == (a, "Mobilität", None)
    after = rows(doc)
    for table in ("voting_rounds", "ballots", "ballot_dots", "paper_counts"):
        assert after[table] == voting_rows[table], table
    assert vops.results(doc, round_id) == tally
    # the board no longer shows dots on the deleted cluster
    assert ("cluster", ids.clusters[0]) not in vops.board_dots(doc, ids.board)
    doc.undo_stack.undo()
    assert doc.round_options(round_id)[0].cluster_id == ids.clusters[0]
    assert rows(doc) == voting_rows
    assert state(doc) == before
    assert ("cluster", ids.clusters[0]) in vops.board_dots(doc, ids.board)


def _fill_both_boards(doc: ProjectDocument, ids: Ids) -> tuple[int, int, int]:
    """Rounds with ballots, abstentions, named votes and paper counts on both boards; the first
    board has a second round. Returns (first round, its second round, the other board's round).
    """
    first, options = start(doc, ids.board, RoundSettings(dots=3, red_dots=1, cap=2))
    vote(doc, first, {options[0]: (2, 1), options[1]: (1, 0)}, group_id=ids.groups[0])
    vote(doc, first, {options[2]: (1, 0)}, participant_id=ids.people[1], voter_no=2)
    vote(doc, first, {}, abstained=True, voter_no=3)
    assert doc.push(vops.set_paper_count(doc, first, options[0], None, 4, 0))
    assert doc.push(vops.set_paper_count(doc, first, options[0], ids.groups[1], 2, 1))
    assert doc.push(vops.set_state(doc, first, "revealed"))
    command = vops.second_round(doc, first, options[:2], "Stichwahl")
    assert doc.push(command)
    second = command.new_ids[0]
    second_options = [o.id for o in doc.round_options(second)]
    vote(doc, second, {second_options[1]: (1, 0)})
    assert doc.push(vops.set_paper_count(doc, second, second_options[0], None, 1, 0))
    other, other_options = start(doc, ids.other_board, RoundSettings(dots=1))
    vote(doc, other, {other_options[0]: (1, 0)})
    assert doc.push(vops.set_paper_count(doc, other, other_options[0], None, 2, 0))
    return first, second, other


def test_deleting_a_board_removes_its_rounds_and_undo_restores_every_row(ws: Workshop) -> None:
    doc, ids = ws.doc, ws.ids
    first, second, other = _fill_both_boards(doc, ids)
    full = rows(doc)
    before, _after = do_undo_redo(doc, board_ops.delete_board(doc, ids.board))
    after = rows(doc)
    assert [r[0] for r in after["voting_rounds"]] == [other]
    assert {r[1] for r in after["round_options"]} == {other}
    assert {r[1] for r in after["ballots"]} == {other}
    assert {r[1] for r in after["paper_counts"]} == {other}
    other_ballots = {r[0] for r in after["ballots"]}
    assert after["ballot_dots"]
    assert {r[1] for r in after["ballot_dots"]} <= other_ballots
    assert [r.id for r in doc.voting_rounds(ids.workshop)] == [other]
    for gone in (first, second):
        with pytest.raises(KeyError):
            doc.voting_round(gone)
    doc.undo_stack.undo()
    assert rows(doc) == full
    assert state(doc) == before


def test_deleting_the_workshop_removes_its_rounds_and_undo_restores_every_row(
    ws: Workshop,
) -> None:
    doc, ids = ws.doc, ws.ids
    _fill_both_boards(doc, ids)
    full = rows(doc)
    assert all(full[t] for t in VOTING_TABLES)
    before, _after = do_undo_redo(doc, commands.delete_workshop(doc, ids.workshop))
    assert rows(doc) == {t: [] for t in VOTING_TABLES}
    doc.undo_stack.undo()
    assert rows(doc) == full
    assert state(doc) == before
    assert len(doc.voting_rounds(ids.workshop)) == 3


# -- the demo --------------------------------------------------------------------------------------


def _expected_from_json(r: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    """Option title → (green, red, breadth), recounted from the demo's source file."""
    totals = {title: [0, 0, 0] for title in r["options"]}
    for ballot in r["ballots"]:
        for title, n in ballot["green"].items():
            totals[title][0] += n
        for title, n in ballot["red"].items():
            totals[title][1] += n
        for title in set(ballot["green"]) | set(ballot["red"]):
            totals[title][2] += 1
    return {title: (g, red, b) for title, (g, red, b) in totals.items()}


@pytest.fixture
def demo(qapp, tmp_path: Path) -> Iterator[ProjectDocument]:
    doc = ProjectDocument.create_demo(tmp_path / "demo.scw")
    yield doc
    doc.close()


def test_demo_rounds_show_the_results_of_the_source_file(demo: ProjectDocument) -> None:
    source = json.loads((demo_source_dir() / "voting.json").read_text(encoding="utf-8"))
    first_ws = demo.workshops()[0]
    board_id = demo.boards(first_ws.id)[0].id
    rounds = demo.voting_rounds(first_ws.id)
    assert [r.title for r in rounds] == [r["title"] for r in source["rounds"]]
    assert [r.board_id for r in rounds] == [board_id, board_id]
    for r, spec in zip(rounds, source["rounds"], strict=True):
        assert r.state == "revealed"
        labels = {o.id: o.label for o in demo.round_options(r.id)}
        got = {labels[x.option_id]: (x.green, x.red, x.breadth) for x in vops.results(demo, r.id)}
        assert got == _expected_from_json(spec)
        assert len(demo.ballots(r.id)) == len(spec["ballots"])
    first, second = rounds
    assert (first.dots, first.red_dots, first.cap) == (3, 1, 2)
    assert first.anonymous is True
    assert {b.participant_id for b in demo.ballots(first.id)} == {None}
    assert second.previous_round_id == first.id
    # round 2 is the top third of round 1, and two of its options share a rank
    first_results = vops.results(demo, first.id)
    first_labels = {o.id: o.label for o in demo.round_options(first.id)}
    top_third = [first_labels[i] for i in voting.shortlist_top_third(first_results)]
    second_options = demo.round_options(second.id)
    assert sorted(o.label for o in second_options) == sorted(top_third)
    assert all(first_labels[o.previous_option_id] == o.label for o in second_options)
    assert any(x.tied_with for x in vops.results(demo, second.id))
    # the board shows round 2's dots, on round 2's clusters only
    dots = vops.board_dots(demo, board_id)
    assert set(dots) == {("cluster", o.cluster_id) for o in second_options}


def test_every_demo_ballot_keeps_the_rules_of_its_round(demo: ProjectDocument) -> None:
    for r in demo.voting_rounds(demo.workshops()[0].id):
        options = [o.id for o in demo.round_options(r.id)]
        for ballot in demo.ballots(r.id):
            dots = {o: Dots(g, red) for o, g, red in ballot.dots}
            assert voting.validate_ballot(dots, vops.settings_of(r), options) == [], ballot


def test_deleting_a_group_keeps_its_paper_dots_and_a_new_entry_replaces_the_cell(
    ws: Workshop,
) -> None:
    doc, ids = ws.doc, ws.ids
    round_id, options = start(doc, ids.board)
    first, group = options[0], ids.groups[0]
    assert doc.push(vops.set_paper_count(doc, round_id, first, None, 3, 0))
    assert doc.push(vops.set_paper_count(doc, round_id, first, group, 5, 1))
    total = by_option(doc, round_id)[first]
    assert (total.green, total.red) == (8, 1)

    assert doc.push(commands.delete_group(doc, group))
    # the group's dots were cast all the same: they stay, now without a group
    kept = by_option(doc, round_id)[first]
    assert (kept.green, kept.red) == (8, 1)
    assert set(kept.by_group) == {None}
    cell = [p for p in doc.paper_counts(round_id) if p["option_id"] == first]
    assert len(cell) == 2
    assert all(p["group_id"] is None for p in cell)

    # typing the cell anew replaces both rows with one
    do_undo_redo(doc, vops.set_paper_count(doc, round_id, first, None, 4, 0))
    cell = [p for p in doc.paper_counts(round_id) if p["option_id"] == first]
    assert [(p["green"], p["red"]) for p in cell] == [(4, 0)]
    doc.undo_stack.undo()  # the entry
    doc.undo_stack.undo()  # the deleted group: its counts are its own again
    back = by_option(doc, round_id)[first]
    assert (back.green, back.red) == (8, 1)
    assert back.by_group[group] == Dots(5, 1)
