"""The `smartcity-desktop` command: demo, new, check; exit codes, one-line errors, no Qt.

Most cases run the real command (`python -m smartcity_desktop`) in a subprocess, as a user or a
script would; a few call `cli.main()` in-process where that is quicker and just as telling.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from smartcity_desktop import __version__, cli
from smartcity_desktop.store import schema
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.strategy import load_strategy

PROG = "smartcity-desktop"
TIMEOUT = 60
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def run_cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "offscreen"  # should a GUI start by mistake, it must not hang
    return subprocess.run(
        [sys.executable, "-m", "smartcity_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        cwd=cwd,
        env=env,
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(folder: Path) -> list[str]:
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.endswith(("-journal", "-wal", "-shm", ".tmp", ".creating"))
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *, code: int = 2) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{PROG}: ")
    return lines[0]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """One demo project, written by the command itself (in-process), shared read-only."""
    path = tmp_path_factory.mktemp("demo") / "demo.scw"
    assert cli.main(["demo", str(path)]) == 0
    return path


# -- demo, new, check: the good path ------------------------------------------------------


def test_demo_then_check_json(tmp_path: Path) -> None:
    out = tmp_path / "Musterstadt.scw"
    result = run_cli("demo", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert out.is_file()
    assert "invented data" in result.stdout
    assert side_files(tmp_path) == []

    digest = sha256(out)
    result = run_cli("check", out, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["problems"] == []
    assert report["schema_version"] == schema.CURRENT_VERSION
    assert report["migration_pending"] is False
    counts = report["counts"]
    assert counts["workshops"] == 2
    assert counts["cards"] >= 60
    assert counts["participants"] > 0
    assert counts["strategy"] == 1
    assert counts["attendance"] > 0
    assert counts["agenda_items"] > 0
    assert sha256(out) == digest  # checking never writes
    assert side_files(tmp_path) == []


def test_check_prints_a_readable_summary(demo_file: Path) -> None:
    result = run_cli("check", demo_file)
    assert result.returncode == 0, result.stderr
    assert "Integrity: ok" in result.stdout
    assert f"Schema version: {schema.CURRENT_VERSION} (current)" in result.stdout
    assert "workshops 2" in result.stdout


def test_new_then_check(tmp_path: Path) -> None:
    out = tmp_path / "neu.scw"
    result = run_cli("new", out, "--title", "  Digitale   Stadt 2035 ", "--city", "Musterstadt")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert side_files(tmp_path) == []

    result = run_cli("check", out, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["counts"]["strategy"] == 1
    assert report["counts"]["workshops"] == 0
    assert report["counts"]["stakeholder_groups"] == 7

    project = ProjectFile.open(out, read_only=True)
    try:
        strategy = load_strategy(project)
    finally:
        project.close()
    assert (strategy.title, strategy.city) == ("Digitale Stadt 2035", "Musterstadt")


def test_new_with_default_title_in_process(tmp_path: Path, capsys) -> None:
    out = tmp_path / "neu.scw"
    assert cli.main(["new", str(out)]) == 0
    assert cli.main(["check", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert report["counts"]["strategy"] == 1


def test_new_with_an_empty_title_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "neu.scw"
    line = assert_one_line_error(run_cli("new", out, "--title", "   "))
    assert "title" in line
    assert not out.exists()
    assert side_files(tmp_path) == []


# -- never overwrite -----------------------------------------------------------------------


@pytest.mark.parametrize("command", ["new", "demo"])
def test_new_and_demo_never_overwrite_a_project(tmp_path: Path, demo_file: Path, command) -> None:
    target = tmp_path / "vorhanden.scw"
    target.write_bytes(demo_file.read_bytes())
    digest = sha256(target)
    line = assert_one_line_error(run_cli(command, target))
    assert "exists already" in line
    assert sha256(target) == digest
    assert side_files(tmp_path) == []


@pytest.mark.parametrize("command", ["new", "demo"])
def test_new_and_demo_never_overwrite_any_file(tmp_path: Path, command: str) -> None:
    target = tmp_path / "notizen.scw"
    target.write_text("Meine Notizen\n", encoding="utf-8")
    assert cli.main([command, str(target)]) == 2
    assert target.read_text(encoding="utf-8") == "Meine Notizen\n"


def test_new_into_a_missing_folder(tmp_path: Path) -> None:
    out = tmp_path / "fehlt" / "neu.scw"
    assert_one_line_error(run_cli("new", out))
    assert not out.parent.exists()


# -- bad files: exit 2, one line, file unchanged -------------------------------------------


def _missing(tmp: Path, demo: Path) -> Path:
    return tmp / "fehlt.scw"


def _empty(tmp: Path, demo: Path) -> Path:
    path = tmp / "leer.scw"
    path.write_bytes(b"")
    return path


def _text(tmp: Path, demo: Path) -> Path:
    path = tmp / "text.scw"
    path.write_text("Workshop-Protokoll\nTeilnehmende: 30\n", encoding="utf-8")
    return path


def _folder(tmp: Path, demo: Path) -> Path:
    path = tmp / "ordner.scw"
    path.mkdir()
    return path


def _png(tmp: Path, demo: Path) -> Path:
    path = tmp / "foto.scw"
    path.write_bytes(PNG)
    return path


def _random(tmp: Path, demo: Path) -> Path:
    path = tmp / "zufall.scw"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(8192)))
    return path


def _truncated(tmp: Path, demo: Path) -> Path:
    path = tmp / "halb.scw"
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _header_only(tmp: Path, demo: Path) -> Path:
    path = tmp / "kopf.scw"
    path.write_bytes(demo.read_bytes()[:100])
    return path


def _flipped(tmp: Path, demo: Path) -> Path:
    """The b-tree header of page 3 inverted: quick_check reports it over several lines."""
    path = tmp / "kaputt.scw"
    data = bytearray(demo.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for i in range(2 * page_size, 2 * page_size + 8):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def _newer(tmp: Path, demo: Path) -> Path:
    path = tmp / "neuer.scw"
    data = bytearray(demo.read_bytes())
    data[60:64] = (schema.CURRENT_VERSION + 1).to_bytes(4, "big")
    path.write_bytes(bytes(data))
    return path


def _foreign_sqlite(tmp: Path, demo: Path) -> Path:
    path = tmp / "fremd.scw"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kontakte (name TEXT)")
    conn.execute("INSERT INTO kontakte VALUES ('Erika')")
    conn.commit()
    conn.close()
    return path


BAD_FILES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "missing": (_missing, "no such file"),
    "empty": (_empty, "not a Smart City Werkstatt file"),
    "text": (_text, "not a Smart City Werkstatt file"),
    "folder": (_folder, "is a folder"),
    "png": (_png, "not a Smart City Werkstatt file"),
    "random bytes": (_random, "not a Smart City Werkstatt file"),
    "foreign sqlite": (_foreign_sqlite, "not a Smart City Werkstatt file"),
    "truncated": (_truncated, "damaged"),
    "header only": (_header_only, "damaged"),
    "flipped bytes": (_flipped, "damaged"),
    "newer": (_newer, "newer version"),
}


def _fingerprint(path: Path) -> str | None:
    if path.is_dir():
        return "dir:" + ",".join(sorted(p.name for p in path.iterdir()))
    return sha256(path) if path.exists() else None


@pytest.mark.parametrize("kind", list(BAD_FILES))
@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_check_refuses_a_bad_file(tmp_path: Path, demo_file: Path, kind: str, as_json: bool):
    make, expected = BAD_FILES[kind]
    path = make(tmp_path, demo_file)
    before = _fingerprint(path)

    result = run_cli("check", path, *(["--json"] if as_json else []))

    line = assert_one_line_error(result)
    assert expected in line
    assert _fingerprint(path) == before
    assert side_files(tmp_path) == []
    if kind == "empty":
        assert path.stat().st_size == 0  # a 0-byte file is not turned into a project
    if as_json:
        report = json.loads(result.stdout)
        assert report["ok"] is False
        assert report["counts"] == {}
        assert expected in report["error"]
    else:
        assert result.stdout == ""


def test_check_json_on_a_damaged_file_in_process(tmp_path: Path, demo_file: Path, capsys):
    path = _truncated(tmp_path, demo_file)
    assert cli.main(["check", str(path), "--json"]) == 2
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report == {
        "ok": False,
        "path": str(path),
        "problem": "damaged",
        "error": report["error"],
        "counts": {},
    }
    assert len(captured.err.splitlines()) == 1


HOLDER = r"""
import sys, time
from smartcity_desktop.store.connection import ProjectFile
project = ProjectFile.open(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


@pytest.fixture
def locked_file(tmp_path: Path, demo_file: Path) -> Iterator[Path]:
    """A copy of the demo held open (and so locked) by another process."""
    path = tmp_path / "offen.scw"
    path.write_bytes(demo_file.read_bytes())
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open", holder.stderr
        yield path
    finally:
        holder.kill()
        holder.wait(timeout=TIMEOUT)


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_check_a_file_open_in_another_process(locked_file: Path, as_json: bool) -> None:
    digest = sha256(locked_file)
    result = run_cli("check", locked_file, *(["--json"] if as_json else []))
    line = assert_one_line_error(result)
    assert "already open" in line
    assert sha256(locked_file) == digest
    if as_json:
        assert json.loads(result.stdout)["ok"] is False


def test_a_line_break_in_the_file_name_stays_on_one_line(tmp_path: Path) -> None:
    line = assert_one_line_error(run_cli("check", tmp_path / "Zeile\nUmbruch.scw"))
    assert "no such file" in line


def test_debug_shows_the_traceback(tmp_path: Path, demo_file: Path) -> None:
    path = _text(tmp_path, demo_file)
    digest = sha256(path)
    result = run_cli("check", path, "--debug")
    assert result.returncode != 0
    assert "Traceback" in result.stderr
    assert "ProjectFileError" in result.stderr
    assert sha256(path) == digest


# -- options -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["check", "X.scw", "--frobnicate"],
        ["--frobnicate"],
        ["demo", "X.scw", "--frobnicate"],
        ["new", "X.scw", "--frobnicate"],
    ],
    ids=["check", "alone", "demo", "new"],
)
def test_unknown_option(tmp_path: Path, args: list[str]) -> None:
    line = assert_one_line_error(run_cli(*args, cwd=tmp_path))
    assert "--frobnicate" in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [["check"], ["demo"], ["new"]])
