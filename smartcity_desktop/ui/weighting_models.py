"""Qt item models of one weighting: the pairs to compare, points, a ranking, the comparison
matrix, the scores, the resulting weights and the raters.

They all read one `WeightingSource`, which re-reads the weighting from the document once per
change (on `weightings_changed`, `criteria_changed`, `projects_changed`, `attendance_changed`)
and evaluates it, so a score typed costs one read and one evaluation, not one per model. When
the shape of a table is unchanged a model emits dataChanged over its grid (the view keeps its
current cell); otherwise it resets. setData() pushes one command; a refused value (a score of
12) changes nothing and is reported through `WeightingSource.message`.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain import evaluation as ev
from smartcity_desktop.domain import weighting as wm
from smartcity_desktop.domain.model import (
    Attendance,
    Criterion,
    Judgement,
    Project,
    Score,
    Weighting,
    WeightingMethod,
)

Index = QModelIndex | QPersistentModelIndex
_D = Qt.ItemDataRole.DisplayRole
_E = Qt.ItemDataRole.EditRole
_TIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
_BG = Qt.ItemDataRole.BackgroundRole
_FG = Qt.ItemDataRole.ForegroundRole
_CHECK = Qt.ItemDataRole.CheckStateRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 30  # a number behind a cell (a weight as 0..1, a score)
STEP_ROLE = Qt.ItemDataRole.UserRole + 31  # a pair's position on the scale, None unanswered
STEPS_ROLE = Qt.ItemDataRole.UserRole + 32  # how many positions the scale has (17 or 3)
SENTENCE_ROLE = Qt.ItemDataRole.UserRole + 33  # a pair's judgement as a sentence, rich text
PAIR_ROLE = Qt.ItemDataRole.UserRole + 34  # (criterion id, criterion id) of a pair or cell
FLAG_ROLE = Qt.ItemDataRole.UserRole + 35  # "revisit" or "circular": a pair worth a look
ID_ROLE = Qt.ItemDataRole.UserRole + 36  # the id behind a row
NAMES_ROLE = Qt.ItemDataRole.UserRole + 37  # a pair's two criterion names

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
EVERYONE = -1  # the rater chooser's "all participants" entry: read-only means and spreads

# Okabe–Ito, as elsewhere in the app: blue for "chosen", vermillion for "look again".
ACCENT = QColor("#0072B2")
WARNING = QColor("#D55E00")
WIN_TINT = QColor("#DCEBF7")
FAIL_TINT = QColor("#FBE3D6")
MUTED = QColor("#6B7680")

AHP_STEPS = 17  # 9 … 2 toward the first criterion, 1 (equal), 2 … 9 toward the second
EQUAL_STEP = 8
PAIRWISE_STEPS = 3  # the first more important, equal, the second more important


# -- the scales ----------------------------------------------------------------------------


def step_count(method: WeightingMethod | str) -> int:
    return AHP_STEPS if WeightingMethod(method) == WeightingMethod.AHP else PAIRWISE_STEPS


def step_value(method: WeightingMethod | str, step: int) -> float:
    """The judgement (as seen from the first criterion) at a position of the scale read left
    to right: AHP 9 … 2, 1, 1/2 … 1/9; 2/1/0: 2, 1, 0."""
    if not 0 <= step < step_count(method):
        raise ValueError(f"no position {step} on the scale")
    if WeightingMethod(method) != WeightingMethod.AHP:
        return float(2 - step)
    if step <= EQUAL_STEP:
        return float(EQUAL_STEP + 1 - step)
    return 1.0 / (step - EQUAL_STEP + 1)


def value_step(method: WeightingMethod | str, value: float) -> int:
    """The position of a judgement on the scale (AHP values are rounded to Saaty's scale)."""
    if WeightingMethod(method) != WeightingMethod.AHP:
        return 2 - round(value)
    rounded = wm.saaty_round(value)
    if rounded >= 1:
        return EQUAL_STEP + 1 - round(rounded)
    return EQUAL_STEP - 1 + round(1 / rounded)


def intensity(method: WeightingMethod | str, value: float) -> tuple[int, int]:
    """(strength 1..9, winner: 0 the first criterion, 1 the second, -1 neither)."""
    if WeightingMethod(method) != WeightingMethod.AHP:
        return (1, -1) if value == 1 else (2, 0 if value > 1 else 1)
    rounded = wm.saaty_round(value)
    if rounded == 1:
        return 1, -1
    return (round(rounded), 0) if rounded > 1 else (round(1 / rounded), 1)


def scale_label(strength: int) -> str:
    """Saaty's verbal label of a strength: equal, moderately, strongly, very strongly,
    extremely; the even ones lie between."""
    return {
        1: QCoreApplication.translate("WeightingModels", "equal"),
        2: QCoreApplication.translate("WeightingModels", "between equal and moderately"),
        3: QCoreApplication.translate("WeightingModels", "moderately"),
        4: QCoreApplication.translate("WeightingModels", "between moderately and strongly"),
        5: QCoreApplication.translate("WeightingModels", "strongly"),
        6: QCoreApplication.translate("WeightingModels", "between strongly and very strongly"),
        7: QCoreApplication.translate("WeightingModels", "very strongly"),
        8: QCoreApplication.translate("WeightingModels", "between very strongly and extremely"),
        9: QCoreApplication.translate("WeightingModels", "extremely"),
    }[strength]


def _sentence_template(strength: int) -> str:
    """%1 matters more than %2 (the strength's words in bold)."""
    return {
        1: QCoreApplication.translate("WeightingModels", "%1 and %2 are <b>equally</b> important"),
        2: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>a little more</b> important than %2"
        ),
        3: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>moderately more</b> important than %2"
        ),
        4: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>moderately to much more</b> important than %2"
        ),
        5: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>much more</b> important than %2"
        ),
        6: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>much to very much more</b> important than %2"
        ),
        7: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>very much more</b> important than %2"
        ),
        8: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>very much to extremely more</b> important than %2"
        ),
        9: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>extremely more</b> important than %2"
        ),
    }[strength]


