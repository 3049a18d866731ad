"""The criteria section of the strategy draft: the criteria for choosing projects and the
weighting whose weights were agreed (the criteria themselves belong to the catalogue)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import strategy_ops as ops
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.draft_models import section_title
from smartcity_desktop.ui.draft_rows import HINT_STYLE, push
from smartcity_desktop.ui.draft_score_models import CriteriaModel
from smartcity_desktop.ui.draft_sections import SectionPage


class CriteriaSection(SectionPage):
    """The criteria for choosing projects and the weighting whose weights were agreed."""

    key = "criteria"

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, dialogs, parent)
        content = QWidget(self)
        self.weighting_combo = QComboBox(content)
        self.weighting_combo.setObjectName("agreedWeighting")
        self.weighting_combo.setEnabled(not document.read_only)
        self.weighting_combo.activated.connect(self._chosen)
        form = QFormLayout()
        form.addRow(self.tr("Agreed weights from weighting"), self.weighting_combo)
        self.model = CriteriaModel(document)
        self.model.setParent(self)
        self.view = QTableView(content)
        self.view.setObjectName("criteriaView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CriteriaModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(CriteriaModel.MUST, 160)
        self.view.setColumnWidth(CriteriaModel.WEIGHT, 110)
        self.note = QLabel(content)
        self.note.setObjectName("criteriaNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.add_content(content)
        document.weightings_changed.connect(self.fill_weightings)
        document.workshop_changed.connect(lambda *_: self.fill_weightings())
        document.strategy_changed.connect(self.fill_weightings)
        self.fill_weightings()

    def explanation(self) -> str:
        return self.tr(
            "How projects are chosen: the criteria of the catalogue and, once a weighting "
            "has been agreed, their weights. The criteria themselves are edited under "
            "Criteria in the navigator."
        )

    def fill_weightings(self) -> None:
        doc = self.document
        workshops = {w.id: w.title for w in doc.workshops()}
        weightings = sorted(doc.weightings(), key=lambda w: w.state != "finished")
        agreed = doc.strategy().weighting_id
        combo = self.weighting_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("none yet"), 0)
        for w in weightings:
            text = f"{w.title} ({workshops.get(w.workshop_id, '')})"
            if w.state != "finished":
                text += " — " + self.tr("not finished")
            combo.addItem(text, w.id)
        combo.setCurrentIndex(max(combo.findData(agreed or 0), 0))
        combo.blockSignals(False)
        if agreed is None:
            self.note.setText(
                self.tr("No weights agreed yet: the draft lists the criteria without weights.")
            )
        else:
            self.note.setText(
                self.tr("The weights are those the weighting arrived at; K.O. criteria exclude.")
            )

    def _chosen(self, _index: int) -> None:
        value = int(self.weighting_combo.currentData() or 0)
        push(
            self.document,
            self.dialogs,
            section_title(self.key),
            lambda: ops.set_agreed_weighting(self.document, value or None),
        )
        self.fill_weightings()  # also when nothing was written: show what the file says
