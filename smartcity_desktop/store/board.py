"""Boards: their cards and clusters, the fields of action, and change sets applied atomically.

Every gesture on a board (a drag of fifty cards, a tidy-up, an import of ten thousand rows) is
one *change set*: a list of inserts, updates and deletes applied in one transaction. Applying a
change set returns its exact inverse, which is itself a change set; undo applies the inverse and
gets the redo back. So a board needs one kind of undo command, and every step is on disk or not
at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from smartcity_desktop.domain.model import (
    Card,
    CardSource,
    Cluster,
    FieldOfAction,
    MergedCard,
)
from smartcity_desktop.store import records
from smartcity_desktop.store.connection import ProjectFile

_CARD_COLS = "id, board_id, text, source, author, note, colour, x, y, cluster_id, tags, merged"
_CLUSTER_COLS = "id, board_id, title, colour, x, y, width, height, kind"

_ENTITY_OF_TABLE = {table: entity for entity, table in records.TABLES.items()}


class CancelledError(Exception):
    """The moderator cancelled a long change; nothing of it was written."""


# -- change sets ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Insert:
    """Insert rows (with their ids, so a redo brings back the very same rows)."""

    table: str
    rows: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Update:
    """Set fields of one row."""

    table: str
    id: int
    values: dict[str, Any]


@dataclass(frozen=True)
class Delete:
    """Delete rows and everything that cascades from them."""

    table: str
    ids: tuple[int, ...]


@dataclass(frozen=True)
class Restore:
    """Put back rows a Delete removed (the inverse of a Delete)."""

    table: str
    ids: tuple[int, ...]
    snapshot: records.RowSnapshot = field(compare=False)


Op = Insert | Update | Delete | Restore


@dataclass
class Touched:
    """Which rows a change set touched, by table (for the signals the document emits)."""

    ids: dict[str, set[int]] = field(default_factory=dict)
    boards: set[int] = field(default_factory=set)

    def add(self, table: str, ids: Iterable[int]) -> None:
        self.ids.setdefault(table, set()).update(ids)

    def of(self, table: str) -> set[int]:
        return self.ids.get(table, set())


def next_id(pf: ProjectFile, table: str) -> int:
    """The id the next inserted row of `table` will get (ids are never handed out twice in
    one change set: callers count up from here)."""
    rows = pf.query(f"SELECT COALESCE(MAX(id), 0) + 1 AS n FROM {records.quote(table)}")
    return int(rows[0]["n"])


def apply_changes(
    pf: ProjectFile,
    ops: Sequence[Op],
    touched: Touched | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> list[Op]:
    """Apply `ops` in order in one transaction; returns the inverse change set.

    `progress(done, total)` is called every few hundred rows; returning False cancels: the
    transaction is rolled back and CancelledError raised, so nothing is half-written.
    """
    total = sum(_weight(op) for op in ops)
    done = 0
    inverse: list[Op] = []
    touched = touched if touched is not None else Touched()
    updated: dict[str, list[int]] = {}
    with pf.transaction() as conn:
        for op in ops:
            if isinstance(op, Insert):
                ids = []
                for chunk in records.chunks(op.rows):
                    for row in chunk:
                        ids.append(records.insert_in(conn, op.table, row))
                    done += len(chunk)
                    if progress is not None and not progress(done, total):
                        raise CancelledError
                touched.add(op.table, ids)
                _note_boards(op.table, op.rows, touched)
                inverse.append(Delete(op.table, tuple(ids)))
                continue
            if isinstance(op, Update):
                entity = _ENTITY_OF_TABLE[op.table]
                old = records.update_in(conn, entity, op.id, op.values)
                touched.add(op.table, [op.id])
                updated.setdefault(op.table, []).append(op.id)
                inverse.append(Update(op.table, op.id, old))
            elif isinstance(op, Delete):
                _note_boards_of_ids(conn, op.table, op.ids, touched)
                snapshot = records.delete_in(conn, op.table, list(op.ids))
                _touch_snapshot(snapshot, touched)
                inverse.append(Restore(op.table, op.ids, snapshot))
            elif isinstance(op, Restore):
                records.restore_in(conn, op.snapshot)
                _touch_snapshot(op.snapshot, touched)
                for table, row in op.snapshot.rows:
                    _note_boards(table, (row,), touched)
                inverse.append(Delete(op.table, op.ids))
            done += _weight(op)
            if progress is not None and not progress(done, total):
                raise CancelledError
        for table, ids in updated.items():  # rows updated (and still there): their boards
            _note_boards_of_ids(conn, table, ids, touched)
    inverse.reverse()
    return inverse


def _weight(op: Op) -> int:
    if isinstance(op, Insert):
        return len(op.rows)
    return 1


def _note_boards(table: str, rows: Iterable[dict[str, Any]], touched: Touched) -> None:
    if table in ("cards", "clusters"):
        touched.boards.update(int(r["board_id"]) for r in rows if "board_id" in r)


def _note_boards_of_ids(conn: Any, table: str, ids: Sequence[int], touched: Touched) -> None:
    if table not in ("cards", "clusters"):
        return
    for chunk in records.chunks(list(ids)):
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(
            f"SELECT DISTINCT board_id FROM {table} WHERE id IN ({marks})", list(chunk)
        )
        touched.boards.update(int(r[0]) for r in rows)


def _touch_snapshot(snapshot: records.RowSnapshot, touched: Touched) -> None:
    for table, row in snapshot.rows:
        if "id" in row:
            touched.add(table, [row["id"]])
    for table, _col, pk, _value in snapshot.cleared:
        if "id" in pk:
            touched.add(table, [pk["id"]])


# -- reading ---------------------------------------------------------------------------------


def _loads(text: str, empty: Any) -> Any:
    if not text or text in ("{}", "[]"):
        return empty
    try:
        return json.loads(text)
    except ValueError:
        return empty


def encode_tags(tags: dict[str, str] | Iterable[tuple[str, str]]) -> str:
    items = tags.items() if isinstance(tags, dict) else tags
    return json.dumps(dict(items), ensure_ascii=False)


def encode_merged(merged: Iterable[MergedCard]) -> str:
    return json.dumps(
        [
            {
                "text": m.text,
                "source": str(m.source),
                "author": m.author,
                "note": m.note,
                "tags": dict(m.tags),
            }
            for m in merged
        ],
        ensure_ascii=False,
    )


def _card(row: Any) -> Card:
    tags = _loads(row["tags"], {})
    merged = _loads(row["merged"], [])
    return Card(
        id=row["id"],
        board_id=row["board_id"],
        text=row["text"],
        source=CardSource(row["source"]),
        author=row["author"],
        note=row["note"],
        colour=row["colour"],
        x=row["x"],
        y=row["y"],
        cluster_id=row["cluster_id"],
        tags=tuple((str(k), str(v)) for k, v in tags.items()) if isinstance(tags, dict) else (),
        merged=tuple(
            MergedCard(
                text=str(m.get("text", "")),
                source=CardSource(m.get("source") or "own"),
                author=str(m.get("author", "")),
                note=str(m.get("note", "")),
                tags=tuple(
                    (str(k), str(v))
                    for k, v in (m.get("tags") or {}).items()
                    if isinstance(m.get("tags"), dict)
                ),
            )
            for m in merged
            if isinstance(m, dict)
        ),
    )


def _cluster(row: Any) -> Cluster:
    return Cluster(
        id=row["id"],
        board_id=row["board_id"],
        title=row["title"],
        colour=row["colour"],
        x=row["x"],
        y=row["y"],
        width=row["width"],
        height=row["height"],
        kind=row["kind"],
    )


def list_cards(pf: ProjectFile, board_id: int) -> list[Card]:
    rows = pf.query(f"SELECT {_CARD_COLS} FROM cards WHERE board_id = ? ORDER BY id", (board_id,))
    return [_card(r) for r in rows]


def list_clusters(pf: ProjectFile, board_id: int) -> list[Cluster]:
    rows = pf.query(
        f"SELECT {_CLUSTER_COLS} FROM clusters WHERE board_id = ? ORDER BY id", (board_id,)
    )
    return [_cluster(r) for r in rows]


def _by_ids(
    pf: ProjectFile, table: str, cols: str, ids: Iterable[int], column: str = "id"
) -> list[Any]:
    """Rows of `table` whose `column` is among `ids`, in id order (chunked IN clauses)."""
    wanted = sorted(set(ids))
    rows: list[Any] = []
    for chunk in records.chunks(wanted):
        marks = ", ".join("?" for _ in chunk)
        rows.extend(
            pf.query(
                f"SELECT {cols} FROM {table} WHERE {column} IN ({marks}) ORDER BY id",
                tuple(chunk),
            )
        )
    return rows


def cards_by_ids(pf: ProjectFile, ids: Iterable[int]) -> list[Card]:
    """The cards that still exist among `ids` (the others were deleted)."""
    return [_card(r) for r in _by_ids(pf, "cards", _CARD_COLS, ids)]


def clusters_by_ids(pf: ProjectFile, ids: Iterable[int]) -> list[Cluster]:
    return [_cluster(r) for r in _by_ids(pf, "clusters", _CLUSTER_COLS, ids)]


def card_texts(pf: ProjectFile, board_id: int) -> list[str]:
    return [r["text"] for r in pf.query("SELECT text FROM cards WHERE board_id = ?", (board_id,))]


def list_fields(pf: ProjectFile) -> list[FieldOfAction]:
    """The strategy's fields of action with the clusters each grew from."""
    links: dict[int, list[int]] = {}
    for r in pf.query("SELECT field_id, cluster_id FROM field_clusters ORDER BY id"):
        links.setdefault(r["field_id"], []).append(r["cluster_id"])
    rows = pf.query(
        "SELECT id, title, description, position FROM fields_of_action ORDER BY position, id"
    )
    return [
        FieldOfAction(
            id=r["id"],
            title=r["title"],
            description=r["description"],
            position=r["position"],
            cluster_ids=tuple(links.get(r["id"], ())),
        )
        for r in rows
    ]


