"""The stacked bar chart of a weighting's result: one bar per ranked project, one segment per
criterion (its contribution w_j · s_ij), the utility at the bar's end, and a legend.

Made for a projector: large type, a fixed scale of 0–10 (the highest utility possible) so bars
do not jump while a what-if weight moves, and colours from the Okabe–Ito palette, each segment
also carrying its criterion's number (and, past the seventh criterion, a hatching), so no
meaning hangs on colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from smartcity_desktop.domain.model import CardColour
from smartcity_desktop.ui.palette import strong

SCALE_MAX = 10.0  # scores are 0–10 and the weights add up to 1
_PALETTE = (
    CardColour.BLUE,
    CardColour.ORANGE,
    CardColour.SKY_BLUE,
    CardColour.VERMILLION,
    CardColour.GREEN,
    CardColour.YELLOW,
    CardColour.PURPLE,
)
_PATTERNS = (None, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.DiagCrossPattern)
_EDGE_PEN = QPen(QColor("white"), 1.0)


@dataclass(frozen=True)
class ChartColours:
    """The colours of the chart and legend around the criteria's own (those stay the same on
    any background). The defaults are the laptop's: dark type on white."""

    background: QColor = field(default_factory=lambda: QColor("white"))
    ink: QColor = field(default_factory=lambda: QColor("#1A1A1A"))
    # the scale's numbers
    muted: QColor = field(default_factory=lambda: QColor("#5A5A5A"))
    grid: QColor = field(default_factory=lambda: QColor("#D9D9D9"))
    leader_band: QColor = field(default_factory=lambda: QColor("#FFF3C4"))
    # a what-if weight (dark amber on white: contrast > 7:1)
    changed: QColor = field(default_factory=lambda: QColor("#7A4B00"))
    # rank gained in a what-if (dark blue; the arrow says it too), rank lost (dark vermillion)
    up: QColor = field(default_factory=lambda: QColor("#005A8C"))
    down: QColor = field(default_factory=lambda: QColor("#A33F00"))

    @classmethod
    def dark(cls, background: str = "#000000", ink: str = "#FFFFFF") -> ChartColours:
        """Light type on a dark background (a projector's dark theme); every text colour keeps
        a contrast above 7:1 on the background and on the leader's band."""
        return cls(
            background=QColor(background),
            ink=QColor(ink),
            muted=QColor("#C8C8C8"),
            grid=QColor("#4D4D4D"),
            leader_band=QColor("#3D3300"),
            changed=QColor("#FFD27A"),
            up=QColor("#8CCFF5"),
            down=QColor("#FFB08A"),
        )

    @property
    def edge(self) -> QPen:
        """The thin line between segments: the background's colour."""
        return QPen(self.background, 1.0)


def chart_font(base: QFont, scale: float = 1.0) -> QFont:
    """Type that reads from the back of the room: at least 13 pt."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(size * 1.35, 13.0) * scale)
    return font


@cache
def criterion_colour(index: int) -> QColor:
    return strong(_PALETTE[index % len(_PALETTE)])


def criterion_pattern(index: int) -> Qt.BrushStyle | None:
    return _PATTERNS[(index // len(_PALETTE)) % len(_PATTERNS)]


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def text_colour_on(colour: QColor) -> QColor:
    """Black or white, whichever contrasts more with `colour`."""
    lum = _luminance(colour)
    on_black = (lum + 0.05) / 0.05
    on_white = 1.05 / (lum + 0.05)
    return QColor("#000000") if on_black >= on_white else QColor("#FFFFFF")


@cache
def _ink_of(index: int) -> QColor:
    return text_colour_on(criterion_colour(index))


def draw_criterion_fill(
    painter: QPainter, rect: QRectF, index: int, edge: QPen = _EDGE_PEN
) -> None:
    """A segment or swatch: the colour, its hatching if any, a thin edge (white by default)."""
    painter.setPen(edge)
    painter.setBrush(criterion_colour(index))
    painter.drawRect(rect)
    pattern = criterion_pattern(index)
    if pattern is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(_ink_of(index), pattern))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))


class NumberLabels:
    """Criterion numbers in one font, measured once (drawn in every segment of every frame)."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.height = self.metrics.height()
        self._widths: dict[int, float] = {}

    def width(self, index: int) -> float:
        width = self._widths.get(index)
        if width is None:
            width = self._widths[index] = self.metrics.horizontalAdvance(str(index + 1)) + 6
        return width

    def draw(self, painter: QPainter, rect: QRectF, index: int) -> bool:
        """The criterion's number centred in `rect`, if it fits; whether it was drawn."""
        width = self.width(index)
        if width > rect.width() or self.height > rect.height():
            return False
        painter.setFont(self.font)
        if criterion_pattern(index) is not None:  # a plain patch under the number
            patch = QRectF(0, 0, width, self.height)
            patch.moveCenter(rect.center())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(criterion_colour(index))
            painter.drawRect(patch)
        painter.setPen(_ink_of(index))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(index + 1))
        return True


