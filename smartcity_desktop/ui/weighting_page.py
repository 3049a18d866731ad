"""One weighting's page (Nutzwertanalyse): its header, the weights entered by method, the
comparison matrix, the scores and the result.

Each entry is one undoable command, on disk at once; a finished weighting is read-only until it
is reopened. The list of weightings is `weighting_list.py` (re-exported here as
`WeightingsPage`), the setup dialog `weighting_setup.py`, the shared data `weighting_source.py`
and `weighting_scale.py`; each kind of entry has its own module (`weighting_pairs.py`,
`weighting_points.py`, `weighting_ranking_entry.py`, `weighting_matrix.py`,
`weighting_scores.py`, `weighting_weights.py`); the result view is `weighting_result.py`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain.model import WeightingMethod
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.weighting_list import WeightingsPage
from smartcity_desktop.ui.weighting_matrix import MatrixModel, MatrixPanel
from smartcity_desktop.ui.weighting_pairs import PairsEntry, PairsModel
from smartcity_desktop.ui.weighting_points import PointsEntry, PointsModel
from smartcity_desktop.ui.weighting_ranking_entry import RankingEntry, RankingModel
from smartcity_desktop.ui.weighting_scale import EVERYONE, method_label, state_label, who_label
from smartcity_desktop.ui.weighting_scores import ScoresModel
from smartcity_desktop.ui.weighting_scores_view import ScoresEntry
from smartcity_desktop.ui.weighting_setup import METHODS, WHO, WeightingSetupDialog, _fill, _select
from smartcity_desktop.ui.weighting_source import WeightingSource
from smartcity_desktop.ui.weighting_weights import RatersModel, WeightsModel, WeightsPanel
from smartcity_desktop.ui.widgets import CommitLineEdit

__all__ = ["WeightingPage", "WeightingsPage"]


# -- one weighting ------------------------------------------------------------------------------


class WeightingPage(QWidget):
    """One weighting: header (title, method, who judges and scores, finish/reopen, the rater),
    and the tabs Weights, Matrix (pairs only), Scores and Result."""

    navigate = Signal(object)

    WEIGHTS_TAB, MATRIX_TAB, SCORES_TAB, RESULT_TAB = range(4)

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        weighting_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.weighting_id = weighting_id
        self.source = WeightingSource(document, weighting_id, self)
        snap = self.source.snapshot
        self.workshop_id = snap.weighting.workshop_id if snap else 0
        self.rater: int | None = None
        # models, all over the one source
        self.pairs_model = PairsModel(self.source, self)
        self.points_model = PointsModel(self.source, self)
        self.ranking_model = RankingModel(self.source, self)
        self.matrix_model = MatrixModel(self.source, self)
        self.scores_model = ScoresModel(self.source, self)
        self.weights_model = WeightsModel(self.source, self)
        self.raters_model = RatersModel(self.source, self)
        self._build_header()
        self._build_tabs()
        self.message = QLabel(self)
        self.message.setObjectName("weightingMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #A0430A; font-weight: 600;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.source.changed.connect(self.refresh)
        self.source.message.connect(self.show_message)
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.title_edit = CommitLineEdit(self, validator=lambda text: bool(text.strip()))
        self.title_edit.setObjectName("weightingTitle")
        title_font = self.title_edit.font()
        title_font.setPointSizeF(16)
        title_font.setBold(True)
        self.title_edit.setFont(title_font)  # (a style sheet would be reset by show_value)
        self.title_edit.setFrame(False)
        self.title_edit.committed.connect(self.rename)
        self.summary = QLabel(self)
        self.summary.setObjectName("weightingSummary")
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("weightingMethod")
        _fill(self.method_combo, [(method_label(m), str(m)) for m in METHODS])
        self.judged_combo = QComboBox(self)
        self.judged_combo.setObjectName("weightingJudgedBy")
        _fill(self.judged_combo, [(who_label(w), w) for w in WHO])
        self.scored_combo = QComboBox(self)
        self.scored_combo.setObjectName("weightingScoredBy")
        _fill(self.scored_combo, [(who_label(w), w) for w in WHO])
        self.finish_button = QPushButton(self.tr("Finish"), self)
        self.finish_button.setObjectName("finishWeighting")
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.setObjectName("reopenWeighting")
        self.members_button = QPushButton(self.tr("Criteria and projects…"), self)
        self.members_button.setObjectName("weightingMembers")
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteWeighting")
        self.rater_label = QLabel(self.tr("Entering for"), self)
        self.rater_combo = QComboBox(self)
        self.rater_combo.setObjectName("raterCombo")
        self.rater_combo.setMinimumContentsLength(24)
        self.read_only_note = QLabel(self)
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(
            "background: #F1F3F5; padding: 6px; border-left: 4px solid #8A939B;"
        )
        # Below the title three rows, so the header is no wider than the tabs (in German too): the
        # summary with the actions on the right, the three settings, and whom entries are for.
        top_row = QHBoxLayout()
        top_row.addWidget(self.summary, 1)
        for button in (
            self.finish_button,
            self.reopen_button,
            self.members_button,
            self.delete_button,
        ):
            top_row.addWidget(button)
        settings = QHBoxLayout()
        for label, widget in (
            (self.tr("Method"), self.method_combo),
            (self.tr("Weights by"), self.judged_combo),
            (self.tr("Scores by"), self.scored_combo),
        ):
            if settings.count():
                settings.addSpacing(12)
            settings.addWidget(QLabel(label, self))
            settings.addWidget(widget)
        settings.addStretch(1)
        rater_row = QHBoxLayout()
        rater_row.addWidget(self.rater_label)
        rater_row.addWidget(self.rater_combo)
        rater_row.addStretch(1)
        self.header = QVBoxLayout()
        self.header.addWidget(self.title_edit)
        self.header.addLayout(top_row)
        self.header.addLayout(settings)
        self.header.addLayout(rater_row)
        self.method_combo.activated.connect(self._method_chosen)
        self.judged_combo.activated.connect(
            lambda _i: self._set({"judged_by": self.judged_combo.currentData()})
        )
        self.scored_combo.activated.connect(
            lambda _i: self._set({"scored_by": self.scored_combo.currentData()})
        )
        self.finish_button.clicked.connect(lambda: self._set({"state": "finished"}))
        self.reopen_button.clicked.connect(lambda: self._set({"state": "open"}))
        self.members_button.clicked.connect(self.edit_members)
        self.delete_button.clicked.connect(self.delete)
        self.rater_combo.currentIndexChanged.connect(self._rater_chosen)

    def _build_tabs(self) -> None:
        self.pairs_entry = PairsEntry(self.pairs_model, self)
        self.points_entry = PointsEntry(self.points_model, self)
        self.ranking_entry = RankingEntry(self.ranking_model, self)
        self.choose_rater = QLabel(
            self.tr(
                "Choose a participant under “Entering for” to enter their judgements. The "
                "table on the right shows the weights of the whole group."
            ),
            self,
        )
        self.choose_rater.setObjectName("chooseRater")
        self.choose_rater.setWordWrap(True)
        self.choose_rater.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry_stack = QStackedWidget(self)
        self.entry_stack.setObjectName("weightEntry")
        for widget in (self.pairs_entry, self.points_entry, self.ranking_entry, self.choose_rater):
            self.entry_stack.addWidget(widget)
        self.weights_panel = WeightsPanel(self.source, self.weights_model, self.raters_model, self)
        self.weights_panel.rater_picked.connect(self.set_rater)
        self.weights_panel.consistency.show_pair.connect(self.show_pair)
        weights_tab = QSplitter(Qt.Orientation.Horizontal, self)
        weights_tab.setObjectName("weightsTab")
        weights_tab.addWidget(self.entry_stack)
        weights_tab.addWidget(self.weights_panel)
        weights_tab.setStretchFactor(0, 2)
        weights_tab.setStretchFactor(1, 1)
        self.weights_panel.setMaximumWidth(560)
        weights_tab.setSizes([620, 440])
        self.matrix_panel = MatrixPanel(self.matrix_model, self)
        self.matrix_panel.pair_clicked.connect(self.show_pair)
        self.scores_entry = ScoresEntry(self.scores_model, self)
        self.result_tab = QWidget(self)
        self.result_tab.setObjectName("resultTab")
        result_layout = QVBoxLayout(self.result_tab)
        self.result_placeholder = QLabel(
            self.tr("The result (ranking, chart, sensitivity) is not available yet."),
            self.result_tab,
        )
        self.result_placeholder.setObjectName("resultPlaceholder")
        self.result_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        result_layout.addWidget(self.result_placeholder)
        self.result_view: QWidget | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("weightingTabs")
        self.tabs.addTab(weights_tab, self.tr("Weights"))
        self.tabs.addTab(self.matrix_panel, self.tr("Matrix"))
        self.tabs.addTab(self.scores_entry, self.tr("Scores"))
        self.tabs.addTab(self.result_tab, self.tr("Result"))
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        snap = self.source.snapshot
        if snap is None:
            self.title_edit.show_value(self.tr("(deleted)"))
            self.summary.setText(self.tr("This weighting no longer exists."))
            self.setEnabled(False)
            return
        self.setEnabled(True)
        w = snap.weighting
        self.title_edit.show_value(w.title)
        parts = [
            method_label(w.method),
            self.tr("%n criterion/criteria", "", len(snap.criteria)),
            self.tr("%n project(s)", "", len(snap.projects)),
            state_label(w.state),
        ]
        self.summary.setText(" · ".join(parts))
        _select(self.method_combo, w.method)
        _select(self.judged_combo, w.judged_by)
        _select(self.scored_combo, w.scored_by)
        finished = w.state == "finished"
        writable = not self.document.read_only
        self.finish_button.setVisible(not finished)
        self.reopen_button.setVisible(finished)
        for widget in (self.finish_button, self.reopen_button, self.delete_button):
            widget.setEnabled(writable)
        for widget in (self.method_combo, self.judged_combo, self.scored_combo):
            widget.setEnabled(not snap.read_only)
        self.members_button.setEnabled(not snap.read_only)
        self.title_edit.setReadOnly(snap.read_only)
        if finished:
            self.read_only_note.setText(
                self.tr("This weighting is finished. Reopen it to change judgements or scores.")
            )
        elif self.document.read_only:
            self.read_only_note.setText(self.tr("The project is open read-only."))
        self.read_only_note.setVisible(snap.read_only)
        self._fill_raters()
        self._show_entry()
        self.tabs.setTabVisible(self.MATRIX_TAB, snap.method.is_pairwise)

    def _fill_raters(self) -> None:
        snap = self.source.snapshot
        assert snap is not None
        per_participant = snap.judged_by_participants or snap.scored_by_participants
        self.rater_label.setVisible(per_participant)
        self.rater_combo.setVisible(per_participant)
        wanted = self.rater
        self.rater_combo.blockSignals(True)
        self.rater_combo.clear()
        if per_participant:
            self.rater_combo.addItem(self.tr("All participants (mean and range)"), EVERYONE)
            for row, person in enumerate(snap.people):
                status = self.raters_model.status(row)
                name = person.name if person.present else person.name + self.tr(" (not present)")
                self.rater_combo.addItem(f"{name}   {status}", person.id)
            if wanted is None or self.rater_combo.findData(wanted) < 0:
                wanted = snap.people[0].id if snap.people else EVERYONE
            self.rater_combo.setCurrentIndex(self.rater_combo.findData(wanted))
        else:
            wanted = None
        self.rater_combo.blockSignals(False)
        self._apply_rater(wanted)

    def _apply_rater(self, rater: int | None) -> None:
        self.rater = rater
        for model in (
            self.pairs_model,
            self.points_model,
            self.ranking_model,
            self.matrix_model,
            self.scores_model,
            self.weights_model,
            self.raters_model,
        ):
            model.set_rater(rater)
        snap = self.source.snapshot
        if snap is not None:
            self.weights_panel.refresh(snap, snap.judge(rater))
            self.pairs_entry.refresh()
            self.scores_entry.refresh()

    def _show_entry(self) -> None:
        snap = self.source.snapshot
        assert snap is not None
        if snap.judged_by_participants and self.rater == EVERYONE:
            widget: QWidget = self.choose_rater
            self.choose_rater.setText(
                self.tr(
                    "Choose a participant under “Entering for” to enter their judgements. The "
                    "table on the right shows the weights of the whole group."
                )
                if snap.people
                else self.tr(
                    "Nobody is marked present at this workshop yet. Mark who came on the "
                    "workshop's page; then each of them can enter their judgements here."
                )
            )
        elif snap.method.is_pairwise:
            widget = self.pairs_entry
        elif snap.method == WeightingMethod.POINTS:
            widget = self.points_entry
        else:
            widget = self.ranking_entry
        self.entry_stack.setCurrentWidget(widget)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _tab_changed(self, index: int) -> None:
        if index == self.RESULT_TAB:
            self.ensure_result()

    def ensure_result(self) -> QWidget | None:
        """The result view, made the first time the Result tab is shown; a placeholder says so
        while `weighting_result.py` is not there."""
        if self.result_view is not None:
            return self.result_view
        try:
            from smartcity_desktop.ui.weighting_result import WeightingResultView
        except ModuleNotFoundError as error:
            if error.name != "smartcity_desktop.ui.weighting_result":
                raise
            return None
        self.result_view = WeightingResultView(
            self.document, self.dialogs, self.weighting_id, self.result_tab
        )
        self.result_placeholder.hide()
        layout = self.result_tab.layout()
        assert layout is not None
        layout.addWidget(self.result_view)
        self.result_view.show()
        return self.result_view

    # -- changing ------------------------------------------------------------------------------

    def set_rater(self, rater: int) -> None:
        index = self.rater_combo.findData(rater)
        if index >= 0:
            self.rater_combo.setCurrentIndex(index)

    def _rater_chosen(self, _index: int) -> None:
        self._apply_rater(self.rater_combo.currentData())
        if self.source.snapshot is not None:
            self._show_entry()

    def show_pair(self, first_id: int, second_id: int) -> None:
        """Go to a pair's row in the Weights tab (from the matrix or the consistency panel)."""
        row = self.pairs_model.row_of(first_id, second_id)
        if row < 0:
            return
        self.tabs.setCurrentIndex(self.WEIGHTS_TAB)
        self.pairs_entry.view.select_row(row)
        self.pairs_entry.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set(self, values: dict[str, object]) -> bool:
        ok = self.source.run(wops.edit_weighting, values)
        if not ok:
            self.refresh()  # put the combo boxes back
        return ok

    def rename(self, title: str) -> None:
        self._set({"title": title})

    def _method_chosen(self, _index: int) -> None:
        method = self.method_combo.currentData()
        snap = self.source.snapshot
        if snap is None or method == snap.weighting.method:
            return
        entered = len(snap.judgements)
        if entered and not self.dialogs.confirm(
            self.tr("Change the method"),
            self.tr(
                "The %n judgement(s) entered with “%1” are dropped: points, ranks and pairs "
                "can't be read as one another. Undo brings them back.",
                "",
                entered,
            ).replace("%1", method_label(snap.weighting.method)),
            self.tr("Change the method"),
        ):
            self.refresh()
            return
        self._set({"method": method})

    def edit_members(self) -> bool:
        """Choose the criteria and projects again (one undo step); judgements and scores of
        criteria or projects taken out go with them, after a question."""
        snap = self.source.snapshot
        if snap is None:
            return False
        dialog = WeightingSetupDialog(self.document, self, weighting_id=self.weighting_id)
        try:
            if not self.dialogs.run(dialog):
                return False
            values = dialog.values()
        finally:
            dialog.deleteLater()
        criteria: list[int] = values["criterion_ids"]  # type: ignore[assignment]
        projects: list[int] = values["project_ids"]  # type: ignore[assignment]
        gone_c = set(snap.weighting.criterion_ids) - set(criteria)
        gone_p = set(snap.weighting.project_ids) - set(projects)
        lost = sum(
            1
            for j in snap.judgements
            if j.criterion_id in gone_c or (j.other_id is not None and j.other_id in gone_c)
        ) + sum(1 for s in snap.scores if s.criterion_id in gone_c or s.project_id in gone_p)
        if lost and not self.dialogs.confirm(
            self.tr("Criteria and projects"),
            self.tr(
                "%n entered judgement(s) or score(s) of the criteria and projects taken out "
                "are removed with them. Undo brings them back.",
                "",
                lost,
            ),
            self.tr("Remove"),
        ):
            return False
        change_criteria = criteria != list(snap.weighting.criterion_ids)
        change_projects = projects != list(snap.weighting.project_ids)
        if not (change_criteria and change_projects):
            if change_criteria:
                return self.source.run(wops.set_weighting_criteria, criteria)
            return self.source.run(wops.set_weighting_projects, projects)
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Choose the criteria and projects"))  # one step for both
        try:
            ok = self.source.run(wops.set_weighting_criteria, criteria)
            ok = ok and self.source.run(wops.set_weighting_projects, projects)
        finally:
            stack.endMacro()
        return ok

    def delete(self) -> bool:
        snap = self.source.snapshot
        if snap is None or not self.dialogs.confirm(
            self.tr("Delete weighting"),
            self.tr(
                "Delete the weighting “%1” with all its judgements and scores? You can undo this."
            ).replace("%1", snap.weighting.title),
            self.tr("Delete"),
        ):
            return False
        workshop_id = self.workshop_id
        if not self.source.run(wops.delete_weighting):
            return False
        self.navigate.emit(Node("weightings", 0, workshop_id))
        return True
