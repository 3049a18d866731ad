"""The criteria catalogue of the strategy: the criteria projects are scored on (0–10, with
what 0, 5 and 10 mean), must-criteria (K.O.) with their threshold.

Each edit is one undoable command, on disk when pushed; typing into one field merges into one
step. The catalogue can start from the demo strategy's criteria.

The table with its keys and the page plumbing the projects page shares (`CatalogueTable`,
`CataloguePage`) live here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain.model import Criterion
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.ui.catalogue_models import (
    CatalogueModel,
    CriteriaModel,
    empty_name_message,
    must_command,
)
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.widgets import CommitLineEdit, CommitTextEdit

MESSAGE_STYLE = "color: #B34700; font-weight: 600;"  # darker Okabe–Ito vermillion, readable


def key_command(event: QKeyEvent) -> str | None:
    """What a key means in a catalogue table: add, delete, up, down (moving a row)."""
    key = event.key()
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    none = Qt.KeyboardModifier.NoModifier
    if (key == Qt.Key.Key_Insert and mods == none) or (
        key == Qt.Key.Key_N and mods == Qt.KeyboardModifier.ControlModifier
    ):
        return "add"
    if key == Qt.Key.Key_Delete and mods == none:
        return "delete"
    if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        return "up" if key == Qt.Key.Key_Up else "down"
    return None


def claims_new(event: QEvent) -> bool:
    """Ctrl+N anywhere on a catalogue page adds a row (instead of the window's New project)."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_N
        and key_command(event) == "add"
    )


