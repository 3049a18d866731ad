"""Named versions of the strategy draft as undoable change sets: save, rename, delete, restore.

A version is the whole draft frozen as JSON (`StrategyDraft.to_json`). Restoring one puts its
section texts, agreed weighting, strategic goals, field goals, governance and action plan back
in one step. Fields of action, projects and criteria belong to the boards and the catalogue and
are left alone: a field's title and description are restored where the field still exists
(recognised by its id and, since ids of deleted rows are handed out again, by its title or its
clusters), and the version's fields that are gone are named to the moderator.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from smartcity_desktop.document.commands import ChangeSetCommand
from smartcity_desktop.document.document import Delete, Insert, Op, ProjectDocument, Update
from smartcity_desktop.domain.model import FieldOfAction
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.domain.strategy import FieldEntry, StrategyDraft, same_field


def _now() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def save_version(doc: ProjectDocument, name: str, now: str | None = None) -> ChangeSetCommand:
    """Keep the current draft under `name` (undo removes the version again)."""
    name = clean_title(name)
    if not name:
        raise ValueError("a version needs a name")
    created = now or _now()
    content = replace(doc.strategy_draft(), version=name, created=created).to_json()
    row = {
        "id": doc.next_id("strategy_versions"),
        "name": name,
        "created": created,
        "content": content,
        "position": len(doc.strategy_versions()),
    }
    command = ChangeSetCommand(
        doc,
        [Insert("strategy_versions", (row,))],
        QCoreApplication.translate("Commands", "Save version"),
    )
    command.new_ids = [row["id"]]
    return command


def rename_version(doc: ProjectDocument, version_id: int, name: str) -> ChangeSetCommand | None:
    name = clean_title(name)
    if not name:
        raise ValueError("a version needs a name")
    if doc.row("strategy_version", version_id)["name"] == name:
        return None
    return ChangeSetCommand(
        doc,
        [Update("strategy_versions", version_id, {"name": name})],
        QCoreApplication.translate("Commands", "Rename version"),
    )


def delete_version(doc: ProjectDocument, version_id: int) -> ChangeSetCommand:
    doc.row("strategy_version", version_id)  # KeyError if there is none
    return ChangeSetCommand(
        doc,
        [Delete("strategy_versions", (version_id,))],
        QCoreApplication.translate("Commands", "Delete version"),
    )


@dataclass(frozen=True)
class RestorePlan:
    """What restoring a version does, to tell the moderator before and after."""

    command: ChangeSetCommand | None  # None: the draft already says what the version says
    fields_restored: int
    fields_missing: tuple[str, ...]  # fields of the version that no longer exist
    weighting_missing: bool  # the version's agreed weighting no longer exists


def field_matches(version: StrategyDraft, fields: Sequence[FieldOfAction]) -> dict[int, int]:
    """The current field of action of each of the version's fields (by their index), where it
    still exists: the same id and the same field (title or clusters), else the same title."""
    existing = {f.id: f for f in fields}
    taken: set[int] = set()
    matches: dict[int, int] = {}

    def claim(index: int, field_id: int) -> None:
        matches[index] = field_id
        taken.add(field_id)

    for index, entry in enumerate(version.fields):
        now = existing.get(entry.field_id) if entry.field_id is not None else None
        if now is not None and same_field(
            entry.title, entry.cluster_ids, now.title, tuple(now.cluster_ids)
        ):
            claim(index, now.id)
    for index, entry in enumerate(version.fields):
        if index in matches:
            continue
        by_title = next((f for f in fields if f.title == entry.title and f.id not in taken), None)
        if by_title is not None:
            claim(index, by_title.id)
    return matches


def restore_version(doc: ProjectDocument, version_id: int) -> RestorePlan:
    """Put a version's texts, goals, field goals, governance and next steps back, in one step.

    KeyError if there is no such version; DraftFormatError if its content cannot be read.
    """
    version = doc.strategy_version(version_id)
    ops: list[Op] = []
    weighting_id, weighting_missing = _weighting(doc, version)
    texts = {
        "vision": version.vision,
        "goals_text": version.goals_text,
        "fields_text": version.fields_text,
        "criteria_text": version.criteria_text,
        "governance_text": version.governance_text,
        "next_steps_text": version.next_steps_text,
        "weighting_id": weighting_id,
    }
    current = doc.row("strategy", 1)
    changed = {k: v for k, v in texts.items() if current.get(k) != v}
    if changed:
        ops.append(Update("strategy", 1, changed))

    fields = doc.fields_of_action()
    matches = field_matches(version, fields)
    by_id = {f.id: f for f in fields}
    for index, field_id in matches.items():
        entry, now = version.fields[index], by_id[field_id]
        values = {"title": entry.title or now.title, "description": entry.description}
        values = {k: v for k, v in values.items() if getattr(now, k) != v}
        if values:
            ops.append(Update("fields_of_action", field_id, values))
    restored = set(matches.values())
    missing = tuple(e.title for i, e in enumerate(version.fields) if i not in matches)

    goal_ops = _goal_ops(doc, version, matches)
    if goal_ops is not None:
        ops += goal_ops
    field_of = {version.fields[i].field_id: fid for i, fid in matches.items()}
    ops += _replace_rows(
        doc,
        "governance_bodies",
        doc.governance_bodies(),
        [{"name": b.name, "members": b.members, "tasks": b.tasks} for b in version.governance],
    )
    titles = {f.title: f.id for f in fields}
    ops += _replace_rows(
        doc,
        "strategy_actions",
        doc.strategy_actions(),
        [
            {
                "what": a.what,
                "who": a.who,
                "due": a.due,
                "field_id": field_of.get(a.field_id) or (titles.get(a.field) if a.field else None),
            }
            for a in version.actions
        ],
    )
    command = (
        ChangeSetCommand(doc, ops, QCoreApplication.translate("Commands", "Restore version"))
        if ops
        else None
    )
    return RestorePlan(command, len(restored), missing, weighting_missing)


def _weighting(doc: ProjectDocument, version: StrategyDraft) -> tuple[int | None, bool]:
    """The version's agreed weighting if it still exists, and whether it is gone."""
    if version.weighting_id is None:
        return None, False
    try:
        doc.weighting(version.weighting_id)
    except KeyError:
        return None, True
    return version.weighting_id, False


