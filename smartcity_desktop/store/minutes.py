"""Reading a workshop's minutes (decisions, action items, photos) and everything the minutes
and the data export show, gathered into one `domain.minutes.WorkshopRecord`.

Writing goes through the change sets of `store/board.py`, like every other gesture.
"""

from __future__ import annotations

from typing import Any

from smartcity_desktop.domain import evaluation, voting
from smartcity_desktop.domain.minutes import (
    AttendanceEntry,
    BoardRecord,
    PersonName,
    ProjectRecord,
    RoundRecord,
    WorkshopRecord,
)
from smartcity_desktop.domain.model import ActionItem, Decision, Photo
from smartcity_desktop.store import board as store_board
from smartcity_desktop.store import participants as store_participants
from smartcity_desktop.store import strategy as store_strategy
from smartcity_desktop.store import voting as store_voting
from smartcity_desktop.store import weighting as store_weighting
from smartcity_desktop.store import workshops as store_workshops
from smartcity_desktop.store.connection import ProjectFile

_PHOTO_COLS = "id, workshop_id, caption, mime, width, height, rotation, position"


def list_decisions(pf: ProjectFile, workshop_id: int) -> list[Decision]:
    rows = pf.query(
        "SELECT id, workshop_id, text, agenda_item_id, position FROM decisions"
        " WHERE workshop_id = ? ORDER BY position, id",
        (workshop_id,),
    )
    return [
        Decision(r["id"], r["workshop_id"], r["text"], r["agenda_item_id"], r["position"])
        for r in rows
    ]


def list_action_items(pf: ProjectFile, workshop_id: int) -> list[ActionItem]:
    rows = pf.query(
        "SELECT id, workshop_id, what, who, due, status, position FROM action_items"
        " WHERE workshop_id = ? ORDER BY position, id",
        (workshop_id,),
    )
    return [
        ActionItem(
            r["id"], r["workshop_id"], r["what"], r["who"], r["due"], r["status"], r["position"]
        )
        for r in rows
    ]


def _photo(r: Any, with_data: bool) -> Photo:
    return Photo(
        id=r["id"],
        workshop_id=r["workshop_id"],
        caption=r["caption"],
        mime=r["mime"],
        width=r["width"],
        height=r["height"],
        rotation=r["rotation"],
        position=r["position"],
        data=bytes(r["data"]) if with_data else b"",
    )


def list_photos(pf: ProjectFile, workshop_id: int, *, with_data: bool = False) -> list[Photo]:
    """A workshop's photos in order; the image bytes only when asked for (they are large)."""
    cols = _PHOTO_COLS + (", data" if with_data else "")
    rows = pf.query(
        f"SELECT {cols} FROM photos WHERE workshop_id = ? ORDER BY position, id", (workshop_id,)
    )
    return [_photo(r, with_data) for r in rows]


def photo_data(pf: ProjectFile, photo_id: int) -> bytes:
    rows = pf.query("SELECT data FROM photos WHERE id = ?", (photo_id,))
    if not rows:
        raise KeyError(f"photo {photo_id} does not exist")
    return bytes(rows[0]["data"])


def round_results(pf: ProjectFile, round_id: int) -> list[voting.OptionResult]:
    """The tally of a round (ballots and paper counts together), in option order."""
    return voting.results_of(
        [o.id for o in store_voting.list_options(pf, round_id)],
        store_voting.list_ballots(pf, round_id),
        store_voting.list_paper(pf, round_id),
    )


def _attendance(pf: ProjectFile, workshop_id: int) -> list[AttendanceEntry]:
    groups = {g.id: g.name for g in store_strategy.list_groups(pf)}
    people = {p.id: p for p in store_participants.list_participants(pf)}
    entries = []
    for a in store_workshops.list_attendance(pf, workshop_id):
        person = people.get(a.participant_id)
        if person is None:
            continue
        entries.append(
            AttendanceEntry(
                participant_id=person.id,
                name=person.name,
                organisation=person.organisation,
                group=groups.get(person.group_id, "") if person.group_id else "",
                consent_named=person.consent_named,
                attendance=str(a.attendance),
            )
        )
    return entries