class CatalogueTable(QTableView):
    """A table of a catalogue: Insert/Ctrl+N adds, Del deletes, Alt+Up/Down moves, F2 edits."""

    add_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)

    def event(self, event: QEvent) -> bool:
        # These keys belong to the table while it has the focus, not to a menu shortcut.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            f2 = event.key() == Qt.Key.Key_F2 and event.modifiers() == Qt.KeyboardModifier(0)
            if key_command(event) or f2:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = key_command(event)
        if command == "add":
            self.add_requested.emit()
        elif command == "delete":
            self.delete_requested.emit()
        elif command in ("up", "down"):
            self.move_requested.emit(-1 if command == "up" else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def selected_rows(self) -> list[int]:
        """Rows of the view that are selected, or the current one."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows


class CataloguePage(QWidget):
    """What the criteria and the projects pages share: a heading, an inline message, the table
    with its buttons above the chosen row's details, the keys, pushing commands.

    A subclass sets `model` (and the view's model), builds `form`, and implements add, delete,
    move and _show_current.
    """

    model: CatalogueModel
    form: QWidget

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self._form_id: int | None = None  # the row the form shows (edits go there)
        self._keep: tuple[int | None, int] = (None, -1)  # current id and row across a reset
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        self.view = CatalogueTable(self)

    # -- building ------------------------------------------------------------------------------

    def _button(
        self, text: str, name: str, slot: Any, parent: QWidget | None = None
    ) -> QPushButton:
        button = QPushButton(text, parent or self)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _edit_buttons(self, name: str, add_text: str, add_tip: str, delete_tip: str) -> QHBoxLayout:
        """Add, Delete, Move up, Move down (object names addCriterion, moveCriterionUp, …)."""
        self.add_button = self._button(add_text, f"add{name}", self.add)
        self.add_button.setToolTip(add_tip)
        self.delete_button = self._button(
            QCoreApplication.translate("CataloguePage", "Delete"), f"delete{name}", self.delete
        )
        self.delete_button.setToolTip(delete_tip)
        self.up_button = self._button(
            QCoreApplication.translate("CataloguePage", "Move up"),
            f"move{name}Up",
            lambda: self.move(-1),
        )
        self.down_button = self._button(
            QCoreApplication.translate("CataloguePage", "Move down"),
            f"move{name}Down",
            lambda: self.move(1),
        )
        self.up_button.setToolTip(QCoreApplication.translate("CataloguePage", "Alt+Up"))
        self.down_button.setToolTip(QCoreApplication.translate("CataloguePage", "Alt+Down"))
        row = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _table_and_form(self, *rows: QHBoxLayout) -> QSplitter:
        """The table (with `rows` of controls: those before the view go above it) and the
        form below it; the table takes the room the form does not need."""
        table_side = QWidget(self)
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        *above, below = rows
        for row in above:
            table_layout.addLayout(row)
        table_layout.addWidget(self.view, 1)
        table_layout.addLayout(below)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(table_side)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1000, self.form.sizeHint().height()])
        return splitter

    def _page_layout(self, name: str, title: str, intro: str, body: QWidget) -> None:
        heading = QLabel(title, self)
        heading.setObjectName(f"{name}Heading")
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        text = QLabel(intro, self)
        text.setWordWrap(True)
        self.message.setObjectName(f"{name}Message")
        self.view.setObjectName(f"{name}View")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.message)
        layout.addWidget(body, 1)

    def _connect(self) -> None:
        self.view.add_requested.connect(self.add)
        self.view.delete_requested.connect(self.delete)
        self.view.move_requested.connect(self.move)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.model.refused.connect(self.say)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)

    # -- rows ----------------------------------------------------------------------------------

    def _source_row(self, view_row: int) -> int:
        shown = self.view.model()
        if isinstance(shown, QSortFilterProxyModel):
            return shown.mapToSource(shown.index(view_row, 0)).row()
        return view_row

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id(self._source_row(index.row())) if index.isValid() else None

    def current(self) -> Any:
        row = self.model.row_of(self.current_id())
        return self.model.item(row) if row >= 0 else None

    def selected_ids(self) -> list[int]:
        return [self.model.row_id(self._source_row(r)) for r in self.view.selected_rows()]

    def select(self, row_id: int | None) -> None:
        """Make the row of `row_id` the current and only selected one (if it is shown)."""
        row = self.model.row_of(row_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        shown = self.view.model()
        if isinstance(shown, QSortFilterProxyModel):
            index = shown.mapFromSource(index)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)

    def _remember(self) -> None:
        index = self.view.currentIndex()
        self._keep = (self.current_id(), index.row() if index.isValid() else -1)

    def _restore(self) -> None:
        kept_id, kept_row = self._keep
        self.select(kept_id)
        shown = self.view.model()
        if self.current_id() != kept_id and kept_row >= 0 and shown.rowCount():
            # deleted: its neighbour
            self.select(self.model.row_id(self._source_row(min(kept_row, shown.rowCount() - 1))))

    def _current_changed(self) -> None:
        self.say("")
        self._show_current()

    def say(self, text: str) -> None:
        """An inline message (why an edit was refused); empty hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- changing ------------------------------------------------------------------------------

    def _push(self, command: Any) -> bool:
        if command is None:
            return False
        if self.document.push(command):
            self.say("")
            return True
        self._show_current()  # show what the file holds
        return False

    def _writable(self) -> bool:
        if self.document.read_only:
            self.document.push(None)  # type: ignore[arg-type]  # reports "read-only" once
            return False
        return True

    def _confirm_delete(self, title: str, uses: list[str], one: str, many: str, n: int) -> bool:
        """Ask before deleting what weightings use (`one`/`many`: %1 name, %2 the titles)."""
        if not uses:
            return True
        titles = "\n".join(f"• {t}" for t in uses)
        text = (one if n == 1 else many).replace("%2", titles)
        return self.dialogs.confirm(
            title, text, QCoreApplication.translate("CataloguePage", "Delete")
        )

    def add(self) -> None:
        raise NotImplementedError

    def delete(self) -> None:
        raise NotImplementedError

    def move(self, delta: int) -> None:
        raise NotImplementedError

    def _show_current(self) -> None:
        raise NotImplementedError

    # -- keys ----------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if claims_new(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_N and key_command(event) == "add":
            self.add()
            event.accept()
            return
        super().keyPressEvent(event)


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
