"""Standard competition ranking (1, 2, 2, 4) and the tie groups it produces."""

from __future__ import annotations

import math
from collections.abc import Sequence


def competition_ranks(values: Sequence[float], tolerance: float = 1e-9) -> list[int]:
    """1-based ranks, higher value first; values within `tolerance` share a rank, the next skips.

    A tie group is measured from the value that opened it (the largest in the group), so a
    chain of small steps does not drift into one long tie: with tolerance 1, the values 3, 2.4
    and 1.8 rank 1, 1, 3. The result is in the order of `values`.
    """
    if not tolerance >= 0:  # also rejects NaN
        raise ValueError(f"tolerance must be >= 0, got {tolerance!r}")
    if any(math.isnan(v) for v in values):
        raise ValueError("cannot rank NaN")
    order = sorted(range(len(values)), key=lambda i: -values[i])
    ranks = [0] * len(values)
    opener = math.inf
    rank = 0
    for position, index in enumerate(order, start=1):
        value = values[index]
        if position == 1 or opener - value > tolerance:
            opener = value
            rank = position
        ranks[index] = rank
    return ranks


def tie_groups(ranks: Sequence[int]) -> dict[int, list[int]]:
    """Rank → indexes sharing it (in input order), only for ranks held by two or more."""
    members: dict[int, list[int]] = {}
    for index, rank in enumerate(ranks):
        members.setdefault(rank, []).append(index)
    return {rank: indexes for rank, indexes in sorted(members.items()) if len(indexes) >= 2}
