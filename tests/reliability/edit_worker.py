"""Scripted editing for the kill -9 test (R1): the GUI's code path, without widgets.

Usage: python edit_worker.py PROJECT.scw

Opens the project with ProjectDocument and edits it forever through the same commands the
GUI pushes (`document.push(command)`), continuing the numbering from what the file holds.
After each push that returned True (the change is on disk) it prints one acknowledgement:

    ack <n> <kind> <id>

`n` is the iteration, `kind` what was changed, `id` the row. Before the first edit it prints
`ready <n>` with the last iteration the file already holds. The test kills it with SIGKILL.
"""

from __future__ import annotations

import os
import re
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from smartcity_desktop.document import commands
from smartcity_desktop.document.document import ProjectDocument
from smartcity_desktop.domain.model import Attendance

WORKSHOP_TITLE = re.compile(r"W(\d+)(-renamed)?")


def workshop_title(n: int, renamed: bool = False) -> str:
    return f"W{n}-renamed" if renamed else f"W{n}"


def last_iteration(doc: ProjectDocument) -> int:
    """The highest iteration whose workshop is in the file (acknowledged or not)."""
    numbers = [0]
    for workshop in doc.workshops():
        match = WORKSHOP_TITLE.fullmatch(workshop.title)
        if match:
            numbers.append(int(match.group(1)))
    return max(numbers)


def push(doc: ProjectDocument, command, n: int, kind: str, row_id: int | None = None) -> int:
    if not doc.push(command):
        print(f"failed {n} {kind} {doc.last_error}", flush=True)
        sys.exit(3)
    row = row_id if row_id is not None else command.row_id
    print(f"ack {n} {kind} {row}", flush=True)
    return row


def iteration(doc: ProjectDocument, n: int) -> None:
    """One round of the edits a moderator makes, each its own undo step and transaction."""
    wid = push(doc, commands.add_workshop(doc, {"title": workshop_title(n)}), n, "workshop")
    push(doc, commands.rename_workshop(doc, wid, workshop_title(n, True)), n, "renamed", wid)
    pid = push(
        doc,
        commands.AddParticipantCommand(doc, {"name": f"P{n}"}, wid, Attendance.PRESENT),
        n,
        "participant",
    )
    push(
        doc,
        commands.SetAttendanceCommand(doc, wid, pid, Attendance.EXCUSED, "Mark excused"),
        n,
        "excused",
        pid,
    )
    item = push(doc, commands.add_agenda_item(doc, wid, f"A{n}", n % 90), n, "agenda")
    push(doc, commands.edit_strategy(doc, {"vision": f"V{n}"}), n, "vision", 1)
    if n % 4 == 0:
        push(doc, commands.delete_agenda_item(doc, item), n, "agenda_deleted", item)


def main() -> None:
    app = QCoreApplication([])  # noqa: F841 - QObject signals want an application object
    doc = ProjectDocument.open(sys.argv[1])
    n = last_iteration(doc)
    print(f"ready {n}", flush=True)
    while True:
        n += 1
        iteration(doc, n)


if __name__ == "__main__":
    main()
