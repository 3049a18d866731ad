"""Run every benchmark scenario and print one table of figures, with the machine they came from.

    python -m benchmarks                  # from the repository root
    python benchmarks/run.py
    python -m benchmarks board imports    # only the named scenarios

Scenarios: ``startup`` (cold start to the painted main window), ``edits`` (one durable edit),
``board`` (a board of 5,000 cards: open, drag, fit, commit, peak memory), ``imports``
(100,000 CSV rows parsed, drafted and inserted into a board; undo, redo), ``weighting``
(15 criteria × 200 projects: ranking and stability intervals, the what-if drag on the result
view), ``minutes`` (the minutes PDF/A of the demo's workshops, and of a workshop with 5,000
cards, 20 rounds and 30 photos: time and peak memory), ``strategy`` (the strategy draft as
PDF/A and Word) and ``release`` (the frozen app's bundle size and cold start). Each runs in its own
Python process (``python -m benchmarks.MODULE [ARGS] --json``, see ``SCENARIOS``), so one that
crashes is reported as such and the others still run, and memory figures start clean. Figures
are printed, not asserted.
"""

from __future__ import annotations

import json
import os
import platform
import signal
import sqlite3
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/run.py`: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import Figure, print_table

# scenario name -> the module (and its arguments) that prints its figures as JSON lines
SCENARIOS: dict[str, tuple[str, ...]] = {
    "startup": ("benchmarks.startup",),
    "edits": ("benchmarks.edits",),
    "board": ("benchmarks.board",),
    "imports": ("benchmarks.board", "--imports"),
    "weighting": ("benchmarks.weighting",),
    "minutes": ("benchmarks.minutes",),
    "strategy": ("benchmarks.strategy",),
    "release": ("benchmarks.release",),
}
TIMEOUT_S = 15 * 60


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(*distributions: str) -> str:
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def machine() -> list[Figure]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        Figure("machine", "cores (usable / all)", f"{usable} / {os.cpu_count()}"),
        Figure("machine", "CPU", _cpu_model()),
        Figure("machine", "system", f"{platform.system()} {platform.release()}"),
        Figure("machine", "Python", f"{platform.python_version()} ({sys.executable})"),
        Figure("machine", "PySide6", _version("PySide6-Essentials", "PySide6")),
        Figure("machine", "SQLite", sqlite3.sqlite_version),
        Figure("machine", "smartcity-desktop", _version("smartcity-desktop")),
    ]


def _exit_text(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit {code}"


def run_scenario(name: str) -> tuple[list[Figure], float]:
    """Run one scenario in a fresh process; its figures, or one row saying how it failed."""
    started = time.perf_counter()
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    try:
        proc = subprocess.run(
            [sys.executable, "-m", *SCENARIOS[name], "--json"],
            cwd=root,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        failed = Figure(name, "FAILED", f"no result within {TIMEOUT_S} s")
        return [failed], time.perf_counter() - started
    figures = []
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            figures.append(Figure(**json.loads(line)))
    if proc.returncode != 0:
        lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
        cause = next(
            (ln for ln in lines if ln.startswith("Fatal Python error")),
            next((ln for ln in reversed(lines) if "Error" in ln), lines[-1] if lines else ""),
        )
        figures.append(Figure(name, "FAILED", f"{_exit_text(proc.returncode)}: {cause.strip()}"))
    return figures, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    names = list(sys.argv[1:] if argv is None else argv) or list(SCENARIOS)
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        print(f"unknown scenario {', '.join(unknown)}; known: {', '.join(SCENARIOS)}")
        return 2
    figures = machine()
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        result, seconds = run_scenario(name)
        figures += result
        print(f"  {name} took {seconds:.1f} s", file=sys.stderr, flush=True)
    print_table(figures)
    return 1 if any(f.name == "FAILED" for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
