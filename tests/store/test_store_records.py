"""records: field updates with old values, deletes with everything attached, exact restore."""

from __future__ import annotations

import sqlite3

import pytest
from store_helpers import ALL_TABLES, dump

from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.errors import ProjectFileError
from smartcity_desktop.store.records import (
    delete_rows,
    get_fields,
    insert_row,
    restore_rows,
    update_fields,
)


@pytest.fixture
def project(tmp_path):
    """Two workshops with attendance, agenda, boards and cards; participants in groups."""
    pf = ProjectFile.create(
        tmp_path / "p.scw",
        title="Strategie",
        stakeholder_groups=["Verwaltung", "Zivilgesellschaft", "Wirtschaft"],
    )
    with pf.transaction() as c:
        groups = [r[0] for r in c.execute("SELECT id FROM stakeholder_groups ORDER BY id")]
        people = [
            c.execute(
                "INSERT INTO participants (name, organisation, group_id) VALUES (?, ?, ?)",
                (name, org, group),
            ).lastrowid
            for name, org, group in [
                ("Erika Beispiel", "Stadtverwaltung", groups[0]),
                ("Max Mustermann", "Verein", groups[1]),
                ("Lieschen Müller", "Verein", groups[1]),
                ("Otto Platzhalter", "", None),
            ]
        ]
        for w in range(2):
            wid = c.execute(
                "INSERT INTO workshops (title, date, position) VALUES (?, '2024-05-0' || ?, ?)",
                (f"Werkstatt {w}", w + 1, w),
            ).lastrowid
            c.executemany(
                "INSERT INTO workshop_participants (workshop_id, participant_id, attendance)"
                " VALUES (?, ?, ?)",
                [(wid, p, "present" if i % 2 else "excused") for i, p in enumerate(people)],
            )
            c.executemany(
                "INSERT INTO agenda_items (workshop_id, title, planned_minutes, position)"
                " VALUES (?, ?, ?, ?)",
                [(wid, t, m, i) for i, (t, m) in enumerate([("Begrüßung", 10), ("Ideen", 45)])],
            )
            for b in range(2):
                bid = c.execute(
                    "INSERT INTO boards (workshop_id, title, position) VALUES (?, ?, ?)",
                    (wid, f"Board {w}.{b}", b),
                ).lastrowid
                c.executemany(
                    "INSERT INTO cards (board_id, text, source, author, x, y)"
                    " VALUES (?, ?, 'workshop', 'Gruppe A', ?, ?)",
                    [
                        (bid, f"Karte {w}.{b}.{i} – Ölheizung ersetzen", i * 10.5, i)
                        for i in range(5)
                    ],
                )
    yield pf
    pf.close()


def count(pf, table, where="1", params=()):
    return pf.query(f"SELECT count(*) AS n FROM {table} WHERE {where}", params)[0]["n"]


def test_update_fields_returns_old_values(project):
    old = update_fields(project, "workshop", 1, {"title": "Auftakt", "place": "Rathaus"})
    assert old == {"title": "Werkstatt 0", "place": ""}
    row = get_fields(project, "workshop", 1)
    assert (row["title"], row["place"]) == ("Auftakt", "Rathaus")
    # Undo is just another update with the old values.
    assert update_fields(project, "workshop", 1, old) == {"title": "Auftakt", "place": "Rathaus"}
    assert get_fields(project, "workshop", 1)["title"] == "Werkstatt 0"


@pytest.mark.parametrize(
    ("entity", "values"),
    [
        ("workshop", {"position": 7}),
        ("workshop", {"id": 99}),
        ("workshop", {"title": "ok", "nonsense": 1}),
        ("stakeholder_group", {"position": 3}),
        ("strategy", {"id": 2}),
    ],
)
def test_update_fields_refuses_non_editable_fields(project, entity, values):
    before = dump(project.conn)
    with pytest.raises(ValueError, match="no editable field"):
        update_fields(project, entity, 1, values)
    assert dump(project.conn) == before


def test_update_fields_of_missing_row_changes_nothing(project):
    before = dump(project.conn)
    with pytest.raises(KeyError):
        update_fields(project, "participant", 999, {"name": "Niemand"})
    assert dump(project.conn) == before
    assert not project.conn.in_transaction


