"""The strategy draft as PDF/A-2b and as Word: the demo's draft and a large one.

``python -m benchmarks.strategy``. Two drafts:

* **demo**: the current strategy draft of a demo ``.scw`` (read with ``load_draft``);
* **large**: the demo's draft grown in memory to ``FIELDS`` fields of action with ``PROJECTS``
  projects each, ``GOALS`` strategic goals with several paragraphs and lists of text, and
  ``ACTIONS`` next steps (the exports read nothing else).

Each is written with ``write_strategy_pdf`` and ``write_strategy_docx``: the first export in a
fresh Python process (imports, font registration, the Word template) and the median of
``REPEATS`` more in one process. Temporary files go where ``tempfile`` puts them (``TMPDIR``).
Figures are printed, not asserted.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import Figure, median, report

REPEATS = 5
FIELDS, PROJECTS, GOALS, ACTIONS = 25, 12, 20, 60
GOAL_DEMO = "< 2 s"
GOAL_LARGE = "< 10 s"
SUFFIXES = (".pdf", ".docx")


def demo_draft() -> Any:
    from smartcity_desktop.store.demo import build_demo
    from smartcity_desktop.store.strategy_draft import load_draft

    folder = Path(tempfile.mkdtemp(prefix="scw-bench-strategy-"))
    pf = build_demo(folder / "demo.scw")
    try:
        return load_draft(pf)
    finally:
        pf.close()


def large_draft() -> Any:
    """The demo's draft with many fields, projects, goals and next steps."""
    from smartcity_desktop.domain.strategy import ActionEntry, GoalEntry

    base = demo_draft()
    text = (
        "Die Stadt **digitalisiert** ihre Leistungen *Schritt für Schritt*.\n\n"
        "- Bürgerinnen und Bürger im Mittelpunkt\n  - analoge Wege bleiben\n- offene Daten\n\n"
        "1. erst planen\n2. dann umsetzen\n\n" + (base.vision or "Leitbild. ") * 2
    )
    fields = []
    for n in range(FIELDS):
        model = base.fields[n % len(base.fields)]
        projects = (
            tuple(
                dataclasses.replace(
                    model.projects[k % len(model.projects)], rank=n * PROJECTS + k + 1
                )
                for k in range(PROJECTS)
            )
            if model.projects
            else ()
        )
        fields.append(
            dataclasses.replace(
                model, title=f"{model.title} {n + 1}", description=text, projects=projects
            )
        )
    goals = tuple(GoalEntry(f"Ziel {n + 1}", text, f"ISEK-Ziel {n % 7 + 1}") for n in range(GOALS))
    actions = tuple(
        ActionEntry(f"Maßnahme {n + 1}: Datensouveränitätskonzept", "Stabsstelle", "2027-03-31")
        for n in range(ACTIONS)
    )
    return dataclasses.replace(
        base, vision=text * 3, fields=tuple(fields), goals=goals, actions=actions
    )


def _write(draft: Any, out: Path) -> None:
    if out.suffix == ".pdf":
        from smartcity_desktop.export.strategy_pdf import write_strategy_pdf

        write_strategy_pdf(draft, out)
    else:
        from smartcity_desktop.export.strategy_docx import write_strategy_docx

        write_strategy_docx(draft, out)


def _pages(path: Path) -> str:
    if path.suffix != ".pdf":
        return f"{path.stat().st_size / 1024:.0f} KB"
    import pikepdf

    with pikepdf.open(path) as pdf:
        return f"{len(pdf.pages)} pages, {path.stat().st_size / 1024:.0f} KB"


def first_child(which: str, suffix: str) -> dict[str, float]:
    """The first export of one format in this (fresh) process."""
    draft = demo_draft() if which == "demo" else large_draft()
    with tempfile.TemporaryDirectory(prefix="scw-bench-strategy-") as tmp:
        started = time.perf_counter()
        _write(draft, Path(tmp) / f"s{suffix}")
        return {"seconds": time.perf_counter() - started}


def _first(which: str, suffix: str) -> float | str:
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.strategy", "--first", which, suffix],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if proc.returncode != 0:
        return "FAILED: " + (proc.stderr.strip().splitlines() or ["?"])[-1]
    return json.loads(proc.stdout.strip().splitlines()[-1])["seconds"]


def run(which: str) -> list[Figure]:
    draft = demo_draft() if which == "demo" else large_draft()
    goal = GOAL_DEMO if which == "demo" else GOAL_LARGE
    scenario = f"strategy {which}"
    figures = []
    if which == "large":
        projects = sum(len(f.projects) for f in draft.fields)
        figures.append(
            Figure(
                scenario,
                "size",
                f"{len(draft.fields)} fields, {projects} projects, {len(draft.goals)} goals, "
                f"{len(draft.actions)} next steps",
            )
        )
    with tempfile.TemporaryDirectory(prefix="scw-bench-strategy-") as tmp:
        for suffix in SUFFIXES:
            out = Path(tmp) / f"s{suffix}"
            first = _first(which, suffix)
            times = []
            for _ in range(REPEATS):
                started = time.perf_counter()
                _write(draft, out)
                times.append(time.perf_counter() - started)
            label = "PDF/A" if suffix == ".pdf" else "Word"
            figures += [
                Figure(scenario, f"{label}: size", _pages(out)),
                Figure(scenario, f"{label}: first export (fresh process)", first, "s", goal),
                Figure(scenario, f"{label}: median of {REPEATS}", median(times), "s", goal),
            ]
    return figures


def main() -> int:
    args = sys.argv[1:]
    if "--first" in args:
        at = args.index("--first")
        print(json.dumps(first_child(args[at + 1], args[at + 2])))
        return 0
    return report(run("demo") + run("large"), as_json="--json" in args)


if __name__ == "__main__":
    sys.exit(main())
