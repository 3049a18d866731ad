"""R7 (older files are snapshotted and migrated, data unchanged) and R2 (killed mid-migration)."""

from __future__ import annotations

import shutil

import pytest
from store_helpers import (
    FIXTURE_V1,
    V1_TABLES,
    V2_TABLES,
    Child,
    columns_of,
    dump,
    leftovers,
    sha256,
)

from smartcity_desktop.store import schema
from smartcity_desktop.store.connection import ProjectFile, list_snapshots, snapshot_folder
from smartcity_desktop.store.strategy import load_strategy


def header_user_version(path) -> int:
    return int.from_bytes(path.read_bytes()[60:64], "big")


@pytest.fixture
def v1_copy(tmp_path):
    target = tmp_path / "strategie.scw"
    shutil.copyfile(FIXTURE_V1, target)
    return target


def test_fixture_is_a_version_1_project():
    raw = FIXTURE_V1.read_bytes()[:100]
    assert int.from_bytes(raw[68:72], "big") == 0x5343574B
    assert int.from_bytes(raw[60:64], "big") == 1
    tables = dump(FIXTURE_V1, V1_TABLES + V2_TABLES)
    assert set(tables) == set(V1_TABLES)  # no v2 tables yet
    assert [len(tables[t]) for t in V1_TABLES] == [1, 3, 2, 4, 5]


def test_open_migrates_v1_to_current_with_snapshot_and_equal_data(v1_copy, tmp_path):
    before = dump(v1_copy, V1_TABLES)
    old_columns = columns_of(v1_copy, V1_TABLES)

    pf = ProjectFile.open(v1_copy)
    try:
        assert pf.schema_version == schema.CURRENT_VERSION
        assert schema.pending_names(pf.conn) == []
        assert schema.applied_names(pf.conn) == [name for name, _ in schema.MIGRATIONS]
        assert pf.integrity_check() == []
        assert load_strategy(pf).vision.startswith(
            "Die Altstadt wird bis 2035 eine lebenswerte, grüne"
        )
        snap = pf.snapshot_taken
        assert snap is not None
        assert snap.parent == snapshot_folder(v1_copy)
        assert snap.name.endswith("-v1.scw")
        assert list_snapshots(v1_copy) == [snap]
    finally:
        pf.close()

    assert header_user_version(v1_copy) == schema.CURRENT_VERSION
    after = dump(v1_copy, V1_TABLES + V2_TABLES, old_columns)
    assert {t: after[t] for t in V1_TABLES} == before  # on the columns the old file had
    assert all(after[t] == [] for t in V2_TABLES)
    assert leftovers(tmp_path) == []

    # The snapshot is the file as it was: a valid version-1 project with the same data.
    snap_hash = sha256(snap)
    old = ProjectFile.open(snap, read_only=True)
    try:
        assert old.schema_version == 1
        assert old.integrity_check() == []
        assert dump(old.conn, V1_TABLES) == before
    finally:
        old.close()
    assert sha256(snap) == snap_hash


def test_migrated_file_reopens_without_another_migration(v1_copy):
    ProjectFile.open(v1_copy).close()
    migrated = sha256(v1_copy)
    pf = ProjectFile.open(v1_copy)
    try:
        assert pf.snapshot_taken is None
    finally:
        pf.close()
    assert sha256(v1_copy) == migrated
    assert len(list_snapshots(v1_copy)) == 1


@pytest.mark.parametrize("kwargs", [{"read_only": True}, {"migrate": False}])
def test_open_without_migrating_leaves_v1_file_untouched(v1_copy, tmp_path, kwargs):
    before = sha256(v1_copy)
    pf = ProjectFile.open(v1_copy, **kwargs)
    try:
        assert pf.schema_version == 1
        assert pf.snapshot_taken is None
        assert schema.pending_names(pf.conn) == [name for name, _ in schema.MIGRATIONS[1:]]
        assert load_strategy(pf).title == "Smart-City-Strategie Altstadt"
    finally:
        pf.close()
    assert sha256(v1_copy) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["strategie.scw"]


