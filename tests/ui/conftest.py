"""Fixtures for the pytest-qt tests: a main window whose dialogs are answered by the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from ui_helpers import FakeDialogs

from smartcity_desktop.app import build_app
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.settings import Settings


@pytest.fixture
def fake_dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def settings(qapp) -> Settings:
    """The app's settings, as app.py builds them (QSettings() in the test's profile folder)."""
    build_app([])  # the same organisation and application name the app uses
    return Settings(QSettings())


@pytest.fixture
def window(qtbot, settings: Settings, fake_dialogs: FakeDialogs):
    """A shown main window with nothing open; closed (releasing any file) after the test."""
    main = MainWindow(settings, fake_dialogs)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close_project()
    fake_dialogs.assert_done()
