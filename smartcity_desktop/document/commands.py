"""The undoable changes a moderator can make, one QUndoCommand each.

A command's `redo()` calls one document method (one transaction); if the file can't be written
the command marks itself obsolete, so the undo stack never holds a change that isn't on disk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from smartcity_desktop.document.document import (
    CancelledError,
    Op,
    ProjectDocument,
    RowSnapshot,
    Update,
)
from smartcity_desktop.domain.model import Attendance


class DocumentCommand(QUndoCommand):
    """Base: runs apply()/revert() through the document and handles a failed write."""

    def __init__(self, document: ProjectDocument, text: str) -> None:
        super().__init__(text)
        self.document = document

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self.document.run_change(self.apply):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.document.run_change(self.revert):
            # The file still holds the change; drop this step rather than pretend it was undone.
            self.setObsolete(True)


# Merge ids: continuous edits of one field collapse into one undo step.
_MERGE_SET_FIELDS = 1001
_MERGE_CHANGE_SET = 1002


class SetFieldsCommand(DocumentCommand):
    """Change fields of one row (rename a workshop, edit the vision, ...)."""

    def __init__(
        self,
        document: ProjectDocument,
        entity: str,
        row_id: int,
        values: dict[str, Any],
        text: str,
        *,
        mergeable: bool = False,
    ) -> None:
        super().__init__(document, text)
        self.entity = entity
        self.row_id = row_id
        self.new = dict(values)
        self.old: dict[str, Any] | None = None
        self.mergeable = mergeable

    def apply(self) -> None:
        old = self.document.set_fields(self.entity, self.row_id, self.new)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        assert self.old is not None
        self.document.set_fields(self.entity, self.row_id, self.old)

    def id(self) -> int:
        return _MERGE_SET_FIELDS if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # A failed edit is obsolete: it must not hand its unsaved values to this step.
        if not isinstance(other, SetFieldsCommand) or not other.mergeable or other.isObsolete():
            return False
        if (other.entity, other.row_id, set(other.new)) != (
            self.entity,
            self.row_id,
            set(self.new),
        ):
            return False
        self.new = dict(other.new)
        return True


class InsertCommand(DocumentCommand):
    """Add one row (a workshop, a stakeholder group, an agenda item); redo keeps its id."""

    def __init__(
        self, document: ProjectDocument, entity: str, values: dict[str, Any], text: str
    ) -> None:
        super().__init__(document, text)
        self.entity = entity
        self.values = dict(values)
        self.row_id: int | None = None
        self.snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:  # redo after undo: the very same rows come back
            self.document.restore(self.entity, self.snapshot)
            return
        self.row_id = self.document.insert(self.entity, self.values)

    def revert(self) -> None:
        assert self.row_id is not None
        self.snapshot = self.document.delete(self.entity, [self.row_id])


class DeleteCommand(DocumentCommand):
    """Delete rows and everything attached (attendance, agenda, boards, cards)."""

    def __init__(
        self, document: ProjectDocument, entity: str, row_ids: list[int], text: str
    ) -> None:
        super().__init__(document, text)
        self.entity = entity
        self.row_ids = list(row_ids)
        self.snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = self.document.delete(self.entity, self.row_ids)

    def revert(self) -> None:
        assert self.snapshot is not None
        self.document.restore(self.entity, self.snapshot)


class AddParticipantCommand(DocumentCommand):
    """A new person, invited to a workshop in the same step."""

    def __init__(
        self,
        document: ProjectDocument,
        values: dict[str, Any],
        workshop_id: int | None,
        attendance: Attendance = Attendance.PRESENT,
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Add participant"))
        self.values = dict(values)
        self.workshop_id = workshop_id
        self.attendance = attendance
        self.row_id: int | None = None
        self.snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            self.document.restore("participant", self.snapshot)
            return
        self.row_id = self.document.add_participant(self.values, self.workshop_id, self.attendance)

    def revert(self) -> None:
        assert self.row_id is not None
        self.snapshot = self.document.delete("participant", [self.row_id])


class SetAttendanceCommand(DocumentCommand):
    """Invite a known participant to a workshop, mark them present/excused, or remove them."""

    def __init__(
        self,
        document: ProjectDocument,
        workshop_id: int,
        participant_id: int,
        attendance: Attendance | None,
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.workshop_id = workshop_id
        self.participant_id = participant_id
        self.new = attendance
        self.old: Attendance | None = None
        self._first = True

    def apply(self) -> None:
        old = self.document.set_attendance(self.workshop_id, self.participant_id, self.new)
        if self._first:
            self.old, self._first = old, False

    def revert(self) -> None:
        self.document.set_attendance(self.workshop_id, self.participant_id, self.old)


# Factories with the command texts the Edit menu shows ("Undo rename workshop").


def rename_workshop(document: ProjectDocument, workshop_id: int, title: str) -> SetFieldsCommand:
    return SetFieldsCommand(
        document,
        "workshop",
        workshop_id,
        {"title": title},
        QCoreApplication.translate("Commands", "Rename workshop"),
    )


def edit_workshop(
    document: ProjectDocument, workshop_id: int, values: dict[str, Any]
) -> SetFieldsCommand:
    if set(values) == {"title"}:
        return rename_workshop(document, workshop_id, values["title"])
    return SetFieldsCommand(
        document,
        "workshop",
        workshop_id,
        values,
        QCoreApplication.translate("Commands", "Edit workshop"),
    )


def edit_strategy(document: ProjectDocument, values: dict[str, Any]) -> SetFieldsCommand:
    text = (
        QCoreApplication.translate("Commands", "Edit vision")
        if set(values) == {"vision"}
        else QCoreApplication.translate("Commands", "Edit strategy")
    )
    return SetFieldsCommand(document, "strategy", 1, values, text, mergeable=True)


def add_workshop(document: ProjectDocument, values: dict[str, Any]) -> InsertCommand:
    return InsertCommand(
        document, "workshop", values, QCoreApplication.translate("Commands", "Add workshop")
    )


def delete_workshop(document: ProjectDocument, workshop_id: int) -> DeleteCommand:
    return DeleteCommand(
        document,
        "workshop",
        [workshop_id],
        QCoreApplication.translate("Commands", "Delete workshop"),
    )


def edit_participant(
    document: ProjectDocument, participant_id: int, values: dict[str, Any]
) -> SetFieldsCommand:
    return SetFieldsCommand(
        document,
        "participant",
        participant_id,
        values,
        QCoreApplication.translate("Commands", "Edit participant"),
    )


def delete_participant(document: ProjectDocument, participant_id: int) -> DeleteCommand:
    return DeleteCommand(
        document,
        "participant",
        [participant_id],
        QCoreApplication.translate("Commands", "Delete participant"),
    )


def add_group(document: ProjectDocument, name: str) -> InsertCommand:
    return InsertCommand(
        document,
        "stakeholder_group",
        {"name": name},
        QCoreApplication.translate("Commands", "Add stakeholder group"),
    )


def rename_group(document: ProjectDocument, group_id: int, name: str) -> SetFieldsCommand:
    return SetFieldsCommand(
        document,
        "stakeholder_group",
        group_id,
        {"name": name},
        QCoreApplication.translate("Commands", "Rename stakeholder group"),
    )


def delete_group(document: ProjectDocument, group_id: int) -> DeleteCommand:
    return DeleteCommand(
        document,
        "stakeholder_group",
        [group_id],
        QCoreApplication.translate("Commands", "Delete stakeholder group"),
    )


def add_agenda_item(
    document: ProjectDocument, workshop_id: int, title: str, minutes: int = 0
) -> InsertCommand:
    return InsertCommand(
        document,
        "agenda_item",
        {"workshop_id": workshop_id, "title": title, "planned_minutes": minutes},
        QCoreApplication.translate("Commands", "Add agenda item"),
    )


def edit_agenda_item(
    document: ProjectDocument, item_id: int, values: dict[str, Any]
) -> SetFieldsCommand:
    return SetFieldsCommand(
        document,
        "agenda_item",
        item_id,
        values,
        QCoreApplication.translate("Commands", "Edit agenda item"),
    )


def delete_agenda_item(document: ProjectDocument, item_id: int) -> DeleteCommand:
    return DeleteCommand(
        document,
        "agenda_item",
        [item_id],
        QCoreApplication.translate("Commands", "Delete agenda item"),
    )


class ChangeSetCommand(DocumentCommand):
    """A board gesture: one change set applied in one transaction; undo applies its inverse.

    A long change set (an import) may report progress; if the moderator cancels, nothing is
    written and the command is dropped (`cancelled` tells the caller).
    """

    def __init__(
        self,
        document: ProjectDocument,
        ops: list[Op],
        text: str,
        progress: Callable[[int, int], bool] | None = None,
        round_id: int | None = None,
    ) -> None:
        super().__init__(document, text)
        self.round_id = round_id  # the voting round a change of votes belongs to
        self._forward: list[Op] = list(ops)
        self._backward: list[Op] = []
        self._progress = progress
        self.cancelled = False
        self.new_ids: list[int] = []  # the rows it creates (a new card, cluster, imported cards)
        self.area_id: int | None = None  # an import's area
        # Continuous typing (a card's text in the properties panel) merges into one step:
        # commands with the same key merge; None never merges.
        self.merge_key: tuple[object, ...] | None = None

    @property
    def ops(self) -> list[Op]:
        return list(self._forward)

    def apply(self) -> None:
        progress, self._progress = self._progress, None  # only the first run shows progress
        self._backward = self.document.apply_changes(self._forward, progress, self.round_id)

    def revert(self) -> None:
        self._forward = self.document.apply_changes(self._backward, None, self.round_id)

    def redo(self) -> None:
        try:
            super().redo()
        except CancelledError:
            self.cancelled = True
            self.setObsolete(True)

    def id(self) -> int:
        return _MERGE_CHANGE_SET if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, ChangeSetCommand)
            or other.isObsolete()
            or self.merge_key is None
            or other.merge_key != self.merge_key
        ):
            return False
        # this step now leads to the other's result; undoing it still restores our start
        self._forward = other._forward
        return True


def move_ops(table: str, items: Sequence[Any], row_id: int, index: int) -> list[Op]:
    """The position updates that move `row_id` to `index` among `items` (rows of `table` with
    `id` and `position`, in their order); none for the rows that keep their place."""
    order = [item.id for item in items if item.id != row_id]
    order.insert(max(0, min(index, len(order))), row_id)
    position_of = {item.id: item.position for item in items}
    return [
        Update(table, rid, {"position": p}) for p, rid in enumerate(order) if position_of[rid] != p
    ]
