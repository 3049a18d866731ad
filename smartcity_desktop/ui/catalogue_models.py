"""Qt models of the criteria catalogue and the projects: thin adapters over the document.

data() reads what the document last reported; setData() pushes one command from
`document/weighting_ops.py`. An edit the rules refuse (an empty name, a cost that is no amount)
changes nothing and is reported through `refused`, so the page can say why.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain.model import Criterion, Project, ProjectStatus
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.ui.models import ID_ROLE
from smartcity_desktop.ui.weighting_scale import plain_number

Index = QModelIndex | QPersistentModelIndex
_D = Qt.ItemDataRole.DisplayRole
_E = Qt.ItemDataRole.EditRole
_C = Qt.ItemDataRole.CheckStateRole
_TIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 20
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


def status_label(status: str) -> str:
    """A project status as the moderator reads it."""
    labels = {
        ProjectStatus.IDEA: QCoreApplication.translate("Catalogue", "Idea"),
        ProjectStatus.SHORTLISTED: QCoreApplication.translate("Catalogue", "Shortlisted"),
        ProjectStatus.SELECTED: QCoreApplication.translate("Catalogue", "Selected"),
        ProjectStatus.IN_PROGRESS: QCoreApplication.translate("Catalogue", "In progress"),
        ProjectStatus.DONE: QCoreApplication.translate("Catalogue", "Done"),
        ProjectStatus.DEFERRED: QCoreApplication.translate("Catalogue", "Deferred"),
    }
    try:
        return labels[ProjectStatus(status)]
    except ValueError:
        return status


def format_cost(cost: int | None, locale: QLocale | None = None) -> str:
    """A rough cost in euros as the app's language writes it: 150.000 € or €150,000."""
    if cost is None:
        return ""
    return (locale or QLocale()).toCurrencyString(float(cost), "€", 0)


def format_amount(cost: int | None, locale: QLocale | None = None) -> str:
    """The number alone, grouped (150.000 / 150,000), for an edit field."""
    return "" if cost is None else (locale or QLocale()).toString(int(cost))


_CURRENCY = re.compile(r"€|\bEUR\b|\beuros?\b", re.IGNORECASE)


def parse_cost(text: str, locale: QLocale | None = None) -> int | None:
    """Euros from what the moderator typed ("150.000", "150000 €", "€150,000"); None for an
    empty field (unknown). Raises ValueError for anything else or a negative amount."""
    locale = locale or QLocale()
    plain = _CURRENCY.sub("", text)
    plain = "".join(plain.split())  # spaces, also the non-breaking ones Qt writes
    if not plain:
        return None
    value, ok = locale.toLongLong(plain)
    if not ok:
        number, ok = locale.toDouble(plain)
        if not ok or number != number or abs(number) > 1e15:  # NaN or absurd
            raise ValueError(f"not an amount: {text!r}")
        value = round(number)
    if value < 0:
        raise ValueError(f"a cost is not negative: {text!r}")
    return int(value)


class CatalogueModel(QAbstractTableModel):
    """Shared plumbing: rows reloaded from the document; an edit that keeps the rows in place
    reports changed cells (so the selection and an open editor stay), anything else resets."""

    refused = Signal(str)  # why an edit was not accepted
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
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == _D:
                return self.headers[section]
            if role == _ALIGN:
                return self._alignment(section)
        return None

    def _alignment(self, column: int) -> Any:
        return None

    def reload(self, *args: object) -> None:
        rows = self.load()
        if [r.id for r in rows] == [r.id for r in self._rows] and rows:
            self._rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self.headers) - 1)
            )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def load(self) -> list[Any]:
        raise NotImplementedError

    def item(self, row: int) -> Any:
        return self._rows[row]

    def items(self) -> list[Any]:
        return list(self._rows)

    def row_id(self, row: int) -> int:
        return int(self._rows[row].id)

    def row_of(self, row_id: int | None) -> int:
        """The row showing `row_id`, or -1."""
        for row, item in enumerate(self._rows):
            if item.id == row_id:
                return row
        return -1

    def _base_flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _push(self, command: Any) -> bool:
        return command is not None and self.document.push(command)


