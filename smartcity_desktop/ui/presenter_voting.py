"""A voting round on the projector: only progress while its results are hidden, then the
results with bars that build up.

While hidden, no number per option is ever put into a widget: the view does not even compute
the tally then (`voting_ops.results` is called only once the round may be shown), so neither a
label, a tooltip, an accessible name nor a painted text can carry one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from smartcity_desktop.document import voting_ops as vops
from smartcity_desktop.document.document import ProjectDocument
from smartcity_desktop.domain import voting
from smartcity_desktop.domain.model import VotingRound
from smartcity_desktop.ui import presenter_style as style
from smartcity_desktop.ui.presenter_spec import PresenterTheme

ANIMATION_MS = 1500  # the bars' build-up after a reveal; tests set 0
MAX_PROGRESS_DOTS = 60  # more voters than this: a bar instead of one dot per voter


def results_visible(round_: VotingRound) -> bool:
    """The same rule as the laptop's voting page."""
    return round_.state == voting.RoundState.REVEALED or not round_.hidden


ROW_LINES = 1.5  # a result row is this many lines of the theme's type high


@dataclass(frozen=True)
class ResultRow:
    rank: str  # "1.", "2. (shared)"
    label: str
    green: int
    red: int
    net: int

    def numbers(self) -> str:
        net = f"{self.net:+d}".replace("-", "−") if self.net else "0"
        return f"{net}  (+{self.green} / −{self.red})" if self.red else f"+{self.green}"


