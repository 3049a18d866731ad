"""Project utilities and how stable first place is when one criterion's weight changes.

Each project's utility is linear in the weight t of one criterion when the others are rescaled
in proportion, so the weight interval keeping the leader first comes from one crossover per
challenger: O(projects) per criterion, fast enough to rerun while a slider moves. Public through
`domain/weighting.py`.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass

from smartcity_desktop.domain.ranking import competition_ranks

_WEIGHT_SUM_TOL = 1e-6
_RANK_TOLERANCE = 1e-9


def weighted_sum(weights: Sequence[float], scores: Sequence[Sequence[float]]) -> tuple[float, ...]:
    """Utility N_i = Σ_j w_j · s_ij for each project; `scores[project][criterion]`."""
    n = len(weights)
    for i, row in enumerate(scores):
        if len(row) != n:
            raise ValueError(f"project {i} has {len(row)} scores for {n} criteria")
    return tuple(sum(map(operator.mul, weights, row)) for row in scores)


# -- sensitivity -------------------------------------------------------------------------------


def _unit_weights(weights: Sequence[float]) -> list[float]:
    """Validated weights, rescaled so a sum off by rounding cannot move the crossovers."""
    w = [float(x) for x in weights]
    if not w:
        raise ValueError("no criteria")
    for j, x in enumerate(w):
        if not (math.isfinite(x) and x >= 0):
            raise ValueError(f"weight of criterion {j} must be finite and >= 0, got {x!r}")
    total = math.fsum(w)
    if not abs(total - 1.0) <= _WEIGHT_SUM_TOL:
        raise ValueError(f"weights must add up to 1, got {total!r}")
    return [x / total for x in w]


def _criterion(criterion: int, n: int) -> int:
    k = operator.index(criterion)
    if not 0 <= k < n:
        raise ValueError(f"criterion {k} is out of range for {n} criteria")
    return k


def _rest(w: list[float], k: int) -> float:
    return math.fsum(x for j, x in enumerate(w) if j != k)


def whatif_weights(weights: Sequence[float], criterion: int, t: float) -> tuple[float, ...]:
    """The weights with criterion k set to t and the others rescaled in proportion.

    w_j(t) = w_j · (1 − t) / Σ_{i≠k} w_i. When the others are all zero (w_k = 1) there is no
    proportion to keep: they then share 1 − t equally. A single criterion keeps all the weight,
    as there is nothing to move it to.
    """
    w = _unit_weights(weights)
    k = _criterion(criterion, len(w))
    t = float(t)
    if not 0.0 <= t <= 1.0:
        raise ValueError(f"t must be between 0 and 1, got {t!r}")
    if len(w) == 1:
        return (1.0,)
    rest = _rest(w, k)
    if rest > 0:
        factor = (1.0 - t) / rest
        return tuple(t if j == k else x * factor for j, x in enumerate(w))
    share = (1.0 - t) / (len(w) - 1)
    return tuple(t if j == k else share for j in range(len(w)))


@dataclass(frozen=True, slots=True)
class _Board:
    """The validated inputs of a sensitivity question and the current standings."""

    weights: list[float]  # normalised
    columns: list[tuple[float, ...]]  # scores by criterion
    utilities: tuple[float, ...]
    ranks: list[int]
    leader: int
    tolerance: float


def _board(weights: Sequence[float], scores: Sequence[Sequence[float]], tolerance: float) -> _Board:
    w = _unit_weights(weights)
    if not scores:
        raise ValueError("no projects to rank")
    utilities = weighted_sum(w, scores)
    # NaN or ±inf in any score makes its utility non-finite, even under a zero weight.
    if not all(map(math.isfinite, utilities)):
        raise ValueError("scores must be finite numbers")
    ranks = competition_ranks(utilities, tolerance)
    leader = ranks.index(1)
    return _Board(w, list(zip(*scores, strict=True)), utilities, ranks, leader, tolerance)


def _base_utilities(board: _Board, k: int) -> list[float]:
    """B_i: project i's utility from the other criteria alone, rescaled to weigh 1 in total."""
    w, columns = board.weights, board.columns
    rest = _rest(w, k)
    if rest > 0 and w[k] <= 0.5:
        # N_i − w_k·s_ik is precise while 1 − w_k is not small: O(1) per project.
        inv = 1.0 / rest
        wk = w[k]
        return [(u - wk * s) * inv for u, s in zip(board.utilities, columns[k], strict=True)]
    # w_k > 0.5 (at most one such criterion): summing the others directly keeps the digits
    # that the subtraction would cancel. With w_k = 1 the others share 1 − t equally.
    shares = [x / rest for x in w] if rest > 0 else [1.0 / (len(w) - 1)] * len(w)
    base = [0.0] * len(board.utilities)
    for j, column in enumerate(columns):
        if j != k and shares[j] > 0:
            share = shares[j]
            base = [b + share * s for b, s in zip(base, column, strict=True)]
    return base


