"""The countdown: driven by a fake clock, so no test waits for real seconds."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from smartcity_desktop.ui.presenter_spec import PresenterTheme
from smartcity_desktop.ui.presenter_timer import (
    PresenterTimer,
    TimerControl,
    TimerView,
    mm_ss,
    timer_state,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timer(qtbot, clock) -> PresenterTimer:
    # qtbot: the QApplication must exist
    result = PresenterTimer(clock=clock)
    result.beep_on_finish = False
    return result


def advance(timer: PresenterTimer, clock: Clock, seconds: float) -> None:
    clock.now += seconds
    timer.tick()


def test_mm_ss() -> None:
    assert mm_ss(300) == "05:00"
    assert mm_ss(7) == "00:07"
    assert mm_ss(3905) == "1:05:05"
    assert mm_ss(-3) == "00:00"


def test_start_ticks_down_and_finishes_once(timer, clock, qtbot) -> None:
    ticks: list[int] = []
    timer.ticked.connect(ticks.append)
    finished: list[bool] = []
    timer.finished_now.connect(lambda: finished.append(True))
    timer.start(3)
    assert timer.running
    assert timer.remaining == 3
    advance(timer, clock, 0.4)
    assert timer.remaining == 3  # rounded up: 2.6 s left shows 00:03
    advance(timer, clock, 1.0)
    assert timer.remaining == 2
    advance(timer, clock, 2.0)
    assert timer.remaining == 0
    assert timer.finished
    assert not timer.running
    advance(timer, clock, 5.0)
    assert finished == [True]
    assert ticks == [3, 2, 0]


def test_pause_holds_the_time_and_resume_continues(timer, clock) -> None:
    timer.start(60)
    advance(timer, clock, 10)
    timer.pause()
    assert not timer.running
    assert timer.remaining == 50
    advance(timer, clock, 100)  # paused: the clock runs, the timer doesn't
    assert timer.remaining == 50
    assert not timer.finished
    timer.resume()
    advance(timer, clock, 20)
    assert timer.remaining == 30
    assert timer.running


def test_add_and_reset(timer, clock) -> None:
    timer.start(30)
    timer.add(60)
    assert timer.remaining == 90
    advance(timer, clock, 90)
    assert timer.finished
    timer.add(60)  # after the end: counts down again
    assert timer.running
    assert not timer.finished
    assert timer.remaining == 60
    timer.reset()
    assert not timer.running
    assert not timer.finished
    assert timer.remaining == timer.total == 150


def test_start_refuses_nothing(timer) -> None:
    with pytest.raises(ValueError, match="seconds"):
        timer.start(0)


def test_real_qtimer_drives_it(qtbot) -> None:
    timer = PresenterTimer(interval_ms=10)
    timer.beep_on_finish = False
    with qtbot.waitSignal(timer.finished_now, timeout=3000):
        timer.start(1)
    assert timer.remaining == 0
    assert timer.finished


@pytest.mark.parametrize("dark", [False, True])
def test_view_colour_and_caption_change_at_the_end(qtbot, timer, clock, dark) -> None:
    theme = PresenterTheme(dark=dark)
    view = TimerView(timer, theme)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    timer.start(120)
    assert view.texts() == ["02:00", ""]
    normal = view.colour()
    assert normal == QColor(theme.foreground)
    advance(timer, clock, 61)
    assert view.state() == "ending"
    ending = view.colour()
    assert ending != normal
    advance(timer, clock, 60)
    assert view.state() == "finished"
    assert view.texts() == ["00:00", "Time is up"]
    assert view.colour() not in (normal, ending)
    assert view.pulse.state() == view.pulse.State.Running  # the visual pulse
    assert "Time is up" in view.accessibleName()
    image = view.grab().toImage()
    assert image.pixelColor(2, 2).name() != "#000001"  # painted without errors


def test_control_buttons(qtbot, timer, clock) -> None:
    control = TimerControl(timer, ask_minutes=lambda: 2)
    qtbot.addWidget(control)
    assert control.display.text() == "00:00"
    assert not control.pause_button.isEnabled()
    control.preset_actions[0].trigger()  # 5 minutes
    assert timer.remaining == 300
    assert control.display.text() == "05:00"
    control.pause_button.click()
    assert not timer.running
    assert control.pause_button.text() == "Resume"
    control.pause_button.click()
    assert timer.running
    assert control.pause_button.text() == "Pause"
    control.add_button.click()
    assert control.display.text() == "06:00"
    advance(timer, clock, 30)
    assert control.display.text() == "05:30"
    control.reset_button.click()
    assert not timer.running
    assert control.display.text() == "06:00"
    control.custom_action.trigger()
    assert timer.remaining == 120
    assert timer_state(timer) == "running"
