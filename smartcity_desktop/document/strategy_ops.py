"""The strategy draft as undoable change sets: section texts, strategic goals, the goals of
each field of action, governance and the action plan. Named versions are in
`document/strategy_versions.py` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from smartcity_desktop.document.commands import ChangeSetCommand, move_ops
from smartcity_desktop.document.document import Delete, Insert, Op, ProjectDocument, Update
from smartcity_desktop.document.strategy_versions import (
    RestorePlan,
    delete_version,
    rename_version,
    restore_version,
    save_version,
)
from smartcity_desktop.domain.rules import clean_due_date, clean_title

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
            cleaned[key] = clean_due_date(value)
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
    ops = move_ops(table, items, row_id, index)
    return ChangeSetCommand(doc, ops, _label(f"move:{table}")) if ops else None


__all__ = [
    "TEXT_COLUMNS",
    "RestorePlan",
    "add_row",
    "delete_rows",
    "delete_version",
    "edit_row",
    "edit_text",
    "move_row",
    "rename_version",
    "restore_version",
    "save_version",
    "set_agreed_weighting",
]
