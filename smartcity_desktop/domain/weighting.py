"""Criteria weights (points, ranks, 2/1/0, AHP), project utilities and how stable first place is.

Everything here is pure Python so the workshop maths can be tested without Qt and without numpy;
the sizes are small (a dozen criteria, a few hundred projects) and the sensitivity analysis is
O(projects) per criterion, fast enough to rerun while a slider moves.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from smartcity_desktop.domain.ranking import competition_ranks, tie_groups
from smartcity_desktop.domain.sensitivity import (
    CriterionSensitivity,
    Sensitivity,
    sensitivity,
    stability_interval,
    weighted_sum,
    whatif_weights,
)

__all__ = [
    "ACCEPTABLE_CR",
    "RANDOM_INDEX_TABLES",
    "SAATY_1980_RI",
    "SAATY_SCALE",
    "AhpResult",
    "CellStats",
    "CriterionSensitivity",
    "InconsistentPair",
    "Sensitivity",
    "ahp",
    "circular_triads",
    "competition_ranks",
    "geometric_mean_matrix",
    "matrix_from_judgements",
    "matrix_from_upper",
    "mean_and_spread",
    "most_inconsistent_pair",
    "must_exclusions",
    "pairwise_210_weights",
    "points_weights",
    "rank_order_centroid",
    "rank_sum",
    "rank_weights",
    "saaty_round",
    "sensitivity",
    "stability_interval",
    "tie_groups",
    "weight_spread",
    "weighted_sum",
    "whatif_weights",
    "zero_weight_criteria",
]

Matrix = Sequence[Sequence[float]]

# Saaty (1980): the mean CI of random reciprocal matrices, by size. Shown next to every CR.
SAATY_1980_RI: dict[int, float] = {
    3: 0.58,
    4: 0.90,
    5: 1.12,
    6: 1.24,
    7: 1.32,
    8: 1.41,
    9: 1.45,
    10: 1.49,
    11: 1.51,
    12: 1.48,
    13: 1.56,
    14: 1.57,
    15: 1.59,
}
RANDOM_INDEX_TABLES: dict[str, Mapping[int, float]] = {"saaty1980": SAATY_1980_RI}
ACCEPTABLE_CR = 0.10  # Saaty's rule of thumb: above this, the judgements should be revisited

# 1/9 … 1/2, 1, 2 … 9, ascending.
SAATY_SCALE: tuple[float, ...] = (
    *(1.0 / k for k in range(9, 1, -1)),
    *(float(k) for k in range(1, 10)),
)
_SCALE_LOGS = tuple((value, math.log(value)) for value in SAATY_SCALE)

_RECIPROCAL_REL_TOL = 1e-6  # judgements typed as 0.333 still count as 1/3
_POWER_TOL = 1e-12
_POWER_MAX_ITERATIONS = 10_000
_CONSISTENT_LOG_TOL = 1e-9  # |ln ε| below this everywhere: nothing worth revisiting
_ZERO_WEIGHT = 1e-12


# -- pairwise-comparison matrices --------------------------------------------------------------


def _count(n: int, what: str = "n") -> int:
    n = operator.index(n)
    if n < 1:
        raise ValueError(f"{what} must be >= 1, got {n}")
    return n


def _square(matrix: Matrix, what: str = "matrix") -> list[list[float]]:
    rows = [[float(x) for x in row] for row in matrix]
    n = len(rows)
    if n == 0:
        raise ValueError(f"{what} is empty: it needs at least one criterion")
    for i, row in enumerate(rows):
        if len(row) != n:
            raise ValueError(f"{what} must be square: row {i} has {len(row)} entries, not {n}")
    return rows


def _check_positive(rows: list[list[float]], what: str = "matrix") -> None:
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if not (math.isfinite(value) and value > 0):
                raise ValueError(f"{what} entry ({i}, {j}) must be finite and > 0, got {value!r}")


def _reciprocal_matrix(matrix: Matrix) -> list[list[float]]:
    """A validated copy; a typed 0.333 for 1/3 is accepted, anything further off is named."""
    rows = _square(matrix)
    _check_positive(rows)
    for i, row in enumerate(rows):
        if not math.isclose(row[i], 1.0, rel_tol=_RECIPROCAL_REL_TOL):
            raise ValueError(f"diagonal entry ({i}, {i}) must be 1, got {row[i]!r}")
        for j in range(i + 1, len(rows)):
            a_ij, a_ji = row[j], rows[j][i]
            if not math.isclose(a_ij * a_ji, 1.0, rel_tol=_RECIPROCAL_REL_TOL):
                raise ValueError(
                    f"matrix is not reciprocal at ({i}, {j}): entry ({i}, {j}) is {a_ij!r}, "
                    f"so entry ({j}, {i}) must be {1.0 / a_ij:.6g}, got {a_ji!r}"
                )
    return rows


def _judgement(value: float, i: int, j: int) -> float:
    value = float(value)
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"judgement ({i}, {j}) must be finite and > 0, got {value!r}")
    return value


def matrix_from_upper(n: int, upper: Sequence[float]) -> list[list[float]]:
    """The full reciprocal matrix from the upper triangle read row by row, as forms ask for it."""
    n = _count(n)
    expected = n * (n - 1) // 2
    if len(upper) != expected:
        raise ValueError(f"{n} criteria need {expected} upper-triangle entries, got {len(upper)}")
    matrix = [[1.0] * n for _ in range(n)]
    values = iter(upper)
    for i in range(n):
        for j in range(i + 1, n):
            value = _judgement(next(values), i, j)
            matrix[i][j] = value
            matrix[j][i] = 1.0 / value
    return matrix


def matrix_from_judgements(
    n: int, judgements: Mapping[tuple[int, int], float]
) -> list[list[float]]:
    """The full matrix from judgements keyed (i, j) in either direction; every pair is needed."""
    n = _count(n)
    matrix = [[1.0] * n for _ in range(n)]
    given: set[tuple[int, int]] = set()
    for (i, j), raw in judgements.items():
        if not (0 <= i < n and 0 <= j < n):
            raise ValueError(f"judgement ({i}, {j}) is outside the {n} criteria")
        if i == j:
            raise ValueError(f"judgement ({i}, {j}) compares a criterion with itself")
        value = _judgement(raw, i, j)
        pair = (min(i, j), max(i, j))
        if pair in given and not math.isclose(matrix[i][j], value, rel_tol=_RECIPROCAL_REL_TOL):
            raise ValueError(f"conflicting judgements for ({i}, {j}) and ({j}, {i})")
        given.add(pair)
        matrix[i][j] = value
        matrix[j][i] = 1.0 / value
    missing = [(i, j) for i in range(n) for j in range(i + 1, n) if (i, j) not in given]
    if missing:
        shown = ", ".join(map(str, missing[:5])) + (", …" if len(missing) > 5 else "")
        total = n * (n - 1) // 2
        raise ValueError(f"{len(missing)} of {total} comparisons are missing: {shown}")
    return matrix


# -- AHP ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AhpResult:
    """Weights and consistency of one pairwise-comparison matrix (Saaty's eigenvector method)."""

    weights: tuple[float, ...]
    lambda_max: float
    ci: float
    cr: float
    random_index: float  # the RI the CR was divided by; 0.0 for n <= 2 (always consistent)

    @property
    def acceptable(self) -> bool:
        """Saaty's rule of thumb: judgements with CR <= 0.10 need no revision."""
        return self.cr <= ACCEPTABLE_CR


def _random_index(table: str | Mapping[int, float], n: int) -> float:
    if isinstance(table, str):
        if table not in RANDOM_INDEX_TABLES:
            known = ", ".join(sorted(RANDOM_INDEX_TABLES))
            raise ValueError(f"unknown random index table {table!r} (known: {known})")
        values = RANDOM_INDEX_TABLES[table]
    else:
        values = table
    if n <= 2:
        return 0.0
    if n not in values:
        covered = f"{min(values)}..{max(values)}" if values else "nothing"
        raise ValueError(
            f"the random index table has no value for {n} criteria (it covers {covered})"
        )
    value = float(values[n])
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"random index for {n} criteria must be finite and > 0, got {value!r}")
    return value


