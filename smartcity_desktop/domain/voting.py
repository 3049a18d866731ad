"""Dot-voting (Punktabfrage): settings, ballot checks, the tally, ranks, shortlists, progress."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from smartcity_desktop.domain.model import BallotRecord
from smartcity_desktop.domain.ranking import competition_ranks, tie_groups


class OptionKind(StrEnum):
    """What a round votes on."""

    CLUSTERS = "clusters"
    CARDS = "cards"


class RoundState(StrEnum):
    """Where a voting round stands."""

    OPEN = "open"
    CLOSED = "closed"
    REVEALED = "revealed"


@dataclass(frozen=True, slots=True)
class RoundSettings:
    """The rules of one round; raises ValueError for impossible budgets or caps."""

    dots: int  # green dots per voter
    red_dots: int = 0  # red dots (concerns) per voter; 0 = green only
    cap: int = 1  # max dots of one colour on one option per voter; 1 = no cumulating
    anonymous: bool = True
    hidden: bool = True  # results hidden until the moderator reveals them

    def __post_init__(self) -> None:
        if self.dots < 1:
            raise ValueError(f"dots must be >= 1, got {self.dots}")
        if self.red_dots < 0:
            raise ValueError(f"red_dots must be >= 0, got {self.red_dots}")
        if self.cap < 1:
            raise ValueError(f"cap must be >= 1, got {self.cap}")


def suggest_dots(option_count: int) -> int:
    """The rule of thumb ⌊options/3⌋ + 1 (so at least 1)."""
    if option_count < 0:
        raise ValueError(f"option_count must be >= 0, got {option_count}")
    return option_count // 3 + 1


@dataclass(frozen=True, slots=True)
class Dots:
    """Green (support) and red (concern) dots, on one option or in total."""

    green: int = 0
    red: int = 0

    @property
    def total(self) -> int:
        """Green plus red."""
        return self.green + self.red

    def __add__(self, other: Dots) -> Dots:
        return Dots(self.green + other.green, self.red + other.red)


Ballot = Mapping[int, Dots]
"""One voter's dots: option id → dots."""


class BallotProblem(StrEnum):
    """Why a ballot cannot be accepted."""

    OVER_BUDGET_GREEN = "over_budget_green"
    OVER_BUDGET_RED = "over_budget_red"
    OVER_CAP = "over_cap"
    NEGATIVE = "negative"
    RED_NOT_ALLOWED = "red_not_allowed"
    UNKNOWN_OPTION = "unknown_option"


@dataclass(frozen=True, slots=True)
class BallotError:
    """One problem with a ballot; `value` is what was tried, `limit` what is allowed."""

    problem: BallotProblem
    option_id: int | None = None  # None for a whole-ballot problem (a budget)
    limit: int = 0
    value: int = 0


def validate_ballot(
    ballot: Ballot, settings: RoundSettings, option_ids: Collection[int]
) -> list[BallotError]:
    """Every problem with `ballot` (empty = valid); unused dots are allowed.

    Per option, in ballot order: UNKNOWN_OPTION, NEGATIVE, RED_NOT_ALLOWED, OVER_CAP (green
    first, then red); then the budgets. Dots on unknown options still count towards a budget.
    """
    errors: list[BallotError] = []
    for option_id, dots in ballot.items():
        if option_id not in option_ids:
            errors.append(BallotError(BallotProblem.UNKNOWN_OPTION, option_id))
        for count in (dots.green, dots.red):
            if count < 0:
                errors.append(BallotError(BallotProblem.NEGATIVE, option_id, 0, count))
        if dots.red > 0 and settings.red_dots == 0:
            errors.append(BallotError(BallotProblem.RED_NOT_ALLOWED, option_id, 0, dots.red))
        if dots.green > settings.cap:
            errors.append(BallotError(BallotProblem.OVER_CAP, option_id, settings.cap, dots.green))
        if dots.red > settings.cap and settings.red_dots > 0:
            errors.append(BallotError(BallotProblem.OVER_CAP, option_id, settings.cap, dots.red))
    placed = _placed(ballot)
    if placed.green > settings.dots:
        errors.append(
            BallotError(BallotProblem.OVER_BUDGET_GREEN, None, settings.dots, placed.green)
        )
    if settings.red_dots > 0 and placed.red > settings.red_dots:
        errors.append(
            BallotError(BallotProblem.OVER_BUDGET_RED, None, settings.red_dots, placed.red)
        )
    return errors


