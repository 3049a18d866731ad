"""AHP's consistency panel: the ratio, and the judgements most worth a second look."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain import weighting as wm
from smartcity_desktop.domain.model import WeightingMethod
from smartcity_desktop.ui.weighting_scale import (
    EVERYONE,
    OK_GREEN,
    WARNING,
    _hint,
    intensity,
    pair_sentence,
    plain_number,
    scale_label,
)
from smartcity_desktop.ui.weighting_source import Snapshot, WeightingSource, _outcome_for


class ConsistencyPanel(QWidget):
    """λ_max, CI and CR with the random index named; above 0.10 the pair worth revisiting and
    a button to take the value the other answers suggest (one undoable step)."""

    show_pair = Signal(int, int)  # criterion ids

    def __init__(self, source: WeightingSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.judge: int | None = None
        self.figures = QLabel(self)
        self.figures.setObjectName("consistencyFigures")
        self.figures.setStyleSheet("font-size: 11pt;")
        self.figures.setWordWrap(True)
        self.random_index = _hint("", self)
        self.random_index.setObjectName("randomIndex")
        self.verdict = QLabel(self)
        self.verdict.setObjectName("consistencyVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.use_button = QPushButton(self.tr("Use suggested value"), self)
        self.use_button.setObjectName("useSuggested")
        self.show_button = QPushButton(self.tr("Show this pair"), self)
        self.show_button.setObjectName("showRevisitPair")
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        title = QLabel(self.tr("Consistency"), self)
        title.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.figures)
        layout.addWidget(self.random_index)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)
        self.use_button.clicked.connect(self.use_suggested)
        self.show_button.clicked.connect(self._show)
        self._pair: tuple[int, int, float] | None = None  # ids and the suggested value

    def refresh(self, snap: Snapshot | None, judge: int | None) -> None:
        self.judge = judge
        self._pair = None
        self.use_button.hide()
        self.show_button.hide()
        self.verdict.setStyleSheet("")
        if snap is None or snap.method != WeightingMethod.AHP:
            self.hide()
            return
        self.show()
        n = len(snap.criteria)
        outcome = _outcome_for(snap, judge)
        ahp = outcome.ahp if outcome is not None else None
        if ahp is None:
            answered = snap.answered(judge) if judge != EVERYONE else 0
            self.figures.setText(
                self.tr("λ_max, CI and CR appear once every pair is answered (%1 of %2).")
                .replace("%1", str(answered))
                .replace("%2", str(len(snap.pairs)))
                if judge != EVERYONE
                else self.tr("λ_max, CI and CR appear once a participant has answered every pair.")
            )
            self.random_index.setText(self._ri_text(n))
            self.verdict.setText("")
            return
        self.figures.setText(
            f"λ_max = {plain_number(ahp.lambda_max, 3)}    CI = {plain_number(ahp.ci, 3)}    "
            f"CR = {plain_number(ahp.cr, 3)}"
        )
        self.random_index.setText(self._ri_text(n))
        if n <= 2:
            self.verdict.setText(
                self.tr("With two criteria the answers cannot contradict each other (CR = 0).")
                if n == 2
                else ""
            )
            return
        if ahp.acceptable:
            self.verdict.setText(self.tr("Consistent enough: CR is at most 0.10."))
            self.verdict.setStyleSheet(f"color: {OK_GREEN.name()};")
            return
        self.verdict.setStyleSheet(
            f"color: {WARNING.darker(140).name()}; background: #FDF0E8; padding: 6px;"
            " border-left: 4px solid #D55E00;"
        )
        text = (
            "<b>"
            + html.escape(
                self.tr("CR = %1 is above 0.10: some answers contradict each other.").replace(
                    "%1", plain_number(ahp.cr, 3)
                )
            )
            + "</b>"
        )
        pair = outcome.inconsistent_pair
        if pair is not None:
            text += "<br>" + html.escape(self.revisit_text(snap, pair))
            a, b = snap.criteria[pair.i], snap.criteria[pair.j]
            self.show_button.show()
            if not math_close(pair.suggested, pair.current):
                self._pair = (a.id, b.id, pair.suggested)
                can_edit = not snap.read_only and judge != EVERYONE
                self.use_button.setVisible(can_edit)
        self.verdict.setText(text)

    def _ri_text(self, n: int) -> str:
        if n < 3:
            return self.tr("Random Index: Saaty (1980); not needed for fewer than 3 criteria.")
        ri = wm.SAATY_1980_RI.get(n)
        return (
            self.tr("Random Index: Saaty (1980), RI = %1 for n = %2")
            .replace("%1", plain_number(ri, 2) if ri is not None else "?")
            .replace("%2", str(n))
        )

    def revisit_text(self, snap: Snapshot, pair: wm.InconsistentPair) -> str:
        """ "Revisit: Klima vs. Kosten — now “Klima is much more important than Kosten (5)”;
        consistent with the other answers would be “moderately (3)”"."""
        a, b = snap.criteria[pair.i], snap.criteria[pair.j]
        method = WeightingMethod.AHP
        now_strength, now_winner = intensity(method, pair.current)
        now = pair_sentence(method, a.name, b.name, pair.current, rich=False)
        now += f" ({now_strength})"
        strength, winner = intensity(method, pair.suggested)
        if math_close(pair.suggested, pair.current):
            return (
                self.tr(
                    "Revisit: %1 vs. %2 — now “%3”; no other value on the scale fits "
                    "better, so talk this pair through again."
                )
                .replace("%1", a.name)
                .replace("%2", b.name)
                .replace("%3", now)
            )
        if winner == now_winner and winner >= 0:
            suggested = f"{scale_label(strength)} ({strength})"
        else:
            suggested = pair_sentence(method, a.name, b.name, pair.suggested, rich=False)
            suggested += f" ({strength})"
        return (
            self.tr(
                "Revisit: %1 vs. %2 — now “%3”; consistent with the other answers would be “%4”."
            )
            .replace("%1", a.name)
            .replace("%2", b.name)
            .replace("%3", now)
            .replace("%4", suggested)
        )

    def use_suggested(self) -> bool:
        if self._pair is None:
            return False
        first, second, value = self._pair
        return self.source.run(wops.set_judgement, self.judge, first, second, value)

    def _show(self) -> None:
        snap = self.source.snapshot
        outcome = _outcome_for(snap, self.judge) if snap is not None else None
        pair = outcome.inconsistent_pair if outcome is not None else None
        if snap is not None and pair is not None:
            self.show_pair.emit(snap.criteria[pair.i].id, snap.criteria[pair.j].id)


def math_close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
