"""One weighting read from the document: the `Snapshot`, the `WeightingSource` that re-reads and
evaluates it once per change, and the base of the table models that show it.

When the shape of a table is unchanged a model emits dataChanged over its grid (the view keeps its
current cell); otherwise it resets. setData() pushes one command; a refused value (a score of
12) changes nothing and is reported through `WeightingSource.message`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.domain import evaluation as ev
from smartcity_desktop.domain.model import (
    Attendance,
    Criterion,
    Judgement,
    Project,
    Score,
    Weighting,
    WeightingMethod,
)
from smartcity_desktop.ui.weighting_scale import EVERYONE, Index

# -- one read of the weighting ---------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """A participant who may rate: present at the workshop, or with entries already."""

    id: int
    name: str
    present: bool


@dataclass(frozen=True)
class Snapshot:
    """The weighting as the document holds it now, evaluated."""

    weighting: Weighting
    evaluation: ev.Evaluation
    judgements: tuple[Judgement, ...]
    scores: tuple[Score, ...]
    people: tuple[Person, ...]
    read_only: bool  # the file is read-only or the weighting is finished

    @property
    def method(self) -> WeightingMethod:
        return WeightingMethod(self.weighting.method)

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        return self.evaluation.criteria

    @property
    def projects(self) -> tuple[Project, ...]:
        return self.evaluation.projects

    @property
    def judged_by_participants(self) -> bool:
        return self.weighting.judged_by == "participants"

    @property
    def scored_by_participants(self) -> bool:
        return self.weighting.scored_by == "participants"

    def judge(self, chosen: int | None) -> int | None:
        """Whose judgements the Weights tab shows for the rater chosen: the group's, a
        participant's, or EVERYONE (the aggregate, read-only)."""
        return chosen if self.judged_by_participants else None

    def scorer(self, chosen: int | None) -> int | None:
        return chosen if self.scored_by_participants else None

    @cached_property
    def pairs(self) -> tuple[tuple[int, int], ...]:
        """Index pairs (i < j) in the weighting's order, row by row of the matrix."""
        n = len(self.criteria)
        return tuple((i, j) for i in range(n) for j in range(i + 1, n))

    @cached_property
    def _pair_values(self) -> dict[tuple[int | None, int, int], float]:
        return {
            (j.participant_id, j.criterion_id, j.other_id): j.value
            for j in self.judgements
            if j.other_id is not None
        }

    @cached_property
    def _single_values(self) -> dict[tuple[int | None, int], float]:
        return {
            (j.participant_id, j.criterion_id): j.value
            for j in self.judgements
            if j.other_id is None
        }

    @cached_property
    def _score_values(self) -> dict[tuple[int | None, int, int], float]:
        return {(s.participant_id, s.project_id, s.criterion_id): s.value for s in self.scores}

    def pair_value(self, rater: int | None, first: int, second: int) -> float | None:
        """The judgement of a pair of criterion ids as seen from `first`."""
        a, b, flipped = ev.pair_key(first, second)
        value = self._pair_values.get((rater, a, b))
        if value is None:
            return None
        return ev.judgement_value(value, flipped, self.method)

    def criterion_value(self, rater: int | None, criterion_id: int) -> float | None:
        return self._single_values.get((rater, criterion_id))

    def score(self, rater: int | None, project_id: int, criterion_id: int) -> float | None:
        return self._score_values.get((rater, project_id, criterion_id))

    def entries_needed(self) -> int:
        """Pairs to compare, or criteria to give points or a rank."""
        return len(self.pairs) if self.method.is_pairwise else len(self.criteria)

    def answered(self, rater: int | None) -> int:
        if self.method.is_pairwise:
            return sum(
                1
                for i, j in self.pairs
                if self.pair_value(rater, self.criteria[i].id, self.criteria[j].id) is not None
            )
        return sum(1 for c in self.criteria if self.criterion_value(rater, c.id) is not None)

    def scores_entered(self, rater: int | None) -> int:
        return sum(
            1
            for p in self.projects
            for c in self.criteria
            if self.score(rater, p.id, c.id) is not None
        )

    def rater_weights(self, rater: int | None) -> ev.RaterWeights | None:
        """One rater's outcome (EVERYONE: None; see `evaluation.weights`)."""
        for r in self.evaluation.weights.raters:
            if r.participant_id == rater:
                return r
        return None

    def weights_of(self, rater: int | None) -> tuple[float, ...] | None:
        """The weights to show for a chosen rater: a participant's own, or the result."""
        if rater == EVERYONE or not self.judged_by_participants:
            return self.evaluation.weights.weights
        outcome = self.rater_weights(rater)
        return outcome.weights if outcome else None

    def person(self, participant_id: int | None) -> str:
        for p in self.people:
            if p.id == participant_id:
                return p.name
        return (
            QCoreApplication.translate("WeightingModels", "the group")
            if participant_id is None
            else "?"
        )


def read_snapshot(document: ProjectDocument, weighting_id: int) -> Snapshot | None:
    """The weighting now, or None if it no longer exists."""
    try:
        weighting = document.weighting(weighting_id)
    except KeyError:
        return None
    judgements = tuple(document.judgements(weighting_id))
    scores = tuple(document.scores(weighting_id))
    evaluation = ev.evaluate(
        weighting, document.criteria(), document.projects(), judgements, scores
    )
    return Snapshot(
        weighting=weighting,
        evaluation=evaluation,
        judgements=judgements,
        scores=scores,
        people=_people(document, weighting.workshop_id, judgements, scores),
        read_only=document.read_only or weighting.state == "finished",
    )


