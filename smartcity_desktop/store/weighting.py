"""Reading the criteria catalogue, the projects, and the weightings with their judgements and
scores.

Writing goes through the change sets of `store/board.py`, like every other gesture.
"""

from __future__ import annotations

from typing import Any

from smartcity_desktop.domain.model import Criterion, Judgement, Project, Score, Weighting
from smartcity_desktop.store.connection import ProjectFile

_CRITERION_COLS = (
    "id, name, description, anchor_low, anchor_mid, anchor_high, must, threshold, position"
)
_PROJECT_COLS = (
    "id, title, field_id, description, owner, cost, status, card_id, cluster_id, position"
)
_WEIGHTING_COLS = "id, workshop_id, title, method, judged_by, scored_by, state, position"


def _criterion(r: Any) -> Criterion:
    return Criterion(
        id=r["id"],
        name=r["name"],
        description=r["description"],
        anchor_low=r["anchor_low"],
        anchor_mid=r["anchor_mid"],
        anchor_high=r["anchor_high"],
        must=bool(r["must"]),
        threshold=r["threshold"],
        position=r["position"],
    )


def _project(r: Any) -> Project:
    return Project(
        id=r["id"],
        title=r["title"],
        field_id=r["field_id"],
        description=r["description"],
        owner=r["owner"],
        cost=r["cost"],
        status=r["status"],
        card_id=r["card_id"],
        cluster_id=r["cluster_id"],
        position=r["position"],
    )


def list_criteria(pf: ProjectFile) -> list[Criterion]:
    rows = pf.query(f"SELECT {_CRITERION_COLS} FROM criteria ORDER BY position, id")
    return [_criterion(r) for r in rows]


def list_projects(pf: ProjectFile) -> list[Project]:
    rows = pf.query(f"SELECT {_PROJECT_COLS} FROM projects ORDER BY position, id")
    return [_project(r) for r in rows]


def _members(pf: ProjectFile, table: str, column: str, weighting_ids: list[int]) -> dict:
    members: dict[int, list[int]] = {i: [] for i in weighting_ids}
    rows = pf.query(
        f"SELECT weighting_id, {column} FROM {table} ORDER BY weighting_id, position, id"
    )
    for r in rows:
        if r["weighting_id"] in members:
            members[r["weighting_id"]].append(r[column])
    return members


def _weightings(pf: ProjectFile, where: str, params: tuple[Any, ...]) -> list[Weighting]:
    rows = pf.query(
        f"SELECT {_WEIGHTING_COLS} FROM weightings WHERE {where} ORDER BY position, id", params
    )
    ids = [r["id"] for r in rows]
    criteria = _members(pf, "weighting_criteria", "criterion_id", ids)
    projects = _members(pf, "weighting_projects", "project_id", ids)
    return [
        Weighting(
            id=r["id"],
            workshop_id=r["workshop_id"],
            title=r["title"],
            method=r["method"],
            judged_by=r["judged_by"],
            scored_by=r["scored_by"],
            state=r["state"],
            position=r["position"],
            criterion_ids=tuple(criteria[r["id"]]),
            project_ids=tuple(projects[r["id"]]),
        )
        for r in rows
    ]


def list_weightings(pf: ProjectFile, workshop_id: int) -> list[Weighting]:
    return _weightings(pf, "workshop_id = ?", (workshop_id,))


def all_weightings(pf: ProjectFile) -> list[Weighting]:
    return _weightings(pf, "1 = 1", ())


def get_weighting(pf: ProjectFile, weighting_id: int) -> Weighting:
    found = _weightings(pf, "id = ?", (weighting_id,))
    if not found:
        raise KeyError(f"weighting {weighting_id} does not exist")
    return found[0]


def list_judgements(pf: ProjectFile, weighting_id: int) -> list[Judgement]:
    rows = pf.query(
        "SELECT id, weighting_id, participant_id, criterion_id, other_id, value"
        " FROM judgements WHERE weighting_id = ? ORDER BY id",
        (weighting_id,),
    )
    return [
        Judgement(
            id=r["id"],
            weighting_id=r["weighting_id"],
            participant_id=r["participant_id"],
            criterion_id=r["criterion_id"],
            other_id=r["other_id"],
            value=r["value"],
        )
        for r in rows
    ]


def list_scores(pf: ProjectFile, weighting_id: int) -> list[Score]:
    rows = pf.query(
        "SELECT id, weighting_id, participant_id, project_id, criterion_id, value"
        " FROM scores WHERE weighting_id = ? ORDER BY id",
        (weighting_id,),
    )
    return [
        Score(
            id=r["id"],
            weighting_id=r["weighting_id"],
            participant_id=r["participant_id"],
            project_id=r["project_id"],
            criterion_id=r["criterion_id"],
            value=r["value"],
        )
        for r in rows
    ]


def member_rows(pf: ProjectFile, weighting_id: int, table: str) -> list[dict[str, Any]]:
    """The rows linking a weighting to its criteria or projects (id, member id, position)."""
    column = {"weighting_criteria": "criterion_id", "weighting_projects": "project_id"}[table]
    rows = pf.query(
        f"SELECT id, {column}, position FROM {table} WHERE weighting_id = ? ORDER BY position, id",
        (weighting_id,),
    )
    return [dict(r) for r in rows]


def next_position(pf: ProjectFile, table: str) -> int:
    if table not in ("criteria", "projects"):
        raise ValueError(f"not a catalogue table: {table}")
    rows = pf.query(f"SELECT COALESCE(MAX(position), -1) + 1 AS n FROM {table}")
    return int(rows[0]["n"])