def field_links(pf: ProjectFile, cluster_ids: Iterable[int]) -> dict[int, list[tuple[int, int]]]:
    """For each cluster, its links to fields of action as (link id, field id)."""
    result: dict[int, list[tuple[int, int]]] = {}
    for r in _by_ids(pf, "field_clusters", "*", cluster_ids, column="cluster_id"):
        result.setdefault(r["cluster_id"], []).append((r["id"], r["field_id"]))
    return result


def cluster_origin(pf: ProjectFile, cluster_id: int) -> dict[str, Any]:
    """Where a cluster lives: its board, workshop and their titles (for a field of action)."""
    rows = pf.query(
        "SELECT c.id, c.title, c.board_id, b.title AS board_title, b.workshop_id,"
        " w.title AS workshop_title,"
        " (SELECT COUNT(*) FROM cards WHERE cluster_id = c.id) AS cards"
        " FROM clusters c JOIN boards b ON b.id = c.board_id JOIN workshops w"
        " ON w.id = b.workshop_id WHERE c.id = ?",
        (cluster_id,),
    )
    if not rows:
        raise KeyError(f"cluster {cluster_id} does not exist")
    return dict(rows[0])


def cluster_cards(pf: ProjectFile, cluster_id: int) -> list[Card]:
    rows = pf.query(
        f"SELECT {_CARD_COLS} FROM cards WHERE cluster_id = ? ORDER BY y, x, id", (cluster_id,)
    )
    return [_card(r) for r in rows]