def _principal_eigenvector(a: list[list[float]]) -> tuple[tuple[float, ...], float]:
    """Power iteration, started from the row geometric means (exact for consistent matrices)."""
    n = len(a)
    w = [math.exp(math.fsum(map(math.log, row)) / n) for row in a]
    total = math.fsum(w)
    w = [x / total for x in w]
    for _ in range(_POWER_MAX_ITERATIONS):
        aw = [sum(map(operator.mul, row, w)) for row in a]
        total = math.fsum(aw)
        new = [x / total for x in aw]
        delta = max(abs(x - y) for x, y in zip(new, w, strict=True))
        w = new
        if delta < _POWER_TOL:
            break
    lambda_max = math.fsum(sum(map(operator.mul, row, w)) for row in a)
    return tuple(w), lambda_max


def ahp(matrix: Matrix, random_index: str | Mapping[int, float] = "saaty1980") -> AhpResult:
    """Weights and consistency ratio of a reciprocal matrix; a_ij > 1: i matters more than j.

    `random_index` names a table ("saaty1980") or is a mapping n → RI, for groups that prefer
    another published table; the RI used is returned so the screen can say which it was.
    """
    a = _reciprocal_matrix(matrix)
    n = len(a)
    ri = _random_index(random_index, n)
    weights, lambda_max = _principal_eigenvector(a)
    if n <= 2:
        return AhpResult(weights, lambda_max, 0.0, 0.0, ri)
    # λ_max >= n for every positive reciprocal matrix: a negative CI is rounding.
    ci = max(0.0, (lambda_max - n) / (n - 1))
    return AhpResult(weights, lambda_max, ci, ci / ri, ri)


