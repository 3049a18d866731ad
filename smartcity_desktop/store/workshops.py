"""Reading workshops, their attendance, agenda and boards."""

from __future__ import annotations

from smartcity_desktop.domain.model import (
    AgendaItem,
    Attendance,
    Board,
    Workshop,
    WorkshopKind,
    WorkshopParticipant,
)
from smartcity_desktop.store.connection import ProjectFile

# SELECT *: an older file opened without migrating has no minute-taker or remarks yet.
_WORKSHOP_COLS = "*"


def _workshop(row) -> Workshop:  # type: ignore[no-untyped-def]
    return Workshop(
        id=row["id"],
        title=row["title"],
        kind=WorkshopKind(row["kind"]),
        date=row["date"],
        start_time=row["start_time"],
        end_time=row["end_time"],
        place=row["place"],
        moderators=row["moderators"],
        position=row["position"],
        minute_taker=dict(row).get("minute_taker", ""),
        remarks=dict(row).get("remarks", ""),
    )


def list_workshops(pf: ProjectFile) -> list[Workshop]:
    """All workshops, in the order the moderator created them."""
    rows = pf.query(f"SELECT {_WORKSHOP_COLS} FROM workshops ORDER BY position, id")
    return [_workshop(r) for r in rows]


def get_workshop(pf: ProjectFile, workshop_id: int) -> Workshop:
    rows = pf.query(f"SELECT {_WORKSHOP_COLS} FROM workshops WHERE id = ?", (workshop_id,))
    if not rows:
        raise KeyError(f"workshop {workshop_id} does not exist")
    return _workshop(rows[0])


def list_attendance(pf: ProjectFile, workshop_id: int) -> list[WorkshopParticipant]:
    """Who was invited to a workshop and whether they came, in participant-name order."""
    rows = pf.query(
        "SELECT wp.workshop_id, wp.participant_id, wp.attendance FROM workshop_participants wp"
        " JOIN participants p ON p.id = wp.participant_id"
        " WHERE wp.workshop_id = ? ORDER BY p.name COLLATE NOCASE, p.id",
        (workshop_id,),
    )
    return [
        WorkshopParticipant(
            workshop_id=r["workshop_id"],
            participant_id=r["participant_id"],
            attendance=Attendance(r["attendance"]),
        )
        for r in rows
    ]


def set_attendance(
    pf: ProjectFile, workshop_id: int, participant_id: int, attendance: Attendance | None
) -> Attendance | None:
    """Add, change or (None) remove a participant at a workshop; returns the previous state."""
    with pf.transaction() as conn:
        old = conn.execute(
            "SELECT attendance FROM workshop_participants"
            " WHERE workshop_id = ? AND participant_id = ?",
            (workshop_id, participant_id),
        ).fetchone()
        if attendance is None:
            conn.execute(
                "DELETE FROM workshop_participants WHERE workshop_id = ? AND participant_id = ?",
                (workshop_id, participant_id),
            )
        else:
            conn.execute(
                "INSERT INTO workshop_participants (workshop_id, participant_id, attendance)"
                " VALUES (?, ?, ?) ON CONFLICT (workshop_id, participant_id)"
                " DO UPDATE SET attendance = excluded.attendance",
                (workshop_id, participant_id, str(attendance)),
            )
    return Attendance(old[0]) if old else None


def list_agenda(pf: ProjectFile, workshop_id: int) -> list[AgendaItem]:
    rows = pf.query(
        "SELECT id, workshop_id, title, planned_minutes, notes, position FROM agenda_items"
        " WHERE workshop_id = ? ORDER BY position, id",
        (workshop_id,),
    )
    return [
        AgendaItem(
            id=r["id"],
            workshop_id=r["workshop_id"],
            title=r["title"],
            planned_minutes=r["planned_minutes"],
            notes=r["notes"],
            position=r["position"],
        )
        for r in rows
    ]


def list_boards(pf: ProjectFile, workshop_id: int) -> list[Board]:
    rows = pf.query(
        "SELECT id, workshop_id, title, position FROM boards WHERE workshop_id = ?"
        " ORDER BY position, id",
        (workshop_id,),
    )
    return [
        Board(id=r["id"], workshop_id=r["workshop_id"], title=r["title"], position=r["position"])
        for r in rows
    ]
