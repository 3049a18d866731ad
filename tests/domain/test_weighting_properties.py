"""Hypothesis properties of `domain.weighting`: the invariants every weighting method promises."""

from __future__ import annotations

import math
from itertools import combinations, pairwise

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from smartcity_desktop.domain.weighting import (
    SAATY_SCALE,
    ahp,
    circular_triads,
    competition_ranks,
    geometric_mean_matrix,
    matrix_from_upper,
    most_inconsistent_pair,
    pairwise_210_weights,
    points_weights,
    rank_order_centroid,
    rank_sum,
    rank_weights,
    saaty_round,
    sensitivity,
    stability_interval,
    weighted_sum,
    whatif_weights,
)

# -- strategies --------------------------------------------------------------------------------


@st.composite
def saaty_matrices(draw: st.DrawFn, max_n: int = 9) -> list[list[float]]:
    """Reciprocal matrices with judgements on the Saaty scale, as a workshop would enter them."""
    n = draw(st.integers(1, max_n))
    size = n * (n - 1) // 2
    return matrix_from_upper(
        n, draw(st.lists(st.sampled_from(SAATY_SCALE), min_size=size, max_size=size))
    )


@st.composite
def points_210(draw: st.DrawFn, strict: bool = False) -> list[list[int]]:
    """A valid 2/1/0 matrix; `strict` leaves out draws (a tournament)."""
    n = draw(st.integers(1, 7))
    matrix = [[0] * n for _ in range(n)]
    for i, j in combinations(range(n), 2):
        points = draw(st.sampled_from((0, 2) if strict else (0, 1, 2)))
        matrix[i][j], matrix[j][i] = points, 2 - points
    return matrix


# Whole points and whole scores keep every crossover a ratio with a small denominator, so a step
# of 1e-6 past a bound moves a challenger clearly beyond the 1e-9 tie tolerance.
_POINTS = st.lists(st.integers(0, 10), min_size=1, max_size=5).filter(lambda p: sum(p) > 0)


@st.composite
def boards(draw: st.DrawFn) -> tuple[tuple[float, ...], list[list[int]]]:
    weights = points_weights(draw(_POINTS))
    projects = draw(st.integers(1, 6))
    row = st.lists(st.integers(0, 10), min_size=len(weights), max_size=len(weights))
    return weights, draw(st.lists(row, min_size=projects, max_size=projects))


def _is_first(weights: tuple[float, ...], scores: list[list[int]], leader: int) -> bool:
    return competition_ranks(weighted_sum(weights, scores))[leader] == 1


_STEP = 1e-6

# -- weights add up to 1 -----------------------------------------------------------------------


@given(saaty_matrices())
def test_ahp_weights_sum_to_one(matrix: list[list[float]]) -> None:
    result = ahp(matrix)
    assert math.fsum(result.weights) == pytest.approx(1.0, abs=1e-12)
    assert all(w > 0 for w in result.weights)
    assert result.lambda_max >= len(matrix) - 1e-9
    assert result.ci >= 0
    assert result.cr >= 0


@given(_POINTS)
def test_points_weights_sum_to_one(points: list[int]) -> None:
    assert math.fsum(points_weights(points)) == pytest.approx(1.0, abs=1e-12)


@given(st.integers(1, 30))
def test_rank_methods_sum_to_one_and_decrease(n: int) -> None:
    for weights in (rank_order_centroid(n), rank_sum(n)):
        assert math.fsum(weights) == pytest.approx(1.0, abs=1e-12)
        assert all(a > b for a, b in pairwise(weights))


@given(st.lists(st.integers(1, 6), min_size=1, max_size=10), st.sampled_from(["roc", "rank_sum"]))
def test_rank_weights_sum_to_one_and_respect_the_order(ranks: list[int], method: str) -> None:
    weights = rank_weights(ranks, method)
    assert math.fsum(weights) == pytest.approx(1.0, abs=1e-12)
    for i, j in combinations(range(len(ranks)), 2):
        if ranks[i] < ranks[j]:
            assert weights[i] > weights[j]
        elif ranks[i] == ranks[j]:
            assert weights[i] == weights[j]