def board_of(pf: ProjectFile, board_id: int) -> dict[str, Any]:
    rows = pf.query("SELECT id, workshop_id, title FROM boards WHERE id = ?", (board_id,))
    if not rows:
        raise KeyError(f"board {board_id} does not exist")
    return dict(rows[0])


# -- headless import (the `import-cards` command) -----------------------------------------------


def find_workshop(pf: ProjectFile, spec: str | None) -> int | None:
    """A workshop by id or title (case-insensitive); without `spec`, the most recent one
    (latest date, then latest created). None if the project has no workshop; KeyError if
    `spec` names none."""
    rows = pf.query("SELECT id, title, date FROM workshops ORDER BY id")
    if spec is None:
        if not rows:
            return None
        return int(max(rows, key=lambda r: (r["date"] or "", r["id"]))["id"])
    wanted = spec.strip()
    if wanted.isdigit():
        for r in rows:
            if r["id"] == int(wanted):
                return int(r["id"])
    for r in rows:
        if r["title"].strip().casefold() == wanted.casefold():
            return int(r["id"])
    titles = ", ".join(f"{r['id']}: {r['title']}" for r in rows) or "none"
    raise KeyError(f"no workshop {spec!r} (workshops: {titles})")


def find_board(pf: ProjectFile, workshop_id: int, title: str) -> int | None:
    rows = pf.query(
        "SELECT id, title FROM boards WHERE workshop_id = ? ORDER BY id", (workshop_id,)
    )
    for r in rows:
        if r["title"].strip().casefold() == title.strip().casefold():
            return int(r["id"])
    return None