def test_missing_argument(tmp_path: Path, args: list[str]) -> None:
    assert_one_line_error(run_cli(*args, cwd=tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_unknown_option_in_process(capsys) -> None:
    assert cli.main(["check", "X.scw", "--frobnicate"]) == 2
    assert cli.main(["--frobnicate"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert all(line.startswith(f"{PROG}: ") for line in err)


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"{PROG} {__version__}"


def test_help_of_a_sub_command() -> None:
    result = run_cli("check", "--help")
    assert result.returncode == 0
    assert "--json" in result.stdout


# -- headless means no Qt ------------------------------------------------------------------

NO_QT = r"""
import sys
from smartcity_desktop import cli
code = cli.main(sys.argv[1:])
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
assert not qt, qt
assert not any(m.startswith(("smartcity_desktop.ui", "smartcity_desktop.document"))
               for m in sys.modules)
print("exit", code)
"""


@pytest.mark.parametrize("command", ["demo", "new", "check", "check-json", "check-bad"])
def test_headless_commands_never_import_qt(tmp_path: Path, demo_file: Path, command: str):
    args = {
        "demo": ["demo", str(tmp_path / "d.scw")],
        "new": ["new", str(tmp_path / "n.scw"), "--title", "T"],
        "check": ["check", str(demo_file)],
        "check-json": ["check", str(demo_file), "--json"],
        "check-bad": ["check", str(_text(tmp_path, demo_file))],
    }[command]
    result = subprocess.run(
        [sys.executable, "-c", NO_QT, *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    expected = 2 if command == "check-bad" else 0
    assert result.stdout.splitlines()[-1] == f"exit {expected}"
