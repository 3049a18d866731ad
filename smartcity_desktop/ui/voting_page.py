"""Dot-voting (Punktabfrage): set up a round, record paper counts or ballots at the laptop,
close and reveal, see the results and start a second round.

Results stay hidden (on the laptop too) until the moderator reveals them, unless the round was
set up with open results. Every entry is one undoable command, on disk at once.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import voting_ops as vops
from smartcity_desktop.domain import voting
from smartcity_desktop.domain.model import Attendance
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.voting_panels import (
    BallotPanel,
    CountDelegate,
    PaperModel,
    ResultsPanel,
    ShortlistDialog,
    VotingSetupDialog,
)


class VotingPage(QWidget):
    """One voting round."""

    navigate = Signal(object)  # a navigator node to show (a new second round)

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        round_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.round_id = round_id
        self.read_only = document.read_only
        self.round = document.voting_round(round_id)
        self.heading = QLabel(self)
        self.heading.setObjectName("roundHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.summary = QLabel(self)
        self.summary.setObjectName("roundSummary")
        self.summary.setWordWrap(True)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("roundProgress")
        self.progress_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close voting"), self)
        self.close_button.setObjectName("closeVoting")
        self.reveal_button = QPushButton(self.tr("Reveal results"), self)
        self.reveal_button.setObjectName("revealResults")
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.setObjectName("reopenVoting")
        self.second_button = QPushButton(self.tr("Second round…"), self)
        self.second_button.setObjectName("secondRound")
        self.settings_button = QPushButton(self.tr("Settings…"), self)
        self.settings_button.setObjectName("roundSettings")
        self.delete_button = QPushButton(self.tr("Delete round…"), self)
        self.delete_button.setObjectName("deleteRound")
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("paperGroup")
        self.paper = PaperModel(self)
        self._fill_groups()
        self.paper_view = QTableView(self)
        self.paper_view.setObjectName("paperTable")
        self.paper_view.setModel(self.paper)
        self._count_delegate = CountDelegate(self.paper_view)
        self.paper_view.setItemDelegate(self._count_delegate)
        self._count_delegate.moved.connect(self._paper_moved)
        self.paper_view.verticalHeader().hide()
        self.paper_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.paper_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        paper_tab = QWidget(self)
        paper_layout = QVBoxLayout(paper_tab)
        paper_row = QHBoxLayout()
        paper_row.addWidget(QLabel(self.tr("Counted for"), paper_tab))
        paper_row.addWidget(self.group_combo, 1)
        paper_layout.addLayout(paper_row)
        paper_layout.addWidget(
            QLabel(
                self.tr(
                    "Type the number of stickers per option; Enter or the arrow keys move on. "
                    "Counts per stakeholder group are added up."
                ),
                paper_tab,
            )
        )
        paper_layout.addWidget(self.paper_view, 1)
        self.ballots = BallotPanel(self)
        self.results = ResultsPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("votingTabs")
        self.tabs.addTab(self.ballots, self.tr("At the laptop"))
        self.tabs.addTab(paper_tab, self.tr("Paper tally"))
        self.tabs.addTab(self.results, self.tr("Results"))
        buttons = QHBoxLayout()
        for button in (
            self.close_button,
            self.reveal_button,
            self.reopen_button,
            self.second_button,
            self.settings_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress_label)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.close_button.clicked.connect(lambda: self.set_state("closed"))
        self.reveal_button.clicked.connect(lambda: self.set_state("revealed"))
        self.reopen_button.clicked.connect(lambda: self.set_state("open"))
        self.second_button.clicked.connect(self.start_second_round)
        self.settings_button.clicked.connect(self.edit_settings)
        self.delete_button.clicked.connect(self.delete_round)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        document.votes_changed.connect(self._votes_changed)
        document.groups_changed.connect(self._fill_groups)
        document.attendance_changed.connect(self._attendance_changed)
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def results_visible(self) -> bool:
        return self.round.state == "revealed" or not self.round.hidden

    def refresh(self) -> None:
        try:
            self.round = self.document.voting_round(self.round_id)
        except KeyError:
            return  # deleted: the navigator moves on
        r = self.round
        state = {
            "open": self.tr("open"),
            "closed": self.tr("closed, not yet revealed"),
            "revealed": self.tr("revealed"),
        }[r.state]
        self.heading.setText(f"{r.title} — {state}")
        parts = [self.tr("%n green dot(s) per person", "", r.dots)]
        if r.red_dots:
            parts.append(self.tr("%n red dot(s) per person", "", r.red_dots))
        parts.append(
            self.tr("at most %1 of a colour per option").replace("%1", str(r.cap))
            if r.cap > 1
            else self.tr("no cumulating")
        )
        parts.append(self.tr("anonymous") if r.anonymous else self.tr("named"))
        parts.append(
            self.tr("results hidden until revealed") if r.hidden else self.tr("results shown live")
        )
        self.summary.setText(" · ".join(parts))
        ballots = self.document.ballots(self.round_id)
        prog = vops.round_progress(self.document, r, ballots)
        text = (
            self.tr("%1 of %2 have voted")
            .replace("%1", str(prog.voted))
            .replace("%2", "?" if prog.expected is None else str(prog.expected))
        )
        if prog.abstained:
            text += " " + self.tr("(%1 abstained)").replace("%1", str(prog.abstained))
        if prog.dots_available is not None:
            text += " · " + self.tr("%1 of %2 dots cast").replace(
                "%1", str(prog.dots_cast)
            ).replace("%2", str(prog.dots_available))
        paper_total = sum(p["green"] + p["red"] for p in self.document.paper_counts(self.round_id))
        if paper_total:
            text += " · " + self.tr("%1 dots counted on paper").replace("%1", str(paper_total))
        if not r.anonymous and r.voters == "participants":
            voted = {b.participant_id for b in ballots}
            workshop_id = self.document.board(r.board_id).workshop_id
            people = {p.id: p.name for p in self.document.participants()}
            missing = [
                people[a.participant_id]
                for a in self.document.attendance(workshop_id)
                if a.attendance == Attendance.PRESENT
                and a.participant_id not in voted
                and a.participant_id in people
            ]
            if missing:
                text += "\n" + self.tr("Not yet voted: %1").replace("%1", ", ".join(missing))
        self.progress_label.setText(text)
        writable = not self.read_only
        self.close_button.setVisible(r.state == "open")
        self.reveal_button.setVisible(r.state != "revealed")
        self.reopen_button.setVisible(r.state != "open")
        self.second_button.setEnabled(writable and r.state == "revealed")
        for button in (
            self.close_button,
            self.reveal_button,
            self.reopen_button,
            self.settings_button,
            self.delete_button,
        ):
            button.setEnabled(writable)
        self.paper.reload()
        self.ballots.reload()
        self.results.reload()

    def _votes_changed(self, round_id: int) -> None:
        if round_id == self.round_id:
            self.refresh()

    def _attendance_changed(self, _workshop_id: int) -> None:
        # a method, not a lambda: Qt drops the connection when the page is deleted
        self.refresh()

    def _paper_moved(self, step: int) -> None:
        index = self.paper_view.currentIndex()
        row = min(max(index.row() + step, 0), self.paper.rowCount() - 1)
        self.paper_view.setCurrentIndex(self.paper.index(row, index.column()))

    def _fill_groups(self) -> None:
        """The stakeholder groups to count paper dots for (kept current when they change)."""
        current = self.group_combo.currentData() if self.group_combo.count() else None
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All participants together"), None)
        for group in self.document.stakeholder_groups():
            self.group_combo.addItem(group.name, group.id)
        index = self.group_combo.findData(current)
        self.group_combo.setCurrentIndex(max(index, 0))
        self.group_combo.blockSignals(False)
        if self.paper.group_id != self.group_combo.currentData():
            self._group_changed(0)

    def _group_changed(self, _index: int) -> None:
        self.paper.group_id = self.group_combo.currentData()
        self.paper.reload()

    def refusal_text(self, refused: vops.BallotRefused) -> str:
        if refused.reason == "not_open":
            return self.tr("The voting is closed. Reopen it to record more ballots.")
        if refused.reason == "voted_already":
            return self.tr("This person has voted already. Withdraw their ballot to vote again.")
        texts = []
        for error in refused.errors:
            texts.append(
                {
                    voting.BallotProblem.OVER_BUDGET_GREEN: self.tr(
                        "More green dots than each person has (%1)."
                    ),
                    voting.BallotProblem.OVER_BUDGET_RED: self.tr(
                        "More red dots than each person has (%1)."
                    ),
                    voting.BallotProblem.OVER_CAP: self.tr(
                        "More than %1 dot(s) of one colour on one option."
                    ),
                    voting.BallotProblem.NEGATIVE: self.tr("A number of dots below zero."),
                    voting.BallotProblem.RED_NOT_ALLOWED: self.tr("This round has no red dots."),
                    voting.BallotProblem.UNKNOWN_OPTION: self.tr(
                        "An option that is not part of this round."
                    ),
                }[error.problem].replace("%1", str(error.limit))
            )
        return "\n".join(dict.fromkeys(texts))

    # -- changing --------------------------------------------------------------------------

    def set_paper(self, option_id: int, group_id: int | None, green: int, red: int) -> bool:
        try:
            command = vops.set_paper_count(
                self.document, self.round_id, option_id, group_id, green, red
            )
        except vops.BallotRefused as refused:
            self.dialogs.warn(self.tr("Paper tally"), self.refusal_text(refused))
            return False
        if command is None:
            return True
        return self.document.push(command)

    def set_state(self, state: str) -> None:
        if (
            state == "revealed"
            and self.round.state == "open"
            and not self.dialogs.confirm(
                self.tr("Reveal results"),
                self.tr("Close the voting and reveal the results to everyone?"),
                self.tr("Reveal"),
            )
        ):
            return
        command = vops.set_state(self.document, self.round_id, state)
        if command is not None:
            self.document.push(command)

    def edit_settings(self) -> None:
        recorded = bool(
            self.document.ballots(self.round_id) or self.document.paper_counts(self.round_id)
        )
        if recorded and not self.dialogs.confirm(
            self.tr("Voting settings"),
            self.tr(
                "Votes have been recorded already. Change the settings anyway? What was "
                "recorded is kept as it is."
            ),
            self.tr("Change settings"),
        ):
            return
        present = vops.expected_voters(self.document, self.round) or 0
        dialog = VotingSetupDialog({}, present, self.round.title, self, round_=self.round)
        try:
            if not self.dialogs.run(dialog):
                return
            values = dialog.values()
        finally:
            dialog.deleteLater()
        command = vops.change_settings(self.document, self.round_id, values)
        if command is not None:
            self.document.push(command)

    def start_second_round(self) -> None:
        results = vops.results(self.document, self.round_id)
        tied = voting.shortlist_tied(results)
        top = voting.shortlist_top_third(results)
        choices: list[tuple[str, list[int] | None]] = [
            (self.tr("The top third (%1 options)").replace("%1", str(len(top))), top)
        ]
        if tied:
            choices.append((self.tr("The tied options (%1)").replace("%1", str(len(tied))), tied))
        choices.append((self.tr("Options I pick…"), None))
        answer = self.dialogs.choose(
            self.tr("Second round"),
            self.tr("Which options go into the second round?"),
            [label for label, _ids in choices],
        )
        if answer is None:
            return
        chosen = choices[answer][1]
        if chosen is None:
            labels = {o.id: o.label for o in self.document.round_options(self.round_id)}
            dialog = ShortlistDialog(
                [
                    (r.option_id, labels.get(r.option_id, "?"), r.rank)
                    for r in voting.ranked(results)
                ],
                set(top),
                self,
            )
            try:
                if not self.dialogs.run(dialog):
                    return
                chosen = dialog.chosen()
            finally:
                dialog.deleteLater()
            if len(chosen) < 2:
                self.dialogs.info(
                    self.tr("Second round"), self.tr("Pick at least two options for a vote.")
                )
                return
        title = self.tr("%1 — second round").replace("%1", self.round.title)
        command = vops.second_round(self.document, self.round_id, chosen, title)
        if self.document.push(command):
            from smartcity_desktop.ui.navigator import Node

            workshop_id = self.document.board(self.round.board_id).workshop_id
            self.navigate.emit(Node("voting", command.new_ids[0], workshop_id))

    def delete_round(self) -> None:
        if self.dialogs.confirm(
            self.tr("Delete round"),
            self.tr("Delete the voting round “%1” with all its votes? You can undo this.").replace(
                "%1", self.round.title
            ),
            self.tr("Delete"),
        ):
            self.document.push(vops.delete_round(self.document, self.round_id))
