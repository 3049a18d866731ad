"""ProjectDocument: every change goes through here, into the file, then out as a signal."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from smartcity_desktop.domain.minutes import ProjectRecord, WorkshopRecord
from smartcity_desktop.domain.model import (
    ActionItem,
    AgendaItem,
    Attendance,
    BallotRecord,
    Board,
    Card,
    Cluster,
    Criterion,
    Decision,
    FieldGoal,
    FieldOfAction,
    GovernanceBody,
    Judgement,
    Participant,
    Photo,
    Project,
    RoundOption,
    Score,
    StakeholderGroup,
    StrategicGoal,
    Strategy,
    StrategyAction,
    VotingRound,
    Weighting,
    Workshop,
    WorkshopParticipant,
)
from smartcity_desktop.store import ProjectFile, ProjectFileError, records
from smartcity_desktop.store import board as store_board
from smartcity_desktop.store import check as store_check
from smartcity_desktop.store import minutes as store_minutes
from smartcity_desktop.store import participants as store_participants
from smartcity_desktop.store import strategy as store_strategy
from smartcity_desktop.store import voting as store_voting
from smartcity_desktop.store import weighting as store_weighting
from smartcity_desktop.store import workshops as store_workshops
from smartcity_desktop.store.errors import FileProblem

if TYPE_CHECKING:
    from smartcity_desktop.domain.strategy import (
        CriterionEntry,
        ProjectEntry,
        StrategyDraft,
        StrategyVersion,
    )
    from smartcity_desktop.domain.traceability import TraceFacts

RowSnapshot = records.RowSnapshot
# Change sets: what a board gesture does, applied in one transaction, inverted for undo.
Insert = store_board.Insert
Update = store_board.Update
Delete = store_board.Delete
Op = store_board.Op
Touched = store_board.Touched
CancelledError = store_board.CancelledError


def _changes_cluster_identity(op: Op) -> bool:
    """Whether an op adds, removes or renames a cluster (which a field of action shows)."""
    if getattr(op, "table", "") != "clusters":
        return False
    return not isinstance(op, Update) or "title" in op.values


_WEIGHTING_TABLES = frozenset(
    {"weightings", "weighting_criteria", "weighting_projects", "judgements", "scores"}
)


_MINUTES_TABLES = frozenset({"decisions", "action_items", "photos"})
_DRAFT_TABLES = frozenset(
    {"strategic_goals", "field_goals", "governance_bodies", "strategy_actions"}
)


class ReadOnlyError(Exception):
    """A change was attempted on a project opened read-only."""


class ProjectDocument(QObject):
    """One open `.scw` project. Views read from it and listen; commands change it."""

    strategy_changed = Signal()
    groups_changed = Signal()
    workshop_added = Signal(int)
    workshop_changed = Signal(int)
    workshop_removed = Signal(int)
    participant_added = Signal(int)
    participant_changed = Signal(int)
    participant_removed = Signal(int)
    attendance_changed = Signal(int)  # workshop id
    agenda_changed = Signal(int)  # workshop id
    boards_changed = Signal(int)  # workshop id: a board was added, renamed or removed
    board_changed = Signal(int, object)  # board id, Touched: which cards and clusters changed
    fields_changed = Signal()  # the fields of action or their links to clusters
    rounds_changed = Signal()  # a voting round was started, renamed or removed
    votes_changed = Signal(int)  # round id: its settings, state, ballots or paper counts
    criteria_changed = Signal()  # the criteria catalogue
    projects_changed = Signal()  # the projects (Maßnahmen)
    weightings_changed = Signal()  # a weighting, its criteria, projects, judgements or scores
    minutes_changed = Signal()  # decisions, action items or photos of a workshop
    draft_changed = Signal()  # the draft's goals, field goals, governance or action plan
    versions_changed = Signal()  # a version of the draft was saved, renamed or deleted
    saved = Signal()  # a change reached the disk
    write_failed = Signal(str)  # a change could not be saved; nothing was changed

    def __init__(self, project: ProjectFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file = project
        self.undo_stack = QUndoStack(self)
        self.last_saved: datetime | None = None
        self.last_error: ProjectFileError | None = None

    # -- life cycle ----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> ProjectDocument:
        """Open a project file; raises ProjectFileError with a problem the UI can word."""
        return cls(ProjectFile.open(path, read_only=read_only))

    @classmethod
    def create(cls, path: Path | str, *, title: str, city: str = "") -> ProjectDocument:
        from smartcity_desktop.domain.model import DEFAULT_STAKEHOLDER_GROUPS

        return cls(
            ProjectFile.create(
                path, title=title, city=city, stakeholder_groups=DEFAULT_STAKEHOLDER_GROUPS
            )
        )

    @classmethod
    def create_demo(cls, path: Path | str) -> ProjectDocument:
        """A fresh copy of the demo project (a fictitious city, invented data) at `path`."""
        from smartcity_desktop.store.demo import build_demo

        return cls(build_demo(path))

    @staticmethod
    def snapshots_of(path: Path | str) -> list[Path]:
        """Snapshots kept beside a project file, newest first (offered when it is damaged)."""
        from smartcity_desktop.store.connection import list_snapshots

        return list_snapshots(Path(path))

    @property
    def path(self) -> Path:
        return self._file.path

    @property
    def read_only(self) -> bool:
        return self._file.read_only

    @property
    def migrated_from_snapshot(self) -> Path | None:
        """The snapshot taken before migrating an older file on open, if any."""
        return self._file.snapshot_taken

    def close(self) -> None:
        self.undo_stack.clear()
        self._file.close()

    def save_copy(self, target: Path | str) -> Path:
        return self._file.save_copy(target)

    def check(self) -> store_check.CheckReport:
        return store_check.check_open(self._file)

    # -- pushing commands ----------------------------------------------------------------

    def push(self, command: QUndoCommand | None) -> bool:
        """Run a command and put it on the undo stack; False if it could not be saved.

        None (an operation that found nothing to change) is no step and counts as done.
        """
        if command is None:
            return True
        if self.read_only:
            self.write_failed.emit(str(ProjectFileError(FileProblem.READ_ONLY, self.path)))
            return False
        self.last_error = None
        self.undo_stack.push(command)
        return self.last_error is None

    def _committed(self) -> None:
        self.last_saved = datetime.now()
        self.saved.emit()

    def _failed(self, error: ProjectFileError) -> None:
        self.last_error = error
        self.write_failed.emit(str(error))

    def run_change(self, change: Any) -> bool:
        """Call `change()` (which writes through the store); report success or the failure."""
        try:
            change()
        except ProjectFileError as error:
            self._failed(error)
            return False
        except (KeyError, ValueError, LookupError, ArithmeticError) as error:
            # The file no longer fits the change (a row an earlier, failed step should have
            # made is missing): the transaction was rolled back; refuse this step too.
            self._failed(ProjectFileError(FileProblem.REFUSED, self.path, str(error)))
            return False
        self._committed()
        return True

    # -- reading -------------------------------------------------------------------------

    def strategy(self) -> Strategy:
        return store_strategy.load_strategy(self._file)

    def stakeholder_groups(self) -> list[StakeholderGroup]:
        return store_strategy.list_groups(self._file)

    def workshops(self) -> list[Workshop]:
        return store_workshops.list_workshops(self._file)

    def workshop(self, workshop_id: int) -> Workshop:
        return store_workshops.get_workshop(self._file, workshop_id)

    def participants(self) -> list[Participant]:
        return store_participants.list_participants(self._file)

    def participant(self, participant_id: int) -> Participant:
        return store_participants.get_participant(self._file, participant_id)

    def attendance(self, workshop_id: int) -> list[WorkshopParticipant]:
        return store_workshops.list_attendance(self._file, workshop_id)

    def agenda(self, workshop_id: int) -> list[AgendaItem]:
        return store_workshops.list_agenda(self._file, workshop_id)

    def boards(self, workshop_id: int) -> list[Board]:
        return store_workshops.list_boards(self._file, workshop_id)

    def board(self, board_id: int) -> Board:
        row = store_board.board_of(self._file, board_id)
        return Board(id=row["id"], workshop_id=row["workshop_id"], title=row["title"])

    def cards(self, board_id: int) -> list[Card]:
        return store_board.list_cards(self._file, board_id)

    def clusters(self, board_id: int) -> list[Cluster]:
        return store_board.list_clusters(self._file, board_id)

    def cards_by_ids(self, ids: Any) -> list[Card]:
        """The cards among `ids` that exist (a missing id was deleted)."""
        return store_board.cards_by_ids(self._file, ids)

    def clusters_by_ids(self, ids: Any) -> list[Cluster]:
        return store_board.clusters_by_ids(self._file, ids)

    def cluster_cards(self, cluster_id: int) -> list[Card]:
        return store_board.cluster_cards(self._file, cluster_id)

    def cluster_origin(self, cluster_id: int) -> dict[str, Any]:
        """A cluster's title, card count, board and workshop (for tracing a field of action)."""
        return store_board.cluster_origin(self._file, cluster_id)

    def card_texts(self, board_id: int) -> list[str]:
        return store_board.card_texts(self._file, board_id)

    def voting_rounds(self, workshop_id: int) -> list[VotingRound]:
        return store_voting.list_rounds(self._file, workshop_id)

    def board_rounds(self, board_id: int) -> list[VotingRound]:
        return store_voting.board_rounds(self._file, board_id)

    def voting_round(self, round_id: int) -> VotingRound:
        return store_voting.get_round(self._file, round_id)

    def round_options(self, round_id: int) -> list[RoundOption]:
        return store_voting.list_options(self._file, round_id)

    def ballots(self, round_id: int) -> list[BallotRecord]:
        return store_voting.list_ballots(self._file, round_id)

    def paper_counts(self, round_id: int) -> list[dict[str, Any]]:
        return store_voting.list_paper(self._file, round_id)

    def criteria(self) -> list[Criterion]:
        """The criteria catalogue, in its order."""
        return store_weighting.list_criteria(self._file)

    def projects(self) -> list[Project]:
        return store_weighting.list_projects(self._file)

    def weightings(self, workshop_id: int | None = None) -> list[Weighting]:
        """The weightings of a workshop (all of them for None), in their order."""
        if workshop_id is None:
            return store_weighting.all_weightings(self._file)
        return store_weighting.list_weightings(self._file, workshop_id)

    def weighting(self, weighting_id: int) -> Weighting:
        return store_weighting.get_weighting(self._file, weighting_id)

    def judgements(self, weighting_id: int) -> list[Judgement]:
        return store_weighting.list_judgements(self._file, weighting_id)

    def scores(self, weighting_id: int) -> list[Score]:
        return store_weighting.list_scores(self._file, weighting_id)

    def weighting_members(self, weighting_id: int, table: str) -> list[dict[str, Any]]:
        """Rows of `weighting_criteria` or `weighting_projects` of one weighting."""
        return store_weighting.member_rows(self._file, weighting_id, table)

    def next_position(self, table: str) -> int:
        """The position a new criterion or project gets at the end of its list."""
        return store_weighting.next_position(self._file, table)

    def decisions(self, workshop_id: int) -> list[Decision]:
        return store_minutes.list_decisions(self._file, workshop_id)

    def action_items(self, workshop_id: int) -> list[ActionItem]:
        return store_minutes.list_action_items(self._file, workshop_id)

    def photos(self, workshop_id: int, *, with_data: bool = False) -> list[Photo]:
        """A workshop's photos; the image bytes only when asked for."""
        return store_minutes.list_photos(self._file, workshop_id, with_data=with_data)

    def photo_data(self, photo_id: int) -> bytes:
        return store_minutes.photo_data(self._file, photo_id)

    def logo(self) -> bytes | None:
        return store_strategy.load_logo(self._file)

    def workshop_record(self, workshop_id: int, *, with_photos: bool = True) -> WorkshopRecord:
        """Everything the minutes of a workshop show (for the PDF), read in one go."""
        return store_minutes.load_workshop_record(self._file, workshop_id, with_photos=with_photos)

    def project_record(self) -> ProjectRecord:
        """The whole project as the open-data export shows it."""
        return store_minutes.load_project_record(self._file)

    # -- the strategy draft ------------------------------------------------------------------
    # Its store module (and the draft's many dataclasses) is loaded when the draft is first
    # read, not when the app starts.

    def strategic_goals(self) -> list[StrategicGoal]:
        return _draft_store().list_goals(self._file)

    def field_goals(self, field_id: int | None = None) -> list[FieldGoal]:
        return _draft_store().list_field_goals(self._file, field_id)

    def governance_bodies(self) -> list[GovernanceBody]:
        return _draft_store().list_governance(self._file)

    def strategy_actions(self) -> list[StrategyAction]:
        return _draft_store().list_actions(self._file)

    def strategy_versions(self) -> list[StrategyVersion]:
        return _draft_store().list_versions(self._file)

    def strategy_version(self, version_id: int) -> StrategyDraft:
        """A version's draft; KeyError, or DraftFormatError for content it cannot read."""
        return _draft_store().version_content(self._file, version_id)

    def strategy_draft(self) -> StrategyDraft:
        """The current draft, as the exports print it and a version keeps it."""
        return _draft_store().load_draft(self._file)

    def draft_criteria(self) -> list[CriterionEntry]:
        """The draft's criteria with their agreed weights (cheaper than the whole draft)."""
        return _draft_store().agreed_criteria(self._file)

    def draft_field_projects(self, field_id: int) -> list[ProjectEntry]:
        """A field's projects with utility and rank in the agreed weighting (cheaper than the
        whole draft, which also traces every card)."""
        return _draft_store().field_projects(self._file, field_id)

    def trace_facts(self) -> TraceFacts:
        return _draft_store().load_trace_facts(self._file)

    def fields_of_action(self) -> list[FieldOfAction]:
        return store_board.list_fields(self._file)

    def field_links(self, cluster_ids: Any) -> dict[int, list[tuple[int, int]]]:
        """For each cluster id, its links as (link id, field of action id)."""
        return store_board.field_links(self._file, cluster_ids)

    def next_id(self, table: str) -> int:
        """The id a new row of `table` gets, so one change set can refer to it."""
        return store_board.next_id(self._file, table)

    def row(self, entity: str, row_id: int) -> dict[str, Any]:
        return records.get_fields(self._file, entity, row_id)

    # -- changing (called by commands only; each is one transaction, then one signal) ------

    def set_fields(self, entity: str, row_id: int, values: dict[str, Any]) -> dict[str, Any]:
        old = records.update_fields(self._file, entity, row_id, values)
        self._emit_changed(entity, row_id)
        return old

    def insert(self, entity: str, values: dict[str, Any]) -> int:
        """Insert a row (with its `id` when redoing) at the end of its list."""
        table = records.TABLES[entity]
        values = dict(values)
        if "position" not in values and entity in ("workshop", "stakeholder_group"):
            values["position"] = store_strategy.next_position(self._file, table)
        if "position" not in values and entity in ("agenda_item", "board"):
            values["position"] = store_strategy.next_position(
                self._file, table, "workshop_id = ?", (values["workshop_id"],)
            )
        row_id = records.insert_row(self._file, table, values)
        self._emit_added(entity, row_id, values)
        return row_id

    def add_participant(
        self, values: dict[str, Any], workshop_id: int | None, attendance: Attendance
    ) -> int:
        """A new person, and (in the same transaction) their attendance at a workshop."""
        with self._file.transaction():
            row_id = records.insert_row(self._file, "participants", values)
            if workshop_id is not None:
                store_workshops.set_attendance(self._file, workshop_id, row_id, attendance)
        self.participant_added.emit(row_id)
        if workshop_id is not None:
            self.attendance_changed.emit(workshop_id)
        return row_id

    def delete(self, entity: str, row_ids: list[int]) -> RowSnapshot:
        """Delete rows and all that hangs on them; the snapshot restores them on undo."""
        parents = self._parents(entity, row_ids)
        snapshot = records.delete_rows(self._file, entity, row_ids)
        self._emit_removed(entity, row_ids, parents, snapshot)
        return snapshot

    def restore(self, entity: str, snapshot: RowSnapshot) -> None:
        records.restore_rows(self._file, snapshot)
        for table, row in snapshot.rows:
            if table == records.TABLES[entity]:
                self._emit_added(entity, row["id"], row)
        self._emit_side_effects(snapshot)

    def apply_changes(
        self, ops: list[Op], progress: Any = None, round_id: int | None = None
    ) -> list[Op]:
        """Apply a change set in one transaction, announce what it touched, return its inverse.

        Raises CancelledError (nothing written) when `progress(done, total)` returns False.
        `round_id` names the voting round a change set of votes belongs to.
        """
        touched = Touched()
        inverse = store_board.apply_changes(self._file, ops, touched, progress)
        if touched.of("voting_rounds"):
            self.rounds_changed.emit()
        if round_id is not None:
            self.votes_changed.emit(round_id)
        for board_id in sorted(touched.boards):
            self.board_changed.emit(board_id, touched)
        if (
            touched.of("fields_of_action")
            or touched.of("field_clusters")
            or any(_changes_cluster_identity(op) for op in ops)
        ):
            self.fields_changed.emit()
        if touched.of("boards"):
            for workshop_id in self._workshops_of_boards(touched.of("boards")):
                self.boards_changed.emit(workshop_id)
        self._emit_weighting_signals(set(touched.ids))
        if touched.of("strategy"):
            self.strategy_changed.emit()
        for workshop_id in sorted(touched.of("workshops")):
            self.workshop_changed.emit(workshop_id)
        return inverse

    def _emit_weighting_signals(self, tables: set[str]) -> None:
        if "criteria" in tables:
            self.criteria_changed.emit()
        if "projects" in tables:
            self.projects_changed.emit()
        if tables & _WEIGHTING_TABLES:
            self.weightings_changed.emit()
        if tables & _MINUTES_TABLES:
            self.minutes_changed.emit()
        if tables & _DRAFT_TABLES:
            self.draft_changed.emit()
        if "strategy_versions" in tables:
            self.versions_changed.emit()

    def _workshops_of_boards(self, board_ids: set[int]) -> list[int]:
        result = set()
        for board_id in board_ids:
            try:
                result.add(int(self.row("board", board_id)["workshop_id"]))
            except KeyError:
                continue
        return sorted(result)

    def set_attendance(
        self, workshop_id: int, participant_id: int, attendance: Attendance | None
    ) -> Attendance | None:
        old = store_workshops.set_attendance(self._file, workshop_id, participant_id, attendance)
        self.attendance_changed.emit(workshop_id)
        return old

    # -- signals -------------------------------------------------------------------------

    def _parents(self, entity: str, row_ids: list[int]) -> dict[int, int]:
        if entity not in ("agenda_item", "board"):
            return {}
        return {i: int(self.row(entity, i)["workshop_id"]) for i in row_ids}

    def _emit_changed(self, entity: str, row_id: int) -> None:
        if entity == "strategy":
            self.strategy_changed.emit()
        elif entity == "workshop":
            self.workshop_changed.emit(row_id)
        elif entity == "participant":
            self.participant_changed.emit(row_id)
        elif entity == "stakeholder_group":
            self.groups_changed.emit()
        elif entity == "agenda_item":
            self.agenda_changed.emit(int(self.row(entity, row_id)["workshop_id"]))
        elif entity == "board":
            self.boards_changed.emit(int(self.row(entity, row_id)["workshop_id"]))
        elif entity == "field_of_action":
            self.fields_changed.emit()

    def _emit_added(self, entity: str, row_id: int, values: dict[str, Any]) -> None:
        if entity == "workshop":
            self.workshop_added.emit(row_id)
        elif entity == "participant":
            self.participant_added.emit(row_id)
        elif entity == "stakeholder_group":
            self.groups_changed.emit()
        elif entity == "agenda_item":
            self.agenda_changed.emit(int(values["workshop_id"]))
        elif entity == "board":
            self.boards_changed.emit(int(values["workshop_id"]))
        elif entity == "field_of_action":
            self.fields_changed.emit()

    def _emit_removed(
        self, entity: str, row_ids: list[int], parents: dict[int, int], snapshot: RowSnapshot
    ) -> None:
        for row_id in row_ids:
            if entity == "workshop":
                self.workshop_removed.emit(row_id)
            elif entity == "participant":
                self.participant_removed.emit(row_id)
            elif entity == "agenda_item":
                self.agenda_changed.emit(parents[row_id])
            elif entity == "board":
                self.boards_changed.emit(parents[row_id])
        if entity == "stakeholder_group":
            self.groups_changed.emit()
        if entity == "field_of_action":
            self.fields_changed.emit()
        self._emit_side_effects(snapshot)

    def _emit_side_effects(self, snapshot: RowSnapshot) -> None:
        """Tell views about attendance rows and group references a delete or restore touched."""
        workshops = {row["workshop_id"] for t, row in snapshot.rows if t == "workshop_participants"}
        for workshop_id in sorted(workshops):
            self.attendance_changed.emit(workshop_id)
        for table, _col, pk, _value in snapshot.cleared:
            if table == "participants":
                self.participant_changed.emit(pk["id"])
        if any(t in ("field_clusters", "clusters") for t, _row in snapshot.rows):
            self.fields_changed.emit()
        tables = {t for t, _row in snapshot.rows} | {t for t, *_rest in snapshot.cleared}
        self._emit_weighting_signals(tables)


def _draft_store():  # type: ignore[no-untyped-def]
    from smartcity_desktop.store import strategy_draft

    return strategy_draft
