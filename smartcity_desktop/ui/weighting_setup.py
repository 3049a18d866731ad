"""The dialog that sets up a weighting: title, method, who judges, criteria and projects."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.domain.model import ProjectStatus, WeightingMethod
from smartcity_desktop.ui.weighting_scale import method_label, who_label
from smartcity_desktop.ui.widgets import CommitLineEdit

METHODS = (
    WeightingMethod.POINTS,
    WeightingMethod.RANK_ROC,
    WeightingMethod.RANK_SUM,
    WeightingMethod.PAIRWISE,
    WeightingMethod.AHP,
)
WHO = ("group", "participants")


def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    for label, value in items:
        combo.addItem(label, value)


def _select(combo: QComboBox, value: object) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(max(combo.findData(value), 0))
    combo.blockSignals(False)


class WeightingSetupDialog(QDialog):
    """A new weighting's title, method, who weights and scores, criteria and projects; or (with
    `weighting_id`) just the criteria and projects of an existing one."""

    def __init__(
        self,
        document: ProjectDocument,
        parent: QWidget | None = None,
        *,
        title: str = "",
        weighting_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weightingSetupDialog")
        self.document = document
        editing = weighting_id is not None
        self.setWindowTitle(
            self.tr("Criteria and projects") if editing else self.tr("New weighting")
        )
        self.title_edit = CommitLineEdit(self)
        self.title_edit.setObjectName("setupTitle")
        self.title_edit.setText(title)
        self.method = QComboBox(self)
        self.method.setObjectName("setupMethod")
        _fill(self.method, [(method_label(m), str(m)) for m in METHODS])
        _select(self.method, str(WeightingMethod.AHP))
        self.judged_by = QComboBox(self)
        self.judged_by.setObjectName("setupJudgedBy")
        _fill(self.judged_by, [(who_label(w), w) for w in WHO])
        self.scored_by = QComboBox(self)
        self.scored_by.setObjectName("setupScoredBy")
        _fill(self.scored_by, [(who_label(w), w) for w in WHO])
        criteria = document.criteria()
        projects = document.projects()
        if editing:
            assert weighting_id is not None
            weighting = document.weighting(weighting_id)
            chosen_criteria = list(weighting.criterion_ids)
            chosen_projects = list(weighting.project_ids)
            self._method = WeightingMethod(weighting.method)
        else:
            chosen_criteria = [c.id for c in criteria]
            wanted = {ProjectStatus.SHORTLISTED, ProjectStatus.SELECTED}
            chosen_projects = [p.id for p in projects if p.status in wanted] or [
                p.id for p in projects
            ]
            self._method = WeightingMethod.AHP
        self.criteria = self._checklist(
            "setupCriteria", [(c.id, c.name) for c in criteria], chosen_criteria, editing
        )
        self.projects = self._checklist(
            "setupProjects", [(p.id, p.title) for p in projects], chosen_projects, editing
        )
        self.hint = QLabel(self)
        self.hint.setObjectName("setupHint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        if not editing:
            form.addRow(self.tr("Title"), self.title_edit)
            form.addRow(self.tr("Method"), self.method)
            form.addRow(self.tr("Who weights the criteria"), self.judged_by)
            form.addRow(self.tr("Who scores the projects"), self.scored_by)
        else:
            for widget in (self.title_edit, self.method, self.judged_by, self.scored_by):
                widget.hide()
        lists = QHBoxLayout()
        for label, widget in (
            (self.tr("Criteria"), self.criteria),
            (self.tr("Projects"), self.projects),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{label}</b>", self))
            column.addWidget(widget, 1)
            row = QHBoxLayout()
            for text, state in ((self.tr("All"), True), (self.tr("None"), False)):
                button = QPushButton(text, self)
                button.setObjectName(f"{widget.objectName()}{'All' if state else 'None'}")
                button.clicked.connect(
                    lambda _checked=False, w=widget, s=state: self._check_all(w, s)
                )
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
            lists.addLayout(column, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.method.currentIndexChanged.connect(self._update)
        self.criteria.itemChanged.connect(self._update)
        self.projects.itemChanged.connect(self._update)
        self._update()

    def _checklist(
        self, name: str, items: list[tuple[int, str]], checked: list[int], members_first: bool
    ) -> QListWidget:
        """The catalogue's items in its order; for an existing weighting its members first, in
        the weighting's order."""
        widget = QListWidget(self)
        widget.setObjectName(name)
        labels = dict(items)
        order = [i for i, _t in items]
        if members_first:
            order = [i for i in checked if i in labels] + [i for i in order if i not in checked]
        for item_id in order:
            item = QListWidgetItem(labels[item_id], widget)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked
            )
        return widget

    def _check_all(self, widget: QListWidget, state: bool) -> None:
        for row in range(widget.count()):
            widget.item(row).setCheckState(
                Qt.CheckState.Checked if state else Qt.CheckState.Unchecked
            )

    @staticmethod
    def checked(widget: QListWidget) -> list[int]:
        return [
            int(widget.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, widget: QListWidget, ids: list[int]) -> None:
        wanted = set(ids)
        for row in range(widget.count()):
            item = widget.item(row)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )

    def chosen_method(self) -> WeightingMethod:
        if self.method.isHidden():
            return self._method
        return WeightingMethod(self.method.currentData())

    def _update(self, *_args: object) -> None:
        n = len(self.checked(self.criteria))
        projects = len(self.checked(self.projects))
        method = self.chosen_method()
        problems = []
        if n == 0:
            problems.append(self.tr("Choose at least one criterion."))
        elif method.is_pairwise and n < 2:
            problems.append(self.tr("Comparing pairs needs at least two criteria."))
        parts = [
            self.tr("%n criterion/criteria and %1.", "", n).replace(
                "%1", self.tr("%n project(s)", "", projects)
            )
        ]
        if method.is_pairwise and n >= 2:
            parts.append(self.tr("%n pair(s) to compare.", "", n * (n - 1) // 2))
        if method == WeightingMethod.AHP and n > 15:
            problems.append(self.tr("AHP covers at most 15 criteria (Saaty's random index)."))
        if n > 9 and method.is_pairwise:
            parts.append(self.tr("That's a lot of pairs for one session; consider fewer criteria."))
        if not projects:
            parts.append(self.tr("Without projects only the weights are agreed."))
        self.hint.setText(" ".join(problems + parts))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def values(self) -> dict[str, object]:
        return {
            "title": self.title_edit.text().strip() or self.windowTitle(),
            "method": str(self.chosen_method()),
            "judged_by": self.judged_by.currentData(),
            "scored_by": self.scored_by.currentData(),
            "criterion_ids": self.checked(self.criteria),
            "project_ids": self.checked(self.projects),
        }
