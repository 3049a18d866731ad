"""check_file: integrity and counts, read-only, never changing the file."""

from __future__ import annotations

import shutil

import pytest
from store_helpers import FIXTURE_V1, make_project, sha256

from smartcity_desktop.store import schema
from smartcity_desktop.store.check import COUNTED_TABLES, check_file
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.errors import FileProblem, ProjectFileError


def test_check_counts_a_created_file_and_leaves_it_unchanged(tmp_path):
    path = make_project(tmp_path / "p.scw", stakeholder_groups=["A", "B", "C"])
    pf = ProjectFile.open(path)
    with pf.transaction() as c:
        wid = c.execute("INSERT INTO workshops (title) VALUES ('W')").lastrowid
        bid = c.execute("INSERT INTO boards (workshop_id, title) VALUES (?, 'B')", (wid,)).lastrowid
        c.executemany(
            "INSERT INTO cards (board_id, text) VALUES (?, ?)", [(bid, f"K{i}") for i in range(7)]
        )
    pf.close()
    before = sha256(path)

    report = check_file(path)

    assert report.ok is True
    assert report.problems == []
    assert report.schema_version == schema.CURRENT_VERSION
    assert report.migration_pending is False
    assert report.counts == {
        "strategy": 1,
        "stakeholder_groups": 3,
        "workshops": 1,
        "participants": 0,
        "attendance": 0,
        "agenda_items": 0,
        "boards": 1,
        "cards": 7,
        "clusters": 0,
        "fields_of_action": 0,
        "voting_rounds": 0,
        "ballots": 0,
        "criteria": 0,
        "projects": 0,
        "weightings": 0,
        "judgements": 0,
        "scores": 0,
        "decisions": 0,
        "action_items": 0,
        "photos": 0,
        "strategic_goals": 0,
        "field_goals": 0,
        "governance_bodies": 0,
        "strategy_actions": 0,
        "strategy_versions": 0,
    }
    assert set(report.counts) == set(COUNTED_TABLES)
    data = report.as_json()
    assert data["ok"] is True
    assert data["integrity"] == "ok"
    assert data["current_schema_version"] == schema.CURRENT_VERSION
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.scw"]


def test_check_on_v1_fixture_reports_pending_migration_without_changing_it(tmp_path):
    path = tmp_path / "alt.scw"
    shutil.copyfile(FIXTURE_V1, path)
    before = sha256(path)

    report = check_file(path)

    assert report.ok is True
    assert report.schema_version == 1
    assert report.migration_pending is True
    assert report.counts == {
        "strategy": 1,
        "stakeholder_groups": 3,
        "workshops": 2,
        "participants": 4,
        "attendance": 5,
        "agenda_items": 0,
        "boards": 0,
        "cards": 0,
        "clusters": 0,
        "fields_of_action": 0,
        "voting_rounds": 0,
        "ballots": 0,
        "criteria": 0,
        "projects": 0,
        "weightings": 0,
        "judgements": 0,
        "scores": 0,
        "decisions": 0,
        "action_items": 0,
        "photos": 0,
        "strategic_goals": 0,
        "field_goals": 0,
        "governance_bodies": 0,
        "strategy_actions": 0,
        "strategy_versions": 0,
    }
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.scw"]


def test_check_of_a_foreign_file_raises_and_leaves_it(tmp_path):
    path = tmp_path / "notiz.scw"
    path.write_text("Einkaufsliste: Äpfel, Brot\n", encoding="utf-8")
    before = sha256(path)
    with pytest.raises(ProjectFileError) as info:
        check_file(path)
    assert info.value.problem is FileProblem.NOT_A_PROJECT
    assert sha256(path) == before
