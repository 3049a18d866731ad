"""The strategy draft without widgets: section texts, goals, field goals, governance and next
steps are undoable change sets on disk at once; versions are kept in the file, and restoring
one is one step that undo takes back."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.document import strategy_ops as so
from smartcity_desktop.document.document import ProjectDocument
from smartcity_desktop.domain.strategy import DraftFormatError
from smartcity_desktop.domain.strategy_compare import compare

TABLES = (
    "strategy",
    "strategic_goals",
    "field_goals",
    "governance_bodies",
    "strategy_actions",
    "fields_of_action",
)


def rows(doc: ProjectDocument) -> dict[str, list]:
    """The rows of the draft's tables, as committed (the file is locked for other readers)."""
    conn = doc._file.conn
    assert not conn.in_transaction
    return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")] for t in TABLES}


def push(doc: ProjectDocument, command: Any) -> Any:
    assert command is not None
    assert doc.push(command), doc.last_error
    return command


@pytest.fixture
def demo(tmp_path: Path):
    doc = ProjectDocument.create_demo(tmp_path / "demo.scw")
    yield doc
    doc.close()


def test_the_demo_has_a_draft_with_two_versions_and_a_newer_current_text(demo):
    versions = demo.strategy_versions()
    assert [v.name for v in versions] == [
        "Entwurf 1 nach dem Auftaktworkshop",
        "Entwurf 2 nach dem Fachgespräch",
    ]
    first, second = (demo.strategy_version(v.id) for v in versions)
    current = demo.strategy_draft()
    assert first.weighting == ""
    assert second.weighting.startswith("Gewichtung")
    assert (len(first.goals), len(second.goals)) == (3, 4)
    assert (len(first.governance), len(second.governance)) == (0, 4)
    assert all(c.weight is not None for c in current.criteria)
    assert abs(sum(c.weight for c in current.criteria) - 1.0) < 1e-9
    changed = {s.key for s in compare(second, current) if s.changed}
    assert changed == {"vision", "next_steps"}


def test_a_section_text_is_on_disk_at_once_and_typing_is_one_step(demo):
    before = rows(demo)
    push(demo, so.edit_text(demo, "governance", "Erster"))
    push(demo, so.edit_text(demo, "governance", "Erster Satz."))
    assert demo.strategy().governance_text == "Erster Satz."
    assert rows(demo)["strategy"] != before["strategy"]
    demo.undo_stack.undo()
    assert rows(demo) == before
    assert so.edit_text(demo, "vision", demo.strategy().vision) is None
    with pytest.raises(KeyError):
        so.edit_text(demo, "nonsense", "x")


def test_lists_add_edit_move_delete_and_undo_everything(demo):
    before = rows(demo)
    field_id = demo.fields_of_action()[1].id
    goal = push(demo, so.add_row(demo, "strategic_goals", {"title": "  Gute  Luft ", "isek": "4"}))
    goal_id = goal.new_ids[0]
    assert demo.strategic_goals()[-1].title == "Gute Luft"
    fg = push(
        demo,
        so.add_row(demo, "field_goals", {"text": "Messnetz", "goal_id": goal_id}, field_id),
    ).new_ids[0]
    push(demo, so.edit_row(demo, "field_goals", fg, {"text": "Messnetz in jedem Stadtteil"}))
    push(demo, so.move_row(demo, "field_goals", fg, 0, field_id))
    assert demo.field_goals(field_id)[0].id == fg
    push(demo, so.add_row(demo, "strategy_actions", {"what": "Ausschreiben", "due": "2027-02-01"}))
    push(demo, so.delete_rows(demo, "strategic_goals", [goal_id]))
    assert demo.field_goals(field_id)[0].goal_id is None  # the field goal stays, unlinked
    while demo.undo_stack.canUndo() and rows(demo) != before:
        demo.undo_stack.undo()
    assert rows(demo) == before


@pytest.mark.parametrize(
    ("table", "values", "field"),
    [
        ("strategic_goals", {"title": "   "}, None),
        ("strategic_goals", {"isek": "no title"}, None),
        ("field_goals", {"text": "x"}, None),
        ("strategy_actions", {"what": "x", "due": "31.02.2027"}, None),
        ("governance_bodies", {"name": ""}, None),
        ("nonsense", {"name": "x"}, None),
    ],
)
def test_bad_rows_are_refused_and_nothing_is_written(demo, table, values, field):
    before = rows(demo)
    with pytest.raises(ValueError, match=r"needs|not a list|Invalid|month|day"):
        so.add_row(demo, table, values, field)
    assert rows(demo) == before


