"""The strategy overview: title, city, the vision (Leitbild) as it reads, and the stakeholder
groups. The vision is formatted text, edited in one place only: the strategy draft."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument, commands
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.models import ID_ROLE, GroupsModel
from smartcity_desktop.ui.rich_text_markdown import load_markdown
from smartcity_desktop.ui.widgets import CommitLineEdit


class StrategyPage(QWidget):
    """Edit what the strategy is called and for which city; read its vision."""

    draft_section_requested = Signal(str)  # a section of the strategy draft to open

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.title_edit = CommitLineEdit(self, validator=lambda t: bool(clean_title(t)))
        self.title_edit.setObjectName("strategyTitle")
        self.city_edit = CommitLineEdit(self)
        self.city_edit.setObjectName("strategyCity")
        self.vision_view = QTextBrowser(self)
        self.vision_view.setObjectName("strategyVision")
        self.vision_view.setOpenLinks(False)  # a link in the text must not replace the text
        self.vision_view.setPlaceholderText(
            self.tr(
                "The vision (Leitbild): where the city wants to go, and what digitalisation is for."
            )
        )
        self.edit_vision_button = QPushButton(self.tr("Edit in the strategy draft…"), self)
        self.edit_vision_button.setObjectName("editVision")
        self.edit_vision_button.setToolTip(
            self.tr("The vision is written, with its formatting, in the strategy draft")
        )
        self.edit_vision_button.clicked.connect(lambda: self.draft_section_requested.emit("vision"))
        vision_heading = QHBoxLayout()
        vision_heading.addWidget(QLabel(self.tr("Vision (Leitbild)"), self), 1)
        vision_heading.addWidget(self.edit_vision_button)
        self._vision = ""
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5a00;")

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("City"), self.city_edit)

        self.groups = GroupsModel(document)
        self.groups_view = QTableView(self)
        self.groups_view.setModel(self.groups)
        self.groups_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.groups_view.verticalHeader().hide()
        self.groups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups_view.setMaximumHeight(240)
        add_group = QPushButton(self.tr("Add group…"), self)
        add_group.clicked.connect(self.add_group)
        self.delete_group_button = QPushButton(self.tr("Delete group"), self)
        self.delete_group_button.clicked.connect(self.delete_group)
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(add_group)
        group_buttons.addWidget(self.delete_group_button)
        group_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Strategy"), self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addLayout(vision_heading)
        layout.addWidget(self.vision_view, 2)
        layout.addWidget(QLabel(self.tr("Stakeholder groups (Anspruchsgruppen)"), self))
        layout.addWidget(self.groups_view, 1)
        layout.addLayout(group_buttons)

        self.title_edit.committed.connect(lambda t: self._edit({"title": clean_title(t)}))
        self.city_edit.committed.connect(lambda t: self._edit({"city": clean_title(t)}))
        document.strategy_changed.connect(self.refresh)
        for widget in (self.title_edit, self.city_edit):
            widget.setReadOnly(document.read_only)
        add_group.setEnabled(not document.read_only)
        self.delete_group_button.setEnabled(not document.read_only)
        self.refresh()

    def refresh(self) -> None:
        strategy = self.document.strategy()
        self.title_edit.show_value(strategy.title)
        self.city_edit.show_value(strategy.city)
        if strategy.vision != self._vision:  # reloading would move the reader back to the top
            self._vision = strategy.vision
            load_markdown(self.vision_view.document(), strategy.vision)
        self.notice.setText(strategy.notice)
        self.notice.setVisible(bool(strategy.notice))

    def _edit(self, values: dict[str, str]) -> None:
        # On failure the typed text stays in its field for a retry; the file is unchanged.
        self.document.push(commands.edit_strategy(self.document, values))

    def add_group(self) -> None:
        name = self.dialogs.get_text(self.tr("Add stakeholder group"), self.tr("Name"))
        if name and clean_title(name):
            self.document.push(commands.add_group(self.document, clean_title(name)))

    def delete_group(self) -> None:
        index = self.groups_view.currentIndex()
        if not index.isValid():
            return
        group_id = int(index.siblingAtColumn(0).data(ID_ROLE))
        name = index.siblingAtColumn(0).data(Qt.ItemDataRole.DisplayRole)
        if self.dialogs.confirm(
            self.tr("Delete stakeholder group"),
            self.tr("Delete “%1”? Participants in it keep their data but no group.").replace(
                "%1", name
            ),
            self.tr("Delete"),
        ):
            self.document.push(commands.delete_group(self.document, group_id))
