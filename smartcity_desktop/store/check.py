"""`check`: a file's schema version, integrity and the count of every entity."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartcity_desktop.store import schema
from smartcity_desktop.store.connection import ProjectFile

# What the moderator calls each table; the keys are the `counts` map of `check --json`.
COUNTED_TABLES: dict[str, str] = {
    "strategy": "strategy",
    "stakeholder_groups": "stakeholder_groups",
    "workshops": "workshops",
    "participants": "participants",
    "attendance": "workshop_participants",
    "agenda_items": "agenda_items",
    "boards": "boards",
    "cards": "cards",
    "clusters": "clusters",
    "fields_of_action": "fields_of_action",
    "voting_rounds": "voting_rounds",
    "ballots": "ballots",
    "criteria": "criteria",
    "projects": "projects",
    "weightings": "weightings",
    "judgements": "judgements",
    "scores": "scores",
    "decisions": "decisions",
    "action_items": "action_items",
    "photos": "photos",
    "strategic_goals": "strategic_goals",
    "field_goals": "field_goals",
    "governance_bodies": "governance_bodies",
    "strategy_actions": "strategy_actions",
    "strategy_versions": "strategy_versions",
}


@dataclass
class CheckReport:
    """The result of checking one file."""

    path: Path
    schema_version: int
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    migration_pending: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "path": str(self.path),
            "schema_version": self.schema_version,
            "current_schema_version": schema.CURRENT_VERSION,
            "migration_pending": self.migration_pending,
            "integrity": "ok" if self.ok else "failed",
            "problems": self.problems,
            "counts": self.counts,
        }


def check_file(path: Path | str) -> CheckReport:
    """Open `path` read-only (never changing it), run integrity_check and count everything."""
    pf = ProjectFile.open(path, read_only=True, migrate=False)
    try:
        return check_open(pf)
    finally:
        pf.close()


def check_open(pf: ProjectFile) -> CheckReport:
    """Check an already open project (the GUI's File ▸ Check file)."""
    from sqlite_utils import Database

    db = Database(pf.conn, execute_plugins=False, recursive_triggers=False)
    present = set(db.table_names())
    report = CheckReport(
        path=pf.path,
        schema_version=pf.schema_version,
        problems=pf.integrity_check(),
        migration_pending=bool(schema.pending_names(pf.conn)),
    )
    for key, table in COUNTED_TABLES.items():
        report.counts[key] = db[table].count if table in present else 0
    return report