class ProgressDots(QWidget):
    """One circle per expected voter, filled for those who voted (or a bar for many)."""

    def __init__(self, theme: PresenterTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.voted = 0
        self.expected: int | None = None
        self.setMinimumHeight(style.pixels(theme, 2.2))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_progress(self, voted: int, expected: int | None) -> None:
        self.voted, self.expected = voted, expected
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor(self.theme.foreground)
        fill = QColor("#0072B2" if not self.theme.dark else "#56B4E9")  # Okabe–Ito blue
        total = self.expected if self.expected else self.voted
        if not total:
            painter.end()
            return
        if total > MAX_PROGRESS_DOTS:
            bar = QRectF(4, self.height() * 0.25, self.width() - 8, self.height() * 0.5)
            painter.setPen(QPen(ink, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)
            share = min(self.voted / total, 1.0)
            painter.fillRect(
                bar.adjusted(2, 2, -2, -2).adjusted(0, 0, -(1 - share) * bar.width(), 0), fill
            )
            painter.end()
            return
        per_row = max(min(total, 20), 1)
        rows = (total + per_row - 1) // per_row
        size = min((self.width() - 8) / per_row, (self.height() - 8) / rows)
        diameter = size * 0.72
        left = (self.width() - per_row * size) / 2
        for n in range(total):
            row, col = divmod(n, per_row)
            rect = QRectF(left + col * size, 4 + row * size, diameter, diameter)
            painter.setPen(QPen(ink, max(diameter / 14, 1.5)))
            painter.setBrush(fill if n < self.voted else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect)
        painter.end()


class ResultBars(QWidget):
    """The revealed results: rank, option, bar, numbers; the bars grow from zero."""

    def __init__(self, theme: PresenterTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.rows: list[ResultRow] = []
        self.progress = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: list[ResultRow], progress: float = 1.0) -> None:
        self.rows = rows
        self.progress = progress
        self.update()

    def set_progress(self, value: object) -> None:
        self.progress = float(value)  # type: ignore[arg-type]
        self.update()

    def row_scale(self) -> float:
        """Type size of a row: full size, smaller (down to 0.55) when many options must fit, so
        a usual round of eight to ten options shows whole on a 720-line projector."""
        if not self.rows:
            return 1.0
        wanted = style.pixels(self.theme, ROW_LINES) * len(self.rows)
        return max(min(self.height() / wanted, 1.0), 0.55)

    def shown_rows(self) -> int:
        """How many rows fit (the rest are summed up in a last line)."""
        row_height = style.pixels(self.theme, ROW_LINES * self.row_scale())
        fit = max(int(self.height() // row_height), 1)
        return len(self.rows) if len(self.rows) <= fit else max(fit - 1, 1)

    def more_text(self, n: int) -> str:
        return self.tr("… and %n more option(s)", "", n)

    def texts(self) -> list[str]:
        return [t for r in self.rows for t in (r.rank, r.label, r.numbers())]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self.theme.background))
        if not self.rows:
            painter.end()
            return
        ink = QColor(self.theme.foreground)
        size = self.row_scale()
        body = style.font(self.theme, size)
        bold = style.font(self.theme, size, bold=True)
        metrics = QFontMetricsF(bold)
        row_height = style.pixels(self.theme, ROW_LINES * size)
        shown = self.rows[: self.shown_rows()]
        rank_width = max(metrics.horizontalAdvance(r.rank) for r in shown) + 16
        number_width = max(metrics.horizontalAdvance(r.numbers()) for r in shown) + 16
        label_width = min(
            self.width() * 0.36, max(metrics.horizontalAdvance(r.label) for r in shown) + 16
        )
        most_green = max((r.green for r in self.rows), default=0)
        most_red = max((r.red for r in self.rows), default=0)
        chart = max(self.width() - rank_width - label_width - number_width - 16, 40.0)
        span = max(most_green + most_red, 1)
        zero = rank_width + label_width + 8 + chart * most_red / span
        scale = chart / span * self.progress
        align = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        for n, row in enumerate(shown):
            y = n * row_height
            painter.setPen(ink)
            painter.setFont(bold)
            painter.drawText(QRectF(0, y, rank_width, row_height), align, row.rank)
            painter.setFont(body)
            label = QFontMetricsF(body).elidedText(
                row.label, Qt.TextElideMode.ElideRight, label_width - 12
            )
            painter.drawText(QRectF(rank_width, y, label_width, row_height), align, label)
            bar_top, bar_height = y + row_height * 0.18, row_height * 0.64
            painter.setPen(QPen(ink, 1))
            painter.setBrush(QColor(style.GREEN))
            if row.green:
                painter.drawRect(QRectF(zero, bar_top, row.green * scale, bar_height))
            if row.red:
                painter.setBrush(QColor(style.RED))
                painter.drawRect(
                    QRectF(zero - row.red * scale, bar_top, row.red * scale, bar_height)
                )
            if self.progress >= 1.0:
                painter.setPen(ink)
                painter.setFont(bold)
                painter.drawText(
                    QRectF(zero + row.green * scale + 10, y, number_width, row_height),
                    align,
                    row.numbers(),
                )
        if most_red:
            painter.setPen(QPen(ink, 2))
            painter.drawLine(QPointF(zero, 0), QPointF(zero, len(shown) * row_height))
        if len(shown) < len(self.rows):
            painter.setPen(style.muted(self.theme))
            painter.setFont(body)
            painter.drawText(
                QRectF(0, len(shown) * row_height, self.width(), row_height),
                align,
                self.more_text(len(self.rows) - len(shown)),
            )
        painter.end()


class VotingView(QWidget):
    """Title, then progress (hidden round) or the results (revealed or open round)."""

    def __init__(
        self,
        document: ProjectDocument,
        round_id: int,
        theme: PresenterTheme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presenterVoting")
        self.document = document
        self.round_id = round_id
        self.theme = theme
        style.apply_theme(self, theme)
        self.title = style.label(self, theme, 1.4, bold=True, name="votingTitle")
        self.status = style.label(self, theme, 0.9, name="votingStatus", colour=style.muted(theme))
        self.progress_text = style.label(self, theme, 1.6, bold=True, name="votingProgress")
        self.progress_text.setAlignment(
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        )
        self.dots = ProgressDots(theme, self)
        self.bars = ResultBars(theme, self)
        self.bars.setObjectName("votingBars")
        self.legend = style.label(self, theme, 0.9, name="votingLegend", colour=style.muted(theme))
        self.ties = style.label(self, theme, 1.0, name="votingTies")
        layout = QVBoxLayout(self)
        margin = style.pixels(theme, 1.0)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(style.pixels(theme, 0.6))
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.progress_text, 1)
        layout.addWidget(self.dots, 1)
        layout.addWidget(self.bars, 1)
        layout.addWidget(self.ties)
        layout.addWidget(self.legend)
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.animation.valueChanged.connect(self.bars.set_progress)
        self._was_visible: bool | None = None
        document.votes_changed.connect(self._votes_changed)
        document.rounds_changed.connect(self.refresh)
        self.refresh()

    def _votes_changed(self, round_id: int) -> None:
        if round_id == self.round_id:
            self.refresh()

    def refresh(self) -> None:
        try:
            round_ = self.document.voting_round(self.round_id)
        except KeyError:
            self.title.setText(self.tr("This voting round was deleted."))
            for widget in (
                self.status,
                self.progress_text,
                self.dots,
                self.bars,
                self.ties,
                self.legend,
            ):
                widget.hide()
            return
        self.title.setText(round_.title)
        self.status.show()  # hidden while the round was deleted (undo brings it back)
        visible = results_visible(round_)
        self.progress_text.setVisible(not visible)
        self.dots.setVisible(not visible)
        for widget in (self.bars, self.ties, self.legend):
            widget.setVisible(visible)
        if visible:
            self._show_results(round_)
        else:
            self._show_progress(round_)
        self._was_visible = visible

    def _show_progress(self, round_: VotingRound) -> None:
        self.animation.stop()
        self.bars.set_rows([])
        self.ties.clear()
        self.legend.clear()
        self.status.setText(
            self.tr("Voting is open") if round_.state == "open" else self.tr("Voting is closed")
        )
        prog = vops.round_progress(self.document, round_)
        text = (
            self.tr("%1 of %2 have voted")
            .replace("%1", str(prog.voted))
            .replace("%2", "?" if prog.expected is None else str(prog.expected))
        )
        if prog.dots_available is not None:
            text += "\n" + self.tr("%1 of %2 dots cast").replace("%1", str(prog.dots_cast)).replace(
                "%2", str(prog.dots_available)
            )
        self.progress_text.setText(text)
        self.dots.set_progress(prog.voted, prog.expected)
        self.dots.setAccessibleName(text.replace("\n", " · "))

    def _show_results(self, round_: VotingRound) -> None:
        self.status.setText(
            self.tr("Results")
            if round_.state == "revealed"
            else self.tr("Results so far (visible while voting)")
        )
        results = vops.results(self.document, self.round_id)
        labels = {o.id: o.label for o in self.document.round_options(self.round_id)}
        shared = {i for _rank, ids in voting.tie_text_groups(results) for i in ids}
        rows = [
            ResultRow(
                self.tr("%1. (shared)").replace("%1", str(r.rank))
                if r.option_id in shared
                else f"{r.rank}.",
                labels.get(r.option_id, "?"),
                r.green,
                r.red,
                r.net,
            )
            for r in voting.ranked(results)
        ]
        ties = [
            self.tr("%1. (shared): %2")
            .replace("%1", str(rank))
            .replace("%2", ", ".join(labels.get(i, "?") for i in ids))
            for rank, ids in voting.tie_text_groups(results)
        ]
        self.ties.setText("\n".join(ties))
        self.ties.setVisible(bool(ties))
        legend = self.tr("Green bar, + : support")
        if round_.red_dots:
            legend += (
                " · " + self.tr("Red bar, − : concerns") + " · " + self.tr("Net = green − red")
            )
        self.legend.setText(legend)
        animate = self._was_visible is False or self._was_visible is None
        if animate and ANIMATION_MS > 0:
            self.bars.set_rows(rows, 0.0)
            self.animation.stop()
            self.animation.setDuration(ANIMATION_MS)
            self.animation.start()
        elif self.animation.state() == QVariantAnimation.State.Running:
            self.bars.rows = rows  # keep growing towards the new numbers
        else:
            self.bars.set_rows(rows, 1.0)

    def finish_animation(self) -> None:
        """Jump to the end of the build-up."""
        self.animation.stop()
        self.bars.set_progress(1.0)

    def texts(self) -> list[str]:
        """Every text the view shows, painted ones included."""
        labels = [self.title, self.status, self.progress_text, self.ties, self.legend]
        shown = [w.text() for w in labels if w.isVisibleTo(self) and w.text()]
        if self.bars.isVisibleTo(self):
            shown += self.bars.texts()
        return shown
