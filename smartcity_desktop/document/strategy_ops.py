"""The strategy draft as undoable change sets: section texts, strategic goals, the goals of
each field of action, governance, the action plan, and named versions (save, rename, delete,
restore).

A version is the whole draft frozen as JSON (`StrategyDraft.to_json`). Restoring one puts its
texts, goals, field goals, governance and action plan back in one step; fields of action,
projects and criteria are the board's and the catalogue's and are left alone (a field's title
and description are restored where the field still exists).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from smartcity_desktop.document.commands import ChangeSetCommand
from smartcity_desktop.document.document import Delete, Insert, Op, ProjectDocument, Update
from smartcity_desktop.domain.rules import clean_title

# The Markdown texts of the draft's sections, by section key: the column of `strategy`.
TEXT_COLUMNS: dict[str, str] = {
    "vision": "vision",
    "goals": "goals_text",
    "fields": "fields_text",
    "criteria": "criteria_text",
    "governance": "governance_text",
    "next_steps": "next_steps_text",
}

# table -> (entity, the text column that may not be empty)
_LISTS: dict[str, tuple[str, str]] = {
    "strategic_goals": ("strategic_goal", "title"),
    "field_goals": ("field_goal", "text"),
    "governance_bodies": ("governance_body", "name"),
    "strategy_actions": ("strategy_action", "what"),
}


def _label(key: str) -> str:
    # Literal strings, so lupdate finds every one.
    return {
        "edit_text": QCoreApplication.translate("Commands", "Edit the strategy draft"),
        "agree": QCoreApplication.translate("Commands", "Choose the agreed weighting"),
        "add:strategic_goals": QCoreApplication.translate("Commands", "Add strategic goal"),
        "add:field_goals": QCoreApplication.translate(
            "Commands", "Add goal of the field of action"
        ),
        "add:governance_bodies": QCoreApplication.translate("Commands", "Add role or body"),
        "add:strategy_actions": QCoreApplication.translate("Commands", "Add next step"),
        "edit:strategic_goals": QCoreApplication.translate("Commands", "Edit strategic goal"),
        "edit:field_goals": QCoreApplication.translate(
            "Commands", "Edit goal of the field of action"
        ),
        "edit:governance_bodies": QCoreApplication.translate("Commands", "Edit role or body"),
        "edit:strategy_actions": QCoreApplication.translate("Commands", "Edit next step"),
        "delete:strategic_goals": QCoreApplication.translate("Commands", "Delete strategic goal"),
        "delete:field_goals": QCoreApplication.translate(
            "Commands", "Delete goal of the field of action"
        ),
        "delete:governance_bodies": QCoreApplication.translate("Commands", "Delete role or body"),
        "delete:strategy_actions": QCoreApplication.translate("Commands", "Delete next step"),
        "move:strategic_goals": QCoreApplication.translate("Commands", "Move strategic goal"),
        "move:field_goals": QCoreApplication.translate(
            "Commands", "Move goal of the field of action"
        ),
        "move:governance_bodies": QCoreApplication.translate("Commands", "Move role or body"),
        "move:strategy_actions": QCoreApplication.translate("Commands", "Move next step"),
        "save_version": QCoreApplication.translate("Commands", "Save version"),
        "rename_version": QCoreApplication.translate("Commands", "Rename version"),
        "delete_version": QCoreApplication.translate("Commands", "Delete version"),
        "restore_version": QCoreApplication.translate("Commands", "Restore version"),
    }[key]


# -- section texts ---------------------------------------------------------------------------


def edit_text(doc: ProjectDocument, section: str, markdown: str) -> ChangeSetCommand | None:
    """A section's text (Markdown); typing into one section merges into one step."""
    column = TEXT_COLUMNS[section]  # KeyError: not a section with a text
    markdown = markdown.rstrip()
    if doc.row("strategy", 1).get(column, "") == markdown:
        return None
    ops: list[Op] = [Update("strategy", 1, {column: markdown})]
    command = ChangeSetCommand(doc, ops, _label("edit_text"))
    command.merge_key = ("strategy_text", column)
    return command


