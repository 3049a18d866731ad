"""Generic row operations: change fields with their old values, delete with everything attached.

Deleting a workshop deletes its attendance, agenda, boards and cards through the schema's
`ON DELETE CASCADE`; to make such a delete undoable we first collect every row the cascade will
take (and every reference `ON DELETE SET NULL` will clear), by reading the foreign keys from the
schema itself, so tables added by later migrations are covered without changes here.
"""

from __future__ import annotations

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
}

Row = dict[str, Any]


@dataclass
class RowSnapshot:
    """Rows removed by a delete (parents first) and references it cleared, to put back on undo."""

    rows: list[tuple[str, Row]] = field(default_factory=list)
    cleared: list[tuple[str, str, Row, Any]] = field(default_factory=list)  # table, col, pk, value


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def update_fields(pf: ProjectFile, entity: str, row_id: int, values: Row) -> Row:
    """Set `values` on one row in one transaction; returns the old values of those fields."""
    allowed = EDITABLE_FIELDS[entity]
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"{entity} has no editable field(s) {sorted(unknown)}")
    table = _quote(TABLES[entity])
    cols = ", ".join(_quote(c) for c in values)
    with pf.transaction() as conn:
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
    if not values:
        return []
    marks = ", ".join("?" for _ in values)
    cursor = conn.execute(
        f"SELECT * FROM {_quote(table)} WHERE {_quote(column)} IN ({marks})", values
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _collect(conn: Any, table: str, rows: list[Row], snap: RowSnapshot, fks: list) -> None:
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
    table = TABLES[entity]
    snap = RowSnapshot()
    with pf.transaction() as conn:
        rows = _fetch(conn, table, "id", list(row_ids))
        if len(rows) != len(set(row_ids)):
            raise KeyError(f"{entity} {row_ids} do not all exist")
        _collect(conn, table, rows, snap, _foreign_keys(conn))
        marks = ", ".join("?" for _ in row_ids)
        conn.execute(f"DELETE FROM {_quote(table)} WHERE id IN ({marks})", list(row_ids))
    return snap


def restore_rows(pf: ProjectFile, snap: RowSnapshot) -> None:
    """Put back what `delete_rows` removed, with the same ids, in one transaction."""
    with pf.transaction() as conn:
        for table, row in snap.rows:
            _insert(conn, table, row)
        for table, col, pk, value in snap.cleared:
            where = " AND ".join(f"{_quote(k)} = ?" for k in pk)
            conn.execute(
                f"UPDATE {_quote(table)} SET {_quote(col)} = ? WHERE {where}",
                (value, *pk.values()),
            )
