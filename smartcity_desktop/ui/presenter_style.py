"""Type and colours shared by the projector's content views: large, high contrast, plain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from smartcity_desktop.ui.presenter_spec import PresenterTheme

BASE_PIXELS = 22  # body text at font scale 1.0; a projector theme multiplies it
GREEN = "#009E73"  # Okabe–Ito bluish green: support
RED = "#D55E00"  # Okabe–Ito vermillion: concerns


def pixels(theme: PresenterTheme, size: float = 1.0) -> int:
    """Text height in pixels for a size relative to body text."""
    return max(round(BASE_PIXELS * theme.font_scale * size), 10)


def font(theme: PresenterTheme, size: float = 1.0, *, bold: bool = False) -> QFont:
    result = QFont()
    result.setPixelSize(pixels(theme, size))
    result.setBold(bold)
    return result


def muted(theme: PresenterTheme) -> QColor:
    """Secondary text that still has > 7:1 contrast on the background."""
    return QColor("#C8C8C8" if theme.dark else "#3A3A3A")


def apply_theme(widget: QWidget, theme: PresenterTheme) -> None:
    """Background and text colours of a view (and of the labels in it)."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, QColor(theme.background))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, QColor(theme.foreground))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    widget.setFont(font(theme))


def label(
    parent: QWidget,
    theme: PresenterTheme,
    size: float = 1.0,
    *,
    bold: bool = False,
    name: str = "",
    colour: QColor | None = None,
) -> QLabel:
    """A word-wrapped label in the view's type; plain text only (no rich text surprises)."""
    result = QLabel(parent)
    result.setTextFormat(Qt.TextFormat.PlainText)
    result.setWordWrap(True)
    result.setFont(font(theme, size, bold=bold))
    if name:
        result.setObjectName(name)
    palette = result.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour or QColor(theme.foreground))
    result.setPalette(palette)
    return result
