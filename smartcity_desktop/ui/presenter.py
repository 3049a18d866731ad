"""Presenting on the projector: a full-screen window there, steered from the laptop.

`PresenterWindow` is a plain top-level window holding exactly one view, built from a
`PresentSpec` by a view factory (`presenter_views.build_view` in the app, a stub in tests): no
panels, nothing else, so nothing private can reach the projector by another route.
`PresenterController` decides what it shows (what the moderator has open, or a pinned title,
timer or black screen), on which screen, and what happens when the projector is unplugged
(RELIABILITY.md, R17: hidden, state kept, never dumped onto the laptop; one click resumes).
"""

from __future__ import annotations

import math
import sys
from typing import Any

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.presenter_spec import PresenterTheme, PresentKind, PresentSpec
from smartcity_desktop.ui.presenter_window import (
    PresenterWindow,
    ViewFactory,
    default_view_factory,
)

__all__ = ["PresenterController", "PresenterWindow", "ViewFactory", "default_view_factory"]

# navigator node kinds the projector follows
FOLLOWED_KINDS = {
    "board": PresentKind.BOARD,
    "voting": PresentKind.VOTING,
    "weighting": PresentKind.WEIGHTING,
}
PINNED_KINDS = (PresentKind.TITLE, PresentKind.TIMER, PresentKind.BLACK)


def default_timer(parent: QObject) -> QObject | None:
    """The countdown shared by the projector (large) and the laptop (small)."""
    from smartcity_desktop.ui.presenter_timer import PresenterTimer

    return PresenterTimer(parent)


