"""What the projector shows: a small value both the presenter window and its content views use.

The moderator's laptop decides; the presenter window only ever shows a `PresentSpec` built here,
so nothing private (hidden vote counts, names without consent, the moderator's panels) can reach
the projector by another route.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PresentKind(StrEnum):
    TITLE = "title"  # workshop, city, date
    BOARD = "board"  # a board, read-only
    VOTING = "voting"  # a voting round: progress while hidden, results once revealed
    WEIGHTING = "weighting"  # a weighting's ranking and sensitivity sentences
    TIMER = "timer"  # the countdown, large
    BLACK = "black"  # a black (pause) screen


@dataclass(frozen=True)
class PresentSpec:
    """One thing to show on the projector."""

    kind: PresentKind
    id: int = 0  # board, round or weighting id
    workshop_id: int = 0
    follow: bool = True  # board: follow the moderator's viewport (else fitted)


@dataclass(frozen=True)
class PresenterTheme:
    """How the projector shows it: large type, high contrast."""

    font_scale: float = 1.6
    dark: bool = False  # light (dark text on white) or dark (light text on black)

    @property
    def background(self) -> str:
        return "#000000" if self.dark else "#FFFFFF"

    @property
    def foreground(self) -> str:
        return "#FFFFFF" if self.dark else "#111111"
