"""The result of a weighting: ranking, stacked bar chart, sensitivity as sentences, and a
what-if slider for one criterion's weight.

A view only: it re-reads the result from the document whenever the weighting, the criteria or
the projects change, and the what-if never touches the file (it recomputes the utilities of
the ranked projects in O(projects × criteria) with `evaluation.whatif` on each slider step).
"""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wo
from smartcity_desktop.domain import evaluation
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.weighting_chart import (
    ChartBar,
    ContributionChart,
    CriterionLegend,
    LegendEntry,
    chart_font,
)
from smartcity_desktop.ui.weighting_ranking import RankingModel, RankRow
from smartcity_desktop.ui.weighting_sentences import WeightingSentences

SLIDER_STEPS = 1000  # the what-if slider counts tenths of a percent; an arrow key moves 1 point


class WeightingResultView(QWidget):
    """Ranking, chart, sentences and what-if of one weighting (the weighting page's Result tab)."""

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        weighting_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weightingResult")
        self.document = document
        self.dialogs = dialogs
        self.weighting_id = weighting_id
        self.texts = WeightingSentences(self)
        self.evaluation: evaluation.Evaluation | None = None
        self.whatif: tuple[int, float] | None = None  # criterion index, weight (0–1)
        self._matrix: list[list[float]] = []
        self._syncing = False
        self._rank_width = 0
        self._build()
        for signal in (
            document.weightings_changed,
            document.criteria_changed,
            document.projects_changed,
            document.fields_changed,
        ):
            signal.connect(self._changed)
        self._stale = False
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _label(self, name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        font = chart_font(self.font(), scale)
        font.setBold(bold)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build(self) -> None:
        self.summary = self._label("resultSummary", 1.1, bold=True)
        # two lines always, so the page does not jump while a what-if headline grows and shrinks
        self.summary.setMinimumHeight(2 * self.summary.fontMetrics().lineSpacing() + 4)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.counts = self._label("resultCounts", 0.8)
        self.message = self._label("resultIncomplete", 1.0)
        self.whatif_bar = self._build_whatif()
        self.model = RankingModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("rankingTable")
        self.table.setModel(self.model)
        self.table.setFont(chart_font(self.font(), 0.85))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            round(self.table.fontMetrics().height() * 1.7)
        )
        # Widths are set when the rows are replaced, never per what-if step: ResizeToContents
        # would ask every row for its size hint on each step (O(rows) per frame).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RankingModel.PROJECT, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self._fit_columns)
        self.not_ranked = self._label("notRanked", 0.8)
        self.sensitivity_heading = self._label("sensitivityHeading", 0.95, bold=True)
        self.sensitivity_heading.setText(self.tr("How stable is first place?"))
        self.sensitivity = self._label("sensitivityText", 0.85)
        self.sensitivity.setTextFormat(Qt.TextFormat.RichText)
        self.sensitivity.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend = CriterionLegend(self)
        self.chart = ContributionChart(self)
        chart_scroll = QScrollArea(self)
        chart_scroll.setObjectName("chartScroll")
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        chart_scroll.setWidget(self.chart)
        chart_scroll.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart_scroll = chart_scroll

        self.not_ranked.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes_scroll = QScrollArea(self)
        self.notes_scroll.setObjectName("notRankedScroll")
        self.notes_scroll.setWidgetResizable(True)
        self.notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_scroll.setWidget(self.not_ranked)
        ranking = QSplitter(Qt.Orientation.Vertical, self)
        ranking.setChildrenCollapsible(False)
        ranking.addWidget(self.table)
        ranking.addWidget(self.notes_scroll)
        self.ranking_split = ranking
        words = QWidget(self)
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(8, 0, 8, 0)
        words_layout.addWidget(self.sensitivity_heading)
        words_layout.addWidget(self.sensitivity, 1)
        words_scroll = QScrollArea(self)
        words_scroll.setObjectName("sensitivityScroll")
        words_scroll.setWidgetResizable(True)
        words_scroll.setFrameShape(QFrame.Shape.NoFrame)
        words_scroll.setWidget(words)
        self.lower = QSplitter(Qt.Orientation.Horizontal, self)
        self.lower.addWidget(ranking)
        self.lower.addWidget(words_scroll)
        self.lower.setStretchFactor(0, 1)
        self.lower.setStretchFactor(1, 1)
        chart_box = QWidget(self)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(0)
        chart_layout.addWidget(self.legend)
        chart_layout.addWidget(chart_scroll, 1)
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.setObjectName("resultBody")
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(chart_box)
        self.body.addWidget(self.lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        layout.addWidget(self.message)
        layout.addWidget(self.whatif_bar)
        layout.addWidget(self.body, 1)
        self._balanced_for: tuple[int, ...] | None = None

    def _balance(self) -> None:
        """Give the chart the room its bars need (up to 65 %), the rest to table and sentences."""
        key = (
            len(self.chart.bars),
            self.body.height(),
            self.body.width(),
            self.legend.height(),
            self.not_ranked.text().count("\n") if self.notes_scroll.isVisibleTo(self) else -1,
        )
        if key == self._balanced_for or self.body.height() <= 0 or not self.isVisible():
            return
        self._balanced_for = key
        total = sum(self.body.sizes()) or self.body.height()
        wanted = self.legend.height() + self.chart.height() + 4
        top = max(min(wanted, int(total * 0.65)), int(total * 0.3))
        self.body.setSizes([top, total - top])
        width = sum(self.lower.sizes()) or self.lower.width()
        self.lower.setSizes([width // 2, width - width // 2])
        self._balance_notes()

    def _balance_notes(self) -> None:
        """The table gets the room; the notes below it what they need, at most 40 %."""
        total = sum(self.ranking_split.sizes()) or self.ranking_split.height()
        if total <= 0:
            return
        if not self.table.isVisibleTo(self):
            self.ranking_split.setSizes([0, total])
            return
        if not self.notes_scroll.isVisibleTo(self):
            self.ranking_split.setSizes([total, 0])
            return
        width = max(self.ranking_split.width() - 20, 100)
        wanted = self.not_ranked.heightForWidth(width) + 8
        notes = min(wanted, int(total * 0.4))
        self.ranking_split.setSizes([total - notes, notes])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._balance()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self._balance()

    def _fit_columns(self) -> None:
        """Column widths for the rows as they are (after a reset)."""
        self._rank_width = 0
        self._fit_rank_column()
        metrics = self.table.fontMetrics()
        pad = 2 * metrics.averageCharWidth() + 8
        header = self.table.horizontalHeader()
        for column, sample in (
            (RankingModel.UTILITY, self.texts.utility(10.0)),
            (RankingModel.MOVE, "↓888"),
        ):
            title = self.model.headerData(
                column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
            )
            header.resizeSection(
                column, max(metrics.horizontalAdvance(t) for t in (sample, title)) + pad
            )
        self.table.resizeColumnToContents(RankingModel.FIELD)

    def _fit_rank_column(self) -> None:
        """The rank column grows when a what-if brings a shared rank, and never shrinks during
        one, so the table does not twitch while the slider moves."""
        metrics = self.table.fontMetrics()
        texts = {r.rank for r in self.model.rows} | {self.model.headers()[RankingModel.RANK]}
        width = (
            max(metrics.horizontalAdvance(t) for t in texts) + 2 * metrics.averageCharWidth() + 8
        )
        if width > self._rank_width:
            self._rank_width = width
            self.table.horizontalHeader().resizeSection(RankingModel.RANK, width)

    def _build_whatif(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("whatifBar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        font = chart_font(self.font(), 0.85)
        self.criterion_combo = QComboBox(bar)
        self.criterion_combo.setObjectName("whatifCriterion")
        self.criterion_combo.setFont(font)
        self.criterion_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.slider = QSlider(Qt.Orientation.Horizontal, bar)
        self.slider.setObjectName("whatifSlider")
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setSingleStep(SLIDER_STEPS // 100)  # one percentage point per arrow key
        self.slider.setPageStep(SLIDER_STEPS // 10)
        self.slider.setMinimumWidth(220)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.setAccessibleName(self.tr("What-if weight of the chosen criterion"))
        self.slider_value = QLabel(bar)
        self.slider_value.setObjectName("whatifValue")
        self.slider_value.setFont(font)
        widest = (
            self.tr("%1 (saved: %2)").replace("%1", "100,0\u00a0%").replace("%2", "100,0\u00a0%")
        )
        self.slider_value.setMinimumWidth(
            self.slider_value.fontMetrics().horizontalAdvance(widest) + 8
        )
        self.reset_button = QPushButton(self.tr("Reset"), bar)
        self.reset_button.setObjectName("whatifReset")
        self.reset_button.setFont(font)
        self.whatif_note = QLabel(self.tr("what-if — not saved"), bar)
        self.whatif_note.setObjectName("whatifNote")
        self.whatif_note.setFont(font)
        self.whatif_note.setStyleSheet("color: #5A5A5A; font-style: italic;")
        title = QLabel(self.tr("What-if"), bar)
        title.setFont(font)
        title.setBuddy(self.criterion_combo)
        # two rows, so a running what-if (its note shown) does not widen the page
        first = QHBoxLayout()
        first.addWidget(title)
        first.addWidget(self.criterion_combo)
        first.addStretch(1)
        first.addWidget(self.whatif_note)
        first.addWidget(self.reset_button)
        second = QHBoxLayout()
        second.addWidget(self.slider, 1)
        second.addWidget(self.slider_value)
        layout = QVBoxLayout(bar)
        layout.addLayout(first)
        layout.addLayout(second)
        self.criterion_combo.currentIndexChanged.connect(self._criterion_chosen)
        self.slider.valueChanged.connect(self._slider_moved)
        self.reset_button.clicked.connect(self.reset_whatif)
        return bar

    # -- reading the document ------------------------------------------------------------------

    def _changed(self) -> None:
        """A change in the file: re-read now if shown, else when shown again (a hidden Result
        tab need not recompute while scores are typed in the tab beside it)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Re-read the result from the document; a running what-if is kept if it still fits."""
        self._stale = False
        try:
            ev = wo.evaluate(self.document, self.weighting_id)
        except KeyError:
            return  # the weighting was deleted: the page goes away
        self.evaluation = ev
        self._matrix = ev.score_matrix
        self._fields = {f.id: f.title for f in self.document.fields_of_action()}
        message = self.texts.incomplete(ev)
        self.message.setText(message or "")
        self.message.setVisible(message is not None)
        has_ranking = bool(ev.ranked)
        self.summary.setVisible(has_ranking)
        self.counts.setText(self.texts.counts(ev) if ev.weights.complete and ev.projects else "")
        self.counts.setVisible(bool(self.counts.text()))
        self.body.setVisible(has_ranking or bool(self.texts.not_ranked(ev)))
        self.whatif_bar.setVisible(has_ranking and len(ev.criteria) > 1)
        self.chart_scroll.setVisible(has_ranking)
        self.legend.setVisible(has_ranking)
        self.table.setVisible(has_ranking)
        self._show_not_ranked(ev)
        self._show_sensitivity(ev)
        self._fill_criteria(ev)
        self._apply()

    def _show_not_ranked(self, ev: evaluation.Evaluation) -> None:
        lines = self.texts.not_ranked(ev)
        shared = self.texts.shared_ranks(ev)
        parts = []
        if shared:
            parts.append("\n".join(shared))
        if lines:
            parts.append(self.tr("Not ranked:") + "\n" + "\n".join(f"• {line}" for line in lines))
        self.not_ranked.setText("\n\n".join(parts))
        self.notes_scroll.setVisible(bool(parts))

    def _show_sensitivity(self, ev: evaluation.Evaluation) -> None:
        head, lines = self.texts.sensitivity(ev)
        self.sentences = head + [t for line in lines for t in (line.interval, line.margin) if t]
        parts = [f"<p><b>{html.escape(h)}</b></p>" for h in head]
        if lines:
            items = []
            for line in lines:
                item = html.escape(line.interval)
                if line.margin:
                    item += f"<br><span style='color:#4A4A4A'>{html.escape(line.margin)}</span>"
                items.append(f"<li style='margin-bottom:8px'>{item}</li>")
            # numbered as in the chart's legend
            parts.append("<ol style='margin-left:-12px'>" + "".join(items) + "</ol>")
        self.sensitivity.setText("".join(parts))
        visible = bool(parts)
        self.sensitivity.setVisible(visible)
        self.sensitivity_heading.setVisible(visible)

    def _fill_criteria(self, ev: evaluation.Evaluation) -> None:
        """The what-if's criteria; the chosen one (and a running what-if) survives a refresh."""
        chosen = self.criterion_combo.currentData()
        ids = [c.id for c in ev.criteria]
        same = [self.criterion_combo.itemData(i) for i in range(self.criterion_combo.count())]
        self._syncing = True
        try:
            if same != ids:
                self.criterion_combo.clear()
                for c in ev.criteria:
                    self.criterion_combo.addItem(c.name, c.id)
            else:
                for i, c in enumerate(ev.criteria):
                    self.criterion_combo.setItemText(i, c.name)
            index = ids.index(chosen) if chosen in ids else (0 if ids else -1)
            self.criterion_combo.setCurrentIndex(index)
        finally:
            self._syncing = False
        if self.whatif is not None and (
            chosen not in ids or ev.weights.weights is None or not ev.ranked
        ):
            self.whatif = None
        if self.whatif is not None:
            self.whatif = (ids.index(chosen), self.whatif[1])
        self._place_slider()

    # -- what-if -------------------------------------------------------------------------------

    def _saved_weight(self, k: int) -> float:
        ev = self.evaluation
        if ev is None or ev.weights.weights is None or not 0 <= k < len(ev.weights.weights):
            return 0.0
        return ev.weights.weights[k]

    def _place_slider(self) -> None:
        k = self.criterion_combo.currentIndex()
        weight = self.whatif[1] if self.whatif is not None else self._saved_weight(k)
        self._syncing = True
        try:
            self.slider.setValue(round(weight * SLIDER_STEPS))
        finally:
            self._syncing = False
        self._show_slider_value()

    def _show_slider_value(self) -> None:
        k = self.criterion_combo.currentIndex()
        saved = self._saved_weight(k)
        if self.whatif is None:
            text = self.tr("%1 (saved)").replace("%1", self.texts.percent(saved))
        else:
            text = (
                self.tr("%1 (saved: %2)")
                .replace("%1", self.texts.percent(self.whatif[1]))
                .replace("%2", self.texts.percent(saved))
            )
        self.slider_value.setText(text)
        self.reset_button.setEnabled(self.whatif is not None)
        self.whatif_note.setVisible(self.whatif is not None)

    def _criterion_chosen(self, _index: int) -> None:
        if self._syncing:
            return
        self.whatif = None  # one weight at a time: a new criterion starts from the saved result
        self._place_slider()
        self._apply()

    def _slider_moved(self, value: int) -> None:
        if self._syncing:
            return
        k = self.criterion_combo.currentIndex()
        if k < 0 or self.evaluation is None or not self.evaluation.ranked:
            return
        home = round(self._saved_weight(k) * SLIDER_STEPS)
        self.whatif = None if value == home else (k, value / SLIDER_STEPS)
        self._show_slider_value()
        self._apply()

    def set_whatif(self, criterion: int, weight: float) -> None:
        """Show the result with `criterion`'s weight at `weight` (0–1), as the slider does."""
        self.criterion_combo.setCurrentIndex(criterion)
        self.slider.setValue(round(weight * SLIDER_STEPS))

    def reset_whatif(self) -> None:
        self.whatif = None
        self._place_slider()
        self._apply()

    # -- showing -------------------------------------------------------------------------------

    def _apply(self) -> None:
        """Show the saved result, or the what-if one: table, chart, legend, headline."""
        ev = self.evaluation
        if ev is None or not ev.ranked or ev.weights.weights is None:
            self.model.set_rows([])
            self.chart.set_bars([])
            self.legend.set_entries([])
            self.table.setColumnHidden(RankingModel.MOVE, True)
            return
        saved_weights = ev.weights.weights
        saved_ranks = [ev.outcomes[i].rank or 0 for i in ev.ranked]
        if self.whatif is not None:
            k, t = self.whatif
            weights, utilities, ranks = evaluation.whatif(ev, k, t)
        else:
            weights = saved_weights
            utilities = [ev.outcomes[i].utility or 0.0 for i in ev.ranked]
            ranks = saved_ranks
        order = sorted(range(len(ranks)), key=lambda m: (ranks[m], m))
        held = Counter(ranks)
        rows, bars = [], []
        for m in order:
            outcome_index = ev.ranked[m]
            project = ev.projects[outcome_index]
            rank = self.texts.rank_text(ranks[m], held[ranks[m]] > 1)
            move = "" if self.whatif is None else self.texts.move_text(saved_ranks[m] - ranks[m])
            leader = ranks[m] == 1
            field = self._fields.get(project.field_id, "—") if project.field_id else "—"
            rows.append(
                RankRow(
                    project.id,
                    rank,
                    project.title,
                    self.texts.utility(utilities[m]),
                    field,
                    move,
                    leader,
                )
            )
            bars.append(
                ChartBar(
                    project.id,
                    project.title,
                    rank,
                    move,
                    utilities[m],
                    weights,
                    self._matrix[m],
                    leader,
                )
            )
        self.model.set_rows(rows)
        self._fit_rank_column()
        self.table.setColumnHidden(RankingModel.MOVE, self.whatif is None)
        self.chart.set_bars(bars, [c.name for c in ev.criteria])
        self._balance()
        self.legend.set_entries(self._legend(ev, weights, saved_weights))
        titles = [ev.projects[i].title for i in ev.ranked]
        if self.whatif is None:
            self.summary.setText(self.texts.summary(ev, titles, utilities, ranks))
        else:
            k, t = self.whatif
            saved_leader = ev.projects[ev.ranked[0]].title
            self.summary.setText(
                self.texts.whatif_summary(
                    ev.criteria[k].name, t, titles, utilities, ranks, saved_leader
                )
            )

    def _legend(
        self,
        ev: evaluation.Evaluation,
        weights: tuple[float, ...],
        saved: tuple[float, ...],
    ) -> list[LegendEntry]:
        entries = []
        for j, criterion in enumerate(ev.criteria):
            text = self.texts.percent(saved[j])
            changed = self.whatif is not None and abs(weights[j] - saved[j]) > 1e-12
            if changed:
                text += " → " + self.texts.percent(weights[j])
            entries.append(LegendEntry(j, criterion.name, text, changed))
        return entries

    # -- for tests and the presenter -----------------------------------------------------------

    def shown_ranking(self) -> list[tuple[str, str, str, str, str]]:
        """The ranking table as shown: (rank, project, utility, field, what-if move)."""
        return [(r.rank, r.title, r.utility, r.field, r.move) for r in self.model.rows]
