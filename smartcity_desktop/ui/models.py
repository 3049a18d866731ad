"""Thin Qt item models over the document: data() reads, setData() pushes one command."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from smartcity_desktop.document import ProjectDocument, commands
from smartcity_desktop.domain.model import Attendance, CardSource, Participant
from smartcity_desktop.domain.rules import clean_title

Index = QModelIndex | QPersistentModelIndex
_D = Qt.ItemDataRole.DisplayRole
_E = Qt.ItemDataRole.EditRole
_C = Qt.ItemDataRole.CheckStateRole
_TIP = Qt.ItemDataRole.ToolTipRole
ID_ROLE = Qt.ItemDataRole.UserRole + 10


def attendance_label(value: Attendance) -> str:
    return (
        QCoreApplication.translate("Models", "present")
        if value == Attendance.PRESENT
        else QCoreApplication.translate("Models", "excused")
    )


def source_label(value: CardSource) -> str:
    return {
        CardSource.SURVEY: QCoreApplication.translate("Models", "Survey"),
        CardSource.INTERVIEW: QCoreApplication.translate("Models", "Interview"),
        CardSource.WORKSHOP: QCoreApplication.translate("Models", "Workshop"),
        CardSource.BEST_PRACTICE: QCoreApplication.translate("Models", "Best practice"),
        CardSource.OWN: QCoreApplication.translate("Models", "Own"),
    }[value]


class _TableModel(QAbstractTableModel):
    """Shared plumbing: fixed headers, rows reloaded from the document on its signals."""

    headers: tuple[str, ...] = ()

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__()
        self.document = document
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _D
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def reload(self, *args: object) -> None:
        self.beginResetModel()
        self._rows = self.load()
        self.endResetModel()

    def load(self) -> list[Any]:
        raise NotImplementedError

    def row_id(self, row: int) -> int:
        return int(self.index(row, 0).data(ID_ROLE))

    def _editable(self) -> Qt.ItemFlag:
        if self.document.read_only:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEditable


class ParticipantsModel(_TableModel):
    """Participants of the project, or of one workshop (then with attendance)."""

    NAME, ORGANISATION, GROUP, CONSENT, ATTENDANCE = range(5)

    def __init__(self, document: ProjectDocument, workshop_id: int | None = None) -> None:
        super().__init__(document)
        self.workshop_id = workshop_id
        self.headers = (
            QCoreApplication.translate("Models", "Name"),
            QCoreApplication.translate("Models", "Organisation"),
            QCoreApplication.translate("Models", "Stakeholder group"),
            QCoreApplication.translate("Models", "May be named"),
        ) + (
            (QCoreApplication.translate("Models", "Attendance"),) if workshop_id is not None else ()
        )
        self._groups: dict[int, str] = {}
        self._attendance: dict[int, Attendance] = {}
        self.reload()
        for signal in (
            document.participant_added,
            document.participant_changed,
            document.participant_removed,
            document.attendance_changed,
        ):
            signal.connect(self.reload)
        document.groups_changed.connect(self.reload)

    def load(self) -> list[Participant]:
        self._groups = {g.id: g.name for g in self.document.stakeholder_groups()}
        people = self.document.participants()
        if self.workshop_id is None:
            return people
        self._attendance = {
            a.participant_id: a.attendance for a in self.document.attendance(self.workshop_id)
        }
        return [p for p in people if p.id in self._attendance]

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        p: Participant = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return p.id
        if role in (_D, _E):
            if col == self.NAME:
                return p.name
            if col == self.ORGANISATION:
                return p.organisation
            if col == self.GROUP:
                if role == _E:
                    return p.group_id
                return self._groups.get(p.group_id, "") if p.group_id else ""
            if col == self.ATTENDANCE:
                value = self._attendance[p.id]
                return str(value) if role == _E else attendance_label(value)
        if role == _C and col == self.CONSENT:
            return Qt.CheckState.Checked if p.consent_named else Qt.CheckState.Unchecked
        if role == _TIP and col == self.CONSENT:
            return QCoreApplication.translate(
                "Models", "Only participants who agreed are named in the minutes."
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.document.read_only:
            return base
        if index.column() == self.CONSENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if not index.isValid() or self.document.read_only:
            return False
        p: Participant = self._rows[index.row()]
        col = index.column()
        if col == self.CONSENT and role == _C:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.document.push(
                commands.edit_participant(self.document, p.id, {"consent_named": int(checked)})
            )
        if role != _E:
            return False
        if col in (self.NAME, self.ORGANISATION):
            text = clean_title(str(value))
            if col == self.NAME and not text:
                return False
            field = "name" if col == self.NAME else "organisation"
            if text == getattr(p, field):
                return False
            return self.document.push(commands.edit_participant(self.document, p.id, {field: text}))
        if col == self.GROUP:
            group_id = int(value) if value not in (None, "", 0) else None
            return self.document.push(
                commands.edit_participant(self.document, p.id, {"group_id": group_id})
            )
        if col == self.ATTENDANCE and self.workshop_id is not None:
            state = Attendance(str(value))
            return self.document.push(
                commands.SetAttendanceCommand(
                    self.document,
                    self.workshop_id,
                    p.id,
                    state,
                    QCoreApplication.translate("Models", "Change attendance"),
                )
            )
        return False


class AgendaModel(_TableModel):
    """The agenda of one workshop."""

    TITLE, MINUTES, NOTES = range(3)

    def __init__(self, document: ProjectDocument, workshop_id: int) -> None:
        super().__init__(document)
        self.workshop_id = workshop_id
        self.headers = (
            QCoreApplication.translate("Models", "Agenda item"),
            QCoreApplication.translate("Models", "Minutes"),
            QCoreApplication.translate("Models", "Notes"),
        )
        self.reload()
        document.agenda_changed.connect(self._maybe_reload)

    def _maybe_reload(self, workshop_id: int) -> None:
        if workshop_id == self.workshop_id:
            self.reload()

    def load(self) -> list[Any]:
        return self.document.agenda(self.workshop_id)

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == ID_ROLE:
            return item.id
        if role in (_D, _E):
            return (item.title, item.planned_minutes, item.notes)[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | self._editable()

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if not index.isValid() or role != _E or self.document.read_only:
            return False
        item = self._rows[index.row()]
        col = index.column()
        if col == self.TITLE:
            text = clean_title(str(value))
            if not text or text == item.title:
                return False
            values: dict[str, Any] = {"title": text}
        elif col == self.MINUTES:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            if minutes < 0 or minutes == item.planned_minutes:
                return False
            values = {"planned_minutes": minutes}
        else:
            if str(value) == item.notes:
                return False
            values = {"notes": str(value)}
        return self.document.push(commands.edit_agenda_item(self.document, item.id, values))


class CardsModel(_TableModel):
    """The idea cards of one board, with their sources (read-only here)."""

    def __init__(self, document: ProjectDocument, board_id: int) -> None:
        super().__init__(document)
        self.board_id = board_id
        self.headers = (
            QCoreApplication.translate("Models", "Idea"),
            QCoreApplication.translate("Models", "Source"),
            QCoreApplication.translate("Models", "Author"),
            QCoreApplication.translate("Models", "Note"),
        )
        self.reload()

    def load(self) -> list[Any]:
        return self.document.cards(self.board_id)

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        card = self._rows[index.row()]
        if role == ID_ROLE:
            return card.id
        if role in (_D, _TIP):
            col = index.column()
            if col == 1:
                return source_label(card.source)
            return (card.text, None, card.author, card.note)[col]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class GroupsModel(_TableModel):
    """The stakeholder groups (Anspruchsgruppen) of the project; renamed in place."""

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__(document)
        self.headers = (QCoreApplication.translate("Models", "Stakeholder group"),)
        self.reload()
        document.groups_changed.connect(self.reload)

    def load(self) -> list[Any]:
        return self.document.stakeholder_groups()

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        group = self._rows[index.row()]
        if role == ID_ROLE:
            return group.id
        if role in (_D, _E):
            return group.name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | self._editable()

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if not index.isValid() or role != _E or self.document.read_only:
            return False
        group = self._rows[index.row()]
        name = clean_title(str(value))
        if not name or name == group.name:
            return False
        return self.document.push(commands.rename_group(self.document, group.id, name))
