"""Item models of the strategy draft: its sections (with a count each), the editable lists
(strategic goals, goals of a field of action, governance, next steps); the read-only tables
are in draft_score_models.py.

Each editable model reads from the document and pushes one `strategy_ops` command per edit;
input the document refuses (an empty title, a date that is none) is reported through `refused`
and nothing is written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import strategy_ops as ops
from smartcity_desktop.domain import richtext
from smartcity_desktop.domain.strategy import SECTIONS
from smartcity_desktop.ui.minutes_models import due_problem, parse_due
from smartcity_desktop.ui.models import ID_ROLE, _TableModel
from smartcity_desktop.ui.trace_models import short_date

Index = QModelIndex | QPersistentModelIndex
_D = Qt.ItemDataRole.DisplayRole
_E = Qt.ItemDataRole.EditRole
_TIP = Qt.ItemDataRole.ToolTipRole
HINT_ROLE = Qt.ItemDataRole.UserRole + 20  # a section's count or "empty"
KEY_ROLE = Qt.ItemDataRole.UserRole + 21  # a section's key (SECTIONS)


def section_title(key: str) -> str:
    return {
        "vision": QCoreApplication.translate("DraftModels", "Vision (Leitbild)"),
        "goals": QCoreApplication.translate("DraftModels", "Strategic goals"),
        "fields": QCoreApplication.translate("DraftModels", "Fields of action"),
        "criteria": QCoreApplication.translate("DraftModels", "Criteria"),
        "governance": QCoreApplication.translate("DraftModels", "Governance"),
        "next_steps": QCoreApplication.translate("DraftModels", "Recommendations & next steps"),
    }[key]


def one_line(markdown: str, limit: int = 140) -> str:
    """A Markdown text as one line of plain text, cut to `limit` characters."""
    text = " ".join(richtext.plain_text(markdown).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- the list of sections ----------------------------------------------------------------------


class SectionsModel(QAbstractListModel):
    """The six sections of the draft, each with a short hint of what it holds."""

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__()
        self.document = document
        self._hints: dict[str, str] = {}
        self.refresh()
        for signal in (
            document.strategy_changed,
            document.draft_changed,
            document.fields_changed,
            document.criteria_changed,
            document.weightings_changed,
        ):
            signal.connect(self.refresh)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SECTIONS)

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(SECTIONS) or index.column():
            return None
        key = SECTIONS[index.row()]
        if role == _D:
            return section_title(key)
        if role == HINT_ROLE:
            return self._hints.get(key, "")
        if role == KEY_ROLE:
            return key
        if role == _TIP:
            return f"{section_title(key)}: {self._hints.get(key, '')}"
        return None

    def row_of(self, key: str) -> int:
        return SECTIONS.index(key)

    def refresh(self, *args: object) -> None:
        """Recount; only the hints that changed are announced (the selection stays)."""
        hints = self._count()
        changed = [k for k in SECTIONS if hints[k] != self._hints.get(k)]
        self._hints = hints
        for key in changed:
            index = self.index(SECTIONS.index(key), 0)
            self.dataChanged.emit(index, index, [HINT_ROLE, _TIP])

    def _count(self) -> dict[str, str]:
        doc = self.document
        strategy = doc.strategy()
        empty = QCoreApplication.translate("DraftModels", "empty")

        def rows(text: str, n: int, label: str) -> str:
            return (
                label
                if n
                else (
                    QCoreApplication.translate("DraftModels", "introduction only")
                    if text.strip()
                    else empty
                )
            )

        words = len(richtext.plain_text(strategy.vision).split())
        goals = len(doc.strategic_goals())
        fields = len(doc.fields_of_action())
        bodies = len(doc.governance_bodies())
        steps = len(doc.strategy_actions())
        vision = self.tr("%n word(s)", "", words) if words else empty
        return {
            "vision": vision,
            "goals": rows(strategy.goals_text, goals, self.tr("%n goal(s)", "", goals)),
            "fields": rows(strategy.fields_text, fields, self.tr("%n field(s)", "", fields)),
            "criteria": self._criteria_hint() or rows(strategy.criteria_text, 0, ""),
            "governance": rows(
                strategy.governance_text, bodies, self.tr("%n role(s) or bodies", "", bodies)
            ),
            "next_steps": rows(strategy.next_steps_text, steps, self.tr("%n step(s)", "", steps)),
        }

    def _criteria_hint(self) -> str:
        """What the criteria section shows: the agreed weighting's criteria (those still in
        the catalogue, as the draft has them), or the catalogue without weights; "" if none."""
        catalogue = {c.id for c in self.document.criteria()}
        weighting_id = self.document.strategy().weighting_id
        if weighting_id is not None:
            try:
                chosen = self.document.weighting(weighting_id).criterion_ids
            except KeyError:  # removed meanwhile: the draft shows the catalogue
                pass
            else:
                weighted = sum(1 for cid in chosen if cid in catalogue)
                return self.tr("%n criterion(s) weighted", "", weighted) if weighted else ""
        if not catalogue:
            return ""
        return (
            self.tr("%n criterion(s)", "", len(catalogue))
            + " · "
            + QCoreApplication.translate("DraftModels", "no weights yet")
        )


# -- editable lists --------------------------------------------------------------------------


class DraftTableModel(_TableModel):
    """Rows of one list of the draft, reloaded on `draft_changed`; edits are strategy_ops."""

    refused = Signal(str)  # what was typed and why it was not taken
    table = ""  # strategic_goals | field_goals | governance_bodies | strategy_actions
    columns: tuple[str, ...] = ()  # the value each column edits
    required = ""  # the column a row can't be without
    required_problem = ""

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__(document)
        self.reload()
        document.draft_changed.connect(self.reload)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()]:
            flags |= self._editable()
        return flags

    def row_of(self, row_id: int) -> int:
        return next((r for r, item in enumerate(self._rows) if item.id == row_id), -1)

    def item(self, row: int) -> Any:
        return self._rows[row]

    def text_of(self, item: Any, key: str) -> str:
        return str(getattr(item, key) or "")

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == ID_ROLE:
            return item.id
        if role in (_D, _E, _TIP):
            return self.show(item, index.column(), role)
        return None

    def show(self, item: Any, column: int, role: int) -> Any:
        return self.text_of(item, self.columns[column])

    def value(self, column: int, value: Any) -> dict[str, Any]:
        """The values an edit of `column` writes; ValueError (a sentence) to refuse it."""
        key = self.columns[column]
        text = str(value if value is not None else "")
        if key == self.required and not text.strip():
            raise ValueError(self.required_problem)
        return {key: text}

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if not index.isValid() or role != _E or self.document.read_only:
            return False
        if not self.columns[index.column()]:
            return False
        item = self._rows[index.row()]
        try:
            values = self.value(index.column(), value)
            command = ops.edit_row(self.document, self.table, item.id, values)
        except (ValueError, KeyError) as problem:
            self.refused.emit(str(problem))
            return False
        return bool(command) and self.document.push(command)


class GoalsModel(DraftTableModel):
    """Strategic goals: title, the ISEK goal it cites, and the start of its text."""

    TITLE, ISEK, TEXT = range(3)
    table = "strategic_goals"
    columns = ("title", "isek", "")  # the text is edited below the table, with formatting
    required = "title"

    def __init__(self, document: ProjectDocument) -> None:
        self.headers = (
            QCoreApplication.translate("DraftModels", "Strategic goal"),
            QCoreApplication.translate("DraftModels", "ISEK reference"),
            QCoreApplication.translate("DraftModels", "Text"),
        )
        self.required_problem = QCoreApplication.translate(
            "DraftModels", "A strategic goal needs a title. To remove it, use Delete."
        )
        super().__init__(document)

    def load(self) -> list[Any]:
        return self.document.strategic_goals()

    def show(self, item: Any, column: int, role: int) -> Any:
        if column == self.TEXT:
            return richtext.plain_text(item.text) if role == _TIP else one_line(item.text)
        return super().show(item, column, role)

    def choices(self) -> list[tuple[str, Any]]:
        """The goals a goal of a field of action may serve (0: none)."""
        return [
            (QCoreApplication.translate("DraftModels", "(none)"), 0),
            *((g.title, g.id) for g in self._rows),
        ]


class FieldGoalsModel(DraftTableModel):
    """The goals of one field of action, each serving a strategic goal or none."""

    TEXT, GOAL = range(2)
    table = "field_goals"
    columns = ("text", "goal_id")
    required = "text"

    def __init__(self, document: ProjectDocument, field_id: int | None = None) -> None:
        self.headers = (
            QCoreApplication.translate("DraftModels", "Goal of the field of action"),
            QCoreApplication.translate("DraftModels", "Serves strategic goal"),
        )
        self.required_problem = QCoreApplication.translate(
            "DraftModels", "A goal needs a text. To remove it, use Delete."
        )
        self.field_id = field_id
        self._goals: dict[int, str] = {}
        super().__init__(document)

    def set_field(self, field_id: int | None) -> None:
        if field_id != self.field_id:
            self.field_id = field_id
            self.reload()

    def load(self) -> list[Any]:
        self._goals = {g.id: g.title for g in self.document.strategic_goals()}
        if self.field_id is None:
            return []
        return self.document.field_goals(self.field_id)

    def goal_choices(self) -> list[tuple[str, Any]]:
        return [
            (QCoreApplication.translate("DraftModels", "(none)"), 0),
            *((title, gid) for gid, title in self._goals.items()),
        ]

    def show(self, item: Any, column: int, role: int) -> Any:
        if column == self.GOAL:
            if role == _E:
                return item.goal_id or 0
            return self._goals.get(item.goal_id or 0, "")
        return item.text

    def value(self, column: int, value: Any) -> dict[str, Any]:
        if column == self.GOAL:
            return {"goal_id": int(value) if value else None}
        return super().value(column, value)


class GovernanceModel(DraftTableModel):
    """Roles and bodies that steer the strategy: name, members, tasks."""

    NAME, MEMBERS, TASKS = range(3)
    table = "governance_bodies"
    columns = ("name", "members", "tasks")
    required = "name"

    def __init__(self, document: ProjectDocument) -> None:
        self.headers = (
            QCoreApplication.translate("DraftModels", "Role or body"),
            QCoreApplication.translate("DraftModels", "Members"),
            QCoreApplication.translate("DraftModels", "Tasks"),
        )
        self.required_problem = QCoreApplication.translate(
            "DraftModels", "A role or body needs a name. To remove it, use Delete."
        )
        super().__init__(document)

    def load(self) -> list[Any]:
        return self.document.governance_bodies()


class ActionsModel(DraftTableModel):
    """Recommendations and next steps: what, who, by when, for which field of action."""

    WHAT, WHO, DUE, FIELD = range(4)
    table = "strategy_actions"
    columns = ("what", "who", "due", "field_id")
    required = "what"

    def __init__(self, document: ProjectDocument) -> None:
        self.headers = (
            QCoreApplication.translate("DraftModels", "What"),
            QCoreApplication.translate("DraftModels", "Who"),
            QCoreApplication.translate("DraftModels", "Due"),
            QCoreApplication.translate("DraftModels", "Field of action"),
        )
        self.required_problem = QCoreApplication.translate(
            "DraftModels", "A next step needs to say what is to be done."
        )
        self._fields: dict[int, str] = {}
        super().__init__(document)
        document.fields_changed.connect(self.reload)

    def load(self) -> list[Any]:
        self._fields = {f.id: f.title for f in self.document.fields_of_action()}
        return self.document.strategy_actions()

    def field_choices(self) -> list[tuple[str, Any]]:
        return [
            (QCoreApplication.translate("DraftModels", "(the whole strategy)"), 0),
            *((title, fid) for fid, title in self._fields.items()),
        ]

    def show(self, item: Any, column: int, role: int) -> Any:
        if column == self.FIELD:
            if role == _E:
                return item.field_id or 0
            return self._fields.get(item.field_id or 0, "")
        if column == self.DUE and role == _TIP:
            return QCoreApplication.translate(
                "DraftModels", "A date such as 2026-12-31 or 31.12.2026; empty for open-ended"
            )
        if column == self.DUE:  # stored as ISO, shown (and edited) as the interface's short date
            return short_date(item.due) if item.due else ""
        return super().show(item, column, role)

    def value(self, column: int, value: Any) -> dict[str, Any]:
        if column == self.FIELD:
            return {"field_id": int(value) if value else None}
        if column == self.DUE:
            text = str(value or "").strip()
            try:
                return {"due": parse_due(text)}
            except ValueError:
                raise ValueError(due_problem(text)) from None
        return super().value(column, value)
