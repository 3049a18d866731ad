"""The sections of the strategy draft editor: vision, strategic goals, governance,
recommendations and next steps (the fields of action are in draft_fields.py, the criteria in
draft_criteria.py).

Each section has an introduction (formatted text) and, where it has one, a list edited in
place with buttons to add, move and delete rows. Every edit is one undoable step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import strategy_ops as ops
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.draft_models import (
    ActionsModel,
    GoalsModel,
    GovernanceModel,
    section_title,
)
from smartcity_desktop.ui.draft_rows import HEADING_STYLE, HINT_STYLE, RowsPanel, caption, push
from smartcity_desktop.ui.minutes_models import due_problem, parse_due
from smartcity_desktop.ui.rich_text_edit import RichTextEditor
from smartcity_desktop.ui.widgets import ChoiceDelegate


class SectionPage(QWidget):
    """One section: its heading, what it is for, its introduction and its own content."""

    key = ""  # vision | goals | fields | criteria | governance | next_steps

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        heading = QLabel(section_title(self.key), self)
        heading.setObjectName("sectionHeading")
        heading.setStyleSheet(HEADING_STYLE)
        self.hint = QLabel(self.explanation(), self)
        self.hint.setObjectName("sectionHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.intro = RichTextEditor(self)
        self.intro.setObjectName(f"intro_{self.key}")
        self.intro.setPlaceholderText(self.intro_placeholder())
        self.intro.setReadOnly(document.read_only)
        self.intro.committed.connect(self._commit_intro)
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.setChildrenCollapsible(False)
        if self.key == "vision":
            self.body.addWidget(self.intro)
        else:
            box = QWidget(self.body)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 4)
            box_layout.addWidget(
                caption(QCoreApplication.translate("DraftSections", "Introduction"), box)
            )
            box_layout.addWidget(self.intro, 1)
            self.body.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.body, 1)
        document.strategy_changed.connect(self.show_intro)
        self.show_intro()

    def explanation(self) -> str:
        return ""

    def intro_placeholder(self) -> str:
        return QCoreApplication.translate(
            "DraftSections", "An introduction to this section (optional)."
        )

    def add_content(self, widget: QWidget, intro_height: int = 140) -> None:
        """The section's own content below the introduction (which gets `intro_height`)."""
        self.body.addWidget(widget)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([intro_height, 600])

    def show_intro(self) -> None:
        column = ops.TEXT_COLUMNS[self.key]
        self.intro.show_value(getattr(self.document.strategy(), column))

    def _commit_intro(self, markdown: str) -> None:
        push(
            self.document,
            self.dialogs,
            section_title(self.key),
            lambda: ops.edit_text(self.document, self.key, markdown),
        )

    def commit(self) -> None:
        """Hand over whatever is typed but not yet saved (before a version or an export)."""
        for editor in self.findChildren(RichTextEditor):
            editor.commit()


class VisionSection(SectionPage):
    key = "vision"

    def explanation(self) -> str:
        return self.tr(
            "The Leitbild: where the city wants to go, and what digitalisation is for. "
            "It opens the strategy."
        )

    def intro_placeholder(self) -> str:
        return self.tr("The vision (Leitbild) of the strategy.")


class GoalsSection(SectionPage):
    """Strategic goals: a table of goals, the selected goal's text below it."""

    key = "goals"

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, dialogs, parent)
        self.model = GoalsModel(document)
        self.rows = RowsPanel(
            document,
            dialogs,
            self.model,
            section_title(self.key),
            self.tr("Type a strategic goal and press Enter"),
            self,
        )
        self.rows.setObjectName("goalsRows")
        self.rows.view.setObjectName("goalsView")
        header = self.rows.view.horizontalHeader()
        header.setSectionResizeMode(GoalsModel.TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(GoalsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.rows.view.setColumnWidth(GoalsModel.TITLE, 300)
        self.rows.view.setColumnWidth(GoalsModel.ISEK, 260)
        self.text_label = caption("", self)
        self.goal_text = RichTextEditor(self)
        self.goal_text.setObjectName("goalText")
        self.goal_text.setReadOnly(document.read_only)
        self.goal_text.setPlaceholderText(self.tr("What this goal means (optional)."))
        self.goal_text.committed.connect(self._commit_goal_text)
        content = QSplitter(Qt.Orientation.Vertical, self)
        content.setChildrenCollapsible(False)
        content.addWidget(self.rows)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.text_label)
        below_layout.addWidget(self.goal_text, 1)
        content.addWidget(below)
        content.setSizes([320, 200])
        self.add_content(content, 110)
        self._goal_id: int | None = None
        self.rows.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_goal())
        self.model.modelReset.connect(self._show_goal)
        if self.model.rowCount():
            self.rows.select_id(self.model.row_id(0))
        self._show_goal()

    def explanation(self) -> str:
        return self.tr(
            "What the strategy wants to reach. A goal may cite the goal of the city's "
            "integrated development concept (ISEK) it serves."
        )

    def _show_goal(self) -> None:
        goal_id = self.rows.current_id()
        if goal_id != self._goal_id:
            self.goal_text.commit()  # typed text belongs to the goal it was typed for
        self._goal_id = goal_id
        row = self.model.row_of(goal_id) if goal_id is not None else -1
        self.goal_text.setEnabled(row >= 0)
        if row < 0:
            self.text_label.setText(self.tr("Text of the selected goal"))
            self.goal_text.show_value("")
            return
        goal = self.model.item(row)
        self.text_label.setText(self.tr("Text of “%1”").replace("%1", goal.title))
        self.goal_text.show_value(goal.text)

    def _commit_goal_text(self, markdown: str) -> None:
        goal_id = self._goal_id
        if goal_id is None:
            return
        push(
            self.document,
            self.dialogs,
            section_title(self.key),
            lambda: ops.edit_row(self.document, "strategic_goals", goal_id, {"text": markdown}),
        )


