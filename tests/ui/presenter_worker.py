"""Run in a subprocess by test_ui_presenter.py: the app with one or two (offscreen) screens.

    python presenter_worker.py SCENARIO FOLDER [--stub] [--shot PATH] [--lang de|en]

Builds the main window with the demo, presents, does what the scenario says and prints one
line of JSON facts to stdout. The Qt platform (and so the screens) is fixed when the
QApplication starts, hence a process of its own.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from smartcity_desktop.app import build_app, install_translators
from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import voting_ops as vops
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.presenter import PresenterWindow
from smartcity_desktop.ui.settings import PRESENTER_SCREEN, Settings

# the demo, as the tests know it
KICK_OFF, EXPERT_TALK = 1, 2  # workshop ids
BOARD = 1  # "Ideensammlung Handlungsfelder" (kick-off)
ROUND = 1  # "Punktabfrage: Welche Handlungsfelder zuerst?" (revealed in the demo)
WEIGHTING = 1  # the AHP weighting (expert talk)


class RecordingDialogs(Dialogs):
    """Messages are recorded; any question is a failure (nothing here should ask)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.messages: list[list[str]] = []

    def info(self, title: str, text: str) -> None:
        self.messages.append(["info", title, text])

    def warn(self, title: str, text: str) -> None:
        self.messages.append(["warn", title, text])

    def _no(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"unexpected question {args!r}")

    confirm = get_text = choose = run = open_path = open_paths = save_path = _no


class StubView(QLabel):
    """Stands in for presenter_views.build_view: says which spec it shows."""

    def __init__(self, spec: Any, parent: QWidget | None) -> None:
        super().__init__(f"{spec.kind.value}:{spec.id}", parent)
        self.viewport_rect = QRectF()

    def set_viewport(self, rect: QRectF) -> None:
        self.viewport_rect = QRectF(rect)


def stub_factory(document, spec, theme, timer, parent=None) -> QWidget:
    return StubView(spec, parent)


def settle(ms: int = 60) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    QCoreApplication.processEvents()


def texts(root: QWidget) -> list[str]:
    """Every text a widget in `root` shows or tells a screen reader."""
    found = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()):
            found.append(text)
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        for attr in ("toPlainText",):
            getter = getattr(widget, attr, None)
            if callable(getter):
                found.append(getter())
    return [t for t in found if t]


def where(widget: QWidget | None) -> dict[str, Any] | None:
    if widget is None:
        return None
    geometry = widget.geometry()
    return {
        "screen": widget.screen().name(),
        "x": geometry.x(),
        "y": geometry.y(),
        "width": geometry.width(),
        "height": geometry.height(),
        "full_screen": widget.isFullScreen(),
        "visible": widget.isVisible(),
    }


def spec_of(window: MainWindow) -> dict[str, Any]:
    spec = window.presenter.spec()
    shown = window.presenter.window.spec if window.presenter.window else None
    return {
        "kind": spec.kind.value,
        "id": spec.id,
        "workshop_id": spec.workshop_id,
        "shown": None if shown is None else [shown.kind.value, shown.id],
    }


def visible_windows() -> list[list[str]]:
    return [
        [type(w).__name__, w.screen().name()]
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.isWindow()
    ]