@dataclass(frozen=True)
class ImportOutcome:
    workshop_id: int
    board_id: int
    created_workshop: bool
    created_board: bool
    added: int
    workshop_title: str
    board_title: str


def import_cards(
    pf: ProjectFile,
    *,
    workshop_id: int | None,
    new_workshop_title: str,
    board_id: int | None,
    board_title: str,
    cards: Sequence[tuple[str, dict[str, str]]],
    source: CardSource,
    area_title: str = "Import",
) -> ImportOutcome:
    """Add cards (text, tags) to a board in one transaction, creating the workshop (named
    `new_workshop_title`) and the board if they don't exist; cards land in a tidy grid in
    free space right of what is on the board."""
    from smartcity_desktop.domain import board as geometry

    created_workshop = created_board = False
    with pf.transaction() as conn:
        if workshop_id is None:
            position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM workshops")
            workshop_id = records.insert_in(
                conn,
                "workshops",
                {"title": new_workshop_title, "position": position.fetchone()[0]},
            )
            created_workshop = True
        if board_id is None:
            position = conn.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM boards WHERE workshop_id = ?",
                (workshop_id,),
            )
            board_id = records.insert_in(
                conn,
                "boards",
                {
                    "workshop_id": workshop_id,
                    "title": board_title,
                    "position": position.fetchone()[0],
                },
            )
            created_board = True
        occupied = [
            geometry.Rect(r[0], r[1], r[2], r[3])
            for r in conn.execute(
                "SELECT x, y, width, height FROM clusters WHERE board_id = ?", (board_id,)
            )
        ] + [
            geometry.card_rect(r[0], r[1])
            for r in conn.execute("SELECT x, y FROM cards WHERE board_id = ?", (board_id,))
        ]
        area_id = None
        if cards:
            positions, frame = geometry.import_area(occupied, len(cards))
            area_id = records.insert_in(
                conn,
                "clusters",
                {
                    "board_id": board_id,
                    "title": area_title,
                    "kind": "area",
                    "x": frame.x,
                    "y": frame.y,
                    "width": frame.width,
                    "height": frame.height,
                },
            )
        else:
            positions = []
        conn.executemany(
            "INSERT INTO cards (board_id, text, source, x, y, tags, cluster_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (board_id, text, str(source), x, y, encode_tags(tags), area_id)
                for (text, tags), (x, y) in zip(cards, positions, strict=True)
            ],
        )
        titles = conn.execute(
            "SELECT w.title, b.title FROM boards b JOIN workshops w ON w.id = b.workshop_id"
            " WHERE b.id = ?",
            (board_id,),
        ).fetchone()
    return ImportOutcome(
        workshop_id, board_id, created_workshop, created_board, len(cards), titles[0], titles[1]
    )
