"""Test-wide set-up: Qt without a display, settings in a temporary folder, no modal dialogs.

The environment is set when this file is imported, before any test imports the application;
nothing here creates a QApplication, so the plain store and domain tests stay cheap.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# -- before anything creates a QApplication -----------------------------------------------------

# The platform is read once, when the QApplication starts; "offscreen:configfile=..." (two
# screens) is kept, anything else (xcb, wayland, a stray value from the shell) is replaced.
if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

# A session-wide home for everything Qt writes by itself (settings, the demo copy, caches), so
# even code that runs outside a test's fixtures never touches the real profile. Each test gets
# its own folders on top of this (`isolated_profile` below).
_SESSION_PROFILE = Path(tempfile.mkdtemp(prefix="scw-tests-profile-"))
for _var, _sub in (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
):
    os.environ[_var] = str(_SESSION_PROFILE / _sub)
_runtime = _SESSION_PROFILE / "runtime"
_runtime.mkdir(mode=0o700, exist_ok=True)
os.environ.setdefault("XDG_RUNTIME_DIR", str(_runtime))
# QStandardPaths' test mode is deliberately NOT used: on Linux it ignores XDG_* and writes to
# ~/.qttest in the real home folder, which is exactly what these tests must not touch.


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Per test: QSettings (any format) and AppDataLocation live in a fresh temporary folder."""
    from PySide6.QtCore import QSettings

    profile = tmp_path_factory.mktemp("profile")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (profile / sub).mkdir()
        monkeypatch.setenv(var, str(profile / sub))
    settings_dir = str(profile / "config")
    previous_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, settings_dir)
        QSettings.setPath(QSettings.Format.NativeFormat, scope, settings_dir)
    yield profile
    QSettings.setDefaultFormat(previous_format)


# -- R19: an unexpected modal dialog fails the test at once, naming the dialog -----------------


class UnexpectedDialogError(AssertionError):
    """A modal dialog was about to open in a test: it would wait forever for a click."""


def _refuse(kind: str, title: object, text: object = "") -> UnexpectedDialogError:
    message = f"unexpected modal dialog {kind}: title {title!r}"
    if text:
        message += f", text {text!r}"
    message += " (route dialogs through ui.dialogs.Dialogs and answer them with FakeDialogs)"
    return UnexpectedDialogError(message)


def _static(kind: str, title_at: int = 1, text_at: int = 2):
    def refuse(*args: object, **kwargs: object) -> None:
        title = args[title_at] if len(args) > title_at else kwargs.get("title", "")
        title = title or kwargs.get("caption", "")
        text = args[text_at] if len(args) > text_at else kwargs.get("text", "")
        raise _refuse(kind, title, text)

    return staticmethod(refuse)


def _exec(kind: str):
    def refuse(self: object, *args: object, **kwargs: object) -> None:
        title = self.windowTitle()  # type: ignore[attr-defined]
        text = self.text() if hasattr(self, "text") else ""  # type: ignore[attr-defined]
        raise _refuse(f"{kind}.exec()", title, text if isinstance(text, str) else "")

    return refuse


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace every modal entry point we know of with one that fails naming the title."""
    from PySide6.QtWidgets import (
        QColorDialog,
        QDialog,
        QFileDialog,
        QFontDialog,
        QInputDialog,
        QMenu,
        QMessageBox,
    )

    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog, QColorDialog, QFontDialog, QMenu):
        monkeypatch.setattr(cls, "exec", _exec(cls.__name__))
    for name in ("information", "warning", "critical", "question", "about", "aboutQt"):
        monkeypatch.setattr(QMessageBox, name, _static(f"QMessageBox.{name}"))
    for name in ("getText", "getMultiLineText", "getItem", "getInt", "getDouble"):
        monkeypatch.setattr(QInputDialog, name, _static(f"QInputDialog.{name}"))
    for name in (
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
        "getOpenFileUrl",
        "getSaveFileUrl",
    ):
        # (parent, caption, dir, filter): the caption is the dialog's title
        monkeypatch.setattr(QFileDialog, name, _static(f"QFileDialog.{name}", 1, 2))
    monkeypatch.setattr(QColorDialog, "getColor", _static("QColorDialog.getColor", 2, 99))


# -- projects --------------------------------------------------------------------------------


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A fresh copy of the demo project (closed again, so it is not locked)."""
    from smartcity_desktop.store.demo import build_demo

    path = tmp_path / "demo.scw"
    build_demo(path).close()
    return path