def _people(
    document: ProjectDocument,
    workshop_id: int,
    judgements: Sequence[Judgement],
    scores: Sequence[Score],
) -> tuple[Person, ...]:
    """Who is present at the workshop (in the attendance list's order), then anyone else with
    entries in the weighting (so nothing entered is ever hidden)."""
    names = {p.id: p.name for p in document.participants()}
    present = [
        a.participant_id
        for a in document.attendance(workshop_id)
        if a.attendance == Attendance.PRESENT and a.participant_id in names
    ]
    entered = sorted(
        {j.participant_id for j in judgements} | {s.participant_id for s in scores},
        key=lambda pid: (pid is None, names.get(pid or 0, ""), pid or 0),
    )
    people = [Person(pid, names[pid], True) for pid in present]
    people += [
        Person(pid, names[pid], False)
        for pid in entered
        if pid is not None and pid in names and pid not in present
    ]
    return tuple(people)


class WeightingSource(QObject):
    """The weighting, re-read once per change of the document; every model reads from here."""

    changed = Signal()
    message = Signal(str)  # an entry was refused: why (empty: the last entry went through)

    def __init__(
        self, document: ProjectDocument, weighting_id: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.weighting_id = weighting_id
        self.snapshot = read_snapshot(document, weighting_id)
        document.weightings_changed.connect(self.reload)
        document.criteria_changed.connect(self.reload)
        document.projects_changed.connect(self.reload)
        for signal in (
            document.participant_added,
            document.participant_changed,
            document.participant_removed,
            document.attendance_changed,
        ):
            signal.connect(self._people_changed)

    def reload(self) -> None:
        self.snapshot = read_snapshot(self.document, self.weighting_id)
        self.changed.emit()

    def _people_changed(self, *_args: object) -> None:
        self.reload()

    def push(self, command: QUndoCommand | None) -> bool:
        """Push a command (None: nothing to change); True if the change is on disk."""
        if command is None:
            return True
        ok = self.document.push(command)
        if ok:
            self.message.emit("")
        return ok

    def run(self, build: Any, *args: Any) -> bool:
        """Build a command with `build(document, weighting id, *args)` and push it; a refusal
        (ValueError, KeyError) changes nothing and is reported on `message`."""
        try:
            command = build(self.document, self.weighting_id, *args)
        except (ValueError, KeyError) as error:
            self.message.emit(str(error.args[0]) if error.args else str(error))
            return False
        return self.push(command)


# -- the models --------------------------------------------------------------------------------


class _WeightingModel(QAbstractTableModel):
    """Shared plumbing: reads the source's snapshot; dataChanged while the shape is the same."""

    def __init__(self, source: WeightingSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.rater: int | None = None  # the participant chosen (EVERYONE: all of them)
        self.snap = source.snapshot
        self._shape = self.shape()
        source.changed.connect(self.refresh)

    # what subclasses describe
    def shape(self) -> tuple[Any, ...]:
        """Everything that decides the number of rows and columns and what each stands for."""
        return ()

    def rows(self) -> int:
        return 0

    def columns(self) -> int:
        return 0

    # plumbing
    def set_rater(self, rater: int | None) -> None:
        if rater != self.rater:
            self.rater = rater
            self.refresh()

    def refresh(self) -> None:
        old_snap, old_rows, old_columns = self.snap, self.rowCount(), self.columnCount()
        self.snap = self.source.snapshot
        shape = self.shape()
        rows, columns = self.rowCount(), self.columnCount()
        if shape == self._shape and (rows, columns) == (old_rows, old_columns):
            if rows and columns:
                self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
            if columns:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            return
        new_snap, self.snap = self.snap, old_snap  # the views see the old shape until reset
        self.beginResetModel()
        self.snap, self._shape = new_snap, shape
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.snap is None else self.rows()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.snap is None else self.columns()

    def writable(self) -> bool:
        return self.snap is not None and not self.snap.read_only and self.rater != EVERYONE

    def why_read_only(self) -> str:
        """What to tell a moderator who types into a table that takes no entries."""
        if self.snap is None:
            return QCoreApplication.translate("WeightingModels", "This weighting no longer exists.")
        if self.snap.weighting.state == "finished":
            return QCoreApplication.translate(
                "WeightingModels", "This weighting is finished. Reopen it to change anything."
            )
        if self.snap.read_only:
            return QCoreApplication.translate("WeightingModels", "The project is open read-only.")
        return QCoreApplication.translate(
            "WeightingModels", "Choose a participant under “Entering for” to enter their values."
        )

    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and self.snap is not None
            and 0 <= index.row() < self.rows()
            and 0 <= index.column() < self.columns()
        )


def _outcome_for(snap: Snapshot, judge: int | None) -> Any:
    """The consistency and circularity to show: a participant's own, or the whole weighting's
    (for the group, or EVERYONE)."""
    if judge == EVERYONE or judge is None:
        return snap.evaluation.weights
    return snap.rater_weights(judge)
