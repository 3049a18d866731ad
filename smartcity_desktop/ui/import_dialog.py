"""Importing ideas from a survey export, and reviewing near-identical cards.

The import reads the file (with progress, cancellable), shows a preview in which the moderator
picks the text column and the columns to keep as tags, then adds all cards as one undo step in
one transaction (again cancellable: nothing is half-imported).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import board_ops as ops
from smartcity_desktop.domain.model import Card, CardSource
from smartcity_desktop.imports.cards import DraftResult, cards_from_table
from smartcity_desktop.imports.tabular import (
    Cancelled,
    SourceError,
    SourceProblem,
    Table,
    guess_text_column,
    read_table,
)
from smartcity_desktop.ui import palette
from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.dialogs import import_filter

if TYPE_CHECKING:
    from smartcity_desktop.ui.board_page import BoardPage

PREVIEW_ROWS = 12


class ImportTexts(QObject):
    """Texts with a count (self.tr(), so lupdate records their plural forms)."""

    def adding_n_card_s(self, n: int) -> str:
        return self.tr("Adding %n card(s)…", "", n)

    def n_row_s(self, n: int) -> str:
        return self.tr("%n row(s)", "", n)

    def n_duplicate_s_skipped(self, n: int) -> str:
        return self.tr("%n duplicate(s) skipped", "", n)

    def import_n_card_s_from_x(self, n: int) -> str:
        return self.tr("Import %n card(s) from “%1”", "", n)

    def n_empty_row_s_skipped(self, n: int) -> str:
        return self.tr("%n empty row(s) skipped", "", n)

    def n_card_s(self, n: int) -> str:
        return self.tr("%n card(s)", "", n)

    def n_card_s_added(self, n: int) -> str:
        return self.tr("%n card(s) added", "", n)

    def n_new_card_s(self, n: int) -> str:
        return self.tr("%n new card(s)", "", n)


def column_name(table: Table, index: int) -> str:
    header = table.headers[index] if index < len(table.headers) else ""
    return header or QCoreApplication.translate("Import", "Column %1").replace("%1", str(index + 1))


def source_problem_text(error: SourceError) -> str:
    name = error.path.name if error.path is not None else ""
    text = {
        SourceProblem.NOT_FOUND: QCoreApplication.translate(
            "Import", "“%1” does not exist (any more)."
        ),
        SourceProblem.UNREADABLE: QCoreApplication.translate(
            "Import", "“%1” cannot be read (no permission, or not a file)."
        ),
        SourceProblem.EMPTY: QCoreApplication.translate(
            "Import", "“%1” holds no data: nothing to import."
        ),
        SourceProblem.BINARY: QCoreApplication.translate(
            "Import", "“%1” is not a table: neither a CSV text file nor an Excel workbook (.xlsx)."
        ),
        SourceProblem.OLD_EXCEL: QCoreApplication.translate(
            "Import",
            "“%1” is an old Excel workbook (.xls) or a protected one. Save it as .xlsx or CSV "
            "in Excel or LibreOffice and import that.",
        ),
        SourceProblem.DAMAGED_XLSX: QCoreApplication.translate(
            "Import", "“%1” looks like an Excel workbook but cannot be read."
        ),
        SourceProblem.NO_SUCH_COLUMN: QCoreApplication.translate(
            "Import", "“%1” has no such column."
        ),
    }[error.problem]
    return text.replace("%1", name)


class ImportDialog(QDialog):
    """Preview of the first rows; choice of text column, tag columns and source."""

    def __init__(
        self,
        table: Table,
        file_name: str,
        existing_texts: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(
            QCoreApplication.translate("Import", "Import ideas from “%1”").replace("%1", file_name)
        )
        self.resize(900, 620)
        self.table = table
        self.existing = existing_texts
        self._result: DraftResult | None = None  # counted for the summary
        self._summary_column = -1
        about = []
        if table.kind == "xlsx":
            about.append(QCoreApplication.translate("Import", "Excel workbook"))
        else:
            about.append(
                QCoreApplication.translate("Import", "CSV text, encoding %1").replace(
                    "%1", table.encoding or "?"
                )
            )
            names = {
                ",": QCoreApplication.translate("Import", "comma"),
                ";": QCoreApplication.translate("Import", "semicolon"),
                "\t": QCoreApplication.translate("Import", "tab"),
            }
            if table.delimiter:
                about.append(
                    QCoreApplication.translate("Import", "separated by %1").replace(
                        "%1", names.get(table.delimiter, table.delimiter)
                    )
                )
        about.append(ImportTexts().n_row_s(len(table.rows)))
        info = QLabel(" · ".join(about), self)
        info.setObjectName("importInfo")

        self.preview = QTableWidget(self)
        self.preview.setObjectName("importPreview")
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(
            [column_name(table, i) for i in range(len(table.headers))]
        )
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.preview.setItem(r, c, item)
        self.preview.setWordWrap(True)
        self.preview.resizeColumnsToContents()
        for c in range(self.preview.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 320))

        self.text_column = QComboBox(self)
        self.text_column.setObjectName("importTextColumn")
        for i in range(len(table.headers)):
            self.text_column.addItem(column_name(table, i), i)
        self.text_column.setCurrentIndex(guess_text_column(table) if table.headers else 0)
        self.tag_columns = QListWidget(self)
        self.tag_columns.setObjectName("importTagColumns")
        self.tag_columns.setMaximumHeight(110)
        self.source = QComboBox(self)
        self.source.setObjectName("importSource")
        for source in CardSource:
            self.source.addItem(palette.source_label(source), str(source))
        self.source.setCurrentIndex(self.source.findData(str(CardSource.SURVEY)))
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Import", "Card text from column"), self.text_column)
        form.addRow(QCoreApplication.translate("Import", "Keep as tags"), self.tag_columns)
        form.addRow(QCoreApplication.translate("Import", "Source of the ideas"), self.source)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("Import", "Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_summary)
        self.text_column.currentIndexChanged.connect(self._text_column_changed)

        self._fill_tags()
        self.update_summary()

    def _fill_tags(self) -> None:
        text = self.text_column.currentData()
        checked = set(self.chosen_tag_columns())
        self.tag_columns.blockSignals(True)
        self.tag_columns.clear()
        for i in range(len(self.table.headers)):
            if i == text:
                continue
            item = QListWidgetItem(column_name(self.table, i), self.tag_columns)
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if i in checked else Qt.CheckState.Unchecked)
        self.tag_columns.blockSignals(False)

    def _text_column_changed(self, _index: int) -> None:
        self._fill_tags()
        self._timer.start()
        for c in range(self.preview.columnCount()):
            header = self.preview.horizontalHeaderItem(c)
            if header is not None:
                font = header.font()
                font.setBold(c == self.text_column.currentData())
                header.setFont(font)

    def set_text_column(self, index: int) -> None:
        self.text_column.setCurrentIndex(self.text_column.findData(index))
        self.update_summary()

    def set_tag_columns(self, indexes: list[int]) -> None:
        for row in range(self.tag_columns.count()):
            item = self.tag_columns.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in indexes
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.update_summary()

    def chosen_tag_columns(self) -> list[int]:
        result = []
        for row in range(self.tag_columns.count()):
            item = self.tag_columns.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                result.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return result

    def chosen_source(self) -> CardSource:
        return CardSource(self.source.currentData())

    def result_drafts(self) -> DraftResult:
        """The drafts with the tag columns as chosen now."""
        return cards_from_table(
            self.table,
            int(self.text_column.currentData() or 0),
            self.chosen_tag_columns(),
            self.existing,
        )

    def update_summary(self) -> None:
        # The counts depend on the text column only: ticking a tag column costs nothing,
        # which matters with 100,000 rows.
        column = int(self.text_column.currentData() or 0)
        if self._result is not None and self._summary_column == column:
            return
        result = cards_from_table(self.table, column, (), self.existing)
        self._result, self._summary_column = result, column
        self.summary.setText(
            ImportTexts().n_new_card_s(len(result.drafts))
            + " · "
            + ImportTexts().n_empty_row_s_skipped(result.empty)
            + " · "
            + ImportTexts().n_duplicate_s_skipped(result.duplicates)
        )
        self.ok_button.setEnabled(bool(result.drafts))


def _progress(parent: QWidget, label: str) -> tuple[QProgressDialog, object]:
    dialog = QProgressDialog(label, QCoreApplication.translate("Import", "Cancel"), 0, 0, parent)
    dialog.setObjectName("importProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def tick(done: int, total: int) -> bool:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    return dialog, tick


def run_import(page: BoardPage, path: str | Path | None = None) -> list[int]:
    """The whole import flow on a board page; returns the ids of the new cards."""
    dialogs = page.dialogs
    title = QCoreApplication.translate("Import", "Import ideas")
    if path is None:
        folder = page.settings.get(prefs.LAST_IMPORT_FOLDER) if page.settings else ""
        path = dialogs.open_path(title, folder, import_filter())
        if not path:
            return []
    path = Path(path)
    if page.settings is not None:
        page.settings.set(prefs.LAST_IMPORT_FOLDER, str(path.parent))
    progress, tick = _progress(
        page, QCoreApplication.translate("Import", "Reading “%1”…").replace("%1", path.name)
    )
    try:
        table = read_table(path, progress=tick)  # type: ignore[arg-type]
    except Cancelled:
        return []
    except SourceError as error:
        dialogs.warn(title, source_problem_text(error))
        return []
    finally:
        progress.close()
        progress.deleteLater()
    if not table.rows:
        dialogs.warn(
            title,
            QCoreApplication.translate("Import", "“%1” has a header row but no data rows.").replace(
                "%1", path.name
            ),
        )
        return []
    dialog = ImportDialog(table, path.name, page.document.card_texts(page.board_id), page)
    try:
        if not dialogs.run(dialog):
            return []
        result = dialog.result_drafts()
        source = dialog.chosen_source()
    finally:
        dialog.deleteLater()
    if not result.drafts:
        dialogs.info(
            title,
            QCoreApplication.translate(
                "Import", "Nothing to import: every row was empty or a duplicate."
            ),
        )
        return []
    new_cards = [ops.NewCard(d.text, tuple(d.tags.items()), source=source) for d in result.drafts]
    progress, tick = _progress(page, ImportTexts().adding_n_card_s(len(new_cards)))
    try:
        command = ops.import_cards(
            page.document,
            page.board_id,
            new_cards,
            ImportTexts().import_n_card_s_from_x(len(new_cards)).replace("%1", path.name),
            progress=tick,  # type: ignore[arg-type]
            area_title=QCoreApplication.translate("Import", "Import: %1").replace("%1", path.name),
        )
        assert command is not None
        pushed = page.document.push(command)
    finally:
        progress.close()
        progress.deleteLater()
    if command.cancelled:
        dialogs.info(
            title, QCoreApplication.translate("Import", "Import cancelled: no card was added.")
        )
        return []
    if not pushed:
        return []  # the document reported why (disk full, read-only)
    dialogs.info(
        title,
        ImportTexts().n_card_s_added(len(new_cards))
        + "\n"
        + ImportTexts().n_empty_row_s_skipped(result.empty)
        + "\n"
        + ImportTexts().n_duplicate_s_skipped(result.duplicates),
    )
    return list(command.new_ids)


class DuplicatesDialog(QDialog):
    """Groups of near-identical cards; the checked groups are merged into their first card."""

    def __init__(self, groups: list[list[Card]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(QCoreApplication.translate("Import", "Near-identical cards"))
        self.resize(720, 480)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("duplicateGroups")
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Import", "Card"),
                QCoreApplication.translate("Import", "Source"),
            ]
        )
        self.tree.setColumnWidth(0, 520)
        for group in groups:
            top = QTreeWidgetItem(
                self.tree,
                [group[0].text, ImportTexts().n_card_s(len(group))],
            )
            top.setData(0, Qt.ItemDataRole.UserRole, [c.id for c in group])
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            top.setCheckState(0, Qt.CheckState.Checked)
            for card in group:
                QTreeWidgetItem(top, [card.text, palette.source_label(card.source)])
        self.tree.expandAll()
        note = QLabel(
            QCoreApplication.translate(
                "Import",
                "Each checked group becomes one card. It keeps the other cards' texts and "
                "sources, so nothing is lost from the record.",
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Import", "Merge")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def set_checked(self, group_index: int, checked: bool) -> None:
        item = self.tree.topLevelItem(group_index)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_groups(self) -> list[list[int]]:
        result = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.checkState(0) == Qt.CheckState.Checked:
                result.append(list(item.data(0, Qt.ItemDataRole.UserRole)))
        return result
