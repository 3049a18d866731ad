"""Dot-voting (Punktabfrage) as undoable change sets: start a round, record ballots and paper
counts, close and reveal, a second round on a shortlist.

The counting rules (budget, cap, tally, ranks) are pure functions in `domain/voting.py`; here they
guard what reaches the file: a ballot over budget or cap is refused before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from smartcity_desktop.document.commands import ChangeSetCommand
from smartcity_desktop.document.document import Delete, Insert, Op, ProjectDocument, Update
from smartcity_desktop.domain import voting
from smartcity_desktop.domain.model import Attendance, BallotRecord, RoundOption, VotingRound


class VotingTexts(QObject):
    """Undo texts with a count (self.tr(), so lupdate records their plural forms)."""

    def ballot(self, n: int) -> str:
        return self.tr("Cast a ballot with %n dot(s)", "", n)


class BallotRefused(Exception):  # noqa: N818 - a refusal the moderator is told about, not a bug
    """A ballot that breaks the round's rules; nothing was written."""

    def __init__(self, errors: list[voting.BallotError], reason: str = "") -> None:
        super().__init__(reason or ", ".join(str(e.problem) for e in errors))
        self.errors = errors
        self.reason = reason  # "not_open" or "voted_already" when it isn't about the dots


def settings_of(round_: VotingRound) -> voting.RoundSettings:
    return voting.RoundSettings(
        dots=round_.dots,
        red_dots=round_.red_dots,
        cap=round_.cap,
        anonymous=round_.anonymous,
        hidden=round_.hidden,
    )


@dataclass(frozen=True)
class OptionRef:
    """What a new round votes on: a cluster or a card, with the label shown."""

    label: str
    cluster_id: int | None = None
    card_id: int | None = None
    previous_option_id: int | None = None


def options_of_board(
    doc: ProjectDocument, board_id: int, target: str, ids: Sequence[int] = ()
) -> list[OptionRef]:
    """The clusters (or cards) of a board as options, in reading order; `ids` narrows them to a
    selection."""
    wanted = set(ids)
    if target == voting.OptionKind.CLUSTERS:
        clusters = sorted(
            (c for c in doc.clusters(board_id) if not c.is_area), key=lambda c: (c.y, c.x, c.id)
        )
        return [
            OptionRef(c.title, cluster_id=c.id) for c in clusters if not wanted or c.id in wanted
        ]
    cards = sorted(doc.cards(board_id), key=lambda c: (c.y, c.x, c.id))
    return [OptionRef(c.text, card_id=c.id) for c in cards if not wanted or c.id in wanted]


def start_round(
    doc: ProjectDocument,
    board_id: int,
    title: str,
    target: str,
    options: Sequence[OptionRef],
    settings: voting.RoundSettings,
    *,
    voters: str = "participants",
    voter_count: int = 0,
    previous_round_id: int | None = None,
) -> ChangeSetCommand:
    """A new open round with its options; `new_ids[0]` is the round's id."""
    round_id = doc.next_id("voting_rounds")
    position = len(doc.board_rounds(board_id))
    first_option = doc.next_id("round_options")
    ops: list[Op] = [
        Insert(
            "voting_rounds",
            (
                {
                    "id": round_id,
                    "board_id": board_id,
                    "title": title,
                    "target": target,
                    "dots": settings.dots,
                    "red_dots": settings.red_dots,
                    "cap": settings.cap,
                    "anonymous": int(settings.anonymous),
                    "hidden": int(settings.hidden),
                    "voters": voters,
                    "voter_count": voter_count,
                    "state": str(voting.RoundState.OPEN),
                    "previous_round_id": previous_round_id,
                    "position": position,
                },
            ),
        ),
        Insert(
            "round_options",
            tuple(
                {
                    "id": first_option + i,
                    "round_id": round_id,
                    "label": o.label,
                    "card_id": o.card_id,
                    "cluster_id": o.cluster_id,
                    "previous_option_id": o.previous_option_id,
                    "position": i,
                }
                for i, o in enumerate(options)
            ),
        ),
    ]
    text = QCoreApplication.translate("Commands", "Start voting round “%1”").replace("%1", title)
    command = ChangeSetCommand(doc, ops, text, round_id=round_id)
    command.new_ids = [round_id]
    return command


