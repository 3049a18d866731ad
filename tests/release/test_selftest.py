"""R18: `smartcity-desktop --selftest` creates, migrates, edits, exports, checks, and says which
step failed if one did, leaving no temporary folder behind either way. (The frozen app runs the
same self-test in CI, after `pyinstaller build.spec`; see .ci/run.)"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from smartcity_desktop import selftest


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`tempfile` puts the self-test's folder here, so a test can see it is gone."""
    root = tmp_path / "temp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def test_every_step_passes_and_prints_one_line(qapp, temp_root: Path) -> None:
    out = io.StringIO()

    assert selftest.run(out) == selftest.EXIT_OK

    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Smart City Werkstatt ")
    steps = lines[1:-1]
    assert [line.split(" (")[0] for line in steps] == [f"ok  {name}" for name, _ in selftest.STEPS]
    assert all(line.endswith(" s)") for line in steps)
    assert lines[-1].startswith(f"self-test passed: {len(selftest.STEPS)} steps in ")
    assert list(temp_root.iterdir()) == []


def test_the_steps_cover_what_the_release_promises() -> None:
    names = " | ".join(name for name, _ in selftest.STEPS)
    for part in ("create", "migrate", "cluster", "voting", "undo", "minutes PDF", "JSON", "check"):
        assert part in names


def test_a_failing_step_is_named_with_its_error_and_nothing_is_left(
    qapp, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.export import minutes_pdf

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the printer\nis on fire")

    monkeypatch.setattr(minutes_pdf, "write_minutes_pdf", broken)
    out = io.StringIO()

    assert selftest.run(out) == selftest.EXIT_FAILED

    lines = out.getvalue().splitlines()
    failed = [line for line in lines if line.startswith("FAILED")]
    assert len(failed) == 1
    assert failed[0].startswith("FAILED  export the minutes PDF/A (")
    assert failed[0].endswith("RuntimeError: the printer is on fire")
    assert lines[-1] == "self-test FAILED at step: export the minutes PDF/A"
    # the steps after the failed one did not run
    assert not any("export the open data JSON" in line for line in lines)
    assert list(temp_root.iterdir()) == []


def test_a_wrong_result_fails_its_step(
    qapp, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step checks what it made: an export that writes a PDF without the PDF/A parts fails."""
    from smartcity_desktop.export import pdfa

    monkeypatch.setattr(pdfa, "make_pdfa", lambda *args, **kwargs: None)
    out = io.StringIO()

    assert selftest.run(out) == selftest.EXIT_FAILED

    assert "self-test FAILED at step: export the minutes PDF/A" in out.getvalue()
    assert "not tagged PDF/A-2" in out.getvalue()
    assert list(temp_root.iterdir()) == []


def test_the_command_line_flag_runs_it_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["TMPDIR"] = str(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "smartcity_desktop", "--selftest"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert proc.returncode == 0, proc.stdout + proc.stderr
    oks = [line for line in proc.stdout.splitlines() if line.startswith("ok  ")]
    assert len(oks) == len(selftest.STEPS)
    assert "self-test passed" in proc.stdout
    assert list(tmp_path.iterdir()) == []


def test_without_stdout_the_report_goes_to_a_file(
    qapp, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A windowed Windows build has no stdout: the lines go to a file in the temp folder."""
    monkeypatch.setattr(sys, "stdout", None)

    assert selftest.run() == selftest.EXIT_OK

    report = temp_root / selftest.REPORT_NAME
    assert [p.name for p in temp_root.iterdir()] == [selftest.REPORT_NAME]
    assert report.read_text(encoding="utf-8").splitlines()[-1].startswith("self-test passed")


def test_the_app_has_its_icon_in_every_size(qapp):
    from smartcity_desktop.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