class GovernanceSection(SectionPage):
    key = "governance"

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, dialogs, parent)
        self.model = GovernanceModel(document)
        self.rows = RowsPanel(
            document,
            dialogs,
            self.model,
            section_title(self.key),
            self.tr("Type a role or body (e.g. Chief Digital Officer) and press Enter"),
            self,
        )
        self.rows.setObjectName("governanceRows")
        self.rows.view.setObjectName("governanceView")
        header = self.rows.view.horizontalHeader()
        header.setSectionResizeMode(GovernanceModel.NAME, QHeaderView.ResizeMode.Interactive)
        self.rows.view.setColumnWidth(GovernanceModel.NAME, 240)
        self.rows.view.setColumnWidth(GovernanceModel.MEMBERS, 280)
        header.setSectionResizeMode(GovernanceModel.TASKS, QHeaderView.ResizeMode.Stretch)
        self.add_content(self.rows)

    def explanation(self) -> str:
        return self.tr(
            "Who steers the strategy: roles and bodies such as the Chief Digital Officer, the "
            "Smart City unit, a steering board or a citizens' forum."
        )


class NextStepsSection(SectionPage):
    key = "next_steps"

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, dialogs, parent)
        self.model = ActionsModel(document)
        self.rows = NextStepsPanel(document, dialogs, self.model, self)
        self.add_content(self.rows)

    def explanation(self) -> str:
        return self.tr(
            "The action plan: what is to be done next, by whom and by when, and for which "
            "field of action."
        )


class NextStepsPanel(RowsPanel):
    """The action plan's table with who, due date and field of action on the entry line."""

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        model: ActionsModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            document,
            dialogs,
            model,
            section_title("next_steps"),
            QCoreApplication.translate(
                "DraftSections", "What is to be done? Type it and press Enter"
            ),
            parent,
        )
        self.actions_model = model
        self.setObjectName("nextStepsRows")
        self.view.setObjectName("nextStepsView")
        self.new_edit.setObjectName("newStep")
        self.who_edit = QLineEdit(self)
        self.who_edit.setObjectName("newStepWho")
        self.who_edit.setPlaceholderText(self.tr("Who"))
        self.who_edit.setMaximumWidth(200)
        self.due_edit = QLineEdit(self)
        self.due_edit.setObjectName("newStepDue")
        self.due_edit.setPlaceholderText(self.tr("Due (31.12.2026)"))
        self.due_edit.setMaximumWidth(140)
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("newStepField")
        self.field_combo.setMaximumWidth(240)
        for edit in (self.who_edit, self.due_edit):
            edit.returnPressed.connect(self.add_typed)
        for widget in (self.who_edit, self.due_edit, self.field_combo):
            widget.setEnabled(not document.read_only)
        # who, when and for which field on a line of their own: what is to be done keeps
        # the room on a laptop screen
        details = QHBoxLayout()
        details.addWidget(self.who_edit, 1)
        details.addWidget(self.due_edit, 1)
        details.addWidget(self.field_combo, 1)
        details.addStretch(0)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.indexOf(self.view) + 2, details)
        self.view.setItemDelegateForColumn(
            ActionsModel.FIELD, ChoiceDelegate(model.field_choices, self)
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ActionsModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionsModel.DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnWidth(ActionsModel.WHO, 150)
        self.view.setColumnWidth(ActionsModel.FIELD, 160)
        model.modelReset.connect(self._fill_fields)
        self._fill_fields()

    def _fill_fields(self) -> None:
        keep = self.field_combo.currentData()
        self.field_combo.clear()
        for label, value in self.actions_model.field_choices():
            self.field_combo.addItem(label, value)
        self.field_combo.setCurrentIndex(max(self.field_combo.findData(keep), 0))

    def values_typed(self) -> dict[str, Any] | None:
        what = self.new_edit.text().strip()
        if not what:
            return None
        due_text = self.due_edit.text().strip()
        try:
            due = parse_due(due_text)
        except ValueError:
            raise ValueError(due_problem(due_text)) from None
        field_id = int(self.field_combo.currentData() or 0) or None
        return {"what": what, "who": self.who_edit.text().strip(), "due": due, "field_id": field_id}

    def clear_typed(self) -> None:
        super().clear_typed()
        self.who_edit.clear()
        self.due_edit.clear()