@given(st.permutations(range(1, 9)), st.sampled_from(["roc", "rank_sum"]))
def test_distinct_ranks_take_their_position_weights(ranks: list[int], method: str) -> None:
    by_position = rank_order_centroid(8) if method == "roc" else rank_sum(8)
    assert rank_weights(ranks, method) == tuple(by_position[r - 1] for r in ranks)


@given(points_210())
def test_210_weights_sum_to_one(matrix: list[list[int]]) -> None:
    weights = pairwise_210_weights(matrix)
    assert math.fsum(weights) == pytest.approx(1.0, abs=1e-12)
    assert all(w >= 0 for w in weights)


# -- AHP ---------------------------------------------------------------------------------------


@given(st.lists(st.floats(0.1, 10), min_size=1, max_size=12))
def test_consistent_matrix_recovers_its_vector(values: list[float]) -> None:
    n = len(values)
    matrix = [[vi / vj for vj in values] for vi in values]
    result = ahp(matrix)
    assert result.cr == pytest.approx(0.0, abs=1e-9)
    assert result.lambda_max == pytest.approx(n, abs=1e-9 * n)
    total = math.fsum(values)
    for w, v in zip(result.weights, values, strict=True):
        assert w == pytest.approx(v / total, abs=1e-9)
    assert most_inconsistent_pair(matrix) is None


@given(st.data())
def test_geometric_mean_of_reciprocal_matrices_is_reciprocal(data: st.DataObject) -> None:
    n = data.draw(st.integers(1, 6))
    size = n * (n - 1) // 2
    upper = st.lists(st.sampled_from(SAATY_SCALE), min_size=size, max_size=size)
    matrices = [matrix_from_upper(n, u) for u in data.draw(st.lists(upper, min_size=1, max_size=4))]
    weights = data.draw(
        st.none()
        | st.lists(st.integers(0, 5), min_size=len(matrices), max_size=len(matrices)).filter(
            lambda w: sum(w) > 0
        )
    )
    mean = geometric_mean_matrix(matrices, weights)
    for i in range(n):
        assert mean[i][i] == 1.0
        for j in range(i + 1, n):
            assert mean[i][j] * mean[j][i] == pytest.approx(1.0, abs=1e-12)
    ahp(mean)  # accepted as a reciprocal matrix


@given(saaty_matrices(max_n=7))
def test_the_suggested_judgement_is_on_the_scale(matrix: list[list[float]]) -> None:
    pair = most_inconsistent_pair(matrix)
    if pair is not None:
        assert pair.i < pair.j
        assert pair.suggested in SAATY_SCALE
        assert pair.current == matrix[pair.i][pair.j]


@given(st.floats(1e-4, 1e4))
def test_saaty_round_is_symmetric(value: float) -> None:
    # Skip the (measure-zero) ratios that sit exactly between two scale values.
    logs = sorted(math.log(s) for s in SAATY_SCALE)
    midpoints = [(a + b) / 2 for a, b in pairwise(logs)]
    assume(all(abs(math.log(value) - m) > 1e-9 for m in midpoints))
    rounded = saaty_round(value)
    assert rounded in SAATY_SCALE
    assert saaty_round(1 / value) == pytest.approx(1 / rounded, abs=1e-12)


# -- 2/1/0 cycles ------------------------------------------------------------------------------


@given(points_210(strict=True))
def test_circular_triads_match_kendalls_count(matrix: list[list[int]]) -> None:
    # Kendall & Babington Smith (1940): a tournament with win counts s_i has
    # C(n, 3) − Σ C(s_i, 2) circular triads.
    n = len(matrix)
    wins = [sum(1 for j in range(n) if matrix[i][j] == 2) for i in range(n)]
    triads = circular_triads(matrix)
    assert len(triads) == math.comb(n, 3) - sum(math.comb(s, 2) for s in wins)
    assert len(set(triads)) == len(triads)
    for a, b, c in triads:
        assert a < b
        assert a < c
        assert matrix[a][b] == matrix[b][c] == matrix[c][a] == 2