def geometric_mean_matrix(
    matrices: Sequence[Matrix], weights: Sequence[float] | None = None
) -> list[list[float]]:
    """Element-wise (weighted) geometric mean: unlike the arithmetic mean it stays reciprocal."""
    rows = [_square(m, f"matrix {k}") for k, m in enumerate(matrices)]
    if not rows:
        raise ValueError("need at least one matrix to aggregate")
    n = len(rows[0])
    for k, m in enumerate(rows):
        if len(m) != n:
            raise ValueError(f"matrix {k} is {len(m)}×{len(m)}, but matrix 0 is {n}×{n}")
        _check_positive(m, f"matrix {k}")
    shares = _matrix_shares(weights, len(rows))
    logs = [(share, m) for share, m in zip(shares, rows, strict=True) if share > 0]
    return [
        [math.exp(math.fsum(share * math.log(m[i][j]) for share, m in logs)) for j in range(n)]
        for i in range(n)
    ]


def _matrix_shares(weights: Sequence[float] | None, count: int) -> list[float]:
    if weights is None:
        return [1.0 / count] * count
    values = [float(x) for x in weights]
    if len(values) != count:
        raise ValueError(f"got {len(values)} weights for {count} matrices")
    for k, value in enumerate(values):
        if not (math.isfinite(value) and value >= 0):
            raise ValueError(f"weight of matrix {k} must be finite and >= 0, got {value!r}")
    total = math.fsum(values)
    if total <= 0:
        raise ValueError("the matrix weights must have a positive sum")
    return [value / total for value in values]


def saaty_round(value: float) -> float:
    """The nearest value on Saaty's 1/9 … 9 scale, nearest in ratio (log) terms, not difference."""
    value = float(value)
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"value must be finite and > 0, got {value!r}")
    log_value = math.log(value)
    # Exact midpoints go towards 1, so rounding 1/x gives 1/(rounding x).
    return min(_SCALE_LOGS, key=lambda s: (abs(s[1] - log_value), abs(s[1])))[0]


@dataclass(frozen=True, slots=True)
class InconsistentPair:
    """The judgement to revisit first, and what the other judgements suggest instead."""

    i: int
    j: int
    current: float  # a_ij as entered
    suggested: float  # w_i / w_j rounded to the Saaty scale; may equal `current` when coarse
    epsilon: float  # a_ij · w_j / w_i: 1 when this judgement agrees with the weights