def two_screens(window: MainWindow, app: QApplication, settings_file: Path) -> dict[str, Any]:
    facts: dict[str, Any] = {"screens": [s.name() for s in app.screens()]}
    doc = window.document
    assert doc is not None
    facts["main_before"] = where(window)
    window.present_action.trigger()
    settle()
    presenter = window.presenter.window
    facts["presenter"] = where(presenter)
    facts["presenter_children"] = (
        sorted({type(w).__name__ for w in presenter.findChildren(QWidget)}) if presenter else []
    )
    facts["main"] = where(window)
    facts["spec_start"] = spec_of(window)

    # what the moderator opens
    window.show_node(Node("board", BOARD, KICK_OFF))
    settle()
    facts["spec_board"] = spec_of(window)
    view = getattr(window.page_host.currentWidget(), "view", None)
    if view is not None:
        view.set_zoom(view.zoom() * 2)
        settle()
        visible = view.visible_rect()
        facts["moderator_rect"] = [visible.x(), visible.y(), visible.width(), visible.height()]
        shown = getattr(window.presenter.window.view, "viewport_rect", QRectF())
        facts["presenter_viewport"] = [shown.x(), shown.y(), shown.width(), shown.height()]
    window.show_node(Node("weighting", WEIGHTING, EXPERT_TALK))
    settle()
    facts["spec_weighting"] = spec_of(window)
    window.show_node(Node("participants"))
    settle()
    facts["spec_after_participants"] = spec_of(window)

    # a round while voting: the counts stay on the laptop
    doc.push(vops.set_state(doc, ROUND, "open"))
    window.show_node(Node("voting", ROUND, KICK_OFF))
    settle(300)
    facts["spec_voting"] = spec_of(window)
    facts["hidden_round"] = doc.voting_round(ROUND).hidden
    facts["hidden_state"] = doc.voting_round(ROUND).state
    facts["hidden_texts"] = texts(window.presenter.window)
    facts["option_labels"] = [o.label for o in doc.round_options(ROUND)]
    results = vops.results(doc, ROUND)
    facts["counts"] = [[r.green, r.red, r.net] for r in results]
    doc.push(vops.set_state(doc, ROUND, "revealed"))
    settle(1500)  # the build-up animation
    facts["revealed_texts"] = texts(window.presenter.window)

    # B on the laptop, focus on the navigator
    window.activateWindow()
    window.navigator.setFocus()
    settle()
    QTest.keyClick(window.navigator, Qt.Key.Key_B)
    settle()
    facts["spec_after_b"] = spec_of(window)
    QTest.keyClick(window.navigator, Qt.Key.Key_B)
    settle()
    facts["spec_after_bb"] = spec_of(window)

    # the screen chosen by name is remembered
    window._fill_screen_menu()
    beamer_action = next(a for a in window.screen_menu.actions() if a.text().startswith("Beamer"))
    beamer_action.trigger()
    settle()
    window.settings.sync()
    facts["remembered"] = window.settings.get(PRESENTER_SCREEN)
    facts["settings_file_has_beamer"] = "Beamer" in settings_file.read_text(encoding="utf-8")

    # the projector goes away (R17)
    beamer = next(s for s in QGuiApplication.screens() if s.name() == "Beamer")
    window.presenter.screen_removed(beamer)
    settle()
    facts["unplugged"] = {
        "presenting": window.presenter.presenting,
        "presenter_visible": window.presenter.window.isVisible(),
        "spec": spec_of(window),
        "resume_visible": window.resume_button.isVisible(),
        "status": window.statusBar().currentMessage(),
        "visible_windows": visible_windows(),
    }
    window.presenter.screen_added(beamer)
    settle()
    facts["status_after_added"] = window.statusBar().currentMessage()
    window.resume_button.click()
    settle()
    facts["resumed"] = {"where": where(window.presenter.window), "spec": spec_of(window)}
    facts["resume_visible_after"] = window.resume_button.isVisible()

    # closing the project closes the presenter
    window.close_project()
    settle()
    facts["after_close"] = {
        "presenting": window.presenter.presenting,
        "presenter_windows": [
            w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, PresenterWindow)
        ],
    }
    return facts


def one_screen(window: MainWindow, app: QApplication, dialogs: RecordingDialogs) -> dict:
    window.present_action.trigger()
    settle()
    facts = {
        "screens": [s.name() for s in app.screens()],
        "presenter": where(window.presenter.window),
        "main": where(window),
        "messages": list(dialogs.messages),
    }
    window.presenter.stop()
    window.present_action.trigger()  # the hint comes once
    settle()
    facts["messages_after_second_start"] = len(dialogs.messages)
    return facts


def screenshot(window: MainWindow, path: Path) -> dict[str, Any]:
    window.resize(1920, 1080)
    window.move(0, 0)
    window.show_node(Node("voting", ROUND, KICK_OFF))
    window.present_action.trigger()
    settle(2500)  # past the build-up animation
    presenter = window.presenter.window
    left, right = window.grab(), presenter.grab()
    image = QImage(1920 + 1280, 1080, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGray)
    painter = QPainter(image)
    painter.drawPixmap(0, 0, left)
    painter.drawPixmap(1920, 0, right)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path))
    return {"left": [left.width(), left.height()], "right": [right.width(), right.height()]}


def main(argv: list[str]) -> int:
    scenario, folder = argv[1], Path(argv[2])
    app = build_app(argv[:1])
    install_translators(app, argv[argv.index("--lang") + 1] if "--lang" in argv else "en")
    settings_file = folder / "settings.ini"
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    dialogs = RecordingDialogs()
    window = MainWindow(settings, dialogs)
    dialogs.parent = window
    window.show()
    settle()
    window.set_document(ProjectDocument.create_demo(folder / "demo.scw"))
    if "--stub" in argv:
        window.presenter.factory = stub_factory
    settle()
    if scenario == "two":
        facts = two_screens(window, app, settings_file)
    elif scenario == "one":
        facts = one_screen(window, app, dialogs)
    elif scenario == "shot":
        facts = screenshot(window, Path(argv[argv.index("--shot") + 1]))
    else:
        raise SystemExit(f"unknown scenario {scenario}")
    facts["messages"] = facts.get("messages", dialogs.messages)
    window.close()
    settle()
    print(json.dumps(facts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
