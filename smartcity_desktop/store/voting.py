"""Reading dot-voting rounds, their options, ballots and paper counts.

Writing goes through the change sets of `store/board.py`, like every board gesture.
"""

from __future__ import annotations

from typing import Any

from smartcity_desktop.domain.model import BallotRecord, RoundOption, VotingRound
from smartcity_desktop.store.connection import ProjectFile

_ROUND_COLS = (
    "id, board_id, title, target, dots, red_dots, cap, anonymous, hidden, voters, voter_count,"
    " state, previous_round_id, position"
)


def _round(r: Any) -> VotingRound:
    return VotingRound(
        id=r["id"],
        board_id=r["board_id"],
        title=r["title"],
        target=r["target"],
        dots=r["dots"],
        red_dots=r["red_dots"],
        cap=r["cap"],
        anonymous=bool(r["anonymous"]),
        hidden=bool(r["hidden"]),
        voters=r["voters"],
        voter_count=r["voter_count"],
        state=r["state"],
        previous_round_id=r["previous_round_id"],
        position=r["position"],
    )


def list_rounds(pf: ProjectFile, workshop_id: int) -> list[VotingRound]:
    """The rounds on all boards of a workshop, in the order they were started."""
    rows = pf.query(
        f"SELECT {', '.join('r.' + c.strip() for c in _ROUND_COLS.split(','))}"
        " FROM voting_rounds r JOIN boards b ON b.id = r.board_id"
        " WHERE b.workshop_id = ? ORDER BY r.id",
        (workshop_id,),
    )
    return [_round(r) for r in rows]


def board_rounds(pf: ProjectFile, board_id: int) -> list[VotingRound]:
    rows = pf.query(
        f"SELECT {_ROUND_COLS} FROM voting_rounds WHERE board_id = ? ORDER BY position, id",
        (board_id,),
    )
    return [_round(r) for r in rows]


def get_round(pf: ProjectFile, round_id: int) -> VotingRound:
    rows = pf.query(f"SELECT {_ROUND_COLS} FROM voting_rounds WHERE id = ?", (round_id,))
    if not rows:
        raise KeyError(f"voting round {round_id} does not exist")
    return _round(rows[0])


def list_options(pf: ProjectFile, round_id: int) -> list[RoundOption]:
    rows = pf.query(
        "SELECT id, round_id, label, card_id, cluster_id, previous_option_id, position"
        " FROM round_options WHERE round_id = ? ORDER BY position, id",
        (round_id,),
    )
    return [
        RoundOption(
            id=r["id"],
            round_id=r["round_id"],
            label=r["label"],
            card_id=r["card_id"],
            cluster_id=r["cluster_id"],
            previous_option_id=r["previous_option_id"],
            position=r["position"],
        )
        for r in rows
    ]


def list_ballots(pf: ProjectFile, round_id: int) -> list[BallotRecord]:
    dots: dict[int, list[tuple[int, int, int]]] = {}
    for r in pf.query(
        "SELECT d.ballot_id, d.option_id, d.green, d.red FROM ballot_dots d"
        " JOIN ballots b ON b.id = d.ballot_id WHERE b.round_id = ? ORDER BY d.id",
        (round_id,),
    ):
        dots.setdefault(r["ballot_id"], []).append((r["option_id"], r["green"], r["red"]))
    rows = pf.query(
        "SELECT id, round_id, participant_id, voter_no, group_id, abstained FROM ballots"
        " WHERE round_id = ? ORDER BY id",
        (round_id,),
    )
    return [
        BallotRecord(
            id=r["id"],
            round_id=r["round_id"],
            participant_id=r["participant_id"],
            voter_no=r["voter_no"],
            group_id=r["group_id"],
            abstained=bool(r["abstained"]),
            dots=tuple(dots.get(r["id"], ())),
        )
        for r in rows
    ]


def list_paper(pf: ProjectFile, round_id: int) -> list[dict[str, Any]]:
    """Paper counts: id, option_id, group_id, green, red."""
    rows = pf.query(
        "SELECT id, option_id, group_id, green, red FROM paper_counts WHERE round_id = ?"
        " ORDER BY id",
        (round_id,),
    )
    return [dict(r) for r in rows]


def round_of(pf: ProjectFile, table: str, row_id: int) -> int | None:
    """The round a row of a voting table belongs to (for the signals)."""
    if table == "voting_rounds":
        return row_id
    if table == "ballot_dots":
        rows = pf.query(
            "SELECT b.round_id FROM ballot_dots d JOIN ballots b ON b.id = d.ballot_id"
            " WHERE d.id = ?",
            (row_id,),
        )
    else:
        rows = pf.query(f"SELECT round_id FROM {table} WHERE id = ?", (row_id,))
    return int(rows[0][0]) if rows else None
