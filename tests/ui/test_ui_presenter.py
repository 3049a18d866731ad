"""Presenting on the projector: the presenter window, what it shows, where, and what
happens when the projector goes away (RELIABILITY.md, R17).

Two kinds of tests:
- in a subprocess with the offscreen platform configured with two screens (`two-screens.json`
  here: "Laptop" 1920×1080 at 0,0 and "Beamer" 1280×720 at 1920,0) — the platform is fixed when
  the QApplication starts, so `presenter_worker.py` runs the app and prints JSON facts;
- in this process (one offscreen screen) for the controller's logic, with a stub view factory
  that says which spec it was built for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from ui_helpers import FakeDialogs, current_page, focus

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.presenter_spec import PresentKind, PresentSpec

HERE = Path(__file__).parent
WORKER = HERE / "presenter_worker.py"
TWO_SCREENS = HERE / "two-screens.json"
KICK_OFF, EXPERT_TALK, BOARD, ROUND, WEIGHTING = 1, 2, 1, 1, 1  # ids in the demo
LAPTOP_WIDTH, BEAMER = 1920, (1920, 0, 1280, 720)


# -- in a subprocess, with two screens -------------------------------------------------------


def run_worker(tmp_path: Path, platform: str, *args: str) -> dict[str, Any]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": platform,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, str(WORKER), *args[:1], str(tmp_path), *args[1:]],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One run of the app with two screens and the real content views."""
    return run_worker(tmp_path_factory.mktemp("two"), f"offscreen:configfile={TWO_SCREENS}", "two")


def test_the_presenter_lands_full_screen_on_the_projector_and_the_laptop_keeps_its_window(
    two: dict[str, Any],
) -> None:
    assert sorted(two["screens"]) == ["Beamer", "Laptop"]
    presenter, main = two["presenter"], two["main"]
    assert presenter["screen"] == "Beamer"
    assert presenter["visible"]
    assert presenter["full_screen"]
    assert (presenter["x"], presenter["y"], presenter["width"], presenter["height"]) == BEAMER
    assert presenter["x"] >= LAPTOP_WIDTH
    assert presenter["x"] + presenter["width"] <= 3200
    assert main["screen"] == "Laptop"
    assert main["x"] + main["width"] <= LAPTOP_WIDTH
    assert main == two["main_before"]  # presenting did not move or resize the laptop's window
    assert two["spec_start"]["kind"] == "title"
    assert two["messages"] == []  # two screens: no hint about extending the display


def test_the_projector_follows_what_the_moderator_opens(two: dict[str, Any]) -> None:
    assert two["spec_board"] == {"kind": "board", "id": BOARD, "workshop_id": KICK_OFF,
                                 "shown": ["board", BOARD]}  # fmt: skip
    assert two["spec_weighting"]["shown"] == ["weighting", WEIGHTING]
    # a page the room must not see (participants) leaves the projector as it was
    assert two["spec_after_participants"]["shown"] == ["weighting", WEIGHTING]
    assert two["spec_voting"]["shown"] == ["voting", ROUND]
    # the board follows the moderator's viewport (here after zooming in on the laptop)
    assert two["presenter_viewport"] == pytest.approx(two["moderator_rect"])


def test_a_hidden_rounds_counts_never_reach_the_projector(two: dict[str, Any]) -> None:
    assert two["hidden_round"]
    assert two["hidden_state"] == "open"
    hidden = " | ".join(two["hidden_texts"])
    assert "have voted" in hidden  # progress is shown …
    for label in two["option_labels"]:  # … but no option, no rank, no count
        assert label not in hidden
    biggest = max(g for g, _r, _n in two["counts"])
    assert f"+{biggest}" not in hidden
    assert f"{biggest} " not in hidden
    assert "Results" not in hidden
    revealed = " | ".join(two["revealed_texts"])
    assert "Results" in revealed  # the same check sees the results once revealed


