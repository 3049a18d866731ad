"""The parts of a voting round's page: the setup dialog, the paper tally, ballots at the laptop,
the results with their chart, and the pick of a second round's options.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
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
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import voting_ops as vops
from smartcity_desktop.domain import voting
from smartcity_desktop.domain.model import Attendance, VotingRound
from smartcity_desktop.domain.rules import clean_title

if TYPE_CHECKING:
    from smartcity_desktop.ui.voting_page import VotingPage

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
        self.model = QStandardItemModel(self)
        self.table.setModel(self.model)
        self.reload()

    def rank_text(self, rank: int, shared: bool) -> str:
        return self.tr("%1. (shared)").replace("%1", str(rank)) if shared else f"{rank}."

    def reload(self) -> None:
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
