"""The strategy's fields of action (Handlungsfelder), each traced back to the clusters it grew
from and thereby to the cards and their sources: survey, interviews, workshops."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import board_ops as ops
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.ui import palette
from smartcity_desktop.ui.catalogue_models import status_label
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.rich_text_edit import RichTextEditor
from smartcity_desktop.ui.trace_view import show_trace
from smartcity_desktop.ui.widgets import CommitLineEdit


class FieldsPage(QWidget):
    """List of fields of action; the chosen one with its description and its origins."""

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        heading = QLabel(self.tr("Fields of action"), self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Fields of action grow from the clusters of the workshops’ boards (select a "
                "cluster on a board ▸ Promote). Each stays linked to its clusters, their cards "
                "and where those came from."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("fieldsList")
        self.title_edit = CommitLineEdit(self, validator=lambda t: bool(clean_title(t)))
        self.title_edit.setObjectName("fieldTitle")
        # Markdown, as on the draft page and in the exports: "Bürger*innen" stays upright
        self.description_edit = RichTextEditor(self)
        self.description_edit.setObjectName("fieldDescription")
        self.description_edit.setMaximumHeight(170)
        self.origins = QTreeWidget(self)
        self.origins.setObjectName("fieldOrigins")
        self.origins.setHeaderLabels([self.tr("From"), self.tr("Source")])
        self.origins.setColumnWidth(0, 520)
        self.projects = QTreeWidget(self)
        self.projects.setObjectName("fieldProjects")
        self.projects.setRootIsDecorated(False)
        self.projects.setHeaderLabels([self.tr("Project"), self.tr("Status")])
        self.projects.header().setStretchLastSection(False)
        self.projects.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.projects.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.projects.setMaximumHeight(150)
        self.delete_button = QPushButton(self.tr("Delete field of action"), self)
        self.delete_button.setObjectName("deleteField")
        self.trace_button = QPushButton(self.tr("Where it came from…"), self)
        self.trace_button.setObjectName("fieldTrace")
        self.trace_button.setToolTip(
            self.tr("Clusters, idea cards, their sources and dots, and the projects of this field")
        )
        detail = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addLayout(form)
        detail_layout.addWidget(QLabel(self.tr("Grown from"), detail))
        detail_layout.addWidget(self.origins, 1)
        detail_layout.addWidget(QLabel(self.tr("Projects in this field"), detail))
        detail_layout.addWidget(self.projects)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trace_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        detail_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([280, 720])
        self.empty = QLabel(self.tr("No fields of action yet."), self)
        self.empty.setObjectName("fieldsEmpty")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.detail = detail
        self.list.currentRowChanged.connect(lambda _r: self._show_current())
        self.title_edit.committed.connect(self._rename)
        self.description_edit.committed.connect(self._describe)
        self.delete_button.clicked.connect(self._delete)
        self.trace_button.clicked.connect(self.show_trace)
        document.fields_changed.connect(self.rebuild)
        document.projects_changed.connect(self._show_current)
        writable = not document.read_only
        for widget in (self.title_edit, self.description_edit, self.delete_button):
            widget.setEnabled(writable)
        self.rebuild()

    def current_field_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def rebuild(self) -> None:
        keep = self.current_field_id()
        self.list.blockSignals(True)
        self.list.clear()
        fields = self.document.fields_of_action()
        for f in fields:
            item = QListWidgetItem(f"{f.title}  ({len(f.cluster_ids)})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            if f.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.empty.setVisible(not fields)
        self.detail.setEnabled(bool(fields))
        self._show_current()

    def _show_current(self) -> None:
        field_id = self.current_field_id()
        self.origins.clear()
        self.projects.clear()
        field = next((f for f in self.document.fields_of_action() if f.id == field_id), None)
        if field is None:
            self.title_edit.show_value("")
            self.description_edit.show_value("")
            return
        self.title_edit.show_value(field.title)
        self.description_edit.show_value(field.description)
        for cluster_id in field.cluster_ids:
            origin = self.document.cluster_origin(cluster_id)
            top = QTreeWidgetItem(
                self.origins,
                [
                    self.tr("%1 ▸ %2 ▸ cluster “%3” (%n card(s))", "", origin["cards"])
                    .replace("%1", origin["workshop_title"])
                    .replace("%2", origin["board_title"])
                    .replace("%3", origin["title"]),
                    "",
                ],
            )
            for card in self.document.cluster_cards(cluster_id):
                sources = ", ".join(palette.source_label(s) for s in card.sources)
                QTreeWidgetItem(top, [card.text, sources])
        self.origins.expandToDepth(0)
        for project in self.document.projects():
            if project.field_id == field.id:
                QTreeWidgetItem(self.projects, [project.title, status_label(project.status)])

    def show_trace(self) -> None:
        """Where the chosen field came from, in a window beside this page."""
        field_id = self.current_field_id()
        if field_id is None:
            return
        show_trace(self.document, self, field_id=field_id)

    def _rename(self, title: str) -> None:
        field_id = self.current_field_id()
        command = (
            ops.rename_field(self.document, field_id, clean_title(title))
            if (field_id is not None and clean_title(title))
            else None
        )
        if command is not None:
            self.document.push(command)

    def _describe(self, markdown: str) -> None:
        field_id = self.current_field_id()
        if field_id is not None:
            self.document.push(ops.edit_field(self.document, field_id, markdown.rstrip()))

    def _delete(self) -> None:
        field_id = self.current_field_id()
        if field_id is None:
            return
        field = next(f for f in self.document.fields_of_action() if f.id == field_id)
        if self.dialogs.confirm(
            self.tr("Delete field of action"),
            self.delete_question(field_id, field.title),
            self.tr("Delete"),
        ):
            self.document.push(ops.delete_field(self.document, field_id))

    def delete_question(self, field_id: int, title: str) -> str:
        """What deleting the field takes with it and what it changes, counted."""
        goals = len(self.document.field_goals(field_id))
        projects = sum(1 for p in self.document.projects() if p.field_id == field_id)
        steps = sum(1 for a in self.document.strategy_actions() if a.field_id == field_id)
        parts = [self.tr("Delete the field of action “%1”?").replace("%1", title)]
        if goals:
            parts.append(
                self.tr("Its %n goal(s) in the strategy draft will be deleted.", "", goals)
            )
        if projects:
            parts.append(
                self.tr("%n project(s) will no longer belong to a field of action.", "", projects)
            )
        if steps:
            parts.append(
                self.tr(
                    "%n next step(s) of the draft will no longer name a field of action.", "", steps
                )
            )
        parts.append(self.tr("Its clusters and cards stay on their boards."))
        parts.append(self.tr("You can undo this: undo brings all of it back."))
        return " ".join(parts)
