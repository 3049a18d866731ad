"""The window on the projector: one view built from a `PresentSpec`, nothing else.

Kept apart from the controller (presenter.py) so what can reach the projector is easy to see:
the view the factory builds for the spec, on a background of the theme's colour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smartcity_desktop.ui.presenter_spec import PresenterTheme, PresentKind, PresentSpec

# build_view(document, spec, theme, timer, parent=None) -> QWidget
ViewFactory = Callable[..., QWidget]


def default_view_factory(
    document: Any,
    spec: PresentSpec,
    theme: PresenterTheme,
    timer: QObject | None,
    parent: QWidget | None = None,
) -> QWidget:
    """The content views of `presenter_views` (imported on first use)."""
    from smartcity_desktop.ui.presenter_views import build_view

    return build_view(document, spec, theme, timer, parent)


class PresenterWindow(QWidget):
    """The window on the projector: one view built from a spec, full screen, nothing else."""

    black_requested = Signal()  # B pressed on the projector window
    stop_requested = Signal()  # Esc, or the window closed by the system

    def __init__(self, document: Any, factory: ViewFactory, timer: QObject | None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Presentation"))
        # the moderator keeps typing on the laptop while the projector changes
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAutoFillBackground(True)
        self.document = document
        self.factory = factory
        self.timer = timer
        self.spec: PresentSpec | None = None
        self.theme = PresenterTheme()
        self.view: QWidget | None = None
        self._closing_on_purpose = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

    def show_spec(self, spec: PresentSpec, theme: PresenterTheme) -> None:
        """Replace the view (always a fresh one: a view keeps no state of another spec)."""
        if spec == self.spec and theme == self.theme and self.view is not None:
            return
        self.spec, self.theme = spec, theme
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.foreground))
        self.setPalette(palette)
        try:
            view = self.factory(self.document, spec, theme, self.timer, self)
        except (LookupError, ValueError):
            # the board, round or weighting is gone (deleted, undone): show nothing of it
            view = QLabel(self)
        view.setObjectName("presenterView")
        old, self.view = self.view, view
        self.layout().addWidget(view)
        if old is not None:  # gone from the window at once, not only when deleted later
            self.layout().removeWidget(old)
            old.hide()
            old.setParent(None)
            old.deleteLater()

    def set_viewport(self, rect: QRectF) -> None:
        setter = getattr(self.view, "set_viewport", None)
        if setter is not None and self.spec is not None and self.spec.kind == PresentKind.BOARD:
            setter(rect)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_B and plain:
            self.black_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.stop_requested.emit()
            return
        super().keyPressEvent(event)

    def close_on_purpose(self) -> None:
        self._closing_on_purpose = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_on_purpose:  # Alt+F4 on the projector: presenting ends
            self.stop_requested.emit()
        super().closeEvent(event)
