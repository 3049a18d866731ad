"""Save as and snapshots (R3 in part): complete copies through the backup API, atomic replace."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from store_helpers import dump, leftovers, make_project, sha256, sha256_elsewhere

from smartcity_desktop.store import connection
from smartcity_desktop.store.connection import ProjectFile, list_snapshots, snapshot_folder
from smartcity_desktop.store.errors import FileProblem, ProjectFileError
from smartcity_desktop.store.records import insert_row


@pytest.fixture
def project(tmp_path):
    """An open project with some data in every kind of table."""
    folder = tmp_path / "projekt"
    folder.mkdir()
    pf = ProjectFile.create(
        folder / "strategie.scw", title="Strategie", stakeholder_groups=["Verwaltung", "Politik"]
    )
    with pf.transaction() as conn:
        for w in range(3):
            wid = conn.execute(
                "INSERT INTO workshops (title) VALUES (?)", (f"Werkstatt {w}",)
            ).lastrowid
            conn.execute(
                "INSERT INTO agenda_items (workshop_id, title) VALUES (?, 'Begrüßung')", (wid,)
            )
            bid = conn.execute(
                "INSERT INTO boards (workshop_id, title) VALUES (?, 'Ideen')", (wid,)
            ).lastrowid
            conn.executemany(
                "INSERT INTO cards (board_id, text, x, y) VALUES (?, ?, ?, ?)",
                [(bid, f"Idee {i} – Grünflächen", i * 1.5, -i) for i in range(10)],
            )
    yield pf
    pf.close()


def test_save_copy_opens_with_equal_data(project, tmp_path):
    source_before = sha256_elsewhere(project.path)
    target = tmp_path / "kopie.scw"

    assert project.save_copy(target) == target

    assert sha256_elsewhere(project.path) == source_before
    copy = ProjectFile.open(target)
    try:
        assert copy.integrity_check() == []
        assert dump(copy.conn) == dump(project.conn)
        assert copy.conn.execute("PRAGMA application_id").fetchone()[0] == 0x5343574B
        assert copy.schema_version == project.schema_version
    finally:
        copy.close()
    assert leftovers(tmp_path) == []
    assert [p.name for p in project.path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_save_copy_replaces_an_older_copy(project, tmp_path):
    target = tmp_path / "kopie.scw"
    project.save_copy(target)
    insert_row(project, "workshops", {"title": "Nachtrag"})
    project.save_copy(target)
    assert dump(target) == dump(project.conn)


def test_failing_replace_leaves_older_target_and_no_temp_file(project, tmp_path, monkeypatch):
    target = tmp_path / "kopie.scw"
    target.write_bytes(b"older copy, must survive")
    before = sha256(target)

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(connection.os, "replace", refuse)
    with pytest.raises(ProjectFileError) as info:
        project.save_copy(target)
    monkeypatch.undo()

    assert info.value.problem is FileProblem.IO_ERROR
    assert sha256(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopie.scw", "projekt"]


def test_save_copy_into_missing_folder_fails_cleanly(project, tmp_path):
    target = tmp_path / "fehlt" / "kopie.scw"
    with pytest.raises(ProjectFileError) as info:
        project.save_copy(target)
    assert info.value.problem is FileProblem.IO_ERROR
    assert not target.parent.exists()


@pytest.mark.parametrize("spelling", ["same", "dotdot", "symlink"])
def test_save_copy_onto_the_project_itself_is_refused(project, tmp_path, spelling):
    before = sha256_elsewhere(project.path)
    if spelling == "same":
        target = project.path
    elif spelling == "dotdot":
        target = project.path.parent / ".." / project.path.parent.name / project.path.name
    else:
        target = tmp_path / "verweis.scw"
        target.symlink_to(project.path)

    with pytest.raises(ProjectFileError) as info:
        project.save_copy(target)

    assert info.value.problem is FileProblem.EXISTS
    assert sha256_elsewhere(project.path) == before
    assert project.integrity_check() == []
    assert [p.name for p in project.path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_snapshot_is_a_complete_copy_beside_the_project(project):
    snap = project.snapshot(reason="vor-abstimmung")
    assert snap.parent == snapshot_folder(project.path)
    assert snap.name.startswith("strategie-")
    assert snap.name.endswith("-vor-abstimmung.scw")
    assert list_snapshots(project.path) == [snap]
    assert dump(snap) == dump(project.conn)


def test_two_snapshots_in_the_same_second_both_survive(project, monkeypatch):
    class FrozenClock(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2024, 3, 12, 18, 30, 0)

    monkeypatch.setattr(connection, "datetime", FrozenClock)
    first = project.snapshot()
    first_rows = dump(first)
    insert_row(project, "workshops", {"title": "nach dem ersten Schnappschuss"})
    project.snapshot()

    assert len(list_snapshots(project.path)) == 2
    assert dump(first) == first_rows


def test_save_copy_from_explicitly_read_only_project(tmp_path):
    path = make_project(tmp_path / "quelle.scw", stakeholder_groups=["Wirtschaft"])
    before = sha256(path)
    ro = ProjectFile.open(path, read_only=True)
    try:
        target = ro.save_copy(tmp_path / "kopie.scw")
    finally:
        ro.close()
    assert sha256(path) == before
    assert dump(target) == dump(path)


def test_save_copy_keeps_the_source_usable(project, tmp_path):
    project.save_copy(tmp_path / "kopie.scw")
    insert_row(project, "workshops", {"title": "weiter geht's"})
    assert "weiter geht's" in [r["title"] for r in project.query("SELECT title FROM workshops")]
    assert os.path.exists(tmp_path / "kopie.scw")