def most_inconsistent_pair(
    matrix: Matrix, weights: Sequence[float] | None = None
) -> InconsistentPair | None:
    """The pair (i < j) with the largest |ln ε_ij|; None when n <= 2 or nothing is inconsistent.

    `weights` default to the matrix's own eigenvector weights (any n, no RI needed).
    """
    a = _reciprocal_matrix(matrix)
    n = len(a)
    if weights is None:
        w = list(_principal_eigenvector(a)[0])
    else:
        w = [float(x) for x in weights]
        if len(w) != n:
            raise ValueError(f"got {len(w)} weights for a {n}×{n} matrix")
        if not all(math.isfinite(x) and x > 0 for x in w):
            raise ValueError("weights must be finite and > 0")
    if n <= 2:
        return None
    worst: tuple[float, int, int] = (0.0, 0, 0)
    for i in range(n):
        for j in range(i + 1, n):
            deviation = abs(math.log(a[i][j] * w[j] / w[i]))
            if deviation > worst[0]:
                worst = (deviation, i, j)
    deviation, i, j = worst
    if deviation <= _CONSISTENT_LOG_TOL:
        return None
    return InconsistentPair(i, j, a[i][j], saaty_round(w[i] / w[j]), a[i][j] * w[j] / w[i])


# -- Paarvergleich 2/1/0 -----------------------------------------------------------------------


def _points_matrix(matrix: Sequence[Sequence[float]]) -> list[list[int]]:
    """Validated 2/1/0 points; the diagonal is ignored (forms often leave it blank)."""
    rows = [list(row) for row in matrix]
    n = len(rows)
    if n == 0:
        raise ValueError("2/1/0 matrix is empty: it needs at least one criterion")
    for i, row in enumerate(rows):
        if len(row) != n:
            raise ValueError(f"2/1/0 matrix must be square: row {i} has {len(row)} entries")
    points = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j:
                value = rows[i][j]
                if value not in (0, 1, 2):
                    raise ValueError(f"entry ({i}, {j}) must be 0, 1 or 2 points, got {value!r}")
                points[i][j] = int(value)
    for i in range(n):
        for j in range(i + 1, n):
            if points[i][j] + points[j][i] != 2:
                raise ValueError(
                    f"entries ({i}, {j}) and ({j}, {i}) must add up to 2 (2:0, 1:1 or 0:2), "
                    f"got {points[i][j]} and {points[j][i]}"
                )
    return points


def pairwise_210_weights(matrix: Sequence[Sequence[float]]) -> tuple[float, ...]:
    """w_i = row sum / (n(n−1)): every pair hands out 2 points, so the weights add up to 1."""
    points = _points_matrix(matrix)
    n = len(points)
    if n == 1:
        return (1.0,)
    total = n * (n - 1)
    return tuple(sum(row) / total for row in points)


def circular_triads(matrix: Sequence[Sequence[float]]) -> list[tuple[int, int, int]]:
    """Every strict cycle a > b > c > a (2:0 wins), once each, smallest index first.

    A draw (1:1) breaks a cycle: it is no contradiction, just indifference.
    """
    points = _points_matrix(matrix)
    n = len(points)
    triads: list[tuple[int, int, int]] = []
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if points[i][j] == 2 and points[j][k] == 2 and points[k][i] == 2:
                    triads.append((i, j, k))
                elif points[i][k] == 2 and points[k][j] == 2 and points[j][i] == 2:
                    triads.append((i, k, j))
    return triads


def zero_weight_criteria(weights: Sequence[float]) -> list[int]:
    """Criteria that weigh (practically) nothing: in 2/1/0 they lost every comparison — warn."""
    return [j for j, w in enumerate(weights) if abs(w) <= _ZERO_WEIGHT]


# -- ranks and points --------------------------------------------------------------------------


def rank_order_centroid(n: int) -> tuple[float, ...]:
    """ROC weights for ranks 1..n: w_r = (1/n) Σ_{k=r..n} 1/k, the centre of all orderings."""
    n = _count(n)
    weights = [0.0] * n
    tail = 0.0
    for r in range(n, 0, -1):
        tail += 1.0 / r
        weights[r - 1] = tail / n
    return tuple(weights)


def rank_sum(n: int) -> tuple[float, ...]:
    """Rank-sum weights for ranks 1..n: w_r = 2(n+1−r)/(n(n+1)), flatter than ROC."""
    n = _count(n)
    return tuple(2.0 * (n + 1 - r) / (n * (n + 1)) for r in range(1, n + 1))


_RANK_METHODS = {"roc": rank_order_centroid, "rank_sum": rank_sum}