class PresenterController(QObject):
    """What the projector shows, where, and what happens when it goes away.

    `factory` builds the views (default: `presenter_views.build_view`); `screens` returns the
    screens to choose from (default: the application's) — both replaceable in tests.
    """

    changed = Signal()  # presenting started/stopped, spec, theme, screen or unplugged changed
    message = Signal(str)  # a note for the moderator's status bar

    def __init__(
        self,
        settings: prefs.Settings,
        dialogs: Dialogs,
        moderator: QWidget | None = None,
        factory: ViewFactory | None = None,
        timer: QObject | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.dialogs = dialogs
        self.moderator = moderator  # the laptop's window; the projector never covers it
        self.factory: ViewFactory = factory or default_view_factory
        self._timer = timer
        self.document: Any = None
        self.window: PresenterWindow | None = None
        self.unplugged = False  # presenting, but the projector is gone: window hidden
        self.hint_shown = False  # the one-screen hint, once per session
        self._followed = PresentSpec(PresentKind.TITLE)  # what the moderator has open
        self._pinned: PresentKind | None = None  # title or timer instead of the followed
        self._black = False
        self._follow = True  # board: follow the moderator's viewport
        self._viewport = QRectF()
        self._screen_name = ""  # where the window is (or was, when unplugged)
        app = QGuiApplication.instance()
        if app is not None:
            app.screenRemoved.connect(self.screen_removed)
            app.screenAdded.connect(self.screen_added)

    # -- state -------------------------------------------------------------------------------

    @property
    def timer(self) -> QObject | None:
        if self._timer is None:
            self._timer = default_timer(self)
        return self._timer

    @property
    def presenting(self) -> bool:
        return self.window is not None

    @property
    def black(self) -> bool:
        return self._black

    @property
    def pinned(self) -> PresentKind | None:
        return PresentKind.BLACK if self._black else self._pinned

    @property
    def follow(self) -> bool:
        return self._follow

    @property
    def screen_name(self) -> str:
        return self._screen_name

    def theme(self) -> PresenterTheme:
        scale = self.settings.get(prefs.PRESENTER_FONT_SCALE)
        if not isinstance(scale, int | float) or not math.isfinite(scale):
            scale = PresenterTheme().font_scale  # a damaged setting: the default size
        return PresenterTheme(
            font_scale=min(max(scale, 0.8), 4.0), dark=self.settings.get(prefs.PRESENTER_DARK)
        )

    def spec(self) -> PresentSpec:
        """What the projector shows (or would show, when not presenting)."""
        workshop_id = self._followed.workshop_id
        if self._black:
            return PresentSpec(PresentKind.BLACK, workshop_id=workshop_id)
        if self._pinned is not None:
            return PresentSpec(self._pinned, workshop_id=workshop_id)
        if self._followed.kind == PresentKind.BOARD:
            return PresentSpec(
                PresentKind.BOARD, self._followed.id, workshop_id, follow=self._follow
            )
        return self._followed

    def set_document(self, document: Any) -> None:
        """A project was opened or closed (None): presenting ends, what was followed is reset,
        a running countdown stops."""
        self.stop()
        if self._timer is not None:
            self._timer.reset()
        self.document = document
        self._followed = PresentSpec(PresentKind.TITLE)
        self._pinned = None
        self._black = False

    # -- what the moderator does -----------------------------------------------------------

    def moderator_opened(self, kind: str, item_id: int, workshop_id: int) -> None:
        """The moderator opened a navigator node; boards, rounds and weightings are followed.

        Anything else (participants, minutes …) leaves the projector as it is.
        """
        present = FOLLOWED_KINDS.get(kind)
        if present is not None:
            self._followed = PresentSpec(present, item_id, workshop_id)
            self._viewport = QRectF()
        elif workshop_id and self._followed.kind == PresentKind.TITLE:
            self._followed = PresentSpec(PresentKind.TITLE, workshop_id=workshop_id)
        self._refresh()

    def show_on_projector(self, kind: PresentKind | None) -> None:
        """Title, timer or black pinned; None: what the moderator has open."""
        self._black = kind == PresentKind.BLACK
        if kind != PresentKind.BLACK:
            self._pinned = kind if kind in PINNED_KINDS else None
        self._refresh()

    def toggle_black(self) -> None:
        if self.presenting:
            self._black = not self._black
            self._refresh()

    def set_follow(self, follow: bool) -> None:
        if follow != self._follow:
            self._follow = follow
            self._refresh()

    def set_viewport(self, rect: QRectF) -> None:
        """The moderator's board view moved: the projector follows when told to."""
        self._viewport = QRectF(rect)
        if self.window is not None and self.spec().kind == PresentKind.BOARD and self._follow:
            self.window.set_viewport(self._viewport)

    def set_theme(self, font_scale: float | None = None, dark: bool | None = None) -> None:
        if font_scale is not None:
            self.settings.set(prefs.PRESENTER_FONT_SCALE, float(font_scale))
        if dark is not None:
            self.settings.set(prefs.PRESENTER_DARK, bool(dark))
        self._refresh()

    def _refresh(self) -> None:
        if self.window is not None:
            self.window.show_spec(self.spec(), self.theme())
            if self.spec().kind == PresentKind.BOARD and self._follow and self._viewport.isValid():
                self.window.set_viewport(self._viewport)
        self.changed.emit()

    # -- screens -------------------------------------------------------------------------------

    def screens(self) -> list[QScreen]:
        return list(QGuiApplication.screens())

    def _moderator_screen(self) -> QScreen | None:
        if self.moderator is not None:
            return self.moderator.screen()
        return QGuiApplication.primaryScreen()

    def target_screen(self) -> QScreen | None:
        """The projector: the screen remembered by name, else one the laptop window is not on
        (a non-primary one first); None with one screen only."""
        screens = self.screens()
        remembered = self.settings.get(prefs.PRESENTER_SCREEN)
        mine = self._moderator_screen()
        for screen in screens:
            if remembered and screen.name() == remembered and screen is not mine:
                return screen
        others = [s for s in screens if s is not mine]
        primary = QGuiApplication.primaryScreen()
        others.sort(key=lambda s: s is primary)  # non-primary first
        return others[0] if others else None

    def choose_screen(self, name: str) -> None:
        """Remember the projector by name; while presenting, move there."""
        self.settings.set(prefs.PRESENTER_SCREEN, name)
        if self.window is not None and not self.unplugged:
            self._place()
        self.changed.emit()

    # -- presenting ----------------------------------------------------------------------------

    def start(self) -> None:
        if self.document is None:
            return
        if self.window is not None:
            if self.unplugged:
                self.resume()
            return
        window = PresenterWindow(self.document, self.factory, self.timer)
        window.black_requested.connect(self.toggle_black)
        window.stop_requested.connect(self.stop)
        self.window = window
        self.unplugged = False
        window.show_spec(self.spec(), self.theme())
        self._place()
        handle = window.windowHandle()
        if handle is not None:
            handle.screenChanged.connect(self._window_moved)
        self.changed.emit()

    def _place(self) -> None:
        """Full screen on the projector, or a window on the laptop with one screen."""
        window = self.window
        assert window is not None
        screen = self.target_screen()
        if screen is None:
            mine = self._moderator_screen()
            self._screen_name = ""
            if mine is not None:
                window.setScreen(mine)
                area = mine.availableGeometry()
                window.resize(min(1280, area.width() * 2 // 3), min(720, area.height() * 2 // 3))
            window.showNormal()
            self._hint_once()
            return
        self._screen_name = screen.name()
        window.hide()
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()

    def _hint_once(self) -> None:
        if self.hint_shown:
            return
        self.hint_shown = True
        if sys.platform == "darwin":
            how = self.tr(
                "To show it on the projector, extend the display in System Settings ▸ Displays, "
                "then choose Presenter ▸ Projector screen."
            )
        else:
            how = self.tr(
                "To show it on the projector, extend the display (on Windows: Win+P ▸ Extend), "
                "then choose Presenter ▸ Projector screen."
            )
        self.dialogs.info(
            self.tr("Only one screen"),
            self.tr("No second screen is connected, so the presentation opens as a window.")
            + "\n\n"
            + how,
        )

    def stop(self) -> None:
        """Presenting ends; a running countdown ends with it (its display is gone)."""
        if self._timer is not None and self.window is not None:
            self._timer.reset()
        window, self.window = self.window, None
        self.unplugged = False
        if window is not None:
            window.close_on_purpose()
            window.deleteLater()
            self.changed.emit()

    # -- the projector goes and comes back (R17) -------------------------------------------

    def screen_removed(self, screen: QScreen) -> None:
        if self.window is None or self.unplugged:
            return
        if self._screen_name and screen.name() == self._screen_name:
            self._unplug()

    def _window_moved(self, screen: QScreen | None) -> None:
        """The system moved the window (its screen went away): never onto the laptop."""
        if self.window is None or self.unplugged or not self._screen_name:
            return
        if screen is None or screen.name() != self._screen_name:
            self._unplug()

    def _unplug(self) -> None:
        assert self.window is not None
        self.unplugged = True
        self.window.hide()
        self.message.emit(
            self.tr(
                "The projector was disconnected; the presentation is paused. "
                "Connect it again and choose Resume on projector."
            )
        )
        self.changed.emit()

    def screen_added(self, screen: QScreen) -> None:
        if self.window is not None and self.unplugged and self.target_screen() is not None:
            self.message.emit(
                self.tr("A screen was connected (%1): Resume on projector shows it there.").replace(
                    "%1", screen.name()
                )
            )
            self.changed.emit()

    def can_resume(self) -> bool:
        return self.window is not None and self.unplugged and self.target_screen() is not None

    def resume(self) -> None:
        """One click after re-plugging: the same spec, theme and timer, on the projector."""
        if not self.can_resume():
            return
        self.unplugged = False
        self._place()
        self.window.show_spec(self.spec(), self.theme())  # type: ignore[union-attr]
        self.message.emit(self.tr("Presenting on %1 again.").replace("%1", self._screen_name))
        self.changed.emit()
