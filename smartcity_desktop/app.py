"""The composition root: builds the application, translators, settings, document and window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QSize,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from smartcity_desktop import APP_ID, APP_NAME, ORGANIZATION, __version__
from smartcity_desktop.paths import resources_dir
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.settings import Settings


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our translation and Qt's own (so Qt's dialogs speak the same language)."""
    QLocale.setDefault(
        QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)
    )
    translators = []
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"smartcity_{language}.qm")):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    bundled = resources_dir() / "translations"
    if qt.load(f"qtbase_{language}", str(bundled)) or qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def build_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """The app's icon in the sizes the window manager and the task bar ask for."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resources_dir() / "icons" / f"smartcity-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


class _QuitAfterPaint(QObject):
    """Ends the event loop once the watched window has painted (start-up benchmark)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def run_gui(
    file: Path | None = None,
    demo: bool = False,
    lang: str | None = None,
    quit_after_paint: bool = False,
) -> int:
    """Start the GUI; open `file`, or a fresh demo copy, or show the welcome page."""
    app = build_app(sys.argv[:1])
    settings = Settings(QSettings())
    app._translators = install_translators(app, lang or settings.language())  # type: ignore[attr-defined]
    window = MainWindow(settings)
    window.show()
    if demo:
        window.open_demo()
    elif file is not None:
        window.open_path(file)
    if quit_after_paint:
        probe = _QuitAfterPaint(window)
        window.installEventFilter(probe)
    return app.exec()
