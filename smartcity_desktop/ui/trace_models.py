"""The words and the summary table of the traceability view: the sentence "46 ideas from 3
sources, …", where a cluster lies, a card's sources, a project's result in a weighting, and the
table with one row per field of action and a bold total."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from smartcity_desktop.domain.traceability import (
    SOURCE_ORDER,
    IdeaTrace,
    Place,
    ProjectScore,
    ScoreTrace,
    TraceSummary,
)
from smartcity_desktop.ui import palette

GREEN = QColor("#1b6e35")  # dark enough on white (contrast > 5:1); the column says "green"
RED = QColor("#a8201a")
MUTED = QColor("#767676")  # a zero: still readable (4.5:1), but not drawing the eye


def short_date(iso: str) -> str:
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else iso


class TraceTexts(QObject):
    """The sentences and labels of a trace, in the interface's language."""

    def sentence(self, s: TraceSummary, with_projects: bool = True) -> str:
        """ "46 ideas from 3 sources, 31 green and 2 red dots, 4 projects"."""
        ideas = self.tr("%n idea(s)", "", s.ideas) if s.ideas else self.tr("no idea cards")
        sources = self.tr("from %n source(s)", "", s.source_count) if s.ideas else ""
        if s.red:
            dots = self.tr("%1 green and %n red dot(s)", "", s.red).replace("%1", str(s.green))
        else:
            dots = self.tr("%n green dot(s)", "", s.green)
        if not with_projects:
            return (
                self.tr("%1 %2, %3").replace("%1", ideas).replace("%2", sources).replace("%3", dots)
            ).replace(" ,", ",")
        projects = self.tr("%n project(s)", "", s.projects)
        return (
            self.tr("%1 %2, %3, %4")
            .replace("%1", ideas)
            .replace("%2", sources)
            .replace("%3", dots)
            .replace("%4", projects)
        ).replace(" ,", ",")

    def place_text(self, place: Place) -> str:
        workshop = place.workshop
        if place.workshop_date:
            workshop = f"{workshop}, {short_date(place.workshop_date)}" if workshop else ""
        return " ▸ ".join(p for p in (workshop, place.board) if p)

    def sources_text(self, idea: IdeaTrace) -> str:
        own = palette.source_label(idea.source) if idea.source in SOURCE_ORDER else idea.source
        if not idea.merged_sources:
            return own
        merged = ", ".join(
            palette.source_label(s) if s in SOURCE_ORDER else s for s in idea.merged_sources
        )
        return self.tr("%1; merged: %2").replace("%1", own).replace("%2", merged)

    def score_text(self, utility: float | None, score: ScoreTrace | ProjectScore) -> str:
        """ "7,45, rank 2 of 8" or the reason there is no rank."""
        if score.excluded or utility is None:
            return self.result_text(score)
        return (
            self.tr("%1, %2")
            .replace("%1", QLocale().toString(utility, "f", 2))
            .replace("%2", self.result_text(score))
        )

    def result_text(self, score: ScoreTrace | ProjectScore) -> str:
        if score.excluded:
            return self.tr("excluded by K.O. criterion")
        if score.rank is None:
            return self.tr("not scored yet")
        return (
            self.tr("rank %1 of %2").replace("%1", str(score.rank)).replace("%2", str(score.ranked))
        )


class FirstColumnFitter(QObject):
    """Gives the first column of a table or tree what the others leave, but at least
    `minimum` (a narrower view scrolls sideways); the others as wide as their contents and
    header, up to `maximum` (0: no limit; a cut cell keeps its whole text as tooltip)."""

    def __init__(
        self, view: QAbstractItemView, header: QHeaderView, minimum: int, maximum: int = 0
    ) -> None:
        super().__init__(view)
        self.view = view
        self.header = header
        self.minimum = minimum
        self.maximum = maximum
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        others = 0
        for column in range(1, self.header.count()):
            if self.header.isSectionHidden(column):
                continue
            width = max(self.view.sizeHintForColumn(column), self.header.sectionSizeHint(column))
            if self.maximum:
                width = min(width, self.maximum)
            self.header.resizeSection(column, width)
            others += width
        self.header.resizeSection(0, max(self.minimum, self.view.viewport().width() - others))


class SummaryTable(QTableWidget):
    """One row per field of action (ideas, ideas per source, dots, projects), a bold total."""

    FIELD_MIN = 160  # the field's title column: never narrower (the table scrolls instead)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        table = self
        table.setObjectName("traceSummary")
        # short headers for the numbers (the long wording as tooltip): the fields get the room
        headers = [self.tr("Field of action"), self.tr("Ideas")]
        headers += [palette.source_label(s) for s in SOURCE_ORDER]
        headers += [self.tr("Green"), self.tr("Red"), self.tr("Projects")]
        tips = [headers[0], self.tr("Idea cards")]
        tips += [self.tr("Idea cards from: %1").replace("%1", h) for h in headers[2:-3]]
        tips += [self.tr("Green dots"), self.tr("Red dots"), self.tr("Projects")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        for column, tip in enumerate(tips):
            table.horizontalHeaderItem(column).setToolTip(tip)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns = FirstColumnFitter(table, table.horizontalHeader(), self.FIELD_MIN)

    def fill(self, rows: list[tuple[str, TraceSummary]], total: TraceSummary) -> None:
        self.setRowCount(len(rows) + 1)
        for row, (title, s) in enumerate(rows):
            self._row(row, title, s, bold=False)
        self._row(len(rows), self.tr("Total"), total, bold=True)
        self.columns.fit()

    def _row(self, row: int, title: str, s: TraceSummary, bold: bool) -> None:
        sources = dict(s.sources)
        values = [s.ideas] + [sources.get(src, 0) for src in SOURCE_ORDER]
        values += [s.green, s.red, s.projects]
        cells = [QTableWidgetItem(title)] + [QTableWidgetItem(str(v)) for v in values]
        cells[0].setToolTip(title)
        for column, cell in enumerate(cells):
            if column:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = QFont(cell.font())
                font.setBold(True)
                cell.setFont(font)
            self.setItem(row, column, cell)
        green_column = 2 + len(SOURCE_ORDER)
        if s.green:
            cells[green_column].setForeground(QBrush(GREEN))
        if s.red:
            cells[green_column + 1].setForeground(QBrush(RED))

    def cells(self) -> list[list[str]]:
        """The table as shown, row by row (the total last)."""
        return [
            [self.item(r, c).text() for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]
