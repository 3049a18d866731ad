"""Reading the strategy and its stakeholder groups."""

from __future__ import annotations

from smartcity_desktop.domain.model import StakeholderGroup, Strategy
from smartcity_desktop.store.connection import ProjectFile


def load_strategy(pf: ProjectFile) -> Strategy:
    """The project's strategy (there is exactly one)."""
    # SELECT *: an older file opened without migrating has no `pseudonymise` yet.
    row = dict(pf.query("SELECT * FROM strategy WHERE id = 1")[0])
    return Strategy(
        title=row["title"],
        city=row["city"],
        vision=row["vision"],
        notice=row["notice"],
        pseudonymise=bool(row.get("pseudonymise", 0)),
        goals_text=row.get("goals_text", ""),
        fields_text=row.get("fields_text", ""),
        criteria_text=row.get("criteria_text", ""),
        governance_text=row.get("governance_text", ""),
        next_steps_text=row.get("next_steps_text", ""),
        weighting_id=row.get("weighting_id"),
    )


def load_logo(pf: ProjectFile) -> bytes | None:
    """The logo for the minutes' cover (PNG or JPEG bytes), if one was set."""
    row = pf.query("SELECT * FROM strategy WHERE id = 1")[0]
    logo = dict(row).get("logo")
    return bytes(logo) if logo else None


def list_groups(pf: ProjectFile) -> list[StakeholderGroup]:
    """Stakeholder groups in their display order."""
    rows = pf.query("SELECT id, name, position FROM stakeholder_groups ORDER BY position, id")
    return [StakeholderGroup(id=r["id"], name=r["name"], position=r["position"]) for r in rows]


def next_position(pf: ProjectFile, table: str, where: str = "", params: tuple = ()) -> int:
    """One past the highest `position` in `table` (optionally within a parent)."""
    clause = f" WHERE {where}" if where else ""
    row = pf.query(f"SELECT COALESCE(MAX(position), -1) + 1 AS p FROM {table}{clause}", params)
    return int(row[0]["p"])
