"""The content views the projector shows, one per `PresentKind`, made by `build_view`.

Each view reads from the document and refreshes itself on the document's signals; none ever
changes the document. Type is large (theme.font_scale), colours high contrast (theme.background
and theme.foreground), and colour never carries meaning alone. No view shows participant names.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.document.document import ProjectDocument
from smartcity_desktop.domain.minutes import long_date
from smartcity_desktop.ui import presenter_style as style
from smartcity_desktop.ui.presenter_board import BoardView
from smartcity_desktop.ui.presenter_spec import PresenterTheme, PresentKind, PresentSpec
from smartcity_desktop.ui.presenter_timer import PresenterTimer, TimerControl, TimerView
from smartcity_desktop.ui.presenter_voting import VotingView
from smartcity_desktop.ui.weighting_chart import (
    ChartBar,
    ChartColours,
    ContributionChart,
    CriterionLegend,
    LegendEntry,
)
from smartcity_desktop.ui.weighting_sentences import WeightingSentences

__all__ = [
    "BlackView",
    "BoardView",
    "PresenterTimer",
    "TimerControl",
    "TimerView",
    "TitleView",
    "VotingView",
    "WeightingView",
    "build_view",
    "label_texts",
]


CHART_POINTS = 6.4  # the weighting chart's base type at font scale 1 (it enlarges it by 1.35)


def app_language() -> str:
    """ "de" when the app speaks German, else "en" (for dates written out)."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def label_texts(widget: QWidget) -> list[str]:
    """The visible texts of a view's labels (for `texts()`)."""
    return [
        child.text()
        for child in widget.findChildren(QLabel)
        if child.isVisibleTo(widget) and child.text()
    ]


class BlackView(QWidget):
    """Plain black: a pause for the room's eyes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterBlack")
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#000000"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.BlankCursor)

    def texts(self) -> list[str]:
        return []


class TitleView(QWidget):
    """Workshop, strategy and city, date."""

    def __init__(
        self,
        document: ProjectDocument,
        workshop_id: int,
        theme: PresenterTheme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presenterTitle")
        self.document = document
        self.workshop_id = workshop_id
        style.apply_theme(self, theme)
        self.workshop = style.label(self, theme, 2.4, bold=True, name="titleWorkshop")
        self.strategy = style.label(self, theme, 1.3, name="titleStrategy")
        self.city = style.label(self, theme, 1.3, name="titleCity", colour=style.muted(theme))
        self.date = style.label(self, theme, 1.3, bold=True, name="titleDate")
        rule = QFrame(self)
        rule.setFixedHeight(max(int(4 * theme.font_scale), 2))
        rule.setStyleSheet(f"background: {'#56B4E9' if theme.dark else '#0072B2'};")
        layout = QVBoxLayout(self)
        margin = style.pixels(theme, 3)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(style.pixels(theme, 0.7))
        layout.addStretch(2)
        layout.addWidget(self.workshop)
        layout.addWidget(rule)
        layout.addWidget(self.strategy)
        layout.addWidget(self.city)
        layout.addWidget(self.date)
        layout.addStretch(3)
        document.workshop_changed.connect(self._workshop_changed)
        document.strategy_changed.connect(self.refresh)
        self.refresh()

    def _workshop_changed(self, workshop_id: int) -> None:
        if workshop_id == self.workshop_id:
            self.refresh()

    def refresh(self) -> None:
        strategy = self.document.strategy()
        try:
            workshop = self.document.workshop(self.workshop_id)
        except KeyError:
            workshop = None
        self.workshop.setText(workshop.title if workshop else strategy.title)
        self.strategy.setText(strategy.title if workshop else "")
        self.city.setText(strategy.city)
        self.date.setText(long_date(workshop.date, app_language()) if workshop else "")
        for label in (self.strategy, self.city, self.date):
            label.setVisible(bool(label.text()))

    def texts(self) -> list[str]:
        return label_texts(self)


class NoToolTips(QObject):
    """An event filter that drops tooltip requests: nobody hovers the projector, and a stray
    mouse there must not put a box over the chart."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.ToolTip