def test_update_violating_a_check_changes_nothing(project):
    before = dump(project.conn)
    with pytest.raises((ProjectFileError, sqlite3.IntegrityError)):
        update_fields(project, "workshop", 1, {"title": "x", "kind": "party"})
    assert dump(project.conn) == before
    assert not project.conn.in_transaction


def test_delete_workshop_removes_everything_attached_and_restore_brings_it_back(project):
    before = dump(project.conn)
    boards = [r["id"] for r in project.query("SELECT id FROM boards WHERE workshop_id = 1")]
    assert count(project, "workshop_participants", "workshop_id = 1") == 4
    assert count(project, "agenda_items", "workshop_id = 1") == 2
    assert len(boards) == 2
    assert count(project, "cards", f"board_id IN ({boards[0]}, {boards[1]})") == 10

    snap = delete_rows(project, "workshop", [1])

    assert count(project, "workshops", "id = 1") == 0
    assert count(project, "workshop_participants", "workshop_id = 1") == 0
    assert count(project, "agenda_items", "workshop_id = 1") == 0
    assert count(project, "boards", "workshop_id = 1") == 0
    assert count(project, "cards", f"board_id IN ({boards[0]}, {boards[1]})") == 0
    # Only what hung on workshop 1 went; the other workshop and all people stay.
    assert count(project, "cards") == 10
    assert count(project, "workshop_participants") == 4
    assert count(project, "participants") == 4
    # The snapshot holds exactly the rows that went, parents before children.
    taken = {}
    for table, _row in snap.rows:
        taken[table] = taken.get(table, 0) + 1
    assert taken == {
        "workshops": 1,
        "workshop_participants": 4,
        "agenda_items": 2,
        "boards": 2,
        "cards": 10,
    }
    assert snap.rows[0][0] == "workshops"

    restore_rows(project, snap)

    assert dump(project.conn) == before
    assert project.integrity_check() == []


def test_delete_several_workshops_and_restore(project):
    before = dump(project.conn)
    snap = delete_rows(project, "workshop", [1, 2])
    assert all(count(project, t) == 0 for t in ("workshops", "boards", "cards", "agenda_items"))
    restore_rows(project, snap)
    assert dump(project.conn) == before


def test_delete_of_missing_row_deletes_nothing(project):
    before = dump(project.conn)
    with pytest.raises(KeyError):
        delete_rows(project, "workshop", [1, 999])
    assert dump(project.conn) == before
    assert not project.conn.in_transaction


def test_delete_group_clears_participants_and_restore_puts_ids_back(project):
    before = dump(project.conn)
    group = project.query("SELECT id FROM stakeholder_groups WHERE name = 'Zivilgesellschaft'")[0][
        0
    ]
    members = [
        r[0] for r in project.query("SELECT id FROM participants WHERE group_id = ?", (group,))
    ]
    assert len(members) == 2

    snap = delete_rows(project, "stakeholder_group", [group])

    assert count(project, "stakeholder_groups", "id = ?", (group,)) == 0
    assert count(project, "participants") == 4  # people are not deleted with their group
    cleared = project.query(
        f"SELECT group_id FROM participants WHERE id IN ({', '.join(map(str, members))})"
    )
    assert [r[0] for r in cleared] == [None, None]
    assert sorted(pk["id"] for _t, _c, pk, _v in snap.cleared) == sorted(members)

    restore_rows(project, snap)

    assert dump(project.conn) == before
    restored = project.query("SELECT group_id FROM participants WHERE group_id = ?", (group,))
    assert len(restored) == 2


def test_delete_participant_cascades_attendance_and_restores(project):
    before = dump(project.conn)
    snap = delete_rows(project, "participant", [2])
    assert count(project, "workshop_participants", "participant_id = 2") == 0
    restore_rows(project, snap)
    assert dump(project.conn) == before


def test_insert_row_returns_rowid(project):
    rowid = insert_row(project, "workshops", {"title": "Nachtreffen", "kind": "expert_talk"})
    row = get_fields(project, "workshop", rowid)
    assert (row["title"], row["kind"]) == ("Nachtreffen", "expert_talk")
    assert not project.conn.in_transaction


def test_delete_and_restore_leave_the_file_sound(project):
    snap = delete_rows(project, "workshop", [2])
    restore_rows(project, snap)
    assert project.integrity_check() == []
    assert set(dump(project.conn)) == set(ALL_TABLES)