def set_agreed_weighting(doc: ProjectDocument, weighting_id: int | None) -> ChangeSetCommand | None:
    """The weighting whose weights the strategy states as agreed (None: none yet)."""
    if weighting_id is not None:
        doc.weighting(weighting_id)  # KeyError if there is none
    if doc.strategy().weighting_id == weighting_id:
        return None
    return ChangeSetCommand(
        doc, [Update("strategy", 1, {"weighting_id": weighting_id})], _label("agree")
    )


# -- list rows: goals, field goals, governance, next steps ----------------------------------


def _rows(doc: ProjectDocument, table: str, field_id: int | None = None) -> list[Any]:
    if table == "strategic_goals":
        return doc.strategic_goals()
    if table == "field_goals":
        return doc.field_goals(field_id)
    if table == "governance_bodies":
        return doc.governance_bodies()
    if table == "strategy_actions":
        return doc.strategy_actions()
    raise ValueError(f"not a list of the strategy draft: {table}")


def _due(value: Any) -> str:
    value = str(value or "").strip()
    if value:
        date.fromisoformat(value)  # ValueError names the bad date
    return value


def _clean(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Values checked and trimmed; ValueError for an empty required text or a bad date."""
    entity, required = _LISTS[table]
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key in ("goal_id", "field_id"):
            cleaned[key] = int(value) if value is not None else None
        elif key == "position":
            cleaned[key] = int(value)
        elif key == "due":
            cleaned[key] = _due(value)
        elif key in ("text", "title", "name", "what") and key == required:
            text = clean_title(str(value)) if key != "text" else str(value).strip()
            if not text:
                raise ValueError(f"a {entity} needs a {key}")
            cleaned[key] = text
        else:
            cleaned[key] = str(value).strip() if key != "text" else str(value).rstrip()
    return cleaned


def add_row(
    doc: ProjectDocument, table: str, values: Mapping[str, Any], field_id: int | None = None
) -> ChangeSetCommand:
    """A new strategic goal, field goal (give `field_id`), governance body or next step."""
    if table not in _LISTS:
        raise ValueError(f"not a list of the strategy draft: {table}")
    _entity, required = _LISTS[table]
    if required not in values:
        raise ValueError(f"a new row needs a {required}")
    row = _clean(table, values)
    if table == "field_goals":
        if field_id is None:
            raise ValueError("a goal of a field of action needs its field")
        doc.row("field_of_action", field_id)  # KeyError if there is none
        row["field_id"] = field_id
    if row.get("goal_id") is not None:
        doc.row("strategic_goal", row["goal_id"])
    if row.get("field_id") is not None and table == "strategy_actions":
        doc.row("field_of_action", row["field_id"])
    row["id"] = doc.next_id(table)
    row["position"] = max((r.position for r in _rows(doc, table, field_id)), default=-1) + 1
    command = ChangeSetCommand(doc, [Insert(table, (row,))], _label(f"add:{table}"))
    command.new_ids = [row["id"]]
    return command


def edit_row(
    doc: ProjectDocument, table: str, row_id: int, values: Mapping[str, Any]
) -> ChangeSetCommand | None:
    """Change fields of a row; typing into one field merges into one step."""
    if table not in _LISTS:
        raise ValueError(f"not a list of the strategy draft: {table}")
    entity, _required = _LISTS[table]
    cleaned = _clean(table, values)
    if cleaned.get("goal_id") is not None:
        doc.row("strategic_goal", cleaned["goal_id"])
    if cleaned.get("field_id") is not None:
        doc.row("field_of_action", cleaned["field_id"])
    current = doc.row(entity, row_id)
    cleaned = {k: v for k, v in cleaned.items() if current.get(k) != v}
    if not cleaned:
        return None
    command = ChangeSetCommand(doc, [Update(table, row_id, cleaned)], _label(f"edit:{table}"))
    if len(cleaned) == 1:
        command.merge_key = (entity, row_id, next(iter(cleaned)))
    return command


def delete_rows(doc: ProjectDocument, table: str, ids: Sequence[int]) -> ChangeSetCommand | None:
    """Delete rows of one list (a strategic goal's field goals keep their text, unlinked)."""
    if table not in _LISTS:
        raise ValueError(f"not a list of the strategy draft: {table}")
    ids = tuple(sorted(set(ids)))
    return ChangeSetCommand(doc, [Delete(table, ids)], _label(f"delete:{table}")) if ids else None


def move_row(
    doc: ProjectDocument, table: str, row_id: int, index: int, field_id: int | None = None
) -> ChangeSetCommand | None:
    """Move a row to `index` in its list (field goals within their field)."""
    items = _rows(doc, table, field_id)
    if row_id not in {i.id for i in items}:
        raise KeyError(row_id)
    order = [i.id for i in items if i.id != row_id]
    order.insert(max(0, min(index, len(order))), row_id)
    position_of = {i.id: i.position for i in items}
    ops: list[Op] = [
        Update(table, rid, {"position": p}) for p, rid in enumerate(order) if position_of[rid] != p
    ]
    return ChangeSetCommand(doc, ops, _label(f"move:{table}")) if ops else None


# -- versions --------------------------------------------------------------------------------


def _now() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def save_version(doc: ProjectDocument, name: str, now: str | None = None) -> ChangeSetCommand:
    """Keep the current draft under `name` (undo removes the version again)."""
    name = clean_title(name)
    if not name:
        raise ValueError("a version needs a name")
    created = now or _now()
    draft = doc.strategy_draft()
    content = replace(draft, version=name, created=created).to_json()
    row = {
        "id": doc.next_id("strategy_versions"),
        "name": name,
        "created": created,
        "content": content,
        "position": len(doc.strategy_versions()),
    }
    command = ChangeSetCommand(doc, [Insert("strategy_versions", (row,))], _label("save_version"))
    command.new_ids = [row["id"]]
    return command


def rename_version(doc: ProjectDocument, version_id: int, name: str) -> ChangeSetCommand | None:
    name = clean_title(name)
    if not name:
        raise ValueError("a version needs a name")
    if doc.row("strategy_version", version_id)["name"] == name:
        return None
    return ChangeSetCommand(
        doc, [Update("strategy_versions", version_id, {"name": name})], _label("rename_version")
    )


def delete_version(doc: ProjectDocument, version_id: int) -> ChangeSetCommand:
    doc.row("strategy_version", version_id)  # KeyError if there is none
    return ChangeSetCommand(
        doc, [Delete("strategy_versions", (version_id,))], _label("delete_version")
    )


@dataclass(frozen=True)
class RestorePlan:
    """What restoring a version does, to tell the moderator before and after."""

    command: ChangeSetCommand | None  # None: the draft already says what the version says
    fields_restored: int
    fields_missing: tuple[str, ...]  # fields of the version that no longer exist
    weighting_missing: bool  # the version's agreed weighting no longer exists


def restore_version(doc: ProjectDocument, version_id: int) -> RestorePlan:
    """Put a version's texts, goals, field goals, governance and next steps back, in one step.

    KeyError if there is no such version; DraftFormatError if its content cannot be read.
    """
    version = doc.strategy_version(version_id)
    ops: list[Op] = []

    # the section texts and the agreed weighting
    current = doc.row("strategy", 1)
    texts = {
        "vision": version.vision,
        "goals_text": version.goals_text,
        "fields_text": version.fields_text,
        "criteria_text": version.criteria_text,
        "governance_text": version.governance_text,
        "next_steps_text": version.next_steps_text,
    }
    weighting_id = version.weighting_id
    weighting_missing = False
    if weighting_id is not None:
        try:
            doc.weighting(weighting_id)
        except KeyError:
            weighting_id, weighting_missing = None, True
    texts["weighting_id"] = weighting_id
    changed = {k: v for k, v in texts.items() if current.get(k) != v}
    if changed:
        ops.append(Update("strategy", 1, changed))

    # strategic goals: the version's, with fresh ids; field goals re-linked by title
    old_goals = doc.strategic_goals()
    next_goal = doc.next_id("strategic_goals")
    new_goal_ids: dict[str, int] = {}
    goal_rows = []
    for position, g in enumerate(version.goals):
        row = {
            "id": next_goal + position,
            "title": g.title,
            "text": g.text,
            "isek": g.isek,
            "position": position,
        }
        goal_rows.append(row)
        new_goal_ids.setdefault(g.title, row["id"])
    if goal_rows:
        ops.append(Insert("strategic_goals", tuple(goal_rows)))

    # fields of action that still exist: title, description and goals as the version had them
    existing = {f.id: f for f in doc.fields_of_action()}
    by_title = {f.title: f.id for f in existing.values()}
    restored: set[int] = set()
    missing: list[str] = []
    field_goal_rows = []
    next_field_goal = doc.next_id("field_goals")
    for entry in version.fields:
        fid = entry.field_id if entry.field_id in existing else by_title.get(entry.title)
        if fid is None or fid in restored:
            missing.append(entry.title)
            continue
        restored.add(fid)
        values = {"title": entry.title, "description": entry.description}
        now = existing[fid]
        values = {k: v for k, v in values.items() if getattr(now, k) != v and (k != "title" or v)}
        if values:
            ops.append(Update("fields_of_action", fid, values))
        for position, g in enumerate(entry.goals):
            field_goal_rows.append(
                {
                    "id": next_field_goal + len(field_goal_rows),
                    "field_id": fid,
                    "text": g.text,
                    "goal_id": new_goal_ids.get(g.goal) if g.goal else None,
                    "position": position,
                }
            )
    if field_goal_rows:
        ops.append(Insert("field_goals", tuple(field_goal_rows)))
    old_field_goals = doc.field_goals()
    # goals of fields the version did not know keep their text and follow their goal by title
    old_titles = {g.id: g.title for g in old_goals}
    for fg in old_field_goals:
        if fg.field_id in restored or fg.goal_id is None:
            continue
        target = new_goal_ids.get(old_titles.get(fg.goal_id, ""))
        if target != fg.goal_id:
            ops.append(Update("field_goals", fg.id, {"goal_id": target}))
    gone_field_goals = tuple(fg.id for fg in old_field_goals if fg.field_id in restored)
    if gone_field_goals:
        ops.append(Delete("field_goals", gone_field_goals))
    if old_goals:
        ops.append(Delete("strategic_goals", tuple(g.id for g in old_goals)))

    # governance and next steps: the version's rows instead of the current ones
    ops += _replace_rows(
        doc,
        "governance_bodies",
        doc.governance_bodies(),
        [{"name": b.name, "members": b.members, "tasks": b.tasks} for b in version.governance],
    )
    ops += _replace_rows(
        doc,
        "strategy_actions",
        doc.strategy_actions(),
        [
            {
                "what": a.what,
                "who": a.who,
                "due": a.due,
                "field_id": a.field_id
                if a.field_id in existing
                else by_title.get(a.field)
                if a.field
                else None,
            }
            for a in version.actions
        ],
    )
    if _only_reshuffles(ops, old_goals, version, old_field_goals, restored):
        ops = [op for op in ops if getattr(op, "table", "") == "fields_of_action"] + [
            op for op in ops if isinstance(op, Update) and op.table == "strategy"
        ]
    command = ChangeSetCommand(doc, ops, _label("restore_version")) if ops else None
    return RestorePlan(command, len(restored), tuple(missing), weighting_missing)


def _replace_rows(
    doc: ProjectDocument, table: str, old: Sequence[Any], new: Sequence[dict[str, Any]]
) -> list[Op]:
    """Ops that make `table` hold exactly `new` (in order): unchanged rows stay as they are."""
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


def _only_reshuffles(
    ops: list[Op],
    old_goals: Sequence[Any],
    version: Any,
    old_field_goals: Sequence[Any],
    restored: set[int],
) -> bool:
    """Whether the goal and field-goal ops would only swap rows for identical ones (restoring
    the version the draft already matches must not make a step that changes nothing)."""
    same_goals = [(g.title, g.text, g.isek) for g in old_goals] == [
        (g.title, g.text, g.isek) for g in version.goals
    ]
    if not same_goals:
        return False
    titles = {g.id: g.title for g in old_goals}
    now = {}
    for fg in old_field_goals:
        if fg.field_id in restored:
            now.setdefault(fg.field_id, []).append((fg.text, titles.get(fg.goal_id, "")))
    then = {}
    for entry in version.fields:
        fid = entry.field_id
        if fid in restored:
            then[fid] = [(g.text, g.goal) for g in entry.goals]
    if {k: v for k, v in now.items() if v} != {k: v for k, v in then.items() if v}:
        return False
    other = [
        op for op in ops if getattr(op, "table", "") in ("governance_bodies", "strategy_actions")
    ]
    return not other