def pair_sentence(
    method: WeightingMethod | str,
    first: str,
    second: str,
    value: float | None,
    *,
    rich: bool = True,
) -> str:
    """A pair's judgement as a sentence: "Gemeinwohl is <b>much more</b> important than Klima".

    Unanswered pairs ask the question instead. `rich` gives HTML (names escaped, the strength in
    bold); otherwise plain text.
    """
    if value is None:
        template = (
            QCoreApplication.translate(
                "WeightingModels", "%1 or %2: which matters more, and how much?"
            )
            if WeightingMethod(method) == WeightingMethod.AHP
            else QCoreApplication.translate("WeightingModels", "%1 or %2: which matters more?")
        )
        a, b = first, second
    else:
        strength, winner = intensity(method, value)
        if WeightingMethod(method) != WeightingMethod.AHP and strength == 2:
            template = QCoreApplication.translate(
                "WeightingModels", "%1 is <b>more</b> important than %2"
            )
        else:
            template = _sentence_template(strength)
        a, b = (second, first) if winner == 1 else (first, second)
    if rich:
        return template.replace("%1", html.escape(a)).replace("%2", html.escape(b))
    plain = template.replace("<b>", "").replace("</b>", "")
    return plain.replace("%1", a).replace("%2", b)


def ahp_number(value: float) -> str:
    """An AHP judgement as a number: 5, 1/3; a mean that is off the scale as 2.52 or 1/2.52."""
    if value >= 1:
        return _number(value, 2)
    return "1/" + _number(1.0 / value, 2)


def _number(value: float, decimals: int = 1) -> str:
    """A number in the app's locale, without trailing zeros: 7, 7.5 (7,5 in German)."""
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def percent(value: float | None) -> str:
    """A weight (0..1) as shown: 31.2 % (31,2 % in German); — while there is none."""
    if value is None:
        return "—"
    return QLocale().toString(float(value) * 100, "f", 1) + " %"


