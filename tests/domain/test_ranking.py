"""Competition ranking in `domain.ranking`: examples plus hypothesis properties."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcity_desktop.domain.ranking import competition_ranks, tie_groups

_FLOATS = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
_TOLERANCES = st.sampled_from([0.0, 1e-9, 0.5, 2.0])
# Whole numbers as floats: adding a whole constant to them is exact.
_WHOLE = st.lists(st.integers(-1000, 1000).map(float), max_size=12)


# -- examples ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "ranks"),
    [
        ([5, 3, 3, 1], [1, 2, 2, 4]),  # the example from DOMAIN.md
        ([1, 3, 3, 5], [4, 2, 2, 1]),  # result in input order
        ([2, 2, 2], [1, 1, 1]),
        ([9, 9, 4, 4, 1], [1, 1, 3, 3, 5]),
        ([7], [1]),
        ([], []),
        ([0, -1, -1, -3], [1, 2, 2, 4]),
    ],
)
def test_competition_ranks_examples(values: list[float], ranks: list[int]) -> None:
    assert competition_ranks(values) == ranks


def test_values_within_default_tolerance_share_a_rank() -> None:
    assert competition_ranks([0.1 + 0.2, 0.3, 0.2]) == [1, 1, 3]


def test_zero_tolerance_separates_rounding_noise() -> None:
    assert competition_ranks([0.3, 0.1 + 0.2], tolerance=0.0) == [2, 1]


def test_tolerance_chain_does_not_drift_into_one_tie() -> None:
    # 2.4 is within 1 of 3; 1.8 is within 1 of 2.4 but not of 3, which opened the group.
    assert competition_ranks([1.8, 3, 2.4], tolerance=1.0) == [3, 1, 1]
    assert competition_ranks([1.0, 1.0 - 0.6e-9, 1.0 - 1.2e-9]) == [1, 1, 3]


def test_tie_group_reopens_after_a_gap() -> None:
    assert competition_ranks([10, 9.6, 9.2, 8.8, 8.4], tolerance=0.5) == [1, 1, 3, 3, 5]


@pytest.mark.parametrize("tolerance", [-1e-9, float("nan")])
def test_bad_tolerance_is_rejected(tolerance: float) -> None:
    with pytest.raises(ValueError, match="tolerance"):
        competition_ranks([1, 2], tolerance=tolerance)


def test_nan_value_is_rejected() -> None:
    with pytest.raises(ValueError, match="NaN"):
        competition_ranks([1.0, float("nan")])


@pytest.mark.parametrize(
    ("ranks", "groups"),
    [
        ([1, 2, 2, 4], {2: [1, 2]}),
        ([3, 1, 3, 1], {1: [1, 3], 3: [0, 2]}),
        ([1, 2, 3], {}),
        ([1, 1, 1], {1: [0, 1, 2]}),
        ([], {}),
    ],
)
def test_tie_groups_examples(ranks: list[int], groups: dict[int, list[int]]) -> None:
    assert tie_groups(ranks) == groups


# -- properties ----------------------------------------------------------------------------


def _assert_competition_shape(ranks: list[int]) -> None:
    """1-based, and after a group of k sharing rank r the next rank is r + k."""
    counts = sorted(Counter(ranks).items())
    expected_rank = 1
    for rank, size in counts:
        assert rank == expected_rank
        expected_rank = rank + size


@given(st.lists(_FLOATS, max_size=15), _TOLERANCES)
def test_ranks_have_the_competition_shape(values: list[float], tolerance: float) -> None:
    ranks = competition_ranks(values, tolerance)
    assert len(ranks) == len(values)
    _assert_competition_shape(ranks)
    if values:
        assert ranks.count(1) >= 1


@given(st.lists(_FLOATS, max_size=15), _TOLERANCES)
def test_ranks_follow_the_values(values: list[float], tolerance: float) -> None:
    ranks = competition_ranks(values, tolerance)
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            if a == b:
                assert ranks[i] == ranks[j]
            if a >= b:
                assert ranks[i] <= ranks[j]
            if a - b > tolerance:
                assert ranks[i] < ranks[j]


@given(st.lists(_FLOATS, max_size=15), _TOLERANCES)
def test_a_tie_group_spans_at_most_the_tolerance(values: list[float], tolerance: float) -> None:
    ranks = competition_ranks(values, tolerance)
    for indexes in tie_groups(ranks).values():
        members = [values[i] for i in indexes]
        assert max(members) - min(members) <= tolerance


@given(_WHOLE, st.integers(-10_000, 10_000), st.sampled_from([0.0, 1e-9, 1.5]))
def test_adding_a_constant_keeps_the_ranks(
    values: list[float], constant: int, tolerance: float
) -> None:
    shifted = [v + constant for v in values]
    assert competition_ranks(shifted, tolerance) == competition_ranks(values, tolerance)


@given(st.data(), st.lists(_FLOATS, max_size=12), _TOLERANCES)
def test_permuting_the_input_permutes_the_ranks(
    data: st.DataObject, values: list[float], tolerance: float
) -> None:
    order = data.draw(st.permutations(range(len(values))))
    ranks = competition_ranks(values, tolerance)
    permuted = competition_ranks([values[i] for i in order], tolerance)
    assert permuted == [ranks[i] for i in order]


@given(st.lists(st.integers(1, 6), max_size=15))
def test_tie_groups_lists_exactly_the_shared_ranks(ranks: list[int]) -> None:
    groups = tie_groups(ranks)
    counts = Counter(ranks)
    assert set(groups) == {rank for rank, n in counts.items() if n >= 2}
    for rank, indexes in groups.items():
        assert indexes == [i for i, r in enumerate(ranks) if r == rank]
