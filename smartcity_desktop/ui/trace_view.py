"""Where a field of action or a project came from: its clusters (board, workshop, date), their
idea cards and sources, the dots they got, a field's projects and a project's scores; and for the
whole strategy a table with one row per field of action and a bold total.

A view only: it reads `document.trace_facts()` and follows the chain with `domain.traceability`
whenever the fields, boards, votes, projects or weightings change.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.domain import traceability as trace
from smartcity_desktop.domain.traceability import (
    ClusterTrace,
    IdeaTrace,
    TraceSummary,
)
from smartcity_desktop.ui.trace_models import (
    GREEN,
    MUTED,
    RED,
    FirstColumnFitter,
    SummaryTable,
    TraceTexts,
)


class TraceView(QWidget):
    """The trace of one field of action or project, or the summary of the whole strategy."""

    TEXT, SOURCE, GREEN_DOTS, RED_DOTS = range(4)
    TEXT_MIN = 200  # the idea's text column: never narrower
    SOURCE_MAX = 140  # "Survey; merged: Interview, Own idea" is cut (its tooltip is whole)
    WEIGHTING_MIN = 160

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traceView")
        self.document = document
        self.mode = "summary"  # field | project | summary
        self.subject: int | None = None
        self.summary_rows: list[tuple[str, TraceSummary]] = []
        self.total = TraceSummary()
        self.texts = TraceTexts(self)
        self.headline = QLabel(self)
        self.headline.setObjectName("traceHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.context = QLabel(self)
        self.context.setObjectName("traceContext")
        self.context.setWordWrap(True)
        self.tree = self._build_tree()
        self.scores_label = QLabel(self.tr("Scores in the weightings"), self)
        self.scores = self._build_scores()
        self.table = SummaryTable(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.context)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.scores_label)
        layout.addWidget(self.scores, 1)
        layout.addWidget(self.table, 1)
        self._stale = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(100)
        self._later.timeout.connect(self._changed)
        for signal in (
            document.fields_changed,
            document.projects_changed,
            document.weightings_changed,
            document.criteria_changed,
            document.strategy_changed,
            document.board_changed,
            document.boards_changed,
            document.votes_changed,
            document.rounds_changed,
        ):
            # not to start() itself: it would take a signal's id as its interval in ms
            signal.connect(self._soon)
        self.show_summary()

    # -- building ------------------------------------------------------------------------------

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName("traceTree")
        # short headers for the numbers, the long wording as their tooltip: the idea's text
        # gets the room
        tree.setHeaderLabels(
            [
                self.tr("Cluster, idea card or project"),
                self.tr("Source"),
                self.tr("Green"),
                self.tr("Red"),
            ]
        )
        tree.headerItem().setToolTip(self.GREEN_DOTS, self.tr("Green dots"))
        tree.headerItem().setToolTip(self.RED_DOTS, self.tr("Red dots"))
        tree.setUniformRowHeights(False)  # a cluster's row has a second line: where it lies
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # the text gets what the numbers leave, never less than TEXT_MIN (then it scrolls)
        self.tree_columns = FirstColumnFitter(tree, tree.header(), self.TEXT_MIN, self.SOURCE_MAX)
        return tree

    def _build_scores(self) -> QTreeWidget:
        scores = QTreeWidget(self)
        scores.setObjectName("traceScores")
        scores.setRootIsDecorated(False)
        scores.setHeaderLabels(
            [self.tr("Weighting"), self.tr("Workshop"), self.tr("Utility"), self.tr("Result")]
        )
        self.score_columns = FirstColumnFitter(
            scores, scores.header(), self.WEIGHTING_MIN, self.SOURCE_MAX
        )
        return scores

    # -- choosing ------------------------------------------------------------------------------

    def show_field(self, field_id: int) -> None:
        self.mode, self.subject = "field", field_id
        self.refresh()

    def show_project(self, project_id: int) -> None:
        self.mode, self.subject = "project", project_id
        self.refresh()

    def show_summary(self) -> None:
        self.mode, self.subject = "summary", None
        self.refresh()

    # -- showing -------------------------------------------------------------------------------

    def _soon(self, *_ids: object) -> None:
        """Refresh once, a moment after a burst of changes."""
        self._later.start()

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._later.isActive():
            self._later.stop()
            self._stale = True
        super().hideEvent(event)

    def refresh(self) -> None:
        self._stale = False
        facts = self.document.trace_facts()
        self.tree.clear()
        self.scores.clear()
        self.table.setRowCount(0)
        summary = self.mode == "summary"
        self.tree.setVisible(not summary)
        self.table.setVisible(summary)
        self.scores.setVisible(self.mode == "project")
        self.scores_label.setVisible(self.mode == "project")
        try:
            if self.mode == "field":
                self._show_field(facts)
            elif self.mode == "project":
                self._show_project(facts)
            else:
                self._show_summary(facts)
        except KeyError:
            self.headline.setText(
                self.tr("This field of action no longer exists.")
                if self.mode == "field"
                else self.tr("This project no longer exists.")
            )
            self.context.setText("")
            self.scores.hide()
            self.scores_label.hide()

    def _dots(self, item: QTreeWidgetItem, green: int, red: int) -> None:
        for column, value, colour in (
            (self.GREEN_DOTS, green, GREEN),
            (self.RED_DOTS, red, RED),
        ):
            item.setText(column, str(value))
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            item.setForeground(column, QBrush(colour if value else MUTED))

    def _card_item(self, parent: QTreeWidgetItem | QTreeWidget, idea: IdeaTrace) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [idea.text, self.texts.sources_text(idea)])
        item.setToolTip(self.TEXT, idea.text)
        item.setToolTip(self.SOURCE, item.text(self.SOURCE))
        item.setData(self.TEXT, Qt.ItemDataRole.UserRole, idea.card_id)
        self._dots(item, idea.green, idea.red)
        return item

    def _cluster_item(self, cluster: ClusterTrace) -> QTreeWidgetItem:
        label = self.tr("Cluster “%1” (%n card(s))", "", len(cluster.cards)).replace(
            "%1", cluster.title
        )
        place = self.texts.place_text(cluster.place)
        text = f"{label}\n{place}" if place else label
        item = QTreeWidgetItem(self.tree, [text])
        item.setToolTip(self.TEXT, text)
        item.setData(self.TEXT, Qt.ItemDataRole.UserRole, cluster.cluster_id)
        bold = QFont(item.font(self.TEXT))
        bold.setBold(True)
        item.setFont(self.TEXT, bold)
        self._dots(item, cluster.green, cluster.red)
        for idea in cluster.cards:
            self._card_item(item, idea)
        return item

    def _group(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        font = QFont(item.font(self.TEXT))
        font.setBold(True)
        item.setFont(self.TEXT, font)
        return item

    def _show_field(self, facts: trace.TraceFacts) -> None:
        assert self.subject is not None
        t = trace.field_trace(facts, self.subject)
        s = t.summary
        self.headline.setText(
            self.tr("%1: %2").replace("%1", t.title).replace("%2", self.texts.sentence(s))
        )
        self.context.setText(
            self.tr("Field of action, grown from %n cluster(s).", "", len(t.clusters))
            if t.clusters
            else self.tr("Field of action; no cluster of a board is linked to it yet.")
        )
        for cluster in t.clusters:
            self._cluster_item(cluster)
        if t.projects:
            group = self._group(self.tr("Projects in this field (%n)", "", len(t.projects)))
            agreed = trace.project_scores(facts, facts.agreed_weighting_id)
            for p in trace.field_projects(facts.projects, self.subject):
                score = agreed.get(p.id)
                text = p.title
                if score is not None:
                    text = (
                        self.tr("%1 — agreed weighting: %2")
                        .replace("%1", p.title)
                        .replace("%2", self.texts.score_text(score.utility, score))
                    )
                item = QTreeWidgetItem(group, [text])
                item.setToolTip(self.TEXT, text)
                item.setData(self.TEXT, Qt.ItemDataRole.UserRole, p.id)
        self.tree.expandAll()
        self.tree_columns.fit()

    def _show_project(self, facts: trace.TraceFacts) -> None:
        assert self.subject is not None
        t = trace.project_trace(facts, self.subject)
        s = t.summary
        self.headline.setText(
            self.tr("%1: %2")
            .replace("%1", t.title)
            .replace("%2", self.texts.sentence(s, with_projects=False))
        )
        origin = (
            self.tr("Project in the field of action “%1”.").replace("%1", t.field)
            if t.field
            else self.tr("Project without a field of action.")
        )
        if not t.clusters and not t.cards:
            origin += " " + self.tr("It was entered directly, not created from a board.")
        self.context.setText(origin)
        for cluster in t.clusters:
            self._cluster_item(cluster)
        if t.cards:
            group = self._group(self.tr("Grown from the card"))
            for idea in t.cards:
                item = self._card_item(group, idea)
                place = self.texts.place_text(idea.place)
                if place:
                    item.setText(self.TEXT, f"{idea.text}\n{place}")
                    item.setToolTip(self.TEXT, f"{idea.text}\n{place}")
        self.tree.expandAll()
        self.tree_columns.fit()
        for score in t.scores:
            name = score.weighting
            if score.agreed:
                name = self.tr("%1 (agreed)").replace("%1", name)
            utility = (
                QLocale().toString(score.utility, "f", 2) if score.utility is not None else "–"
            )
            item = QTreeWidgetItem(
                self.scores, [name, score.workshop, utility, self.texts.result_text(score)]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column in (0, 1, 3):
                item.setToolTip(column, item.text(column))
            if score.agreed:
                for column in range(4):
                    font = QFont(item.font(column))
                    font.setBold(True)
                    item.setFont(column, font)
        if not t.scores:
            QTreeWidgetItem(self.scores, [self.tr("Not scored in any weighting yet.")])
        self.score_columns.fit()
        # as tall as its rows (at least two), the rest of the room to the tree
        rows = max(2, self.scores.topLevelItemCount())
        row_height = self.scores.sizeHintForRow(0) if self.scores.topLevelItemCount() else 20
        self.scores.setMaximumHeight(
            self.scores.header().sizeHint().height()
            + (rows + 1) * max(row_height, self.fontMetrics().height() + 4)
            + 2 * self.scores.frameWidth()
        )

    def _show_summary(self, facts: trace.TraceFacts) -> None:
        rows = trace.summary(facts)
        self.summary_rows = [(f.title, s) for f, s in rows]
        self.total = TraceSummary.total(s for _f, s in rows)
        self.headline.setText(
            self.tr("The whole strategy: %1").replace("%1", self.texts.sentence(self.total))
        )
        self.context.setText(
            self.tr(
                "%n field(s) of action. Dots: from closed or revealed rounds; a second round "
                "on a shortlist adds nothing to the first round's.",
                "",
                len(rows),
            )
        )
        self.table.fill(self.summary_rows, self.total)

    def summary_cells(self) -> list[list[str]]:
        """The summary table as shown, row by row (the total last)."""
        return self.table.cells()


class TraceDialog(QDialog):
    """A window beside the main window showing one trace (not modal: the moderator can keep
    it open while working)."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traceDialog")
        self.setWindowTitle(self.tr("Where it came from"))
        self.view = TraceView(document, self)
        whole = QPushButton(self.tr("Whole strategy"), self)
        whole.setObjectName("traceWhole")
        whole.setToolTip(self.tr("The summary table of all fields of action"))
        whole.clicked.connect(self.view.show_summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(whole, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(980, 640)


def show_trace(
    document: ProjectDocument,
    owner: QWidget,
    *,
    field_id: int | None = None,
    project_id: int | None = None,
) -> TraceDialog:
    """Open (or bring forward) the trace window of `owner` showing a field or a project."""
    dialog = owner.findChild(TraceDialog, "traceDialog")
    if dialog is None:
        dialog = TraceDialog(document, owner)
        dialog.setWindowFlag(Qt.WindowType.Window, True)
    if field_id is not None:
        dialog.view.show_field(field_id)
    elif project_id is not None:
        dialog.view.show_project(project_id)
    else:
        dialog.view.show_summary()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