def load_workshop_record(
    pf: ProjectFile, workshop_id: int, *, with_photos: bool = True
) -> WorkshopRecord:
    """Everything the minutes of one workshop show, read in one go."""
    workshop = store_workshops.get_workshop(pf, workshop_id)
    boards = []
    fields = store_board.list_fields(pf)
    for board in store_workshops.list_boards(pf, workshop_id):
        clusters = store_board.list_clusters(pf, board.id)
        links = store_board.field_links(pf, [c.id for c in clusters])
        boards.append(
            BoardRecord(
                board=board,
                cards=tuple(store_board.list_cards(pf, board.id)),
                clusters=tuple(clusters),
                field_of_cluster={
                    cid: next(f.title for f in fields if f.id == pairs[0][1])
                    for cid, pairs in links.items()
                    if pairs
                },
            )
        )
    rounds = []
    for r in store_voting.list_rounds(pf, workshop_id):
        rounds.append(
            RoundRecord(
                round=r,
                options=tuple(store_voting.list_options(pf, r.id)),
                ballots=tuple(store_voting.list_ballots(pf, r.id)),
                paper=tuple(store_voting.list_paper(pf, r.id)),
                results=tuple(round_results(pf, r.id)),
            )
        )
    criteria = store_weighting.list_criteria(pf)
    projects = store_weighting.list_projects(pf)
    weightings = tuple(
        evaluation.evaluate(
            w,
            criteria,
            projects,
            store_weighting.list_judgements(pf, w.id),
            store_weighting.list_scores(pf, w.id),
        )
        for w in store_weighting.list_weightings(pf, workshop_id)
    )
    return WorkshopRecord(
        strategy=store_strategy.load_strategy(pf),
        workshop=workshop,
        attendance=tuple(_attendance(pf, workshop_id)),
        agenda=tuple(store_workshops.list_agenda(pf, workshop_id)),
        boards=tuple(boards),
        rounds=tuple(rounds),
        weightings=weightings,
        judgements={
            w.weighting.id: tuple(store_weighting.list_judgements(pf, w.weighting.id))
            for w in weightings
        },
        scores={
            w.weighting.id: tuple(store_weighting.list_scores(pf, w.weighting.id))
            for w in weightings
        },
        decisions=tuple(list_decisions(pf, workshop_id)),
        action_items=tuple(list_action_items(pf, workshop_id)),
        photos=tuple(list_photos(pf, workshop_id, with_data=with_photos)),
        logo=store_strategy.load_logo(pf),
        groups=tuple(g.name for g in store_strategy.list_groups(pf)),
        people=_people(pf),
    )


def _people(pf: ProjectFile) -> tuple[PersonName, ...]:
    groups = {g.id: g.name for g in store_strategy.list_groups(pf)}
    return tuple(
        PersonName(p.name, groups.get(p.group_id, "") if p.group_id else "", p.consent_named)
        for p in store_participants.list_participants(pf)
    )


def load_project_record(pf: ProjectFile, *, with_photos: bool = False) -> ProjectRecord:
    """Every workshop's record, for the open-data export."""
    return ProjectRecord(
        strategy=store_strategy.load_strategy(pf),
        workshops=tuple(
            load_workshop_record(pf, w.id, with_photos=with_photos)
            for w in store_workshops.list_workshops(pf)
        ),
        criteria=tuple(store_weighting.list_criteria(pf)),
        projects=tuple(store_weighting.list_projects(pf)),
        fields=tuple(store_board.list_fields(pf)),
        participants=tuple(store_participants.list_participants(pf)),
        stakeholder_groups=tuple(store_strategy.list_groups(pf)),
    )
