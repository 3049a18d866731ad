"""The strategy draft editor: the sections on the left, the chosen section on the right, a
toolbar for versions and exports, and a panel showing where a field or project came from.

Everything typed is saved at once, one undoable step per edit (typing merges); saving a
version or exporting first hands over what is still being typed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.domain.strategy import SECTIONS
from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.draft_criteria import CriteriaSection
from smartcity_desktop.ui.draft_fields import FieldsSection
from smartcity_desktop.ui.draft_models import HINT_ROLE, SectionsModel
from smartcity_desktop.ui.draft_sections import (
    GoalsSection,
    GovernanceSection,
    NextStepsSection,
    SectionPage,
    VisionSection,
)

Index = QModelIndex | QPersistentModelIndex
_SECTION_PAGES: dict[str, type[SectionPage]] = {
    "vision": VisionSection,
    "goals": GoalsSection,
    "fields": FieldsSection,
    "criteria": CriteriaSection,
    "governance": GovernanceSection,
    "next_steps": NextStepsSection,
}


TRACE_WIDTH = 540  # the "Where it came from" panel, when it opens


def _least_width(widget: QWidget) -> int:
    """How narrow a splitter lets `widget` get."""
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


def close_cell_editor(view: QAbstractItemView) -> None:
    """Write what is typed in the open cell editor of `view` (if any) and close it."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    editor = view.indexWidget(view.currentIndex())
    if editor is not None:
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class SectionDelegate(QStyledItemDelegate):
    """A section as two lines: its title, and below it in grey what it holds."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        return QSize(120, metrics.height() * 2 + 3 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        line = opt.fontMetrics.height()
        painter.save()
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(opt.palette.color(group, text_role))
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        title = QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft), title)
        painter.setFont(opt.font)
        hint_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(opt.palette.color(group, hint_role))
        bottom = QRect(rect.left(), rect.top() + line + self.PADDING // 2, rect.width(), line)
        hint = opt.fontMetrics.elidedText(
            str(index.data(HINT_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft), hint)
        painter.restore()


class DraftPage(QWidget):
    """Edit the strategy draft section by section; save versions; export it."""

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        settings: prefs.Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.settings = settings
        self.trace_view: QWidget | None = None

        heading = QLabel(self.tr("Strategy draft"), self)
        heading.setObjectName("draftHeading")
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("draftSubtitle")
        self.subtitle.setWordWrap(True)  # a long title takes two lines, not the buttons' room
        titles = QVBoxLayout()
        titles.addWidget(heading)
        titles.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addLayout(self._build_toolbar(), 0)

        self.sections = SectionsModel(document)
        self.sections.setParent(self)  # goes with the page (and stops listening to the document)
        self.section_list = QListView(self)
        self.section_list.setObjectName("draftSections")
        self.section_list.setModel(self.sections)
        self.section_list.setItemDelegate(SectionDelegate(self.section_list))
        self.section_list.setMinimumWidth(120)  # long names are cut short, with a tooltip
        self.section_list.setSpacing(1)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, SectionPage] = {}
        for key in SECTIONS:
            page = _SECTION_PAGES[key](document, dialogs, self.stack)
            page.setObjectName(f"section_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
        fields = self.pages["fields"]
        assert isinstance(fields, FieldsSection)
        fields.trace_requested.connect(self.show_trace)

        self.trace_panel = self._build_trace_panel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.section_list)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.trace_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 900, 0])
        self.trace_panel.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.section_list.selectionModel().currentChanged.connect(self._section_chosen)
        self.section_list.setCurrentIndex(self.sections.index(0, 0))
        document.strategy_changed.connect(self._show_subtitle)
        self._show_subtitle()

    # -- building ------------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        writable = not self.document.read_only
        self.save_version_button = QPushButton(self.tr("Save version…"), self)
        self.save_version_button.setObjectName("saveVersion")
        self.save_version_button.setToolTip(
            self.tr("Keep the draft as it is now under a name, e.g. “Draft 2 after workshop 2”")
        )
        self.save_version_button.setEnabled(writable)
        self.save_version_button.clicked.connect(self.save_version)
        self.versions_button = QPushButton(self.tr("Versions…"), self)
        self.versions_button.setObjectName("versions")
        self.versions_button.setToolTip(self.tr("List, compare and restore saved versions"))
        self.versions_button.clicked.connect(self.open_versions)
        self.trace_button = QPushButton(self.tr("Where it all came from"), self)
        self.trace_button.setObjectName("traceSummary")
        self.trace_button.setToolTip(
            self.tr("For every field of action: ideas, sources, dots and projects")
        )
        self.trace_button.clicked.connect(lambda: self.show_trace("summary", 0))
        # one "Export ▾" button: the page (and the navigator beside it) fit a 1366 px screen
        self.export_button = QPushButton(self.tr("Export"), self)  # the menu adds an arrow
        self.export_button.setObjectName("exportDraft")
        self.export_button.setToolTip(self.tr("Export the strategy draft as PDF or Word"))
        menu = QMenu(self.export_button)
        self.pdf_action = menu.addAction(self.tr("PDF…"))
        self.pdf_action.setObjectName("exportDraftPdf")
        self.pdf_action.setToolTip(self.tr("Export the strategy draft as PDF"))
        self.pdf_action.triggered.connect(lambda: self.export("pdf"))
        self.docx_action = menu.addAction(self.tr("Word…"))
        self.docx_action.setObjectName("exportDraftDocx")
        self.docx_action.setToolTip(
            self.tr("Export the strategy draft as a Word document, to edit it further")
        )
        self.docx_action.triggered.connect(lambda: self.export("docx"))
        menu.setToolTipsVisible(True)
        self.export_button.setMenu(menu)
        for widget in (
            self.save_version_button,
            self.versions_button,
            self.trace_button,
            self.export_button,
        ):
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _build_trace_panel(self) -> QWidget:
        panel = QWidget(self)
        panel.setObjectName("tracePanel")
        panel.setMinimumWidth(320)
        title = QLabel(self.tr("Where it came from"), panel)
        title.setStyleSheet("font-weight: 600;")
        close = QToolButton(panel)
        close.setObjectName("closeTrace")
        close.setText("✕")
        close.setToolTip(self.tr("Close"))
        close.setAutoRaise(True)
        close.clicked.connect(panel.hide)
        bar = QHBoxLayout()
        bar.addWidget(title, 1)
        bar.addWidget(close)
        self.trace_layout = QVBoxLayout(panel)
        self.trace_layout.setContentsMargins(6, 0, 0, 0)
        self.trace_layout.addLayout(bar)
        return panel

    # -- sections ------------------------------------------------------------------------

    def current_section(self) -> str:
        return SECTIONS[max(self.section_list.currentIndex().row(), 0)]

    def show_section(self, key: str) -> None:
        self.section_list.setCurrentIndex(self.sections.index(self.sections.row_of(key), 0))

    def edit_section(self, key: str) -> None:
        """Show the section `key` with the cursor in its text, ready to type."""
        self.show_section(key)
        self.pages[key].intro.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _section_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid():
            self.pages[SECTIONS[previous.row()]].commit()
        if current.isValid():
            self.stack.setCurrentWidget(self.pages[SECTIONS[current.row()]])

    def _show_subtitle(self) -> None:
        strategy = self.document.strategy()
        self.subtitle.setText(
            " · ".join(part for part in (strategy.title, strategy.city) if part)
            + ("  —  " + self.tr("read-only") if self.document.read_only else "")
        )

    def commit(self) -> None:
        """Hand over whatever is still being typed in any section: an open table cell or a
        line being edited first (a menu or a toolbar button that takes no focus leaves them
        open), then the formatted texts."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # a cell's editor commits on leaving, a line on editingFinished
        for view in self.findChildren(QAbstractItemView):
            close_cell_editor(view)
        for page in self.pages.values():
            page.commit()

    # -- traceability ----------------------------------------------------------------------

    def show_trace(self, kind: str, item_id: int) -> None:
        """Open the panel showing where a field ("field"), a project ("project") or the whole
        strategy ("summary") came from."""
        view = self._trace_view()
        self.trace_panel.show()
        sizes = self.splitter.sizes()
        if sizes[2] < TRACE_WIDTH:
            self.splitter.setSizes(self._sizes_with_trace(sizes))
        if kind == "field":
            view.show_field(item_id)  # type: ignore[attr-defined]
        elif kind == "project":
            view.show_project(item_id)  # type: ignore[attr-defined]
        else:
            view.show_summary()  # type: ignore[attr-defined]

    def _sizes_with_trace(self, sizes: list[int]) -> list[int]:
        """Room for the panel, TRACE_WIDTH if there is: the section list gives some, the
        section the rest, neither below its minimum (else the splitter squeezes the panel)."""
        total = sum(sizes)
        left = max(min(sizes[0], 180), _least_width(self.section_list))
        middle_min = _least_width(self.stack)
        panel_min = _least_width(self.trace_panel)
        panel = max(min(TRACE_WIDTH, total - left - middle_min), panel_min)
        return [left, max(total - left - panel, middle_min), panel]

    def _trace_view(self) -> QWidget:
        if self.trace_view is None:
            from smartcity_desktop.ui.trace_view import TraceView  # first use: keeps start-up lean

            self.trace_view = TraceView(self.document, self.trace_panel)
            self.trace_layout.addWidget(self.trace_view, 1)
        return self.trace_view

    # -- versions and exports --------------------------------------------------------------

    def save_version(self) -> None:
        from smartcity_desktop.ui.draft_versions import save_version_interactively

        self.commit()
        save_version_interactively(self.document, self.dialogs, self)

    def open_versions(self) -> None:
        from smartcity_desktop.ui.draft_versions import VersionsDialog

        self.commit()
        # through Dialogs, like every modal dialog of the app (tests answer it)
        self.dialogs.run(VersionsDialog(self.document, self.dialogs, self, settings=self.settings))

    def export(self, kind: str) -> None:
        from smartcity_desktop.ui.export_dialogs import export_strategy

        self.commit()  # what is typed goes into the file
        export_strategy(self, self.document, self.dialogs, self.settings, kind)