class CriteriaModel(CatalogueModel):
    """The criteria catalogue: name (renamed in place), must-criterion with its threshold
    (checkable), and the first line of the description."""

    NAME, MUST, DESCRIPTION = range(3)

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__(document)
        self.headers = (
            QCoreApplication.translate("Catalogue", "Criterion"),
            QCoreApplication.translate("Catalogue", "Must (K.O.)"),
            QCoreApplication.translate("Catalogue", "Description"),
        )
        self.reload()
        document.criteria_changed.connect(self.reload)

    def load(self) -> list[Criterion]:
        return self.document.criteria()

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        c: Criterion = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return c.id
        if col == self.NAME and role in (_D, _E, SORT_ROLE):
            return c.name
        if col == self.MUST:
            if role == _C:
                return Qt.CheckState.Checked if c.must else Qt.CheckState.Unchecked
            if role == _D:
                return threshold_text(c)
            if role == _TIP:
                return QCoreApplication.translate(
                    "Catalogue",
                    "A must-criterion (K.O.): a project scoring below the threshold is excluded.",
                )
        if col == self.DESCRIPTION and role == _D:
            return c.description.split("\n", 1)[0]
        if role == _TIP and col in (self.NAME, self.DESCRIPTION):
            return criterion_tooltip(c)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = self._base_flags(index)
        if not index.isValid() or self.document.read_only:
            return flags
        if index.column() == self.NAME:
            return flags | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.MUST:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if not index.isValid() or self.document.read_only or index.row() >= len(self._rows):
            return False
        c: Criterion = self._rows[index.row()]
        if index.column() == self.MUST and role == _C:
            return self._push(must_command(self.document, c, _checked(value)))
        if index.column() != self.NAME or role != _E:
            return False
        name = clean_title(str(value or ""))
        if not name:
            self.refused.emit(empty_name_message(c.name))
            return False
        return self._push(wops.edit_criterion(self.document, c.id, {"name": name}))


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


def threshold_text(c: Criterion) -> str:
    """ "≥ 5" for a must-criterion (the check box says it is one), "" otherwise."""
    if not c.must:
        return ""
    return "≥ " + plain_number(c.threshold) if c.threshold is not None else ""


def criterion_tooltip(c: Criterion) -> str:
    lines = [c.description] if c.description else []
    for score, anchor in (("0", c.anchor_low), ("5", c.anchor_mid), ("10", c.anchor_high)):
        if anchor:
            lines.append(f"{score} = {anchor}")
    return "\n".join(lines)


def must_command(doc: ProjectDocument, c: Criterion, must: bool) -> Any:
    """Make a criterion a must-criterion (with threshold 5 unless it has one) or not."""
    values: dict[str, Any] = {"must": must}
    if must and c.threshold is None:
        values["threshold"] = 5.0
    return wops.edit_criterion(doc, c.id, values)


def empty_name_message(old: str) -> str:
    return QCoreApplication.translate(
        "Catalogue", "A criterion needs a name. It keeps its name “%1”."
    ).replace("%1", old)


def empty_title_message(old: str) -> str:
    return QCoreApplication.translate(
        "Catalogue", "A project needs a title. It keeps its title “%1”."
    ).replace("%1", old)


def bad_cost_message(text: str) -> str:
    return (
        QCoreApplication.translate(
            "Catalogue",
            "“%1” is not an amount in euros. Type a whole number such as %2, or leave the field "
            "empty if the cost is not known yet.",
        )
        .replace("%1", text)
        .replace("%2", format_amount(150000))
    )


