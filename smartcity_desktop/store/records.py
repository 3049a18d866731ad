"""Generic row operations: change fields with their old values, delete with everything attached.

Deleting a workshop deletes its attendance, agenda, boards and cards through the schema's
`ON DELETE CASCADE`; to make such a delete undoable we first collect every row the cascade will
take (and every reference `ON DELETE SET NULL` will clear), by reading the foreign keys from the
schema itself, so tables added by later migrations are covered without changes here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from smartcity_desktop.domain.model import EDITABLE_FIELDS
from smartcity_desktop.store.connection import ProjectFile

# entity name (as in EDITABLE_FIELDS) -> table
TABLES: dict[str, str] = {
    "strategy": "strategy",
    "workshop": "workshops",
    "participant": "participants",
    "stakeholder_group": "stakeholder_groups",
    "agenda_item": "agenda_items",
    "board": "boards",
    "card": "cards",
    "cluster": "clusters",
    "field_of_action": "fields_of_action",
    "field_cluster": "field_clusters",
    "voting_round": "voting_rounds",
    "round_option": "round_options",
    "ballot": "ballots",
    "ballot_dot": "ballot_dots",
    "paper_count": "paper_counts",
    "criterion": "criteria",
    "project": "projects",
    "weighting": "weightings",
    "weighting_criterion": "weighting_criteria",
    "weighting_project": "weighting_projects",
    "judgement": "judgements",
    "score": "scores",
    "decision": "decisions",
    "action_item": "action_items",
    "photo": "photos",
    "strategic_goal": "strategic_goals",
    "field_goal": "field_goals",
    "governance_body": "governance_bodies",
    "strategy_action": "strategy_actions",
    "strategy_version": "strategy_versions",
}

Row = dict[str, Any]


@dataclass
class RowSnapshot:
    """Rows removed by a delete (parents first) and references it cleared, to put back on undo."""

    rows: list[tuple[str, Row]] = field(default_factory=list)
    cleared: list[tuple[str, str, Row, Any]] = field(default_factory=list)  # table, col, pk, value
    seen: set[tuple[str, Any]] = field(default_factory=set, repr=False, compare=False)


def quote(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


_quote = quote
_CHUNK = 500  # values per IN (...) clause, well below SQLite's limit on host parameters


def chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """`values` in slices small enough for one IN (...) clause."""
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def update_fields(pf: ProjectFile, entity: str, row_id: int, values: Row) -> Row:
    """Set `values` on one row in one transaction; returns the old values of those fields."""
    with pf.transaction() as conn:
        return update_in(conn, entity, row_id, values)


def update_in(conn: Any, entity: str, row_id: int, values: Row) -> Row:
    """Set `values` on one row inside the caller's transaction; returns the old values."""
    allowed = EDITABLE_FIELDS[entity]
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"{entity} has no editable field(s) {sorted(unknown)}")
    table = _quote(TABLES[entity])
    cols = ", ".join(_quote(c) for c in values)
    old = conn.execute(f"SELECT {cols} FROM {table} WHERE id = ?", (row_id,)).fetchone()
    if old is None:
        raise KeyError(f"{entity} {row_id} does not exist")
    assignments = ", ".join(f"{_quote(c)} = ?" for c in values)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*values.values(), row_id))
    return dict(zip(values, old, strict=True))


def get_fields(pf: ProjectFile, entity: str, row_id: int) -> Row:
    """All columns of one row as a dict."""
    rows = pf.query(f"SELECT * FROM {_quote(TABLES[entity])} WHERE id = ?", (row_id,))
    if not rows:
        raise KeyError(f"{entity} {row_id} does not exist")
    return dict(rows[0])


def insert_row(pf: ProjectFile, table: str, values: Row) -> int:
    """Insert one row in its own transaction; returns its rowid."""
    with pf.transaction() as conn:
        return _insert(conn, table, values)


def insert_in(conn: Any, table: str, values: Row) -> int:
    """Insert one row inside the caller's transaction; returns its rowid."""
    return _insert(conn, table, values)