def test_snapshot_dir_argument_is_honoured(v1_copy, tmp_path):
    elsewhere = tmp_path / "sicherungen"
    pf = ProjectFile.open(v1_copy, snapshot_dir=elsewhere)
    try:
        assert pf.snapshot_taken is not None
        assert pf.snapshot_taken.parent == elsewhere
    finally:
        pf.close()
    assert not snapshot_folder(v1_copy).exists()


_KILLED_IN_MIGRATION = r"""
import sys, time
from smartcity_desktop.store import schema
from smartcity_desktop.store.connection import ProjectFile

real = schema.m002_agenda_boards_cards

def slow_m002(db):
    real(db)  # the migration has run, its transaction is still open
    print("ready", flush=True)
    time.sleep(120)

# MIGRATIONS holds the function objects, so patch the table (and the name, for good measure).
schema.m002_agenda_boards_cards = slow_m002
schema.MIGRATIONS = tuple(
    (name, slow_m002 if name == "m002_agenda_boards_cards" else fn)
    for name, fn in schema.MIGRATIONS
)
ProjectFile.open(sys.argv[1])
print("migration finished without being killed", flush=True)
"""


def test_killed_during_migration_stays_old_and_next_open_migrates(v1_copy, tmp_path):
    """R2: kill -9 inside m002's transaction; the file is still v1 and the next start finishes."""
    before = dump(v1_copy, V1_TABLES)
    with Child(_KILLED_IN_MIGRATION, str(v1_copy)) as child:
        child.wait_for("ready", timeout=30)
        child.kill()

    assert header_user_version(v1_copy) == 1
    snapshots = list_snapshots(v1_copy)
    assert len(snapshots) == 1
    snap = ProjectFile.open(snapshots[0], read_only=True)
    try:
        assert snap.schema_version == 1
        assert snap.integrity_check() == []
        assert dump(snap.conn, V1_TABLES) == before
    finally:
        snap.close()

    pf = ProjectFile.open(v1_copy)
    try:
        assert pf.schema_version == schema.CURRENT_VERSION
        assert pf.integrity_check() == []
        assert schema.applied_names(pf.conn) == [name for name, _ in schema.MIGRATIONS]
        assert dump(pf.conn, V1_TABLES, columns_of(FIXTURE_V1, V1_TABLES)) == before
    finally:
        pf.close()
    assert header_user_version(v1_copy) == schema.CURRENT_VERSION
    assert leftovers(tmp_path) == []


V5_TABLES = (
    "criteria",
    "projects",
    "weightings",
    "weighting_criteria",
    "weighting_projects",
    "judgements",
    "scores",
)


def test_a_version_4_file_with_votes_migrates_to_5_unchanged(tmp_path):
    """A file written before the weighting tables existed keeps every row; the new tables
    start empty and take rows that point at the old ones."""
    import sqlite3

    path = tmp_path / "v4.scw"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrate(conn, stop_before="m005_weighting")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.execute("INSERT INTO strategy (id, title) VALUES (1, 'Altstadt')")
    conn.execute("INSERT INTO workshops (id, title) VALUES (1, 'Auftakt')")
    conn.execute("INSERT INTO boards (id, workshop_id, title) VALUES (1, 1, 'Ideen')")
    conn.execute("INSERT INTO cards (id, board_id, text) VALUES (1, 1, 'Mehr WLAN')")
    conn.execute("INSERT INTO voting_rounds (id, board_id, title) VALUES (1, 1, 'Runde 1')")
    conn.close()
    old_tables = ("strategy", "workshops", "boards", "cards", "voting_rounds")
    before = dump(path, old_tables)
    old_columns = columns_of(path, old_tables)

    pf = ProjectFile.open(path)
    try:
        assert pf.schema_version == schema.CURRENT_VERSION
        assert pf.integrity_check() == []
        assert pf.snapshot_taken is not None
        assert pf.snapshot_taken.name.endswith("-v4.scw")
        with pf.transaction() as c:
            c.execute("INSERT INTO criteria (id, name) VALUES (1, 'Klima')")
            c.execute("INSERT INTO projects (id, title, card_id) VALUES (1, 'WLAN', 1)")
    finally:
        pf.close()
    after = dump(path, old_tables + V5_TABLES, old_columns)
    assert {t: after[t] for t in old_tables} == before
    assert [len(after[t]) for t in V5_TABLES] == [1, 1, 0, 0, 0, 0, 0]