def test_unknown_references_are_refused(demo):
    with pytest.raises(KeyError):
        so.add_row(demo, "field_goals", {"text": "x"}, field_id=999)
    with pytest.raises(KeyError):
        so.add_row(
            demo, "field_goals", {"text": "x", "goal_id": 999}, demo.fields_of_action()[0].id
        )
    with pytest.raises(KeyError):
        so.set_agreed_weighting(demo, 999)


def test_the_agreed_weighting_sets_the_criteria_weights(demo):
    push(demo, so.set_agreed_weighting(demo, None))
    draft = demo.strategy_draft()
    assert draft.weighting == ""
    assert all(c.weight is None for c in draft.criteria)
    assert len(draft.criteria) == len(demo.criteria())  # the whole catalogue, unweighted
    assert all(p.rank is None for f in draft.fields for p in f.projects)
    demo.undo_stack.undo()
    draft = demo.strategy_draft()
    assert len(draft.criteria) == 6
    ranked = [p for f in draft.fields for p in f.projects if p.rank is not None]
    assert min(p.rank for p in ranked) == 1


def test_save_version_keeps_the_draft_and_undo_removes_it(demo):
    push(demo, so.edit_text(demo, "next_steps", "Neu"))
    command = push(demo, so.save_version(demo, " Entwurf 3 ", now="2026-11-26T10:00:00"))
    (version,) = [v for v in demo.strategy_versions() if v.id == command.new_ids[0]]
    assert (version.name, version.created) == ("Entwurf 3", "2026-11-26T10:00:00")
    kept = demo.strategy_version(version.id)
    assert (kept.next_steps_text, kept.version) == ("Neu", "Entwurf 3")
    demo.undo_stack.undo()
    assert len(demo.strategy_versions()) == 2
    with pytest.raises(ValueError, match="needs a name"):
        so.save_version(demo, "  ")


def test_restore_puts_a_version_back_in_one_step_and_undo_brings_the_newer_back(demo):
    first = demo.strategy_versions()[0]
    before = rows(demo)
    current = demo.strategy_draft()
    plan = so.restore_version(demo, first.id)
    assert (plan.fields_missing, plan.fields_restored) == ((), 5)
    assert not plan.weighting_missing
    push(demo, plan.command)
    restored = demo.strategy_draft()
    old = demo.strategy_version(first.id)
    assert not [s.key for s in compare(old, restored) if s.changed]
    assert restored.weighting == old.weighting == ""
    assert [g.title for g in restored.goals] == [g.title for g in old.goals]
    assert so.restore_version(demo, first.id).command is None  # nothing left to change
    assert demo.undo_stack.undoText() == "Restore version"
    demo.undo_stack.undo()
    assert rows(demo) == before
    assert demo.strategy_draft() == current


def test_restore_leaves_fields_the_version_did_not_know_and_names_those_gone(demo):
    second = demo.strategy_versions()[1]
    kept = demo.strategy_version(second.id)
    umwelt = next(f for f in demo.fields_of_action() if f.title == "Umwelt")
    demo._file.conn.execute("PRAGMA foreign_keys = ON")
    from smartcity_desktop.document import commands

    push(demo, commands.DeleteCommand(demo, "field_of_action", [umwelt.id], "delete"))
    plan = so.restore_version(demo, second.id)
    assert plan.fields_missing == ("Umwelt",)
    push(demo, plan.command)
    draft = demo.strategy_draft()
    assert "Umwelt" not in [f.title for f in draft.fields]
    assert len(draft.actions) == len(kept.actions)
    pilot = next(a for a in draft.actions if a.what.startswith("Pilot"))
    assert pilot.field == ""  # its field is gone


def test_a_damaged_version_is_refused_with_a_reason(demo):
    version = demo.strategy_versions()[0]
    with demo._file.transaction() as conn:
        conn.execute("UPDATE strategy_versions SET content = '{' WHERE id = ?", (version.id,))
    with pytest.raises(DraftFormatError):
        demo.strategy_version(version.id)
    with pytest.raises(DraftFormatError):
        so.restore_version(demo, version.id)


def test_versions_rename_and_delete_are_undoable(demo):
    first = demo.strategy_versions()[0]
    push(demo, so.rename_version(demo, first.id, "Erster Entwurf"))
    assert demo.strategy_versions()[0].name == "Erster Entwurf"
    push(demo, so.delete_version(demo, first.id))
    assert len(demo.strategy_versions()) == 1
    demo.undo_stack.undo()
    demo.undo_stack.undo()
    assert demo.strategy_versions()[0].name == first.name


