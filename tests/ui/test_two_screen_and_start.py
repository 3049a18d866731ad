"""The real start: `python -m smartcity_desktop --demo` in a fresh process, one or two screens.

The Qt platform (and with it the screens) is fixed when the QApplication starts, so these run
in a subprocess. `--quit-after-paint` ends the event loop once the main window has painted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smartcity_desktop import APP_NAME, ORGANIZATION
from smartcity_desktop.store import ProjectFile
from smartcity_desktop.store.check import check_open

TWO_SCREENS = {
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1920, "height": 1080},
        {"name": "Beamer", "x": 1920, "y": 0, "width": 1280, "height": 720},
    ]
}


def start(tmp_path: Path, platform: str, *args: str) -> tuple[subprocess.CompletedProcess, Path]:
    """Run the app in a profile of its own; returns the process and its XDG_DATA_HOME."""
    data, config = tmp_path / "data", tmp_path / "config"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": platform,
        "XDG_DATA_HOME": str(data),
        "XDG_CONFIG_HOME": str(config),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, *args]
        if args[0] == "-c"
        else [sys.executable, "-m", "smartcity_desktop", *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done, data


@pytest.mark.parametrize("screens", ["one", "two"])
def test_the_app_starts_with_the_demo_and_quits_after_painting(
    tmp_path: Path, screens: str
) -> None:
    platform = "offscreen"
    if screens == "two":
        config = tmp_path / "screens.json"
        config.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
        platform = f"offscreen:configfile={config}"

    done, data = start(tmp_path, platform, "--demo", "--quit-after-paint")

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    app_data = data / ORGANIZATION / APP_NAME
    demos = sorted(app_data.glob("*.scw"))
    assert len(demos) == 1, sorted(p.name for p in data.rglob("*"))
    pf = ProjectFile.open(demos[0], read_only=True)
    try:
        report = check_open(pf)
    finally:
        pf.close()
    assert report.ok, report.problems
    assert report.counts["workshops"] == 2
    # The settings went to the profile given, and remember the demo as a recent file.
    [conf] = (tmp_path / "config").rglob("*.conf")
    assert demos[0].name in conf.read_text(encoding="utf-8")
    leftovers = [p.name for p in app_data.iterdir() if p.name.endswith((".creating", ".tmp"))]
    assert leftovers == []


def test_an_unknown_option_is_refused_plainly_without_starting_qt(tmp_path: Path) -> None:
    done, data = start(tmp_path, "offscreen", "--no-such-option")
    assert done.returncode == 2
    assert "--no-such-option" in done.stderr
    assert "Traceback" not in done.stderr
    assert not data.exists()


WHERE_IS_THE_WINDOW = """
import json, sys
from PySide6.QtCore import QSettings, QTimer
from smartcity_desktop.app import build_app
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.settings import Settings

app = build_app(sys.argv[:1])
window = MainWindow(Settings(QSettings()))
window.show()
window.open_demo()
QTimer.singleShot(0, app.quit)
app.exec()
print(json.dumps({
    "screens": [s.name() for s in app.screens()],
    "primary": app.primaryScreen().name(),
    "window": window.screen().name(),
    "centre_on": app.screenAt(window.frameGeometry().center()).name(),
}))
window.close()
"""


def test_with_a_projector_attached_the_main_window_stays_on_the_laptop(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    done, _data = start(tmp_path, f"offscreen:configfile={config}", "-c", WHERE_IS_THE_WINDOW)
    assert done.returncode == 0, done.stderr
    where = json.loads(done.stdout.strip().splitlines()[-1])
    assert sorted(where["screens"]) == ["Beamer", "Laptop"]
    # (The offscreen plugin makes the *last* configured screen primary, here the projector;
    # real systems sometimes do too. The moderator's window must not follow it there.)
    assert where["primary"] == "Beamer"
    assert where["window"] == "Laptop"
    assert where["centre_on"] == "Laptop"