def test_b_toggles_the_black_screen_and_back(two: dict[str, Any]) -> None:
    assert two["spec_after_b"]["shown"] == ["black", 0]
    assert two["spec_after_bb"]["shown"] == ["voting", ROUND]


def test_the_chosen_screen_is_remembered_by_name(two: dict[str, Any]) -> None:
    assert two["remembered"] == "Beamer"
    assert two["settings_file_has_beamer"]


def test_unplugging_the_projector_hides_the_presenter_and_keeps_its_state(
    two: dict[str, Any],
) -> None:
    gone = two["unplugged"]
    assert gone["presenting"]
    assert not gone["presenter_visible"]
    assert gone["spec"]["shown"] == ["voting", ROUND]  # state kept
    assert gone["visible_windows"] == [["MainWindow", "Laptop"]]  # nothing dumped on the laptop
    assert gone["resume_visible"]
    assert "disconnected" in gone["status"]
    assert "Resume on projector" in two["status_after_added"]
    back = two["resumed"]
    assert back["where"]["screen"] == "Beamer"
    assert back["where"]["full_screen"]
    assert back["where"]["visible"]
    assert back["spec"]["shown"] == ["voting", ROUND]
    assert not two["resume_visible_after"]


def test_closing_the_project_closes_the_presenter(two: dict[str, Any]) -> None:
    assert two["after_close"]["presenting"] is False
    assert True not in two["after_close"]["presenter_windows"]


def test_with_one_screen_it_opens_as_a_window_and_says_how_to_extend_the_display(
    tmp_path: Path,
) -> None:
    facts = run_worker(tmp_path, "offscreen", "one", "--stub")
    assert len(facts["screens"]) == 1
    presenter = facts["presenter"]
    assert presenter["visible"]
    assert not presenter["full_screen"]
    [message] = facts["messages"]
    assert message[0] == "info"
    assert "Win+P" in message[2]
    assert facts["messages_after_second_start"] == 1  # told once


# -- in this process: the controller's logic, with a stub factory ------------------------


class StubView(QLabel):
    def __init__(self, spec: PresentSpec, parent: QWidget | None) -> None:
        super().__init__(f"{spec.kind.value}:{spec.id}", parent)
        self.spec = spec
        self.viewport_rect = QRectF()

    def set_viewport(self, rect: QRectF) -> None:
        self.viewport_rect = QRectF(rect)


def stub_factory(document, spec, theme, timer, parent=None) -> QWidget:
    return StubView(spec, parent)


@pytest.fixture
def presenting(qtbot, window: MainWindow, fake_dialogs: FakeDialogs, tmp_path: Path):
    """The demo open, presenting with the stub views; the one-screen hint taken."""
    window.set_document(ProjectDocument.create_demo(tmp_path / "demo.scw"))
    window.presenter.factory = stub_factory
    window.present_action.trigger()
    [hint] = fake_dialogs.take("info")
    assert "Win+P" in hint.text
    presenter = window.presenter.window
    assert presenter is not None
    qtbot.waitExposed(presenter)
    return window


def shown(window: MainWindow) -> StubView:
    assert window.presenter.window is not None
    view = window.presenter.window.view
    assert isinstance(view, StubView)
    return view


def test_the_presenter_window_holds_the_view_and_nothing_else(presenting: MainWindow) -> None:
    presenter = presenting.presenter.window
    direct = presenter.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert direct == [presenter.view]
    assert presenter.isWindow()
    assert presenter.parent() is None
    assert not presenter.isFullScreen()  # one screen: a window on the laptop


