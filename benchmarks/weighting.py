"""A weighting at the size of a large programme: 15 criteria × 200 projects.

``python -m benchmarks.weighting``. The weighting is built in a temporary ``.scw`` through the
document's commands (``weighting_ops``: criteria, projects, points per criterion, all 3,000
scores in one step), with seeded random scores in half points and one must-criterion that
excludes a few projects. Then:

* **result**: ranking plus every criterion's stability interval (``domain.evaluation.evaluate``
  on inputs already read, and ``domain.weighting.sensitivity`` alone), and the full
  ``weighting_ops.evaluate(doc, wid)`` that the result view calls, which reads the weighting,
  criteria, projects, judgements and scores from the file first. Each timed ``REPEATS`` times;
* **what-if drag**: the real ``WeightingResultView`` in a 1600×1000 top-level window on the
  ``offscreen`` platform, the what-if slider of the heaviest criterion moved through 100
  positions (0–99 %). A frame is ``slider.setValue()`` (the what-if recompute, the table's
  rows and the chart's bars) plus a forced synchronous ``view.repaint()`` of the whole view;
  a second pass lets Qt paint what the step made dirty (``processEvents()``), as in the app;
* **refresh**: the view re-reading the result after a change in the file (``view.refresh()``).

Temporary files go where ``tempfile`` puts them (``TMPDIR``). Figures are printed, not asserted.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks import Figure, median, percentile, report

if TYPE_CHECKING:
    from smartcity_desktop.document import ProjectDocument

CRITERIA = 15
PROJECTS = 200
REPEATS = 50
POSITIONS = 100  # what-if slider positions per pass
WINDOW = (1600, 1000)
SEED = 5
GOAL_RESULT = "< 20 ms"
GOAL_FRAME = "≤ 16.7 ms (60 fps)"


def _push(doc: ProjectDocument, command: Any) -> Any:
    if command is None or not doc.push(command):
        raise RuntimeError(f"could not build the weighting: {doc.last_error}")
    return command


def build(path: Path) -> tuple[ProjectDocument, int]:
    """A project with one weighting of CRITERIA criteria and PROJECTS projects, all scored."""
    from smartcity_desktop.document import ProjectDocument, commands
    from smartcity_desktop.document import weighting_ops as wo

    rng = random.Random(SEED)
    doc = ProjectDocument.create(path, title="Benchmark", city="Musterstadt")
    workshop = _push(doc, commands.add_workshop(doc, {"title": "Fachgespräch"})).row_id
    entries = [{"name": f"Kriterium {j + 1}"} for j in range(CRITERIA)]
    entries[-1] |= {"name": "Datenschutz", "must": True, "threshold": 2}
    criteria = _push(doc, wo.add_criteria(doc, entries)).new_ids
    projects = [
        _push(doc, wo.add_project(doc, f"Projekt {i + 1:03d}")).new_ids[0] for i in range(PROJECTS)
    ]
    wid = _push(
        doc, wo.start_weighting(doc, workshop, "Auswahl", "points", criteria, projects)
    ).new_ids[0]
    points = {(c, None): rng.randint(1, 20) for c in criteria}
    _push(doc, wo.set_judgements(doc, wid, None, points))
    scores = {(p, c): rng.randint(0, 20) / 2 for p in projects for c in criteria}
    _push(doc, wo.set_scores(doc, wid, None, scores))
    return doc, wid


def _timed(fn: Any, repeats: int = REPEATS) -> list[float]:
    fn()  # warm caches and imports
    durations = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        durations.append((time.perf_counter() - started) * 1000)
    return durations


def _stats(scenario: str, name: str, ms: list[float], goal: str = "") -> list[Figure]:
    return [
        Figure(scenario, f"{name}: median of {len(ms)}", median(ms), "ms", goal),
        Figure(scenario, f"{name}: p95", percentile(ms, 95), "ms"),
    ]


def time_result(doc: ProjectDocument, wid: int) -> list[Figure]:
    from smartcity_desktop.document import weighting_ops as wo
    from smartcity_desktop.domain import evaluation
    from smartcity_desktop.domain import weighting as wm

    weighting, criteria, projects = doc.weighting(wid), doc.criteria(), doc.projects()
    judgements, scores = doc.judgements(wid), doc.scores(wid)
    ev = evaluation.evaluate(weighting, criteria, projects, judgements, scores)
    assert ev.weights.weights is not None
    assert ev.sensitivity is not None
    matrix = ev.score_matrix
    weights = ev.weights.weights
    excluded = sum(1 for o in ev.outcomes if o.excluded)
    figures = [
        Figure("weighting", "size", f"{len(ev.criteria)} criteria × {len(ev.outcomes)} projects"),
        Figure(
            "weighting", "ranked / excluded by the must-criterion", f"{len(ev.ranked)} / {excluded}"
        ),
    ]
    figures += _stats(
        "weighting",
        "ranking + stability intervals (domain evaluate)",
        _timed(lambda: evaluation.evaluate(weighting, criteria, projects, judgements, scores)),
        GOAL_RESULT,
    )
    figures += _stats(
        "weighting",
        "stability intervals alone (sensitivity)",
        _timed(lambda: wm.sensitivity(weights, matrix)),
    )
    figures += _stats(
        "weighting",
        "weighting_ops.evaluate incl. reading the file",
        _timed(lambda: wo.evaluate(doc, wid)),
        GOAL_RESULT,
    )
    return figures


def _heaviest(doc: ProjectDocument, wid: int) -> int:
    from smartcity_desktop.document import weighting_ops as wo

    weights = wo.evaluate(doc, wid).weights.weights
    assert weights is not None
    return max(range(len(weights)), key=weights.__getitem__)


def time_whatif(doc: ProjectDocument, wid: int) -> list[Figure]:
    from benchmarks.board import _app, _no_dialogs

    app = _app()
    from smartcity_desktop.ui.weighting_result import SLIDER_STEPS, WeightingResultView

    view = WeightingResultView(doc, _no_dialogs(), wid)
    view.resize(*WINDOW)
    view.show()
    app.processEvents()
    view.repaint()
    k = _heaviest(doc, wid)
    view.criterion_combo.setCurrentIndex(k)
    app.processEvents()
    positions = [round(p * SLIDER_STEPS / 100) for p in range(POSITIONS)]
    leaders = set()

    def step_forced(value: int) -> float:
        started = time.perf_counter()
        view.slider.setValue(value)
        view.repaint()
        elapsed = (time.perf_counter() - started) * 1000
        app.processEvents()  # whatever the step posted, untimed
        return elapsed

    def step_qt(value: int) -> float:
        started = time.perf_counter()
        view.slider.setValue(value)
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    forced = []
    paints_before = view.chart.paints
    for value in positions:
        forced.append(step_forced(value))
        leaders.add(view.model.rows[0].title)
    painted = view.chart.paints - paints_before
    view.reset_whatif()
    app.processEvents()
    own = []
    paints_before = view.chart.paints
    for value in reversed(positions):
        own.append(step_qt(value))
    own_paints = view.chart.paints - paints_before
    view.reset_whatif()
    app.processEvents()
    refresh = _timed(view.refresh, 20)
    rows = view.model.rowCount()
    view.close()
    view.deleteLater()
    app.processEvents()
    name = view.evaluation.criteria[k].name if view.evaluation else str(k)
    figures = [
        Figure("weighting what-if", "window", f"{WINDOW[0]}×{WINDOW[1]}, offscreen"),
        Figure("weighting what-if", "slider", f"{name}, {POSITIONS} positions 0–99 %"),
        Figure("weighting what-if", "rows in the table / leaders seen", f"{rows} / {len(leaders)}"),
    ]
    figures += _stats("weighting what-if", "frame, forced full repaint", forced, GOAL_FRAME)
    figures += [
        Figure("weighting what-if", "frame, forced: max", max(forced), "ms"),
        Figure(
            "weighting what-if",
            "implied fps (forced, median)",
            round(1000 / median(forced), 1),
            "fps",
        ),
        Figure("weighting what-if", "chart paints per frame (forced)", painted / len(forced)),
    ]
    figures += _stats("weighting what-if", "frame, Qt's own update", own, GOAL_FRAME)
    figures += [
        Figure(
            "weighting what-if",
            "implied fps (Qt's own, median)",
            round(1000 / median(own), 1),
            "fps",
        ),
        Figure("weighting what-if", "chart paints per frame (Qt's own)", own_paints / len(own)),
    ]
    figures += _stats("weighting what-if", "refresh after a change in the file", refresh)
    return figures


def run() -> list[Figure]:
    from benchmarks.board import _app

    _app()
    with tempfile.TemporaryDirectory(prefix="scw-bench-weighting-") as tmp:
        started = time.perf_counter()
        doc, wid = build(Path(tmp) / "weighting.scw")
        built = time.perf_counter() - started
        try:
            figures = [Figure("weighting", "build through the document", built, "s")]
            figures += time_result(doc, wid)
            figures += time_whatif(doc, wid)
        finally:
            doc.close()
    return figures


def main() -> int:
    return report(run(), as_json="--json" in sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
