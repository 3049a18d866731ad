"""The geometry of a board: card and cluster sizes, grids, tidying and laying out clusters.

Pure arithmetic on scene coordinates (one unit = one pixel at 100 % zoom), shared by the board
on screen, the import (which places new cards without a screen) and the demo.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

CARD_WIDTH = 200.0
CARD_HEIGHT = 120.0
CARD_GAP = 16.0
CLUSTER_PADDING = 16.0
CLUSTER_HEADER = 52.0  # room for the title and the card count above the cards
CLUSTER_GAP = 48.0

STEP_X = CARD_WIDTH + CARD_GAP
STEP_Y = CARD_HEIGHT + CARD_GAP


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom

    def intersects(self, other: Rect) -> bool:
        return not (
            other.x >= self.right
            or other.right <= self.x
            or other.y >= self.bottom
            or other.bottom <= self.y
        )

    def united(self, other: Rect) -> Rect:
        if (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        ):
            return self  # already inside: no float noise from recomputing the size
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


def card_rect(x: float, y: float) -> Rect:
    return Rect(x, y, CARD_WIDTH, CARD_HEIGHT)


def card_centre(x: float, y: float) -> tuple[float, float]:
    return x + CARD_WIDTH / 2, y + CARD_HEIGHT / 2


def bounding_rect(rects: Iterable[Rect]) -> Rect | None:
    result: Rect | None = None
    for rect in rects:
        result = rect if result is None else result.united(rect)
    return result


def grid_columns(count: int) -> int:
    """Columns for a near-square block of `count` cards (cards are wider than tall)."""
    if count <= 1:
        return 1
    return max(1, math.ceil(math.sqrt(count * STEP_Y / STEP_X)))


def grid_positions(
    count: int, origin: tuple[float, float] = (0.0, 0.0), columns: int | None = None
) -> list[tuple[float, float]]:
    """Top-left corners of `count` cards in rows of `columns`, starting at `origin`."""
    columns = columns or grid_columns(count)
    ox, oy = origin
    return [(ox + (i % columns) * STEP_X, oy + (i // columns) * STEP_Y) for i in range(count)]


def cluster_size(count: int, columns: int | None = None) -> tuple[float, float]:
    """Width and height of a cluster frame holding `count` cards in a tidy grid."""
    slots = max(count, 1)
    columns = min(columns or grid_columns(slots), slots)
    rows = math.ceil(slots / columns)
    width = 2 * CLUSTER_PADDING + columns * CARD_WIDTH + (columns - 1) * CARD_GAP
    height = CLUSTER_HEADER + CLUSTER_PADDING + rows * CARD_HEIGHT + (rows - 1) * CARD_GAP
    return width, height


def tidy_cluster(frame: Rect, count: int) -> tuple[list[tuple[float, float]], Rect]:
    """A neat grid for a cluster's cards, and the frame resized to fit it (same top-left)."""
    columns = grid_columns(count)
    positions = grid_positions(
        count, (frame.x + CLUSTER_PADDING, frame.y + CLUSTER_HEADER), columns
    )
    width, height = cluster_size(count, columns)
    return positions, Rect(frame.x, frame.y, width, height)


def frame_around(frame: Rect, cards: Iterable[tuple[float, float]]) -> Rect:
    """`frame` grown (never shrunk) so every card at the given corners lies inside it."""
    result = frame
    for x, y in cards:
        needed = Rect(
            x - CLUSTER_PADDING,
            y - CLUSTER_HEADER,
            CARD_WIDTH + 2 * CLUSTER_PADDING,
            CARD_HEIGHT + CLUSTER_HEADER + CLUSTER_PADDING,
        )
        result = result.united(needed)
    return result


def frame_for_cards(cards: Sequence[tuple[float, float]]) -> Rect:
    """The smallest frame around cards at the given corners (for a new cluster)."""
    if not cards:
        width, height = cluster_size(0)
        return Rect(0.0, 0.0, width, height)
    first = cards[0]
    start = Rect(
        first[0] - CLUSTER_PADDING,
        first[1] - CLUSTER_HEADER,
        CARD_WIDTH + 2 * CLUSTER_PADDING,
        CARD_HEIGHT + CLUSTER_HEADER + CLUSTER_PADDING,
    )
    return frame_around(start, cards[1:])