def test_what_is_shown_follows_the_moderator_unless_pinned(presenting: MainWindow) -> None:
    window = presenting
    assert shown(window).text() == "title:0"
    window.show_node(Node("board", BOARD, KICK_OFF))
    assert shown(window).spec == PresentSpec(PresentKind.BOARD, BOARD, KICK_OFF, follow=True)
    window.show_node(Node("participants"))
    assert shown(window).text() == "board:1"
    window.show_actions[PresentKind.TITLE].trigger()
    assert shown(window).spec.kind == PresentKind.TITLE
    assert shown(window).spec.workshop_id == KICK_OFF
    window.show_node(Node("weighting", WEIGHTING, EXPERT_TALK))
    assert shown(window).spec.kind == PresentKind.TITLE  # pinned
    window.show_actions[PresentKind.TIMER].trigger()
    assert shown(window).text() == "timer:0"
    window.show_actions[None].trigger()
    assert shown(window).text() == "weighting:1"  # what the moderator opened meanwhile
    window.show_node(Node("voting", ROUND, KICK_OFF))
    assert shown(window).text() == "voting:1"
    assert window.show_actions[None].isChecked()


def test_the_board_follows_the_moderators_view_or_is_fitted(qtbot, presenting) -> None:
    window = presenting
    window.show_node(Node("board", BOARD, KICK_OFF))
    view = current_page(window).view
    view.set_zoom(view.zoom() * 2.5)
    qtbot.waitUntil(lambda: shown(window).viewport_rect == view.visible_rect(), timeout=2000)
    window.follow_action.setChecked(False)
    assert shown(window).spec.follow is False
    before = QRectF(shown(window).viewport_rect)
    view.set_zoom(view.zoom() / 2)
    qtbot.wait(50)
    assert shown(window).viewport_rect == before  # fixed: the moderator's zoom is not passed
    window.follow_action.setChecked(True)
    assert shown(window).spec.follow is True
    assert shown(window).viewport_rect == view.visible_rect()


def test_b_blacks_out_but_not_while_typing(qtbot, presenting: MainWindow) -> None:
    window = presenting
    window.show_node(Node("voting", ROUND, KICK_OFF))
    focus(qtbot, window.navigator)
    qtbot.keyClick(window.navigator, Qt.Key.Key_B)
    assert shown(window).text() == "black:0"
    assert window.show_actions[PresentKind.BLACK].isChecked()
    qtbot.keyClick(window.navigator, Qt.Key.Key_B)
    assert shown(window).text() == "voting:1"
    edit = QLineEdit(window)
    window.statusBar().addWidget(edit)
    edit.show()
    focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_B)
    assert edit.text() == "b"
    assert shown(window).text() == "voting:1"
    # and on the projector window itself: B blacks out, Esc stops presenting
    presenter = window.presenter.window
    presenter.activateWindow()  # the moderator clicked on the projector window
    qtbot.waitUntil(presenter.isActiveWindow, timeout=2000)
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert shown(window).text() == "black:0"
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not window.presenter.presenting
    assert not presenter.isVisible()
    assert window.present_action.isEnabled()
    assert not window.black_action.isEnabled()


