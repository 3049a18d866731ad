"""The countdown for time-boxed phases: one timer, a small control on the laptop, a large view
on the projector.

The remaining time comes from a clock (monotonic seconds), not from counting ticks, so a busy
event loop never makes the countdown run slow. PySide6-Essentials has no QtMultimedia, so the
end is signalled with `QApplication.beep()` (the system's gentle alert sound) and a short
visual pulse in the large view, besides the colour change and the words "Time is up".
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QObject, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from smartcity_desktop.ui.presenter_spec import PresenterTheme

PRESETS = (5, 10, 15)  # minutes offered on the laptop
ENDING_SECONDS = 60  # the last minute is shown in amber


def mm_ss(seconds: int) -> str:
    """ "05:00", "00:07"; an hour or more as "1:05:00"."""
    seconds = max(int(seconds), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class PresenterTimer(QObject):
    """A countdown: start, pause, resume, reset, add time; `ticked` each new second."""

    ticked = Signal(int)  # remaining seconds
    finished_now = Signal()  # reached zero (once per run)
    state_changed = Signal()  # started, paused, resumed, reset

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        interval_ms: int = 200,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._total = 0.0
        self._left = 0.0  # seconds left while not running
        self._deadline: float | None = None  # clock time of zero while running
        self._finished = False
        self._last_shown = -1
        self.beep_on_finish = True
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    # -- state ---------------------------------------------------------------------------------

    def _exact(self) -> float:
        if self._deadline is None:
            return self._left
        return max(self._deadline - self._clock(), 0.0)

    @property
    def remaining(self) -> int:
        """Whole seconds left, rounded up (a countdown shows 00:01 until the very end)."""
        return max(math.ceil(self._exact() - 1e-9), 0)

    @property
    def running(self) -> bool:
        return self._deadline is not None

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def total(self) -> int:
        """The length it was started with (seconds)."""
        return round(self._total)

    # -- gestures ------------------------------------------------------------------------------

    def start(self, seconds: int) -> None:
        if seconds <= 0:
            raise ValueError(f"seconds must be > 0, got {seconds}")
        self._total = float(seconds)
        self._finished = False
        self._deadline = self._clock() + seconds
        self._timer.start()
        self._announce()

    def pause(self) -> None:
        if self._deadline is None:
            return
        self._left = self._exact()
        self._deadline = None
        self._timer.stop()
        self._announce()

    def resume(self) -> None:
        if self._deadline is not None or self._finished or self._left <= 0:
            return
        self._deadline = self._clock() + self._left
        self._timer.start()
        self._announce()

    def reset(self) -> None:
        """Stopped, back at the length it was started with."""
        self._deadline = None
        self._timer.stop()
        self._left = self._total
        self._finished = False
        self._announce()

    def add(self, seconds: int) -> None:
        """More (or, negative, less) time; after the end it counts down again from `seconds`."""
        if self._finished:
            if seconds <= 0:
                return
            self._finished = False
            self._total += seconds
            self._deadline = self._clock() + seconds
            self._timer.start()
        elif self._deadline is not None:
            self._deadline = max(self._deadline + seconds, self._clock())
            self._total = max(self._total + seconds, 0.0)
        else:
            self._left = max(self._left + seconds, 0.0)
            self._total = max(self._total + seconds, 0.0)
        self._announce()
        self.tick()

    def tick(self) -> None:
        """Look at the clock: announce a new second, and the end once."""
        shown = self.remaining
        if shown != self._last_shown:
            self._last_shown = shown
            self.ticked.emit(shown)
        if self._deadline is not None and self._exact() <= 0:
            self._deadline = None
            self._left = 0.0
            self._timer.stop()
            self._finished = True
            self.state_changed.emit()
            if self.beep_on_finish:
                QApplication.beep()
            self.finished_now.emit()

    def _announce(self) -> None:
        self._last_shown = -1
        self.state_changed.emit()
        self.tick()


def timer_state(timer: PresenterTimer) -> str:
    """ "finished", "ending" (the last minute, running), "paused", "running" or "idle"."""
    if timer.finished:
        return "finished"
    if timer.running:
        return "ending" if timer.remaining <= ENDING_SECONDS else "running"
    return "paused" if timer.remaining and timer.remaining != timer.total else "idle"


def state_colour(state: str, theme: PresenterTheme) -> QColor:
    """Okabe–Ito vermillion for the end, orange (amber) for the last minute; darker shades on a
    light background so the digits keep their contrast. Words say it too ("Time is up")."""
    if state == "finished":
        return QColor("#D55E00" if theme.dark else "#B34700")
    if state == "ending":
        return QColor("#E69F00" if theme.dark else "#8A5A00")
    return QColor(theme.foreground)


class TimerTexts(QObject):
    """Translated captions of the large view."""

    def caption(self, state: str) -> str:
        return {
            "finished": self.tr("Time is up"),
            "ending": self.tr("Last minute"),
            "paused": self.tr("Paused"),
            "running": "",
            "idle": "",
        }[state]


class TimerView(QWidget):
    """The countdown in very large digits, for the projector."""

    def __init__(
        self, timer: PresenterTimer, theme: PresenterTheme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presenterTimer")
        self.timer = timer
        self.theme = theme
        self.texts_ = TimerTexts(self)
        self._pulse_value = 0.0
        self.pulse = QVariantAnimation(self)
        self.pulse.setStartValue(0.0)
        self.pulse.setKeyValueAt(0.5, 1.0)
        self.pulse.setEndValue(0.0)
        self.pulse.setDuration(700)
        self.pulse.setLoopCount(3)
        self.pulse.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.pulse.valueChanged.connect(self._pulsed)
        timer.ticked.connect(self._changed)
        timer.state_changed.connect(self._changed)
        timer.finished_now.connect(self.pulse.start)
        self._changed()

    def _pulsed(self, value: object) -> None:
        self._pulse_value = float(value)  # type: ignore[arg-type]
        self.update()

    def _changed(self, *_args: object) -> None:
        self.setAccessibleName(" ".join(t for t in self.texts() if t))
        self.update()

    def state(self) -> str:
        return timer_state(self.timer)

    def colour(self) -> QColor:
        return state_colour(self.state(), self.theme)

    def texts(self) -> list[str]:
        """What the view paints: the time and its caption."""
        return [mm_ss(self.timer.remaining), self.texts_.caption(self.state())]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = QColor(self.theme.background)
        painter.fillRect(self.rect(), background)
        colour = self.colour()
        if self._pulse_value > 0:
            flash = QColor(colour)
            flash.setAlphaF(0.25 * self._pulse_value)
            painter.fillRect(self.rect(), flash)
        time_text, caption = self.texts()
        height = self.height()
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(int(min(height * 0.45, self.width() / (0.62 * len(time_text)))), 12))
        font.setStyleHint(QFont.StyleHint.Monospace)
        painter.setFont(font)
        painter.setPen(colour)
        digits = QRectF(0, height * 0.12, self.width(), height * 0.6)
        painter.drawText(digits, int(Qt.AlignmentFlag.AlignCenter), time_text)
        if caption:
            small = QFont(self.font())
            small.setBold(True)
            small.setPixelSize(max(int(height * 0.08 * min(self.theme.font_scale, 2.0) / 1.6), 12))
            painter.setFont(small)
            painter.drawText(
                QRectF(0, height * 0.72, self.width(), height * 0.18),
                int(Qt.AlignmentFlag.AlignCenter),
                caption,
            )
        painter.end()


class TimerControl(QWidget):
    """The small laptop widget: mm:ss, start (5/10/15/custom minutes), pause/resume, +1 min,
    reset. Custom minutes are asked through `ask_minutes` (a QInputDialog unless given)."""

    def __init__(
        self,
        timer: PresenterTimer,
        parent: QWidget | None = None,
        *,
        ask_minutes: Callable[[], int | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timerControl")
        self.timer = timer
        self.ask_minutes = ask_minutes or self._ask_minutes
        self.display = QLabel(self)
        self.display.setObjectName("timerDisplay")
        font = QFont(self.display.font())
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.4)
        self.display.setFont(font)
        self.start_button = QToolButton(self)
        self.start_button.setObjectName("timerStart")
        self.start_button.setText(self.tr("Timer"))
        self.start_button.setToolTip(self.tr("Start a countdown"))
        self.start_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.start_button)
        self.preset_actions = []
        for minutes in PRESETS:
            action = menu.addAction(self.tr("%n minute(s)", "", minutes))
            action.triggered.connect(lambda _c=False, m=minutes: self.start_minutes(m))
            self.preset_actions.append(action)
        self.custom_action = menu.addAction(self.tr("Other length…"))
        self.custom_action.triggered.connect(self.start_custom)
        self.start_button.setMenu(menu)
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("timerPause")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.add_button = QPushButton(self.tr("+1 min"), self)
        self.add_button.setObjectName("timerAdd")
        self.add_button.setToolTip(self.tr("One more minute"))
        self.add_button.clicked.connect(lambda: self.timer.add(60))
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.reset_button.setObjectName("timerReset")
        self.reset_button.clicked.connect(self.timer.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        for widget in (self.start_button, self.pause_button, self.add_button, self.reset_button):
            layout.addWidget(widget)
        timer.ticked.connect(self._refresh)
        timer.state_changed.connect(self._refresh)
        self._refresh()

    def start_minutes(self, minutes: int) -> None:
        self.timer.start(minutes * 60)

    def start_custom(self) -> None:
        minutes = self.ask_minutes()
        if minutes:
            self.start_minutes(minutes)

    def _ask_minutes(self) -> int | None:
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Timer"), self.tr("Minutes:"), 20, 1, 180, 1
        )
        return minutes if ok else None

    def toggle_pause(self) -> None:
        if self.timer.running:
            self.timer.pause()
        else:
            self.timer.resume()

    def _refresh(self, *_args: object) -> None:
        timer = self.timer
        state = timer_state(timer)
        self.display.setText(mm_ss(timer.remaining))
        colour = {"finished": "#B34700", "ending": "#8A5A00"}.get(state, "")
        self.display.setStyleSheet(f"color: {colour};" if colour else "")
        self.display.setToolTip(TimerTexts(self).caption(state))
        self.pause_button.setText(self.tr("Pause") if timer.running else self.tr("Resume"))
        can_resume = not timer.running and not timer.finished and timer.remaining > 0
        self.pause_button.setEnabled(timer.running or can_resume)
        self.add_button.setEnabled(timer.running or timer.finished or timer.remaining > 0)
        self.reset_button.setEnabled(timer.total > 0)
