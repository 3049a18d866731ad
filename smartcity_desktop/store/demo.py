"""Build the demo project (a fictitious city, invented data) from the files in data/demo.

The first workshop's board shows the result of a clustering session: the cards sorted into
clusters named after the fields of action, a few cards still loose below them, and some of the
clusters already promoted to fields of action of the strategy. It is laid out with the same
geometry the board uses, so "Lay out the board" or "Tidy cluster" change nothing on it.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartcity_desktop.domain import board as geometry
from smartcity_desktop.domain import evaluation
from smartcity_desktop.domain.board import Rect
from smartcity_desktop.domain.model import (
    Attendance,
    CardColour,
    CardSource,
    WeightingMethod,
    WorkshopKind,
)
from smartcity_desktop.paths import data_dir
from smartcity_desktop.store.connection import ProjectFile

LOOSE_COLUMNS = 8  # loose cards lie in rows of at least this many, as "Lay out the board" does


def demo_source_dir() -> Path:
    return data_dir() / "demo"


def _optional_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


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
    rounds = _optional_json(source / "voting.json").get("rounds", [])
    criteria = _optional_json(source / "criteria.json").get("criteria", [])
    weighting = _optional_json(source / "weighting.json")
    minutes = _optional_json(source / "minutes.json").get("workshops", {})
    draft_stages = _optional_json(source / "strategy_draft.json").get("stages", [])

    def populate(pf: ProjectFile) -> None:
        with pf.transaction() as conn:
            conn.execute(
                "UPDATE strategy SET vision = ?, notice = ? WHERE id = 1",
                (strategy.get("vision", ""), strategy.get("notice", "")),
            )
            board_ids = _fill(conn, people, workshops, cards)
            _insert_rounds(conn, rounds, board_ids)
            _insert_weighting(conn, criteria, weighting, workshops)
            _insert_minutes(conn, minutes, workshops, source / "photos")
        _insert_draft(pf, draft_stages)

    return ProjectFile.create(
        target,
        title=strategy["title"],
        city=strategy.get("city", ""),
        stakeholder_groups=strategy["stakeholder_groups"],
        populate=populate,
    )


@dataclass
class _Board:
    """A demo board as written: its id and the clusters the source files define for it."""

    id: int
    clusters: list[dict[str, Any]] = field(default_factory=list)


def _fill(
    conn: Any, people: list[dict], workshops: list[dict], cards: list[dict]
) -> dict[tuple[str, str], int]:
    """Everything but the votes; returns the board ids by (workshop key, board key)."""
    person_ids = _insert_people(conn, people)
    boards = _insert_workshops(conn, workshops, person_ids)
    places: dict[int, tuple[float, float, int | None]] = {}  # row of cards.csv -> x, y, cluster
    fields: list[tuple[int, str, str]] = []  # cluster id, title, description
    for key, board in boards.items():
        rows = [i for i, c in enumerate(cards) if (c["workshop"], c["board"]) == key]
        places.update(_lay_out_board(conn, board, [(i, cards[i]) for i in rows], fields))
    for i, card in enumerate(cards):
        board = boards[(card["workshop"], card["board"])]
        x, y, cluster_id = places[i]
        conn.execute(
            "INSERT INTO cards (board_id, text, source, author, note, x, y, cluster_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                board.id,
                card["text"].strip(),
                str(CardSource(card.get("source") or "own")),
                (card.get("author") or "").strip(),
                (card.get("note") or "").strip(),
                x,
                y,
                cluster_id,
            ),
        )
    for position, (cluster_id, title, description) in enumerate(fields):
        cursor = conn.execute(
            "INSERT INTO fields_of_action (title, description, position) VALUES (?, ?, ?)",
            (title, description, position),
        )
        conn.execute(
            "INSERT INTO field_clusters (field_id, cluster_id) VALUES (?, ?)",
            (cursor.lastrowid, cluster_id),
        )
    return {key: board.id for key, board in boards.items()}


def _insert_people(conn: Any, people: list[dict]) -> dict[str, int]:
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
    return person_ids


def _insert_workshops(
    conn: Any, workshops: list[dict], person_ids: dict[str, int]
) -> dict[tuple[str, str], _Board]:
    boards: dict[tuple[str, str], _Board] = {}
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
            boards[(w["key"], board["key"])] = _Board(cursor.lastrowid, board.get("clusters", []))
    return boards


def _lay_out_board(
    conn: Any,
    board: _Board,
    cards: list[tuple[int, dict]],
    fields: list[tuple[int, str, str]],
) -> dict[int, tuple[float, float, int | None]]:
    """Insert the board's clusters and work out where each of its cards goes: in a tidy grid
    inside its cluster (clusters packed in rows without overlap), or loose in a grid below.

    Returns x, y and cluster id by row of cards.csv; appends promoted clusters to `fields`.
    """
    members, loose = _sort_cards(board, cards)
    tidied = [
        geometry.tidy_cluster(Rect(0, 0, 0, 0), len(members[c["title"]])) for c in board.clusters
    ]
    corners = geometry.pack_frames([(i, frame) for i, (_cards, frame) in enumerate(tidied)])
    places: dict[int, tuple[float, float, int | None]] = {}
    frames: list[Rect] = []
    for i, cluster in enumerate(board.clusters):
        positions, size = tidied[i]
        frame = Rect(corners[i][0], corners[i][1], size.width, size.height)
        frames.append(frame)
        cluster_id = _insert_cluster(conn, board.id, cluster, frame)
        for row, (x, y) in zip(members[cluster["title"]], positions, strict=True):
            places[row] = (x + frame.x, y + frame.y, cluster_id)
        if "field" in cluster:
            fields.append((cluster_id, cluster["title"], cluster["field"]))
    origin = geometry.layout_below(frames) if frames else (0.0, 0.0)
    columns = max(geometry.grid_columns(len(loose)), LOOSE_COLUMNS)
    for row, (x, y) in zip(
        loose, geometry.grid_positions(len(loose), origin, columns), strict=True
    ):
        places[row] = (x, y, None)
    return places


def _sort_cards(
    board: _Board, cards: list[tuple[int, dict]]
) -> tuple[dict[str, list[int]], list[int]]:
    """The rows of cards.csv by the cluster they name (in file order), and the loose ones."""
    members: dict[str, list[int]] = {c["title"]: [] for c in board.clusters}
    loose: list[int] = []
    for row, card in cards:
        title = (card.get("cluster") or "").strip()
        if not title:
            loose.append(row)
        elif title in members:
            members[title].append(row)
        else:
            raise ValueError(f"demo card {card['text']!r} names an unknown cluster {title!r}")
    return members, loose


def _insert_cluster(conn: Any, board_id: int, cluster: dict[str, Any], frame: Rect) -> int:
    cursor = conn.execute(
        "INSERT INTO clusters (board_id, title, colour, x, y, width, height)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            board_id,
            cluster["title"],
            str(CardColour(cluster.get("colour", ""))),
            frame.x,
            frame.y,
            frame.width,
            frame.height,
        ),
    )
    return int(cursor.lastrowid)


def _insert_rounds(
    conn: Any, rounds: list[dict[str, Any]], keys: dict[tuple[str, str], int]
) -> None:
    """The demo's dot-voting rounds: options by cluster title, 20 invented anonymous voters
    with a stakeholder group each, green and red dots; a second round on the leading group."""
    groups = {name: gid for gid, name in conn.execute("SELECT id, name FROM stakeholder_groups")}
    round_ids: dict[str, int] = {}
    option_ids: dict[tuple[str, str], int] = {}
    for position, r in enumerate(rounds):
        board_id = keys[(r["workshop"], r["board"])]
        clusters = {
            title: cid
            for cid, title in conn.execute(
                "SELECT id, title FROM clusters WHERE board_id = ?", (board_id,)
            )
        }
        cursor = conn.execute(
            "INSERT INTO voting_rounds (board_id, title, target, dots, red_dots, cap, anonymous,"
            " hidden, voters, voter_count, state, previous_round_id, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                board_id,
                r["title"],
                r["target"],
                r["dots"],
                r["red_dots"],
                r["cap"],
                int(r["anonymous"]),
                int(r["hidden"]),
                r["voters"],
                r["voter_count"],
                r["state"],
                round_ids.get(r.get("previous", "")),
                position,
            ),
        )
        round_id = cursor.lastrowid
        round_ids[r["key"]] = round_id
        for i, title in enumerate(r["options"]):
            cursor = conn.execute(
                "INSERT INTO round_options (round_id, cluster_id, label, previous_option_id,"
                " position) VALUES (?, ?, ?, ?, ?)",
                (
                    round_id,
                    clusters[title],
                    title,
                    option_ids.get((r.get("previous", ""), title)),
                    i,
                ),
            )
            option_ids[(r["key"], title)] = cursor.lastrowid
        for voter_no, ballot in enumerate(r["ballots"], start=1):
            cursor = conn.execute(
                "INSERT INTO ballots (round_id, voter_no, group_id) VALUES (?, ?, ?)",
                (round_id, voter_no, groups.get(ballot.get("group", ""))),
            )
            ballot_id = cursor.lastrowid
            titles = list(dict.fromkeys([*ballot["green"], *ballot["red"]]))
            for title in titles:
                conn.execute(
                    "INSERT INTO ballot_dots (ballot_id, option_id, green, red)"
                    " VALUES (?, ?, ?, ?)",
                    (
                        ballot_id,
                        option_ids[(r["key"], title)],
                        ballot["green"].get(title, 0),
                        ballot["red"].get(title, 0),
                    ),
                )


def _insert_weighting(
    conn: Any, criteria: list[dict[str, Any]], data: dict[str, Any], workshops: list[dict]
) -> None:
    """The criteria catalogue, the projects (linked to the cards, clusters and fields of action
    they came from) and the finished weightings of the demo."""
    criterion_ids: dict[str, int] = {}
    for position, c in enumerate(criteria):
        cursor = conn.execute(
            "INSERT INTO criteria (name, description, anchor_low, anchor_mid, anchor_high, must,"
            " threshold, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                c["name"],
                c.get("description", ""),
                c.get("anchor_low", ""),
                c.get("anchor_mid", ""),
                c.get("anchor_high", ""),
                int(bool(c.get("must", False))),
                c.get("threshold"),
                position,
            ),
        )
        criterion_ids[c["name"]] = cursor.lastrowid
    fields = {t: i for i, t in conn.execute("SELECT id, title FROM fields_of_action")}
    clusters = {t: i for i, t in conn.execute("SELECT id, title FROM clusters")}
    cards = list(conn.execute("SELECT id, text, cluster_id FROM cards ORDER BY board_id DESC, id"))
    project_ids: dict[str, int] = {}
    for position, p in enumerate(data.get("projects", [])):
        card = next((c for c in cards if c[1].startswith(p["card"])), None) if "card" in p else None
        cluster_id = clusters.get(p.get("cluster", "")) or (card[2] if card else None)
        cursor = conn.execute(
            "INSERT INTO projects (title, field_id, description, owner, cost, status, card_id,"
            " cluster_id, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                p["title"],
                fields.get(p.get("field", "")),
                p.get("description", ""),
                p.get("owner", ""),
                p.get("cost"),
                p.get("status", "idea"),
                card[0] if card else None,
                cluster_id,
                position,
            ),
        )
        project_ids[p["title"]] = cursor.lastrowid
    workshop_ids = {
        w["key"]: wid
        for w, (wid,) in zip(
            workshops, conn.execute("SELECT id FROM workshops ORDER BY position"), strict=True
        )
    }
    for position, w in enumerate(data.get("weightings", [])):
        cursor = conn.execute(
            "INSERT INTO weightings (workshop_id, title, method, judged_by, scored_by, state,"
            " position) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                workshop_ids[w["workshop"]],
                w["title"],
                w["method"],
                w.get("judged_by", "group"),
                w.get("scored_by", "group"),
                w.get("state", "open"),
                position,
            ),
        )
        weighting_id = cursor.lastrowid
        ids = [criterion_ids[name] for name in w["criteria"]]
        for i, criterion_id in enumerate(ids):
            conn.execute(
                "INSERT INTO weighting_criteria (weighting_id, criterion_id, position)"
                " VALUES (?, ?, ?)",
                (weighting_id, criterion_id, i),
            )
        for i, title in enumerate(w.get("scores", {})):
            conn.execute(
                "INSERT INTO weighting_projects (weighting_id, project_id, position)"
                " VALUES (?, ?, ?)",
                (weighting_id, project_ids[title], i),
            )
        for a, b, value in w.get("pairs", []):
            # stored with the smaller criterion id first, the value seen from it
            first, second, flipped = evaluation.pair_key(ids[a], ids[b])
            value = evaluation.judgement_value(value, flipped, WeightingMethod(w["method"]))
            conn.execute(
                "INSERT INTO judgements (weighting_id, criterion_id, other_id, value)"
                " VALUES (?, ?, ?, ?)",
                (weighting_id, first, second, float(value)),
            )
        for title, values in w.get("scores", {}).items():
            for criterion_id, value in zip(ids, values, strict=True):
                conn.execute(
                    "INSERT INTO scores (weighting_id, project_id, criterion_id, value)"
                    " VALUES (?, ?, ?, ?)",
                    (weighting_id, project_ids[title], criterion_id, float(value)),
                )


def _insert_minutes(
    conn: Any, minutes: dict[str, Any], workshops: list[dict], photos: Path
) -> None:
    """Minute-takers, remarks, decisions (under their agenda items), action items and the
    photos of flipcharts and pin boards."""
    ids = [wid for (wid,) in conn.execute("SELECT id FROM workshops ORDER BY position")]
    for w, workshop_id in zip(workshops, ids, strict=True):
        m = minutes.get(w["key"])
        if not m:
            continue
        conn.execute(
            "UPDATE workshops SET minute_taker = ?, remarks = ? WHERE id = ?",
            (m.get("minute_taker", ""), m.get("remarks", ""), workshop_id),
        )
        agenda = {
            t: i
            for i, t in conn.execute(
                "SELECT id, title FROM agenda_items WHERE workshop_id = ?", (workshop_id,)
            )
        }
        for position, d in enumerate(m.get("decisions", [])):
            conn.execute(
                "INSERT INTO decisions (workshop_id, text, agenda_item_id, position)"
                " VALUES (?, ?, ?, ?)",
                (workshop_id, d["text"], agenda.get(d.get("agenda", "")), position),
            )
        for position, a in enumerate(m.get("action_items", [])):
            conn.execute(
                "INSERT INTO action_items (workshop_id, what, who, due, status, position)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    workshop_id,
                    a["what"],
                    a.get("who", ""),
                    a.get("due", ""),
                    a.get("status", "open"),
                    position,
                ),
            )
        for position, p in enumerate(m.get("photos", [])):
            conn.execute(
                "INSERT INTO photos (workshop_id, caption, data, mime, width, height, rotation,"
                " position) VALUES (?, ?, ?, 'image/jpeg', ?, ?, ?, ?)",
                (
                    workshop_id,
                    p.get("caption", ""),
                    (photos / p["file"]).read_bytes(),
                    p["width"],
                    p["height"],
                    p.get("rotation", 0),
                    position,
                ),
            )


_DRAFT_TEXTS = (
    "vision",
    "goals_text",
    "fields_text",
    "criteria_text",
    "governance_text",
    "next_steps_text",
)


def _insert_draft(pf: ProjectFile, stages: list[dict[str, Any]]) -> None:
    """The strategy draft as it grew: each stage changes what it names; a stage with a
    `version` is kept as that named version; the last stage is the current draft."""
    from dataclasses import replace

    from smartcity_desktop.store.strategy_draft import load_draft

    state: dict[str, Any] = {}
    for position, stage in enumerate(stages):
        state.update({k: v for k, v in stage.items() if k != "version"})
        with pf.transaction() as conn:
            _write_draft(conn, state)
        version = stage.get("version")
        if version:
            draft = replace(load_draft(pf), version=version["name"], created=version["created"])
            with pf.transaction() as conn:
                conn.execute(
                    "INSERT INTO strategy_versions (name, created, content, position)"
                    " VALUES (?, ?, ?, ?)",
                    (version["name"], version["created"], draft.to_json(), position),
                )


def _write_draft(conn: Any, state: dict[str, Any]) -> None:
    weighting = state.get("weighting")
    row = conn.execute("SELECT id FROM weightings WHERE title = ?", (weighting or "",)).fetchone()
    conn.execute(
        "UPDATE strategy SET "
        + ", ".join(f"{c} = ?" for c in _DRAFT_TEXTS)
        + ", weighting_id = ? WHERE id = 1",
        (*(state.get(c, "") for c in _DRAFT_TEXTS), row[0] if row else None),
    )
    for table in ("field_goals", "strategic_goals", "governance_bodies", "strategy_actions"):
        conn.execute(f"DELETE FROM {table}")
    goal_ids = {}
    for position, g in enumerate(state.get("goals", [])):
        cursor = conn.execute(
            "INSERT INTO strategic_goals (title, text, isek, position) VALUES (?, ?, ?, ?)",
            (g["title"], g.get("text", ""), g.get("isek", ""), position),
        )
        goal_ids[g["title"]] = cursor.lastrowid
    fields = {t: i for i, t in conn.execute("SELECT id, title FROM fields_of_action")}
    for field_title, goals in state.get("field_goals", {}).items():
        for position, g in enumerate(goals):
            conn.execute(
                "INSERT INTO field_goals (field_id, text, goal_id, position) VALUES (?, ?, ?, ?)",
                (fields[field_title], g["text"], goal_ids.get(g.get("goal", "")), position),
            )
    for position, b in enumerate(state.get("governance", [])):
        conn.execute(
            "INSERT INTO governance_bodies (name, members, tasks, position) VALUES (?, ?, ?, ?)",
            (b["name"], b.get("members", ""), b.get("tasks", ""), position),
        )
    for position, a in enumerate(state.get("actions", [])):
        conn.execute(
            "INSERT INTO strategy_actions (what, who, due, field_id, position)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                a["what"],
                a.get("who", ""),
                a.get("due", ""),
                fields.get(a.get("field", "")),
                position,
            ),
        )
