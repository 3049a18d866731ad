"""The navigator: strategy → participants, workshops → boards, votings, weightings, minutes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from smartcity_desktop.document import ProjectDocument


@dataclass(frozen=True)
class Node:
    """What a navigator entry stands for: a kind and, where it has one, an id."""

    kind: str  # strategy, participants, workshops, workshop, boards, board, votings, ...
    id: int = 0
    workshop_id: int = 0


NODE_ROLE = Qt.ItemDataRole.UserRole + 1
# match() compares Python objects by identity, so entries are found by a plain string key.
NODE_KEY_ROLE = Qt.ItemDataRole.UserRole + 2


def node_key(node: Node) -> str:
    return f"{node.kind}:{node.id}:{node.workshop_id}"


SECTIONS = ("boards", "votings", "weightings", "minutes")


def section_title(kind: str) -> str:
    return {
        "boards": QCoreApplication.translate("Navigator", "Boards"),
        "votings": QCoreApplication.translate("Navigator", "Votings"),
        "weightings": QCoreApplication.translate("Navigator", "Weightings"),
        "minutes": QCoreApplication.translate("Navigator", "Minutes"),
    }[kind]


class NavigatorModel(QStandardItemModel):
    """The tree, rebuilt from the document whenever workshops or boards change."""

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__()
        self.document = document
        self.rebuild()
        document.strategy_changed.connect(self.rebuild)
        document.workshop_added.connect(self.rebuild)
        document.workshop_changed.connect(self.rebuild)
        document.workshop_removed.connect(self.rebuild)
        document.boards_changed.connect(self.rebuild)
        document.fields_changed.connect(self.rebuild)
        document.rounds_changed.connect(self.rebuild)
        document.criteria_changed.connect(self._maybe_rebuild)
        document.projects_changed.connect(self._maybe_rebuild)
        document.weightings_changed.connect(self._maybe_rebuild)

    def _signature(self) -> tuple[object, ...]:
        """What the tree shows of the criteria, projects and weightings (a score entered
        changes none of it, so the tree is not rebuilt for every entry)."""
        return (
            len(self.document.criteria()),
            len(self.document.projects()),
            tuple((w.id, w.workshop_id, w.title) for w in self.document.weightings()),
        )

    def _maybe_rebuild(self) -> None:
        if self._signature() != self._shown:
            self.rebuild()

    def _item(self, text: str, node: Node, hint: str = "") -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(node, NODE_ROLE)
        item.setData(node_key(node), NODE_KEY_ROLE)
        if hint:
            item.setToolTip(hint)
        return item

    def rebuild(self) -> None:
        self.clear()
        self._shown = self._signature()
        strategy = self.document.strategy()
        root = self._item(
            strategy.title or QCoreApplication.translate("Navigator", "Strategy"), Node("strategy")
        )
        root.appendRow(
            self._item(
                QCoreApplication.translate("Navigator", "Participants"), Node("participants")
            )
        )
        fields = self.document.fields_of_action()
        root.appendRow(
            self._item(
                QCoreApplication.translate("Navigator", "Fields of action (%1)").replace(
                    "%1", str(len(fields))
                ),
                Node("fields"),
            )
        )
        root.appendRow(
            self._item(
                QCoreApplication.translate("Navigator", "Criteria (%1)").replace(
                    "%1", str(self._shown[0])
                ),
                Node("criteria"),
            )
        )
        root.appendRow(
            self._item(
                QCoreApplication.translate("Navigator", "Projects (%1)").replace(
                    "%1", str(self._shown[1])
                ),
                Node("projects"),
            )
        )
        root.appendRow(
            self._item(
                QCoreApplication.translate("Navigator", "Strategy draft"),
                Node("draft"),
                QCoreApplication.translate(
                    "Navigator", "The strategy as a document: vision, goals, fields of action, …"
                ),
            )
        )
        workshops = self._item(
            QCoreApplication.translate("Navigator", "Workshops"), Node("workshops")
        )
        root.appendRow(workshops)
        all_workshops = self.document.workshops()
        if not all_workshops:
            workshops.appendRow(
                self._item(
                    QCoreApplication.translate(
                        "Navigator", "(none yet — add one with Workshop ▸ New workshop)"
                    ),
                    Node("workshops"),
                )
            )
        for workshop in all_workshops:
            item = self._item(workshop.title, Node("workshop", workshop.id, workshop.id))
            for kind in SECTIONS:
                section = self._item(section_title(kind), Node(kind, 0, workshop.id))
                if kind == "boards":
                    for board in self.document.boards(workshop.id):
                        section.appendRow(
                            self._item(board.title, Node("board", board.id, workshop.id))
                        )
                if kind == "votings":
                    for round_ in self.document.voting_rounds(workshop.id):
                        section.appendRow(
                            self._item(round_.title, Node("voting", round_.id, workshop.id))
                        )
                if kind == "weightings":
                    for weighting in self.document.weightings(workshop.id):
                        section.appendRow(
                            self._item(
                                weighting.title, Node("weighting", weighting.id, workshop.id)
                            )
                        )
                if not section.hasChildren() and kind != "minutes":  # the minutes are a page
                    section.setForeground(Qt.GlobalColor.gray)
                item.appendRow(section)
            workshops.appendRow(item)
        self.appendRow(root)

    def index_of(self, node: Node) -> QModelIndex:
        """The index showing `node`, or an invalid index."""
        matches = self.match(
            self.index(0, 0),
            NODE_KEY_ROLE,
            node_key(node),
            1,
            Qt.MatchFlag.MatchRecursive
            | Qt.MatchFlag.MatchFixedString
            | Qt.MatchFlag.MatchCaseSensitive,
        )
        return matches[0] if matches else QModelIndex()


class Navigator(QTreeView):
    """The tree view; emits the node the moderator picked and keeps it across rebuilds."""

    node_selected = Signal(object)

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._current = Node("strategy")
        model.rowsInserted.connect(self._restore)
        self.selectionModel().currentChanged.connect(self._changed)
        self._restore()

    def nav_model(self) -> NavigatorModel:
        return self.model()  # type: ignore[return-value]

    def _restore(self, *args: object) -> None:
        self.expandAll()
        self.select(self._current, emit=False)

    def _changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = current.data(NODE_ROLE)
        if node is not None and node != self._current:
            self._current = node
            self.node_selected.emit(node)

    def current_node(self) -> Node:
        return self._current

    def select(self, node: Node, *, emit: bool = True) -> None:
        """Highlight `node` (or, if it is gone, its workshop or the strategy).

        With emit=False the caller shows `node` itself; a fallback to another entry is
        still announced, so the working area never shows something that no longer exists.
        """
        wanted = node
        index = self.nav_model().index_of(node)
        if not index.isValid():
            if node.workshop_id:
                index = self.nav_model().index_of(
                    Node("workshop", node.workshop_id, node.workshop_id)
                )
            if not index.isValid():
                index = self.nav_model().index_of(Node("strategy"))
        if not index.isValid():
            return
        node = index.data(NODE_ROLE)
        changed = node != self._current
        self._current = node
        self.selectionModel().blockSignals(True)
        self.setCurrentIndex(index)
        self.selectionModel().blockSignals(False)
        if emit or (changed and node != wanted):
            self.node_selected.emit(node)