def _insert(conn: Any, table: str, values: Row) -> int:
    cols = ", ".join(_quote(c) for c in values)
    marks = ", ".join("?" for _ in values)
    cursor = conn.execute(
        f"INSERT INTO {_quote(table)} ({cols}) VALUES ({marks})", tuple(values.values())
    )
    return int(cursor.lastrowid)


def _foreign_keys(conn: Any) -> list[tuple[str, str, str, str, str]]:
    """(child table, child column, parent table, parent column, on_delete) for the whole schema."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    keys = []
    for table in tables:
        for fk in conn.execute(f"PRAGMA foreign_key_list({_quote(table)})"):
            # id, seq, table, from, to, on_update, on_delete, match
            keys.append((table, fk[3], fk[2], fk[4] or "id", fk[6].upper()))
    return keys


def _primary_key(conn: Any, table: str) -> list[str]:
    info = conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    return [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]


def _fetch(conn: Any, table: str, column: str, values: list[Any]) -> list[Row]:
    result: list[Row] = []
    for chunk in chunks(values):
        marks = ", ".join("?" for _ in chunk)
        cursor = conn.execute(
            f"SELECT * FROM {_quote(table)} WHERE {_quote(column)} IN ({marks})", chunk
        )
        names = [d[0] for d in cursor.description]
        result.extend(dict(zip(names, row, strict=True)) for row in cursor.fetchall())
    return result


def _collect(conn: Any, table: str, rows: list[Row], snap: RowSnapshot, fks: list) -> None:
    # A row can hang on two deleted parents (a ballot's dots on the ballot and on the option);
    # it is kept once, or restoring it would insert it twice.
    fresh = []
    for row in rows:
        key = (table, tuple(sorted(row.items())))
        if key not in snap.seen:
            snap.seen.add(key)
            fresh.append(row)
    rows = fresh
    if not rows:
        return
    for row in rows:
        snap.rows.append((table, row))
    for child, col, parent, pcol, on_delete in fks:
        if parent != table:
            continue
        parent_values = [r[pcol] for r in rows]
        children = _fetch(conn, child, col, parent_values)
        if on_delete == "CASCADE":
            _collect(conn, child, children, snap, fks)
        elif on_delete == "SET NULL":
            pk = _primary_key(conn, child)
            for r in children:
                snap.cleared.append((child, col, {k: r[k] for k in pk}, r[col]))


def delete_rows(pf: ProjectFile, entity: str, row_ids: list[int]) -> RowSnapshot:
    """Delete rows (and what cascades from them) in one transaction; returns how to undo it."""
    with pf.transaction() as conn:
        return delete_in(conn, TABLES[entity], row_ids)


def delete_in(conn: Any, table: str, row_ids: list[int]) -> RowSnapshot:
    """Delete rows of `table` and their cascade inside the caller's transaction."""
    snap = RowSnapshot()
    ids = list(dict.fromkeys(row_ids))
    rows = _fetch(conn, table, "id", ids)
    if len(rows) != len(ids):
        raise KeyError(f"{table} {row_ids[:10]} do not all exist")
    _collect(conn, table, rows, snap, _foreign_keys(conn))
    for chunk in chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        conn.execute(f"DELETE FROM {_quote(table)} WHERE id IN ({marks})", chunk)
    return snap


def restore_rows(pf: ProjectFile, snap: RowSnapshot) -> None:
    """Put back what `delete_rows` removed, with the same ids, in one transaction."""
    with pf.transaction() as conn:
        restore_in(conn, snap)


def restore_in(conn: Any, snap: RowSnapshot) -> None:
    """Put back what a delete removed, inside the caller's transaction."""
    # Rows come back in the order they were collected, which may put a card before the
    # cluster it belongs to; the foreign keys are checked when the transaction commits.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for table, row in snap.rows:
        _insert(conn, table, row)
    for table, col, pk, value in snap.cleared:
        where = " AND ".join(f"{_quote(k)} = ?" for k in pk)
        conn.execute(
            f"UPDATE {_quote(table)} SET {_quote(col)} = ? WHERE {where}",
            (value, *pk.values()),
        )
