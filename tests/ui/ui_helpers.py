"""Helpers for the UI tests: scripted dialogs, what the navigator shows, what the file holds.

Named `ui_helpers` (not `helpers`) so it cannot shadow another test folder's helper module in
pytest's default import mode.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QWidget

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.domain.model import Attendance, Participant, Strategy, Workshop
from smartcity_desktop.store import ProjectFile
from smartcity_desktop.store import board as store_board
from smartcity_desktop.store import participants as store_participants
from smartcity_desktop.store import strategy as store_strategy
from smartcity_desktop.store import weighting as store_weighting
from smartcity_desktop.store import workshops as store_workshops
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import NODE_ROLE, Node
from smartcity_desktop.ui.widgets import CommitLineEdit

# The demo project (data/demo) as the tests know it.
DEMO_TITLE = "Smart-City-Strategie Musterstadt an der Oker"
KICK_OFF = "Auftaktworkshop: Handlungsfelder"
EXPERT_TALK = "Fachgespräch: Kriterien für Digitalisierungsprojekte"
EDITING_ACTIONS = ("new_workshop_action", "rename_workshop_action", "delete_workshop_action")


# -- scripted dialogs ------------------------------------------------------------------------


class UnexpectedQuestionError(AssertionError):
    """The app asked something the test had not scripted an answer for."""


@dataclass
class DialogCall:
    """One dialog the app wanted to show, and the answer it got."""

    kind: str  # info, warn, confirm, get_text, open_path, save_path
    title: str
    text: str
    answer: Any = None


class FakeDialogs(Dialogs):
    """Answers the app's questions from per-test queues and records every call.

    A question without a queued answer fails the test (naming the dialog). Messages (info,
    warn) are recorded; `assert_done()` fails if any were not looked at with `take()`, or if
    answers were queued that the app never asked for.
    """

    QUESTIONS = ("get_text", "confirm", "open_path", "save_path", "choose", "run")

    def __init__(self) -> None:
        super().__init__(None)
        self.calls: list[DialogCall] = []
        self._answers: dict[str, deque[Any]] = {kind: deque() for kind in self.QUESTIONS}
        self._seen = 0  # messages before this index in `calls` were taken by the test

    # scripting
    def answer_text(self, *answers: str | None) -> FakeDialogs:
        self._answers["get_text"].extend(answers)
        return self

    def answer_confirm(self, *answers: bool) -> FakeDialogs:
        self._answers["confirm"].extend(answers)
        return self

    def answer_open_path(self, *answers: str | Path | list | None) -> FakeDialogs:
        """A path per question, or a list of paths for a multi-file question."""
        self._answers["open_path"].extend(
            None if a is None else [str(p) for p in a] if isinstance(a, list) else str(a)
            for a in answers
        )
        return self

    def answer_save_path(self, *answers: str | Path | None) -> FakeDialogs:
        self._answers["save_path"].extend(None if a is None else str(a) for a in answers)
        return self

    def answer_choose(self, *answers: int | None) -> FakeDialogs:
        """The index of the option picked (None: Cancel)."""
        self._answers["choose"].extend(answers)
        return self

    def answer_run(self, *handlers: Callable[[Any], bool]) -> FakeDialogs:
        """For the app's own dialogs: each handler gets the dialog, fills it in as the
        moderator would, and returns True for OK or False for Cancel."""
        self._answers["run"].extend(handlers)
        return self

    # the Dialogs interface
    def _ask(self, kind: str, title: str, text: str) -> Any:
        queue = self._answers[kind]
        if not queue:
            self.calls.append(DialogCall(kind, title, text, "<no answer scripted>"))
            raise UnexpectedQuestionError(f"unexpected {kind} dialog {title!r}: {text!r}")
        answer = queue.popleft()
        self.calls.append(DialogCall(kind, title, text, answer))
        return answer

    def info(self, title: str, text: str) -> None:
        self.calls.append(DialogCall("info", title, text))

    def warn(self, title: str, text: str) -> None:
        self.calls.append(DialogCall("warn", title, text))

    def confirm(self, title: str, text: str, yes_text: str) -> bool:
        return bool(self._ask("confirm", title, text))

    def get_text(self, title: str, label: str, text: str = "") -> str | None:
        return self._ask("get_text", title, f"{label} [{text}]")

    def open_path(self, title: str, folder: str, file_filter: str = "") -> str | None:
        return self._ask("open_path", title, folder)

    def open_paths(self, title: str, folder: str, file_filter: str) -> list[str]:
        """Answered from the open_path queue: one path, or a list of them."""
        answer = self._ask("open_path", title, folder)
        if answer is None:
            return []
        return [str(a) for a in answer] if isinstance(answer, list | tuple) else [answer]

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        return self._ask("choose", title, f"{text} {options}")

    def run(self, dialog: Any) -> bool:
        handler = self._ask("run", dialog.windowTitle(), type(dialog).__name__)
        return bool(handler(dialog))

    def save_path(self, title: str, folder: str) -> str | None:
        return self._ask("save_path", title, folder)

    # checking
    def take(self, kind: str) -> list[DialogCall]:
        """Messages of `kind` shown since the last take(); marks all messages as looked at."""
        fresh = [c for c in self.calls[self._seen :] if c.kind == kind]
        unexpected = [
            c for c in self.calls[self._seen :] if c.kind in ("info", "warn") and c.kind != kind
        ]
        self._seen = len(self.calls)
        assert not unexpected, f"messages nobody expected: {unexpected}"
        return fresh

    def assert_done(self) -> None:
        left = {kind: list(q) for kind, q in self._answers.items() if q}
        assert not left, f"scripted answers the app never asked for: {left}"
        unread = [c for c in self.calls[self._seen :] if c.kind in ("info", "warn")]
        assert not unread, f"messages the test did not look at: {unread}"


# -- what the moderator sees -----------------------------------------------------------------


@dataclass(frozen=True)
class NavRow:
    depth: int
    text: str
    node: Node


def nav_rows(window: MainWindow) -> list[NavRow]:
    """The navigator tree, depth first, as shown."""
    assert window.navigator is not None, "no project is open"
    model = window.navigator.model()
    rows: list[NavRow] = []

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows.append(NavRow(depth, index.data(), index.data(NODE_ROLE)))
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return rows


def nav_children(window: MainWindow, node: Node) -> list[str]:
    """Texts of the entries directly below the entry for `node`."""
    rows = nav_rows(window)
    for i, row in enumerate(rows):
        if row.node == node:
            below = []
            for other in rows[i + 1 :]:
                if other.depth <= row.depth:
                    break
                if other.depth == row.depth + 1:
                    below.append(other.text)
            return below
    raise AssertionError(f"{node} is not in the navigator: {rows}")


def nav_workshops(window: MainWindow) -> list[str]:
    """Titles of the workshops the navigator lists."""
    return [r.text for r in nav_rows(window) if r.node.kind == "workshop"]


def nav_selected(window: MainWindow) -> Node:
    """The node of the highlighted navigator entry."""
    assert window.navigator is not None
    return window.navigator.currentIndex().data(NODE_ROLE)


def current_page(window: MainWindow) -> QWidget:
    assert window.page_host is not None
    page = window.page_host.currentWidget()
    assert page is not None
    return page


def page_label(window: MainWindow, name: str) -> str:
    """Text of a named label on the page currently shown."""
    label = current_page(window).findChild(QLabel, name)
    assert label is not None, f"no label {name!r} on {current_page(window).objectName()}"
    return label.text()


def properties_child(window: MainWindow, cls: type, name: str) -> Any:
    """A named widget in the properties panel as it is now."""
    panel = window.properties_dock.widget()
    assert panel is not None, "the properties panel is empty"
    widget = panel.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} {name!r} in {type(panel).__name__}"
    return widget


def select_workshop(window: MainWindow, title: str) -> int:
    """Pick a workshop in the navigator as the moderator would; returns its id."""
    assert window.navigator is not None
    matches = [r.node for r in nav_rows(window) if r.node.kind == "workshop" and r.text == title]
    assert matches, f"no workshop {title!r} in {nav_workshops(window)}"
    node = matches[0]
    index = window.navigator.nav_model().index_of(node)
    window.navigator.setCurrentIndex(index)  # as a click does: emits node_selected
    assert window.navigator.current_node() == node
    return node.workshop_id


# -- what the file holds ---------------------------------------------------------------------


@dataclass
class OnDisk:
    """The project as the `.scw` file on disk holds it."""

    strategy: Strategy
    groups: list[str]
    workshops: list[Workshop]
    participants: list[Participant]
    attendance: dict[int, dict[int, Attendance]] = field(default_factory=dict)
    boards: dict[int, list[str]] = field(default_factory=dict)
    cards: dict[int, int] = field(default_factory=dict)  # workshop id -> number of cards
    fields: int = 0  # fields of action
    criteria: int = 0
    projects: int = 0
    weightings: dict[int, list[str]] = field(default_factory=dict)  # workshop id -> titles

    def workshop_titles(self) -> list[str]:
        return [w.title for w in self.workshops]

    def workshop(self, workshop_id: int) -> Workshop:
        return next(w for w in self.workshops if w.id == workshop_id)

    def participant(self, participant_id: int) -> Participant:
        return next(p for p in self.participants if p.id == participant_id)


def read_project(pf: ProjectFile) -> OnDisk:
    disk = OnDisk(
        strategy=store_strategy.load_strategy(pf),
        groups=[g.name for g in store_strategy.list_groups(pf)],
        workshops=store_workshops.list_workshops(pf),
        participants=store_participants.list_participants(pf),
    )
    for w in disk.workshops:
        disk.attendance[w.id] = {
            a.participant_id: a.attendance for a in store_workshops.list_attendance(pf, w.id)
        }
        boards = store_workshops.list_boards(pf, w.id)
        disk.boards[w.id] = [b.title for b in boards]
        disk.cards[w.id] = sum(len(store_board.list_cards(pf, b.id)) for b in boards)
        disk.weightings[w.id] = [x.title for x in store_weighting.list_weightings(pf, w.id)]
    disk.fields = len(store_board.list_fields(pf))
    disk.criteria = len(store_weighting.list_criteria(pf))
    disk.projects = len(store_weighting.list_projects(pf))
    return disk


def on_disk(path: Path) -> OnDisk:
    """Read the bytes on disk *now* (the app may hold the lock): copy them, open the copy.

    A commit is complete in the file itself (rollback journal, synchronous=FULL), so a copy
    taken while the app is idle is the project as saved (RELIABILITY.md, R12).
    """
    folder = Path(tempfile.mkdtemp(prefix="scw-on-disk-"))
    try:
        copy = folder / "copy.scw"
        shutil.copyfile(path, copy)
        pf = ProjectFile.open(copy, read_only=True)
        try:
            assert pf.integrity_check() == []
            return read_project(pf)
        finally:
            pf.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def reopened(path: Path) -> OnDisk:
    """Open the (closed) file itself read-only and read it."""
    pf = ProjectFile.open(path, read_only=True)
    try:
        return read_project(pf)
    finally:
        pf.close()


# -- doing what the moderator does ---------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_demo(window: MainWindow, demo_path: Path) -> ProjectDocument:
    assert window.open_path(demo_path)
    assert window.document is not None
    return window.document


def focus(qtbot, widget) -> None:
    """Give `widget` the keyboard focus, as a click into it would."""
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def type_into(qtbot, edit: CommitLineEdit, text: str) -> None:
    """Click into a field, select what is there, type `text`, press Enter."""
    focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def strategy_field(window: MainWindow, cls: type, name: str):
    page = current_page(window)
    assert page.objectName() == "page_strategy"
    widget = page.findChild(cls, name)
    assert widget is not None
    return widget
