"""The live weights: the weights and raters models and the panel with bars and warnings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.domain import weighting as wm
from smartcity_desktop.domain.model import (
    WeightingMethod,
)
from smartcity_desktop.ui.weighting_consistency import ConsistencyPanel
from smartcity_desktop.ui.weighting_scale import (
    _ALIGN,
    _D,
    _FG,
    EVERYONE,
    ID_ROLE,
    RIGHT,
    VALUE_ROLE,
    WARNING,
    Index,
    percent,
    plain_number,
)
from smartcity_desktop.ui.weighting_source import (
    Snapshot,
    WeightingSource,
    _outcome_for,
    _WeightingModel,
)


class WeightsModel(_WeightingModel):
    """The resulting weights in %: the result's (and, per participant, the chosen person's,
    the spread min–max and how many raters are complete)."""

    CRITERION, WEIGHT, OWN, SPREAD, RATERS = range(5)

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None:
            return (None,)
        return (tuple(c.id for c in self.snap.criteria), self._kinds())

    def _kinds(self) -> tuple[int, ...]:
        assert self.snap is not None
        if not self.snap.judged_by_participants:
            return (self.CRITERION, self.WEIGHT)
        if self.rater in (None, EVERYONE):
            return (self.CRITERION, self.WEIGHT, self.SPREAD, self.RATERS)
        return (self.CRITERION, self.WEIGHT, self.OWN, self.SPREAD, self.RATERS)

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.criteria)

    def columns(self) -> int:
        return len(self._kinds())

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        row = index.row()
        kind = self._kinds()[index.column()]
        outcome = self.snap.evaluation.weights
        if kind == self.CRITERION:
            if role == _D:
                return self.snap.criteria[row].name
            return self.snap.criteria[row].id if role == ID_ROLE else None
        if role == _ALIGN:
            return RIGHT
        if kind in (self.WEIGHT, self.OWN):
            weights = outcome.weights if kind == self.WEIGHT else self.snap.weights_of(self.rater)
            weight = weights[row] if weights else None
            if role == _D:
                return percent(weight)
            if role == VALUE_ROLE:
                return weight
            if role == _FG and weight is not None and weight <= 1e-12:
                return QBrush(WARNING.darker(130))
            return None
        stats = outcome.spread[row] if row < len(outcome.spread) else None
        if kind == self.SPREAD:
            if role == _D:
                if stats is None:
                    return "—"
                low = QLocale().toString(stats.minimum * 100, "f", 1)
                return f"{low}–{percent(stats.maximum)}"
            return None
        if role == _D:
            return str(stats.count) if stats else "0"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if self.snap is None or role != _D or orientation != Qt.Orientation.Horizontal:
            return None
        kinds = self._kinds()
        if not 0 <= section < len(kinds):
            return None
        kind = kinds[section]
        if kind == self.OWN:
            return self.snap.person(self.rater)
        return {
            self.CRITERION: QCoreApplication.translate("WeightingModels", "Criterion"),
            self.WEIGHT: QCoreApplication.translate("WeightingModels", "Group")
            if self.snap.judged_by_participants
            else QCoreApplication.translate("WeightingModels", "Weight"),
            self.SPREAD: QCoreApplication.translate("WeightingModels", "Range"),
            self.RATERS: QCoreApplication.translate("WeightingModels", "Raters"),
        }[kind]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RatersModel(_WeightingModel):
    """The participants who may rate: how far each is, and (AHP) their consistency ratio."""

    NAME, WEIGHTS, CR, SCORES = range(4)

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None:
            return (None,)
        return (tuple(p.id for p in self.snap.people), self._kinds())

    def _kinds(self) -> tuple[int, ...]:
        assert self.snap is not None
        kinds = [self.NAME]
        if self.snap.judged_by_participants:
            kinds.append(self.WEIGHTS)
            if self.snap.method == WeightingMethod.AHP:
                kinds.append(self.CR)
        if self.snap.scored_by_participants:
            kinds.append(self.SCORES)
        return tuple(kinds)

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.people)

    def columns(self) -> int:
        return len(self._kinds())

    def complete(self, row: int) -> bool:
        """Everything this person is asked for is entered."""
        assert self.snap is not None
        pid = self.snap.people[row].id
        done = True
        if self.snap.judged_by_participants:
            outcome = self.snap.rater_weights(pid)
            done = outcome is not None and outcome.weights is not None
        if self.snap.scored_by_participants:
            total = len(self.snap.projects) * len(self.snap.criteria)
            done = done and self.snap.scores_entered(pid) == total
        return done

    def status(self, row: int) -> str:
        """The short state shown next to a name in the rater chooser."""
        assert self.snap is not None
        pid = self.snap.people[row].id
        if self.complete(row):
            outcome = self.snap.rater_weights(pid) if self.snap.judged_by_participants else None
            if outcome is not None and outcome.ahp is not None and len(self.snap.criteria) > 2:
                return (
                    "✓  CR "
                    + plain_number(outcome.ahp.cr, 3)
                    + ("" if outcome.ahp.acceptable else " ⚠")
                )
            return "✓"
        parts = []
        if self.snap.judged_by_participants:
            parts.append(f"{self.snap.answered(pid)}/{self.snap.entries_needed()}")
        if self.snap.scored_by_participants:
            total = len(self.snap.projects) * len(self.snap.criteria)
            parts.append(f"{self.snap.scores_entered(pid)}/{total}")
        return " · ".join(parts)

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        person = self.snap.people[index.row()]
        kind = self._kinds()[index.column()]
        if role == ID_ROLE:
            return person.id
        if kind == self.NAME:
            if role == _D:
                return (
                    person.name
                    if person.present
                    else person.name
                    + " "
                    + QCoreApplication.translate("WeightingModels", "(not present)")
                )
            return None
        if role == _ALIGN:
            return RIGHT
        outcome = self.snap.rater_weights(person.id)
        if kind == self.WEIGHTS:
            if role == _D:
                answered, total = self.snap.answered(person.id), self.snap.entries_needed()
                done = outcome is not None and outcome.weights is not None
                return f"{answered}/{total}" + (" ✓" if done else "")
            return None
        if kind == self.CR:
            ahp = outcome.ahp if outcome else None
            if role == _D:
                if ahp is None:
                    return "—"
                return plain_number(ahp.cr, 3) + ("" if ahp.acceptable else " ⚠")
            if role == _FG and ahp is not None and not ahp.acceptable:
                return QBrush(WARNING.darker(130))
            return None
        if role == _D:
            total = len(self.snap.projects) * len(self.snap.criteria)
            entered = self.snap.scores_entered(person.id)
            return f"{entered}/{total}" + (" ✓" if total and entered == total else "")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if self.snap is None or role != _D or orientation != Qt.Orientation.Horizontal:
            return None
        kinds = self._kinds()
        if not 0 <= section < len(kinds):
            return None
        return {
            self.NAME: QCoreApplication.translate("WeightingModels", "Participant"),
            self.WEIGHTS: QCoreApplication.translate("WeightingModels", "Judgements"),
            self.CR: QCoreApplication.translate("WeightingModels", "CR"),
            self.SCORES: QCoreApplication.translate("WeightingModels", "Scores"),
        }[kinds[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# -- the weights, their warnings and AHP's consistency --------------------------------------------


class WeightBarDelegate(QStyledItemDelegate):
    """A weight as a quiet bar with its percentage at the right end of the cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(VALUE_ROLE)
        if not isinstance(value, float):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        model = index.model()
        values = [model.index(r, index.column()).data(VALUE_ROLE) for r in range(model.rowCount())]
        most = max((v for v in values if isinstance(v, float)), default=0.0) or 1.0
        r = QRectF(option.rect).adjusted(6, 6, -6, -6)
        text_width = QFontMetricsF(option.font).horizontalAdvance("100.0 %") + 8
        bar = QRectF(
            r.left(), r.top(), max(0.0, (r.width() - text_width) * value / most), r.height()
        )
        painter.save()
        painter.fillRect(bar, QColor("#9CC3E4"))
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.setFont(option.font)
        painter.drawText(r, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if isinstance(index.data(VALUE_ROLE), float):
            size.setWidth(max(size.width(), 110))
        return size


def criteria_names(snap: Snapshot, indexes: Any) -> str:
    return ", ".join(f"“{snap.criteria[i].name}”" for i in indexes)


class WeightsPanel(QScrollArea):
    """The live weights, what to look at (zero weights, circular triads, who is missing), AHP's
    consistency and, per participant, the raters with their progress; scrolls when long."""

    rater_picked = Signal(int)

    def __init__(
        self,
        source: WeightingSource,
        weights: WeightsModel,
        raters: RatersModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weightsPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        self.source = source
        self.title = QLabel(self.tr("Resulting weights"), inner)
        self.title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.table = QTableView(inner)
        self.table.setObjectName("weightsTable")
        self.table.setModel(weights)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(WeightsModel.WEIGHT, WeightBarDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setMinimumSectionSize(28)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings = QLabel(inner)
        self.warnings.setObjectName("weightWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {WARNING.darker(140).name()};")
        self.consistency = ConsistencyPanel(source, inner)
        self.raters_title = QLabel(self.tr("Participants"), inner)
        self.raters_title.setStyleSheet("font-weight: 600;")
        self.raters = QTableView(inner)
        self.raters.setObjectName("ratersTable")
        self.raters.setModel(raters)
        self.raters.verticalHeader().hide()
        self.raters.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raters.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.raters.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.raters.clicked.connect(self._picked)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.warnings)
        layout.addWidget(self.consistency)
        layout.addWidget(self.raters_title)
        layout.addWidget(self.raters)
        layout.addStretch(1)
        self.setWidget(inner)
        for model, table in ((weights, self.table), (raters, self.raters)):
            model.modelReset.connect(lambda t=table: self._fit(t))
            model.dataChanged.connect(lambda *_a, t=table: self._fit(t))
        self._fit(self.table)
        self._fit(self.raters)

    def _fit(self, table: QTableView) -> None:
        """Columns: the first takes the room, the numbers what they need; the table as high as
        its rows (the panel scrolls, not the table). The count of raters is said below the
        weights, not repeated in every row."""
        header = table.horizontalHeader()
        columns = table.model().columnCount()
        for column in range(columns):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == 0
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        if table is self.table:
            table.setColumnHidden(WeightsModel.RATERS, columns == 5)
            table.setColumnHidden(3, columns == 4)  # RATERS when there is no "own" column
            table.resizeRowsToContents()
        height = header.sizeHint().height() + table.verticalHeader().length()
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit(self.table)  # wrapped names change the row heights

    def _picked(self, index: QModelIndex) -> None:
        pid = index.data(ID_ROLE)
        if pid is not None:
            self.rater_picked.emit(int(pid))

    def refresh(self, snap: Snapshot | None, judge: int | None) -> None:
        per_participant = snap is not None and snap.judged_by_participants
        self.raters_title.setVisible(per_participant or bool(snap and snap.scored_by_participants))
        self.raters.setVisible(self.raters_title.isVisible())
        self.consistency.refresh(snap, judge)
        self.warnings.setText(self.warning_text(snap, judge) if snap is not None else "")
        self.warnings.setVisible(bool(self.warnings.text()))

    def warning_text(self, snap: Snapshot, judge: int | None) -> str:
        lines: list[str] = []
        outcome = _outcome_for(snap, judge)
        method = snap.method
        if snap.judged_by_participants:
            raters = snap.evaluation.weights.raters
            done = sum(1 for r in raters if r.weights is not None)
            lines.append(
                self.tr(
                    "Group weights from %1 of %2 participants (those who have answered everything)."
                )
                .replace("%1", str(done))
                .replace("%2", str(max(len(snap.people), len(raters))))
            )
            if method == WeightingMethod.AHP and judge == EVERYONE:
                lines.append(
                    self.tr(
                        "AHP: the participants' judgements are combined by their geometric mean, "
                        "pair by pair."
                    )
                )
        weights = snap.weights_of(judge)
        if weights is None and judge != EVERYONE:
            needed = snap.entries_needed()
            answered = snap.answered(judge)
            if method.is_pairwise:
                lines.append(
                    self.tr("The weights appear once every pair is answered (%1 of %2).")
                    .replace("%1", str(answered))
                    .replace("%2", str(needed))
                )
            elif method == WeightingMethod.POINTS:
                lines.append(
                    self.tr(
                        "The weights appear once every criterion has its points (0 is fine) "
                        "or all 100 points are given."
                    )
                )
            else:
                lines.append(self.tr("The weights appear once the criteria are ranked."))
        if weights is not None:
            zero = wm.zero_weight_criteria(weights)
            if zero:
                text = (
                    self.tr(
                        "%n criterion/criteria (%1) lost every comparison and get(s) no weight "
                        "at all — is that intended?",
                        "",
                        len(zero),
                    )
                    if method == WeightingMethod.PAIRWISE
                    else self.tr(
                        "%n criterion/criteria (%1) got no points and get(s) no weight at all "
                        "— is that intended?",
                        "",
                        len(zero),
                    )
                )
                lines.append(text.replace("%1", criteria_names(snap, zero)))
        triads = outcome.circular_triads if outcome is not None else ()
        for a, b, c in triads:
            names = [snap.criteria[k].name for k in (a, b, c)]
            lines.append(
                self.tr(
                    "Circular: %1 > %2 > %3 > %1 — one of these three answers is "
                    "probably not meant that way."
                )
                .replace("%1", names[0])
                .replace("%2", names[1])
                .replace("%3", names[2])
            )
        return "\n".join(lines)