def remaining(ballot: Ballot, settings: RoundSettings) -> Dots:
    """Dots still to place (never below 0; `validate_ballot` reports an overspent budget)."""
    placed = _placed(ballot)
    return Dots(max(0, settings.dots - placed.green), max(0, settings.red_dots - placed.red))


def _placed(ballot: Ballot) -> Dots:
    """The dots a ballot places; negative counts place nothing."""
    return Dots(
        sum(max(0, d.green) for d in ballot.values()),
        sum(max(0, d.red) for d in ballot.values()),
    )


@dataclass(frozen=True, slots=True)
class PaperCount:
    """Dots the moderator typed in from the paper board, optionally per stakeholder group."""

    option_id: int
    group_id: int | None
    green: int
    red: int


@dataclass(frozen=True, slots=True)
class CastBallot:
    """One voter's ballot from the laptop or a device; an abstention's dots are not counted."""

    voter: int
    group_id: int | None
    dots: Ballot
    abstained: bool = False


@dataclass(frozen=True, slots=True)
class OptionResult:
    """The result for one option of a round."""

    option_id: int
    green: int
    red: int
    net: int  # green − red
    share: float  # (green + red) / all dots cast in the round; 0.0 when nothing was cast
    green_share: float  # green / all green dots cast in the round; 0.0 when none
    breadth: int | None  # laptop ballots with >= 1 dot on it; None for a paper-only round
    rank: int  # competition rank by net
    tied_with: tuple[int, ...]  # other option ids with the same rank
    by_group: Mapping[int | None, Dots]  # group id (None = unknown) → dots; groups with dots only


def tally(
    option_ids: Sequence[int],
    ballots: Sequence[CastBallot],
    paper: Sequence[PaperCount] = (),
) -> list[OptionResult]:
    """Results in the order of `option_ids`: ballots plus paper counts, ranked by net.

    Dots on ids not in `option_ids` (an option deleted later) are ignored, as are the dots of
    an abstained ballot. Breadth is None when there are paper counts but no ballots.
    """
    if len(set(option_ids)) != len(option_ids):
        raise ValueError("option_ids contains duplicates")
    groups: dict[int, dict[int | None, Dots]] = {option_id: {} for option_id in option_ids}
    breadth = dict.fromkeys(option_ids, 0)
    entries: list[tuple[int, int | None, Dots]] = [
        (p.option_id, p.group_id, Dots(p.green, p.red)) for p in paper
    ]
    for ballot in ballots:
        if ballot.abstained:
            continue
        for option_id, dots in ballot.dots.items():
            entries.append((option_id, ballot.group_id, dots))
            if option_id in breadth and (dots.green > 0 or dots.red > 0):
                breadth[option_id] += 1
    for option_id, group_id, dots in entries:
        if option_id in groups:
            by_group = groups[option_id]
            by_group[group_id] = by_group.get(group_id, Dots()) + dots
    totals = [sum(groups[i].values(), Dots()) for i in option_ids]
    all_dots = sum(totals, Dots())
    ranks = competition_ranks([float(t.green - t.red) for t in totals])
    shared = {r: [option_ids[i] for i in idx] for r, idx in tie_groups(ranks).items()}
    paper_only = not ballots and bool(paper)
    return [
        OptionResult(
            option_id=option_id,
            green=total.green,
            red=total.red,
            net=total.green - total.red,
            share=_ratio(total.total, all_dots.total),
            green_share=_ratio(total.green, all_dots.green),
            breadth=None if paper_only else breadth[option_id],
            rank=rank,
            tied_with=tuple(o for o in shared.get(rank, ()) if o != option_id),
            by_group=_nonzero_groups(groups[option_id]),
        )
        for option_id, total, rank in zip(option_ids, totals, ranks, strict=True)
    ]


