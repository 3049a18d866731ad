"""Criteria weights, utilities and sensitivity in `domain.weighting`: published and hand cases."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from smartcity_desktop.domain import ranking
from smartcity_desktop.domain.weighting import (
    SAATY_1980_RI,
    SAATY_SCALE,
    CellStats,
    InconsistentPair,
    ahp,
    circular_triads,
    competition_ranks,
    geometric_mean_matrix,
    matrix_from_judgements,
    matrix_from_upper,
    mean_and_spread,
    most_inconsistent_pair,
    must_exclusions,
    pairwise_210_weights,
    points_weights,
    rank_order_centroid,
    rank_sum,
    rank_weights,
    saaty_round,
    sensitivity,
    stability_interval,
    tie_groups,
    weight_spread,
    weighted_sum,
    whatif_weights,
    zero_weight_criteria,
)

# Leader example (Experience, Education, Charisma, Age), DOMAIN.md after Saaty (1980); also the
# Wikipedia article "Analytic hierarchy process – leader example" (which truncates to .547).
LEADER = matrix_from_upper(4, [4, 3, 7, 1 / 3, 3, 5])

# Saaty, T. L. (2008), "Decision making with the analytic hierarchy process", Int. J. Services
# Sciences 1(1), 83–98: "Which drink is consumed more in the U.S.?" Published derived scale
# .177, .019, .042, .116, .190, .129, .327 and C.R. .022. Checked against numpy.linalg.eig
# (λ_max 7.1766) and against the test suite of the AHPy package, which cites the same paper.
DRINKS_NAMES = ("coffee", "wine", "tea", "beer", "sodas", "milk", "water")
DRINKS = [
    [1, 9, 5, 2, 1, 1, 1 / 2],
    [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
    [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
    [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [1, 9, 4, 2, 1, 2, 1 / 2],
    [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [2, 9, 9, 3, 2, 3, 1],
]


def _flat(matrix: list[list[float]]) -> list[float]:
    """Matrices as flat lists: pytest.approx compares flat sequences only."""
    return [x for row in matrix for x in row]


def _rounded(values: tuple[float, ...], digits: int = 3) -> list[float]:
    return [round(v, digits) for v in values]


# -- AHP: published examples -------------------------------------------------------------------


def test_leader_example_from_domain_md() -> None:
    result = ahp(LEADER)
    assert _rounded(result.weights) == [0.548, 0.127, 0.270, 0.056]
    assert round(result.lambda_max, 3) == 4.118
    assert round(result.cr, 3) == 0.044
    assert result.random_index == 0.90
    assert result.ci == pytest.approx((result.lambda_max - 4) / 3)
    assert result.acceptable


def test_drinks_example_from_saaty_2008() -> None:
    result = ahp(DRINKS)
    published = [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]
    assert _rounded(result.weights) == published
    assert round(result.cr, 3) == 0.022
    assert result.random_index == 1.32
    assert round(result.lambda_max, 3) == 7.177


def test_weights_sum_to_one_and_lambda_is_sum_of_aw() -> None:
    result = ahp(DRINKS)
    assert math.fsum(result.weights) == pytest.approx(1.0, abs=1e-12)
    aw = [sum(a * w for a, w in zip(row, result.weights, strict=True)) for row in DRINKS]
    assert result.lambda_max == pytest.approx(math.fsum(aw), rel=1e-12)
    # An eigenvector: A·w = λ_max·w.
    assert aw == pytest.approx([result.lambda_max * w for w in result.weights], rel=1e-9)


# -- AHP: small sizes, random index tables -----------------------------------------------------


def test_one_criterion() -> None:
    result = ahp([[1]])
    assert result.weights == (1.0,)
    assert (result.ci, result.cr, result.random_index) == (0.0, 0.0, 0.0)


def test_two_criteria_are_always_consistent() -> None:
    result = ahp([[1, 3], [1 / 3, 1]])
    assert result.weights == pytest.approx((0.75, 0.25))
    assert (result.ci, result.cr, result.random_index) == (0.0, 0.0, 0.0)


def test_custom_random_index_mapping() -> None:
    result = ahp(LEADER, random_index={4: 0.88})
    assert result.random_index == 0.88
    assert result.cr == pytest.approx(result.ci / 0.88)


def test_random_index_not_needed_for_two_criteria() -> None:
    assert ahp([[1, 2], [0.5, 1]], random_index={}).random_index == 0.0


def test_saaty_table_is_the_published_one() -> None:
    assert [SAATY_1980_RI[n] for n in range(3, 16)] == [
        0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
    ]  # fmt: skip


def test_unknown_random_index_name() -> None:
    with pytest.raises(ValueError, match="unknown random index table 'alonso'"):
        ahp(LEADER, random_index="alonso")


def test_size_missing_from_saaty_table() -> None:
    with pytest.raises(ValueError, match="no value for 16 criteria"):
        ahp([[1.0] * 16 for _ in range(16)])


def test_size_missing_from_custom_mapping() -> None:
    with pytest.raises(ValueError, match="no value for 4 criteria"):
        ahp(LEADER, random_index={3: 0.5})


def test_non_positive_random_index() -> None:
    with pytest.raises(ValueError, match="random index for 4 criteria"):
        ahp(LEADER, random_index={4: 0.0})


# -- AHP: validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("matrix", "message"),
    [
        ([], "empty"),
        ([[1, 2], [0.5]], r"square: row 1"),
        ([[1, 2, 3], [0.5, 1, 1]], r"square: row 0"),
        ([[1, 0], [1, 1]], r"entry \(0, 1\) must be finite and > 0"),
        ([[1, -2], [-0.5, 1]], r"entry \(0, 1\)"),
        ([[1, 2], [math.nan, 1]], r"entry \(1, 0\)"),
        ([[1, math.inf], [0.0, 1]], r"entry \(0, 1\)"),
        ([[2, 1], [1, 1]], r"diagonal entry \(0, 0\) must be 1"),
        ([[1, 2, 3], [0.5, 1, 4], [1 / 3, 0.5, 1]], r"not reciprocal at \(1, 2\)"),
        ([[1, 3], [0.3, 1]], r"not reciprocal at \(0, 1\)"),
    ],
)
def test_invalid_matrices_are_rejected(matrix: list[list[float]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ahp(matrix)


def test_reciprocal_within_relative_tolerance_is_accepted() -> None:
    # A form that rounds to 7 significant digits still passes.
    ahp([[1, 3], [0.3333333, 1]])


# -- building matrices -------------------------------------------------------------------------


def test_matrix_from_upper_fills_the_reciprocals() -> None:
    assert LEADER[0] == [1.0, 4.0, 3.0, 7.0]
    assert LEADER[2][1] == 3.0  # 1 / (1/3)
    assert LEADER[3] == pytest.approx([1 / 7, 1 / 3, 1 / 5, 1.0])
    assert matrix_from_upper(1, []) == [[1.0]]


def test_matrix_from_upper_validation() -> None:
    with pytest.raises(ValueError, match="4 criteria need 6 upper-triangle entries, got 5"):
        matrix_from_upper(4, [1, 2, 3, 4, 5])
    with pytest.raises(ValueError, match=r"judgement \(1, 2\)"):
        matrix_from_upper(3, [1, 2, 0])
    with pytest.raises(ValueError, match="n must be >= 1"):
        matrix_from_upper(0, [])


def test_matrix_from_judgements_in_either_direction() -> None:
    matrix = matrix_from_judgements(3, {(0, 1): 3, (2, 0): 2, (1, 2): 1 / 4})
    assert _flat(matrix) == pytest.approx(_flat([[1, 3, 0.5], [1 / 3, 1, 0.25], [2, 4, 1]]))


def test_matrix_from_judgements_accepts_both_directions_when_they_agree() -> None:
    matrix = matrix_from_judgements(2, {(0, 1): 3, (1, 0): 1 / 3})
    assert _flat(matrix) == pytest.approx([1, 3, 1 / 3, 1])


def test_matrix_from_judgements_counts_the_missing_pairs() -> None:
    with pytest.raises(ValueError, match=r"2 of 3 comparisons are missing: \(0, 2\), \(1, 2\)"):
        matrix_from_judgements(3, {(0, 1): 3})


@pytest.mark.parametrize(
    ("judgements", "message"),
    [
        ({(0, 1): 3, (1, 0): 3}, "conflicting judgements"),
        ({(0, 0): 1, (0, 1): 2}, "with itself"),
        ({(0, 2): 2}, "outside the 2 criteria"),
        ({(0, 1): -1}, r"judgement \(0, 1\) must be finite and > 0"),
    ],
)
def test_matrix_from_judgements_validation(
    judgements: dict[tuple[int, int], float], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        matrix_from_judgements(2, judgements)


# -- several participants ----------------------------------------------------------------------


def test_geometric_mean_of_two_judges() -> None:
    matrix = geometric_mean_matrix([[[1, 2], [1 / 2, 1]], [[1, 8], [1 / 8, 1]]])
    assert _flat(matrix) == pytest.approx([1, 4, 1 / 4, 1])


def test_weighted_geometric_mean() -> None:
    # Weights 3:1 → 2^(3/4) · 8^(1/4) = 2^(3/2).
    matrix = geometric_mean_matrix([[[1, 2], [1 / 2, 1]], [[1, 8], [1 / 8, 1]]], weights=[3, 1])
    assert matrix[0][1] == pytest.approx(2**1.5)
    assert matrix[1][0] == pytest.approx(2**-1.5)


def test_zero_weight_ignores_a_judge() -> None:
    matrix = geometric_mean_matrix([[[1, 2], [1 / 2, 1]], [[1, 8], [1 / 8, 1]]], weights=[1, 0])
    assert _flat(matrix) == pytest.approx([1, 2, 1 / 2, 1])


def test_geometric_mean_keeps_the_leader_example() -> None:
    assert _flat(geometric_mean_matrix([LEADER, LEADER])) == pytest.approx(_flat(LEADER))


@pytest.mark.parametrize(
    ("matrices", "weights", "message"),
    [
        ([], None, "at least one matrix"),
        ([[[1, 2], [0.5, 1]], [[1.0]]], None, r"matrix 1 is 1×1, but matrix 0 is 2×2"),
        ([[[1, 2], [0.5, 1]], [[1, 0], [1, 1]]], None, r"matrix 1 entry \(0, 1\)"),
        ([[[1, 2], [0.5]]], None, "square"),
        ([[[1.0]], [[1.0]]], [1, -1], "weight of matrix 1"),
        ([[[1.0]], [[1.0]]], [0, 0], "positive sum"),
        ([[[1.0]], [[1.0]]], [1], "got 1 weights for 2 matrices"),
    ],
)
def test_geometric_mean_validation(
    matrices: list[list[list[float]]], weights: list[float] | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        geometric_mean_matrix(matrices, weights)


# -- helping a group fix inconsistency ---------------------------------------------------------


def test_most_inconsistent_pair_in_the_leader_example() -> None:
    # ε_02 = 3 · 0.270 / 0.548 ≈ 1.48 is the largest deviation; w_0/w_2 ≈ 2.03 → 2.
    pair = most_inconsistent_pair(LEADER)
    assert pair is not None
    assert (pair.i, pair.j, pair.current, pair.suggested) == (0, 2, 3.0, 2.0)
    assert pair.epsilon == pytest.approx(1.479, abs=1e-3)


def test_most_inconsistent_pair_may_suggest_the_current_value_at_the_end_of_the_scale() -> None:
    # Wine vs water would need about 1/17: the scale ends at 1/9, which is what is there.
    pair = most_inconsistent_pair(DRINKS)
    assert pair == InconsistentPair(1, 6, 1 / 9, 1 / 9, pytest.approx(1.896, abs=1e-3))


def test_most_inconsistent_pair_with_given_weights() -> None:
    pair = most_inconsistent_pair(matrix_from_upper(3, [2, 4, 2]), weights=[0.2, 0.3, 0.5])
    assert pair is not None
    # ε_02 = 4·0.5/0.2 = 10 is the worst; w_0/w_2 = 0.4 is nearer 1/3 than 1/2 in ratio terms.
    assert (pair.i, pair.j, pair.suggested) == (0, 2, 1 / 3)


def test_consistent_matrix_has_nothing_to_revisit() -> None:
    assert most_inconsistent_pair(matrix_from_upper(3, [2, 4, 2])) is None


def test_two_criteria_have_nothing_to_revisit() -> None:
    assert most_inconsistent_pair([[1, 5], [1 / 5, 1]]) is None


def test_most_inconsistent_pair_validation() -> None:
    with pytest.raises(ValueError, match="got 2 weights for a 3×3 matrix"):
        most_inconsistent_pair(matrix_from_upper(3, [2, 4, 2]), weights=[0.5, 0.5])
    with pytest.raises(ValueError, match="finite and > 0"):
        most_inconsistent_pair(matrix_from_upper(3, [2, 4, 2]), weights=[0.5, 0.5, 0])
    with pytest.raises(ValueError, match="not reciprocal"):
        most_inconsistent_pair([[1, 2], [2, 1]])


@pytest.mark.parametrize(
    ("value", "rounded"),
    [(2.9, 3.0), (1.4, 1.0), (1.42, 2.0), (0.3, 1 / 3), (100, 9.0), (0.001, 1 / 9), (7.4, 7.0)],
)
def test_saaty_round(value: float, rounded: float) -> None:
    assert saaty_round(value) == rounded


@pytest.mark.parametrize("value", [0, -1, math.nan, math.inf])
def test_saaty_round_rejects_non_ratios(value: float) -> None:
    with pytest.raises(ValueError, match="finite and > 0"):
        saaty_round(value)


def test_saaty_scale() -> None:
    assert len(SAATY_SCALE) == 17
    assert SAATY_SCALE[0] == 1 / 9
    assert SAATY_SCALE[8] == 1.0
    assert SAATY_SCALE[-1] == 9.0
    assert list(SAATY_SCALE) == sorted(SAATY_SCALE)


# -- Paarvergleich 2/1/0 -----------------------------------------------------------------------


def test_210_weights() -> None:
    # A beats B, draws with C; B beats C. Rows: A 3, B 2, C 1 points of n(n−1) = 6.
    matrix = [[None, 2, 1], [0, None, 2], [1, 0, None]]
    assert pairwise_210_weights(matrix) == pytest.approx((0.5, 1 / 3, 1 / 6))


def test_210_criterion_losing_everything_weighs_zero() -> None:
    weights = pairwise_210_weights([[0, 0, 0], [2, 0, 1], [2, 1, 0]])
    assert zero_weight_criteria(weights) == [0]


def test_210_single_criterion() -> None:
    assert pairwise_210_weights([[None]]) == (1.0,)


@pytest.mark.parametrize(
    ("matrix", "message"),
    [
        ([], "empty"),
        ([[0, 2], [0]], "square"),
        ([[0, 3], [-1, 0]], r"entry \(0, 1\) must be 0, 1 or 2"),
        ([[0, 0.5], [1.5, 0]], r"entry \(0, 1\)"),
        ([[0, 2], [2, 0]], r"entries \(0, 1\) and \(1, 0\) must add up to 2"),
        ([[0, 1], [0, 0]], "add up to 2"),
    ],
)
def test_210_validation(matrix: list[list[float]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        pairwise_210_weights(matrix)
    with pytest.raises(ValueError, match=message):
        circular_triads(matrix)


def test_circular_triad_is_reported_once_smallest_index_first() -> None:
    # 0 > 1, 1 > 2, 2 > 0
    assert circular_triads([[0, 2, 0], [0, 0, 2], [2, 0, 0]]) == [(0, 1, 2)]
    # 0 > 2, 2 > 1, 1 > 0: the other orientation
    assert circular_triads([[0, 0, 2], [2, 0, 0], [0, 2, 0]]) == [(0, 2, 1)]


def test_a_draw_breaks_the_cycle() -> None:
    assert circular_triads([[0, 2, 1], [0, 0, 2], [1, 0, 0]]) == []


def test_several_triads() -> None:
    # 0 > 1 > 2 > 0 and 0 > 1 > 3 > 0; 2 beats both 0 and 3, so {0, 2, 3} is no cycle.
    matrix = [
        [0, 2, 0, 0],
        [0, 0, 2, 2],
        [2, 0, 0, 2],
        [2, 0, 0, 0],
    ]
    assert circular_triads(matrix) == [(0, 1, 2), (0, 1, 3)]


def test_transitive_order_has_no_triads() -> None:
    assert circular_triads([[0, 2, 2], [0, 0, 2], [0, 0, 0]]) == []


# -- ranks and points --------------------------------------------------------------------------


def test_rank_order_centroid_for_four() -> None:
    assert rank_order_centroid(4) == pytest.approx((0.5208, 0.2708, 0.1458, 0.0625), abs=5e-5)
    assert rank_order_centroid(1) == (1.0,)


def test_rank_sum_for_four() -> None:
    assert rank_sum(4) == pytest.approx((0.4, 0.3, 0.2, 0.1))
    assert rank_sum(1) == (1.0,)


@pytest.mark.parametrize("function", [rank_order_centroid, rank_sum])
def test_rank_methods_need_a_criterion(function: Callable[[int], tuple[float, ...]]) -> None:
    with pytest.raises(ValueError, match="n must be >= 1"):
        function(0)


def test_tied_ranks_share_the_mean_of_their_positions() -> None:
    roc = rank_order_centroid(4)
    assert rank_weights([1, 2, 2, 4]) == pytest.approx(
        (roc[0], (roc[1] + roc[2]) / 2, (roc[1] + roc[2]) / 2, roc[3])
    )
    assert rank_weights([2, 1, 4, 2], method="rank_sum") == pytest.approx((0.25, 0.4, 0.1, 0.25))


def test_rank_weights_only_use_order_and_ties() -> None:
    assert rank_weights([3, 1, 9]) == rank_weights([2, 1, 3])
    assert rank_weights([1, 5, 5, 9]) == rank_weights([1, 2, 2, 4])


def test_all_tied_is_equal_weights() -> None:
    assert rank_weights([1, 1, 1]) == pytest.approx((1 / 3,) * 3)


@pytest.mark.parametrize(
    ("ranks", "method", "message"),
    [
        ([1, 2], "borda", "unknown rank method 'borda'"),
        ([], "roc", "no criteria"),
        ([1, 0], "roc", "rank of criterion 1"),
        ([1, 1.5], "roc", "rank of criterion 1"),
        ([True, 2], "roc", "rank of criterion 0"),
    ],
)
def test_rank_weights_validation(ranks: list[int], method: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        rank_weights(ranks, method)


def test_points_weights() -> None:
    assert points_weights([50, 30, 20]) == pytest.approx((0.5, 0.3, 0.2))
    assert points_weights([0, 7]) == (0.0, 1.0)


@pytest.mark.parametrize(
    ("points", "message"),
    [
        ([50, -10], "criterion 1 must be finite and >= 0"),
        ([math.nan, 10], "criterion 0"),
        ([math.inf, 10], "criterion 0"),
        ([0, 0, 0], "no points allocated"),
        ([], "no points allocated"),
    ],
)
def test_points_validation(points: list[float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        points_weights(points)


# -- scoring -----------------------------------------------------------------------------------


def test_weighted_sum() -> None:
    assert weighted_sum([0.5, 0.3, 0.2], [[8, 4, 6], [4, 9, 7]]) == pytest.approx((6.4, 6.1))
    assert weighted_sum([1.0], []) == ()


def test_weighted_sum_shape_mismatch() -> None:
    with pytest.raises(ValueError, match="project 1 has 2 scores for 3 criteria"):
        weighted_sum([0.5, 0.3, 0.2], [[1, 2, 3], [1, 2]])


def test_ranking_is_re_exported() -> None:
    assert competition_ranks is ranking.competition_ranks
    assert tie_groups is ranking.tie_groups
    assert competition_ranks(weighted_sum([0.5, 0.5], [[4, 6], [6, 4], [1, 1]])) == [1, 1, 3]


def test_must_exclusions() -> None:
    scores = [[5, 2, 8], [1, 6, 9], [0, 1, 9], [4, 4, 4]]
    assert must_exclusions(scores, {0: 2, 1: 2}) == {1: [0], 2: [0, 1]}
    assert must_exclusions(scores, {}) == {}
    assert must_exclusions([], {3: 1}) == {}


@pytest.mark.parametrize(
    ("scores", "thresholds", "message"),
    [
        ([[1, 2]], {2: 1}, "criterion 2, but there are only 2"),
        ([[1, 2]], {0: math.nan}, "threshold for criterion 0 is NaN"),
        ([[1, 2], [1]], {0: 1}, "project 1 has 1 scores"),
        ([[math.nan, 2]], {0: 1}, "project 0 has no score on must-criterion 0"),
    ],
)
def test_must_exclusions_validation(
    scores: list[list[float]], thresholds: dict[int, float], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        must_exclusions(scores, thresholds)


def test_mean_and_spread() -> None:
    assert mean_and_spread([2, 4, 4, 4, 5, 5, 7, 9]) == CellStats(5.0, 2.0, 9.0, 2.0, 8)
    assert mean_and_spread([7]) == CellStats(7.0, 7.0, 7.0, 0.0, 1)


@pytest.mark.parametrize(("values", "message"), [([], "no values"), ([1, math.nan], "finite")])
def test_mean_and_spread_validation(values: list[float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        mean_and_spread(values)


def test_weight_spread_per_criterion() -> None:
    spread = weight_spread([[0.5, 0.5], [0.7, 0.3], [0.6, 0.4]])
    assert [s.mean for s in spread] == pytest.approx([0.6, 0.4])
    assert [(s.minimum, s.maximum, s.count) for s in spread] == [(0.5, 0.7, 3), (0.3, 0.5, 3)]
    assert spread[0].stdev == pytest.approx(math.sqrt(0.02 / 3))


def test_weight_spread_validation() -> None:
    with pytest.raises(ValueError, match="no weight vectors"):
        weight_spread([])
    with pytest.raises(ValueError, match="weight vector 1 has 1 entries"):
        weight_spread([[0.5, 0.5], [1.0]])


# -- what-if and sensitivity -------------------------------------------------------------------

# Hand example: weights (0.5, 0.3, 0.2); projects A (8, 4, 6), B (4, 9, 7), C (6, 6, 3);
# N = 6.4, 6.1, 5.4, so A leads and B is the runner-up.
#
# Criterion 0 at t, the others (0.3, 0.2) rescaled to 0.6(1 − t) and 0.4(1 − t):
#   B_A = 0.6·4 + 0.4·6 = 4.8, B_B = 0.6·9 + 0.4·7 = 8.2, B_C = 0.6·6 + 0.4·3 = 4.8
#   N_A = 4.8 + 3.2t, N_B = 8.2 − 4.2t, N_C = 4.8 + 1.2t
#   A >= B ⇔ 7.4t >= 3.4 ⇔ t >= 17/37 ≈ 0.4595; A >= C for every t >= 0 → [17/37, 1].
# Criterion 1 at t, the others rescaled to (5/7)(1 − t) and (2/7)(1 − t):
#   B_A = 52/7, B_B = 34/7, B_C = 36/7
#   A >= B ⇔ 18/7 >= (53/7)t ⇔ t <= 18/53 ≈ 0.3396; A >= C ⇔ t <= 8/15 → [0, 18/53].
# Criterion 2 at t, the others rescaled to 0.625(1 − t) and 0.375(1 − t):
#   B_A = 6.5, B_B = 5.875, B_C = 6; N_A = 6.5 − 0.5t, N_B = 5.875 + 1.125t, N_C = 6 − 3t
#   A >= B ⇔ t <= 0.625/1.625 = 5/13 ≈ 0.3846; A >= C always → [0, 5/13].
# Smallest changes: 0.5 − 17/37 ≈ 0.0405, 18/53 − 0.3 ≈ 0.0396, 5/13 − 0.2 ≈ 0.185: criterion 1
# is the most critical. Points A may lose before B draws level: 0.3/w_k = 0.6, 1.0, 1.5.
HAND_WEIGHTS = (0.5, 0.3, 0.2)
HAND_SCORES = [(8, 4, 6), (4, 9, 7), (6, 6, 3)]


@pytest.mark.parametrize(
    ("criterion", "interval"),
    [(0, (17 / 37, 1.0)), (1, (0.0, 18 / 53)), (2, (0.0, 5 / 13))],
)
def test_stability_interval_hand_example(criterion: int, interval: tuple[float, float]) -> None:
    assert stability_interval(HAND_WEIGHTS, HAND_SCORES, criterion) == pytest.approx(
        interval, abs=1e-8
    )


def test_sensitivity_hand_example() -> None:
    result = sensitivity(HAND_WEIGHTS, HAND_SCORES)
    assert result.utilities == pytest.approx((6.4, 6.1, 5.4))
    assert (result.ranks, result.leader, result.first_place, result.runner_up) == (
        (1, 2, 3),
        0,
        (0,),
        1,
    )
    assert not result.tied
    lows = [(c.low, c.runner_up_at_low) for c in result.criteria]
    highs = [(c.high, c.runner_up_at_high) for c in result.criteria]
    assert lows == [(pytest.approx(17 / 37), 1), (0.0, None), (0.0, None)]
    assert highs == [(1.0, None), (pytest.approx(18 / 53), 1), (pytest.approx(5 / 13), 1)]
    assert [c.margin_points for c in result.criteria] == pytest.approx([0.6, 1.0, 1.5])
    assert [c.weight for c in result.criteria] == list(HAND_WEIGHTS)
    assert [c.smallest_change for c in result.criteria] == pytest.approx(
        [0.5 - 17 / 37, 18 / 53 - 0.3, 5 / 13 - 0.2]
    )
    assert result.most_critical == 1


def test_losing_the_margin_makes_a_draw() -> None:
    # A loses 0.6 points on criterion 0 (8 → 7.4): 0.5·7.4 + 0.3·4 + 0.2·6 = 6.1 = N_B.
    assert weighted_sum(HAND_WEIGHTS, [(7.4, 4, 6)])[0] == pytest.approx(6.1)


def test_at_the_crossover_the_runner_up_draws_level() -> None:
    utilities = weighted_sum(whatif_weights(HAND_WEIGHTS, 1, 18 / 53), HAND_SCORES)
    assert utilities[0] == pytest.approx(utilities[1])
    past = weighted_sum(whatif_weights(HAND_WEIGHTS, 1, 18 / 53 + 1e-6), HAND_SCORES)
    assert competition_ranks(past)[1] == 1
    assert competition_ranks(past)[0] == 2


def test_whatif_weights_rescale_the_others_in_proportion() -> None:
    assert whatif_weights(HAND_WEIGHTS, 0, 0.8) == pytest.approx((0.8, 0.12, 0.08))
    assert whatif_weights(HAND_WEIGHTS, 2, 0.0) == pytest.approx((0.625, 0.375, 0.0))
    assert whatif_weights(HAND_WEIGHTS, 1, 1.0) == pytest.approx((0.0, 1.0, 0.0))


def test_whatif_when_one_criterion_has_all_the_weight() -> None:
    # Convention: with the others all zero there is no proportion; they share 1 − t equally.
    assert whatif_weights((1.0, 0.0, 0.0), 0, 0.4) == pytest.approx((0.4, 0.3, 0.3))
    assert whatif_weights((1.0, 0.0, 0.0), 1, 0.4) == pytest.approx((0.6, 0.4, 0.0))
    assert whatif_weights((1.0,), 0, 0.3) == (1.0,)


def test_stability_when_one_criterion_has_all_the_weight() -> None:
    # w = (1, 0, 0); A (6, 0, 0) leads B (5, 10, 10) on criterion 0 alone.
    # Criterion 0 at t, the others share 1 − t equally: N_A = 6t, N_B = 5t + 10(1 − t);
    # A >= B ⇔ 11t >= 10 ⇔ t >= 10/11.
    # Criterion 1 at t, rescaled as usual (w_0 = 1 − t): N_A = 6(1 − t), N_B = 5(1 − t) + 10t;
    # A >= B ⇔ t <= 1/11.
    scores = [(6, 0, 0), (5, 10, 10)]
    assert stability_interval((1, 0, 0), scores, 0) == pytest.approx((10 / 11, 1.0))
    assert stability_interval((1, 0, 0), scores, 1) == pytest.approx((0.0, 1 / 11))
    result = sensitivity((1, 0, 0), scores)
    assert result.criteria[0].runner_up_at_low == 1
    assert result.criteria[1].margin_points is None  # weight 0: losing points there costs nothing
    assert result.criteria[0].margin_points == pytest.approx(1.0)


def test_a_single_project_stays_first() -> None:
    assert stability_interval(HAND_WEIGHTS, [(1, 2, 3)], 0) == (0.0, 1.0)
    result = sensitivity(HAND_WEIGHTS, [(1, 2, 3)])
    assert result.runner_up is None
    assert result.most_critical is None
    assert all(c.margin_points is None for c in result.criteria)


def test_a_single_criterion_cannot_change_first_place() -> None:
    assert stability_interval((1.0,), [(3,), (7,)], 0) == (0.0, 1.0)
    assert sensitivity((1.0,), [(3,), (7,)]).leader == 1


def test_a_dominant_project_has_no_critical_criterion() -> None:
    result = sensitivity(HAND_WEIGHTS, [(9, 9, 9), (1, 2, 3)])
    assert [(c.low, c.high) for c in result.criteria] == [(0.0, 1.0)] * 3
    assert result.most_critical is None


def test_tied_first_place_is_reported() -> None:
    result = sensitivity((0.5, 0.5), [(2, 8), (8, 2), (8, 2), (1, 1)])
    assert result.first_place == (0, 1, 2)
    assert result.tied
    assert result.leader == 0
    assert result.runner_up == 1
    assert [c.margin_points for c in result.criteria] == [0.0, 0.0]
    # Any shift towards criterion 0 lets projects 1 and 2 pass project 0.
    criterion = result.criteria[0]
    assert criterion.high == pytest.approx(0.5, abs=1e-8)
    assert criterion.runner_up_at_high == 1
    assert criterion.smallest_change == pytest.approx(0.0, abs=1e-8)


def test_tolerance_treats_rounding_noise_as_a_tie() -> None:
    result = sensitivity((0.5, 0.5), [(0.1 + 0.2, 0.3), (0.3, 0.3)])
    assert result.first_place == (0, 1)


@pytest.mark.parametrize(
    ("weights", "scores", "criterion", "message"),
    [
        ((0.5, 0.5), HAND_SCORES, 0, "project 0 has 3 scores for 2 criteria"),
        ((0.5, 0.3, 0.3), HAND_SCORES, 0, "weights must add up to 1"),
        ((0.5, 0.7, -0.2), HAND_SCORES, 0, "weight of criterion 2 must be finite and >= 0"),
        ((0.5, math.nan, 0.5), HAND_SCORES, 0, "weight of criterion 1"),
        ((), [], 0, "no criteria"),
        (HAND_WEIGHTS, [], 0, "no projects"),
        (HAND_WEIGHTS, HAND_SCORES, 3, "criterion 3 is out of range for 3 criteria"),
        (HAND_WEIGHTS, HAND_SCORES, -1, "criterion -1 is out of range"),
        (HAND_WEIGHTS, [(1, 2, math.nan)], 0, "scores must be finite"),
        (HAND_WEIGHTS, [(1, 2, math.inf), (1, 1, 1)], 0, "scores must be finite"),
    ],
)
def test_stability_validation(
    weights: tuple[float, ...], scores: list[tuple[float, ...]], criterion: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        stability_interval(weights, scores, criterion)


def test_sensitivity_validation() -> None:
    with pytest.raises(ValueError, match="no projects"):
        sensitivity(HAND_WEIGHTS, [])
    with pytest.raises(ValueError, match="tolerance"):
        sensitivity(HAND_WEIGHTS, HAND_SCORES, tolerance=-1)


@pytest.mark.parametrize(
    ("weights", "criterion", "t", "message"),
    [
        (HAND_WEIGHTS, 0, 1.5, "t must be between 0 and 1"),
        (HAND_WEIGHTS, 0, -0.1, "t must be between 0 and 1"),
        (HAND_WEIGHTS, 0, math.nan, "t must be between 0 and 1"),
        (HAND_WEIGHTS, 5, 0.5, "criterion 5 is out of range"),
        ((0.5, 0.6), 0, 0.5, "weights must add up to 1"),
    ],
)
def test_whatif_validation(
    weights: tuple[float, ...], criterion: int, t: float, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        whatif_weights(weights, criterion, t)


def test_weights_must_add_up_to_one_up_to_rounding() -> None:
    # AHP weights shown with three decimals add up to 1.001: too far off to guess what was meant,
    with pytest.raises(ValueError, match="add up to 1"):
        stability_interval((0.548, 0.127, 0.270, 0.056), [(1, 2, 3, 4)], 0)
    # while float noise is absorbed.
    weights = (0.1, 0.2, 0.7 - 1e-12)
    assert whatif_weights(weights, 0, 0.1) == pytest.approx(weights, abs=1e-9)
