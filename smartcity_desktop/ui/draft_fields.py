"""The fields of action in the strategy draft: the list of fields, and for the chosen one its
title, description, goals (each serving a strategic goal) and projects with their scores."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument, board_ops
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.draft_models import FieldGoalsModel, section_title
from smartcity_desktop.ui.draft_rows import HINT_STYLE, RowsPanel, caption, push
from smartcity_desktop.ui.draft_score_models import FieldProjectsModel
from smartcity_desktop.ui.draft_sections import SectionPage
from smartcity_desktop.ui.rich_text_edit import RichTextEditor
from smartcity_desktop.ui.widgets import ChoiceDelegate, CommitLineEdit


class FieldsSection(SectionPage):
    """Fields of action: the board's fields, described for the strategy."""

    key = "fields"
    trace_requested = Signal(str, int)  # "field" or "project", its id

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, dialogs, parent)
        self._field_id: int | None = None  # the field the editors show
        content = QWidget(self)
        self.split = QSplitter(Qt.Orientation.Horizontal, content)
        self.split.setChildrenCollapsible(False)
        self.list = QListWidget(self.split)
        self.list.setObjectName("draftFieldsList")
        self.list.setSpacing(3)
        self.list.setMinimumWidth(110)
        self.empty = QLabel(
            self.tr(
                "No fields of action yet. They grow from the clusters of the workshops' "
                "boards (select a cluster on a board ▸ Promote)."
            ),
            content,
        )
        self.empty.setObjectName("draftFieldsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)
        self.split.addWidget(self.list)
        self.split.addWidget(self._build_detail(self.split))
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([170, 800])
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.empty)
        content_layout.addWidget(self.split, 1)
        content_layout.addStretch(0)
        self.add_content(content, 90)
        self.list.currentRowChanged.connect(lambda _r: self._show_current())
        document.fields_changed.connect(self.rebuild)
        self.rebuild()

    def explanation(self) -> str:
        return self.tr(
            "The fields of action as the boards made them, in their order there. Describe "
            "each, set its goals and see its projects and where it came from."
        )

    def _build_detail(self, parent: QWidget) -> QWidget:
        detail = QWidget(parent)
        writable = not self.document.read_only
        self.title_edit = CommitLineEdit(detail, validator=lambda t: bool(clean_title(t)))
        self.title_edit.setObjectName("draftFieldTitle")
        self.title_edit.setReadOnly(not writable)
        self.title_edit.committed.connect(self._rename)
        self.description = RichTextEditor(detail)
        self.description.setObjectName("draftFieldDescription")
        self.description.setReadOnly(not writable)
        self.description.setPlaceholderText(self.tr("What this field of action is about."))
        self.description.committed.connect(self._describe)
        self.trace_button = QPushButton(self.tr("Where it came from"), detail)
        self.trace_button.setObjectName("traceField")
        self.trace_button.setToolTip(
            self.tr("The clusters, cards, sources and votes this field of action grew from")
        )
        self.trace_button.clicked.connect(self._trace_field)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.trace_button)
        form = QFormLayout()
        form.addRow(self.tr("Title"), title_row)

        self.goals_model = FieldGoalsModel(self.document)
        self.goals = RowsPanel(
            self.document,
            self.dialogs,
            self.goals_model,
            section_title(self.key),
            self.tr("Type a goal of this field of action and press Enter"),
            detail,
        )
        self.goals.setObjectName("fieldGoalsRows")
        self.goals.view.setObjectName("fieldGoalsView")
        self.goals.view.setItemDelegateForColumn(
            FieldGoalsModel.GOAL, ChoiceDelegate(self.goals_model.goal_choices, self)
        )
        self.goals.view.setColumnWidth(FieldGoalsModel.GOAL, 200)

        self.projects_model = FieldProjectsModel(self.document)
        self.projects_model.setParent(self)
        self.projects = QTableView(detail)
        self.projects.setObjectName("fieldProjectsView")
        self.projects.setModel(self.projects_model)
        self.projects.verticalHeader().hide()
        self.projects.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projects.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.projects.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.projects.horizontalHeader()
        header.setSectionResizeMode(FieldProjectsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (FieldProjectsModel.STATUS, 140),
            (FieldProjectsModel.SCORE, 60),
            (FieldProjectsModel.RANK, 50),
        ):
            self.projects.setColumnWidth(column, width)
        self.projects.doubleClicked.connect(lambda _i: self._trace_project())
        self.project_trace_button = QPushButton(self.tr("Where the project came from"), detail)
        self.project_trace_button.setObjectName("traceProject")
        self.project_trace_button.clicked.connect(self._trace_project)
        self.projects_note = QLabel(detail)
        self.projects_note.setObjectName("fieldProjectsNote")
        self.projects_note.setStyleSheet(HINT_STYLE)
        self.projects_note.setWordWrap(True)
        project_row = QHBoxLayout()
        project_row.addWidget(self.projects_note, 1)
        project_row.addWidget(self.project_trace_button)

        parts = QSplitter(Qt.Orientation.Vertical, detail)
        parts.setChildrenCollapsible(False)
        for title, widget in (
            (self.tr("Description"), self.description),
            (self.tr("Goals of this field of action"), self.goals),
        ):
            box = QWidget(parts)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            box_layout.addWidget(caption(title, box))
            widget.setParent(box)
            box_layout.addWidget(widget, 1)
            parts.addWidget(box)
        box = QWidget(parts)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 4, 0, 0)
        box_layout.addWidget(caption(self.tr("Projects (read-only)"), box))
        box_layout.addWidget(self.projects, 1)
        box_layout.addLayout(project_row)
        parts.addWidget(box)
        parts.setSizes([170, 220, 200])

        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(parts, 1)
        self.detail = detail
        self.projects_model.modelReset.connect(self._note_projects)
        return detail

    def current_field_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_field(self, field_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == field_id:
                self.list.setCurrentRow(row)

    def rebuild(self) -> None:
        keep = self.current_field_id()
        self.list.blockSignals(True)
        self.list.clear()
        fields = self.document.fields_of_action()
        for f in fields:
            item = QListWidgetItem(f.title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            if f.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.empty.setVisible(not fields)
        self.split.setVisible(bool(fields))
        self.detail.setEnabled(bool(fields))
        self._show_current()

    def _show_current(self) -> None:
        field_id = self.current_field_id()
        if field_id != self._field_id:
            self.description.commit()  # typed text belongs to the field it was typed for
        self._field_id = field_id
        field = next((f for f in self.document.fields_of_action() if f.id == field_id), None)
        self.goals.field_id = field_id
        self.goals_model.set_field(field_id)
        self.projects_model.set_field(field_id)
        self.title_edit.show_value(field.title if field else "")
        self.description.show_value(field.description if field else "")
        self._note_projects()

    def _note_projects(self) -> None:
        count = self.projects_model.rowCount()
        agreed = self.document.strategy().weighting_id is not None
        if not count:
            text = self.tr("No projects in this field of action yet.")
        elif agreed:
            text = self.tr("Utility and rank in the agreed weighting.")
        else:
            text = self.tr("Utility and rank appear once a weighting is agreed (section Criteria).")
        self.projects_note.setText(text)
        self.project_trace_button.setEnabled(count > 0)

    def _rename(self, title: str) -> None:
        field_id = self._field_id
        if field_id is not None and clean_title(title):
            push(
                self.document,
                self.dialogs,
                section_title(self.key),
                lambda: board_ops.rename_field(self.document, field_id, clean_title(title)),
            )

    def _describe(self, markdown: str) -> None:
        field_id = self._field_id
        if field_id is not None:
            push(
                self.document,
                self.dialogs,
                section_title(self.key),
                lambda: board_ops.edit_field(self.document, field_id, markdown.rstrip()),
            )

    def _trace_field(self) -> None:
        field_id = self.current_field_id()
        if field_id is not None:
            self.trace_requested.emit("field", field_id)

    def _trace_project(self) -> None:
        index = self.projects.currentIndex()
        row = index.row() if index.isValid() else 0
        project_id = self.projects_model.project_id(row)
        if project_id is not None:
            self.trace_requested.emit("project", project_id)