@dataclass(frozen=True)
class ChartBar:
    """One ranked project as the chart shows it.

    Its segments are w_j · s_ij, worked out only for the bars that are painted or measured,
    so a what-if step costs O(projects) here, not O(projects × criteria).
    """

    project_id: int
    title: str
    rank: str  # "1", "2 (shared)"
    move: str  # "", "↑2", "↓1" (what-if against the saved result)
    utility: float
    weights: Sequence[float]  # per criterion, in the weighting's order
    scores: Sequence[float]  # this project's scores, same order
    leader: bool = False

    @property
    def contributions(self) -> tuple[float, ...]:
        return tuple(w * s for w, s in zip(self.weights, self.scores, strict=True))


@dataclass(frozen=True)
class Segment:
    criterion: int
    value: float  # the contribution w_j · s_ij
    rect: QRectF


@dataclass(frozen=True)
class BarGeometry:
    project_id: int
    utility: float
    rect: QRectF  # the whole bar, from 0 to the utility
    segments: tuple[Segment, ...]


class ContributionChart(QWidget):
    """Horizontal stacked bars, best first; paints only the rows an update exposes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightingChart")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.colours = ChartColours()
        self._edge = _EDGE_PEN
        self.bars: list[ChartBar] = []
        self.criteria: list[str] = []
        self._font = chart_font(self.font())
        self._bold = QFont(self._font)
        self._bold.setBold(True)
        self._small = chart_font(self.font(), 0.8)
        self._numbers = NumberLabels(self._small)
        self._metrics = QFontMetricsF(self._font)
        self._bold_metrics = QFontMetricsF(self._bold)
        self.paints = 0  # paint events handled (the benchmark counts frames with it)
        self._widest = 0.0
        self._rank_width = 0.0
        self._move_width = 0.0
        self._measured: tuple[frozenset[str], frozenset[str], bool] | None = None

    # -- data ----------------------------------------------------------------------------------

    def set_colours(self, colours: ChartColours) -> None:
        """Background, type and grid (the laptop's dark-on-white unless set)."""
        self.colours = colours
        self._edge = colours.edge
        self.update()

    def set_bars(self, bars: list[ChartBar], criteria: Sequence[str] = ()) -> None:
        """The bars, best first, and the criteria's names (for the tooltips)."""
        resized = len(bars) != len(self.bars)
        self.bars = bars
        self.criteria = list(criteria)
        self._measure()
        if resized:
            self.setFixedHeight(self._height_for(len(bars)))
        self.update()

    # -- geometry ------------------------------------------------------------------------------

    def _row_height(self) -> float:
        return round(self._metrics.height() * 1.8)

    def _top(self) -> float:
        return round(self._metrics.height() * 1.6)  # the scale's numbers

    def _height_for(self, rows: int) -> int:
        return int(self._top() + rows * self._row_height() + 8)

    def sizeHint(self) -> QSize:
        return QSize(720, self._height_for(max(len(self.bars), 1)))

    def _columns(self) -> tuple[float, float, float]:
        """(left edge of the bars, pixels per utility point, width of the labels)."""
        width = float(self.width())
        label_width = min(max(self._widest, width * 0.18), width * 0.38)
        value_width = self._bold_metrics.horizontalAdvance(QLocale().toString(10.0, "f", 2)) + 16
        left = 12 + label_width + 12
        scale = max(width - left - value_width - 8, 40.0) / SCALE_MAX
        return left, scale, label_width

    def _measure(self) -> None:
        """Label columns (rank, move, title), kept until the titles or rank texts change."""
        titles = {b.title for b in self.bars}
        ranks = {b.rank for b in self.bars}
        moves = any(b.move for b in self.bars)
        key = (frozenset(titles), frozenset(ranks), moves)
        if key == self._measured:
            return
        self._measured = key
        self._rank_width = (
            max((self._bold_metrics.horizontalAdvance(r) for r in ranks), default=0.0) + 12
        )
        self._move_width = self._bold_metrics.horizontalAdvance("↓99") + 12 if moves else 0.0
        title = max((self._bold_metrics.horizontalAdvance(t) for t in titles), default=0.0)
        self._widest = self._rank_width + self._move_width + title

    def _geometry(self, n: int, left: float, scale: float) -> BarGeometry:
        bar = self.bars[n]
        row_height = self._row_height()
        bar_height = round(row_height * 0.64)
        y = self._top() + n * row_height + (row_height - bar_height) / 2
        x = left
        segments = []
        for j, value in enumerate(bar.contributions):
            width = max(value, 0.0) * scale
            segments.append(Segment(j, value, QRectF(x, y, width, bar_height)))
            x += width
        return BarGeometry(
            bar.project_id, bar.utility, QRectF(left, y, x - left, bar_height), tuple(segments)
        )

    def segment_at(self, point: QPointF) -> tuple[int, Segment] | None:
        """The bar (index) and segment under a point, if any."""
        n = int((point.y() - self._top()) // self._row_height())
        if not 0 <= n < len(self.bars):
            return None
        left, scale, _label = self._columns()
        geometry = self._geometry(n, left, scale)
        for segment in geometry.segments:
            if segment.rect.contains(point):
                return n, segment
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.segment_at(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
                event.ignore()
                return True
            n, segment = hit
            bar, j = self.bars[n], segment.criterion
            name = self.criteria[j] if j < len(self.criteria) else str(j + 1)
            locale = QLocale()
            QToolTip.showText(
                event.globalPos(),
                f"{bar.title}\n{j + 1} {name}: {locale.toString(bar.scores[j], 'f', 1)} × "
                f"{locale.toString(bar.weights[j] * 100, 'f', 1)}\u00a0% = "
                f"{locale.toString(segment.value, 'f', 2)}",
                self,
            )
            return True
        return super().event(event)

    def bar_geometry(self) -> list[BarGeometry]:
        """Where each bar and each of its segments is drawn (widget coordinates), best first."""
        left, scale, _label = self._columns()
        return [self._geometry(n, left, scale) for n in range(len(self.bars))]

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        painter = QPainter(self)
        colours = self.colours
        painter.fillRect(event.rect(), colours.background)
        if not self.bars:
            painter.end()
            return
        left, scale, label_width = self._columns()
        row_height = self._row_height()
        top = self._top()
        exposed = event.rect()
        first = max(int((exposed.top() - top) // row_height), 0)
        last = min(int((exposed.bottom() - top) // row_height) + 1, len(self.bars))
        for n in range(first, last):
            y = top + n * row_height
            if self.bars[n].leader:
                painter.fillRect(QRectF(0, y, self.width(), row_height), colours.leader_band)
        self._paint_scale(painter, left, scale, top, exposed.bottom())
        for n in range(first, last):
            geometry = self._geometry(n, left, scale)
            self._paint_row(painter, self.bars[n], geometry, top + n * row_height, label_width)
        painter.end()

    def _paint_scale(
        self, painter: QPainter, left: float, scale: float, top: float, bottom: float
    ) -> None:
        painter.setFont(self._small)
        locale = QLocale()
        for value in range(0, int(SCALE_MAX) + 1, 2):
            x = left + value * scale
            painter.setPen(QPen(self.colours.grid, 1.0))
            painter.drawLine(QPointF(x, top - 4), QPointF(x, bottom))
            painter.setPen(self.colours.muted)
            painter.drawText(
                QRectF(x - 40, 0, 80, top - 6),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                locale.toString(value),
            )

    def _paint_row(
        self, painter: QPainter, bar: ChartBar, geometry: BarGeometry, y: float, label_width: float
    ) -> None:
        row_height = self._row_height()
        colours = self.colours
        align = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        x = 12.0
        painter.setFont(self._bold)
        painter.setPen(colours.ink)
        painter.drawText(QRectF(x, y, self._rank_width, row_height), align, bar.rank)
        x += self._rank_width
        if bar.move and bar.move != "–":
            painter.setPen(colours.up if bar.move.startswith("↑") else colours.down)
            painter.drawText(QRectF(x, y, self._move_width, row_height), align, bar.move)
        x += self._move_width
        font = self._bold if bar.leader else self._font
        metrics = self._bold_metrics if bar.leader else self._metrics
        room = max(12 + label_width - x, 20.0)
        title = metrics.elidedText(bar.title, Qt.TextElideMode.ElideRight, room)
        painter.setFont(font)
        painter.setPen(colours.ink)
        painter.drawText(QRectF(x, y, room, row_height), align, title)
        for segment in geometry.segments:
            if segment.rect.width() <= 0:
                continue
            draw_criterion_fill(painter, segment.rect, segment.criterion, self._edge)
            self._numbers.draw(painter, segment.rect, segment.criterion)
        painter.setFont(self._bold)
        painter.setPen(colours.ink)
        painter.drawText(
            QRectF(geometry.rect.right() + 8, y, 200, row_height),
            align,
            QLocale().toString(bar.utility, "f", 2),
        )


@dataclass(frozen=True)
class LegendEntry:
    criterion: int
    name: str
    weight: str  # "31,2 %" or, in a what-if, "31,2 % → 28,0 %"
    changed: bool = False


class CriterionLegend(QWidget):
    """The criteria with their colour, number and weight, in columns that stay put while a
    what-if changes the weights (only the numbers change, nothing reflows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightingLegend")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.colours = ChartColours()
        self._edge = _EDGE_PEN
        self.entries: list[LegendEntry] = []
        self._font = chart_font(self.font(), 0.85)
        self._bold = QFont(self._font)
        self._bold.setBold(True)
        self._numbers = NumberLabels(chart_font(self.font(), 0.75))
        self._metrics = QFontMetricsF(self._font)
        self._bold_metrics = QFontMetricsF(self._bold)
        self._name_width = 0.0
        self._laid_out_for: tuple[int, tuple[str, ...]] | None = None
        self._laid_out: list[tuple[QRectF, QRectF, QRectF, str]] = []
        sample = QLocale().toString(100.0, "f", 1) + "\u00a0%"
        self._weight_width = self._bold_metrics.horizontalAdvance(f"{sample} → {sample}") + 8

    def set_colours(self, colours: ChartColours) -> None:
        """Background and type (the laptop's dark-on-white unless set)."""
        self.colours = colours
        self._edge = colours.edge
        self.update()

    def set_entries(self, entries: list[LegendEntry]) -> None:
        names = [(e.name, e.criterion) for e in entries]
        if names != [(e.name, e.criterion) for e in self.entries]:
            self._name_width = max(
                (self._metrics.horizontalAdvance(e.name) for e in entries), default=0.0
            )
            self.entries = entries
            self._fit_height()
        self.entries = entries
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_height()

    def _fit_height(self) -> None:
        height = self.heightForWidth(self.width() if self.width() > 100 else 900)
        if height != self.height():
            self.setFixedHeight(height)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        places = self._places(width)
        return int(places[-1].bottom() + 6) if places else 0

    def _swatch_width(self) -> float:
        return self._metrics.height() * 1.4

    def _places(self, width: int) -> list[QRectF]:
        """Row-major cells of equal width; two columns at least where 700 px allow it."""
        usable = max(width - 24.0, 100.0)
        natural = self._swatch_width() + 8 + self._name_width + 12 + self._weight_width + 24
        columns = max(1, int(usable // natural))
        if columns == 1 and usable >= 700:
            columns = 2
        columns = min(columns, max(len(self.entries), 1))
        cell = usable / columns
        line = self._metrics.height() * 1.7
        return [
            QRectF(12 + (n % columns) * cell, 4 + (n // columns) * line, cell, line)
            for n in range(len(self.entries))
        ]

    def _layout(self) -> list[tuple[QRectF, QRectF, QRectF, str]]:
        """Per entry: swatch, name and weight rectangles and the (elided) name; kept until
        the width or the names change, so a what-if step only redraws numbers."""
        key = (self.width(), tuple(e.name for e in self.entries))
        if key == self._laid_out_for:
            return self._laid_out
        swatch_width = self._swatch_width()
        laid_out = []
        for entry, place in zip(self.entries, self._places(self.width()), strict=True):
            swatch = QRectF(place.left(), place.top(), swatch_width, place.height() * 0.8)
            swatch.moveCenter(QPointF(swatch.center().x(), place.center().y()))
            text = place.adjusted(swatch_width + 8, 0, -24, 0)
            weight = QRectF(
                text.right() - self._weight_width, text.top(), self._weight_width, text.height()
            )
            name = self._metrics.elidedText(
                entry.name, Qt.TextElideMode.ElideRight, max(weight.left() - text.left() - 12, 20)
            )
            laid_out.append((swatch, text, weight, name))
        self._laid_out_for, self._laid_out = key, laid_out
        return laid_out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = self.colours
        painter.fillRect(event.rect(), colours.background)
        align_left = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        align_right = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
        for entry, (swatch, text, weight, name) in zip(self.entries, self._layout(), strict=True):
            draw_criterion_fill(painter, swatch, entry.criterion, self._edge)
            self._numbers.draw(painter, swatch, entry.criterion)
            painter.setFont(self._font)
            painter.setPen(colours.ink)
            painter.drawText(text, align_left, name)
            painter.setFont(self._bold)
            painter.setPen(colours.changed if entry.changed else colours.ink)
            painter.drawText(weight, align_right, entry.weight)
        painter.end()
