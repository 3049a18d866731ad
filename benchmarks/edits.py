"""The cost of one durable edit through the document layer, as the GUI makes it.

Each edit is a "rename workshop" command pushed on the project's undo stack (never merged with
the one before): the command's redo() writes through the store in one transaction with
``synchronous=FULL``, so when push() returns the change is on disk. Timed one by one with
``time.perf_counter()`` over 1,000 edits, on a new project and on a copy of the demo project.

Temporary files go where ``tempfile`` puts them (``TMPDIR``); the disk they are on is printed,
since an fsync costs what the disk makes it cost.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks import Figure, percentile, report

if TYPE_CHECKING:
    from smartcity_desktop.document import ProjectDocument

EDITS = 1000
GOAL_P95 = "p95 < 5 ms"


def disk_of(folder: Path) -> str:
    """One line: filesystem, type, size and free space of the disk holding `folder`."""
    try:
        out = subprocess.run(
            ["df", "-hT", str(folder)], capture_output=True, text=True, check=True, timeout=10
        ).stdout.splitlines()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    fields = out[-1].split()
    if len(fields) < 7:
        return out[-1]
    device, fstype, size, _used, avail, _pct, mount = fields[:7]
    return f"{device} {fstype} on {mount}, {size}, {avail} free"


def _time_renames(
    document: ProjectDocument, workshop_id: int, edits: int, label: str
) -> list[float]:
    from smartcity_desktop.document import commands

    durations: list[float] = []
    title = ""
    for i in range(edits):
        title = f"{label} {i + 1}"
        command = commands.rename_workshop(document, workshop_id, title)
        started = time.perf_counter()
        ok = document.push(command)
        durations.append(time.perf_counter() - started)
        if not ok:
            raise RuntimeError(f"edit {i + 1} was not saved: {document.last_error}")
    saved = document.workshop(workshop_id).title
    if saved != title:
        raise RuntimeError(f"the file holds {saved!r}, expected {title!r}")
    return durations


def _figures(scenario: str, durations: list[float]) -> list[Figure]:
    ms = [d * 1000 for d in durations]
    return [
        Figure(scenario, f"p50 of {len(ms)} edits", percentile(ms, 50), "ms"),
        Figure(scenario, f"p95 of {len(ms)} edits", percentile(ms, 95), "ms", GOAL_P95),
        Figure(scenario, "max", max(ms), "ms"),
        Figure(scenario, "edits per second", len(ms) / sum(durations), "/s"),
    ]


def run(edits: int = EDITS) -> list[Figure]:
    from PySide6.QtCore import QCoreApplication

    from smartcity_desktop.document import ProjectDocument, commands

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="scw-bench-edits-") as tmp:
        folder = Path(tmp)
        figures.append(Figure("edits", "disk", disk_of(folder)))

        document = ProjectDocument.create(folder / "new.scw", title="Benchmark", city="Musterstadt")
        try:
            add = commands.add_workshop(document, {"title": "Auftaktworkshop"})
            if not document.push(add) or add.row_id is None:
                raise RuntimeError(f"could not add a workshop: {document.last_error}")
            durations = _time_renames(document, add.row_id, edits, "Workshop")
        finally:
            document.close()
        figures += _figures("edits (new project)", durations)

        document = ProjectDocument.create_demo(folder / "demo.scw")
        try:
            workshop_id = document.workshops()[0].id
            durations = _time_renames(document, workshop_id, edits, "Demo-Workshop")
        finally:
            document.close()
        figures += _figures("edits (demo project)", durations)
    return figures


def main() -> int:
    return report(run(), as_json="--json" in sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