def test_the_minutes_columns_of_a_migrated_file_start_empty(v1_copy):
    """Schema 6 adds the minute-taker and remarks to workshops, a logo and the pseudonymise
    switch to the strategy: an older file gets them empty, and off."""
    import sqlite3

    ProjectFile.open(v1_copy).close()
    conn = sqlite3.connect(f"file:{v1_copy}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT logo, pseudonymise FROM strategy").fetchall() == [(None, 0)]
        rows = conn.execute("SELECT minute_taker, remarks FROM workshops").fetchall()
        assert rows
        assert set(rows) == {("", "")}
        for table in ("decisions", "action_items", "photos"):
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)
    finally:
        conn.close()


def test_a_version_6_file_migrates_to_7_with_an_empty_draft(tmp_path):
    """Schema 7 adds the strategy draft: an older file keeps every row, its section texts start
    empty, no weighting is agreed, and the new lists and versions are empty but usable."""
    import sqlite3

    path = tmp_path / "v6.scw"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrate(conn, stop_before="m007_strategy_draft")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
    conn.execute("INSERT INTO strategy (id, title, vision) VALUES (1, 'Altstadt', 'Grün')")
    conn.execute("INSERT INTO fields_of_action (id, title) VALUES (1, 'Umwelt')")
    conn.close()
    old_tables = ("strategy", "fields_of_action")
    before = dump(path, old_tables)
    old_columns = columns_of(path, old_tables)

    pf = ProjectFile.open(path)
    try:
        assert pf.schema_version == schema.CURRENT_VERSION == 7
        assert pf.snapshot_taken is not None
        with pf.transaction() as c:
            c.execute("INSERT INTO strategic_goals (id, title) VALUES (1, 'Klimaneutral')")
            c.execute("INSERT INTO field_goals (field_id, text, goal_id) VALUES (1, 'Bäume', 1)")
        row = pf.query("SELECT * FROM strategy")[0]
        assert [row[c] for c in ("goals_text", "next_steps_text", "weighting_id")] == ["", "", None]
    finally:
        pf.close()
    assert dump(path, old_tables, old_columns) == before
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for table in ("governance_bodies", "strategy_actions", "strategy_versions"):
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)
    finally:
        conn.close()


def test_plain_texts_of_a_version_6_file_read_the_same_as_markdown(tmp_path):
    """The vision and the fields' descriptions were plain text before version 7: migrating
    escapes them, so stars stay stars and line breaks stay line breaks."""
    import sqlite3

    from smartcity_desktop.domain.richtext import BREAK, parse

    path = tmp_path / "v6.scw"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrate(conn, stop_before="m007_strategy_draft")
    vision = "Für alle Bürger*innen\n- auch ohne Smartphone"
    conn.execute("INSERT INTO strategy (id, title, vision) VALUES (1, 'Altstadt', ?)", (vision,))
    conn.execute("INSERT INTO fields_of_action (id, title, description) VALUES (1, 'U', '_x_')")
    conn.close()

    ProjectFile.open(path).close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (stored,) = conn.execute("SELECT vision FROM strategy").fetchone()
        (description,) = conn.execute("SELECT description FROM fields_of_action").fetchone()
    finally:
        conn.close()
    assert [(b.kind, b.text) for b in parse(stored)] == [
        ("paragraph", f"Für alle Bürger*innen{BREAK}- auch ohne Smartphone")
    ]
    assert [r.italic for b in parse(description) for r in b.runs] == [False]