def rank_weights(ranks: Sequence[int], method: str = "roc") -> tuple[float, ...]:
    """Weights from one rank per criterion (1 = most important); tied ranks share the mean.

    Criteria are sorted by rank and take positions 1..n in that order, so [1, 2, 2, 4] and
    [1, 5, 5, 9] give the same weights: only the order and the ties matter.
    """
    if method not in _RANK_METHODS:
        raise ValueError(f"unknown rank method {method!r} (known: roc, rank_sum)")
    values: list[int] = []
    for j, rank in enumerate(ranks):
        if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
            raise ValueError(f"rank of criterion {j} must be a whole number >= 1, got {rank!r}")
        values.append(rank)
    if not values:
        raise ValueError("no criteria to weight")
    by_position = _RANK_METHODS[method](len(values))
    order = sorted(range(len(values)), key=values.__getitem__)
    weights = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end < len(order) and values[order[end]] == values[order[start]]:
            end += 1
        share = math.fsum(by_position[start:end]) / (end - start)
        for index in order[start:end]:
            weights[index] = share
        start = end
    return tuple(weights)


def points_weights(points: Sequence[float]) -> tuple[float, ...]:
    """Point allocation (typically 100 points): w_j = p_j / Σp."""
    values = [float(p) for p in points]
    for j, value in enumerate(values):
        if not (math.isfinite(value) and value >= 0):
            raise ValueError(f"points for criterion {j} must be finite and >= 0, got {value!r}")
    total = math.fsum(values)
    if total == 0:
        raise ValueError("no points allocated")
    return tuple(value / total for value in values)


# -- scoring projects --------------------------------------------------------------------------


def must_exclusions(
    scores: Sequence[Sequence[float]], thresholds: Mapping[int, float]
) -> dict[int, list[int]]:
    """Project → the must-criteria it fails (score below the threshold); passing projects absent.

    The caller shows these projects as excluded rather than dropping them silently.
    """
    n = len(scores[0]) if scores else 0
    for i, row in enumerate(scores):
        if len(row) != n:
            raise ValueError(f"project {i} has {len(row)} scores, project 0 has {n}")
    checks = sorted(thresholds.items())
    for criterion, threshold in checks:
        if scores and not 0 <= criterion < n:
            raise ValueError(f"threshold for criterion {criterion}, but there are only {n}")
        if math.isnan(threshold):
            raise ValueError(f"threshold for criterion {criterion} is NaN")
    failures: dict[int, list[int]] = {}
    for i, row in enumerate(scores):
        failed = []
        for criterion, threshold in checks:
            if math.isnan(row[criterion]):
                raise ValueError(f"project {i} has no score on must-criterion {criterion}")
            if row[criterion] < threshold:
                failed.append(criterion)
        if failed:
            failures[i] = failed
    return failures


@dataclass(frozen=True, slots=True)
class CellStats:
    """How several raters' values for one cell spread: shown next to the mean they produce."""

    mean: float
    minimum: float
    maximum: float
    stdev: float  # population standard deviation: the raters are all there is
    count: int


def mean_and_spread(values: Sequence[float]) -> CellStats:
    """Mean, range and population standard deviation of one cell's values."""
    data = [float(v) for v in values]
    if not data:
        raise ValueError("no values to summarise")
    if not all(math.isfinite(v) for v in data):
        raise ValueError("values must be finite numbers")
    if len(data) == 1:
        return CellStats(data[0], data[0], data[0], 0.0, 1)
    # In floats: statistics.pstdev computes with exact fractions, 50 times slower, and a
    # score grid of 200 × 15 cells is summarised on every change.
    mean = math.fsum(data) / len(data)
    stdev = math.sqrt(math.fsum((v - mean) ** 2 for v in data) / len(data))
    return CellStats(mean, min(data), max(data), stdev, len(data))


def weight_spread(weight_vectors: Sequence[Sequence[float]]) -> list[CellStats]:
    """Per criterion, how the participants' individual weights spread."""
    if not weight_vectors:
        raise ValueError("no weight vectors to compare")
    n = len(weight_vectors[0])
    for p, vector in enumerate(weight_vectors):
        if len(vector) != n:
            raise ValueError(f"weight vector {p} has {len(vector)} entries, vector 0 has {n}")
    return [mean_and_spread(column) for column in zip(*weight_vectors, strict=True)]
