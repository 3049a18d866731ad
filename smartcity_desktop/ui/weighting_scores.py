"""The score table's model (Nutzwertanalyse): projects by criteria, one score per cell."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush

from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain.model import (
    Criterion,
)
from smartcity_desktop.ui.weighting_scale import (
    _ALIGN,
    _BG,
    _D,
    _E,
    _FG,
    _TIP,
    CENTRE,
    EVERYONE,
    FAIL_TINT,
    PAIR_ROLE,
    VALUE_ROLE,
    WARNING,
    Index,
    parse_score,
    plain_number,
)
from smartcity_desktop.ui.weighting_source import _WeightingModel


class ScoresModel(_WeightingModel):
    """Projects × criteria, scores 0–10 of the chosen rater (the group's when the group
    scores); EVERYONE shows the mean and range per cell, read-only."""

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None:
            return (None,)
        return (
            tuple(p.id for p in self.snap.projects),
            tuple(c.id for c in self.snap.criteria),
        )

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.projects) if self.snap.criteria else 0

    def columns(self) -> int:
        assert self.snap is not None
        return len(self.snap.criteria) if self.snap.projects else 0

    @property
    def scorer(self) -> int | None:
        assert self.snap is not None
        return self.snap.scorer(self.rater)

    def writable(self) -> bool:
        return self.snap is not None and not self.snap.read_only and self.scorer != EVERYONE

    def value(self, row: int, column: int) -> float | None:
        assert self.snap is not None
        if self.scorer == EVERYONE:
            stats = self.snap.evaluation.outcomes[row].stats[column]
            return stats.mean if stats else None
        project, criterion = self.snap.projects[row], self.snap.criteria[column]
        return self.snap.score(self.scorer, project.id, criterion.id)

    def _below(self, column: int, value: float | None) -> bool:
        assert self.snap is not None
        c = self.snap.criteria[column]
        return bool(
            c.must and c.threshold is not None and value is not None and value < c.threshold
        )

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        row, column = index.row(), index.column()
        value = self.value(row, column)
        if role == _D:
            if value is None:
                return ""
            if self.scorer == EVERYONE:
                stats = self.snap.evaluation.outcomes[row].stats[column]
                assert stats is not None
                if stats.count > 1 and stats.maximum > stats.minimum:
                    return (
                        f"{plain_number(stats.mean, 1)}  ({plain_number(stats.minimum)}–"
                        f"{plain_number(stats.maximum)})"
                    )
                return plain_number(stats.mean, 1)
            return plain_number(value, 2)
        if role in (_E, VALUE_ROLE):
            return value
        if role == _ALIGN:
            return CENTRE
        if role == _BG and self._below(column, value):
            return QBrush(FAIL_TINT)
        if role == _FG and self._below(column, value):
            return QBrush(WARNING.darker(130))
        if role == _TIP:
            return self._tooltip(row, column, value)
        if role == PAIR_ROLE:
            return (self.snap.projects[row].id, self.snap.criteria[column].id)
        return None

    def _tooltip(self, row: int, column: int, value: float | None) -> str | None:
        assert self.snap is not None
        c = self.snap.criteria[column]
        parts = []
        if self.scorer == EVERYONE:
            stats = self.snap.evaluation.outcomes[row].stats[column]
            if stats is not None:
                parts.append(
                    QCoreApplication.translate(
                        "WeightingModels", "Mean %1 of %2 scores, from %3 to %4"
                    )
                    .replace("%1", plain_number(stats.mean, 2))
                    .replace("%2", str(stats.count))
                    .replace("%3", plain_number(stats.minimum))
                    .replace("%4", plain_number(stats.maximum))
                )
        if self._below(column, value):
            parts.append(
                QCoreApplication.translate("WeightingModels", "Below the K.O. threshold %1 of “%2”")
                .replace("%1", plain_number(c.threshold or 0))
                .replace("%2", c.name)
            )
        return "\n".join(parts) or None

    def excluded_reason(self, row: int) -> str:
        """Why a project is out (a must-criterion failed in the result), or ''."""
        assert self.snap is not None
        outcome = self.snap.evaluation.outcomes[row]
        if not outcome.failed_must:
            return ""
        names = [
            QCoreApplication.translate("WeightingModels", "%1 below %2")
            .replace("%1", self.snap.criteria[j].name)
            .replace("%2", plain_number(self.snap.criteria[j].threshold or 0))
            for j in outcome.failed_must
        ]
        return QCoreApplication.translate("WeightingModels", "Excluded (K.O.): %1").replace(
            "%1", "; ".join(names)
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if self.snap is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            c = self.snap.criteria[section]
            must = c.must and c.threshold is not None
            if role == _D:
                name = "\n".join(textwrap.wrap(c.name, 16, break_long_words=False)) or c.name
                if must:
                    return (
                        name
                        + "\n"
                        + QCoreApplication.translate("WeightingModels", "K.O. ≥ %1").replace(
                            "%1", plain_number(c.threshold)
                        )
                    )
                return name
            if role == _TIP:
                return criterion_anchors(c)
            if role == _FG and must:
                return QBrush(WARNING.darker(130))
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            project = self.snap.projects[section]
            reason = self.excluded_reason(section)
            if role == _D:
                return project.title + ("   ✕ K.O." if reason else "")
            if role == _TIP:
                return reason or project.description or None
            if role == _FG and reason:
                return QBrush(WARNING.darker(130))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.writable() else base

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if role != _E or not self._valid(index) or not self.writable():
            return False
        assert self.snap is not None
        try:
            number = parse_score("" if value is None else str(value))
        except ValueError as error:
            self.source.message.emit(str(error))
            return False
        project, criterion = self.snap.projects[index.row()], self.snap.criteria[index.column()]
        return self.source.run(wops.set_score, self.scorer, project.id, criterion.id, number)

    def set_block(self, row: int, column: int, text: str) -> bool:
        """Paste a block of tab-separated rows (from a spreadsheet) at a cell, in one step.

        Empty cells leave a score as it is; anything that is not a score 0–10 refuses the whole
        block, naming the cell; what falls outside the table is left out and said so.
        """
        if not self.writable() or not self._valid(self.index(row, column)):
            return False
        assert self.snap is not None
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        entries: dict[tuple[int, int], float | None] = {}
        outside = 0
        for r, line in enumerate(lines):
            for c, cell in enumerate(line.split("\t")):
                if not cell.strip():
                    continue
                try:
                    value = parse_score(cell)
                except ValueError as error:
                    where = (
                        QCoreApplication.translate(
                            "WeightingModels", "Row %1, column %2 of the pasted block: "
                        )
                        .replace("%1", str(r + 1))
                        .replace("%2", str(c + 1))
                    )
                    self.source.message.emit(
                        where
                        + str(error)
                        + " "
                        + QCoreApplication.translate("WeightingModels", "Nothing was pasted.")
                    )
                    return False
                if row + r >= self.rowCount() or column + c >= self.columnCount():
                    outside += 1
                    continue
                project = self.snap.projects[row + r]
                criterion = self.snap.criteria[column + c]
                entries[(project.id, criterion.id)] = value
        if not entries:
            self.source.message.emit(
                QCoreApplication.translate("WeightingModels", "There are no scores to paste.")
            )
            return False
        ok = self.source.run(wops.set_scores, self.scorer, entries)
        if ok and outside:
            self.source.message.emit(
                self.tr(
                    "%n pasted value(s) fell outside the table and was/were left out.", "", outside
                )
            )
        return ok

    def clear(self, cells: Sequence[tuple[int, int]]) -> bool:
        """Clear several cells in one step."""
        if not self.writable():
            return False
        assert self.snap is not None
        entries: dict[tuple[int, int], float | None] = {}
        for row, column in cells:
            if self.value(row, column) is not None:
                entries[(self.snap.projects[row].id, self.snap.criteria[column].id)] = None
        if not entries:
            return False
        return self.source.run(wops.set_scores, self.scorer, entries)


def criterion_anchors(c: Criterion) -> str:
    """What 0, 5 and 10 mean for a criterion, one line each."""
    lines = [c.name]
    for number, text in (("0", c.anchor_low), ("5", c.anchor_mid), ("10", c.anchor_high)):
        if text:
            lines.append(f"{number} = {text}")
    if c.must and c.threshold is not None:
        lines.append(
            QCoreApplication.translate(
                "WeightingModels", "K.O.: a project scoring below %1 is excluded"
            ).replace("%1", plain_number(c.threshold))
        )
    return "\n".join(lines)