def test_b_does_nothing_when_not_presenting(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.set_document(ProjectDocument.create_demo(tmp_path / "demo.scw"))
    window.presenter.factory = stub_factory
    focus(qtbot, window.navigator)
    qtbot.keyClick(window.navigator, Qt.Key.Key_B)
    assert window.presenter.spec().kind == PresentKind.TITLE
    assert not window.presenter.presenting


def test_no_project_no_presenting(window: MainWindow) -> None:
    assert not window.present_action.isEnabled()
    window.start_presenting()
    assert not window.presenter.presenting


def test_the_theme_is_applied_and_remembered(presenting: MainWindow, settings) -> None:
    window = presenting
    window.size_actions[2.0].trigger()
    window.dark_action.setChecked(True)
    view = shown(window)
    assert window.presenter.window.theme.font_scale == 2.0
    assert window.presenter.window.theme.dark
    assert view.parent() is window.presenter.window  # rebuilt with the new theme
    settings.sync()
    again = prefs.Settings(QSettings())
    assert again.get(prefs.PRESENTER_FONT_SCALE) == 2.0
    assert again.get(prefs.PRESENTER_DARK) is True
    window.dark_action.setChecked(False)
    assert prefs.Settings(QSettings()).get(prefs.PRESENTER_DARK) is False


def test_a_boolean_setting_reads_back_from_text(tmp_path: Path) -> None:
    q = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    q.setValue(prefs.PRESENTER_DARK.key, "false")
    assert prefs.Settings(q).get(prefs.PRESENTER_DARK) is False
    q.setValue(prefs.PRESENTER_DARK.key, "true")
    assert prefs.Settings(q).get(prefs.PRESENTER_DARK) is True


def test_closing_the_project_or_the_window_closes_the_presenter(
    qtbot, presenting: MainWindow, tmp_path: Path
) -> None:
    window = presenting
    presenter = window.presenter.window
    window.close_project()
    assert not window.presenter.presenting
    assert not presenter.isVisible()
    assert not window.present_action.isEnabled()
    window.set_document(ProjectDocument.create_demo(tmp_path / "demo2.scw"))
    window.present_action.trigger()  # the hint was given once already
    presenter = window.presenter.window
    assert presenter.isVisible()
    window.close()
    assert not presenter.isVisible()
    assert not window.presenter.presenting


def test_a_view_that_cannot_be_built_shows_nothing_rather_than_crash(presenting) -> None:
    window = presenting

    def gone(document, spec, theme, timer, parent=None):
        if spec.kind == PresentKind.VOTING:
            raise KeyError(spec.id)
        return StubView(spec, parent)

    window.presenter.factory = gone
    window.presenter.window.factory = gone
    window.show_node(Node("voting", ROUND, KICK_OFF))
    view = window.presenter.window.view
    assert isinstance(view, QLabel)
    assert not isinstance(view, StubView)
    assert view.text() == ""


def test_the_timer_control_sits_in_the_status_bar_while_presenting(presenting) -> None:
    window = presenting
    control = window.statusBar().findChild(QWidget, "timerControl")
    assert control is not None
    assert control.isVisible()
    window.stop_present_action.trigger()
    assert not control.isVisible()


def test_with_one_screen_a_removed_screen_is_not_taken_for_the_projector(presenting) -> None:
    window = presenting
    # one screen: the presenter is a window on the laptop; a screen going away is not its own
    window.presenter.screen_removed(window.screen())
    assert window.presenter.window.isVisible()
    assert not window.presenter.unplugged


def test_the_timers_own_length_is_asked_through_the_dialogs(
    presenting: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.answer_text("12", "zwölf", "0", None)
    assert presenting._ask_timer_minutes() == 12
    assert presenting._ask_timer_minutes() is None  # not a number
    assert presenting._ask_timer_minutes() is None  # no countdown of nothing
    assert presenting._ask_timer_minutes() is None  # cancelled


def test_b_in_a_table_that_edits_on_any_key_types_a_b(qtbot, presenting: MainWindow) -> None:
    """The participants table starts editing on a key: B is a letter there, not black."""
    from PySide6.QtWidgets import QTableView

    window = presenting
    window.show_node(Node("voting", ROUND, KICK_OFF))
    window.show_node(Node("participants"))
    table = window.page_host.currentWidget().findChild(QTableView)
    assert table is not None
    table.setCurrentIndex(table.model().index(0, 0))
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_B)
    assert shown(window).text() != "black:0"
    assert table.state() == QTableView.State.EditingState


def test_stopping_or_closing_ends_a_running_countdown(presenting: MainWindow) -> None:
    window = presenting
    timer = window.presenter.timer
    timer.start(300)
    assert timer.running
    window.presenter.stop()
    assert not timer.running
    window.present_action.trigger()
    timer.start(300)
    window.close_project()
    assert not timer.running


def test_a_damaged_text_size_setting_falls_back_to_the_default(presenting, settings) -> None:
    from smartcity_desktop.ui import settings as prefs
    from smartcity_desktop.ui.presenter_spec import PresenterTheme

    settings._q.setValue(prefs.PRESENTER_FONT_SCALE.key, "nan")
    assert presenting.presenter.theme().font_scale == PresenterTheme().font_scale