def _delete_field_and_reuse_its_id(demo: ProjectDocument, title: str) -> int:
    """Delete the field `title` (the newest) and make a new field that gets its id back, as
    SQLite hands out the highest id again once its row is gone."""
    from smartcity_desktop.document.commands import ChangeSetCommand
    from smartcity_desktop.document.document import Delete, Insert

    gone = next(f for f in demo.fields_of_action() if f.title == title)
    assert gone.id == max(f.id for f in demo.fields_of_action())
    push(demo, ChangeSetCommand(demo, [Delete("fields_of_action", (gone.id,))], "delete"))
    used = {c for f in demo.fields_of_action() for c in f.cluster_ids} | set(gone.cluster_ids)
    free = next(c.id for b in _boards(demo) for c in demo.clusters(b) if c.id not in used)
    new_id = demo.next_id("fields_of_action")
    assert new_id == gone.id
    ops = [
        Insert("fields_of_action", ({"id": new_id, "title": "Mobilität", "position": 9},)),
        Insert("field_clusters", ({"field_id": new_id, "cluster_id": free},)),
    ]
    push(demo, ChangeSetCommand(demo, ops, "promote"))
    return new_id


def _boards(demo: ProjectDocument) -> list[int]:
    return [b.id for w in demo.workshops() for b in demo.boards(w.id)]


def test_restore_leaves_a_new_field_alone_that_got_a_deleted_fields_id(demo):
    second = demo.strategy_versions()[1]
    new_id = _delete_field_and_reuse_its_id(demo, "Digitale Bildung")
    push(demo, so.add_row(demo, "field_goals", {"text": "Busse takten"}, field_id=new_id))

    plan = so.restore_version(demo, second.id)
    assert plan.fields_missing == ("Digitale Bildung",)
    push(demo, plan.command)
    field = next(f for f in demo.fields_of_action() if f.id == new_id)
    assert (field.title, field.description) == ("Mobilität", "")
    assert [g.text for g in demo.field_goals(new_id)] == ["Busse takten"]


def test_compare_shows_a_reused_field_id_as_one_field_removed_and_one_added(demo):
    second = demo.strategy_versions()[1]
    new_id = _delete_field_and_reuse_its_id(demo, "Digitale Bildung")
    diffs = {d.key: d for d in compare(demo.strategy_version(second.id), demo.strategy_draft())}
    assert diffs[f"field:{new_id}"].status == "added"
    assert diffs[f"field:{new_id}"].title == "Mobilität"
    assert diffs[f"field:{new_id}:Digitale Bildung"].status == "removed"


def test_restore_links_field_goals_to_their_own_goal_when_titles_repeat(demo):
    umwelt = next(f for f in demo.fields_of_action() if f.title == "Umwelt")
    first = push(demo, so.add_row(demo, "strategic_goals", {"title": "Doppelt", "isek": "A"}))
    second = push(demo, so.add_row(demo, "strategic_goals", {"title": "Doppelt", "isek": "B"}))
    push(
        demo,
        so.add_row(
            demo, "field_goals", {"text": "zu B", "goal_id": second.new_ids[0]}, field_id=umwelt.id
        ),
    )
    version = push(demo, so.save_version(demo, "mit Doppel")).new_ids[0]
    assert first.new_ids[0] != second.new_ids[0]
    push(demo, so.edit_text(demo, "vision", "anders"))
    push(demo, so.delete_rows(demo, "strategic_goals", [g.id for g in demo.strategic_goals()]))

    push(demo, so.restore_version(demo, version).command)
    goals = {g.id: g for g in demo.strategic_goals()}
    (linked,) = [fg for fg in demo.field_goals(umwelt.id) if fg.text == "zu B"]
    assert goals[linked.goal_id].isek == "B"


def test_a_change_of_formatting_alone_is_a_change(demo):
    before = demo.strategy_draft()
    push(demo, so.edit_text(demo, "vision", before.vision.replace("**", "")))
    diffs = {d.key: d for d in compare(before, demo.strategy_draft())}
    assert diffs["vision"].status == "changed"
    assert diffs["vision"].formatting_only
    assert not diffs["goals"].changed


def test_the_criteria_and_a_fields_projects_read_alone_are_what_the_draft_shows(demo):
    draft = demo.strategy_draft()
    assert demo.draft_criteria() == list(draft.criteria)
    for entry in draft.fields:
        assert demo.draft_field_projects(entry.field_id) == list(entry.projects)
    push(demo, so.set_agreed_weighting(demo, None))
    draft = demo.strategy_draft()
    assert demo.draft_criteria() == list(draft.criteria)
    assert all(p.rank is None for f in draft.fields for p in demo.draft_field_projects(f.field_id))