class WeightingView(QWidget):
    """A weighting's ranking (rank, project, utility, with ties named) and its sensitivity.

    The chart shows as many of the best projects as fit the screen's height and names how many
    more there are in a line below it: no row is ever cut off.
    """

    def __init__(
        self,
        document: ProjectDocument,
        weighting_id: int,
        theme: PresenterTheme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presenterWeighting")
        self.document = document
        self.weighting_id = weighting_id
        self.theme = theme
        self.sentences = WeightingSentences(self)
        style.apply_theme(self, theme)
        self.title = style.label(self, theme, 1.2, bold=True, name="weightingTitle")
        self.summary = style.label(self, theme, 0.85, bold=True, name="weightingSummary")
        # the chart and legend size their type from the font they are made with (in points)
        self.chart_box = QWidget(self)
        chart_font = QFont()
        chart_font.setPointSizeF(CHART_POINTS * theme.font_scale)
        self.chart_box.setFont(chart_font)
        self.chart = ContributionChart(self.chart_box)
        self.legend = CriterionLegend(self.chart_box)
        colours = (
            ChartColours.dark(theme.background, theme.foreground)
            if theme.dark
            else ChartColours(background=QColor(theme.background), ink=QColor(theme.foreground))
        )
        self.chart.set_colours(colours)
        self.legend.set_colours(colours)
        self._no_tooltips = NoToolTips(self)
        self.chart.installEventFilter(self._no_tooltips)
        self.legend.installEventFilter(self._no_tooltips)
        self.more = style.label(
            self.chart_box, theme, 0.75, name="weightingMore", colour=style.muted(theme)
        )
        self.more.hide()
        box = QVBoxLayout(self.chart_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)  # the chart and the legend have their own padding
        box.addWidget(self.chart)
        box.addWidget(self.more)
        box.addWidget(self.legend)
        self._bars: list[ChartBar] = []  # every ranked project, best first
        self._ranks: list[int] = []  # their ranks
        self._criteria: list[str] = []
        self._tie_lines: list[tuple[int, str]] = []  # (rank, "Rank 2 (shared): A, B")
        self.ties = style.label(self, theme, 0.75, name="weightingTies")
        self.not_ranked = style.label(
            self, theme, 0.7, name="weightingNotRanked", colour=style.muted(theme)
        )
        self.sensitivity = style.label(self, theme, 0.75, name="weightingSensitivity")
        layout = QVBoxLayout(self)
        margin = style.pixels(theme, 0.7)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(style.pixels(theme, 0.3))
        for widget in (self.title, self.summary, self.chart_box, self.ties):
            layout.addWidget(widget)
        layout.addWidget(self.sensitivity)
        layout.addWidget(self.not_ranked)
        layout.addStretch(1)
        document.weightings_changed.connect(self.refresh)
        document.criteria_changed.connect(self.refresh)
        document.projects_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            ev = wops.evaluate(self.document, self.weighting_id)
        except KeyError:
            self.title.setText(self.tr("This weighting was deleted."))
            self._bars = []
            for widget in (self.summary, self.chart, self.legend, self.ties, self.sensitivity):
                widget.hide()
            self.not_ranked.hide()
            self.more.hide()
            return
        texts = self.sentences
        self.title.setText(ev.weighting.title)
        missing = texts.incomplete(ev)
        weights = ev.weights.weights
        if missing is not None or weights is None:
            self.summary.setText(missing or "")
            self._bars = []
            self.chart.set_bars([])
            self.legend.set_entries([])
            for widget in (self.chart, self.legend, self.ties, self.sensitivity, self.more):
                widget.hide()
            self.not_ranked.setText("\n".join(texts.not_ranked(ev)))
            self.not_ranked.setVisible(bool(self.not_ranked.text()))
            return
        ranks = [ev.outcomes[i].rank or 0 for i in ev.ranked]
        utilities = [ev.outcomes[i].utility or 0.0 for i in ev.ranked]
        titles = [ev.projects[i].title for i in ev.ranked]
        held = Counter(ranks)
        order = sorted(range(len(ranks)), key=lambda m: (ranks[m], m))
        bars = [
            ChartBar(
                ev.projects[ev.ranked[m]].id,
                titles[m],
                texts.rank_text(ranks[m], held[ranks[m]] > 1),
                "",
                utilities[m],
                weights,
                [s or 0.0 for s in ev.outcomes[ev.ranked[m]].scores],
                ranks[m] == 1,
            )
            for m in order
        ]
        self.summary.setText(texts.summary(ev, titles, utilities, ranks))
        self._bars = bars
        self._ranks = [ranks[m] for m in order]
        self._criteria = [c.name for c in ev.criteria]
        self.legend.set_entries(
            [LegendEntry(j, c.name, texts.percent(weights[j])) for j, c in enumerate(ev.criteria)]
        )
        # shared_ranks() gives one line per shared rank, in the order of the ranks
        self._tie_lines = list(zip(sorted(ev.ties), texts.shared_ranks(ev), strict=True))
        head, _lines = texts.sensitivity(ev)
        self.sensitivity.setText("\n".join(head))
        self.not_ranked.setText("\n".join(texts.not_ranked(ev)))
        self.chart.show()
        self.legend.show()
        for label in (self.summary, self.sensitivity, self.not_ranked):
            label.setVisible(bool(label.text()))
        self._fit()

    # -- as many rows as fit ---------------------------------------------------------------------

    def more_text(self, n: int) -> str:
        return self.tr("… and %n more project(s)", "", n)

    def _show_rows(self, n: int) -> None:
        """The best `n` projects in the chart, the ties among them, and the "more" line."""
        shown = self._bars[:n]
        self.chart.set_bars(shown, self._criteria)
        ranks = set(self._ranks[:n])
        self.ties.setText("\n".join(line for rank, line in self._tie_lines if rank in ranks))
        self.ties.setVisible(bool(self.ties.text()))
        rest = len(self._bars) - len(shown)
        self.more.setText(self.more_text(rest) if rest else "")
        self.more.setVisible(bool(rest))

    def _height_needed(self) -> int:
        """The height the layout asks for with what is set now (at the view's width)."""
        layout = self.layout()
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        box = self.chart_box.layout()
        inner = [self.chart.sizeHint().height(), self.legend.heightForWidth(width)]
        if not self.more.isHidden():
            inner.append(self.more.heightForWidth(width))
        heights = [sum(inner) + box.spacing() * (len(inner) - 1)]
        for label in (self.title, self.summary, self.ties, self.sensitivity, self.not_ranked):
            if not label.isHidden():
                heights.append(label.heightForWidth(width))
        spacing = layout.spacing() * (len(heights) - 1)  # none next to the closing stretch
        return margins.top() + margins.bottom() + sum(heights) + spacing

    def _fit(self) -> None:
        """Show the most rows whose chart, with everything around it, fits the height (one
        row at least)."""
        if not self._bars:
            return
        for n in range(len(self._bars), 0, -1):
            self._show_rows(n)
            if self._height_needed() <= self.height():
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def texts(self) -> list[str]:
        shown = label_texts(self)
        shown += [t for b in self.chart.bars for t in (b.rank, b.title)]
        shown += [f"{e.name} {e.weight}" for e in self.legend.entries]
        return shown


def build_view(
    document: ProjectDocument,
    spec: PresentSpec,
    theme: PresenterTheme,
    timer: PresenterTimer,
    parent: QWidget | None = None,
) -> QWidget:
    """The widget that shows `spec` on the projector."""
    kind = PresentKind(spec.kind)
    if kind is PresentKind.BLACK:
        return BlackView(parent)
    if kind is PresentKind.TIMER:
        return TimerView(timer, theme, parent)
    if kind is PresentKind.BOARD:
        return BoardView(document, spec.id, theme, follow=spec.follow, parent=parent)
    if kind is PresentKind.VOTING:
        return VotingView(document, spec.id, theme, parent)
    if kind is PresentKind.WEIGHTING:
        return WeightingView(document, spec.id, theme, parent)
    return TitleView(document, spec.workshop_id, theme, parent)