def parse_score(text: str) -> float | None:
    """A typed or pasted score: 7, 7,5 or 7.5; empty clears. ValueError names what is wrong."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    try:
        value = float(cleaned.replace(",", "."))
    except ValueError:
        raise ValueError(
            QCoreApplication.translate("WeightingModels", "“%1” is not a number.").replace(
                "%1", text.strip()
            )
        ) from None
    if not math.isfinite(value) or not 0 <= value <= 10:
        raise ValueError(
            QCoreApplication.translate(
                "WeightingModels", "%1 is not a score: scores go from 0 to 10."
            ).replace("%1", text.strip())
        )
    return value


def method_label(method: str) -> str:
    return {
        WeightingMethod.POINTS: QCoreApplication.translate(
            "WeightingModels", "100-point allocation"
        ),
        WeightingMethod.RANK_ROC: QCoreApplication.translate(
            "WeightingModels", "Ranking (rank-order centroid)"
        ),
        WeightingMethod.RANK_SUM: QCoreApplication.translate(
            "WeightingModels", "Ranking (rank sum)"
        ),
        WeightingMethod.PAIRWISE: QCoreApplication.translate(
            "WeightingModels", "Paarvergleich 2/1/0"
        ),
        WeightingMethod.AHP: QCoreApplication.translate("WeightingModels", "AHP (Saaty 1–9)"),
    }[WeightingMethod(method)]


def who_label(who: str) -> str:
    return (
        QCoreApplication.translate("WeightingModels", "each participant")
        if who == "participants"
        else QCoreApplication.translate("WeightingModels", "the group together")
    )


def state_label(state: str) -> str:
    return (
        QCoreApplication.translate("WeightingModels", "finished")
        if state == "finished"
        else QCoreApplication.translate("WeightingModels", "open")
    )


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


class PairsModel(_WeightingModel):
    """One row per pair of criteria (AHP or 2/1/0): first criterion, judgement, second.

    The judgement column's EditRole is the value as seen from the first criterion (AHP a_ij in
    1/9..9, 2/1/0 the first's points); None clears. STEP_ROLE is its position on the scale.
    """

    FIRST, JUDGEMENT, SECOND = range(3)

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None or not self.snap.method.is_pairwise:
            return (None,)
        return (self.snap.method, tuple(c.id for c in self.snap.criteria))

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.pairs) if self.snap.method.is_pairwise else 0

    def columns(self) -> int:
        return 3

    @property
    def judge(self) -> int | None:
        assert self.snap is not None
        return self.snap.judge(self.rater)

    def pair(self, row: int) -> tuple[Criterion, Criterion]:
        assert self.snap is not None
        i, j = self.snap.pairs[row]
        return self.snap.criteria[i], self.snap.criteria[j]

    def value(self, row: int) -> float | None:
        assert self.snap is not None
        if self.judge == EVERYONE:
            return None
        a, b = self.pair(row)
        return self.snap.pair_value(self.judge, a.id, b.id)

    def row_of(self, first_id: int, second_id: int) -> int:
        """The row of a pair given in either order; -1 if it is not compared here."""
        if self.snap is None:
            return -1
        ids = [c.id for c in self.snap.criteria]
        if first_id not in ids or second_id not in ids or first_id == second_id:
            return -1
        i, j = sorted((ids.index(first_id), ids.index(second_id)))
        return self.snap.pairs.index((i, j))

    def answered(self) -> int:
        return sum(1 for row in range(self.rowCount()) if self.value(row) is not None)

    def flag(self, row: int) -> str:
        """'revisit' for the pair most worth revisiting (CR above 0.10), 'circular' for a
        pair in a circular triad, else ''."""
        assert self.snap is not None
        outcome = _outcome_for(self.snap, self.judge)
        if outcome is None:
            return ""
        i, j = self.snap.pairs[row]
        pair = outcome.inconsistent_pair
        if (
            outcome.ahp is not None
            and not outcome.ahp.acceptable
            and pair is not None
            and {pair.i, pair.j} == {i, j}
        ):
            return "revisit"
        for triad in outcome.circular_triads:
            if i in triad and j in triad:
                return "circular"
        return ""

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        method = self.snap.method
        first, second = self.pair(index.row())
        column = index.column()
        if role == PAIR_ROLE:
            return (first.id, second.id)
        if role == NAMES_ROLE:
            return (first.name, second.name)
        if column == self.FIRST:
            return first.name if role in (_D, _TIP) else None
        if column == self.SECOND:
            return second.name if role in (_D, _TIP) else None
        value = self.value(index.row())
        if role == _D:
            return pair_sentence(method, first.name, second.name, value, rich=False)
        if role == _TIP:
            if value is None:
                return QCoreApplication.translate("WeightingModels", "Not answered yet")
            strength, _winner = intensity(method, value)
            return (
                pair_sentence(method, first.name, second.name, value, rich=False) + f" ({strength})"
            )
        if role == SENTENCE_ROLE:
            return pair_sentence(method, first.name, second.name, value)
        if role == _E:
            return value
        if role == STEP_ROLE:
            return None if value is None else value_step(method, value)
        if role == STEPS_ROLE:
            return step_count(method)
        if role == FLAG_ROLE:
            return self.flag(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if role != _D:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return [
                QCoreApplication.translate("WeightingModels", "Criterion"),
                QCoreApplication.translate("WeightingModels", "Judgement"),
                QCoreApplication.translate("WeightingModels", "Criterion"),
            ][section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.JUDGEMENT and self.writable():
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if not self._valid(index) or index.column() != self.JUDGEMENT or not self.writable():
            return False
        assert self.snap is not None
        if role == STEP_ROLE:
            value = None if value is None else step_value(self.snap.method, int(value))
        elif role != _E:
            return False
        first, second = self.pair(index.row())
        number = None if value is None else float(value)
        return self.source.run(wops.set_judgement, self.judge, first.id, second.id, number)

    def set_step(self, row: int, step: int | None) -> bool:
        return self.setData(self.index(row, self.JUDGEMENT), step, STEP_ROLE)


def _outcome_for(snap: Snapshot, judge: int | None) -> Any:
    """The consistency and circularity to show: a participant's own, or the whole weighting's
    (for the group, or EVERYONE)."""
    if judge == EVERYONE or judge is None:
        return snap.evaluation.weights
    return snap.rater_weights(judge)


class PointsModel(_WeightingModel):
    """100-point allocation: one row per criterion with its points and resulting weight."""

    CRITERION, POINTS, WEIGHT = range(3)

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None or self.snap.method != WeightingMethod.POINTS:
            return (None,)
        return (tuple(c.id for c in self.snap.criteria),)

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.criteria) if self.snap.method == WeightingMethod.POINTS else 0

    def columns(self) -> int:
        return 3

    @property
    def judge(self) -> int | None:
        assert self.snap is not None
        return self.snap.judge(self.rater)

    def points(self, row: int) -> float | None:
        assert self.snap is not None
        if self.judge == EVERYONE:
            return None
        return self.snap.criterion_value(self.judge, self.snap.criteria[row].id)

    def allocated(self) -> float:
        return sum(self.points(row) or 0 for row in range(self.rowCount()))

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        criterion = self.snap.criteria[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return criterion.id
        if column == self.CRITERION:
            if role == _D:
                return criterion.name
            return criterion.description or None if role == _TIP else None
        if column == self.POINTS:
            points = self.points(index.row())
            if role == _D:
                return "" if points is None else _number(points)
            if role == _E:
                return 0 if points is None else round(points)
            return RIGHT if role == _ALIGN else None
        weights = self.snap.weights_of(self.judge)
        weight = weights[index.row()] if weights else None
        if role == _D:
            return percent(weight)
        if role == VALUE_ROLE:
            return weight
        return RIGHT if role == _ALIGN else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if role == _D and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return [
                QCoreApplication.translate("WeightingModels", "Criterion"),
                QCoreApplication.translate("WeightingModels", "Points"),
                QCoreApplication.translate("WeightingModels", "Weight"),
            ][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.POINTS and self.writable():
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if role != _E or not self._valid(index) or index.column() != self.POINTS:
            return False
        if not self.writable():
            return False
        assert self.snap is not None
        try:
            points = None if value in (None, "") else float(str(value).replace(",", "."))
        except ValueError:
            self.source.message.emit(
                QCoreApplication.translate(
                    "WeightingModels", "“%1” is not a number of points."
                ).replace("%1", value)
            )
            return False
        if points is not None and not 0 <= points <= 100:
            self.source.message.emit(
                QCoreApplication.translate("WeightingModels", "Points go from 0 to 100.")
            )
            return False
        criterion = self.snap.criteria[index.row()]
        return self.source.run(wops.set_judgement, self.judge, criterion.id, None, points)


RANKING_MIME = "application/x-smartcity-ranking-row"


class RankingModel(_WeightingModel):
    """A ranking of the criteria, best first: rows in rank order (criteria not ranked yet at
    the end, in the weighting's order). Moving a row or tying it with the one above sets every
    rank in one command."""

    RANK, CRITERION, TIED, WEIGHT = range(4)

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None or not self.snap.method.is_ranking:
            return (None,)
        return (tuple(sorted(c.id for c in self.snap.criteria)),)

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.criteria) if self.snap.method.is_ranking else 0

    def columns(self) -> int:
        return 4

    @property
    def judge(self) -> int | None:
        assert self.snap is not None
        return self.snap.judge(self.rater)

    def ranks(self) -> dict[int, int]:
        """Criterion id → rank as entered (only the ranked ones)."""
        assert self.snap is not None
        if self.judge == EVERYONE:
            return {}
        result = {}
        for c in self.snap.criteria:
            value = self.snap.criterion_value(self.judge, c.id)
            if value is not None:
                result[c.id] = round(value)
        return result

    def order(self) -> list[Criterion]:
        """The criteria as listed: by rank, then the unranked ones."""
        assert self.snap is not None
        ranks = self.ranks()
        position = {c.id: k for k, c in enumerate(self.snap.criteria)}
        return sorted(
            self.snap.criteria,
            key=lambda c: (c.id not in ranks, ranks.get(c.id, 0), position[c.id]),
        )

    def complete(self) -> bool:
        return self.snap is not None and len(self.ranks()) == len(self.snap.criteria)

    def tied(self) -> list[bool]:
        """Per row: shares the rank of the row above."""
        ranks = self.ranks()
        order = self.order()
        flags = [False] * len(order)
        for k in range(1, len(order)):
            a, b = order[k - 1].id, order[k].id
            flags[k] = a in ranks and b in ranks and ranks[a] == ranks[b]
        return flags

    @staticmethod
    def ranks_of(flags: Sequence[bool]) -> list[int]:
        """Competition ranks (1, 1, 3) of a list where some rows tie with the row above."""
        ranks: list[int] = []
        for k, tied in enumerate(flags):
            ranks.append(ranks[-1] if tied and k else k + 1)
        return ranks

    def _commit(self, order: Sequence[Criterion], flags: Sequence[bool], text: str) -> bool:
        ranks = self.ranks_of(flags)
        entries: dict[tuple[int, int | None], float | None] = {
            (c.id, None): float(r) for c, r in zip(order, ranks, strict=True)
        }
        return self.source.run(wops.set_judgements, self.judge, entries, text)

    def rank_as_listed(self) -> bool:
        """Take the order shown as the ranking (the first step for a new weighting)."""
        if not self.writable():
            return False
        return self._commit(
            self.order(),
            self.tied(),
            QCoreApplication.translate("WeightingModels", "Rank the criteria"),
        )

    def move(self, row: int, to_row: int) -> bool:
        """Move a criterion to another place; it gets a rank of its own."""
        count = self.rowCount()
        if not self.writable() or not (0 <= row < count) or not (0 <= to_row < count):
            return False
        if row == to_row and self.complete():
            return False
        order, flags = self.order(), self.tied()
        item = order.pop(row)
        flags.pop(row)
        order.insert(to_row, item)
        flags.insert(to_row, False)
        flags[0] = False
        return self._commit(
            order,
            flags,
            QCoreApplication.translate("WeightingModels", "Move a criterion in the ranking"),
        )

    def set_tied(self, row: int, tied: bool) -> bool:
        if not self.writable() or not 0 < row < self.rowCount():
            return False
        flags = self.tied()
        if flags[row] == tied and self.complete():
            return False
        flags[row] = tied
        text = (
            QCoreApplication.translate("WeightingModels", "Same rank as above")
            if tied
            else QCoreApplication.translate("WeightingModels", "A rank of its own")
        )
        return self._commit(self.order(), flags, text)

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        row, column = index.row(), index.column()
        criterion = self.order()[row]
        ranks = self.ranks()
        if role == ID_ROLE:
            return criterion.id
        if column == self.RANK:
            if role == _D:
                return f"{ranks[criterion.id]}." if criterion.id in ranks else "–"
            return RIGHT if role == _ALIGN else None
        if column == self.CRITERION:
            if role == _D:
                return criterion.name
            return (criterion.description or None) if role == _TIP else None
        if column == self.TIED:
            if role == _CHECK and row > 0:
                return Qt.CheckState.Checked if self.tied()[row] else Qt.CheckState.Unchecked
            if role == _TIP and row > 0:
                return QCoreApplication.translate(
                    "WeightingModels", "Same rank as the criterion above (a tie)"
                )
            return None
        weights = self.snap.weights_of(self.judge)
        position = [c.id for c in self.snap.criteria].index(criterion.id)
        weight = weights[position] if weights else None
        if role == _D:
            return percent(weight)
        if role == VALUE_ROLE:
            return weight
        return RIGHT if role == _ALIGN else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if role == _D and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return [
                QCoreApplication.translate("WeightingModels", "Rank"),
                QCoreApplication.translate("WeightingModels", "Criterion"),
                QCoreApplication.translate("WeightingModels", "Same rank as above"),
                QCoreApplication.translate("WeightingModels", "Weight"),
            ][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.ItemIsDropEnabled if self.writable() else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.writable():
            base |= Qt.ItemFlag.ItemIsDragEnabled  # dropped between rows, never onto one
            if index.column() == self.TIED and index.row() > 0:
                base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if role != _CHECK or not self._valid(index) or index.column() != self.TIED:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        return self.set_tied(index.row(), checked)

    # dragging a row to another place
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [RANKING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(RANKING_MIME, str(rows[0] if rows else -1).encode())
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(RANKING_MIME) or action == Qt.DropAction.IgnoreAction:
            return False
        source_row = int(bytes(data.data(RANKING_MIME).data()).decode() or -1)
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        if source_row < 0:
            return False
        if target > source_row:
            target -= 1  # dropping below itself: the row is taken out first
        self.move(source_row, min(target, self.rowCount() - 1))
        # The document moved it; the view must not remove the dragged row itself.
        return False


class MatrixModel(_WeightingModel):
    """The n × n comparison matrix (read-only) with the weights: a_ij above 1 means the row's
    criterion matters more. For 2/1/0 the points, their row sum and the weights."""

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None or not self.snap.method.is_pairwise:
            return (None,)
        return (self.snap.method, tuple(c.id for c in self.snap.criteria))

    def n(self) -> int:
        assert self.snap is not None
        return len(self.snap.criteria) if self.snap.method.is_pairwise else 0

    def rows(self) -> int:
        return self.n()

    def columns(self) -> int:
        n = self.n()
        if not n:
            return 0
        assert self.snap is not None
        return n + (2 if self.snap.method == WeightingMethod.PAIRWISE else 1)

    @property
    def judge(self) -> int | None:
        assert self.snap is not None
        return self.snap.judge(self.rater)

    def cell(self, i: int, j: int) -> float | None:
        """a_ij (AHP) or the points of i against j (2/1/0); for EVERYONE the aggregate."""
        assert self.snap is not None
        if i == j:
            return 1.0 if self.snap.method == WeightingMethod.AHP else None
        a, b = self.snap.criteria[i], self.snap.criteria[j]
        if self.judge != EVERYONE:
            return self.snap.pair_value(self.judge, a.id, b.id)
        return self._aggregate().get((i, j))

    def _aggregate(self) -> dict[tuple[int, int], float]:
        """Complete participants' judgements: geometric mean (AHP), arithmetic mean (2/1/0)."""
        assert self.snap is not None
        snap = self.snap
        complete = [
            r.participant_id for r in snap.evaluation.weights.raters if r.weights is not None
        ]
        result: dict[tuple[int, int], float] = {}
        if not complete:
            return result
        for i, j in snap.pairs:
            a, b = snap.criteria[i].id, snap.criteria[j].id
            values = [snap.pair_value(p, a, b) for p in complete]
            present = [v for v in values if v is not None]
            if len(present) != len(values):
                continue
            if snap.method == WeightingMethod.AHP:
                mean = math.exp(sum(math.log(v) for v in present) / len(present))
                result[(i, j)], result[(j, i)] = mean, 1.0 / mean
            else:
                mean = sum(present) / len(present)
                result[(i, j)], result[(j, i)] = mean, 2.0 - mean
        return result

    def _text(self, value: float | None, diagonal: bool) -> str:
        assert self.snap is not None
        if diagonal:
            return "1" if self.snap.method == WeightingMethod.AHP else "—"
        if value is None:
            return ""
        if self.snap.method == WeightingMethod.AHP:
            return ahp_number(value)
        return _number(value, 2)

    def _points_sum(self, i: int) -> float | None:
        values = [self.cell(i, j) for j in range(self.n()) if j != i]
        if any(v is None for v in values):
            return None
        return sum(v for v in values if v is not None)

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        i, j, n = index.row(), index.column(), self.n()
        if j >= n:
            return self._extra(i, j - n, role)
        value = self.cell(i, j)
        wins = value is not None and i != j and value > (1.0 + 1e-9)
        if role == _D:
            return self._text(value, i == j)
        if role == VALUE_ROLE:
            return value
        if role == _ALIGN:
            return CENTRE
        if role == PAIR_ROLE and i != j:
            return (self.snap.criteria[i].id, self.snap.criteria[j].id)
        if role == _FONT and wins:
            font = QFont()
            font.setBold(True)
            return font
        if role == _BG and wins:
            return QBrush(WIN_TINT)
        if role == _FG and (i == j or (value is not None and value < 1 - 1e-9)):
            return QBrush(MUTED)
        if role == _TIP and i != j:
            a, b = self.snap.criteria[i].name, self.snap.criteria[j].name
            if value is None:
                return QCoreApplication.translate("WeightingModels", "Not answered yet")
            if self.judge == EVERYONE and self.snap.method == WeightingMethod.AHP:
                return QCoreApplication.translate(
                    "WeightingModels", "Geometric mean of the participants: %1"
                ).replace("%1", ahp_number(value))
            return pair_sentence(self.snap.method, a, b, value, rich=False)
        return None

    def _extra(self, i: int, extra: int, role: int) -> Any:
        assert self.snap is not None
        is_points = self.snap.method == WeightingMethod.PAIRWISE and extra == 0
        if role == _ALIGN:
            return RIGHT
        if is_points:
            total = self._points_sum(i)
            if role == _D:
                return "" if total is None else _number(total, 2)
            return total if role == VALUE_ROLE else None
        weights = self._weights()
        weight = weights[i] if weights else None
        if role == _D:
            return percent(weight)
        if role == VALUE_ROLE:
            return weight
        if role == _FONT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _weights(self) -> tuple[float, ...] | None:
        assert self.snap is not None
        return self.snap.weights_of(self.judge)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if self.snap is None:
            return None
        n = self.n()
        if orientation == Qt.Orientation.Vertical and 0 <= section < n:
            name = self.snap.criteria[section].name
            if role == _D:
                return f"{section + 1}  {name}"
            return name if role == _TIP else None
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columns():
            return None
        if section < n:
            if role == _D:
                return str(section + 1)
            return self.snap.criteria[section].name if role == _TIP else None
        if role != _D:
            return None
        if self.snap.method == WeightingMethod.PAIRWISE and section == n:
            return QCoreApplication.translate("WeightingModels", "Points")
        return QCoreApplication.translate("WeightingModels", "Weight")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ScoresModel(_WeightingModel):
    """Projects × criteria, scores 0–10 of the chosen rater (the group's when the group
    scores); EVERYONE shows the mean and range per cell, read-only."""

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None:
            return (None,)
        return (
            tuple(p.id for p in self.snap.projects),
            tuple(c.id for c in self.snap.criteria),
        )

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.projects) if self.snap.criteria else 0

    def columns(self) -> int:
        assert self.snap is not None
        return len(self.snap.criteria) if self.snap.projects else 0

    @property
    def scorer(self) -> int | None:
        assert self.snap is not None
        return self.snap.scorer(self.rater)

    def writable(self) -> bool:
        return self.snap is not None and not self.snap.read_only and self.scorer != EVERYONE

    def value(self, row: int, column: int) -> float | None:
        assert self.snap is not None
        if self.scorer == EVERYONE:
            stats = self.snap.evaluation.outcomes[row].stats[column]
            return stats.mean if stats else None
        project, criterion = self.snap.projects[row], self.snap.criteria[column]
        return self.snap.score(self.scorer, project.id, criterion.id)

    def _below(self, column: int, value: float | None) -> bool:
        assert self.snap is not None
        c = self.snap.criteria[column]
        return bool(
            c.must and c.threshold is not None and value is not None and value < c.threshold
        )

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        row, column = index.row(), index.column()
        value = self.value(row, column)
        if role == _D:
            if value is None:
                return ""
            if self.scorer == EVERYONE:
                stats = self.snap.evaluation.outcomes[row].stats[column]
                assert stats is not None
                if stats.count > 1 and stats.maximum > stats.minimum:
                    return (
                        f"{_number(stats.mean, 1)}  ({_number(stats.minimum)}–"
                        f"{_number(stats.maximum)})"
                    )
                return _number(stats.mean, 1)
            return _number(value, 2)
        if role in (_E, VALUE_ROLE):
            return value
        if role == _ALIGN:
            return CENTRE
        if role == _BG and self._below(column, value):
            return QBrush(FAIL_TINT)
        if role == _FG and self._below(column, value):
            return QBrush(WARNING.darker(130))
        if role == _TIP:
            return self._tooltip(row, column, value)
        if role == PAIR_ROLE:
            return (self.snap.projects[row].id, self.snap.criteria[column].id)
        return None

    def _tooltip(self, row: int, column: int, value: float | None) -> str | None:
        assert self.snap is not None
        c = self.snap.criteria[column]
        parts = []
        if self.scorer == EVERYONE:
            stats = self.snap.evaluation.outcomes[row].stats[column]
            if stats is not None:
                parts.append(
                    QCoreApplication.translate(
                        "WeightingModels", "Mean %1 of %2 scores, from %3 to %4"
                    )
                    .replace("%1", _number(stats.mean, 2))
                    .replace("%2", str(stats.count))
                    .replace("%3", _number(stats.minimum))
                    .replace("%4", _number(stats.maximum))
                )
        if self._below(column, value):
            parts.append(
                QCoreApplication.translate("WeightingModels", "Below the K.O. threshold %1 of “%2”")
                .replace("%1", _number(c.threshold or 0))
                .replace("%2", c.name)
            )
        return "\n".join(parts) or None

    def excluded_reason(self, row: int) -> str:
        """Why a project is out (a must-criterion failed in the result), or ''."""
        assert self.snap is not None
        outcome = self.snap.evaluation.outcomes[row]
        if not outcome.failed_must:
            return ""
        names = [
            QCoreApplication.translate("WeightingModels", "%1 below %2")
            .replace("%1", self.snap.criteria[j].name)
            .replace("%2", _number(self.snap.criteria[j].threshold or 0))
            for j in outcome.failed_must
        ]
        return QCoreApplication.translate("WeightingModels", "Excluded (K.O.): %1").replace(
            "%1", "; ".join(names)
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if self.snap is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            c = self.snap.criteria[section]
            must = c.must and c.threshold is not None
            if role == _D:
                name = "\n".join(textwrap.wrap(c.name, 16, break_long_words=False)) or c.name
                if must:
                    return (
                        name
                        + "\n"
                        + QCoreApplication.translate("WeightingModels", "K.O. ≥ %1").replace(
                            "%1", _number(c.threshold)
                        )
                    )
                return name
            if role == _TIP:
                return criterion_anchors(c)
            if role == _FG and must:
                return QBrush(WARNING.darker(130))
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            project = self.snap.projects[section]
            reason = self.excluded_reason(section)
            if role == _D:
                return project.title + ("   ✕ K.O." if reason else "")
            if role == _TIP:
                return reason or project.description or None
            if role == _FG and reason:
                return QBrush(WARNING.darker(130))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.writable() else base

    def setData(self, index: Index, value: Any, role: int = _E) -> bool:
        if role != _E or not self._valid(index) or not self.writable():
            return False
        assert self.snap is not None
        try:
            number = parse_score("" if value is None else str(value))
        except ValueError as error:
            self.source.message.emit(str(error))
            return False
        project, criterion = self.snap.projects[index.row()], self.snap.criteria[index.column()]
        return self.source.run(wops.set_score, self.scorer, project.id, criterion.id, number)

    def set_block(self, row: int, column: int, text: str) -> bool:
        """Paste a block of tab-separated rows (from a spreadsheet) at a cell, in one step.

        Empty cells leave a score as it is; anything that is not a score 0–10 refuses the whole
        block, naming the cell; what falls outside the table is left out and said so.
        """
        if not self.writable() or not self._valid(self.index(row, column)):
            return False
        assert self.snap is not None
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        entries: dict[tuple[int, int], float | None] = {}
        outside = 0
        for r, line in enumerate(lines):
            for c, cell in enumerate(line.split("\t")):
                if not cell.strip():
                    continue
                try:
                    value = parse_score(cell)
                except ValueError as error:
                    where = (
                        QCoreApplication.translate(
                            "WeightingModels", "Row %1, column %2 of the pasted block: "
                        )
                        .replace("%1", str(r + 1))
                        .replace("%2", str(c + 1))
                    )
                    self.source.message.emit(
                        where
                        + str(error)
                        + " "
                        + QCoreApplication.translate("WeightingModels", "Nothing was pasted.")
                    )
                    return False
                if row + r >= self.rowCount() or column + c >= self.columnCount():
                    outside += 1
                    continue
                project = self.snap.projects[row + r]
                criterion = self.snap.criteria[column + c]
                entries[(project.id, criterion.id)] = value
        if not entries:
            self.source.message.emit(
                QCoreApplication.translate("WeightingModels", "There are no scores to paste.")
            )
            return False
        ok = self.source.run(wops.set_scores, self.scorer, entries)
        if ok and outside:
            self.source.message.emit(
                QCoreApplication.translate(
                    "WeightingModels", "%1 pasted values fell outside the table and were left out."
                ).replace("%1", str(outside))
            )
        return ok

    def clear(self, cells: Sequence[tuple[int, int]]) -> bool:
        """Clear several cells in one step."""
        if not self.writable():
            return False
        assert self.snap is not None
        entries: dict[tuple[int, int], float | None] = {}
        for row, column in cells:
            if self.value(row, column) is not None:
                entries[(self.snap.projects[row].id, self.snap.criteria[column].id)] = None
        if not entries:
            return False
        return self.source.run(wops.set_scores, self.scorer, entries)


def criterion_anchors(c: Criterion) -> str:
    """What 0, 5 and 10 mean for a criterion, one line each."""
    lines = [c.name]
    for number, text in (("0", c.anchor_low), ("5", c.anchor_mid), ("10", c.anchor_high)):
        if text:
            lines.append(f"{number} = {text}")
    if c.must and c.threshold is not None:
        lines.append(
            QCoreApplication.translate(
                "WeightingModels", "K.O.: a project scoring below %1 is excluded"
            ).replace("%1", _number(c.threshold))
        )
    return "\n".join(lines)


class WeightsModel(_WeightingModel):
    """The resulting weights in %: the result's (and, per participant, the chosen person's,
    the spread min–max and how many raters are complete)."""

    CRITERION, WEIGHT, OWN, SPREAD, RATERS = range(5)

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None:
            return (None,)
        return (tuple(c.id for c in self.snap.criteria), self._kinds())

    def _kinds(self) -> tuple[int, ...]:
        assert self.snap is not None
        if not self.snap.judged_by_participants:
            return (self.CRITERION, self.WEIGHT)
        if self.rater in (None, EVERYONE):
            return (self.CRITERION, self.WEIGHT, self.SPREAD, self.RATERS)
        return (self.CRITERION, self.WEIGHT, self.OWN, self.SPREAD, self.RATERS)

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.criteria)

    def columns(self) -> int:
        return len(self._kinds())

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        row = index.row()
        kind = self._kinds()[index.column()]
        outcome = self.snap.evaluation.weights
        if kind == self.CRITERION:
            if role == _D:
                return self.snap.criteria[row].name
            return self.snap.criteria[row].id if role == ID_ROLE else None
        if role == _ALIGN:
            return RIGHT
        if kind in (self.WEIGHT, self.OWN):
            weights = outcome.weights if kind == self.WEIGHT else self.snap.weights_of(self.rater)
            weight = weights[row] if weights else None
            if role == _D:
                return percent(weight)
            if role == VALUE_ROLE:
                return weight
            if role == _FG and weight is not None and weight <= 1e-12:
                return QBrush(WARNING.darker(130))
            return None
        stats = outcome.spread[row] if row < len(outcome.spread) else None
        if kind == self.SPREAD:
            if role == _D:
                if stats is None:
                    return "—"
                low = QLocale().toString(stats.minimum * 100, "f", 1)
                return f"{low}–{percent(stats.maximum)}"
            return None
        if role == _D:
            return str(stats.count) if stats else "0"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if self.snap is None or role != _D or orientation != Qt.Orientation.Horizontal:
            return None
        kinds = self._kinds()
        if not 0 <= section < len(kinds):
            return None
        kind = kinds[section]
        if kind == self.OWN:
            return self.snap.person(self.rater)
        return {
            self.CRITERION: QCoreApplication.translate("WeightingModels", "Criterion"),
            self.WEIGHT: QCoreApplication.translate("WeightingModels", "Group")
            if self.snap.judged_by_participants
            else QCoreApplication.translate("WeightingModels", "Weight"),
            self.SPREAD: QCoreApplication.translate("WeightingModels", "Range"),
            self.RATERS: QCoreApplication.translate("WeightingModels", "Raters"),
        }[kind]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RatersModel(_WeightingModel):
    """The participants who may rate: how far each is, and (AHP) their consistency ratio."""

    NAME, WEIGHTS, CR, SCORES = range(4)

    def shape(self) -> tuple[Any, ...]:
        if self.snap is None:
            return (None,)
        return (tuple(p.id for p in self.snap.people), self._kinds())

    def _kinds(self) -> tuple[int, ...]:
        assert self.snap is not None
        kinds = [self.NAME]
        if self.snap.judged_by_participants:
            kinds.append(self.WEIGHTS)
            if self.snap.method == WeightingMethod.AHP:
                kinds.append(self.CR)
        if self.snap.scored_by_participants:
            kinds.append(self.SCORES)
        return tuple(kinds)

    def rows(self) -> int:
        assert self.snap is not None
        return len(self.snap.people)

    def columns(self) -> int:
        return len(self._kinds())

    def complete(self, row: int) -> bool:
        """Everything this person is asked for is entered."""
        assert self.snap is not None
        pid = self.snap.people[row].id
        done = True
        if self.snap.judged_by_participants:
            outcome = self.snap.rater_weights(pid)
            done = outcome is not None and outcome.weights is not None
        if self.snap.scored_by_participants:
            total = len(self.snap.projects) * len(self.snap.criteria)
            done = done and self.snap.scores_entered(pid) == total
        return done

    def status(self, row: int) -> str:
        """The short state shown next to a name in the rater chooser."""
        assert self.snap is not None
        pid = self.snap.people[row].id
        if self.complete(row):
            outcome = self.snap.rater_weights(pid) if self.snap.judged_by_participants else None
            if outcome is not None and outcome.ahp is not None and len(self.snap.criteria) > 2:
                return (
                    "✓  CR " + _number(outcome.ahp.cr, 3) + ("" if outcome.ahp.acceptable else " ⚠")
                )
            return "✓"
        parts = []
        if self.snap.judged_by_participants:
            parts.append(f"{self.snap.answered(pid)}/{self.snap.entries_needed()}")
        if self.snap.scored_by_participants:
            total = len(self.snap.projects) * len(self.snap.criteria)
            parts.append(f"{self.snap.scores_entered(pid)}/{total}")
        return " · ".join(parts)

    def data(self, index: Index, role: int = _D) -> Any:
        if not self._valid(index):
            return None
        assert self.snap is not None
        person = self.snap.people[index.row()]
        kind = self._kinds()[index.column()]
        if role == ID_ROLE:
            return person.id
        if kind == self.NAME:
            if role == _D:
                return (
                    person.name
                    if person.present
                    else person.name
                    + " "
                    + QCoreApplication.translate("WeightingModels", "(not present)")
                )
            return None
        if role == _ALIGN:
            return RIGHT
        outcome = self.snap.rater_weights(person.id)
        if kind == self.WEIGHTS:
            if role == _D:
                answered, total = self.snap.answered(person.id), self.snap.entries_needed()
                done = outcome is not None and outcome.weights is not None
                return f"{answered}/{total}" + (" ✓" if done else "")
            return None
        if kind == self.CR:
            ahp = outcome.ahp if outcome else None
            if role == _D:
                if ahp is None:
                    return "—"
                return _number(ahp.cr, 3) + ("" if ahp.acceptable else " ⚠")
            if role == _FG and ahp is not None and not ahp.acceptable:
                return QBrush(WARNING.darker(130))
            return None
        if role == _D:
            total = len(self.snap.projects) * len(self.snap.criteria)
            entered = self.snap.scores_entered(person.id)
            return f"{entered}/{total}" + (" ✓" if total and entered == total else "")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if self.snap is None or role != _D or orientation != Qt.Orientation.Horizontal:
            return None
        kinds = self._kinds()
        if not 0 <= section < len(kinds):
            return None
        return {
            self.NAME: QCoreApplication.translate("WeightingModels", "Participant"),
            self.WEIGHTS: QCoreApplication.translate("WeightingModels", "Judgements"),
            self.CR: QCoreApplication.translate("WeightingModels", "CR"),
            self.SCORES: QCoreApplication.translate("WeightingModels", "Scores"),
        }[kinds[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class WeightingsModel(QAbstractTableModel):
    """The weightings of a workshop: title, method, who judges, state, size, CR (AHP)."""

    TITLE, METHOD, WHO, STATE, CRITERIA, PROJECTS, CR = range(7)

    def __init__(
        self, document: ProjectDocument, workshop_id: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.workshop_id = workshop_id
        self._rows: list[tuple[Weighting, ev.Evaluation]] = self._load()
        document.weightings_changed.connect(self.reload)
        document.criteria_changed.connect(self.reload)
        document.projects_changed.connect(self.reload)

    def _load(self) -> list[tuple[Weighting, ev.Evaluation]]:
        criteria, projects = self.document.criteria(), self.document.projects()
        rows = []
        for w in self.document.weightings(self.workshop_id):
            evaluation = ev.evaluate(
                w, criteria, projects, self.document.judgements(w.id), self.document.scores(w.id)
            )
            rows.append((w, evaluation))
        return rows

    def reload(self) -> None:
        rows = self._load()
        if [w.id for w, _e in rows] == [w.id for w, _e in self._rows] and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.CR))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def weighting_id(self, row: int) -> int:
        return self._rows[row][0].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = _D) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        w, evaluation = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return w.id
        if role == _ALIGN and column in (self.CRITERIA, self.PROJECTS, self.CR):
            return RIGHT
        if role != _D:
            return None
        if column == self.TITLE:
            return w.title
        if column == self.METHOD:
            return method_label(w.method)
        if column == self.WHO:
            return (
                QCoreApplication.translate("WeightingModels", "weights: %1 · scores: %2")
                .replace("%1", who_label(w.judged_by))
                .replace("%2", who_label(w.scored_by))
            )
        if column == self.STATE:
            return state_label(w.state)
        if column == self.CRITERIA:
            return str(len(evaluation.criteria))
        if column == self.PROJECTS:
            return str(len(evaluation.projects))
        ahp = evaluation.weights.ahp
        if ahp is None:
            return ""
        return _number(ahp.cr, 3) + ("" if ahp.acceptable else " ⚠")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D) -> Any:
        if role == _D and orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return [
                QCoreApplication.translate("WeightingModels", "Title"),
                QCoreApplication.translate("WeightingModels", "Method"),
                QCoreApplication.translate("WeightingModels", "Who judges"),
                QCoreApplication.translate("WeightingModels", "State"),
                QCoreApplication.translate("WeightingModels", "Criteria"),
                QCoreApplication.translate("WeightingModels", "Projects"),
                QCoreApplication.translate("WeightingModels", "CR"),
            ][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