class ProjectsModel(CatalogueModel):
    """The projects: title, field of action, owner, rough cost, status, where they came from."""

    TITLE, FIELD, OWNER, COST, STATUS, ORIGIN = range(6)

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__(document)
        self.headers = (
            QCoreApplication.translate("Catalogue", "Project"),
            QCoreApplication.translate("Catalogue", "Field of action"),
            QCoreApplication.translate("Catalogue", "Owner"),
            QCoreApplication.translate("Catalogue", "Cost"),
            QCoreApplication.translate("Catalogue", "Status"),
            QCoreApplication.translate("Catalogue", "Origin"),
        )
        self._fields: dict[int, str] = {}
        self._origins: dict[int, tuple[str, str]] = {}  # project id -> (text, full tooltip)
        self.reload()
        document.projects_changed.connect(self.reload)
        document.fields_changed.connect(self.reload)

    def load(self) -> list[Project]:
        self._fields = {f.id: f.title for f in self.document.fields_of_action()}
        projects = self.document.projects()
        self._origins = origins(self.document, projects)
        return projects

    def field_title(self, field_id: int | None) -> str:
        return self._fields.get(field_id, "") if field_id is not None else ""

    def origin(self, project_id: int) -> tuple[str, str]:
        return self._origins.get(project_id, ("", ""))

    def _alignment(self, column: int) -> Any:
        return RIGHT if column == self.COST else None

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        p: Project = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return p.id
        if role == _ALIGN:
            return self._alignment(col)
        if role == SORT_ROLE:
            return self._sort_key(p, col)
        if role == _E:
            return {
                self.TITLE: p.title,
                self.FIELD: p.field_id,
                self.OWNER: p.owner,
                self.COST: format_amount(p.cost),
                self.STATUS: str(p.status),
            }.get(col)
        if role == _D:
            return (
                p.title,
                self.field_title(p.field_id),
                p.owner,
                format_cost(p.cost),
                status_label(p.status),
                self.origin(p.id)[0],
            )[col]
        if role == _TIP:
            if col == self.ORIGIN:
                return self.origin(p.id)[1] or None
            if col == self.TITLE and p.description:
                return p.description
            if col == self.COST and p.cost is None:
                return QCoreApplication.translate("Catalogue", "Cost not known yet")
        return None

    def _sort_key(self, p: Project, col: int) -> Any:
        if col == self.COST:
            return -1 if p.cost is None else p.cost
        if col == self.STATUS:
            return list(ProjectStatus).index(ProjectStatus(p.status))
        text = (
            p.title,
            self.field_title(p.field_id),
            p.owner,
            "",
            "",
            self.origin(p.id)[0],
        )[col]
        return text.casefold()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = self._base_flags(index)
        if not index.isValid() or self.document.read_only or index.column() == self.ORIGIN:
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if (
            not index.isValid()
            or role != _E
            or self.document.read_only
            or index.row() >= len(self._rows)
        ):
            return False
        p: Project = self._rows[index.row()]
        col = index.column()
        if col == self.TITLE:
            title = clean_title(str(value or ""))
            if not title:
                self.refused.emit(empty_title_message(p.title))
                return False
            values: dict[str, Any] = {"title": title}
        elif col == self.OWNER:
            values = {"owner": clean_title(str(value or ""))}
        elif col == self.FIELD:
            values = {"field_id": int(value) if value not in (None, "", 0) else None}
        elif col == self.STATUS:
            values = {"status": str(ProjectStatus(str(value)))}
        elif col == self.COST:
            try:
                values = {"cost": parse_cost(str(value or ""))}
            except ValueError:
                self.refused.emit(bad_cost_message(str(value)))
                return False
        else:
            return False
        return self._push(wops.edit_project(self.document, p.id, values))


def origins(doc: ProjectDocument, projects: list[Project]) -> dict[int, tuple[str, str]]:
    """Per project: "card: …" or "cluster: …", shortened for a table and in full."""
    cards = {c.id: c for c in doc.cards_by_ids([p.card_id for p in projects if p.card_id])}
    clusters = {
        c.id: c for c in doc.clusters_by_ids([p.cluster_id for p in projects if p.cluster_id])
    }
    result: dict[int, tuple[str, str]] = {}
    for p in projects:
        card = cards.get(p.card_id) if p.card_id is not None else None
        cluster = clusters.get(p.cluster_id) if p.cluster_id is not None else None
        if card is not None:
            text = " ".join(card.text.split())
            short = text if len(text) <= 60 else text[:59].rstrip() + "…"
            label = QCoreApplication.translate("Catalogue", "card: %1")
            result[p.id] = (label.replace("%1", short), label.replace("%1", text))
        elif cluster is not None:
            label = QCoreApplication.translate("Catalogue", "cluster: %1").replace(
                "%1", cluster.title
            )
            result[p.id] = (label, label)
    return result


class ProjectsFilter(QSortFilterProxyModel):
    """The projects a moderator wants to see: of one field of action (or none), of one status,
    matching a search text; sortable by any column (cost by amount, status by its order)."""

    ANY = -1  # every field of action
    NO_FIELD = 0  # projects without a field of action

    def __init__(self, source: ProjectsModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._field: int = self.ANY
        self._status: str | None = None
        self._words: list[str] = []

    def projects(self) -> ProjectsModel:
        return self.sourceModel()  # type: ignore[return-value]

    def set_field(self, field_id: int) -> None:
        self._refilter("_field", field_id)

    def set_status(self, status: str | None) -> None:
        self._refilter("_status", status)

    def set_text(self, text: str) -> None:
        self._refilter("_words", text.casefold().split())

    def _refilter(self, name: str, value: Any) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            setattr(self, name, value)
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def field(self) -> int:
        return self._field

    def status(self) -> str | None:
        return self._status

    def filtering(self) -> bool:
        return self._field != self.ANY or self._status is not None or bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.projects()
        if source_parent.isValid() or source_row >= model.rowCount():
            return False
        p: Project = model.item(source_row)
        if self._field == self.NO_FIELD and p.field_id is not None:
            return False
        if self._field > 0 and p.field_id != self._field:
            return False
        if self._status is not None and p.status != self._status:
            return False
        if self._words:
            haystack = " ".join(
                (
                    p.title,
                    p.description,
                    p.owner,
                    model.field_title(p.field_id),
                    model.origin(p.id)[1],
                )
            ).casefold()
            return all(w in haystack for w in self._words)
        return True
