"""Reading participants: personal data, stored once and referenced by id."""

from __future__ import annotations

from smartcity_desktop.domain.model import Participant
from smartcity_desktop.store.connection import ProjectFile


def _participant(row) -> Participant:  # type: ignore[no-untyped-def]
    return Participant(
        id=row["id"],
        name=row["name"],
        organisation=row["organisation"],
        group_id=row["group_id"],
        consent_named=bool(row["consent_named"]),
    )


def list_participants(pf: ProjectFile) -> list[Participant]:
    """Everyone in the project, by name."""
    rows = pf.query(
        "SELECT id, name, organisation, group_id, consent_named FROM participants"
        " ORDER BY name COLLATE NOCASE, id"
    )
    return [_participant(r) for r in rows]


def get_participant(pf: ProjectFile, participant_id: int) -> Participant:
    rows = pf.query(
        "SELECT id, name, organisation, group_id, consent_named FROM participants WHERE id = ?",
        (participant_id,),
    )
    if not rows:
        raise KeyError(f"participant {participant_id} does not exist")
    return _participant(rows[0])