def change_settings(
    doc: ProjectDocument, round_id: int, values: Mapping[str, object]
) -> ChangeSetCommand | None:
    """New settings (or title); ballots already recorded are kept as they are."""
    current = doc.row("voting_round", round_id)
    changed = {k: v for k, v in values.items() if current.get(k) != v}
    if not changed:
        return None
    text = (
        QCoreApplication.translate("Commands", "Rename voting round")
        if set(changed) == {"title"}
        else QCoreApplication.translate("Commands", "Change the voting settings")
    )
    return ChangeSetCommand(
        doc, [Update("voting_rounds", round_id, dict(changed))], text, round_id=round_id
    )


def set_state(doc: ProjectDocument, round_id: int, state: str) -> ChangeSetCommand | None:
    """Close the round (no more ballots), reveal its results, or open it again."""
    round_ = doc.voting_round(round_id)
    if round_.state == state:
        return None
    text = {
        voting.RoundState.OPEN: QCoreApplication.translate("Commands", "Reopen voting"),
        voting.RoundState.CLOSED: QCoreApplication.translate("Commands", "Close voting"),
        voting.RoundState.REVEALED: QCoreApplication.translate("Commands", "Reveal results"),
    }[voting.RoundState(state)]
    return ChangeSetCommand(
        doc, [Update("voting_rounds", round_id, {"state": state})], text, round_id=round_id
    )


def expected_voters(doc: ProjectDocument, round_: VotingRound) -> int | None:
    """How many are to vote: the workshop's present participants, or the set count."""
    if round_.voters == "count":
        return round_.voter_count or None
    workshop_id = doc.board(round_.board_id).workshop_id
    return sum(1 for a in doc.attendance(workshop_id) if a.attendance == Attendance.PRESENT)


def cast_ballot(
    doc: ProjectDocument,
    round_id: int,
    dots: Mapping[int, voting.Dots],
    *,
    participant_id: int | None = None,
    voter_no: int = 0,
    group_id: int | None = None,
    abstained: bool = False,
) -> ChangeSetCommand:
    """One voter's ballot; refused (BallotRefused, nothing written) if it breaks the budget or
    the cap, names an option not in the round, or the round is not open, or this participant
    has voted already."""
    round_ = doc.voting_round(round_id)
    if round_.state != voting.RoundState.OPEN:
        raise BallotRefused([], "not_open")
    options = [o.id for o in doc.round_options(round_id)]
    placed = {k: v for k, v in dots.items() if v.green or v.red}
    errors = voting.validate_ballot(placed, settings_of(round_), options)
    if errors:
        raise BallotRefused(errors)
    if participant_id is not None and any(
        b.participant_id == participant_id for b in doc.ballots(round_id)
    ):
        raise BallotRefused([], "voted_already")
    ballot_id = doc.next_id("ballots")
    first_dot = doc.next_id("ballot_dots")
    ops: list[Op] = [
        Insert(
            "ballots",
            (
                {
                    "id": ballot_id,
                    "round_id": round_id,
                    "participant_id": participant_id,
                    "voter_no": voter_no,
                    "group_id": group_id,
                    "abstained": int(abstained),
                },
            ),
        )
    ]
    if placed and not abstained:
        ops.append(
            Insert(
                "ballot_dots",
                tuple(
                    {
                        "id": first_dot + i,
                        "ballot_id": ballot_id,
                        "option_id": option_id,
                        "green": d.green,
                        "red": d.red,
                    }
                    for i, (option_id, d) in enumerate(sorted(placed.items()))
                ),
            )
        )
    if abstained:
        text = QCoreApplication.translate("Commands", "Record an abstention")
    else:
        text = VotingTexts().ballot(sum(d.green + d.red for d in placed.values()))
    command = ChangeSetCommand(doc, ops, text, round_id=round_id)
    command.new_ids = [ballot_id]
    return command


def withdraw_ballot(doc: ProjectDocument, round_id: int, ballot_id: int) -> ChangeSetCommand:
    return ChangeSetCommand(
        doc,
        [Delete("ballots", (ballot_id,))],
        QCoreApplication.translate("Commands", "Withdraw a ballot"),
        round_id=round_id,
    )


