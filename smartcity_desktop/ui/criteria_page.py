"""The criteria catalogue of the strategy: the criteria projects are scored on (0–10, with
what 0, 5 and 10 mean), must-criteria (K.O.) with their threshold.

Each edit is one undoable command, on disk when pushed; typing into one field merges into one
step. The catalogue can start from the demo strategy's criteria.

The table with its keys and the page plumbing the projects page shares (`CatalogueTable`,
`CataloguePage`) live in `catalogue_page.py`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain.model import Criterion
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.ui.catalogue_models import (
    CriteriaModel,
    empty_name_message,
    must_command,
)
from smartcity_desktop.ui.catalogue_page import CataloguePage
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.widgets import CommitLineEdit, CommitTextEdit


class CriteriaPage(CataloguePage):
    """The catalogue as a table, the chosen criterion's details below it."""

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, dialogs, parent)
        self.model = CriteriaModel(document)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(CriteriaModel.NAME, 340)
        self.view.setColumnWidth(CriteriaModel.MUST, 120)
        buttons = self._edit_buttons(
            "Criterion",
            self.tr("Add criterion"),
            self.tr("A new criterion (Insert or Ctrl+N)"),
            self.tr("Delete the selected criteria (Del)"),
        )
        self.form = self._build_form()
        self.catalogue = self._table_and_form(buttons)
        self.empty = self._build_empty()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.catalogue)
        self._page_layout(
            "criteria",
            self.tr("Criteria for choosing projects"),
            self.tr(
                "Projects are scored 0–10 on each criterion; say what 0, 5 and 10 mean so "
                "everyone scores alike. Phrase cost and risk positively (10 = low cost). A "
                "must-criterion excludes every project scoring below its threshold."
            ),
            self.stack,
        )
        self._connect()
        document.criteria_changed.connect(self.refresh)
        self.refresh()
        if self.model.rowCount():
            self.select(self.model.row_id(0))

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Criterion"), self)
        self.name_edit = CommitLineEdit(box, validator=lambda t: bool(clean_title(t)))
        self.name_edit.setObjectName("criterionName")
        self.description_edit = CommitTextEdit(box)
        self.description_edit.setObjectName("criterionDescription")
        self.description_edit.setMaximumHeight(64)
        self.anchor_edits: dict[str, CommitLineEdit] = {}
        for field, name in (
            ("anchor_low", "anchorLow"),
            ("anchor_mid", "anchorMid"),
            ("anchor_high", "anchorHigh"),
        ):
            edit = CommitLineEdit(box)
            edit.setObjectName(name)
            self.anchor_edits[field] = edit
        self.anchor_edits["anchor_low"].setPlaceholderText(self.tr("what a score of 0 means"))
        self.anchor_edits["anchor_mid"].setPlaceholderText(self.tr("what a score of 5 means"))
        self.anchor_edits["anchor_high"].setPlaceholderText(self.tr("what a score of 10 means"))
        self.must_check = QCheckBox(self.tr("Must-criterion (K.O.)"), box)
        self.must_check.setObjectName("criterionMust")
        self.threshold_spin = QDoubleSpinBox(box)
        self.threshold_spin.setObjectName("criterionThreshold")
        self.threshold_spin.setRange(0.0, 10.0)
        self.threshold_spin.setDecimals(1)
        self.threshold_spin.setSingleStep(0.5)
        self.threshold_spin.setKeyboardTracking(False)
        self.threshold_spin.setToolTip(
            self.tr("A project scoring below this on the criterion is excluded")
        )
        self.threshold_label = QLabel(self.tr("Threshold"), box)
        self.threshold_hint = QLabel(self.tr("a project scoring lower is excluded"), box)
        must_row = QHBoxLayout()
        must_row.addWidget(self.must_check)
        must_row.addSpacing(24)
        must_row.addWidget(self.threshold_label)
        must_row.addWidget(self.threshold_spin)
        must_row.addWidget(self.threshold_hint)
        must_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("0 ="), self.anchor_edits["anchor_low"])
        form.addRow(self.tr("5 ="), self.anchor_edits["anchor_mid"])
        form.addRow(self.tr("10 ="), self.anchor_edits["anchor_high"])
        form.addRow("", must_row)
        outer = QVBoxLayout(box)
        outer.addLayout(form)
        outer.addStretch(1)

        self.name_edit.committed.connect(lambda text: self.edit({"name": text}))
        self.name_edit.editingFinished.connect(self._name_finished)
        self.description_edit.committed.connect(lambda text: self.edit({"description": text}))
        for field, edit in self.anchor_edits.items():
            edit.committed.connect(lambda text, f=field: self.edit({f: clean_title(text)}))
        self.must_check.clicked.connect(self._must_clicked)
        self.threshold_spin.valueChanged.connect(self._threshold_changed)
        return box

    def _build_empty(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("criteriaEmpty")
        label = QLabel(
            self.tr(
                "The catalogue is empty. Start from the demo strategy’s ten criteria (with "
                "their anchors and the must-criterion on data protection) and adapt them, or "
                "build your own."
            ),
            page,
        )
        label.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Start from the demo catalogue"), page)
        self.demo_button.setObjectName("demoCatalogue")
        self.demo_button.clicked.connect(self.start_from_demo)
        self.first_button = QPushButton(self.tr("Add a criterion"), page)
        self.first_button.setObjectName("addFirstCriterion")
        self.first_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addWidget(self.first_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.catalogue)
        self._show_current()

    def _show_current(self) -> None:
        c: Criterion | None = self.current()
        self._form_id = c.id if c is not None else None
        writable = not self.document.read_only
        self.form.setEnabled(c is not None)
        for edit in (self.name_edit, *self.anchor_edits.values()):
            edit.setReadOnly(not writable)
        self.description_edit.setReadOnly(not writable)
        self.name_edit.show_value(c.name if c else "")
        self.description_edit.show_value(c.description if c else "")
        for field, edit in self.anchor_edits.items():
            edit.show_value(getattr(c, field) if c else "")
        must = bool(c and c.must)
        self.must_check.setChecked(must)
        self.must_check.setEnabled(writable)
        self.threshold_spin.blockSignals(True)
        self.threshold_spin.setValue(c.threshold if c and c.threshold is not None else 5.0)
        self.threshold_spin.blockSignals(False)
        self.threshold_spin.setEnabled(must and writable)
        self.threshold_label.setEnabled(must)
        self.threshold_hint.setEnabled(must)
        rows = self.model.rowCount()
        row = self.view.currentIndex().row()
        for button in (self.add_button, self.demo_button, self.first_button):
            button.setEnabled(writable)
        self.delete_button.setEnabled(writable and c is not None)
        self.up_button.setEnabled(writable and c is not None and row > 0)
        self.down_button.setEnabled(writable and c is not None and 0 <= row < rows - 1)

    # -- changing ------------------------------------------------------------------------------

    def edit(self, values: dict[str, Any]) -> bool:
        if self._form_id is None:
            return False
        try:
            command = wops.edit_criterion(self.document, self._form_id, values)
        except (KeyError, ValueError):
            return False
        return self._push(command)

    def _name_finished(self) -> None:
        c: Criterion | None = self.current()
        if c is not None and c.id == self._form_id and not clean_title(self.name_edit.text()):
            self.say(empty_name_message(c.name))
            self.name_edit.setText(c.name)
            self.name_edit.setStyleSheet("")

    def _must_clicked(self, checked: bool) -> None:
        c: Criterion | None = self.current()
        if c is None or not self._push(must_command(self.document, c, checked)):
            self._show_current()

    def _threshold_changed(self, value: float) -> None:
        self.edit({"threshold": round(value, 1)})

    def add(self) -> None:
        if not self._writable():
            return
        command = wops.add_criterion(self.document, self.tr("New criterion"))
        if self._push(command):
            self.select(command.new_ids[0])
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.name_edit.selectAll()

    def start_from_demo(self) -> None:
        try:
            entries = wops.demo_catalogue()
        except (OSError, ValueError, KeyError) as error:
            self.dialogs.warn(
                self.tr("Demo catalogue"),
                self.tr("The demo catalogue could not be read: %1").replace("%1", str(error)),
            )
            return
        command = wops.add_criteria(self.document, entries)
        if self._push(command) and command is not None:
            self.select(command.new_ids[0])
            self.view.setFocus()

    def delete(self) -> None:
        ids = self.selected_ids()
        if not ids or self.document.read_only:
            return
        first = self.model.item(self.model.row_of(ids[0])).name
        if not self._confirm_delete(
            self.tr("Delete %n criterion/criteria", "", len(ids)),
            wops.uses_of_criteria(self.document, ids),
            self.tr(
                "“%1” is used in these weightings:\n%2\n\nIts judgements and scores there are "
                "deleted with it. You can undo this."
            ).replace("%1", first),
            self.tr(
                "The selected criteria are used in these weightings:\n%2\n\nTheir judgements "
                "and scores there are deleted with them. You can undo this."
            ),
            len(ids),
        ):
            return
        self._push(wops.delete_criteria(self.document, ids))
        self.view.setFocus()

    def move(self, delta: int) -> None:
        criterion_id = self.current_id()
        if criterion_id is None or self.document.read_only:
            return
        row = self.model.row_of(criterion_id) + delta
        if not 0 <= row < self.model.rowCount():
            return
        self._push(wops.move_criterion(self.document, criterion_id, row))
        self.select(criterion_id)
