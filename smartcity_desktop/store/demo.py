"""Build the demo project (a fictitious city, invented data) from the files in data/demo."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from smartcity_desktop.domain.model import Attendance, CardSource, WorkshopKind
from smartcity_desktop.paths import data_dir
from smartcity_desktop.store.connection import ProjectFile

CARD_GRID_COLUMNS = 8
CARD_STEP_X = 230.0
CARD_STEP_Y = 150.0


def demo_source_dir() -> Path:
    return data_dir() / "demo"


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def build_demo(target: Path | str, source: Path | None = None) -> ProjectFile:
    """Write the demo project to `target` (refusing to overwrite) and return it open."""
    source = source or demo_source_dir()
    strategy = json.loads((source / "strategy.json").read_text(encoding="utf-8"))
    workshops = json.loads((source / "workshops.json").read_text(encoding="utf-8"))
    people = _read_csv(source / "participants.csv")
    cards = _read_csv(source / "cards.csv")

    def populate(pf: ProjectFile) -> None:
        with pf.transaction() as conn:
            conn.execute(
                "UPDATE strategy SET vision = ?, notice = ? WHERE id = 1",
                (strategy.get("vision", ""), strategy.get("notice", "")),
            )
            _fill(conn, people, workshops, cards)

    return ProjectFile.create(
        target,
        title=strategy["title"],
        city=strategy.get("city", ""),
        stakeholder_groups=strategy["stakeholder_groups"],
        populate=populate,
    )


def _fill(conn: Any, people: list[dict], workshops: list[dict], cards: list[dict]) -> None:
    groups = {name: gid for gid, name in conn.execute("SELECT id, name FROM stakeholder_groups")}
    person_ids: dict[str, int] = {}
    for p in people:
        cursor = conn.execute(
            "INSERT INTO participants (name, organisation, group_id, consent_named)"
            " VALUES (?, ?, ?, ?)",
            (
                p["name"],
                p.get("organisation", ""),
                groups.get(p.get("stakeholder_group", "")),
                1 if p.get("consent_named", "").strip().lower() in ("ja", "yes", "1") else 0,
            ),
        )
        person_ids[p["key"]] = cursor.lastrowid
    board_ids: dict[tuple[str, str], int] = {}
    for position, w in enumerate(workshops):
        cursor = conn.execute(
            "INSERT INTO workshops (title, kind, date, start_time, end_time, place, moderators,"
            " position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                w["title"],
                str(WorkshopKind(w.get("kind", "workshop"))),
                w.get("date", ""),
                w.get("start", ""),
                w.get("end", ""),
                w.get("place", ""),
                w.get("moderators", ""),
                position,
            ),
        )
        wid = cursor.lastrowid
        for key, state in w.get("attendance", {}).items():
            conn.execute(
                "INSERT INTO workshop_participants (workshop_id, participant_id, attendance)"
                " VALUES (?, ?, ?)",
                (wid, person_ids[key], str(Attendance(state))),
            )
        for i, item in enumerate(w.get("agenda", [])):
            conn.execute(
                "INSERT INTO agenda_items (workshop_id, title, planned_minutes, notes, position)"
                " VALUES (?, ?, ?, ?, ?)",
                (wid, item["title"], int(item.get("minutes", 0)), item.get("notes", ""), i),
            )
        for i, board in enumerate(w.get("boards", [])):
            cursor = conn.execute(
                "INSERT INTO boards (workshop_id, title, position) VALUES (?, ?, ?)",
                (wid, board["title"], i),
            )
            board_ids[(w["key"], board["key"])] = cursor.lastrowid
    placed: dict[int, int] = {}
    for card in cards:
        board_id = board_ids[(card["workshop"], card["board"])]
        n = placed.get(board_id, 0)
        placed[board_id] = n + 1
        conn.execute(
            "INSERT INTO cards (board_id, text, source, author, note, x, y)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                board_id,
                card["text"].strip(),
                str(CardSource(card.get("source") or "own")),
                card.get("author", "").strip(),
                card.get("note", "").strip(),
                (n % CARD_GRID_COLUMNS) * CARD_STEP_X,
                (n // CARD_GRID_COLUMNS) * CARD_STEP_Y,
            ),
        )
