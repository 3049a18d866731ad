"""Timed scenarios that print figures; they assert nothing.

Run all of them from the repository root with ``python -m benchmarks`` (or
``python benchmarks/run.py``); one alone with ``python -m benchmarks.startup`` or
``python -m benchmarks.edits``, ``python -m benchmarks.weighting`` or
``python -m benchmarks.minutes``.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    scenario: str
    name: str
    value: float | str
    unit: str = ""
    goal: str = ""

    def shown(self) -> str:
        if isinstance(self.value, str):
            return self.value
        if self.unit == "ms":
            text = f"{self.value:.2f}"
        elif self.unit == "s":
            text = f"{self.value:.3f}"
        elif self.unit == "/s":
            text = f"{self.value:,.0f}"
        else:
            text = f"{self.value:g}"
        return f"{text} {self.unit}".rstrip()


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0–100) by linear interpolation between the closest ranks."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: list[float]) -> float:
    return statistics.median(values)


def print_table(figures: list[Figure]) -> None:
    """Print figures as an aligned plain-text table."""
    rows = [("scenario", "figure", "value", "goal")]
    rows += [(f.scenario, f.name, f.shown(), f.goal) for f in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def report(figures: list[Figure], *, as_json: bool = False) -> int:
    """Print figures as a table, or as JSON lines for ``run.py`` to collect."""
    if as_json:
        for figure in figures:
            print(json.dumps(asdict(figure), ensure_ascii=False))
    else:
        print_table(figures)
    return 0
