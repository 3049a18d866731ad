"""The geometry of a board: grids, tidy clusters, packed frames, reading order."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from smartcity_desktop.domain import board as g
from smartcity_desktop.domain.board import Rect

coords = st.floats(min_value=-5000, max_value=5000, allow_nan=False, allow_infinity=False)


def _overlap(a: Rect, b: Rect) -> bool:
    return a.intersects(b)


@given(st.integers(min_value=0, max_value=200), coords, coords)
def test_a_grid_never_overlaps_and_starts_at_the_origin(count: int, ox: float, oy: float) -> None:
    positions = g.grid_positions(count, (ox, oy))
    assert len(positions) == count
    rects = [g.card_rect(x, y) for x, y in positions]
    assert not any(_overlap(a, b) for a, b in itertools.combinations(rects, 2))
    if count:
        assert positions[0] == (ox, oy)
        assert min(x for x, _ in positions) == ox
        assert min(y for _, y in positions) == oy


@given(st.integers(min_value=0, max_value=120), coords, coords)
def test_a_tidy_cluster_holds_every_card_inside_its_frame(count: int, x: float, y: float) -> None:
    positions, frame = g.tidy_cluster(Rect(x, y, 0, 0), count)
    assert (frame.x, frame.y) == (x, y)
    assert len(positions) == count
    for cx, cy in positions:
        card = g.card_rect(cx, cy)
        assert frame.x < card.x
        assert card.right < frame.right
        assert frame.y + g.CLUSTER_HEADER <= card.y + 1e-9
        assert card.bottom < frame.bottom
    rects = [g.card_rect(cx, cy) for cx, cy in positions]
    assert not any(_overlap(a, b) for a, b in itertools.combinations(rects, 2))


@given(st.lists(st.tuples(coords, coords), max_size=30))
def test_a_frame_grown_around_cards_contains_them_and_never_shrinks(cards) -> None:  # type: ignore[no-untyped-def]
    start = Rect(0, 0, 300, 200)
    frame = g.frame_around(start, cards)
    assert frame.x <= start.x
    assert frame.y <= start.y
    assert frame.right >= start.right - 1e-6
    assert frame.bottom >= start.bottom - 1e-6
    for x, y in cards:
        cx, cy = g.card_centre(x, y)
        assert frame.contains(cx, cy)
        assert g.cluster_at(cx, cy, [(1, frame)]) == 1


sizes = st.tuples(st.floats(min_value=50, max_value=2000), st.floats(min_value=50, max_value=2000))


@given(st.lists(st.tuples(coords, coords, sizes), min_size=1, max_size=40))
def test_packed_frames_never_overlap(frames) -> None:  # type: ignore[no-untyped-def]
    rects = [(i, Rect(x, y, w, h)) for i, (x, y, (w, h)) in enumerate(frames)]
    places = g.pack_frames(rects, (10.0, 20.0))
    assert set(places) == {i for i, _ in rects}
    placed = [Rect(*places[i], r.width, r.height) for i, r in rects]
    assert not any(_overlap(a, b) for a, b in itertools.combinations(placed, 2))
    assert min(r.x for r in placed) == 10.0
    assert min(r.y for r in placed) == 20.0


@given(st.integers(min_value=1, max_value=60), st.integers(min_value=1, max_value=12))
def test_reading_order_of_a_grid_is_row_by_row(count: int, columns: int) -> None:
    positions = g.grid_positions(count, (17.0, 68.0), columns)
    items = [(i, x, y) for i, (x, y) in enumerate(positions)]
    shuffled = list(reversed(items))
    assert g.reading_order(shuffled) == list(range(count))


def test_reading_order_keeps_a_hand_placed_row_together() -> None:
    # three cards roughly in one row (a little up and down), one clearly below
    items = [(1, 500.0, 12.0), (2, 0.0, 40.0), (3, 250.0, -20.0), (4, 0.0, 300.0)]
    assert g.reading_order(items) == [2, 3, 1, 4]


def test_new_cards_go_right_of_everything() -> None:
    occupied = [Rect(0, 0, 500, 400), g.card_rect(800, 900)]
    positions = g.place_new_cards(occupied, 20)
    right = max(r.right for r in occupied)
    assert all(x > right for x, _ in positions)
    rects = [g.card_rect(x, y) for x, y in positions]
    assert not any(r.intersects(o) for r in rects for o in occupied)
