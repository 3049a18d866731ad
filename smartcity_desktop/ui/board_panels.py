"""The board page's search bar and its properties panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.domain.model import CardColour, CardSource
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.domain.text import normalise_text
from smartcity_desktop.ui import palette
from smartcity_desktop.ui.board_scene import (
    CardItem,
)
from smartcity_desktop.ui.widgets import CommitLineEdit, CommitTextEdit

if TYPE_CHECKING:
    from smartcity_desktop.ui.board_page import BoardPage


class SearchBar(QWidget):
    """Ctrl+F: cards matching text, source and colour are outlined, the others dimmed."""

    changed = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardSearch")
        self.text = QLineEdit(self)
        self.text.setObjectName("searchText")
        self.text.setPlaceholderText(self.tr("Search cards…"))
        self.text.setClearButtonEnabled(True)
        self.source = QComboBox(self)
        self.source.setObjectName("searchSource")
        self.source.addItem(self.tr("All sources"), "")
        for source in CardSource:
            self.source.addItem(palette.source_label(source), str(source))
        self.colour = QComboBox(self)
        self.colour.setObjectName("searchColour")
        self.colour.addItem(self.tr("All colours"), None)
        for colour in CardColour:
            self.colour.addItem(
                palette.colour_icon(colour), palette.colour_label(colour), str(colour)
            )
        self.result = QLabel(self)
        self.result.setObjectName("searchResult")
        self._keys: dict[str, str] = {}  # card text (with note, author, tags) -> normalised
        self._needle_for = ""
        self._needle_key = ""
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close the search (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.source, 1)
        layout.addWidget(self.colour, 1)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.changed)
        self.text.textChanged.connect(self._timer.start)
        self.source.currentIndexChanged.connect(self.changed)
        self.colour.currentIndexChanged.connect(self.changed)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.close_bar,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def _needle(self) -> str:
        text = self.text.text()
        if text != self._needle_for:
            self._needle_for, self._needle_key = text, normalise_text(text)
        return self._needle_key

    def active(self) -> bool:
        return self.isVisible() and (
            bool(self.text.text().strip())
            or bool(self.source.currentData())
            or self.colour.currentData() is not None
        )

    def matches(self, item: CardItem) -> bool:
        card = item.card
        needle = self._needle()
        if needle:
            haystack = " ".join([card.text, card.note, card.author, *(v for _k, v in card.tags)])
            key = self._keys.get(haystack)
            if key is None:
                key = self._keys[haystack] = normalise_text(haystack)
            if needle not in key:
                return False
        source = self.source.currentData()
        if source and source not in {str(s) for s in card.sources}:
            return False
        colour = self.colour.currentData()
        return colour is None or card.colour == colour

    def close_bar(self) -> None:
        self.text.clear()
        self.source.setCurrentIndex(0)
        self.colour.setCurrentIndex(0)
        self.hide()
        self.closed.emit()


class BoardProperties(QWidget):
    """The properties of what is selected on the board: a card, several, or a cluster."""

    def __init__(self, page: BoardPage) -> None:
        super().__init__()
        self.page = page
        self.heading = QLabel(self)
        self.heading.setObjectName("boardSelectionHeading")
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)
        self.text_edit = CommitTextEdit(self)
        self.text_edit.setObjectName("cardText")
        self.note_edit = CommitTextEdit(self)
        self.note_edit.setObjectName("cardNote")
        self.note_edit.setMaximumHeight(80)
        self.author_edit = CommitLineEdit(self)
        self.author_edit.setObjectName("cardAuthor")
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("cardSource")
        for source in CardSource:
            self.source_combo.addItem(palette.source_label(source), str(source))
        self.colour_combo = QComboBox(self)
        self.colour_combo.setObjectName("itemColour")
        for colour in CardColour:
            self.colour_combo.addItem(
                palette.colour_icon(colour), palette.colour_label(colour), str(colour)
            )
        self.title_edit = CommitLineEdit(self, validator=lambda t: bool(clean_title(t)))
        self.title_edit.setObjectName("clusterTitle")
        self.details = QLabel(self)
        self.details.setObjectName("selectionDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Text"), self.text_edit)
        self.form.addRow(self.tr("Note"), self.note_edit)
        self.form.addRow(self.tr("Source"), self.source_combo)
        self.form.addRow(self.tr("Author"), self.author_edit)
        self.form.addRow(self.tr("Colour"), self.colour_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.text_edit.committed.connect(
            lambda t: self._edit_cards({"text": t.strip()}, typing=True)
        )
        self.note_edit.committed.connect(
            lambda t: self._edit_cards({"note": t.strip()}, typing=True)
        )
        self.author_edit.committed.connect(lambda t: self._edit_cards({"author": t}))
        self.source_combo.activated.connect(
            lambda _i: self._edit_cards({"source": self.source_combo.currentData()})
        )
        self.colour_combo.activated.connect(
            lambda _i: self.page.set_colour(self.colour_combo.currentData())
        )
        self.title_edit.committed.connect(self._rename)
        self.refresh()

    def _edit_cards(self, values: dict[str, object], *, typing: bool = False) -> None:
        if values.get("text") == "":
            return
        self.page.edit_selected_cards(values, typing=typing)

    def _rename(self, title: str) -> None:
        clusters = self.page.scene.selected_cluster_ids()
        if len(clusters) == 1:
            self.page.rename_cluster(clusters[0], title)

    def _show_row(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget, visible)

    def refresh(self) -> None:
        scene = self.page.scene
        cards = [scene.cards[i] for i in scene.selected_card_ids() if i in scene.cards]
        clusters = [scene.clusters[i] for i in scene.selected_cluster_ids() if i in scene.clusters]
        one_card = len(cards) == 1 and not clusters
        one_cluster = len(clusters) == 1 and not cards
        for widget in (self.text_edit, self.note_edit, self.author_edit):
            self._show_row(widget, one_card)
        self._show_row(self.source_combo, bool(cards) and not clusters)
        self._show_row(self.title_edit, one_cluster)
        self._show_row(self.colour_combo, bool(cards) != bool(clusters))
        writable = not self.page.document.read_only
        for widget in (
            self.text_edit,
            self.note_edit,
            self.author_edit,
            self.source_combo,
            self.colour_combo,
            self.title_edit,
        ):
            widget.setEnabled(writable)
        details: list[str] = []
        if one_card:
            card = cards[0].card
            self.heading.setText(self.tr("Card"))
            self.text_edit.show_value(card.text)
            self.note_edit.show_value(card.note)
            self.author_edit.show_value(card.author)
            self.source_combo.setCurrentIndex(self.source_combo.findData(str(card.source)))
            self.colour_combo.setCurrentIndex(self.colour_combo.findData(card.colour))
            for key, value in card.tags:
                details.append(f"{key}: {value}")
            for merged in card.merged:
                details.append(
                    self.tr("Merged duplicate (%1): %2")
                    .replace("%1", palette.source_label(merged.source))
                    .replace("%2", merged.text)
                )
            if card.cluster_id is not None and card.cluster_id in scene.clusters:
                details.append(
                    self.tr("In cluster “%1”").replace(
                        "%1", scene.clusters[card.cluster_id].cluster.title
                    )
                )
        elif cards and not clusters:
            self.heading.setText(self.tr("%n card(s) selected", "", len(cards)))
            sources = {c.card.source for c in cards}
            if len(sources) == 1:
                self.source_combo.setCurrentIndex(
                    self.source_combo.findData(str(next(iter(sources))))
                )
            colours = {c.card.colour for c in cards}
            if len(colours) == 1:
                self.colour_combo.setCurrentIndex(self.colour_combo.findData(next(iter(colours))))
        elif one_cluster:
            cluster = clusters[0]
            self.heading.setText(self.tr("Cluster"))
            self.title_edit.show_value(cluster.cluster.title)
            self.colour_combo.setCurrentIndex(self.colour_combo.findData(cluster.cluster.colour))
            details.append(self.tr("%n card(s)", "", cluster.count))
            if cluster.cluster.is_area:
                self.heading.setText(self.tr("Import area"))
                details.append(
                    self.tr(
                        "Cards from an import, still to be sorted: drag them into clusters. "
                        "An empty area can be deleted."
                    )
                )
            elif cluster.fields:
                details.append(
                    self.tr("Field of action: %1").replace("%1", ", ".join(cluster.fields))
                )
            else:
                details.append(
                    self.tr("Not yet a field of action (context menu ▸ Promote to field of action)")
                )
        elif clusters:
            self.heading.setText(self.tr("%n cluster(s) selected", "", len(clusters)))
            colours = {c.cluster.colour for c in clusters}
            if len(colours) == 1 and not cards:
                self.colour_combo.setCurrentIndex(self.colour_combo.findData(next(iter(colours))))
        else:
            self.heading.setText(self.tr("Nothing selected"))
            details.append(
                self.tr(
                    "N or a double-click adds a card. Drag cards onto a cluster to sort them; "
                    "select cards and press “Cluster” to start one. F shows the whole board."
                )
            )
        self.details.setText("\n".join(details))
