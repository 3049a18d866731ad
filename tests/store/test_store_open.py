"""Creating and opening project files: refusal to overwrite, header, pragmas, no side files."""

from __future__ import annotations

import os
import sqlite3

import pytest
from store_helpers import dump, header_elsewhere, leftovers, make_project, sha256

from smartcity_desktop.store import schema
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.errors import FileProblem, ProjectFileError
from smartcity_desktop.store.header import APPLICATION_ID
from smartcity_desktop.store.strategy import list_groups, load_strategy


def test_create_writes_header_with_application_id_and_current_version(tmp_path):
    path = make_project(tmp_path / "neu.scw")

    raw = path.read_bytes()[:100]
    assert raw[:16] == b"SQLite format 3\x00"
    assert APPLICATION_ID == 0x5343574B
    assert int.from_bytes(raw[68:72], "big") == 0x5343574B
    assert int.from_bytes(raw[60:64], "big") == schema.CURRENT_VERSION


def test_create_stores_strategy_and_groups(tmp_path):
    pf = ProjectFile.create(
        tmp_path / "neu.scw",
        title="Smart-City-Strategie Grünau",
        city="Grünau",
        stakeholder_groups=["Verwaltung", "Bürgerschaft"],
    )
    try:
        strategy = load_strategy(pf)
        assert (strategy.title, strategy.city) == ("Smart-City-Strategie Grünau", "Grünau")
        assert [(g.name, g.position) for g in list_groups(pf)] == [
            ("Verwaltung", 0),
            ("Bürgerschaft", 1),
        ]
        assert pf.schema_version == schema.CURRENT_VERSION
        assert schema.pending_names(pf.conn) == []
        assert pf.integrity_check() == []
    finally:
        pf.close()


def test_create_leaves_no_temp_files(tmp_path):
    pf = ProjectFile.create(tmp_path / "neu.scw", title="T")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neu.scw"]
    pf.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neu.scw"]


@pytest.mark.parametrize("existing", ["project", "other"])
def test_create_refuses_to_overwrite(tmp_path, existing):
    path = tmp_path / "da.scw"
    if existing == "project":
        make_project(path)
    else:
        path.write_bytes(b"Protokoll der Sitzung\n" * 100)
    before = sha256(path)

    with pytest.raises(ProjectFileError) as info:
        ProjectFile.create(path, title="Neu")

    assert info.value.problem is FileProblem.EXISTS
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["da.scw"]


def test_create_refuses_a_dangling_symlink(tmp_path):
    link = tmp_path / "link.scw"
    link.symlink_to(tmp_path / "nowhere.scw")
    with pytest.raises(ProjectFileError) as info:
        ProjectFile.create(link, title="Neu")
    assert info.value.problem is FileProblem.EXISTS
    assert not (tmp_path / "nowhere.scw").exists()


def test_create_in_missing_folder_is_not_found(tmp_path):
    with pytest.raises(ProjectFileError) as info:
        ProjectFile.create(tmp_path / "fehlt" / "neu.scw", title="Neu")
    assert info.value.problem is FileProblem.NOT_FOUND
    assert list(tmp_path.iterdir()) == []


def test_failing_populate_leaves_nothing_behind(tmp_path):
    def populate(pf):
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        ProjectFile.create(tmp_path / "neu.scw", title="T", populate=populate)
    assert list(tmp_path.iterdir()) == []


def test_pragmas_in_effect_on_opened_file(tmp_path):
    path = make_project(tmp_path / "p.scw")
    pf = ProjectFile.open(path)
    try:

        def pragma(name):
            return pf.conn.execute(f"PRAGMA {name}").fetchone()[0]

        assert pragma("journal_mode") == "delete"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("locking_mode") == "exclusive"
        assert pragma("trusted_schema") == 0
        assert pragma("secure_delete") == 1
        assert pragma("cell_size_check") == 1
        assert pf.read_only is False
    finally:
        pf.close()


def test_open_and_close_leave_a_current_file_byte_identical(tmp_path):
    path = make_project(tmp_path / "p.scw")
    before = sha256(path)
    pf = ProjectFile.open(path)
    assert pf.snapshot_taken is None
    pf.close()
    assert sha256(path) == before
    assert leftovers(tmp_path) == []


def test_commit_is_on_disk_and_journal_gone_after_close(tmp_path):
    path = make_project(tmp_path / "p.scw")
    pf = ProjectFile.open(path)
    counter_before = int.from_bytes(header_elsewhere(path)[24:28], "big")
    with pf.transaction() as conn:
        conn.execute("INSERT INTO workshops (title) VALUES ('Auftakt')")
    # On disk at once, while still open: the file's change counter has moved on.
    assert int.from_bytes(header_elsewhere(path)[24:28], "big") > counter_before
    pf.close()
    assert leftovers(tmp_path) == []
    assert [r[1] for r in dump(path, ["workshops"])["workshops"]] == ["Auftakt"]


def test_failed_transaction_changes_nothing(tmp_path):
    path = make_project(tmp_path / "p.scw")
    pf = ProjectFile.open(path)

    def fail_halfway():
        with pf.transaction() as conn:
            conn.execute("INSERT INTO workshops (title) VALUES ('halb')")
            raise RuntimeError("mitten drin")

    try:
        with pytest.raises(RuntimeError, match="mitten drin"):
            fail_halfway()
        assert not pf.conn.in_transaction
        assert pf.query("SELECT count(*) AS n FROM workshops")[0]["n"] == 0
    finally:
        pf.close()
    assert dump(path, ["workshops"])["workshops"] == []


def test_nested_transaction_rolls_back_only_inner_part(tmp_path):
    path = make_project(tmp_path / "p.scw")
    pf = ProjectFile.open(path)

    def fail_inside():
        with pf.transaction() as inner:
            inner.execute("INSERT INTO workshops (title) VALUES ('innen')")
            raise RuntimeError("undo inner")

    try:
        with pf.transaction() as conn:
            conn.execute("INSERT INTO workshops (title) VALUES ('außen')")
            with pytest.raises(RuntimeError, match="undo inner"):
                fail_inside()
            assert conn.in_transaction  # the outer transaction carries on
        titles = [r["title"] for r in pf.query("SELECT title FROM workshops")]
        assert titles == ["außen"]
    finally:
        pf.close()


def test_explicit_read_only_open_refuses_writes(tmp_path):
    path = make_project(tmp_path / "p.scw")
    before = sha256(path)
    pf = ProjectFile.open(path, read_only=True)
    try:
        assert pf.read_only is True
        with pytest.raises(ProjectFileError) as info, pf.transaction():
            pass
        assert info.value.problem is FileProblem.READ_ONLY
        # Even a direct write on the connection is refused by SQLite (mode=ro).
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            pf.conn.execute("INSERT INTO workshops (title) VALUES ('x')")
    finally:
        pf.close()
    assert sha256(path) == before


def test_create_then_open_in_a_relative_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path / "rel.scw")
    pf = ProjectFile.open("rel.scw")
    try:
        assert load_strategy(pf).title.startswith("Smart-City")
    finally:
        pf.close()
    assert os.listdir(tmp_path) == ["rel.scw"]


def test_close_twice_is_harmless(tmp_path):
    pf = ProjectFile.open(make_project(tmp_path / "p.scw"))
    pf.close()
    pf.close()