def cluster_at(
    px: float, py: float, frames: Iterable[tuple[int, Rect]], exclude: Iterable[int] = ()
) -> int | None:
    """The cluster whose frame holds the point; the smallest one if frames overlap."""
    skip = set(exclude)
    best: tuple[float, int] | None = None
    for cluster_id, rect in frames:
        if cluster_id in skip or not rect.contains(px, py):
            continue
        area = rect.width * rect.height
        if best is None or area < best[0]:
            best = (area, cluster_id)
    return best[1] if best else None


def pack_frames(
    frames: Sequence[tuple[int, Rect]], origin: tuple[float, float] = (0.0, 0.0)
) -> dict[int, tuple[float, float]]:
    """New top-left corners for frames laid out in rows without overlap.

    Frames keep their reading order (top to bottom, left to right, as the moderator arranged
    them); rows are filled up to a width that makes the whole layout roughly 16:9, which suits
    a projector.
    """
    if not frames:
        return {}
    ordered = sorted(frames, key=lambda f: (round(f[1].y / STEP_Y), f[1].x, f[0]))
    area = sum((r.width + CLUSTER_GAP) * (r.height + CLUSTER_GAP) for _, r in ordered)
    widest = max(r.width for _, r in ordered)
    row_limit = max(widest, math.sqrt(area * 16 / 9))
    ox, oy = origin
    x, y, row_height = ox, oy, 0.0
    result: dict[int, tuple[float, float]] = {}
    for frame_id, rect in ordered:
        if x > ox and x - ox + rect.width > row_limit:
            x, y, row_height = ox, y + row_height + CLUSTER_GAP, 0.0
        result[frame_id] = (x, y)
        x += rect.width + CLUSTER_GAP
        row_height = max(row_height, rect.height)
    return result


def free_area_origin(occupied: Iterable[Rect]) -> tuple[float, float]:
    """Where new cards can go without covering anything: right of all that is on the board."""
    box = bounding_rect(occupied)
    if box is None:
        return 0.0, 0.0
    return box.right + CLUSTER_GAP * 2, box.y


def layout_below(occupied: Iterable[Rect]) -> tuple[float, float]:
    """The top-left corner of free space below everything on the board."""
    box = bounding_rect(occupied)
    if box is None:
        return 0.0, 0.0
    return box.x, box.bottom + CLUSTER_GAP


def place_new_cards(occupied: Iterable[Rect], count: int) -> list[tuple[float, float]]:
    """Corners for `count` new cards (an import) in a tidy grid in free space right of
    everything already on the board; at least 8 columns wide, near-square for many cards."""
    columns = max(8, grid_columns(count))
    return grid_positions(count, free_area_origin(occupied), columns)


def reading_order(items: Iterable[tuple[int, float, float]]) -> list[int]:
    """Ids of items (id, x, y) in reading order: rows top to bottom, left to right in a row.

    A row is a run of items whose tops lie within half a card's height of the row's first
    item, so cards placed by hand a little above or below their neighbours stay in the row.
    """
    rows: list[list[tuple[int, float, float]]] = []
    for item in sorted(items, key=lambda i: (i[2], i[1], i[0])):
        if rows and item[2] - rows[-1][0][2] <= CARD_HEIGHT / 2:
            rows[-1].append(item)
        else:
            rows.append([item])
    return [i[0] for row in rows for i in sorted(row, key=lambda i: (i[1], i[0]))]


def import_area(occupied: Iterable[Rect], count: int) -> tuple[list[tuple[float, float]], Rect]:
    """An area for `count` imported cards right of everything on the board: the cards' corners
    in a tidy grid (at least 8 columns) and the frame around them."""
    ox, oy = free_area_origin(occupied)
    columns = min(max(8, grid_columns(count)), max(count, 1))
    positions = grid_positions(count, (ox + CLUSTER_PADDING, oy + CLUSTER_HEADER), columns)
    width, height = cluster_size(count, columns)
    return positions, Rect(ox, oy, width, height)