def _goal_ops(
    doc: ProjectDocument, version: StrategyDraft, matches: dict[int, int]
) -> list[Op] | None:
    """The strategic goals and the restored fields' goals as the version had them (fresh ids,
    field goals linked through the version's goal ids); None when they already are."""
    old_goals = doc.strategic_goals()
    old_field_goals = doc.field_goals()
    restored = set(matches.values())
    if _goals_unchanged(version, matches, old_goals, old_field_goals):
        return None
    ops: list[Op] = []
    first = doc.next_id("strategic_goals")
    new_id: dict[int, int] = {}  # the version's goal id -> the restored goal's id
    new_by_title: dict[str, int] = {}
    rows = []
    for position, g in enumerate(version.goals):
        row = {"id": first + position, "title": g.title, "text": g.text, "isek": g.isek}
        rows.append({**row, "position": position})
        if g.goal_id is not None:
            new_id.setdefault(g.goal_id, row["id"])
        new_by_title.setdefault(g.title, row["id"])
    if rows:
        ops.append(Insert("strategic_goals", tuple(rows)))

    def target(goal_id: int | None, title: str) -> int | None:
        if goal_id is not None and goal_id in new_id:
            return new_id[goal_id]
        return new_by_title.get(title) if title else None

    first_fg = doc.next_id("field_goals")
    fg_rows = []
    for index, field_id in sorted(matches.items()):
        for position, g in enumerate(version.fields[index].goals):
            fg_rows.append(
                {
                    "id": first_fg + len(fg_rows),
                    "field_id": field_id,
                    "text": g.text,
                    "goal_id": target(g.goal_id, g.goal),
                    "position": position,
                }
            )
    if fg_rows:
        ops.append(Insert("field_goals", tuple(fg_rows)))
    # Goals of fields the version did not know stay, and follow their strategic goal: the one
    # the version kept under the same id, else one of the same title.
    titles = {g.id: g.title for g in old_goals}
    for fg in old_field_goals:
        if fg.field_id in restored or fg.goal_id is None:
            continue
        moved = target(fg.goal_id, titles.get(fg.goal_id, ""))
        if moved != fg.goal_id:
            ops.append(Update("field_goals", fg.id, {"goal_id": moved}))
    gone = tuple(fg.id for fg in old_field_goals if fg.field_id in restored)
    if gone:
        ops.append(Delete("field_goals", gone))
    if old_goals:
        ops.append(Delete("strategic_goals", tuple(g.id for g in old_goals)))
    return ops


def _goals_unchanged(
    version: StrategyDraft,
    matches: dict[int, int],
    old_goals: Sequence[Any],
    old_field_goals: Sequence[Any],
) -> bool:
    """Whether the goals and the restored fields' goals already read as the version's, so
    restoring must not swap them for identical rows (a step that changes nothing)."""
    if [(g.title, g.text, g.isek) for g in old_goals] != [
        (g.title, g.text, g.isek) for g in version.goals
    ]:
        return False
    titles = {g.id: g.title for g in old_goals}
    for index, field_id in matches.items():
        entry: FieldEntry = version.fields[index]
        now = [
            (fg.text, titles.get(fg.goal_id, ""))
            for fg in old_field_goals
            if fg.field_id == field_id
        ]
        if now != [(g.text, g.goal) for g in entry.goals]:
            return False
    return True


def _replace_rows(
    doc: ProjectDocument, table: str, old: Sequence[Any], new: Sequence[dict[str, Any]]
) -> list[Op]:
    """Ops that make `table` hold exactly `new` (in order): none if it already does."""
    keys = list(new[0].keys()) if new else []
    old_values = [{k: getattr(r, k) for k in keys} for r in old]
    if old_values == list(new) and all(r.position == i for i, r in enumerate(old)):
        return []
    ops: list[Op] = []
    if old:
        ops.append(Delete(table, tuple(r.id for r in old)))
    if new:
        first = doc.next_id(table)
        ops.append(
            Insert(
                table,
                tuple({"id": first + i, **values, "position": i} for i, values in enumerate(new)),
            )
        )
    return ops