def cast_ballots(ballots: Sequence[BallotRecord]) -> list[CastBallot]:
    """Stored ballots as the counting rules read them."""
    return [
        CastBallot(
            voter=b.id,
            group_id=b.group_id,
            dots={o: Dots(g, r) for o, g, r in b.dots},
            abstained=b.abstained,
        )
        for b in ballots
    ]


def results_of(
    option_ids: Sequence[int],
    ballots: Sequence[BallotRecord],
    paper: Sequence[Mapping[str, Any]],
) -> list[OptionResult]:
    """The tally of a round as stored: its ballots (with their dots) and paper counts (rows
    with option_id, group_id, green, red), in option order."""
    cast = cast_ballots(ballots)
    counts = [PaperCount(p["option_id"], p["group_id"], p["green"], p["red"]) for p in paper]
    return tally(option_ids, cast, counts)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _nonzero_groups(by_group: dict[int | None, Dots]) -> dict[int | None, Dots]:
    """Groups that placed dots: known groups by id, the unknown group (None) last."""
    order = sorted(by_group, key=lambda g: (g is None, g or 0))
    return {g: by_group[g] for g in order if by_group[g] != Dots()}


def ranked(results: Sequence[OptionResult]) -> list[OptionResult]:
    """Display order: by rank, then more green dots first, then input order; ranks stay as is."""
    order = sorted(range(len(results)), key=lambda i: (results[i].rank, -results[i].green, i))
    return [results[i] for i in order]


def tie_text_groups(results: Sequence[OptionResult]) -> list[tuple[int, list[int]]]:
    """(rank, option ids in display order) for each shared rank, for "2nd (shared): A, B"."""
    members: dict[int, list[int]] = {}
    for result in ranked(results):
        members.setdefault(result.rank, []).append(result.option_id)
    return [(rank, ids) for rank, ids in members.items() if len(ids) >= 2]


def shortlist_top_third(results: Sequence[OptionResult]) -> list[int]:
    """Option ids (display order) ranked at least as well as the one at position ⌈n/3⌉.

    Ties at the boundary are all in, so the list can be longer than a third.
    """
    order = ranked(results)
    if not order:
        return []
    boundary = order[math.ceil(len(order) / 3) - 1].rank
    return [r.option_id for r in order if r.rank <= boundary]


def shortlist_tied(results: Sequence[OptionResult]) -> list[int]:
    """The options a runoff is for: the tie at rank 1, else the best shared rank; [] if no ties."""
    groups = tie_text_groups(results)
    return list(groups[0][1]) if groups else []


def rank_moves(
    previous: Sequence[OptionResult],
    current: Sequence[OptionResult],
    same: Mapping[int, int],
) -> dict[int, int | None]:
    """Current option id → previous rank − current rank (positive = moved up), None if new.

    `same` maps a current option id to its counterpart in the previous round; an option that
    is missing from `same`, or whose counterpart is not among `previous`, has no move.
    """
    before = {r.option_id: r.rank for r in previous}
    moves: dict[int, int | None] = {}
    for result in current:
        old = same.get(result.option_id)
        old_rank = before.get(old) if old is not None else None
        moves[result.option_id] = None if old_rank is None else old_rank - result.rank
    return moves


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a round has come; `voted` excludes abstentions."""

    voted: int
    abstained: int
    expected: int | None
    dots_cast: int
    dots_available: int | None  # expected × (dots + red_dots); None when expected is unknown


def progress(
    ballots: Sequence[CastBallot], settings: RoundSettings, expected_voters: int | None
) -> Progress:
    """Ballots in, abstentions and dots cast so far, against what is expected."""
    if expected_voters is not None and expected_voters < 0:
        raise ValueError(f"expected_voters must be >= 0, got {expected_voters}")
    cast = [b for b in ballots if not b.abstained]
    available = (
        None if expected_voters is None else expected_voters * (settings.dots + settings.red_dots)
    )
    return Progress(
        voted=len(cast),
        abstained=len(ballots) - len(cast),
        expected=expected_voters,
        dots_cast=sum(_placed(b.dots).total for b in cast),
        dots_available=available,
    )
