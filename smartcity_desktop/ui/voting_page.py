"""Dot-voting (Punktabfrage): set up a round, record paper counts or ballots at the laptop,
close and reveal, see the results and start a second round.

Results stay hidden (on the laptop too) until the moderator reveals them, unless the round was
set up with open results. Every entry is one undoable command, on disk at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import voting_ops as vops
from smartcity_desktop.domain import voting
from smartcity_desktop.domain.model import Attendance, VotingRound
from smartcity_desktop.domain.rules import clean_title
from smartcity_desktop.ui.dialogs import Dialogs

GREEN = QColor("#009E73")  # Okabe–Ito bluish green: support
RED = QColor("#D55E00")  # Okabe–Ito vermillion: concerns


class VotingSetupDialog(QDialog):
    """The settings of a new round (or of an existing one)."""

    def __init__(
        self,
        option_counts: dict[str, int],
        present: int,
        title: str,
        parent: QWidget | None = None,
        *,
        round_: VotingRound | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("votingSetupDialog")
        self.setWindowTitle(self.tr("Dot-voting") if round_ is None else self.tr("Voting settings"))
        self.option_counts = option_counts
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setObjectName("roundTitle")
        self.target = QComboBox(self)
        self.target.setObjectName("roundTarget")
        labels = {
            "clusters": self.tr("The clusters (%1)"),
            "cards": self.tr("All cards (%1)"),
            "selection": self.tr("The selected clusters or cards (%1)"),
        }
        for key, count in option_counts.items():
            self.target.addItem(labels[key].replace("%1", str(count)), key)
        self.dots = QSpinBox(self)
        self.dots.setObjectName("roundDots")
        self.dots.setRange(1, 99)
        self.red_dots = QSpinBox(self)
        self.red_dots.setObjectName("roundRedDots")
        self.red_dots.setRange(0, 99)
        self.red_dots.setSpecialValueText(self.tr("none (green only)"))
        self.cap = QSpinBox(self)
        self.cap.setObjectName("roundCap")
        self.cap.setRange(1, 99)
        self.cap.setToolTip(self.tr("1 = at most one dot of a colour per option (no cumulating)"))
        self.anonymous = QCheckBox(self.tr("Anonymous (names are not recorded)"), self)
        self.anonymous.setObjectName("roundAnonymous")
        self.anonymous.setChecked(True)
        self.hidden = QCheckBox(self.tr("Hide results until revealed"), self)
        self.hidden.setObjectName("roundHidden")
        self.hidden.setChecked(True)
        self.voters = QComboBox(self)
        self.voters.setObjectName("roundVoters")
        self.voters.addItem(
            self.tr("The workshop's present participants (%1)").replace("%1", str(present)),
            "participants",
        )
        self.voters.addItem(self.tr("A number of voters"), "count")
        self.voter_count = QSpinBox(self)
        self.voter_count.setObjectName("roundVoterCount")
        self.voter_count.setRange(1, 999)
        self.voter_count.setValue(max(present, 1))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        if round_ is None:
            form.addRow(self.tr("Vote on"), self.target)
        form.addRow(self.tr("Green dots per person"), self.dots)
        form.addRow(self.tr("Red dots (concerns) per person"), self.red_dots)
        form.addRow(self.tr("Most dots of a colour on one option"), self.cap)
        form.addRow(self.tr("Who votes"), self.voters)
        form.addRow(self.tr("Number of voters"), self.voter_count)
        form.addRow("", self.anonymous)
        form.addRow("", self.hidden)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.target.currentIndexChanged.connect(self._suggest)
        self.voters.currentIndexChanged.connect(self._voters_changed)
        if round_ is not None:
            self.dots.setValue(round_.dots)
            self.red_dots.setValue(round_.red_dots)
            self.cap.setValue(round_.cap)
            self.anonymous.setChecked(round_.anonymous)
            self.hidden.setChecked(round_.hidden)
            self.voters.setCurrentIndex(self.voters.findData(round_.voters))
            if round_.voter_count:
                self.voter_count.setValue(round_.voter_count)
        else:
            self._suggest()
        self._voters_changed()

    def _suggest(self, *_args: object) -> None:
        count = self.option_counts.get(self.target.currentData(), 0)
        self.dots.setValue(voting.suggest_dots(count))
        self.hint.setText(
            self.tr("Suggested: ⌊options / 3⌋ + 1 = %1 dots for %2 options.")
            .replace("%1", str(voting.suggest_dots(count)))
            .replace("%2", str(count))
        )

    def _voters_changed(self, *_args: object) -> None:
        by_count = self.voters.currentData() == "count"
        self.voter_count.setEnabled(by_count)
        if by_count:
            self.anonymous.setChecked(True)
        self.anonymous.setEnabled(not by_count)

    def settings(self) -> voting.RoundSettings:
        return voting.RoundSettings(
            dots=self.dots.value(),
            red_dots=self.red_dots.value(),
            cap=self.cap.value(),
            anonymous=self.anonymous.isChecked(),
            hidden=self.hidden.isChecked(),
        )

    def values(self) -> dict[str, Any]:
        """The settings as the columns of a round."""
        s = self.settings()
        voters = self.voters.currentData()
        return {
            "title": clean_title(self.title_edit.text()) or self.windowTitle(),
            "dots": s.dots,
            "red_dots": s.red_dots,
            "cap": s.cap,
            "anonymous": int(s.anonymous),
            "hidden": int(s.hidden),
            "voters": voters,
            "voter_count": self.voter_count.value() if voters == "count" else 0,
        }


class PaperModel(QAbstractTableModel):
    """Counts typed from paper: one row per option, green (and red) per stakeholder group."""

    def __init__(self, page: VotingPage) -> None:
        super().__init__(page)
        self.page = page
        self.group_id: int | None = None
        self._columns = 0
        self.options: list[Any] = []
        self.counts: dict[tuple[int, int | None], tuple[int, int]] = {}
        self.reload()

    def reload(self) -> None:
        doc = self.page.document
        options = doc.round_options(self.page.round_id)
        counts: dict[tuple[int, int | None], tuple[int, int]] = {}
        for p in doc.paper_counts(self.page.round_id):  # a cell may hold several rows: summed
            key = (p["option_id"], p["group_id"])
            green, red = counts.get(key, (0, 0))
            counts[key] = (green + p["green"], red + p["red"])
        columns = 3 if self.page.round.red_dots else 2
        same_shape = [o.id for o in options] == [o.id for o in self.options] and (
            columns == self._columns
        )
        if options and same_shape:
            # only the numbers changed: keep the view's current cell and any open editor
            self.options, self.counts = options, counts
            self.dataChanged.emit(self.index(0, 0), self.index(len(options) - 1, columns - 1))
            return
        self.beginResetModel()
        self.options, self.counts, self._columns = options, counts, columns
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.options)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (3 if self.page.round.red_dots else 2)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Option"), self.tr("Green dots"), self.tr("Red dots")][section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self.page.round.state == "open" and not self.page.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        option = self.options[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return option.label
            green, red = self.counts.get((option.id, self.group_id), (0, 0))
            return green if index.column() == 1 else red
        if role == Qt.ItemDataRole.ForegroundRole and index.column() > 0:
            return GREEN.darker(130) if index.column() == 1 else RED.darker(120)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        try:
            number = int(value)
        except (TypeError, ValueError):
            return False
        option = self.options[index.row()]
        green, red = self.counts.get((option.id, self.group_id), (0, 0))
        if index.column() == 1:
            green = number
        else:
            red = number
        return self.page.set_paper(option.id, self.group_id, green, red)


class CountDelegate(QStyledItemDelegate):
    """Typing counts: Enter, Return, Up and Down save the number and move to the next row
    (instead of the spin box stepping the number)."""

    moved = Signal(int)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            keys = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.key() in keys and isinstance(editor, QWidget):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.moved.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(editor, event)


class BallotPanel(QWidget):
    """At the laptop: one voter after another places their dots, confirms, hands over."""

    def __init__(self, page: VotingPage) -> None:
        super().__init__(page)
        self.page = page
        self.voter = QComboBox(self)
        self.voter.setObjectName("ballotVoter")
        self.table = QTableWidget(self)
        self.table.setObjectName("ballotOptions")
        self.table.verticalHeader().hide()
        self.left = QLabel(self)
        self.left.setObjectName("ballotLeft")
        self.cast_button = QPushButton(self.tr("Confirm ballot"), self)
        self.cast_button.setObjectName("castBallot")
        self.abstain_button = QPushButton(self.tr("Abstain"), self)
        self.abstain_button.setObjectName("abstain")
        self.withdraw_button = QPushButton(self.tr("Withdraw the last ballot"), self)
        self.withdraw_button.setObjectName("withdrawBallot")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Voter"), self))
        top.addWidget(self.voter, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.left, 1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.abstain_button)
        buttons.addWidget(self.cast_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.cast_button.clicked.connect(lambda: self.cast(abstained=False))
        self.abstain_button.clicked.connect(lambda: self.cast(abstained=True))
        self.withdraw_button.clicked.connect(self.withdraw_last)
        self.spins: dict[int, tuple[QSpinBox, QSpinBox | None]] = {}
        self._shape: tuple[Any, ...] = ()
        self._ballots = -1
        self.reload()

    def reload(self) -> None:
        """Rebuild the table only when the options or the rules changed; a new ballot only
        clears the dots for the next voter (rebuilding hundreds of spin boxes per entry would
        stall typing, and a change of attendance must not wipe a voter's half-placed dots)."""
        page = self.page
        round_ = page.round
        options = page.document.round_options(page.round_id)
        ballots = page.document.ballots(page.round_id)
        shape = (tuple(o.id for o in options), round_.red_dots, round_.cap)
        if shape != self._shape:
            self._shape = shape
            self._build(options)
        elif len(ballots) != self._ballots:
            for green, red in self.spins.values():
                green.setValue(0)
                if red is not None:
                    red.setValue(0)
        self._ballots = len(ballots)
        self._fill_voters()
        self._update_left()
        open_ = round_.state == "open" and not page.read_only
        for widget in (self.table, self.cast_button, self.abstain_button, self.voter):
            widget.setEnabled(open_)
        self.withdraw_button.setEnabled(open_ and bool(ballots))

    def _build(self, options: list[Any]) -> None:
        round_ = self.page.round
        self.table.clear()
        red = bool(round_.red_dots)
        self.table.setColumnCount(3 if red else 2)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Option"), self.tr("Green"), self.tr("Red")][: 3 if red else 2]
        )
        self.table.setRowCount(len(options))
        self.spins.clear()
        for row, option in enumerate(options):
            item = QTableWidgetItem(option.label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            green = QSpinBox(self.table)
            green.setRange(0, round_.cap)
            green.setObjectName(f"green_{option.id}")
            green.valueChanged.connect(self._update_left)
            self.table.setCellWidget(row, 1, green)
            red_spin = None
            if red:
                red_spin = QSpinBox(self.table)
                red_spin.setRange(0, round_.cap)
                red_spin.setObjectName(f"red_{option.id}")
                red_spin.valueChanged.connect(self._update_left)
                self.table.setCellWidget(row, 2, red_spin)
            self.spins[option.id] = (green, red_spin)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_voters(self) -> None:
        page = self.page
        round_ = page.round
        ballots = page.document.ballots(page.round_id)
        self.voter.clear()
        if round_.voters == "participants" and not round_.anonymous:
            voted = {b.participant_id for b in ballots}
            workshop_id = page.document.board(round_.board_id).workshop_id
            present = [
                a.participant_id
                for a in page.document.attendance(workshop_id)
                if a.attendance == Attendance.PRESENT
            ]
            people = {p.id: p for p in page.document.participants()}
            for pid in present:
                if pid not in voted and pid in people:
                    self.voter.addItem(people[pid].name, pid)
        else:
            self.voter.addItem(
                self.tr("Next voter (no. %1)").replace("%1", str(len(ballots) + 1)), None
            )

    def ballot(self) -> dict[int, voting.Dots]:
        result = {}
        for option_id, (green, red) in self.spins.items():
            dots = voting.Dots(green.value(), red.value() if red is not None else 0)
            if dots.green or dots.red:
                result[option_id] = dots
        return result

    def _update_left(self, *_args: object) -> None:
        round_ = self.page.round
        left = voting.remaining(self.ballot(), vops.settings_of(round_))
        text = self.tr("%n green dot(s) left", "", left.green)
        if round_.red_dots:
            text += " · " + self.tr("%n red dot(s) left", "", left.red)
        self.left.setText(text)
        over = bool(voting.validate_ballot(self.ballot(), vops.settings_of(round_), self.spins))
        self.left.setStyleSheet("color: #D55E00; font-weight: 600;" if over else "")

    def set_dots(self, option_id: int, green: int, red: int = 0) -> None:
        """Place dots as a voter's clicks would (also used by tests)."""
        spin_green, spin_red = self.spins[option_id]
        spin_green.setValue(green)
        if spin_red is not None:
            spin_red.setValue(red)

    def cast(self, *, abstained: bool) -> bool:
        page = self.page
        participant_id = self.voter.currentData()
        named = page.round.voters == "participants" and not page.round.anonymous
        if named and participant_id is None:
            page.dialogs.warn(self.tr("Ballot"), self.tr("Everyone present has voted."))
            return False
        group_id = None
        if participant_id is not None:
            group_id = page.document.participant(participant_id).group_id
        ballots = page.document.ballots(page.round_id)
        try:
            command = vops.cast_ballot(
                page.document,
                page.round_id,
                {} if abstained else self.ballot(),
                participant_id=participant_id,
                voter_no=len(ballots) + 1,
                group_id=group_id,
                abstained=abstained,
            )
        except vops.BallotRefused as refused:
            page.dialogs.warn(self.tr("Ballot not accepted"), page.refusal_text(refused))
            return False
        return page.document.push(command)

    def withdraw_last(self) -> None:
        ballots = self.page.document.ballots(self.page.round_id)
        if ballots:
            self.page.document.push(
                vops.withdraw_ballot(self.page.document, self.page.round_id, ballots[-1].id)
            )


class ResultsChart(QWidget):
    """Horizontal bars per option: green to the right, red to the left of a zero line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsChart")
        self.rows: list[tuple[str, str, int, int]] = []  # rank text, label, green, red
        self.setMinimumHeight(120)

    def set_rows(self, rows: list[tuple[str, str, int, int]]) -> None:
        self.rows = rows
        self.setMinimumHeight(24 + 30 * len(rows))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.rows:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        label_width = min(self.width() * 0.4, 360)
        most_green = max((r[2] for r in self.rows), default=0) or 1
        most_red = max((r[3] for r in self.rows), default=0)
        chart = self.width() - label_width - 90
        red_width = chart * most_red / (most_green + most_red) if most_red else 0
        zero = label_width + 20 + red_width
        scale = (chart - red_width) / most_green if most_green else 0
        for i, (rank, label, green, red) in enumerate(self.rows):
            y = 12 + i * 30
            text = metrics.elidedText(f"{rank}  {label}", Qt.TextElideMode.ElideRight, label_width)
            painter.setPen(QColor("#111111"))
            painter.drawText(
                QRectF(8, y, label_width, 24),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                text,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(GREEN)
            painter.drawRect(QRectF(zero, y + 3, green * scale, 18))
            if red:
                painter.setBrush(RED)
                painter.drawRect(QRectF(zero - red * scale, y + 3, red * scale, 18))
            painter.setPen(QColor("#111111"))
            painter.drawText(
                QRectF(zero + green * scale + 6, y, 80, 24),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                f"+{green}" + (f" / −{red}" if red else ""),
            )
        painter.setPen(QPen(QColor("#444444"), 1))
        painter.drawLine(int(zero), 8, int(zero), 12 + 30 * len(self.rows))


class ResultsPanel(QWidget):
    """The tally: hidden until revealed; then ranks, ties, shares, breadth, a chart."""

    def __init__(self, page: VotingPage) -> None:
        super().__init__(page)
        self.page = page
        self.hidden_label = QLabel(self)
        self.hidden_label.setObjectName("resultsHidden")
        self.hidden_label.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("resultsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.ties = QLabel(self)
        self.ties.setObjectName("resultsTies")
        self.ties.setWordWrap(True)
        self.chart = ResultsChart(self)
        self.by_group = QCheckBox(self.tr("Show the dots by stakeholder group"), self)
        self.by_group.setObjectName("resultsByGroup")
        self.by_group.toggled.connect(lambda _on: self.reload())
        layout = QVBoxLayout(self)
        layout.addWidget(self.hidden_label)
        layout.addWidget(self.ties)
        layout.addWidget(self.chart)
        layout.addWidget(self.by_group)
        layout.addWidget(self.table, 1)
        from PySide6.QtGui import QStandardItemModel

        self.model = QStandardItemModel(self)
        self.table.setModel(self.model)
        self.reload()

    def rank_text(self, rank: int, shared: bool) -> str:
        return self.tr("%1. (shared)").replace("%1", str(rank)) if shared else f"{rank}."

    def reload(self) -> None:
        from PySide6.QtGui import QStandardItem

        page = self.page
        round_ = page.round
        visible = page.results_visible()
        self.hidden_label.setVisible(not visible)
        self.by_group.setVisible(visible)
        self.table.setVisible(visible)
        self.chart.setVisible(visible)
        self.ties.setVisible(visible)
        self.model.clear()
        if not visible:
            self.hidden_label.setText(
                self.tr(
                    "The results are hidden until you reveal them, so that nobody is swayed "
                    "by earlier votes. Close the voting when everyone has voted, then reveal."
                )
            )
            return
        results = vops.results(page.document, page.round_id)
        labels = {o.id: o.label for o in page.document.round_options(page.round_id)}
        ordered = voting.ranked(results)
        shared = {i for _r, ids in voting.tie_text_groups(results) for i in ids}
        moves: dict[int, int | None] = {}
        if round_.previous_round_id is not None:
            try:
                previous = vops.results(page.document, round_.previous_round_id)
                same = {
                    o.id: o.previous_option_id
                    for o in page.document.round_options(page.round_id)
                    if o.previous_option_id is not None
                }
                moves = voting.rank_moves(previous, results, same)
            except KeyError:
                moves = {}
        headers = [
            self.tr("Rank"),
            self.tr("Option"),
            self.tr("Green"),
            self.tr("Red"),
            self.tr("Net"),
            self.tr("Share"),
            self.tr("Breadth"),
        ]
        if moves:
            headers.append(self.tr("Since the previous round"))
        groups = {g.id: g.name for g in page.document.stakeholder_groups()}
        unknown = self.tr("unknown group")
        shown_groups: list[int | None] = []
        if self.by_group.isChecked():
            present = {g for r in results for g in r.by_group}
            shown_groups = [g for g in groups if g in present]
            if None in present:
                shown_groups.append(None)
            headers += [groups.get(g, unknown) if g is not None else unknown for g in shown_groups]
        self.model.setHorizontalHeaderLabels(headers)
        for r in ordered:
            breadth = "—" if r.breadth is None else str(r.breadth)
            cells = [
                self.rank_text(r.rank, r.option_id in shared),
                labels.get(r.option_id, "?"),
                str(r.green),
                str(r.red),
                (f"{r.net:+d}" if r.net else "0").replace("-", "−"),
                f"{r.share * 100:.0f} %",
                breadth,
            ]
            if moves:
                move = moves.get(r.option_id)
                cells.append(
                    "—"
                    if move is None
                    else (f"▲ {move}" if move > 0 else (f"▼ {-move}" if move < 0 else "="))
                )
            for g in shown_groups:
                d = r.by_group.get(g)
                cells.append(
                    f"+{d.green} / −{d.red}" if d and d.red else (f"+{d.green}" if d else "")
                )
            row = [QStandardItem(c) for c in cells]
            by_group = [
                f"{groups.get(g, unknown) if g is not None else unknown}: +{d.green}/−{d.red}"
                for g, d in r.by_group.items()
            ]
            if by_group:
                for item in row:
                    item.setToolTip("\n".join(by_group))
            self.model.appendRow(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ties = [
            self.tr("%1. (shared): %2")
            .replace("%1", str(rank))
            .replace("%2", ", ".join(labels.get(i, "?") for i in ids))
            for rank, ids in voting.tie_text_groups(results)
        ]
        self.ties.setText(
            "\n".join(ties) if ties else self.tr("No ties: every option has a rank of its own.")
        )
        self.chart.set_rows(
            [
                (
                    self.rank_text(r.rank, r.option_id in shared),
                    labels.get(r.option_id, "?"),
                    r.green,
                    r.red,
                )
                for r in ordered
            ]
        )


class ShortlistDialog(QDialog):
    """The options of a second round, picked by hand (the top third is checked to start)."""

    def __init__(
        self,
        options: list[tuple[int, str, int]],
        checked: set[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortlistDialog")
        self.setWindowTitle(self.tr("Options for the second round"))
        self.list = QListWidget(self)
        self.list.setObjectName("shortlistOptions")
        for option_id, label, rank in options:
            item = QListWidgetItem(f"{rank}.  {label}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, option_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if option_id in checked else Qt.CheckState.Unchecked
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def set_checked(self, option_ids: set[int]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in option_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        return [
            int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


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
        cast = [
            voting.CastBallot(
                b.id, b.group_id, {o: voting.Dots(g, red) for o, g, red in b.dots}, b.abstained
            )
            for b in ballots
        ]
        expected = vops.expected_voters(self.document, r)
        prog = voting.progress(cast, vops.settings_of(r), expected)
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