def set_paper_count(
    doc: ProjectDocument,
    round_id: int,
    option_id: int,
    group_id: int | None,
    green: int,
    red: int,
) -> ChangeSetCommand | None:
    """The stickers counted on paper for one option (and stakeholder group, if counted so)."""
    if green < 0 or red < 0:
        raise BallotRefused([voting.BallotError(voting.BallotProblem.NEGATIVE, option_id)])
    round_ = doc.voting_round(round_id)
    if red and not round_.red_dots:
        raise BallotRefused([voting.BallotError(voting.BallotProblem.RED_NOT_ALLOWED, option_id)])
    # A cell may hold several rows: a deleted stakeholder group leaves its counts with "no
    # group" (its dots were cast all the same). The cell is their sum; a new entry replaces it.
    rows = [
        p
        for p in doc.paper_counts(round_id)
        if p["option_id"] == option_id and p["group_id"] == group_id
    ]
    text = QCoreApplication.translate("Commands", "Enter paper count")
    if not rows:
        if not green and not red:
            return None
        row = {
            "id": doc.next_id("paper_counts"),
            "round_id": round_id,
            "option_id": option_id,
            "group_id": group_id,
            "green": green,
            "red": red,
        }
        return ChangeSetCommand(doc, [Insert("paper_counts", (row,))], text, round_id=round_id)
    total = (sum(r["green"] for r in rows), sum(r["red"] for r in rows))
    if total == (green, red) and len(rows) == 1:
        return None
    ops: list[Op] = [Update("paper_counts", rows[0]["id"], {"green": green, "red": red})]
    if len(rows) > 1:
        ops.append(Delete("paper_counts", tuple(r["id"] for r in rows[1:])))
    return ChangeSetCommand(doc, ops, text, round_id=round_id)


def delete_round(doc: ProjectDocument, round_id: int) -> ChangeSetCommand:
    return ChangeSetCommand(
        doc,
        [Delete("voting_rounds", (round_id,))],
        QCoreApplication.translate("Commands", "Delete voting round"),
        round_id=round_id,
    )


def round_progress(
    doc: ProjectDocument, round_: VotingRound, ballots: Sequence[BallotRecord] | None = None
) -> voting.Progress:
    """Who has voted and how many dots are cast (what may be shown while results are hidden);
    `ballots` when the caller has read them already."""
    return voting.progress(
        voting.cast_ballots(doc.ballots(round_.id) if ballots is None else ballots),
        settings_of(round_),
        expected_voters(doc, round_),
    )


def results(doc: ProjectDocument, round_id: int) -> list[voting.OptionResult]:
    """The tally of a round (ballots and paper counts together), in option order."""
    return voting.results_of(
        [o.id for o in doc.round_options(round_id)],
        doc.ballots(round_id),
        doc.paper_counts(round_id),
    )


def second_round(
    doc: ProjectDocument,
    round_id: int,
    option_ids: Sequence[int],
    title: str,
    settings: voting.RoundSettings | None = None,
) -> ChangeSetCommand:
    """A new round on a shortlist of this round's options (same board, same voters)."""
    round_ = doc.voting_round(round_id)
    chosen = set(option_ids)
    options: list[RoundOption] = [o for o in doc.round_options(round_id) if o.id in chosen]
    refs = [
        OptionRef(o.label, cluster_id=o.cluster_id, card_id=o.card_id, previous_option_id=o.id)
        for o in options
    ]
    if settings is None:
        settings = voting.RoundSettings(
            dots=voting.suggest_dots(len(refs)),
            red_dots=round_.red_dots and 1,
            cap=round_.cap,
            anonymous=round_.anonymous,
            hidden=round_.hidden,
        )
    return start_round(
        doc,
        round_.board_id,
        title,
        round_.target,
        refs,
        settings,
        voters=round_.voters,
        voter_count=round_.voter_count,
        previous_round_id=round_id,
    )


def board_dots(doc: ProjectDocument, board_id: int) -> dict[tuple[str, int], voting.Dots]:
    """Dots of the board's latest revealed round, by ("cluster" | "card", id), for drawing
    on the board."""
    revealed = [r for r in doc.board_rounds(board_id) if r.state == voting.RoundState.REVEALED]
    if not revealed:
        return {}
    round_ = revealed[-1]
    by_option = {o.id: o for o in doc.round_options(round_.id)}
    result: dict[tuple[str, int], voting.Dots] = {}
    for r in results(doc, round_.id):
        option = by_option[r.option_id]
        if option.cluster_id is not None:
            result[("cluster", option.cluster_id)] = voting.Dots(r.green, r.red)
        elif option.card_id is not None:
            result[("card", option.card_id)] = voting.Dots(r.green, r.red)
    return result