# -- scoring and sensitivity -------------------------------------------------------------------


@given(boards(), st.floats(0.01, 100))
def test_scaling_all_scores_keeps_the_ranks(
    board: tuple[tuple[float, ...], list[list[int]]], factor: float
) -> None:
    weights, scores = board
    scaled = [[s * factor for s in row] for row in scores]
    assert competition_ranks(weighted_sum(weights, scaled)) == competition_ranks(
        weighted_sum(weights, scores)
    )


@given(boards(), st.integers(0, 4), st.floats(0, 1))
def test_whatif_weights_sum_to_one_and_keep_the_others_ratios(
    board: tuple[tuple[float, ...], list[list[int]]], criterion: int, t: float
) -> None:
    weights, _ = board
    k = criterion % len(weights)
    shifted = whatif_weights(weights, k, t)
    assert math.fsum(shifted) == pytest.approx(1.0, abs=1e-12)
    if len(weights) == 1:
        return
    assert shifted[k] == t
    others = [j for j in range(len(weights)) if j != k]
    for i, j in combinations(others, 2):
        if math.fsum(weights[o] for o in others) > 0:
            assert shifted[i] * weights[j] == pytest.approx(shifted[j] * weights[i], abs=1e-12)
        else:
            assert shifted[i] == shifted[j]


@settings(max_examples=150)
@given(boards(), st.integers(0, 4))
def test_stability_interval_is_where_the_leader_stays_first(
    board: tuple[tuple[float, ...], list[list[int]]], criterion: int
) -> None:
    weights, scores = board
    k = criterion % len(weights)
    leader = sensitivity(weights, scores).leader
    low, high = stability_interval(weights, scores, k)
    assert 0.0 <= low <= weights[k] <= high <= 1.0

    def first_at(t: float) -> bool:
        return _is_first(whatif_weights(weights, k, t), scores, leader)

    inside = min(_STEP, (high - low) / 2)
    assert first_at(weights[k])
    assert first_at(low + inside)
    assert first_at(high - inside)
    if high + _STEP <= 1.0:
        assert not first_at(high + _STEP)
    if low - _STEP >= 0.0:
        assert not first_at(low - _STEP)


@settings(max_examples=100)
@given(boards(), st.integers(0, 4), st.lists(st.floats(0, 1), min_size=1, max_size=6))
def test_stability_interval_matches_brute_force(
    board: tuple[tuple[float, ...], list[list[int]]], criterion: int, probes: list[float]
) -> None:
    weights, scores = board
    k = criterion % len(weights)
    leader = sensitivity(weights, scores).leader
    low, high = stability_interval(weights, scores, k)
    for t in probes:
        if abs(t - low) > _STEP / 10 and abs(t - high) > _STEP / 10:
            first = _is_first(whatif_weights(weights, k, t), scores, leader)
            assert first == (low <= t <= high)


@settings(max_examples=100)
@given(boards())
def test_sensitivity_agrees_with_stability_and_names_who_takes_over(
    board: tuple[tuple[float, ...], list[list[int]]],
) -> None:
    weights, scores = board
    result = sensitivity(weights, scores)
    assert result.ranks[result.leader] == 1
    assert result.leader == min(result.first_place)
    for c in result.criteria:
        assert (c.low, c.high) == stability_interval(weights, scores, c.criterion)
        if c.runner_up_at_high is not None and c.high + _STEP <= 1.0:
            shifted = whatif_weights(weights, c.criterion, c.high + _STEP)
            assert competition_ranks(weighted_sum(shifted, scores))[c.runner_up_at_high] == 1
        if c.runner_up_at_low is not None and c.low - _STEP >= 0.0:
            shifted = whatif_weights(weights, c.criterion, c.low - _STEP)
            assert competition_ranks(weighted_sum(shifted, scores))[c.runner_up_at_low] == 1
    changes = [c.smallest_change for c in result.criteria if c.smallest_change is not None]
    if result.most_critical is None:
        assert not changes
    else:
        assert result.criteria[result.most_critical].smallest_change == min(changes)
