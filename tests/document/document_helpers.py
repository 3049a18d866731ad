"""Shared helpers for the document tests (a plain module: tests/document is on sys.path).

Named `document_helpers` so it cannot shadow another test folder's helpers module in pytest's
default import mode.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from smartcity_desktop.document.document import ProjectDocument

# Every signal ProjectDocument declares, recorded in the order they fire.
SIGNALS = (
    "strategy_changed",
    "groups_changed",
    "workshop_added",
    "workshop_changed",
    "workshop_removed",
    "participant_added",
    "participant_changed",
    "participant_removed",
    "attendance_changed",
    "agenda_changed",
    "saved",
    "write_failed",
)

Event = tuple[str, tuple[Any, ...]]


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class Recorder:
    """Collects every signal a document emits as (name, args)."""

    def __init__(self, doc: ProjectDocument) -> None:
        self.events: list[Event] = []
        for name in SIGNALS:
            getattr(doc, name).connect(partial(self._record, name))

    def _record(self, name: str, *args: Any) -> None:
        self.events.append((name, tuple(args)))

    def take(self) -> list[Event]:
        """The events since the last call, oldest first."""
        events, self.events = self.events, []
        return events


def snapshot(doc: ProjectDocument) -> dict[str, Any]:
    """Everything the document's public reads show, for comparing states and files."""
    workshops = doc.workshops()
    boards = {w.id: doc.boards(w.id) for w in workshops}
    return {
        "strategy": doc.strategy(),
        "groups": doc.stakeholder_groups(),
        "workshops": workshops,
        "participants": doc.participants(),
        "attendance": {w.id: doc.attendance(w.id) for w in workshops},
        "agenda": {w.id: doc.agenda(w.id) for w in workshops},
        "boards": boards,
        "cards": {b.id: doc.cards(b.id) for bs in boards.values() for b in bs},
    }


@dataclass
class Project:
    """The document under test; `reopen()` proves the file holds what the document showed."""

    doc: ProjectDocument
    reopened: int = field(default=0)

    @property
    def path(self) -> Path:
        return self.doc.path

    def reopen(self) -> ProjectDocument:
        before = snapshot(self.doc)
        self.doc.close()
        self.doc = ProjectDocument.open(self.path)
        self.reopened += 1
        assert snapshot(self.doc) == before, "the file does not hold what the document showed"
        report = self.doc.check()
        assert report.ok, report.problems
        return self.doc

    def finish(self) -> None:
        """Teardown: one last reopen-and-compare, then close."""
        self.reopen()
        self.doc.close()