def _bounds(board: _Board, k: int, current: float) -> tuple[float, float, int | None, int | None]:
    """(low, high, project taking over below low, project taking over above high).

    The interval is widened to hold `current` (the caller's weight) and its normalised twin:
    by definition they are inside, and only rounding could put them a hair outside.

    Utilities are linear in t: N_i(t) = t·s_ik + (1 − t)·B_i. Challenger b is above the
    leader a by d(t) = D0 + t·slope with D0 = B_b − B_a and slope = (s_bk − s_ak) − D0, and a
    stays first while d(t) <= tolerance. That is DOMAIN.md's crossover
    t* = (B_b − B_a) / ((s_ak − B_a) − (s_bk − B_b)) with the tie tolerance added, so the
    bounds agree with competition_ranks.
    """
    if len(board.utilities) == 1 or len(board.weights) == 1:
        return 0.0, 1.0, None, None
    tol = board.tolerance
    base = _base_utilities(board, k)
    column = board.columns[k]
    a = board.leader
    s_a, b_a = column[a], base[a]
    low, high = 0.0, 1.0
    at_low: int | None = None
    at_high: int | None = None
    low_slope = high_slope = 0.0
    for b, (s_b, b_b) in enumerate(zip(column, base, strict=True)):
        d0 = b_b - b_a
        slope = (s_b - s_a) - d0
        if slope > 0.0:
            bound = (tol - d0) / slope
            # On a shared bound the steeper challenger is the one seen on top just past it.
            if bound < high or (at_high is not None and bound == high and slope > high_slope):
                high, at_high, high_slope = bound, b, slope
        elif slope < 0.0:
            bound = (tol - d0) / slope
            if bound > low or (at_low is not None and bound == low and slope < low_slope):
                low, at_low, low_slope = bound, b, slope
    w_k = board.weights[k]
    return min(low, current, w_k), max(high, current, w_k), at_low, at_high


def stability_interval(
    weights: Sequence[float],
    scores: Sequence[Sequence[float]],
    criterion: int,
    *,
    tolerance: float = _RANK_TOLERANCE,
) -> tuple[float, float]:
    """The range of criterion k's weight (others rescaled, see whatif_weights) keeping first place.

    "First place" is the lowest-indexed project of rank 1; it stays first while no project is
    more than `tolerance` above it. The interval always contains the current weight.
    """
    board = _board(weights, scores, tolerance)
    k = _criterion(criterion, len(board.weights))
    low, high, _, _ = _bounds(board, k, float(weights[k]))
    return low, high


@dataclass(frozen=True, slots=True)
class CriterionSensitivity:
    """How far one criterion's weight may move before first place changes."""

    criterion: int
    weight: float
    low: float
    high: float
    runner_up_at_low: int | None  # who takes first place below `low`; None if low is 0, no change
    runner_up_at_high: int | None  # who takes first place above `high`; None if high is 1
    # Score points the leader could lose on this criterion before the runner-up draws level:
    # (N_a − N_b) / w_k, 0 when first place is tied; None when the weight is 0 or there is no
    # second project. It may exceed the leader's own score: "cannot be overtaken this way".
    margin_points: float | None

    @property
    def smallest_change(self) -> float | None:
        """The least change of this weight that changes first place, or None if none does."""
        changes = []
        if self.runner_up_at_low is not None:
            changes.append(max(0.0, self.weight - self.low))
        if self.runner_up_at_high is not None:
            changes.append(max(0.0, self.high - self.weight))
        return min(changes) if changes else None


@dataclass(frozen=True, slots=True)
class Sensitivity:
    """The ranking and, per criterion, how stable its first place is."""

    utilities: tuple[float, ...]
    ranks: tuple[int, ...]
    leader: int  # lowest index among the rank-1 projects
    first_place: tuple[int, ...]  # every project sharing rank 1
    runner_up: int | None  # best project other than the leader (may share rank 1)
    criteria: tuple[CriterionSensitivity, ...]
    most_critical: int | None  # criterion needing the smallest weight change to change first place

    @property
    def tied(self) -> bool:
        """First place is shared: say so instead of crowning the lowest index."""
        return len(self.first_place) > 1


def sensitivity(
    weights: Sequence[float], scores: Sequence[Sequence[float]], tolerance: float = _RANK_TOLERANCE
) -> Sensitivity:
    """Rank the projects and answer "would first place change if we cared more about X?"."""
    board = _board(weights, scores, tolerance)
    utilities, leader = board.utilities, board.leader
    others = [i for i in range(len(utilities)) if i != leader]
    runner_up = max(others, key=lambda i: (utilities[i], -i)) if others else None
    lead = 0.0 if runner_up is None else max(0.0, utilities[leader] - utilities[runner_up])
    criteria = []
    changes = []
    for k, w_k in enumerate(board.weights):
        current = float(weights[k])
        margin = None if runner_up is None or w_k == 0 else lead / w_k
        criterion = CriterionSensitivity(k, current, *_bounds(board, k, current), margin)
        criteria.append(criterion)
        if (change := criterion.smallest_change) is not None:
            changes.append((change, k))
    return Sensitivity(
        utilities=utilities,
        ranks=tuple(board.ranks),
        leader=leader,
        first_place=tuple(i for i, r in enumerate(board.ranks) if r == 1),
        runner_up=runner_up,
        criteria=tuple(criteria),
        most_critical=min(changes)[1] if changes else None,
    )


def round_down(value: float, decimals: int) -> float:
    """`value` rounded towards −∞ at `decimals`: a lower bound shown this way stays true."""
    factor = 10**decimals
    return math.floor(value * factor + 1e-9) / factor


def round_up(value: float, decimals: int) -> float:
    """`value` rounded towards +∞ at `decimals`: an upper bound shown this way stays true."""
    factor = 10**decimals
    return math.ceil(value * factor - 1e-9) / factor
